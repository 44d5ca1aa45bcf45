# The materialization CronJob's command: `feast materialize-incremental <now>` over the shared
# registry (it records the interval there, which the feature servers turn into
# feast_feature_freshness_seconds), then, under Istio, lets the sidecar exit so the Job completes.
import datetime
import json
import os
import subprocess
import sys
import urllib.request

# The end keeps its microseconds: truncated to the second, it fell before rows stamped earlier in that
# same second, which this run then skipped (a test that wrote rows and ran the Job at once read nothing).
end = datetime.datetime.now(datetime.timezone.utc).isoformat()
views = [arg for view in json.loads(os.environ.get("FEAST_MATERIALIZE_VIEWS", "[]")) for arg in ("--views", view)]
command = ["feast", "--chdir", "/etc/feast", "materialize-incremental", *views, end]
print("running:", " ".join(command), flush=True)
code = subprocess.call(command)
if os.environ.get("STOP_ISTIO_SIDECAR") == "true":
    try:
        urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:15020/quitquitquit", method="POST"), timeout=5)
    except OSError:
        pass
sys.exit(code)
