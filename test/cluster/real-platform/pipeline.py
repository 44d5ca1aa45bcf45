# The seeds' pipeline, submitted through the Ray dashboard's Jobs API: a Ray task (on a worker: the head
# offers no CPUs) reads features from the Feast feature server, logs a run with them to MLflow, and returns
# what it did. Only the standard library and Ray: the Ray image carries neither the feast nor the mlflow
# package, so both are reached over their HTTP APIs at the URLs the platform sets on every Ray container
# (FEAST_FEATURE_SERVER_URL, MLFLOW_TRACKING_URI).
import json
import os
import socket
import time
import urllib.request

import ray


def call(url, body=None, method=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method or ("POST" if data else "GET"), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


@ray.remote(num_cpus=1)
def train(request, experiment):
    feast = os.environ["FEAST_FEATURE_SERVER_URL"]
    mlflow = os.environ["MLFLOW_TRACKING_URI"].rstrip("/")
    answer = call(f"{feast}/get-online-features", request)
    names = answer["metadata"]["feature_names"]
    rows = [r["values"] for r in answer["results"]]
    features = {name: values[0] for name, values in zip(names, rows)}
    try:
        experiment_id = call(f"{mlflow}/api/2.0/mlflow/experiments/get-by-name?experiment_name={experiment}")["experiment"]["experiment_id"]
    except urllib.error.HTTPError:
        experiment_id = call(f"{mlflow}/api/2.0/mlflow/experiments/create", {"name": experiment})["experiment_id"]
    run_id = call(f"{mlflow}/api/2.0/mlflow/runs/create", {"experiment_id": experiment_id, "start_time": int(time.time() * 1000), "run_name": "ray-pipeline"})["run"]["info"]["run_id"]
    call(f"{mlflow}/api/2.0/mlflow/runs/set-tag", {"run_id": run_id, "key": "ray.pod", "value": socket.gethostname()})
    for name, value in features.items():
        if isinstance(value, (int, float)) and name != "driver_id":
            call(f"{mlflow}/api/2.0/mlflow/runs/log-metric", {"run_id": run_id, "key": f"feature.{name}", "value": value, "timestamp": int(time.time() * 1000), "step": 0})
    call(f"{mlflow}/api/2.0/mlflow/runs/update", {"run_id": run_id, "status": "FINISHED", "end_time": int(time.time() * 1000)})
    return {"pod": socket.gethostname(), "node_id": ray.get_runtime_context().get_node_id(), "run_id": run_id, "features": features}


ray.init()
result = ray.get(train.remote(json.loads(os.environ["FEAST_REQUEST"]), os.environ["MLFLOW_EXPERIMENT"]))
result["driver_node_id"] = ray.get_runtime_context().get_node_id()
print("PIPELINE_RESULT " + json.dumps(result))
