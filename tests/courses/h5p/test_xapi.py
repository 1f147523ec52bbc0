"""Reading the xAPI statements a player reports: pure rules."""

import pytest

from courses.h5p.xapi import (
    Score,
    Statement,
    StatementInvalid,
    statement_read,
)

IRI = "http://platform.test/h5p/activities/7"


def xapi(verb="answered", object_id=IRI, score=None, **result):
    statement = {
        "actor": {"name": "Someone else", "mbox": "mailto:else@example.org"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {"id": object_id},
    }
    if score is not None or result:
        statement["result"] = {**({"score": score} if score is not None else {}), **result}
    return statement


def test_a_scored_top_level_statement_completes_an_attempt():
    read = statement_read(
        xapi("completed", score={"min": 0, "max": 4, "raw": 3, "scaled": 0.75}, success=True), IRI
    )
    assert read == Statement(verb="completed", score=Score(raw=3, min=0, max=4), success=True)
    assert read.completes
    assert read.score.percent == 75


def test_sub_content_statements_belong_to_the_content_but_never_complete_it():
    read = statement_read(
        xapi(object_id=f"{IRI}?subContentId=ab-12", score={"raw": 1, "max": 1}), IRI
    )
    assert read.sub_content_id == "ab-12"
    assert not read.completes
    assert not statement_read(xapi("attempted"), IRI).completes  # no score


@pytest.mark.parametrize(
    "object_id",
    [
        "http://platform.test/h5p/activities/8",
        f"{IRI}0",
        f"{IRI}/",
        f"{IRI}?subContentId=a&subContentId=b",
        f"{IRI}?other=1",
        f"{IRI}?subContentId=",
        None,
        {"id": IRI},
    ],
)
def test_a_statement_about_another_activity_is_refused(object_id):
    with pytest.raises(StatementInvalid, match="another activity"):
        statement_read(xapi(object_id=object_id), IRI)


@pytest.mark.parametrize(
    ("score", "problem"),
    [
        ({"raw": 5, "max": 4}, "outside"),
        ({"raw": -1, "min": 0, "max": 4}, "outside"),
        ({"raw": 1, "max": 4, "scaled": 1.5}, "between -1 and 1"),
        ({"raw": 1, "max": 4, "scaled": -2}, "between -1 and 1"),
        ({"raw": "4", "max": 4}, "must be a number"),
        ({"raw": True, "max": 4}, "must be a number"),
        ({"raw": float("nan"), "max": 4}, "must be a number"),
        ({"raw": 1}, "raw and a maximum"),
        ("full marks", "raw and a maximum"),
    ],
)
def test_a_score_that_contradicts_itself_is_refused(score, problem):
    with pytest.raises(StatementInvalid, match=problem):
        statement_read(xapi(score=score), IRI)


@pytest.mark.parametrize(
    "statement",
    [[], "answered", {"object": {"id": IRI}}, {**xapi(), "result": "passed"}, xapi(success="yes")],
)
def test_a_malformed_statement_is_refused(statement):
    with pytest.raises(StatementInvalid):
        statement_read(statement, IRI)


def test_completed_after_answered_with_the_same_score_reports_the_same_completion():
    answered = statement_read(xapi("answered", score={"raw": 1, "max": 1}), IRI)
    completed = statement_read(xapi("completed", score={"raw": 1, "max": 1}), IRI)
    assert completed.repeats(answered)
    assert not answered.repeats(answered)  # answering again is a new attempt
    assert not completed.repeats(completed)
    other_score = statement_read(xapi("completed", score={"raw": 0, "max": 1}), IRI)
    assert not other_score.repeats(answered)
