"""The trainee's side of a case simulation (start from a lesson, one step at a time, the
result), and the CMS's import and export of a simulation file."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from courses.content.models import LessonPage
from courses.progress.access import activity_access, activity_lesson
from lms.core.errors import expects_json, json_error

from . import services
from .models import RISK_LEVEL_LABELS, Simulation, SimulationAttempt
from .presenters import attempt_path, attempt_scores, outcome_step, response_time_choices
from .rules import Choice, StepKind
from .transfer import MAX_FILE_BYTES, may_import_simulations, simulation_export, simulation_import


def _own_attempt(request, attempt_id, *, continuing=True) -> SimulationAttempt:
    """The signed-in trainee's attempt; anyone else's is not found. Going on with it (`continuing`)
    needs its lesson to be open to them still, as starting it did (courses.progress.access)."""
    attempt = get_object_or_404(
        SimulationAttempt.objects.select_related("simulation", "lesson"),
        pk=attempt_id,
        learner=request.user,
    )
    if continuing and attempt.lesson is not None:
        activity_access(
            request.user,
            lesson=attempt.lesson,
            block_type="simulation",
            activity=attempt.simulation,
        )
    elif continuing:
        activity_lesson(request.user, block_type="simulation", activity=attempt.simulation)
    return attempt


@login_required
@require_POST
def simulation_start_view(request, simulation_id):
    """Start (or resume) a simulation placed in a lesson the trainee may read."""
    lesson = get_object_or_404(LessonPage, pk=request.POST.get("lesson") or 0)
    simulation = get_object_or_404(Simulation, pk=simulation_id)
    simulation = simulation.get_translation_or_none(Locale.get_default()) or simulation
    access, _block = activity_access(
        request.user, lesson=lesson, block_type="simulation", activity=simulation
    )
    try:
        attempt = services.simulation_start(
            simulation=simulation, learner=request.user, lesson=access.lesson
        )
    except services.SimulationRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(lesson.url)
    return redirect("simulations:play", attempt.pk)


@login_required
def simulation_play(request, attempt_id):
    """The current step, with the feedback on the choice just made."""
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_finished:
        return redirect("simulations:result", attempt.pk)
    graph = attempt.graph
    state = attempt.state
    last_move = attempt.moves.order_by("-sequence").first()
    context = {
        "attempt": attempt,
        "snapshot": attempt.snapshot,
        "step": graph.step(state.step),
        "is_decision": graph.step(state.step).kind == StepKind.DECISION,
        "state": state,
        "last_move": last_move,
        "last_option": graph.step(last_move.step_key).options[last_move.option_index]
        if last_move
        else None,
        "risk_levels": RISK_LEVEL_LABELS.items(),
        "response_times": response_time_choices(graph),
    }
    return render(request, "simulations/play.html", context)


def _choice_from_post(post) -> Choice:
    try:
        option = int(post.get("option", ""))
        response = post.get("response", "")
        response_minutes = int(response) if response else None
        sequence = int(post.get("sequence", ""))
    except ValueError as problem:
        raise services.SimulationRefused(_("Choose one of the options.")) from problem
    return sequence, Choice(
        option=option, risk=post.get("risk", ""), response_minutes=response_minutes
    )


@login_required
@require_POST
def simulation_choose_view(request, attempt_id):
    """Record a choice and show the next step. A script's request (a choice queued offline, sent
    once the connection is back) gets JSON: where the case went on, or the refusal and its code."""
    attempt = _own_attempt(request, attempt_id)
    try:
        sequence, choice = _choice_from_post(request.POST)
        services.simulation_choose(
            attempt_id=attempt.pk,
            learner=request.user,
            step_key=request.POST.get("step", ""),
            sequence=sequence,
            choice=choice,
        )
    except services.SimulationRefused as refusal:
        if expects_json(request):
            return json_error(str(refusal), 409, refusal.code)
        messages.error(request, str(refusal))
    if expects_json(request):
        return JsonResponse({"next": reverse("simulations:play", args=[attempt.pk])})
    return redirect("simulations:play", attempt.pk)


@login_required
def simulation_result(request, attempt_id):
    # A trainee keeps reading their own results after the course (no access check).
    attempt = _own_attempt(request, attempt_id, continuing=False)
    if not attempt.is_finished:
        return redirect("simulations:play", attempt.pk)
    return render(request, "simulations/result.html", _result_context(attempt))


def _result_context(attempt: SimulationAttempt) -> dict:
    return {
        "attempt": attempt,
        "snapshot": attempt.snapshot,
        "outcome": outcome_step(attempt),
        "scores": attempt_scores(attempt),
        "path": attempt_path(attempt),
        "lesson": attempt.lesson,
    }


class SimulationFileForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Simulation file (YAML)"))

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return uploaded


class SimulationImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a simulation file: imported whole, or nothing and every problem listed."""

    page_title = gettext_lazy("Import a simulation")
    header_icon = "upload"
    template_name = "simulations/admin/simulation_import.html"
    form_class = SimulationFileForm

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not may_import_simulations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        report = simulation_import(content=form.cleaned_data["file"].read(), by=self.request.user)
        return self.render_to_response(
            self.get_context_data(form=SimulationFileForm(), report=report)
        )


class SimulationExportView(View):
    """Download a simulation as its YAML file."""

    def get(self, request, simulation_id):
        simulation = get_object_or_404(Simulation, pk=simulation_id)
        text = simulation_export(simulation=simulation, by=request.user)
        response = HttpResponse(text, content_type="application/yaml; charset=utf-8")
        name = simulation.code or f"simulation-{simulation.pk}"
        response["Content-Disposition"] = f'attachment; filename="{name}.yaml"'
        return response
