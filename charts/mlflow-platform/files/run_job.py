
# Appended to a job script by the chart templates: runs its main(), then lets the Istio sidecar exit.
# Uses the os and urllib.request imports of the script it is appended to.
def stop_sidecar():
    """With Istio, a finished Job pod stays up until its sidecar exits: ask it to (quitquitquit)."""
    if os.environ.get("STOP_ISTIO_SIDECAR") != "true":
        return
    try:
        urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:15020/quitquitquit", method="POST"), timeout=5)
    except OSError:
        pass


if __name__ == "__main__":
    try:
        main()
    finally:
        stop_sidecar()
