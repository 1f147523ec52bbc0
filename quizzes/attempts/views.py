"""The learner's side of a quiz: start, answer (saved as they go), submit, and the result."""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.content.models import LessonPage
from courses.progress.access import StaffReader, activity_access, activity_lesson
from lms.accounts.roles import reads_every_course
from lms.accounts.visibility import is_staff_reader, learners_visible_q
from lms.core.errors import expects_json, json_error

from . import policy, services
from .forms import answer_from_post, answer_marker
from .models import Quiz, QuizAttempt
from .presenters import attempt_review, question_views


def _json_errors(view):
    """A JSON request (the page saving as the learner goes) gets a refusal as JSON, not a page."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not expects_json(request):
            return view(request, *args, **kwargs)
        if not request.user.is_authenticated:
            return json_error(_("Sign in again to save your answers."), 401)
        try:
            return view(request, *args, **kwargs)
        except Http404 as error:
            message = str(error) or _("This attempt was not found.")
            return json_error(message, 404)
        except PermissionDenied as error:
            message = str(error) or _("You may not answer this quiz now.")
            return json_error(message, 403)

    return wrapped


def _own_attempt(request, attempt_id, *, continuing=True) -> QuizAttempt:
    """The signed-in learner's attempt; anyone else's is not found. Going on with it (`continuing`)
    needs the quiz to be open to them still, as starting it did (courses.progress.access)."""
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz"), pk=attempt_id, learner=request.user
    )
    if continuing:
        activity_lesson(request.user, block_type="quiz", activity=attempt.quiz)
    return attempt


@login_required
@require_POST
def quiz_start(request, quiz_id):
    """Start (or resume) a quiz placed in a lesson open to the learner: the lesson posted, or the
    first open lesson of their course that places it."""
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    lesson = LessonPage.objects.filter(pk=request.POST.get("lesson") or 0).first()
    if lesson is not None:
        activity_access(request.user, lesson=lesson, block_type="quiz", activity=quiz)
    elif reads_every_course(request.user):
        raise StaffReader(
            _("Staff read lessons without taking their activities; learners' attempts count.")
        )
    else:
        activity_lesson(request.user, block_type="quiz", activity=quiz)
    try:
        attempt = services.attempt_start(quiz=quiz, learner=request.user)
    except services.AttemptRefused as refusal:
        back = request.POST.get("next", "")
        context = {
            "quiz": quiz,
            "reason": str(refusal),
            "back": back if back.startswith("/") else "/",
        }
        return render(request, "attempts/refused.html", context, status=409)
    return redirect("attempts:attempt", attempt.pk)


@login_required
def attempt_page(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_submitted:
        return redirect("attempts:result", attempt.pk)
    if attempt.deadline and timezone.now() > attempt.deadline + services.DEADLINE_GRACE:
        services.attempt_submit(attempt=attempt, by=request.user, now=attempt.deadline)
        messages.warning(request, _("The time limit passed; your saved answers were submitted."))
        return redirect("attempts:result", attempt.pk)
    return render(
        request, "attempts/attempt.html", {"attempt": attempt, "questions": question_views(attempt)}
    )


@_json_errors
@login_required
@require_POST
def answer_save_view(request, attempt_id):
    """Save the answers in the form: one question (as the learner goes) or all of them.

    A whole-form post (Save, Submit, Clear) saves only the questions whose answer differs from the
    one the page showed (its `marker-q<n>` field): an old or reloaded page never blanks answers
    saved since. A question's "Clear my answer" button (`clear=<n>`) is the one way to blank it.
    Saves check what courses.progress.access says a started attempt's saves check."""
    asked = [int(p) for p in request.POST.getlist("position") if p.isdigit()]
    cleared = {int(p) for p in request.POST.getlist("clear") if p.isdigit()}

    def answer_of(row):
        if row.position in cleared:
            return None
        answer = answer_from_post(row.snapshot, request.POST, f"q{row.position}")
        shown = request.POST.get(f"marker-q{row.position}")
        if shown == answer_marker(row.snapshot["type"], answer):
            return services.UNCHANGED  # as the page showed it: what is saved stands
        return answer

    try:
        saved = services.answers_save(
            attempt_id=attempt_id,
            learner=request.user,
            positions=asked or None,
            answer_of=answer_of,
            enrolled_only=True,
        )
    except (QuizAttempt.DoesNotExist, PermissionError) as error:
        raise Http404 from error
    except services.AttemptRefused as refusal:
        if request.headers.get("Accept") == "application/json":
            closed = isinstance(refusal, services.AttemptSubmitted | services.DeadlinePassed)
            return json_error(str(refusal), 409 if closed else 400, refusal.code)
        messages.error(request, str(refusal))
        return redirect("attempts:attempt", attempt_id)
    if request.headers.get("Accept") == "application/json":
        if not saved:
            return JsonResponse({})
        last = saved[-1]
        return JsonResponse(
            {
                "saved_at": time_format(timezone.localtime(last.saved_at), "H:i"),
                "marker": answer_marker(last.snapshot["type"], last.answer),
            }
        )
    if "submit" in request.POST:
        return attempt_submit_view(request, attempt_id)
    if cleared:
        messages.success(request, _("Your answer is cleared."))
    else:
        messages.success(request, _("Your answers are saved."))
    return redirect("attempts:attempt", attempt_id)


@login_required
@require_POST
def attempt_submit_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    services.attempt_submit(attempt=attempt, by=request.user)
    return redirect("attempts:result", attempt.pk)


@login_required
def attempt_result(request, attempt_id):
    """The learner's result; their facilitators and the Commission read it too, with each
    answer's mark and a link to its marking history. Other learners' results are not found."""
    # A learner keeps reading their own results after the course (no access check).
    readable = QuizAttempt.objects.filter(learner=request.user)
    if is_staff_reader(request.user):
        readable |= QuizAttempt.objects.filter(learners_visible_q(request.user, prefix="learner__"))
    attempt = get_object_or_404(
        readable.select_related("quiz", "learner"), pk=attempt_id, submitted_at__isnull=False
    )
    key = policy.key_visible(attempt, request.user)
    review = attempt_review(attempt, key=key)
    if key and review:
        services.attempt_key_shown(attempt=attempt, viewer=request.user)
    context = {
        "attempt": attempt,
        "grade": services.learner_quiz_grade(quiz=attempt.quiz, learner=attempt.learner),
        "review": review,
        "key_held": not key,
    }
    if attempt.learner_id != request.user.pk:
        context["answers"] = attempt.questions.annotate(changes=Count("mark_changes")).order_by(
            "position"
        )
    return render(request, "attempts/result.html", context)
