"""The database itself refuses to change a line of the certificate log.

PostgreSQL refuses UPDATE and DELETE; SQLite (the local default) refuses UPDATE (test database
flushes delete rows there). TRUNCATE, used by test flushes on PostgreSQL, is not a row change.
"""

from django.db import migrations

TABLE = "certification_certificateevent"


def triggers_add(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            """
            CREATE FUNCTION certificate_log_refuse_change() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'The certificate log is append-only.';
            END;
            $$ LANGUAGE plpgsql;
            """
        )
        schema_editor.execute(
            f"CREATE TRIGGER certificate_log_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
            "FOR EACH ROW EXECUTE FUNCTION certificate_log_refuse_change();"
        )
    elif schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            f"CREATE TRIGGER certificate_log_append_only BEFORE UPDATE ON {TABLE} "
            "BEGIN SELECT RAISE(ABORT, 'The certificate log is append-only.'); END;"
        )


def triggers_remove(apps, schema_editor):
    schema_editor.execute(f"DROP TRIGGER IF EXISTS certificate_log_append_only ON {TABLE};"
                          if schema_editor.connection.vendor == "postgresql"
                          else "DROP TRIGGER IF EXISTS certificate_log_append_only;")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS certificate_log_refuse_change();")


class Migration(migrations.Migration):
    dependencies = [("certification", "0001_registry_signoffs_and_audit_log")]

    operations = [migrations.RunPython(triggers_add, triggers_remove)]
