# Deletes this release's RayCluster or RayService through the Kubernetes API and waits until it is gone,
# while the release's own KubeRay operator still runs to remove its finalizer (helm uninstall deletes the
# operator's Deployment in the same pass as the custom resources). Standard library only: the Ray image's
# Python, the pod's ServiceAccount token.
import os, ssl, sys, time, urllib.error, urllib.request

SA = "/var/run/secrets/kubernetes.io/serviceaccount"
host = os.environ["KUBERNETES_SERVICE_HOST"]
host = f"[{host}]" if ":" in host else host
url = "https://%s:%s/apis/ray.io/v1/namespaces/%s/%s/%s" % (
    host, os.environ["KUBERNETES_SERVICE_PORT"], os.environ["RAY_NAMESPACE"], os.environ["RAY_PLURAL"], os.environ["RAY_NAME"])
context = ssl.create_default_context(cafile=f"{SA}/ca.crt")


def call(method):
    with open(f"{SA}/token") as f:
        token = f.read().strip()
    request = urllib.request.Request(url, method=method, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, context=context, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def main():
    deadline = time.time() + int(os.environ["TIMEOUT_SECONDS"])
    status = call("DELETE")
    print(f"DELETE {url}: {status}", flush=True)
    if status not in (200, 202, 404):
        return 1
    while (status := call("GET")) != 404:
        if time.time() > deadline:
            print(f"{os.environ['RAY_PLURAL']}/{os.environ['RAY_NAME']} still present (GET {status}) after "
                  f"{os.environ['TIMEOUT_SECONDS']}s: is the KubeRay operator running?", flush=True)
            return 1
        time.sleep(2)
    print(f"{os.environ['RAY_PLURAL']}/{os.environ['RAY_NAME']} deleted", flush=True)
    return 0


code = main()
if os.environ.get("QUIT_SIDECAR"):
    try:
        urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:15020/quitquitquit", method="POST"), timeout=5)
    except Exception:
        pass
sys.exit(code)
