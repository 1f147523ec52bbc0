"""Change tokens of a live run, in the shared cache: what phones and the projector poll.

Two tokens per run: `state` changes when the facilitator acts (a step, a vote closed, a pause),
`votes` whenever a vote is cast. Phones poll the state only, so the votes of others never
redraw the form a trainee is filling in; the projector polls both. A token is replaced after the
change commits; a token missing from the cache (evicted, a new cache) is made anew, which only
makes every page fetch once more. Nothing is kept in a process: any app server answers.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

TIMEOUT = 24 * 60 * 60


def _key(run_id: int, kind: str) -> str:
    return f"live:{run_id}:{kind}"


def _token() -> str:
    return uuid.uuid4().hex[:12]


def change_announce(run_id: int, *, state: bool = True, votes: bool = False) -> None:
    """After the transaction commits, tell pollers that the run's state (or votes) changed."""
    kinds = [kind for kind, changed in (("state", state), ("votes", votes)) if changed]

    def replace_tokens():
        cache.set_many({_key(run_id, kind): _token() for kind in kinds}, TIMEOUT)

    transaction.on_commit(replace_tokens)


def change_tokens(run_id: int) -> tuple[str, str]:
    """The run's current (state, votes) tokens, read before the data they stand for."""
    keys = {kind: _key(run_id, kind) for kind in ("state", "votes")}
    found = cache.get_many(keys.values())
    tokens = {}
    for kind, key in keys.items():
        if key not in found:
            cache.add(key, _token(), TIMEOUT)  # another server may have just made one
            found[key] = cache.get(key) or ""
        tokens[kind] = found[key]
    return tokens["state"], tokens["votes"]
