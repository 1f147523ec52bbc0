"""The certificate log refuses TRUNCATE, and a change of a certificate's holder details writes a
line of it, on PostgreSQL (SQLite, the local default, keeps 0002's trigger only).

A change of the name, Urdu-script name, designation, district or employee number is logged by an
AFTER UPDATE trigger (action `changed`, detail: the old and new values and the database user),
rather than refused: no page of Tahaffuz changes them, so any change came from outside the
application, and a logging trigger records it whoever ran the UPDATE, while a correction still
stays possible. Refusing such UPDATEs would need a way for the service to pass the trigger, and
any such way (a session setting) is open to a direct SQL session as well.

TRUNCATE is refused to everyone but the table's owner: the owner can disable any trigger anyway,
and Django's test flushes truncate as the owner. The application's runtime role must therefore
not own the table (README, *Running in production*).
"""

from django.conf import settings
from django.db import migrations, models

LOG = "certification_certificateevent"
CERTIFICATE = "certification_certificate"
HOLDER = ["full_name", "full_name_ur", "designation", "district", "employee_number"]


class RunSQLOn(migrations.RunSQL):
    """RunSQL on one database vendor; a no-op on the others."""

    def __init__(self, vendor, sql, reverse_sql):
        self.vendor = vendor
        super().__init__(sql, reverse_sql)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


# SQLite rebuilds the table to change its check constraint, which drops 0002's trigger: it is
# made again after the rebuild, either way.
SQLITE_APPEND_ONLY = (
    f"CREATE TRIGGER IF NOT EXISTS certificate_log_append_only BEFORE UPDATE ON {LOG} "
    "BEGIN SELECT RAISE(ABORT, 'The certificate log is append-only.'); END;"
)

REFUSE_TRUNCATE = f"""
CREATE FUNCTION certificate_log_refuse_truncate() RETURNS trigger AS $$
BEGIN
    IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
    THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'The certificate log is append-only.';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER certificate_log_no_truncate BEFORE TRUNCATE ON {LOG}
    FOR EACH STATEMENT EXECUTE FUNCTION certificate_log_refuse_truncate();
"""

UNREFUSE_TRUNCATE = f"""
DROP TRIGGER IF EXISTS certificate_log_no_truncate ON {LOG};
DROP FUNCTION IF EXISTS certificate_log_refuse_truncate();
"""

_changed = ", ".join(
    f"'{column}', CASE WHEN OLD.{column} IS DISTINCT FROM NEW.{column} "
    f"THEN jsonb_build_array(OLD.{column}, NEW.{column}) END"
    for column in HOLDER
)
LOG_HOLDER_CHANGE = f"""
CREATE FUNCTION certificate_log_holder_change() RETURNS trigger AS $$
BEGIN
    INSERT INTO {LOG} (certificate_id, action, at, user_agent, detail)
    VALUES (NEW.id, 'changed', now(), '',
            jsonb_strip_nulls(jsonb_build_object({_changed}, 'database_user', session_user))::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER certificate_holder_change_logged AFTER UPDATE OF {", ".join(HOLDER)} ON {CERTIFICATE}
    FOR EACH ROW
    WHEN ({" OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in HOLDER)})
    EXECUTE FUNCTION certificate_log_holder_change();
"""

UNLOG_HOLDER_CHANGE = f"""
DROP TRIGGER IF EXISTS certificate_holder_change_logged ON {CERTIFICATE};
DROP FUNCTION IF EXISTS certificate_log_holder_change();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0004_signoff_history"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        RunSQLOn("sqlite", migrations.RunSQL.noop, SQLITE_APPEND_ONLY),
        migrations.RemoveConstraint(
            model_name="certificateevent",
            name="certificate_event_action_is_known",
        ),
        migrations.AlterField(
            model_name="certificateevent",
            name="action",
            field=models.CharField(
                choices=[
                    ("requested", "Awaiting approval"),
                    ("issued", "Issued"),
                    ("approved", "Approved"),
                    ("suspended", "Suspended"),
                    ("reinstated", "Reinstated"),
                    ("revoked", "Revoked"),
                    ("superseded", "Superseded"),
                    ("downloaded", "Downloaded"),
                    ("verified", "Verified"),
                    ("changed", "Holder details changed"),
                ],
                max_length=12,
            ),
        ),
        migrations.AddConstraint(
            model_name="certificateevent",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "action__in",
                        [
                            "requested",
                            "issued",
                            "approved",
                            "suspended",
                            "reinstated",
                            "revoked",
                            "superseded",
                            "downloaded",
                            "verified",
                            "changed",
                        ],
                    )
                ),
                name="certificate_event_action_is_known",
            ),
        ),
        RunSQLOn("sqlite", SQLITE_APPEND_ONLY, migrations.RunSQL.noop),
        RunSQLOn("postgresql", REFUSE_TRUNCATE, UNREFUSE_TRUNCATE),
        RunSQLOn("postgresql", LOG_HOLDER_CHANGE, UNLOG_HOLDER_CHANGE),
    ]
