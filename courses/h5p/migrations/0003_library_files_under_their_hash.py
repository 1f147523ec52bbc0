"""Library files move from h5p/libraries/<folder>/ to h5p/libraries/<folder>/<hash>/, so a newer
patch can be stored beside the installed one and switched to at once."""

from django.core.files.storage import default_storage
from django.db import migrations

LIBRARIES_PREFIX = "h5p/libraries"


def _files(prefix: str, skip: str = ""):
    """Every file under a storage folder (names relative to it), leaving out one subfolder."""
    try:
        folders, files = default_storage.listdir(prefix)
    except FileNotFoundError:
        return
    yield from files
    for folder in folders:
        if folder != skip:
            yield from (f"{folder}/{name}" for name in _files(f"{prefix}/{folder}"))


def _move(apps, *, to_hash: bool):
    H5PLibrary = apps.get_model("h5p", "H5PLibrary")
    for library in H5PLibrary.objects.all():
        folder = f"{LIBRARIES_PREFIX}/{library.machine_name}-{library.major_version}.{library.minor_version}"
        hashed = f"{folder}/{library.sha256[:16]}"
        source, target = (folder, hashed) if to_hash else (hashed, folder)
        for name in list(_files(source, skip=library.sha256[:16] if to_hash else "")):
            with default_storage.open(f"{source}/{name}") as data:
                if not default_storage.exists(f"{target}/{name}"):
                    default_storage.save(f"{target}/{name}", data)
            default_storage.delete(f"{source}/{name}")


def forwards(apps, schema_editor):
    _move(apps, to_hash=True)


def backwards(apps, schema_editor):
    _move(apps, to_hash=False)


class Migration(migrations.Migration):
    dependencies = [("h5p", "0002_attempts_statements_and_resume_state")]

    operations = [migrations.RunPython(forwards, backwards, elidable=True)]
