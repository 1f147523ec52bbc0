"""Facilitators' pages: the cohorts they run, attendance on a session day, enrolment, export."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models.functions import Upper
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.progress.selectors import course_activities
from lms.accounts.roles import Role
from lms.core.spreadsheets import csv_response

from .forms import AttendanceForm, EnrolByGroupForm, EnrolByNumberForm
from .models import AttendanceChange, AttendanceStatus, Cohort, Enrolment
from .selectors import cohort_matrix
from .services import attendance_mark, cohort_enrol


def cohort_for_staff(request, cohort_id) -> Cohort:
    """A cohort the signed-in person may run or read; 404 for everyone else."""
    if request.user.role == Role.LEARNER:
        raise PermissionDenied
    return get_object_or_404(
        Cohort.objects.visible_to(request.user).select_related("course"), pk=cohort_id
    )


@login_required
def cohort_detail(request, cohort_id):
    cohort = cohort_for_staff(request, cohort_id)
    context = {
        "matrix": cohort_matrix(cohort),
        "cohort": cohort,
        "activities": course_activities(cohort.course),
    }
    return render(request, "cohorts/cohort_detail.html", context)


@login_required
def cohort_export(request, cohort_id):
    cohort = cohort_for_staff(request, cohort_id)
    matrix = cohort_matrix(cohort)
    header = [
        _("Employee number"),
        _("Name"),
        _("District"),
        _("Due date"),
        _("Attendance %"),
        _("Progress %"),
    ] + [_("Day %(number)d") % {"number": day.day_number} for day, _title, _session in matrix.days]
    rows = (
        [
            row.enrolment.learner.staff_profile.employee_number,
            row.enrolment.learner.full_name,
            row.enrolment.learner.staff_profile.district or "",
            row.enrolment.due_date.isoformat(),
            row.attendance_percent,
            row.percent,
        ]
        + [
            f"{cell.percent}%"
            + (f" ({AttendanceStatus(cell.attendance).label})" if cell.attendance else "")
            for cell in row.cells
        ]
        for row in matrix.rows
    )
    return csv_response(f"cohort-{cohort.pk}-progress.csv", header, rows)


@login_required
def learner_detail(request, cohort_id, enrolment_id):
    from courses.progress.selectors import learner_course_progress

    cohort = cohort_for_staff(request, cohort_id)
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("learner", "learner__staff_profile"),
        pk=enrolment_id,
        cohort=cohort,
    )
    progress = learner_course_progress(
        learner=enrolment.learner, course=cohort.course, enrolment=enrolment
    )
    records = enrolment.attendance.select_related("session__module").order_by("session__date")
    return render(
        request,
        "cohorts/learner_detail.html",
        {
            "cohort": cohort,
            "enrolment": enrolment,
            "course_progress": progress,
            "attendance": records,
        },
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
        attendance_mark(
            session=session,
            enrolment=enrolment,
            status=form.cleaned_data["status"],
            note=form.cleaned_data["note"],
            marked_by=request.user,
        )
        if request.headers.get("HX-Request"):
            return render(
                request, "cohorts/includes/attendance_row.html", _attendance_row(session, enrolment)
            )
        return redirect(request.path + f"#learner-{enrolment.pk}")
    enrolments = list(cohort.enrolments.select_related("learner").order_by("learner__full_name"))
    marks = {record.enrolment_id: record for record in session.attendance.all()}
    changed = set(
        AttendanceChange.objects.filter(record__session=session, old_status__gt="").values_list(
            "record__enrolment_id", flat=True
        )
    )
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
        {"cohort": cohort, "session": session, "rows": rows, "statuses": AttendanceStatus.choices},
    )


def _attendance_row(session, enrolment):
    record = session.attendance.filter(enrolment=enrolment).first()
    corrected = AttendanceChange.objects.filter(record=record, old_status__gt="").exists()
    return {
        "session": session,
        "cohort": session.cohort,
        "row": {"enrolment": enrolment, "record": record, "corrected": corrected},
        "statuses": AttendanceStatus.choices,
    }


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
                people = User.objects.annotate(
                    number=Upper("staff_profile__employee_number")
                ).filter(number__in=numbers)
                report = cohort_enrol(
                    cohort=cohort, learners=people.order_by("full_name"), enrolled_by=request.user
                )
                found = {person.number for person in people}
                for number in numbers:
                    if number not in found:
                        messages.warning(
                            request,
                            _("No staff member has employee number %(number)s.")
                            % {"number": number},
                        )
    return render(
        request,
        "cohorts/cohort_enrol.html",
        {"cohort": cohort, "group_form": group_form, "number_form": number_form, "report": report},
    )
