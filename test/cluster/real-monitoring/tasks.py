# The live monitoring tier's Ray job: small tasks (0.1 CPU each, so that they schedule beside the Serve
# replicas on the scenario's one-CPU worker) and an actor, so that the task and actor metrics have series.
import ray

ray.init()


@ray.remote(num_cpus=0.1)
def square(x: int) -> int:
    return x * x


@ray.remote(num_cpus=0.1)
class Counter:
    def __init__(self) -> None:
        self.n = 0

    def add(self, k: int) -> int:
        self.n += k
        return self.n


counter = Counter.remote()
total = sum(ray.get([square.remote(i) for i in range(20)]))
print(f"sum of squares {total}, counter {ray.get(counter.add.remote(total))}")
