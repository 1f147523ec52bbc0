"""The certificate-eligibility rules: one criterion per requirement of the course, each met,
not met (the learner has something to do) or waiting (on a session, a marker, a facilitator)."""

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lms.certification.rules import (
    Criterion,
    CriterionState,
    Evidence,
    SignoffEvidence,
    SimulationEvidence,
    certificate_checklist,
    checklist_met,
    hours_attended,
)

MET, NOT_MET, WAITING = CriterionState.MET, CriterionState.NOT_MET, CriterionState.WAITING

# A learner who has done everything a course with every kind of criterion asks for.
ELIGIBLE = Evidence(
    min_attendance=80,
    sessions_planned=10,
    sessions_held=10,
    sessions_attended=9,
    requires_every_day=True,
    days_total=5,
    days_completed=5,
    pass_mark=70,
    post_test_exists=True,
    post_test_percent=Decimal("85.0000"),
    post_test_awaiting_marking=False,
    requires_simulations=True,
    simulations=(
        SimulationEvidence(title="Disclosure at school", passed=True, attempted=True),
        SimulationEvidence(title="Home visit", passed=True, attempted=True),
    ),
    signoffs=(
        SignoffEvidence(competency="Safe referral", signed_by="Ayesha Khan"),
        SignoffEvidence(competency="Child interview", signed_by="Bilal Ahmed"),
    ),
)

# A course that asks for attendance only: no day completion, post-test, simulation or sign-off.
ATTENDANCE_ONLY = replace(
    ELIGIBLE,
    requires_every_day=False,
    post_test_exists=False,
    post_test_percent=None,
    requires_simulations=False,
    simulations=(),
    signoffs=(),
)


def evidence(**changes) -> Evidence:
    return replace(ELIGIBLE, **changes)


def criteria(checklist: list[Criterion], key: str) -> list[Criterion]:
    return [criterion for criterion in checklist if criterion.key == key]


def only(checklist: list[Criterion], key: str) -> Criterion:
    (criterion,) = criteria(checklist, key)
    return criterion


def attendance(**changes) -> Criterion:
    return only(certificate_checklist(replace(ATTENDANCE_ONLY, **changes)), "attendance")


def post_test(**changes) -> Criterion:
    return only(certificate_checklist(evidence(**changes)), "post_test")


# Attendance


def test_attendance_is_met_at_exactly_the_minimum():
    criterion = attendance(
        min_attendance=80, sessions_planned=10, sessions_held=10, sessions_attended=8
    )

    assert criterion.state == MET
    assert criterion.label == "Attendance of at least 80% of the face-to-face days"
    assert criterion.evidence == "8 of 10 days attended (8 needed); 10 held so far"


def test_attendance_one_day_below_the_minimum_is_not_met_once_every_day_is_held():
    criterion = attendance(
        min_attendance=80, sessions_planned=10, sessions_held=10, sessions_attended=7
    )

    assert criterion.state == NOT_MET
    assert criterion.evidence == "7 of 10 days attended (8 needed); 10 held so far"


@pytest.mark.parametrize(
    ("percent", "planned", "needed"),
    [
        (80, 9, 8),  # 7.2 days: a part day is a whole day
        (80, 10, 8),  # exactly 8: no rounding
        (75, 3, 3),  # 2.25 days
        (50, 3, 2),  # 1.5 days
        (100, 7, 7),
        (1, 10, 1),  # any attendance at all
        (0, 10, 0),
    ],
)
def test_attendance_needs_the_minimum_rounded_up_to_whole_days(percent, planned, needed):
    enough = attendance(
        min_attendance=percent,
        sessions_planned=planned,
        sessions_held=planned,
        sessions_attended=needed,
    )

    assert enough.state == MET
    assert f"({needed} needed)" in enough.evidence
    if needed:
        short = attendance(
            min_attendance=percent,
            sessions_planned=planned,
            sessions_held=planned,
            sessions_attended=needed - 1,
        )
        assert short.state == NOT_MET
        assert f"({needed} needed)" in short.evidence


def test_attendance_of_8_of_9_days_meets_80_percent_but_7_does_not():
    assert attendance(sessions_planned=9, sessions_held=9, sessions_attended=8).state == MET
    assert attendance(sessions_planned=9, sessions_held=9, sessions_attended=7).state == NOT_MET


def test_attendance_waits_while_enough_days_remain_to_be_held():
    # 3 of 5 held days attended; 5 still to come: 8 remains reachable.
    criterion = attendance(sessions_planned=10, sessions_held=5, sessions_attended=3)

    assert criterion.state == WAITING
    assert criterion.evidence == "3 of 10 days attended (8 needed); 5 held so far"


def test_attendance_waits_when_every_remaining_day_is_needed():
    # 6 attended, 2 to come, 8 needed: reachable by attending both.
    assert attendance(sessions_planned=10, sessions_held=8, sessions_attended=6).state == WAITING


def test_attendance_is_not_met_once_it_cannot_be_reached_even_attending_every_remaining_day():
    # 5 attended, 2 to come, 8 needed: 7 at best.
    criterion = attendance(sessions_planned=10, sessions_held=8, sessions_attended=5)

    assert criterion.state == NOT_MET
    assert criterion.evidence == "5 of 10 days attended (8 needed); 8 held so far"


def test_attendance_waits_before_any_day_is_held():
    assert attendance(sessions_planned=10, sessions_held=0, sessions_attended=0).state == WAITING


def test_attendance_is_met_before_the_last_days_when_enough_are_already_attended():
    assert attendance(sessions_planned=10, sessions_held=8, sessions_attended=8).state == MET


def test_attendance_with_no_planned_days_needs_none_and_is_met():
    criterion = attendance(
        min_attendance=80, sessions_planned=0, sessions_held=0, sessions_attended=0
    )

    assert criterion.state == MET
    assert criterion.evidence == "0 of 0 days attended (0 needed); 0 held so far"


def test_attendance_is_always_on_the_checklist_first():
    assert [c.key for c in certificate_checklist(ATTENDANCE_ONLY)] == ["attendance"]
    assert certificate_checklist(ELIGIBLE)[0].key == "attendance"


# Every day completed


def test_every_day_completed_is_met_when_all_days_are_complete():
    criterion = only(certificate_checklist(evidence(days_total=5, days_completed=5)), "days")

    assert criterion.state == MET
    assert criterion.label == "Every day of the course completed"
    assert criterion.evidence == "5 of 5 days completed"


def test_every_day_completed_is_not_met_with_one_day_left():
    criterion = only(certificate_checklist(evidence(days_total=5, days_completed=4)), "days")

    assert criterion.state == NOT_MET
    assert criterion.evidence == "4 of 5 days completed"


def test_every_day_completed_is_not_met_for_a_course_without_days():
    criterion = only(certificate_checklist(evidence(days_total=0, days_completed=0)), "days")

    assert criterion.state == NOT_MET
    assert criterion.evidence == "0 of 0 days completed"


def test_every_day_completed_is_not_asked_when_the_course_does_not_require_it():
    checklist = certificate_checklist(
        evidence(requires_every_day=False, days_total=5, days_completed=0)
    )

    assert criteria(checklist, "days") == []
    assert checklist_met(checklist)


# Post-test


def test_no_post_test_criterion_when_the_course_has_no_post_test():
    checklist = certificate_checklist(evidence(post_test_exists=False, post_test_percent=None))

    assert criteria(checklist, "post_test") == []
    assert checklist_met(checklist)


def test_post_test_not_taken_is_not_met():
    criterion = post_test(post_test_percent=None)

    assert criterion.state == NOT_MET
    assert criterion.label == "Post-test passed with at least 70%"
    assert criterion.evidence == "Not taken yet"


def test_post_test_awaiting_marking_is_waiting():
    criterion = post_test(post_test_percent=None, post_test_awaiting_marking=True)

    assert criterion.state == WAITING
    assert criterion.evidence == "Written answers await marking"


def test_post_test_awaiting_marking_waits_whatever_grade_is_known():
    assert post_test(post_test_percent=Decimal(90), post_test_awaiting_marking=True).state == (
        WAITING
    )


def test_post_test_at_exactly_the_pass_mark_is_met():
    criterion = post_test(pass_mark=70, post_test_percent=Decimal("70.0000"))

    assert criterion.state == MET
    assert criterion.evidence == "Grade: 70%"


def test_post_test_just_below_the_pass_mark_is_not_met():
    criterion = post_test(pass_mark=70, post_test_percent=Decimal("69.0000"))

    assert criterion.state == NOT_MET
    assert criterion.evidence == "Grade: 69%"


def test_post_test_a_fraction_below_the_pass_mark_is_not_met():
    assert post_test(pass_mark=70, post_test_percent=Decimal("69.9999")).state == NOT_MET


@pytest.mark.parametrize(
    ("percent", "shown"),
    [
        (Decimal("0.0000"), "Grade: 0%"),
        (Decimal("85.0000"), "Grade: 85%"),
        (Decimal("100.0000"), "Grade: 100%"),
        (Decimal("66.6667"), "Grade: 66.6%"),
        (Decimal("69.9999"), "Grade: 69.9%"),
    ],
)
def test_post_test_evidence_shows_the_grade_rounded_down_to_a_tenth(percent, shown):
    assert post_test(pass_mark=50, post_test_percent=percent).evidence == shown


def test_post_test_with_full_marks_against_a_100_percent_pass_mark_is_met():
    assert post_test(pass_mark=100, post_test_percent=Decimal(100)).state == MET


@pytest.mark.parametrize("percent", [Decimal("69.5000"), Decimal("69.6000"), Decimal("69.9999")])
def test_a_failing_grade_is_never_shown_at_or_above_the_pass_mark(percent):
    criterion = post_test(pass_mark=70, post_test_percent=percent)

    assert criterion.state == NOT_MET
    assert criterion.evidence != "Grade: 70%"


# Simulations


def test_each_simulation_is_its_own_criterion_naming_its_title_isolated_in_the_sentence():
    checklist = certificate_checklist(ELIGIBLE)

    assert [c.label for c in criteria(checklist, "simulation")] == [
        "Case simulation passed without a critical error: \u2068Disclosure at school\u2069",
        "Case simulation passed without a critical error: \u2068Home visit\u2069",
    ]


def test_a_passed_simulation_is_met():
    (criterion,) = criteria(
        certificate_checklist(
            evidence(simulations=(SimulationEvidence("Home visit", passed=True, attempted=True),))
        ),
        "simulation",
    )

    assert criterion.state == MET
    assert criterion.evidence == "Passed"


def test_a_simulation_attempted_but_not_passed_is_not_met():
    (criterion,) = criteria(
        certificate_checklist(
            evidence(simulations=(SimulationEvidence("Home visit", passed=False, attempted=True),))
        ),
        "simulation",
    )

    assert criterion.state == NOT_MET
    assert criterion.evidence == "Not passed yet"


def test_a_simulation_never_played_is_not_met():
    (criterion,) = criteria(
        certificate_checklist(
            evidence(simulations=(SimulationEvidence("Home visit", passed=False, attempted=False),))
        ),
        "simulation",
    )

    assert criterion.state == NOT_MET
    assert criterion.evidence == "Not played yet"


def test_one_unpassed_simulation_among_passed_ones_flags_only_that_one():
    checklist = certificate_checklist(
        evidence(
            simulations=(
                SimulationEvidence("Disclosure at school", passed=True, attempted=True),
                SimulationEvidence("Home visit", passed=False, attempted=True),
                SimulationEvidence("Court hearing", passed=True, attempted=True),
            )
        )
    )

    assert [
        (c.label.rsplit(": ", 1)[1].strip("\u2068\u2069"), c.state)
        for c in criteria(checklist, "simulation")
    ] == [
        ("Disclosure at school", MET),
        ("Home visit", NOT_MET),
        ("Court hearing", MET),
    ]
    assert not checklist_met(checklist)


def test_no_simulation_criterion_when_the_course_does_not_require_simulations():
    checklist = certificate_checklist(
        evidence(
            requires_simulations=False,
            simulations=(SimulationEvidence("Home visit", passed=False, attempted=False),),
        )
    )

    assert criteria(checklist, "simulation") == []
    assert checklist_met(checklist)


# Facilitator sign-offs


def test_one_signoff_criterion_per_competency():
    checklist = certificate_checklist(ELIGIBLE)

    assert [c.label for c in criteria(checklist, "signoff")] == [
        "Facilitator's sign-off: \u2068Safe referral\u2069",
        "Facilitator's sign-off: \u2068Child interview\u2069",
    ]


def test_a_signed_competency_is_met_naming_the_signer():
    (criterion,) = criteria(
        certificate_checklist(
            evidence(signoffs=(SignoffEvidence("Safe referral", signed_by="Ayesha Khan"),))
        ),
        "signoff",
    )

    assert criterion.state == MET
    assert criterion.evidence == "Signed off by \u2068Ayesha Khan\u2069"


def test_an_unsigned_competency_waits_for_a_facilitator():
    (criterion,) = criteria(
        certificate_checklist(evidence(signoffs=(SignoffEvidence("Safe referral", ""),))),
        "signoff",
    )

    assert criterion.state == WAITING
    assert criterion.evidence == "Awaiting a facilitator"


def test_no_signoff_criterion_when_the_course_has_no_signoff_competency():
    checklist = certificate_checklist(evidence(signoffs=()))

    assert criteria(checklist, "signoff") == []
    assert checklist_met(checklist)


# The whole checklist


def test_the_checklist_lists_every_criterion_in_order():
    checklist = certificate_checklist(ELIGIBLE)

    assert [c.key for c in checklist] == [
        "attendance",
        "days",
        "post_test",
        "simulation",
        "simulation",
        "signoff",
        "signoff",
    ]
    assert all(c.state == MET for c in checklist)
    assert checklist_met(checklist)


def test_an_empty_checklist_is_met():
    assert checklist_met([])


@pytest.mark.parametrize("state", [NOT_MET, WAITING])
def test_one_criterion_not_met_or_waiting_among_met_ones_is_not_eligible(state):
    met = Criterion("attendance", "Attendance", MET, "")
    other = Criterion("signoff", "Sign-off", state, "")

    assert checklist_met([met, met])
    assert not checklist_met([met, other, met])
    assert not checklist_met([other])


def _unsigned(signoffs):
    return tuple(replace(s, signed_by="") if i == 0 else s for i, s in enumerate(signoffs))


# Everything met except one thing: the learner is not eligible, and that one thing is flagged.
ALL_BUT_ONE = [
    pytest.param(
        {"sessions_held": 10, "sessions_attended": 7},
        "attendance",
        NOT_MET,
        id="attendance-out-of-reach",
    ),
    pytest.param(
        {"sessions_held": 6, "sessions_attended": 5},
        "attendance",
        WAITING,
        id="attendance-days-still-to-come",
    ),
    pytest.param({"days_completed": 4}, "days", NOT_MET, id="a-day-not-completed"),
    pytest.param({"post_test_percent": None}, "post_test", NOT_MET, id="post-test-not-taken"),
    pytest.param(
        {"post_test_percent": Decimal("69.9999")}, "post_test", NOT_MET, id="post-test-failed"
    ),
    pytest.param(
        {"post_test_percent": None, "post_test_awaiting_marking": True},
        "post_test",
        WAITING,
        id="post-test-awaiting-marking",
    ),
    pytest.param(
        {
            "simulations": (
                SimulationEvidence("Disclosure at school", passed=True, attempted=True),
                SimulationEvidence("Home visit", passed=False, attempted=True),
            )
        },
        "simulation",
        NOT_MET,
        id="simulation-not-passed",
    ),
    pytest.param(
        {
            "simulations": (
                SimulationEvidence("Disclosure at school", passed=False, attempted=False),
                SimulationEvidence("Home visit", passed=True, attempted=True),
            )
        },
        "simulation",
        NOT_MET,
        id="simulation-never-played",
    ),
    pytest.param(
        {"signoffs": _unsigned(ELIGIBLE.signoffs)}, "signoff", WAITING, id="signoff-missing"
    ),
]


@pytest.mark.parametrize(("changes", "flagged_key", "flagged_state"), ALL_BUT_ONE)
def test_all_met_but_one_criterion_is_not_eligible_and_flags_that_criterion(
    changes, flagged_key, flagged_state
):
    checklist = certificate_checklist(evidence(**changes))

    unmet = [c for c in checklist if c.state != MET]
    assert [(c.key, c.state) for c in unmet] == [(flagged_key, flagged_state)]
    assert len(checklist) == len(certificate_checklist(ELIGIBLE))
    assert not checklist_met(checklist)


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"requires_every_day": False, "days_completed": 0}, id="days-not-required"),
        pytest.param({"post_test_exists": False, "post_test_percent": None}, id="no-post-test"),
        pytest.param(
            {
                "requires_simulations": False,
                "simulations": (SimulationEvidence("Home visit", passed=False, attempted=False),),
            },
            id="simulations-not-required",
        ),
        pytest.param({"signoffs": ()}, id="no-signoffs"),
    ],
)
def test_a_shortfall_in_something_the_course_does_not_ask_for_does_not_block(changes):
    assert checklist_met(certificate_checklist(evidence(**changes)))


def test_several_shortfalls_are_all_flagged():
    checklist = certificate_checklist(
        evidence(
            sessions_held=10,
            sessions_attended=2,
            days_completed=0,
            post_test_percent=None,
            post_test_awaiting_marking=True,
            simulations=(SimulationEvidence("Home visit", passed=False, attempted=False),),
            signoffs=(SignoffEvidence("Safe referral", ""),),
        )
    )

    assert [(c.key, c.state) for c in checklist] == [
        ("attendance", NOT_MET),
        ("days", NOT_MET),
        ("post_test", WAITING),
        ("simulation", NOT_MET),
        ("signoff", WAITING),
    ]
    assert not checklist_met(checklist)


# Random evidence: eligibility is exactly the conjunction of the course's requirements.


@st.composite
def random_evidence(draw) -> Evidence:
    planned = draw(st.integers(min_value=0, max_value=30))
    held = draw(st.integers(min_value=0, max_value=planned))
    attended = draw(st.integers(min_value=0, max_value=held))
    days_total = draw(st.integers(min_value=0, max_value=10))
    post_test_exists = draw(st.booleans())
    awaiting = draw(st.booleans()) if post_test_exists else False
    percent = (
        None
        if awaiting or not post_test_exists
        else draw(
            st.none()
            | st.decimals(min_value=0, max_value=100, places=4)
            | st.integers(min_value=0, max_value=100).map(Decimal)
        )
    )
    return Evidence(
        min_attendance=draw(st.integers(min_value=0, max_value=100)),
        sessions_planned=planned,
        sessions_held=held,
        sessions_attended=attended,
        requires_every_day=draw(st.booleans()),
        days_total=days_total,
        days_completed=draw(st.integers(min_value=0, max_value=days_total)),
        pass_mark=draw(st.integers(min_value=0, max_value=100)),
        post_test_exists=post_test_exists,
        post_test_percent=percent,
        post_test_awaiting_marking=awaiting,
        requires_simulations=draw(st.booleans()),
        simulations=tuple(
            draw(
                st.lists(
                    st.builds(
                        lambda title, attempted, passed: SimulationEvidence(
                            title, passed=attempted and passed, attempted=attempted
                        ),
                        st.sampled_from(["Home visit", "Disclosure", "Referral"]),
                        st.booleans(),
                        st.booleans(),
                    ),
                    max_size=4,
                )
            )
        ),
        signoffs=tuple(
            draw(
                st.lists(
                    st.builds(
                        SignoffEvidence,
                        competency=st.sampled_from(["Home visit", "Disclosure", "Referral"]),
                        signed_by=st.sampled_from(["", "Ayesha Khan", "Bilal Ahmed"]),
                    ),
                    max_size=4,
                )
            )
        ),
    )


def expected_eligible(e: Evidence) -> bool:
    """The course's requirements, worked out without the rules' helpers."""
    attendance_reached = e.sessions_attended * 100 >= e.min_attendance * e.sessions_planned
    days_complete = not e.requires_every_day or (
        e.days_total > 0 and e.days_completed == e.days_total
    )
    post_test_passed = not e.post_test_exists or (
        not e.post_test_awaiting_marking
        and e.post_test_percent is not None
        and e.post_test_percent >= e.pass_mark
    )
    simulations_passed = not e.requires_simulations or all(s.passed for s in e.simulations)
    signed_off = all(s.signed_by for s in e.signoffs)
    return all(
        [attendance_reached, days_complete, post_test_passed, simulations_passed, signed_off]
    )


# The conftest's autouse fixtures (cache, language) need no resetting between examples.
hypothesis_settings = settings(
    max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@hypothesis_settings
@given(random_evidence())
def test_eligible_exactly_when_every_requirement_of_the_course_is_met(e):
    checklist = certificate_checklist(e)

    assert checklist_met(checklist) == all(c.state == MET for c in checklist)
    assert checklist_met(checklist) == expected_eligible(e)


@hypothesis_settings
@given(random_evidence())
def test_the_checklist_has_one_criterion_per_requirement(e):
    keys = [c.key for c in certificate_checklist(e)]

    assert keys.count("attendance") == 1
    assert keys.count("days") == (1 if e.requires_every_day else 0)
    assert keys.count("post_test") == (1 if e.post_test_exists else 0)
    assert keys.count("simulation") == (len(e.simulations) if e.requires_simulations else 0)
    assert keys.count("signoff") == len(e.signoffs)


@hypothesis_settings
@given(random_evidence())
def test_attendance_waits_exactly_while_the_minimum_is_still_reachable(e):
    criterion = only(certificate_checklist(e), "attendance")
    target = e.min_attendance * e.sessions_planned  # in hundredths of a day
    best_possible = e.sessions_attended + (e.sessions_planned - e.sessions_held)

    if e.sessions_attended * 100 >= target:
        assert criterion.state == MET
    elif best_possible * 100 >= target:
        assert criterion.state == WAITING
    else:
        assert criterion.state == NOT_MET


@pytest.mark.parametrize(
    ("days_planned", "days_attended", "hours"),
    [(10, 10, 60), (10, 9, 54), (3, 2, 40), (10, 0, 0), (0, 0, None), (4, 5, 60)],
)
def test_hours_attended_share_the_courses_hours_over_its_session_days(
    days_planned, days_attended, hours
):
    assert (
        hours_attended(course_hours=60, days_planned=days_planned, days_attended=days_attended)
        == hours
    )
