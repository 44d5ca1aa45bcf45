"""helm test: create (or reuse) an experiment, log a run with a metric, read both back over the REST API."""
# files/run_job.py is appended by the template: it runs main() and stops the Istio sidecar.
import base64
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request

base = os.environ["MLFLOW_TRACKING_URI"].rstrip("/")
experiment_name = os.environ["TEST_EXPERIMENT_NAME"]
headers = {"Content-Type": "application/json"}
user = os.environ.get("MLFLOW_TRACKING_USERNAME")
password = os.environ.get("MLFLOW_TRACKING_PASSWORD")
if user and password:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    headers["Authorization"] = f"Basic {token}"


def call(method, endpoint, body=None, query=None):
    url = f"{base}/api/2.0/mlflow/{endpoint}"
    if query:
        url += "?" + urllib.parse.urlencode(query)
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        error.detail = error.read().decode(errors="replace")
        raise


def main():
    with urllib.request.urlopen(f"{base}/health", timeout=10) as response:
        assert response.status == 200, f"/health answered {response.status}"

    try:
        experiment_id = call("GET", "experiments/get-by-name", query={"experiment_name": experiment_name})["experiment"]["experiment_id"]
    except urllib.error.HTTPError as error:
        if error.code != 404:
            raise SystemExit(f"experiments/get-by-name failed: {error.code} {error.detail}")
        experiment_id = call("POST", "experiments/create", {"name": experiment_name})["experiment_id"]

    now = int(time.time() * 1000)
    run_id = call("POST", "runs/create", {"experiment_id": experiment_id, "start_time": now, "run_name": "helm-test"})["run"]["info"]["run_id"]
    call("POST", "runs/log-metric", {"run_id": run_id, "key": "helm_test_metric", "value": 0.75, "timestamp": now, "step": 1})
    call("POST", "runs/update", {"run_id": run_id, "status": "FINISHED", "end_time": now})

    run = call("GET", "runs/get", query={"run_id": run_id})["run"]
    metrics = {m["key"]: m["value"] for m in run["data"].get("metrics", [])}
    assert metrics.get("helm_test_metric") == 0.75, f"run {run_id} has metrics {metrics}"
    assert run["info"]["status"] == "FINISHED", f"run {run_id} is {run['info']['status']}"
    history = call("GET", "metrics/get-history", query={"run_id": run_id, "metric_key": "helm_test_metric"})["metrics"]
    assert [(m["value"], int(m["step"])) for m in history] == [(0.75, 1)], f"metric history {history}"
    print(f"ok: experiment {experiment_id}, run {run_id}, helm_test_metric=0.75 read back")
