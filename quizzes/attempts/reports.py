"""Facilitators' and the Commission's quiz pages: reports (each in a fixed number of queries)
and the grant of more attempts or time to one learner."""

from collections import defaultdict
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    FloatField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast
from django.db.models.lookups import Exact
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.cohorts.models import Cohort, Enrolment
from lms.accounts.visibility import is_staff_reader, learners_visible_q
from lms.core.grading import GradingMethod, grade_pick
from lms.core.spreadsheets import SPREADSHEET_FORMATS, spreadsheet_response
from quizzes.bank.models import Question
from quizzes.grading import AttemptResult, QuestionType
from quizzes.statistics import KnowledgeGain, item_statistics, score_distribution

from . import services
from .models import AttemptQuestion, AttemptState, Quiz, QuizAttempt, QuizOverride, QuizPurpose


def quiz_report_data(quiz: Quiz, learners: Q) -> dict:
    """The quiz's graded attempts among those the lookup ``learners`` (on the attempt) keeps."""
    attempts = dict(
        QuizAttempt.objects.filter(learners, quiz=quiz, state=AttemptState.GRADED).values_list(
            "pk", "percent"
        )
    )
    rows = AttemptQuestion.objects.filter(attempt_id__in=list(attempts)).values(
        "attempt_id", "question_id", "fraction", "answer", "snapshot"
    )
    # Answers in every language count towards the English question they translate; the wrong
    # choices are named by the English option in the same place.
    rows = list(rows)
    originals = {
        question.pk: question
        for question in Question.objects.filter(
            pk__in={row["question_id"] for row in rows}
        ).prefetch_related("options")
    }
    by_question = defaultdict(lambda: {"scores": {}, "wrong": []})
    for row in rows:
        item = by_question[row["question_id"]]
        item["scores"][row["attempt_id"]] = float(row["fraction"] or 0)
        if row["snapshot"]["type"] in (
            QuestionType.SINGLE,
            QuestionType.TRUE_FALSE,
            QuestionType.MULTIPLE,
        ):
            chosen = row["answer"] if isinstance(row["answer"], list) else [row["answer"]]
            english = [o.text for o in originals[row["question_id"]].options.all()]
            item["wrong"].extend(
                english[place] if place < len(english) else option["text"]
                for place, option in enumerate(row["snapshot"]["options"])
                if option["id"] in chosen and not option["is_correct"]
            )
    totals = {pk: float(percent) for pk, percent in attempts.items()}
    items = [
        item_statistics(
            question_id=pk,
            text=originals[pk].text,
            scores=data["scores"],
            totals=totals,
            wrong_choices=data["wrong"],
        )
        for pk, data in sorted(by_question.items())
    ]
    return {
        "attempt_count": len(attempts),
        "distribution": score_distribution(list(totals.values())),
        "items": items,
    }


@login_required
def quiz_report(request, quiz_id):
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    if not is_staff_reader(request.user):
        raise PermissionDenied
    data = quiz_report_data(quiz, learners_visible_q(request.user, prefix="learner__"))
    return render(request, "attempts/quiz_report.html", {"quiz": quiz, **data})


@dataclass
class GainRow:
    enrolment: Enrolment
    gain: KnowledgeGain


def cohort_knowledge_gain(cohort: Cohort) -> list[GainRow]:
    """Each learner's pre-test and post-test grades (by each quiz's grading method) and the gain."""
    enrolments = list(
        cohort.enrolments.select_related("learner", "learner__staff_profile").order_by(
            "learner__full_name"
        )
    )
    quizzes = {
        quiz.pk: quiz
        for quiz in Quiz.objects.filter(purpose__in=[QuizPurpose.PRE_TEST, QuizPurpose.POST_TEST])
    }
    results = defaultdict(list)
    for attempt in QuizAttempt.objects.filter(
        quiz_id__in=list(quizzes),
        learner_id__in=[e.learner_id for e in enrolments],
        submitted_at__isnull=False,
    ):
        results[(attempt.learner_id, quizzes[attempt.quiz_id].purpose)].append(
            (
                attempt.quiz_id,
                AttemptResult(
                    number=attempt.number, marks=attempt.marks, max_marks=attempt.max_marks
                ),
            )
        )

    def grade(learner_id, purpose):
        attempts = results.get((learner_id, purpose), [])
        if not attempts:
            return None
        quiz = quizzes[attempts[0][0]]
        return grade_pick(quiz.grading_method, [result for _quiz, result in attempts]).percent

    return [
        GainRow(
            enrolment,
            KnowledgeGain(
                pre=grade(enrolment.learner_id, QuizPurpose.PRE_TEST),
                post=grade(enrolment.learner_id, QuizPurpose.POST_TEST),
            ),
        )
        for enrolment in enrolments
    ]


@dataclass(frozen=True)
class CohortGain:
    """The cohort's row: means over the learners who took both tests (the gain over those whose
    pre-test was not already perfect)."""

    took_both: int
    mean_pre: float | None
    mean_post: float | None
    mean_normalised: float | None


def _test_grade(purpose: QuizPurpose):
    """The enrolled learner's grade on the cohort's pre- or post-test, by the quiz's grading method
    as grade_pick applies it: first and last take that attempt (no grade while it awaits
    marking); highest and average leave out attempts awaiting marking (percent NULL)."""
    attempts = QuizAttempt.objects.filter(
        learner=OuterRef("learner"), quiz__purpose=purpose, submitted_at__isnull=False
    ).order_by("quiz", "number")
    method = Subquery(attempts.values("quiz__grading_method")[:1])

    def over_attempts(aggregate):
        return Subquery(
            attempts.order_by().values("learner").annotate(grade=aggregate).values("grade")
        )

    def taken(order):
        return Subquery(attempts.order_by(order).values("percent")[:1])

    return Cast(
        Case(
            When(Exact(method, GradingMethod.HIGHEST), then=over_attempts(Max("percent"))),
            When(Exact(method, GradingMethod.AVERAGE), then=over_attempts(Avg("percent"))),
            When(Exact(method, GradingMethod.FIRST), then=taken("number")),
            When(Exact(method, GradingMethod.LAST), then=taken("-number")),
        ),
        FloatField(),
    )


def cohort_gain(cohort: Cohort) -> CohortGain:
    """The cohort's mean pre-test, mean post-test and mean normalised gain, in one query."""
    both = (
        cohort.enrolments.annotate(
            pre=_test_grade(QuizPurpose.PRE_TEST), post=_test_grade(QuizPurpose.POST_TEST)
        )
        .filter(pre__isnull=False, post__isnull=False)
        .annotate(
            normalised=Case(
                When(pre__lt=100, then=(F("post") - F("pre")) / (Value(100.0) - F("pre"))),
                output_field=FloatField(),
            )
        )
    )
    means = both.aggregate(
        took_both=Count("pk"),
        mean_pre=Avg("pre"),
        mean_post=Avg("post"),
        mean_normalised=Avg("normalised"),
    )
    return CohortGain(**means)


@login_required
def knowledge_gain(request, cohort_id):
    if not is_staff_reader(request.user):
        raise PermissionDenied
    cohort = get_object_or_404(Cohort.objects.visible_to(request.user), pk=cohort_id)
    rows = cohort_knowledge_gain(cohort)
    if (kind := request.GET.get("format")) in SPREADSHEET_FORMATS:
        header = [
            _("Employee number"),
            _("Name"),
            _("Pre-test %"),
            _("Post-test %"),
            _("Gain (points)"),
            _("Normalised gain"),
        ]
        lines = []
        for row in rows:
            profile = getattr(row.enrolment.learner, "staff_profile", None)
            gain = row.gain
            lines.append(
                [
                    profile.employee_number if profile else "",
                    row.enrolment.learner.full_name,
                    *(gain.pre, gain.post, gain.absolute, gain.normalised),
                ]
            )
        return spreadsheet_response(
            kind, f"cohort-{cohort.pk}-knowledge-gain", header, lines, title=_("Knowledge gain")
        )
    context = {"cohort": cohort, "rows": rows, "summary": cohort_gain(cohort)}
    return render(request, "attempts/knowledge_gain.html", context)


class GrantForm(forms.Form):
    quiz = forms.ModelChoiceField(label=gettext_lazy("Quiz"), queryset=Quiz.objects.order_by("pk"))
    extra_attempts = forms.IntegerField(
        label=gettext_lazy("Extra attempts"), min_value=0, max_value=10, initial=1
    )
    extra_minutes = forms.IntegerField(
        label=gettext_lazy("Extra minutes"), min_value=0, max_value=240, initial=0
    )
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=255)


@login_required
def grant_extension(request, cohort_id, enrolment_id):
    """Give one learner of a cohort an extra attempt or more time on a quiz."""
    if not is_staff_reader(request.user):
        raise PermissionDenied
    cohort = get_object_or_404(Cohort.objects.visible_to(request.user), pk=cohort_id)
    enrolment = get_object_or_404(cohort.enrolments.select_related("learner"), pk=enrolment_id)
    form = GrantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.quiz_override_grant(
                learner=enrolment.learner, by=request.user, **form.cleaned_data
            )
        except services.AttemptRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("Granted to %(name)s.") % {"name": enrolment.learner.full_name}
            )
            return redirect("progress:cohort_learner", cohort.pk, enrolment.pk)
    grants = QuizOverride.objects.filter(learner=enrolment.learner).select_related(
        "quiz", "granted_by"
    )
    return render(
        request,
        "attempts/grant.html",
        {"cohort": cohort, "enrolment": enrolment, "form": form, "grants": grants},
    )
