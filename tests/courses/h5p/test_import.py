"""Storing H5P packages: all or nothing, by content hash, each library version once; the CMS
upload and the `h5p_import` command share the same checks."""

import hashlib
import io
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from courses.h5p.models import H5PContent, H5PLibrary
from courses.h5p.services import h5p_content_import
from courses.h5p.validation import H5PInvalid

from .packages import MAIN_FOLDER, RawEntry, h5p_package

ADD_URL = "/admin/snippets/h5p/h5pcontent/add/"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Files on a real disk, to see exactly what an import leaves behind."""
    root = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": root},
        },
    }
    return root


def stored_files(media: Path) -> list[str]:
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def test_an_accepted_package_is_stored_by_its_hash_with_its_library(db, media):
    data = h5p_package()
    content = h5p_content_import(data, title="Helpline check")

    digest = hashlib.sha256(data).hexdigest()
    assert content.package_sha256 == digest and content.title == "Helpline check"
    assert str(content.main_library) == "H5P.TahaffuzCheck 1.0.0"
    assert f"h5p/content/{digest}/content/content.json" in stored_files(media)
    assert f"h5p/content/{digest}/h5p.json" in stored_files(media)
    build = content.main_library.sha256[:16]  # the library's files are kept under their hash
    assert f"h5p/libraries/{MAIN_FOLDER}/{build}/check.js" in stored_files(media)
    assert list(content.libraries.all()) == [content.main_library]


def test_two_packages_share_one_copy_of_a_library_version(db, media):
    first = h5p_content_import(h5p_package())
    second = h5p_content_import(h5p_package(content={"question": "Which number is the helpline?"}))

    assert first.pk != second.pk
    assert H5PLibrary.objects.count() == 1
    library_files = [path for path in stored_files(media) if path.startswith("h5p/libraries/")]
    assert len(library_files) == 3  # library.json, check.js and check.css, once


def test_the_same_package_twice_is_stored_once(db, media):
    data = h5p_package()
    assert h5p_content_import(data).pk == h5p_content_import(data).pk
    assert H5PContent.objects.count() == 1


def test_a_rejected_package_writes_nothing(db, media):
    hostile = h5p_package(entries=[RawEntry("../escape.txt", b"x")])
    with pytest.raises(H5PInvalid):
        h5p_content_import(hostile)
    assert not media.exists() or stored_files(media) == []
    assert not H5PContent.objects.exists() and not H5PLibrary.objects.exists()


def test_a_failure_while_storing_leaves_no_stray_files(db, media):
    """The content's folder cannot be made (a file is in its way): the library files already
    written are removed again, and no row is left."""
    data = h5p_package()
    blocker = media / "h5p" / "content" / hashlib.sha256(data).hexdigest()
    blocker.parent.mkdir(parents=True)
    blocker.write_bytes(b"in the way")
    with pytest.raises(OSError):
        h5p_content_import(data)
    assert stored_files(media) == [str(blocker.relative_to(media))]
    assert not H5PLibrary.objects.exists() and not H5PContent.objects.exists()


def test_the_command_prints_a_verdict_per_file_and_fails_when_any_is_rejected(db, tmp_path):
    good = tmp_path / "good.h5p"
    good.write_bytes(h5p_package())
    bad = tmp_path / "bad.h5p"
    bad.write_bytes(h5p_package(files={"content/run.php": b"<?php"}))

    out = io.StringIO()
    call_command("h5p_import", str(good), "--dry-run", stdout=out)
    assert out.getvalue().startswith(f"VALID {good}")
    assert not H5PContent.objects.exists()

    out = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 files rejected"):
        call_command("h5p_import", str(good), str(bad), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"STORED {good}")
    assert lines[1] == f"REJECTED {bad}:"
    assert "run.php" in lines[2]
    assert H5PContent.objects.count() == 1


def _upload_form(data: bytes, **fields):
    return {
        "package": SimpleUploadedFile("content.h5p", data),
        "title": "",
        "title_ur": "",
        "title_ps": "",
        "description": "",
        **fields,
    }


def test_an_author_uploads_content_whose_libraries_are_installed(client, facilitator, media):
    h5p_content_import(h5p_package(content={"question": "Installed by the Commission"}))
    client.force_login(facilitator)
    response = client.post(ADD_URL, _upload_form(h5p_package(), title_ur="ہیلپ لائن"))
    assert response.status_code == 302
    content = H5PContent.objects.get(uploaded_by=facilitator)
    assert content.title_ur == "ہیلپ لائن"
    assert content.title == "Tahaffuz check"  # the package's own title when none is given


def test_only_an_administrator_installs_a_new_library(client, facilitator, administrator, media):
    client.force_login(facilitator)
    response = client.post(ADD_URL, _upload_form(h5p_package()))
    assert response.status_code == 200
    assert "H5P.TahaffuzCheck 1.0 is not installed yet" in response.content.decode()
    assert not H5PContent.objects.exists() and not H5PLibrary.objects.exists()

    client.force_login(administrator)
    assert client.post(ADD_URL, _upload_form(h5p_package())).status_code == 302
    assert H5PLibrary.objects.get().machine_name == "H5P.TahaffuzCheck"


def test_a_hostile_upload_lists_every_problem_and_stores_nothing(client, facilitator, media):
    client.force_login(facilitator)
    hostile = h5p_package(
        files={"content/run.php": b"<?php", f"{MAIN_FOLDER}/check.css": None},
    )
    response = client.post(ADD_URL, _upload_form(hostile))
    assert response.status_code == 200
    html = response.content.decode()
    assert "run.php" in html and "check.css" in html
    assert not H5PContent.objects.exists() and not H5PLibrary.objects.exists()


def test_embed_types_that_are_not_names_are_a_problem_and_nothing_is_stored(
    client, administrator, media
):
    client.force_login(administrator)
    package = h5p_package(h5p_json={"embedTypes": [["iframe"], {"div": True}]})
    response = client.post(ADD_URL, _upload_form(package))
    assert response.status_code == 200
    assert "“h5p.json”: “embedTypes” must list “iframe”, “div” or both." in (
        response.content.decode()
    )
    assert not H5PContent.objects.exists() and not H5PLibrary.objects.exists()


def test_an_author_edits_the_titles_but_never_replaces_the_package(client, facilitator, media):
    content = h5p_content_import(h5p_package())
    client.force_login(facilitator)
    url = f"/admin/snippets/h5p/h5pcontent/edit/{content.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {"title": "Helpline check", "title_ur": "", "title_ps": "چک", "description": "Day 5"},
    )
    assert response.status_code == 302
    content.refresh_from_db()
    assert (content.title, content.title_ps) == ("Helpline check", "چک")
    assert H5PContent.objects.count() == 1


def test_an_author_previews_stored_content_in_the_cms_without_recording_a_play(
    client, facilitator, media, settings
):
    settings.H5P_CONTENT_ORIGIN = "http://content.test"
    content = h5p_content_import(h5p_package())
    client.force_login(facilitator)
    preview_url = f"/admin/snippets/h5p/h5pcontent/preview/{content.pk}/"
    form = {"title": content.title, "title_ur": "", "title_ps": "", "description": ""}
    assert client.post(preview_url, form).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    assert 'class="h5p-frame" src="http://content.test/h5p-content/' in html
    assert "data-statements-url" not in html  # a preview records nothing


def newer_patch(**changes) -> bytes:
    """The valid package with patch 1 of its library, whose script differs."""
    return h5p_package(
        library_json={"patchVersion": 1},
        files={f"{MAIN_FOLDER}/check.js": "/* patch 1 */", **changes},
    )


def test_a_newer_patch_is_installed_only_when_asked_and_then_serves_every_package(
    db, media, django_capture_on_commit_callbacks
):
    first = h5p_content_import(h5p_package())
    installed = first.main_library.storage_prefix

    kept = h5p_content_import(newer_patch())
    assert kept.main_library.patch_version == 0  # a facilitator's upload uses what is installed
    assert kept.main_library.storage_prefix == installed

    with django_capture_on_commit_callbacks(execute=True):
        updated = h5p_content_import(
            newer_patch(**{"content/content.json": {"question": "?", "answers": [], "correct": 0}}),
            update_libraries=True,
        )
    library = H5PLibrary.objects.get()
    assert library.patch_version == 1 and updated.main_library == library == first.main_library
    assert default_storage.open(f"{library.storage_prefix}/check.js").read() == b"/* patch 1 */"
    assert library.storage_prefix != installed  # written beside the old build, switched at once
    assert not [path for path in stored_files(media) if path.startswith(installed)]  # then gone

    h5p_content_import(h5p_package(content={"question": "Older?"}), update_libraries=True)
    assert H5PLibrary.objects.get().patch_version == 1  # an older patch never replaces a newer


def test_the_cms_tells_a_facilitator_which_newer_patch_was_not_installed(
    client, facilitator, administrator, media
):
    h5p_content_import(h5p_package())
    client.force_login(facilitator)
    response = client.post(ADD_URL, _upload_form(newer_patch()), follow=True)
    assert "carries patch 1 of H5P.TahaffuzCheck 1.0; the installed patch 0 is used" in (
        response.content.decode()
    )
    assert H5PLibrary.objects.get().patch_version == 0

    client.force_login(administrator)
    update = newer_patch(**{"content/content.json": {"question": "?", "answers": [], "correct": 0}})
    response = client.post(ADD_URL, _upload_form(update), follow=True)
    assert "H5P.TahaffuzCheck 1.0 is updated to patch 1 for every package." in (
        response.content.decode()
    )
    assert H5PLibrary.objects.get().patch_version == 1


def test_the_command_updates_libraries_only_with_its_flag(db, media, tmp_path):
    h5p_content_import(h5p_package())
    package = tmp_path / "patched.h5p"
    package.write_bytes(newer_patch())
    out = io.StringIO()
    call_command("h5p_import", str(package), stdout=out)
    assert "carries patch 1; installed patch 0 kept (--update-libraries)" in out.getvalue()
    call_command("h5p_import", "--update-libraries", str(package), stdout=out)
    assert "H5P.TahaffuzCheck 1.0: updated to patch 1" in out.getvalue()
    assert H5PLibrary.objects.get().patch_version == 1
