"""Issuing and revoking API keys, and recording the calls made with them."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lms.accounts.roles import can_manage_api_keys
from lms.core.permissions import ActionDenied

from .models import ApiCall, ApiKey
from .tokens import secret_hash, token_new

# How stale a key's "last used" may get before a call writes it again.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


class ApiKeyManageDenied(ActionDenied):
    pass


@transaction.atomic
def api_key_create(*, name: str, all_districts: bool, districts, by) -> tuple[ApiKey, str]:
    """Issue a key; returns it with the plain token, which is never available again."""
    ApiKeyManageDenied.unless(can_manage_api_keys(by))
    token = token_new()
    key = ApiKey.objects.create(
        name=name,
        prefix=token.prefix,
        secret_hash=secret_hash(token.secret),
        all_districts=all_districts,
        created_by=by,
    )
    key.districts.set(districts)
    return key, str(token)


def api_key_revoke(*, key: ApiKey, by) -> ApiKey:
    """Revoke a key at once; it stays, with its calls, for the record."""
    ApiKeyManageDenied.unless(can_manage_api_keys(by))
    ApiKey.objects.filter(pk=key.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    key.refresh_from_db(fields=["revoked_at"])
    return key


def api_call_record(*, key: ApiKey, request, status: int, duration_ms: int) -> ApiCall:
    """Log one call under the key's name; note the key's last use (at most once a minute)."""
    now = timezone.now()
    call = ApiCall.objects.create(
        key=key,
        key_name=key.name,
        at=now,
        method=request.method,
        path=request.path[:255],
        query=request.META.get("QUERY_STRING", "")[:500],
        status=status,
        duration_ms=duration_ms,
    )
    if key.last_used_at is None or key.last_used_at < now - LAST_USED_PRECISION:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
    return call


# Rows deleted per statement when pruning: short transactions, never a long lock on the log.
PRUNE_BATCH = 5000


def api_calls_prune(*, now: datetime.datetime | None = None) -> int:
    """Delete the calls older than API_CALL_RETENTION_DAYS, oldest first, in batches; returns
    how many. Keys stay, with their last use."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.API_CALL_RETENTION_DAYS)
    old = ApiCall.objects.filter(at__lt=cutoff)
    deleted = 0
    while batch := list(old.order_by("at", "pk").values_list("pk", flat=True)[:PRUNE_BATCH]):
        deleted += ApiCall.objects.filter(pk__in=batch).delete()[0]
    return deleted
