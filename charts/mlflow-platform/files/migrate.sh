# Schema migrations before the new server starts: the tracking database, then the auth database.
# The URIs carry no password: libpq reads PGPASSWORD (and PGUSER) from the environment.
set -eu
stop_sidecar() {
  # With Istio, the Job's pod completes only once its sidecar exits. No sidecar listening (mesh off for
  # this pod, or it already left) is not an error: nothing to stop, nothing to print.
  if [ "${STOP_ISTIO_SIDECAR:-}" = "true" ]; then
    python - <<'PY'
import urllib.request
try:
    urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:15020/quitquitquit", method="POST"), timeout=5)
except OSError:
    pass
PY
  fi
}
trap stop_sidecar EXIT
echo "upgrading the tracking database schema"
mlflow db upgrade "$MLFLOW_BACKEND_STORE_URI"
if [ -n "${MLFLOW_AUTH_DATABASE_URI:-}" ]; then
  echo "upgrading the auth database schema"
  python -m mlflow.server.auth db upgrade --url "$MLFLOW_AUTH_DATABASE_URI"
fi
