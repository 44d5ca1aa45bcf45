# The metrics listener of the MLflow pod. `mlflow server --expose-prometheus DIR` writes its
# prometheus_client multiprocess files to DIR (shared emptyDir) and serves them on /metrics of the API
# port, behind MLflow's Host-header validation and basic auth: a Prometheus scraping the pod by IP is
# refused there whenever the pod IP is outside the private ranges the server allows (CGNAT, IPv6).
# This process serves the same files on a port of its own, with no Host validation and no auth (the
# NetworkPolicy admits only the scrapers), so the API port keeps its DNS-rebinding protection.
# A scrape succeeds only while the server itself answers /health (MLFLOW_HEALTH_URL), so `up` of this
# target still says whether MLflow is up (MLflowServerDown), not merely this listener.
import os
import socket
import urllib.request
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CollectorRegistry, make_wsgi_app
from prometheus_client.multiprocess import MultiProcessCollector


class DualStackServer(WSGIServer):
    """Listens on IPv6 and IPv4 alike (IPv6-only and dual-stack pods)."""

    address_family = socket.AF_INET6

    def server_bind(self):
        self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def server_answers(url):
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status == 200
    except OSError:
        return False


registry = CollectorRegistry()
MultiProcessCollector(registry, path=os.environ["METRICS_DIR"])
port = int(os.environ["METRICS_PORT"])
health_url = os.environ.get("MLFLOW_HEALTH_URL", "")
metrics_app = make_wsgi_app(registry)


def app(environ, start_response):
    if health_url and not server_answers(health_url):
        start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
        return [b"the MLflow server does not answer " + health_url.encode() + b"\n"]
    return metrics_app(environ, start_response)


try:
    server = make_server("::", port, app, server_class=DualStackServer, handler_class=QuietHandler)
except OSError:  # no IPv6 in this pod
    server = make_server("0.0.0.0", port, app, handler_class=QuietHandler)
print(f"serving the metrics of {os.environ['METRICS_DIR']} on port {port}", flush=True)
server.serve_forever()
