from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from courses.cohorts.models import Cohort


@task()
def critical_error_notify(attempt_id: int) -> None:
    """Tell the trainee's facilitators that a simulation ended in a critical error.

    The notice goes out in the transaction that records it (critical_notified_at), so a run
    after a crash, or a second worker given the same task, does not send it twice."""

    from .models import SimulationAttempt

    attempt = SimulationAttempt.objects.select_related("learner", "simulation").get(pk=attempt_id)
    facilitators = (
        Cohort.objects.filter(enrolments__learner=attempt.learner)
        .values_list("facilitators__email", flat=True)
        .distinct()
    )
    recipients = sorted(email for email in facilitators if email)
    if not recipients:
        return
    link = settings.WAGTAILADMIN_BASE_URL + reverse("simulations:debrief", args=[attempt.pk])
    with translation.override("en"):
        context = {"attempt": attempt, "link": link}
        subject = render_to_string("simulations/email/critical_subject.txt", context).strip()
        body = render_to_string("simulations/email/critical_message.txt", context)
    with transaction.atomic():
        if SimulationAttempt.objects.filter(
            pk=attempt_id, critical_notified_at__isnull=True
        ).update(critical_notified_at=timezone.now()):
            send_mail(subject, body, None, recipients)
