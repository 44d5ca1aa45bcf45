// The template parser of Go's text/template (the one Helm runs), as a command that prints each template
// file's parse trees as JSON for the values lint (scripts/lib/schema/template-reads.ts). Standard library only.
module ml-platform-charts/tools/template-ast

go 1.22
