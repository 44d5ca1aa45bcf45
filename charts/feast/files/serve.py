# The feature server's command: `feast serve` (its arguments follow), with each pooled SQLAlchemy
# connection used only by the process that opened it.
#
# `feast serve` loads the registry in gunicorn's master: a sql registry opens a PostgreSQL connection
# and keeps it in its pool. The workers are forked from the master and inherit that pool; the first
# registry read of each worker took the inherited connection, so two workers starting together used one
# TLS session from two processes. PostgreSQL logged "SSL error: decryption failed or bad record mac" at
# every start, and when a worker's startup read failed on it, gunicorn exited (code 3) and the container
# restarted. SQLAlchemy's answer for pools across os.fork(): the child disposes each inherited pool
# without closing its connections (close=False; they belong to the parent) and opens its own.
import os
import sys
import weakref

from sqlalchemy import event
from sqlalchemy.engine import Engine

connected_engines = weakref.WeakSet()


@event.listens_for(Engine, "engine_connect")
def remember_engine(connection):
    connected_engines.add(connection.engine)


def drop_inherited_pools():
    for engine in list(connected_engines):
        engine.dispose(close=False)


os.register_at_fork(after_in_child=drop_inherited_pools)

from feast.cli.cli import cli  # noqa: E402 (after the listener, before any engine exists)

sys.exit(cli(prog_name="feast"))
