"""The demo's assessments as the Commission would check them: a post-test that is a parallel form
of the pre-test, the groups the Commission named assessed on Day 8, and an item analysis of the
demo's attempts that shows no keyed answer the best learners get wrong."""

import io
import re
from collections import Counter

from django.core.management import call_command
from django.db.models import Q

from quizzes.attempts.demo_load import POST_TEST_CATEGORY, PRE_TEST_CATEGORY, demo_question_files
from quizzes.attempts.models import AttemptState, Quiz
from quizzes.attempts.reports import quiz_report_data
from quizzes.bank.models import Question

# The groups the Commission's seed reports named, each assessed in Day 8's practice check.
NAMED_GROUPS = (
    "orphans-alternative-care",
    "community-prevention",
    "merged-districts",
    "transgender-children",
    "children-with-disabilities",
    "honour-based-violence",
)


def questions_in(category: str) -> list[dict]:
    return [
        item
        for data in demo_question_files().values()
        for item in data["questions"]
        if item["category"] == category
    ]


def objectives(items) -> Counter:
    return Counter(objective for item in items for objective in item["objectives"])


def words(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def keyed(item) -> frozenset:
    return frozenset(words(option["text"]) for option in item["options"] if option["is_correct"])


def test_the_post_test_is_a_parallel_form_with_the_pre_tests_objectives_and_no_item_in_common():
    pre, post = questions_in(PRE_TEST_CATEGORY), questions_in(POST_TEST_CATEGORY)
    assert len(post) == len(pre) >= 20
    assert objectives(post) == objectives(pre)
    assert {"specific-groups", "disclosure", "referral-pathways"} <= set(objectives(post))
    assert not {words(item["text"]) for item in pre} & {words(item["text"]) for item in post}
    assert not {keyed(item) for item in pre} & {keyed(item) for item in post}


def test_at_least_half_of_each_form_asks_for_judgement_in_a_case_with_reasoned_distractors():
    for form in (PRE_TEST_CATEGORY, POST_TEST_CATEGORY):
        items = questions_in(form)
        judgement = [item for item in items if item.get("cognitive_level") == "judgement"]
        assert len(judgement) * 2 >= len(items), form
    post = questions_in(POST_TEST_CATEGORY)
    judgement = [item for item in post if item.get("cognitive_level") == "judgement"]
    for item in judgement:
        assert re.search(r"\b\d{1,2}\b", item["text"]) or len(item["text"]) > 120, item["text"]
    for item in post:
        wrong = [option for option in item["options"] if not option["is_correct"]]
        assert len(wrong) >= 2, item["text"]
        # Every distractor says why it is wrong, and none is a give-away.
        assert all(option.get("feedback") for option in wrong), item["text"]
        assert not any("of the above" in option["text"] for option in item["options"])


def test_day_8_assesses_each_group_the_commission_named_with_at_least_two_questions():
    day_8 = questions_in("Day 8: Specific groups")
    counts = objectives(day_8)
    assert all(counts[group] >= 2 for group in NAMED_GROUPS), counts
    care = " ".join(
        item["text"] + " ".join(option["text"] for option in item["options"])
        for item in day_8
        if "orphans-alternative-care" in item["objectives"]
    )
    for topic in ("kinship care", "kafalah", "s.12", "Zamung Kor", "reintegration"):
        assert topic.casefold() in care.casefold(), topic


def test_the_demo_item_analysis_shows_no_keyed_answer_the_best_learners_get_wrong(db):
    call_command("seed_demo", "--allow-without-debug", stdout=io.StringIO())
    for title in ("Pre-test", "Post-test"):
        quiz = Quiz.objects.get(title=title)
        report = quiz_report_data(quiz, Q())
        assert report["attempt_count"] >= 3
        assert len(report["items"]) == quiz.fixed_questions.count()
        for item in report["items"]:
            assert item.facility > 0, item.text
            assert item.discrimination is None or item.discrimination >= 0, item.text
        best = quiz.attempts.filter(state=AttemptState.GRADED).order_by("-percent").first()
        assert not best.questions.exclude(fraction=1).exists()

    questions = Question.objects.count()
    call_command("seed_demo", "--allow-without-debug", stdout=io.StringIO())
    assert Question.objects.count() == questions
