"""xAPI statements an H5P player reports, and how its attempts are graded: pure logic, no database.

A statement comes from the learner's browser, so nothing in it is trusted: the actor is ignored
(the signed-in user is the actor), the object must be this content's activity, and a score must
be internally consistent. Scores are self-reported all the same: they count towards progress,
never towards certification.
"""

import math
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.utils.translation import gettext as _

XAPI_VERBS = "http://adlnet.gov/expapi/verbs/"
# A top-level statement with one of these verbs and a score ends an attempt.
COMPLETING_VERBS = frozenset({"answered", "completed", "passed", "failed", "mastered"})


class StatementInvalid(ValueError):
    """The statement is not one this content could have sent; the message says why."""


@dataclass(frozen=True)
class Score:
    raw: float
    min: float
    max: float

    @property
    def percent(self) -> float:
        return 100 * (self.raw - self.min) / (self.max - self.min) if self.max > self.min else 0.0


@dataclass(frozen=True)
class Statement:
    verb: str
    sub_content_id: str = ""
    score: Score | None = None
    success: bool | None = None

    @property
    def is_top_level(self) -> bool:
        return not self.sub_content_id

    @property
    def completes(self) -> bool:
        """Whether this statement ends the learner's attempt at the content."""
        return self.is_top_level and self.score is not None and self.verb in COMPLETING_VERBS

    def repeats(self, closing: "Statement") -> bool:
        """Whether this reports again the completion `closing` ended an attempt with.

        H5P question types report one completion twice, as `answered` and then `completed`
        (or `passed`/`failed`): the second belongs to the attempt the first one ended.
        """
        return (
            self.completes
            and closing.verb == "answered"
            and self.verb != "answered"
            and self.score == closing.score
        )


def statement_read(statement, activity_iri: str) -> Statement:
    """The parts of a raw statement the platform uses, checked; raises StatementInvalid."""
    if not isinstance(statement, dict):
        raise StatementInvalid(_("A statement must be a JSON object."))
    verb_id = _dig(statement, "verb", "id")
    if not isinstance(verb_id, str) or not verb_id:
        raise StatementInvalid(_("The statement has no verb."))
    object_id = _dig(statement, "object", "id")
    sub_content_id = _sub_content_id(object_id, activity_iri)
    result = statement.get("result") or {}
    if not isinstance(result, dict):
        raise StatementInvalid(_("The statement's result must be an object."))
    success = result.get("success")
    if success is not None and not isinstance(success, bool):
        raise StatementInvalid(_("The result's success must be true or false."))
    return Statement(
        verb=verb_id.rstrip("/").rsplit("/", 1)[-1][:64],
        sub_content_id=sub_content_id,
        score=_score(result.get("score")),
        success=success,
    )


def _dig(value, *keys):
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _sub_content_id(object_id, activity_iri: str) -> str:
    """ "" for the content itself, its sub-content's id, or StatementInvalid for anything else."""
    if object_id == activity_iri:
        return ""
    if isinstance(object_id, str) and object_id.startswith(activity_iri + "?"):
        query = parse_qs(urlsplit(object_id).query)
        ids = query.get("subContentId", [])
        if set(query) == {"subContentId"} and len(ids) == 1 and 0 < len(ids[0]) <= 64:
            return ids[0]
    raise StatementInvalid(_("The statement is about another activity."))


def _number(value, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise StatementInvalid(_("The score's %(part)s must be a number.") % {"part": name})
    return float(value)


def _score(score) -> Score | None:
    if score is None:
        return None
    if not isinstance(score, dict) or "raw" not in score or "max" not in score:
        raise StatementInvalid(_("A score needs a raw and a maximum value."))
    raw = _number(score["raw"], "raw")
    low = _number(score.get("min", 0), "min")
    high = _number(score["max"], "max")
    if not low <= raw <= high:
        raise StatementInvalid(_("The score is outside its own minimum and maximum."))
    if "scaled" in score:
        scaled = _number(score["scaled"], "scaled")
        if not -1 <= scaled <= 1:
            raise StatementInvalid(_("A scaled score must be between -1 and 1."))
    return Score(raw=raw, min=low, max=high)
