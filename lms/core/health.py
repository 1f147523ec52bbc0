"""Health checks for the load balancer: `/health/live` (the process answers) and `/health/ready`
(the database and cache answer quickly and every migration is applied).

Both answer JSON, 200 or 503, to anyone, and say nothing that helps an attacker: the reasons
are logged, not sent. HealthCheckMiddleware answers them before any other middleware runs.
"""

import logging

from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.urls import Resolver404, resolve
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

# Seconds a readiness check waits for the database to accept a connection.
CONNECT_TIMEOUT = 1
CACHE_KEY = "health:ready"

# Once every migration is applied it stays so until the next deploy restarts the process.
_migrated: set[str] = set()


def database_reachable(alias: str = DEFAULT_DB_ALIAS) -> bool:
    """Whether the database accepts a fresh connection within CONNECT_TIMEOUT and runs a query.

    A separate connection, not the request's: its timeout is short, and a stale pooled
    connection proves nothing."""
    connection = connections[alias]
    params = connection.get_connection_params()
    if connection.vendor == "postgresql":
        params["connect_timeout"] = CONNECT_TIMEOUT
    elif connection.vendor == "sqlite":
        params["timeout"] = CONNECT_TIMEOUT
    try:
        raw = connection.get_new_connection(params)
        try:
            cursor = raw.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
        finally:
            raw.close()
    except Exception:
        logger.warning("Readiness: database %r unreachable", alias, exc_info=True)
        return False
    return True


def migrations_applied(alias: str = DEFAULT_DB_ALIAS) -> bool:
    """Whether the database holds every migration of the code (remembered once true)."""
    if alias in _migrated:
        return True
    try:
        executor = MigrationExecutor(connections[alias])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception:
        logger.warning("Readiness: migrations of %r unreadable", alias, exc_info=True)
        return False
    if plan:
        logger.warning("Readiness: %d migrations of %r not applied", len(plan), alias)
        return False
    _migrated.add(alias)
    return True


def cache_reachable(alias: str = "default") -> bool:
    """Whether the cache stores and returns a value (its client's socket timeouts bound it)."""
    try:
        cache = caches[alias]
        cache.set(CACHE_KEY, "ok", timeout=10)
        if cache.get(CACHE_KEY) != "ok":
            raise RuntimeError("the cache returned another value")
    except Exception:
        logger.warning("Readiness: cache %r unreachable", alias, exc_info=True)
        return False
    return True


@never_cache
@require_safe
def live(request):
    """The process answers: no database, no cache."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def ready(request):
    """Ready for traffic: 503 when the database or the cache is down or a migration is missing."""
    checks = {"database": database_reachable() and migrations_applied(), "cache": cache_reachable()}
    ok = all(checks.values())
    return JsonResponse(
        {"status": "ok" if ok else "unavailable", "checks": checks}, status=200 if ok else 503
    )


class HealthCheckMiddleware:
    """Answer the health checks first, before the other middleware: no session, user, host check
    or HTTPS redirect stands between the load balancer and the answer. (With the database down,
    a stale session cookie would otherwise turn `/health/ready` into a 500, not a 503.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            view = resolve(request.path_info).func
        except Resolver404:
            view = None
        if view in (live, ready):
            return view(request)
        return self.get_response(request)
