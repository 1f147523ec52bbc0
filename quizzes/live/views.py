"""The live class's pages: the facilitator's projector and controls, the trainees' phones.

Both poll a small fragment every second with the version they show (`?v=`); the answer is
204 No Content while nothing changed (decided by the cache; the database is asked only who may
see the run), else the new fragment.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_POST

from courses.cohorts.models import Cohort
from lms.accounts.roles import can_join_live_class, can_run_cohort
from lms.core.qr import qr_code, qr_png
from quizzes.simulations.models import RISK_LEVEL_LABELS, Simulation
from quizzes.simulations.rules import Choice

from . import services
from .changes import change_tokens
from .models import LiveRun
from .rules import response_value
from .selectors import run_read, trainee_votes, votes_by_trainee, votes_read


def _run(run_id) -> LiveRun:
    return get_object_or_404(LiveRun.objects.select_related("cohort", "simulation"), pk=run_id)


def _run_for_facilitator(request, run_id) -> LiveRun:
    run = _run(run_id)
    if not can_run_cohort(request.user, run.cohort):
        raise PermissionDenied
    return run


def _run_for_trainee(request, run_id) -> LiveRun:
    run = _run(run_id)
    services.LiveJoinDenied.unless(can_join_live_class(request.user, run.cohort))
    return run


def _unchanged(request, version: str) -> bool:
    return request.GET.get("v") == version


def _no_content() -> HttpResponse:
    return HttpResponse(status=204)


def _join_url(request, run: LiveRun) -> str:
    return request.build_absolute_uri(reverse("live:join") + f"?code={run.code}")


# --- The facilitator -----------------------------------------------------------------------


@login_required
@require_POST
def live_start_view(request, cohort_id):
    """Start (or go back to) a live run of a simulation for the cohort: from its session page."""
    cohort = get_object_or_404(Cohort.objects.visible_to(request.user), pk=cohort_id)
    simulation = get_object_or_404(Simulation, pk=request.POST.get("simulation") or 0)
    session = cohort.sessions.filter(pk=request.POST.get("session") or 0).first()
    try:
        run = services.live_run_start(
            simulation=simulation, cohort=cohort, session=session, by=request.user
        )
    except services.LiveRefused as refusal:
        messages.error(request, str(refusal))
        if session:
            return redirect("cohorts:attendance", cohort.pk, session.pk)
        return redirect("progress:cohort", cohort.pk)
    return redirect("live:projector", run.pk)


def _projector_context(request, run: LiveRun, error: str = "") -> dict:
    state_token, votes_token = change_tokens(run.pk)
    return {
        "run": run,
        "error": error,
        "read": run_read(run, get_language()),
        "version": f"{state_token}.{votes_token}",
        "join_url_base": request.build_absolute_uri(reverse("live:join")),
        "risk_levels": RISK_LEVEL_LABELS.items(),
    }


@login_required
@never_cache
@require_GET
def live_projector(request, run_id):
    """What the room sees: the join code and QR, the case, the votes, the facilitator's controls."""
    run = _run_for_facilitator(request, run_id)
    return render(request, "live/projector.html", _projector_context(request, run))


@login_required
@never_cache
@require_GET
def live_projector_poll(request, run_id):
    run = _run_for_facilitator(request, run_id)
    state_token, votes_token = change_tokens(run.pk)
    if _unchanged(request, f"{state_token}.{votes_token}"):
        return _no_content()
    run.refresh_from_db()
    return render(request, "live/_projector_panel.html", _projector_context(request, run))


def _choice_from_post(post) -> Choice:
    try:
        option = int(post.get("option", ""))
        response = post.get("response", "")
        response_minutes = int(response) if response else None
    except ValueError as problem:
        raise services.LiveRefused(_("Choose one of the options.")) from problem
    return Choice(option=option, risk=post.get("risk", ""), response_minutes=response_minutes)


@login_required
@require_POST
def live_control(request, run_id):
    """The facilitator's buttons: close the vote, follow an option, pause, go on, step back,
    finish."""
    run = _run_for_facilitator(request, run_id)
    action, error = request.POST.get("action", ""), ""
    try:
        if action == "close":
            services.live_vote_close(run=run, by=request.user)
        elif action == "follow":
            choice = _choice_from_post(request.POST)
            services.live_run_follow(run=run, by=request.user, choice=choice)
        elif action in ("pause", "resume"):
            services.live_run_pause(run=run, by=request.user, paused=action == "pause")
        elif action == "back":
            services.live_run_step_back(run=run, by=request.user)
        elif action == "finish":
            services.live_run_finish(run=run, by=request.user)
        else:
            raise services.LiveRefused(_("That is not something the projector can do."))
    except services.LiveRefused as refusal:
        error = str(refusal)
    if request.headers.get("HX-Request"):
        run.refresh_from_db()
        context = _projector_context(request, run, error)
        return render(request, "live/_projector_panel.html", context)
    if error:
        messages.error(request, error)
    return redirect("live:projector", run.pk)


@login_required
@cache_control(private=True, max_age=3600)  # the code stays the same for the run's life
@require_GET
def live_qr(request, run_id):
    """The QR code of the join link, for the projector."""
    run = _run_for_facilitator(request, run_id)
    return HttpResponse(qr_png(qr_code(_join_url(request, run))), content_type="image/png")


# --- The trainees --------------------------------------------------------------------------


@login_required
@require_GET
def live_join(request):
    """Type the code from the projector (or scan its QR code, which opens this with the code)."""
    code = request.GET.get("code", "")
    if code:
        try:
            run = services.live_run_join(code=code, trainee=request.user)
        except services.LiveRefused as refusal:
            return render(request, "live/join.html", {"code": code, "error": str(refusal)})
        return redirect("live:phone", run.pk)
    return render(request, "live/join.html", {"code": ""})


def _phone_context(run: LiveRun, user, error: str = "") -> dict:
    state_token, _votes = change_tokens(run.pk)
    read = run_read(run, get_language())
    vote = trainee_votes(run, user).get(read.current.live.pk)
    return {
        "run": run,
        "read": read,
        "vote": vote,
        "vote_response": response_value(vote.response_minutes) if vote else None,
        "vote_option": read.current.step.options[vote.option_index] if vote else None,
        "error": error,
        "version": state_token,
        "risk_levels": RISK_LEVEL_LABELS.items(),
    }


@login_required
@never_cache
def live_phone(request, run_id):
    """A trainee's phone: the current step and their vote. Reopened after sleep, it shows the
    step the class is at now."""
    run = _run_for_trainee(request, run_id)
    if request.method == "POST":
        error = ""
        try:
            services.live_vote_cast(
                run=run,
                trainee=request.user,
                sequence=int(request.POST.get("sequence") or 0),
                choice=_choice_from_post(request.POST),
            )
        except (services.LiveRefused, ValueError) as refusal:
            error = str(refusal) if isinstance(refusal, services.LiveRefused) else ""
            error = error or _("Choose one of the options.")
        if not request.headers.get("HX-Request"):
            if error:
                messages.error(request, error)
            return redirect("live:phone", run.pk)
        run.refresh_from_db()
        context = _phone_context(run, request.user, error)
        return render(request, "live/_phone_panel.html", context)
    return render(request, "live/phone.html", _phone_context(run, request.user))


@login_required
@never_cache
@require_GET
def live_phone_poll(request, run_id):
    run = _run_for_trainee(request, run_id)
    state_token, _votes = change_tokens(run.pk)
    if _unchanged(request, state_token):
        return _no_content()
    return render(request, "live/_phone_panel.html", _phone_context(run, request.user))


@login_required
@require_GET
def live_record(request, run_id):
    """The votes of the session as kept: a trainee's own, or every trainee's for those who run
    the cohort. A record of the session, not a graded attempt."""
    run = _run(run_id)
    is_facilitator = can_run_cohort(request.user, run.cohort)
    if not is_facilitator:
        services.LiveJoinDenied.unless(can_join_live_class(request.user, run.cohort))
    read = run_read(run, get_language())
    context = {"run": run, "read": read, "is_facilitator": is_facilitator}
    if is_facilitator:
        context["trainees"] = [
            (person, votes_read(read, votes)) for person, votes in votes_by_trainee(run)
        ]
    else:
        context["mine"] = votes_read(read, trainee_votes(run, request.user))
    return render(request, "live/record.html", context)
