# Opens a TCP connection to each "ip:port" of argv[1] (JSON list), all at once, and prints one JSON
# object: target -> "connected" (accepted), "reset" (the packet reached the pod, nothing listens) or
# "timeout" (no answer: dropped on the way). A NetworkPolicy engine drops what it refuses.
import json
import socket
import sys
from concurrent.futures import ThreadPoolExecutor

TIMEOUT_SECONDS = 4


def probe(target):
    host, port = target.rsplit(":", 1)
    try:
        with socket.create_connection((host, int(port)), timeout=TIMEOUT_SECONDS):
            return target, "connected"
    except ConnectionRefusedError:
        return target, "reset"
    except (socket.timeout, TimeoutError):
        return target, "timeout"
    except OSError as error:
        return target, f"error: {error}"


targets = json.loads(sys.argv[1])
with ThreadPoolExecutor(max_workers=max(1, min(64, len(targets)))) as pool:
    print(json.dumps(dict(pool.map(probe, targets))))
