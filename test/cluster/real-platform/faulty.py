# The live monitoring tier's faulty Serve application (mounted from the ConfigMap serve-apps): it answers,
# raises (mode=fail: a 500 and a replica error) or takes its time (mode=slow) as the request asks, so that
# the Serve alerts can be made to fire and then resolve.
import asyncio

from ray import serve
from starlette.requests import Request


@serve.deployment(ray_actor_options={"num_cpus": 0.1})
class Faulty:
    async def __call__(self, request: Request) -> dict:
        mode = request.query_params.get("mode", "ok")
        if mode == "fail":
            raise RuntimeError("faulty: asked to fail (live monitoring tier)")
        if mode == "slow":
            await asyncio.sleep(float(request.query_params.get("seconds", "1")))
        return {"mode": mode}


app = Faulty.bind()
