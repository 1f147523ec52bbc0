"""The certificate log holds against the database role the application runs as (PostgreSQL)."""

import contextlib
import json
import uuid

import pytest
from django.db import DatabaseError, connection, transaction

from lms.certification.models import Certificate, CertificateAction, CertificateEvent

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the TRUNCATE and holder-change triggers are PostgreSQL's (CI runs it)",
)


@pytest.fixture
def runtime_role(db):
    """A role granted what README gives the application, owning nothing (gone with the test's
    transaction)."""
    name = f"tahaffuz_runtime_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE ROLE {name}")
        cursor.execute(f"GRANT USAGE ON SCHEMA public TO {name}")
        cursor.execute(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}"
        )
        cursor.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}")
    return name


@contextlib.contextmanager
def acting_as(role):
    """Run as `role` inside a savepoint (its rollback, on an error, resets the role)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SET ROLE {role}")
        yield cursor
        cursor.execute("RESET ROLE")


def test_the_application_cannot_truncate_the_log(earning, runtime_role):
    earning.everything()
    with connection.cursor() as cursor:  # so that only the trigger stands in the way
        cursor.execute(f"GRANT TRUNCATE ON certification_certificateevent TO {runtime_role}")
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        acting_as(runtime_role) as cursor,
    ):
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # checks the test's rows, pending so far
        cursor.execute("TRUNCATE certification_certificateevent")
    assert CertificateEvent.objects.exists()


def test_a_direct_update_of_the_holder_name_is_logged_with_the_old_and_new_name(
    earning, runtime_role
):
    earning.everything()
    certificate = Certificate.objects.get()
    assert not certificate.events.filter(action=CertificateAction.CHANGED).exists()
    with transaction.atomic(), acting_as(runtime_role) as cursor:
        cursor.execute(
            "UPDATE certification_certificate SET full_name = 'Someone Else', state_reason = ''"
            " WHERE id = %s",
            [certificate.pk],
        )
    event = certificate.events.get(action=CertificateAction.CHANGED)
    assert json.loads(event.detail) == {
        "full_name": [certificate.full_name, "Someone Else"],
        "database_user": connection.settings_dict["USER"],
    }
    assert event.actor is None
