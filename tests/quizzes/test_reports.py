import csv
import io
from statistics import mean

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from courses.cohorts.services import cohort_enrol
from lms.core.grading import GradingMethod
from quizzes.attempts.models import Quiz, QuizPurpose, QuizQuestion
from quizzes.attempts.reports import cohort_gain, cohort_knowledge_gain
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit
from tests.factories import StaffProfileFactory


def take(quiz, learner, choice_text):
    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get()
    answer_save(
        attempt=attempt,
        position=row.position,
        learner=learner,
        answer=next(o["id"] for o in row.snapshot["options"] if o["text"] == choice_text),
    )
    return attempt_submit(attempt=attempt, by=learner)


@pytest.fixture
def pre_and_post(bank):
    quizzes = {}
    for purpose in (QuizPurpose.PRE_TEST, QuizPurpose.POST_TEST):
        quizzes[purpose] = Quiz.objects.create(title=str(purpose.label), purpose=purpose)
        QuizQuestion.objects.create(quiz=quizzes[purpose], question=bank["single"])
    return quizzes


def test_knowledge_gain_per_learner_with_csv(
    client, facilitator, cohort, enrolment, learner, pre_and_post
):
    take(pre_and_post[QuizPurpose.PRE_TEST], learner, "1122")
    take(pre_and_post[QuizPurpose.POST_TEST], learner, "1121")
    client.force_login(facilitator)
    url = reverse("attempts:knowledge_gain", args=[cohort.pk])
    row = client.get(url).context["rows"][0]
    assert (row.gain.pre, row.gain.post, row.gain.absolute, str(row.gain.normalised)) == (
        0,
        100,
        100,
        "1.00",
    )
    lines = list(
        csv.reader(io.StringIO(client.get(url, {"format": "csv"}).content.decode("utf-8-sig")))
    )
    assert lines[1][:2] == ["KP-CPU-0042", learner.full_name]
    assert lines[1][4:] == ["100.00", "1.00"]


def test_the_knowledge_gain_csv_quotes_formulas_but_keeps_a_negative_gain_a_number(
    client, facilitator, cohort, enrolment, learner, pre_and_post
):
    learner.full_name = "-2+3+cmd|' /C calc'!A0"
    learner.save()
    take(pre_and_post[QuizPurpose.PRE_TEST], learner, "1121")
    take(pre_and_post[QuizPurpose.POST_TEST], learner, "1122")
    client.force_login(facilitator)
    url = reverse("attempts:knowledge_gain", args=[cohort.pk])
    lines = list(
        csv.reader(io.StringIO(client.get(url, {"format": "csv"}).content.decode("utf-8-sig")))
    )
    assert lines[1][1] == "'-2+3+cmd|' /C calc'!A0"
    assert lines[1][4] == "-100.00"  # a genuine negative number, not quoted


def test_knowledge_gain_as_excel_keeps_the_urdu_name_and_quotes_a_formula(
    client, facilitator, cohort, enrolment, learner, pre_and_post, peshawar
):
    learner.full_name = "گل بی بی"
    learner.save()
    other = StaffProfileFactory(district=peshawar).user
    other.full_name = "=HYPERLINK(1)"
    other.save()
    cohort_enrol(cohort=cohort, learners=[other], enrolled_by=facilitator)
    for person in (learner, other):
        take(pre_and_post[QuizPurpose.PRE_TEST], person, "1122")
        take(pre_and_post[QuizPurpose.POST_TEST], person, "1121")
    client.force_login(facilitator)
    url = reverse("attempts:knowledge_gain", args=[cohort.pk])
    assert 'href="?format=xlsx" download>Download Excel (XLSX)<' in client.get(url).content.decode()
    response = client.get(url, {"format": "xlsx"})
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Employee number", "Name")
    names = {row[1]: row for row in rows[1:]}
    assert set(names) == {"گل بی بی", "'=HYPERLINK(1)"}
    assert names["گل بی بی"][0] == "KP-CPU-0042"
    assert names["گل بی بی"][2:5] == (0, 100, 100)


def test_knowledge_gain_costs_the_same_queries_for_a_bigger_cohort(
    client,
    facilitator,
    cohort,
    enrolment,
    learner,
    peshawar,
    pre_and_post,
    django_assert_max_num_queries,
):
    take(pre_and_post[QuizPurpose.PRE_TEST], learner, "1121")
    client.force_login(facilitator)
    url = reverse("attempts:knowledge_gain", args=[cohort.pk])
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    others = [StaffProfileFactory(district=peshawar).user for _ in range(6)]
    cohort_enrol(cohort=cohort, learners=others, enrolled_by=facilitator)
    for other in others:
        take(pre_and_post[QuizPurpose.PRE_TEST], other, "1122")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_the_quiz_report_gives_facility_and_the_most_chosen_wrong_option(
    client, facilitator, cohort, enrolment, learner, peshawar, pre_and_post
):
    quiz = pre_and_post[QuizPurpose.PRE_TEST]
    others = [StaffProfileFactory(district=peshawar).user for _ in range(3)]
    cohort_enrol(cohort=cohort, learners=others, enrolled_by=facilitator)
    for person, choice in zip([learner, *others], ["1121", "1122", "1122", "15"], strict=True):
        take(quiz, person, choice)
    client.force_login(facilitator)
    response = client.get(reverse("attempts:report", args=[quiz.pk]))
    item = response.context["items"][0]
    assert (str(item.facility), item.most_chosen_wrong, item.answered) == ("0.25", "1122", 4)
    assert response.context["attempt_count"] == 4


def test_learners_cannot_read_reports(client, learner, cohort, pre_and_post):
    client.force_login(learner)
    assert (
        client.get(
            reverse("attempts:report", args=[pre_and_post[QuizPurpose.PRE_TEST].pk])
        ).status_code
        == 403
    )
    assert client.get(reverse("attempts:knowledge_gain", args=[cohort.pk])).status_code == 403


def test_the_knowledge_gain_page_gives_the_cohorts_means_over_learners_who_took_both(
    client, facilitator, cohort, enrolment, learner, peshawar, pre_and_post
):
    post_test = pre_and_post[QuizPurpose.POST_TEST]
    post_test.grading_method, post_test.attempts_allowed = "last", None
    post_test.save()
    perfect, stuck, absent = [StaffProfileFactory(district=peshawar).user for _ in range(3)]
    cohort_enrol(cohort=cohort, learners=[perfect, stuck, absent], enrolled_by=facilitator)
    right, wrong = "1121", "1122"
    for person, pre, posts in (
        (learner, wrong, [wrong, right]),  # the last attempt counts: 0 -> 100, gain 1
        (perfect, right, [right]),  # 100 -> 100: no gain is possible, none is counted
        (stuck, wrong, [right, wrong]),  # 0 -> 0, gain 0
        (absent, wrong, []),  # no post-test: not in the means
    ):
        take(pre_and_post[QuizPurpose.PRE_TEST], person, pre)
        for choice in posts:
            take(post_test, person, choice)
    client.force_login(facilitator)
    response = client.get(reverse("attempts:knowledge_gain", args=[cohort.pk]))
    summary = response.context["summary"]
    assert summary.took_both == 3
    assert round(summary.mean_pre, 2) == 33.33 and round(summary.mean_post, 2) == 66.67
    assert summary.mean_normalised == 0.5
    html = response.content.decode()
    assert "Cohort mean (3 learners took both tests)" in html
    footer = html[html.index("<tfoot>") :]
    assert '<td class="num">33</td><td class="num">67</td>' in footer and ">0.50<" in footer


@pytest.mark.parametrize("method", list(GradingMethod))
def test_the_cohort_row_agrees_with_the_learners_rows_under_every_grading_method(
    cohort, enrolment, learner, peshawar, facilitator, pre_and_post, method
):
    post_test = pre_and_post[QuizPurpose.POST_TEST]
    post_test.grading_method, post_test.attempts_allowed = method, None
    post_test.save()
    others = [StaffProfileFactory(district=peshawar).user for _ in range(2)]
    cohort_enrol(cohort=cohort, learners=others, enrolled_by=facilitator)
    right, wrong = "1121", "1122"
    for person, pre, posts in (
        (learner, wrong, [wrong, right, wrong]),
        (others[0], right, [right, wrong]),
        (others[1], wrong, [right]),
    ):
        take(pre_and_post[QuizPurpose.PRE_TEST], person, pre)
        for choice in posts:
            take(post_test, person, choice)

    gains = [row.gain for row in cohort_knowledge_gain(cohort) if row.gain.absolute is not None]
    summary = cohort_gain(cohort)
    assert summary.took_both == len(gains) == 3
    assert summary.mean_pre == pytest.approx(mean(float(gain.pre) for gain in gains))
    assert summary.mean_post == pytest.approx(mean(float(gain.post) for gain in gains), abs=0.01)
    normalised = [float(gain.normalised) for gain in gains if gain.normalised is not None]
    assert summary.mean_normalised == pytest.approx(mean(normalised), abs=0.01)
