"""Facilitators' pages for running a cohort: attendance on a session day and enrolment.

What the cohort's learners have done (the progress matrix, its export, one learner's page) is
shown by courses.progress, which stands above cohorts."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models.functions import Upper
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.content.selectors import course_activities, course_outline
from lms.accounts.visibility import is_staff_reader

from .forms import (
    AttendanceForm,
    DueDateForm,
    EnrolByGroupForm,
    EnrolByNumberForm,
    WithdrawalForm,
)
from .models import AttendanceChange, AttendanceStatus, Cohort, EnrolmentStatus
from .services import (
    REINSTATE_NOT_WITHDRAWN,
    AttendanceRefused,
    ReinstatementRefused,
    attendance_mark,
    cohort_enrol,
    enrolment_due_date_set,
    enrolment_reinstate,
    enrolment_withdraw,
)


def cohort_for_staff(request, cohort_id) -> Cohort:
    """A cohort the signed-in person may run or read; 404 for everyone else."""
    if not is_staff_reader(request.user):
        raise PermissionDenied
    return get_object_or_404(
        Cohort.objects.visible_to(request.user).select_related("course"), pk=cohort_id
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_attendance(request, cohort_id, session_id):
    cohort = cohort_for_staff(request, cohort_id)
    session = get_object_or_404(cohort.sessions.select_related("module"), pk=session_id)
    if request.method == "POST":
        form = AttendanceForm(request.POST)
        enrolment = None
        if form.is_valid():
            enrolment = cohort.enrolments.filter(pk=form.cleaned_data["enrolment"]).first()
        if enrolment is None:
            return HttpResponse(
                _("That learner is not in this cohort, or the status is unknown."), status=400
            )
        refusal = None
        try:
            attendance_mark(
                session=session,
                enrolment=enrolment,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
                marked_by=request.user,
            )
        except AttendanceRefused as refused:  # withdrawn since the page was opened
            refusal = refused.message
        if request.headers.get("HX-Request"):
            return render(
                request,
                "cohorts/includes/attendance_state.html",
                {"row": _attendance_row(session, enrolment), "refusal": refusal},
            )
        if refusal:
            messages.error(request, refusal)
        return redirect(request.path + f"#learner-{enrolment.pk}")
    enrolments = list(cohort.enrolments.select_related("learner").order_by("learner__full_name"))
    marks = {record.enrolment_id: record for record in session.attendance.all()}
    changes = list(
        AttendanceChange.objects.filter(record__session=session).select_related(
            "changed_by", "record__enrolment__learner"
        )
    )
    changed = {change.record.enrolment_id for change in changes if change.old_status}
    rows = [
        {
            "enrolment": enrolment,
            "record": marks.get(enrolment.pk),
            "corrected": enrolment.pk in changed,
        }
        for enrolment in enrolments
    ]
    return render(
        request,
        "cohorts/session_attendance.html",
        {
            "cohort": cohort,
            "session": session,
            # Withdrawn learners are not marked; the marks they had are shown apart.
            "rows": [row for row in rows if row["enrolment"].status != EnrolmentStatus.WITHDRAWN],
            "withdrawn_rows": [
                row
                for row in rows
                if row["enrolment"].status == EnrolmentStatus.WITHDRAWN and row["record"]
            ],
            "statuses": AttendanceStatus.choices,
            "changes": changes,
            "simulations": _simulations_for_session(cohort, session),
        },
    )


def _simulations_for_session(cohort, session) -> list:
    """The course's case simulations a facilitator may run live: the day's own first."""
    day_lessons = {
        lesson.pk
        for module, lessons in course_outline(cohort.course)
        if module.pk == session.module_id
        for lesson in lessons
    }
    placements = course_activities(cohort.course).of_type("simulation")
    ordered = sorted(placements, key=lambda placement: placement.lesson_id not in day_lessons)
    return list({placement.activity.pk: placement.activity for placement in ordered}.values())


def _attendance_row(session, enrolment):
    record = session.attendance.filter(enrolment=enrolment).first()
    corrected = AttendanceChange.objects.filter(record=record, old_status__gt="").exists()
    return {"enrolment": enrolment, "record": record, "corrected": corrected}


@login_required
@require_http_methods(["GET", "POST"])
def cohort_enrol_view(request, cohort_id):
    cohort = cohort_for_staff(request, cohort_id)
    group_form = EnrolByGroupForm(cohort=cohort, prefix="group")
    number_form = EnrolByNumberForm(prefix="numbers")
    report = None
    if request.method == "POST":
        User = get_user_model()
        if "group-district" in request.POST:
            group_form = EnrolByGroupForm(request.POST, cohort=cohort, prefix="group")
            if group_form.is_valid():
                people = User.objects.filter(
                    staff_profile__district=group_form.cleaned_data["district"]
                )
                if group_form.cleaned_data["designation"]:
                    people = people.filter(
                        staff_profile__designation=group_form.cleaned_data["designation"]
                    )
                report = cohort_enrol(
                    cohort=cohort, learners=people.order_by("full_name"), enrolled_by=request.user
                )
        else:
            number_form = EnrolByNumberForm(request.POST, prefix="numbers")
            if number_form.is_valid():
                numbers = number_form.cleaned_data["employee_numbers"]
                # Only people of the cohort's districts: a number outside them is answered as one
                # that does not exist, so the page tells no one who works elsewhere.
                people = User.objects.annotate(
                    number=Upper("staff_profile__employee_number")
                ).filter(number__in=numbers, staff_profile__district__in=cohort.districts.all())
                report = cohort_enrol(
                    cohort=cohort, learners=people.order_by("full_name"), enrolled_by=request.user
                )
                found = {person.number for person in people}
                for number in numbers:
                    if number not in found:
                        messages.warning(
                            request,
                            _(
                                "No staff member with employee number %(number)s works in "
                                "this cohort's districts."
                            )
                            % {"number": number},
                        )
    return render(
        request,
        "cohorts/cohort_enrol.html",
        {"cohort": cohort, "group_form": group_form, "number_form": number_form, "report": report},
    )


@login_required
@require_POST
def enrolment_due_date_view(request, cohort_id, enrolment_id):
    cohort = cohort_for_staff(request, cohort_id)
    enrolment = get_object_or_404(cohort.enrolments.select_related("cohort"), pk=enrolment_id)
    form = DueDateForm(request.POST)
    if form.is_valid():
        enrolment_due_date_set(
            enrolment=enrolment, due_date=form.cleaned_data["due_date"], by=request.user
        )
        messages.success(
            request,
            _("The due date is set by hand: a corrected date of joining no longer moves it."),
        )
    else:
        messages.error(request, _("Give the due date as a date, e.g. 2026-03-01."))
    return redirect("progress:cohort_learner", cohort.pk, enrolment.pk)


@login_required
@require_http_methods(["GET", "POST"])
def enrolment_withdraw_view(request, cohort_id, enrolment_id):
    """Ask for a reason and confirmation, then withdraw the learner from the cohort."""
    cohort = cohort_for_staff(request, cohort_id)
    enrolment = get_object_or_404(
        cohort.enrolments.select_related("cohort", "learner"),
        pk=enrolment_id,
        status=EnrolmentStatus.ACTIVE,
    )
    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        enrolment_withdraw(enrolment=enrolment, reason=form.cleaned_data["reason"], by=request.user)
        messages.success(
            request,
            _("%(name)s is withdrawn from %(cohort)s.")
            % {"name": enrolment.learner.full_name, "cohort": cohort.name},
        )
        return redirect("progress:cohort", cohort.pk)
    return render(
        request,
        "cohorts/enrolment_withdraw.html",
        {"cohort": cohort, "enrolment": enrolment, "form": form},
    )


@login_required
@require_http_methods(["GET", "POST"])
def enrolment_reinstate_view(request, cohort_id, enrolment_id):
    """Ask for confirmation, then bring a withdrawn learner back into the cohort."""
    cohort = cohort_for_staff(request, cohort_id)
    enrolment = get_object_or_404(
        cohort.enrolments.select_related("cohort", "learner"), pk=enrolment_id
    )
    if request.method == "POST":
        try:
            enrolment_reinstate(enrolment=enrolment, by=request.user)
        except ReinstatementRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                _("%(name)s is back in %(cohort)s, with their progress, attempts and attendance.")
                % {"name": enrolment.learner.full_name, "cohort": cohort.name},
            )
        return redirect("progress:cohort", cohort.pk)
    if enrolment.status != EnrolmentStatus.WITHDRAWN:
        messages.info(request, REINSTATE_NOT_WITHDRAWN)
        return redirect("progress:cohort", cohort.pk)
    return render(
        request,
        "cohorts/enrolment_reinstate.html",
        {
            "cohort": cohort,
            "enrolment": enrolment,
            "withdrawal": enrolment.withdrawals.select_related("withdrawn_by").first(),
        },
    )
