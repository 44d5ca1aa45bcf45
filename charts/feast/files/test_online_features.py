"""helm test: the feature server's real API with its own image.

GET /health; write FEAST_TEST_WRITE's rows to the online store (POST /write-to-online-store, each row
stamped with the current time in its timestamp fields); read FEAST_TEST_REQUEST's features back (POST
/get-online-features; a 404 is retried for FEAST_TEST_REGISTRY_WAIT_SECONDS while the server's cached
registry predates feast apply). Fails unless every requested feature has a value for every requested entity,
equal to the written value where the test wrote one: an answer that only names the features (all
null, NOT_FOUND or OUTSIDE_MAX_AGE) is a failure.
"""
import datetime
import json
import math
import os
import ssl
import sys
import time
import urllib.error
import urllib.request

base = os.environ["FEAST_URL"]
request = json.loads(os.environ["FEAST_TEST_REQUEST"])
write = json.loads(os.environ.get("FEAST_TEST_WRITE") or "{}")
# A feature server caches the registry and reloads it every registry TTL: right after feast apply (a
# post-install hook) a server that started before it answers 404 for the new feature views until then.
registry_wait = float(os.environ.get("FEAST_TEST_REGISTRY_WAIT_SECONDS") or "0")
headers = {"Content-Type": "application/json"}
token_file = "/var/run/secrets/kubernetes.io/serviceaccount/token"
if os.path.exists(token_file):
    with open(token_file) as token:
        headers["Authorization"] = "Bearer " + token.read().strip()
# The test checks the API, not the certificate chain (the CA is the operator's).
context = ssl._create_unverified_context() if base.startswith("https") else None


def call(path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(base + path, data=data, headers=headers), timeout=60, context=context) as response:
        text = response.read().decode()
        print(f"{'POST' if data else 'GET'} {path}: {response.status}", flush=True)
        return json.loads(text) if text else None


def read(request):
    """POST /get-online-features; a 404 (a feature view not in this server's cached registry yet) is
    retried until the registry TTL has passed, then it fails like any other error."""
    deadline = time.monotonic() + registry_wait
    while True:
        try:
            return call("/get-online-features", {**request, "full_feature_names": True})
        except urllib.error.HTTPError as error:
            if error.code != 404 or time.monotonic() >= deadline:
                raise
            print(f"POST /get-online-features: 404 (registry not reloaded since feast apply yet); retrying for {deadline - time.monotonic():.0f} s more", flush=True)
            time.sleep(5)


def same(got, wanted):
    if isinstance(wanted, float) or isinstance(got, float):
        return isinstance(got, (int, float)) and math.isclose(got, wanted, rel_tol=1e-6)
    return got == wanted


def main():
    call("/health")
    rows = write.get("rows") or []
    if rows:
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        columns = sorted({column for row in rows for column in row})
        frame = {column: [row.get(column) for row in rows] for column in columns}
        for field in write.get("timestampFields") or []:
            frame[field] = [now] * len(rows)
        call("/write-to-online-store", {"feature_view_name": write["featureView"], "df": frame, "allow_registry_cache": False})

    entities = request["entities"]
    keys = sorted(entities)
    count = len(entities[keys[0]])
    answer = read(request)
    print(json.dumps(answer)[:2000], flush=True)
    results = dict(zip(answer["metadata"]["feature_names"], answer["results"]))
    written = {tuple(row.get(k) for k in keys): row for row in rows}
    problems = []
    for reference in request["features"]:
        view, feature = reference.split(":", 1)
        result = results.get(f"{view}__{feature}")
        if result is None:
            problems.append(f"{reference}: missing from the answer")
            continue
        for i in range(count):
            entity = {k: entities[k][i] for k in keys}
            status, value = result["statuses"][i], result["values"][i]
            if status != "PRESENT" or value is None:
                problems.append(f"{reference} of {entity}: no value ({status})")
                continue
            row = written.get(tuple(entity.values())) if view == write.get("featureView") else None
            if row is not None and feature in row and not same(value, row[feature]):
                problems.append(f"{reference} of {entity}: read {value!r}, wrote {row[feature]!r}")
    if problems:
        sys.exit("online features are wrong:\n  " + "\n  ".join(problems))
    print(f"ok: {len(request['features'])} features x {count} entities have values", flush=True)


main()
