module ml-platform-charts/tools/pause

go 1.25.0
