import io

from django.core.management import call_command

from courses.content.models import LessonPage
from lms.certification.models import Certificate
from quizzes.simulations.models import Simulation, SimulationAttempt


def test_the_demo_holds_every_kind_of_certificate_and_simulation_and_seeds_once(db):
    call_command("seed_demo", stdout=io.StringIO())
    statuses = sorted(str(certificate.status()) for certificate in Certificate.objects.all())
    assert statuses == sorted(
        ["valid", "valid", "expiring_soon", "expired", "revoked", "superseded", "pending"]
    )
    revoked = Certificate.objects.get(state="revoked")
    assert revoked.state_reason and revoked.events.filter(action="revoked").exists()
    assert Simulation.objects.filter(live=True).count() == 6
    days = sorted(
        lesson.get_parent().specific.day_number
        for lesson in LessonPage.objects.filter(slug__startswith="case-simulation-")
    )
    assert days == [3, 4, 5, 6, 7, 8]
    assert SimulationAttempt.objects.filter(critical_error=True).exists()

    counts = (Certificate.objects.count(), SimulationAttempt.objects.count())
    call_command("seed_demo", stdout=io.StringIO())
    assert (Certificate.objects.count(), SimulationAttempt.objects.count()) == counts
