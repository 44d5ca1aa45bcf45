# Schema migrations before the new server starts: the tracking database, then the auth database.
# The URIs carry no password: libpq reads PGPASSWORD (and PGUSER) from the environment.
set -eu
stop_sidecar() {
  # With Istio, the Job's pod completes only once its sidecar exits.
  if [ "${STOP_ISTIO_SIDECAR:-}" = "true" ]; then
    python -c 'import urllib.request as u; u.urlopen(u.Request("http://127.0.0.1:15020/quitquitquit", method="POST"), timeout=5)' || true
  fi
}
trap stop_sidecar EXIT
echo "upgrading the tracking database schema"
mlflow db upgrade "$MLFLOW_BACKEND_STORE_URI"
if [ -n "${MLFLOW_AUTH_DATABASE_URI:-}" ]; then
  echo "upgrading the auth database schema"
  python -m mlflow.server.auth db upgrade --url "$MLFLOW_AUTH_DATABASE_URI"
fi
