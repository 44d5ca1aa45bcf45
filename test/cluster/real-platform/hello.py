# The Serve application of the real-pod tier (mounted from the ConfigMap serve-apps): it answers with the
# name it was given and the pod that served it.
import socket

from ray import serve
from starlette.requests import Request


@serve.deployment(ray_actor_options={"num_cpus": 0.1})
class Hello:
    async def __call__(self, request: Request) -> dict:
        return {"hello": request.query_params.get("name", "world"), "pod": socket.gethostname()}


app = Hello.bind()
