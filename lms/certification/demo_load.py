"""Demo certificates: staff trained in an earlier batch, one certificate in each state the
registry knows (valid, expiring within 30 days, expired, revoked, superseded by a refresher,
awaiting approval). Built through the services real data uses."""

import datetime

from django.db import transaction
from django.utils import timezone

from courses.cohorts.models import Cohort, CohortStatus, Enrolment, EnrolmentStatus
from courses.content.models import CertificateIssue
from courses.demo.load import curriculum_files, demo_course_load
from lms.organisation.models import District, StaffProfile

from . import services
from .models import Certificate

# employee number -> (state shown in the demo, days since issue)
STORIES = {
    "KP-CPU-0901": ("valid", 60),
    "KP-CPU-0902": ("expiring", 712),
    "KP-CPU-0903": ("expired", 800),
    "KP-CPU-0904": ("revoked", 120),
    "KP-CPU-0905": ("superseded", 700),
    "KP-CPU-0906": ("pending", None),
}
REVOCATION_REASON = (
    "Issued in error: the attendance register of the last session day was corrected after "
    "issue, and the attendance fell below the course's minimum."
)


@transaction.atomic
def demo_certificates_load(*, course, facilitator, commission_officer) -> None:
    if Certificate.objects.exists():
        return
    profiles = {
        profile.employee_number: profile
        for profile in StaffProfile.objects.filter(employee_number__in=STORIES).select_related(
            "user", "district"
        )
    }
    past = _past_cohort(course, "Peshawar batch 2024", facilitator, profiles.values())
    refresher = demo_course_load(
        curriculum_files()[-1:],
        code="cpcm-refresher",
        title="Refresher: Child Protection Case Management",
    )
    course.refresher_course = refresher
    course.certificate_issue = CertificateIssue.APPROVAL
    course.save_revision().publish()
    today = timezone.localdate()
    for number, (story, days_ago) in STORIES.items():
        profile = profiles[number]
        if story == "pending":
            # The course asks for approval.
            services.certificate_issue(enrolment=_completed_enrolment(past, profile, today))
            continue
        issued_on = today - datetime.timedelta(days=days_ago)
        certificate = services.certificate_issue(
            enrolment=_completed_enrolment(past, profile, issued_on), issued_on=issued_on
        )
        if story == "revoked":
            services.certificate_revoke(
                certificate=certificate, by=commission_officer, reason=REVOCATION_REASON
            )
        elif story == "superseded":
            refresher_batch = _past_cohort(refresher, "Refresher batch 1", facilitator, [profile])
            renewed_on = today - datetime.timedelta(days=10)
            services.certificate_issue(
                enrolment=_completed_enrolment(refresher_batch, profile, renewed_on),
                issued_on=renewed_on,
            )


def _past_cohort(course, name, facilitator, profiles) -> Cohort:
    cohort = Cohort.objects.create(
        name=name, course=course, venue="KPCPWC training hall", status=CohortStatus.COMPLETED
    )
    cohort.districts.set(District.objects.filter(staff__in=[p.pk for p in profiles]).distinct())
    cohort.facilitators.set([facilitator])
    cohort.save()
    return cohort


def _version_then(course, day: datetime.date) -> str:
    """The version a learner who finished on `day` took: the demo's courses had one version a
    year ("2024.1", "2025.1", ...) up to the current one."""
    current_since = int(course.version.split(".")[0])
    return course.version if day.year >= current_since else f"{day.year}.1"


def _completed_enrolment(cohort, profile, finished_on: datetime.date) -> Enrolment:
    return Enrolment.objects.create(
        cohort=cohort,
        course=cohort.course,
        learner=profile.user,
        course_version=_version_then(cohort.course, finished_on),
        due_date=profile.date_of_joining or timezone.localdate(),
        status=EnrolmentStatus.COMPLETED,
    )
