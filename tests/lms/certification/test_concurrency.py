import threading

import pytest
from django.db import connection, connections

from lms.certification.models import Certificate, CertificateSequence, CompetencySignoff
from lms.certification.services import certificate_evaluate
from quizzes.simulations.models import Competency

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL (CI runs it)"
)


@pytest.mark.django_db(transaction=True)
def test_evidence_arriving_twice_at_once_issues_one_certificate_and_one_number(
    migration_data, earning
):
    earning.attend_every_day()
    earning.pass_the_simulation()
    earning.pass_the_post_test()
    earning.complete_every_lesson()
    # The last piece of evidence, written without evaluating: the threads race to issue.
    CompetencySignoff.objects.create(
        enrolment=earning.enrolment,
        competency=Competency.objects.get(code="safety"),
        signed_by=earning.facilitator,
    )
    assert not Certificate.objects.exists()

    start = threading.Barrier(4)
    issued, errors = [], []

    def evaluate():
        try:
            start.wait()
            issued.append(certificate_evaluate(earning.enrolment).pk)
        except Exception as error:  # reported below, so the test fails with the cause
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=evaluate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    certificate = Certificate.objects.get()
    assert issued == [certificate.pk] * 4
    assert CertificateSequence.objects.get().last == 1  # no number was used up by a loser
