from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Prefetch, Q
from django.shortcuts import render
from django.utils import timezone

from courses.cohorts.models import (
    AttendanceRecord,
    AttendanceStatus,
    Cohort,
    CohortSession,
    EnrolmentStatus,
)
from courses.content.structure import site_remember
from courses.progress.selectors import learner_course_progress, learner_enrolment
from lms.accounts.roles import Role
from lms.core.offline import cache_owner
from lms.offline.selectors import offline_days_of
from lms.organisation.models import Designation, StaffProfile
from quizzes.simulations.selectors import debriefs_due

from .selectors import district_staff_overview

HOME_TEMPLATES = {
    Role.LEARNER: "home/learner.html",
    Role.FACILITATOR: "home/facilitator.html",
    Role.COMMISSION: "home/overview.html",
    Role.ADMINISTRATOR: "home/overview.html",
}


@login_required
def home(request):
    """Each role lands on its own home: My training, My cohorts, or the Commission overview."""
    role = Role(request.user.role)
    context = {"role": role}
    if role == Role.LEARNER:
        site_remember(request)  # for the links to the course's pages
        context.update(_my_training(request.user))
    elif role == Role.FACILITATOR:
        context["cohorts"] = _cohorts_with_counts(
            Cohort.objects.run_by(request.user)
        ).prefetch_related(
            Prefetch(
                "sessions",
                queryset=CohortSession.objects.filter(date=timezone.localdate()).select_related(
                    "module"
                ),
                to_attr="sessions_today",
            )
        )
        context["debriefs_due"] = debriefs_due(request.user)
    else:
        context["cohorts"] = _cohorts_with_counts(Cohort.objects.all())
        districts = district_staff_overview()
        context["designations"] = Designation.choices
        context["overview_rows"] = [
            (district, [getattr(district, value) for value in Designation.values])
            for district in districts
        ]
    return render(request, HOME_TEMPLATES[role], context)


@dataclass(frozen=True)
class AttendanceLine:
    day_number: int
    status: str

    @property
    def label(self) -> str:
        return AttendanceStatus(self.status).label


def _my_training(user) -> dict:
    enrolment = learner_enrolment(user)
    context = {"enrolment": enrolment}
    if enrolment:
        progress = learner_course_progress(
            learner=user, course=enrolment.course, enrolment=enrolment
        )
        context["course_progress"] = progress
        context["offline_days"] = offline_days_of(progress, cache_owner(user))
        context["due_date"] = enrolment.due_date
        context["attendance"] = _attendance(enrolment, progress)
    elif profile := StaffProfile.objects.filter(user=user).first():
        context["profile"] = profile
        context["due_date"] = profile.course_due_date
    if "due_date" in context:
        days_left = (context["due_date"] - timezone.localdate()).days
        context["days_left"] = days_left
        context["days_overdue"] = max(0, -days_left)
    return context


def _attendance(enrolment, progress) -> list[AttendanceLine]:
    """The learner's marked session days, in date order (day numbers from the cached course
    tree: a day's page row is wide)."""
    day_numbers = {row.day.pk: row.day.day_number for row in progress.days}
    marks = (
        AttendanceRecord.objects.filter(enrolment=enrolment)
        .order_by("session__date")
        .values_list("session__module_id", "status")
    )
    return [
        AttendanceLine(day_numbers[module_id], status)
        for module_id, status in marks
        if module_id in day_numbers
    ]


def _cohorts_with_counts(cohorts):
    return (
        cohorts.select_related("course")
        .annotate(
            learner_count=Count(
                "enrolments", filter=~Q(enrolments__status=EnrolmentStatus.WITHDRAWN)
            )
        )
        .order_by("status", "name")
    )
