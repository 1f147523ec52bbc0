"""Writes of H5P content: a package is validated in full before anything is stored; an accepted
one is stored by content hash, each library version once; a failure leaves no file and no row."""

import hashlib
import json
import logging
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F, Subquery
from wagtail.models import Page

from courses.progress.access import NoLongerEnrolled, still_enrolled

from .models import (
    H5PAttempt,
    H5PContent,
    H5PLibrary,
    H5PStatement,
    H5PUserData,
    h5p_activity_iri,
)
from .validation import H5PLimits, H5PPackage, LibraryRef, PackageLibrary, package_read
from .xapi import statement_read

logger = logging.getLogger(__name__)


def h5p_limits() -> H5PLimits:
    """The limits an upload must keep (settings)."""
    major, minor = (int(part) for part in settings.H5P_CORE_API.split("."))
    return H5PLimits(
        max_entries=settings.H5P_MAX_ENTRIES,
        max_file_bytes=settings.H5P_MAX_FILE_BYTES,
        max_total_bytes=settings.H5P_MAX_TOTAL_BYTES,
        max_ratio=settings.H5P_MAX_RATIO,
        core_api=(major, minor),
    )


def _installed(ref: LibraryRef) -> bool:
    return H5PLibrary.objects.filter(
        machine_name=ref.machine_name, major_version=ref.major, minor_version=ref.minor
    ).exists()


def h5p_package_check(data: bytes) -> H5PPackage:
    """Validate a package against the installed libraries; raises H5PInvalid with every problem."""
    return package_read(data, installed=_installed, limits=h5p_limits())


@dataclass
class _Written:
    paths: list

    def save(self, path: str, data: bytes) -> None:
        if default_storage.exists(path):  # stored by content: the same bytes are there already
            return
        saved = default_storage.save(path, ContentFile(data))
        self.paths.append(saved)

    def undo(self) -> None:
        for path in self.paths:
            try:
                default_storage.delete(path)
            except OSError:  # already gone; nothing else to undo
                logger.warning("Could not remove %s after a failed H5P import", path)


def _library_sha256(library: PackageLibrary) -> str:
    digest = hashlib.sha256()
    for path in sorted(library.files):
        digest.update(path.encode() + b"\0" + hashlib.sha256(library.files[path]).digest())
    return digest.hexdigest()


@dataclass(frozen=True)
class LibraryPatch:
    """A library the package carries at another patch than the one installed."""

    library: H5PLibrary
    package_patch: int

    def __str__(self):
        return (
            f"{self.library.machine_name} {self.library.major_version}.{self.library.minor_version}"
        )


def h5p_new_libraries(package: H5PPackage) -> list[PackageLibrary]:
    """The libraries the package carries that are not installed yet."""
    return [library for library in package.libraries if not _installed(library.ref)]


def h5p_newer_patches(package: H5PPackage) -> list[LibraryPatch]:
    """The installed libraries of which the package carries a newer patch."""
    carried = {library.ref: library.patch for library in package.libraries}
    installed = H5PLibrary.objects.filter(machine_name__in={ref.machine_name for ref in carried})
    return [
        LibraryPatch(row, carried[ref])
        for row in installed
        if (ref := LibraryRef(row.machine_name, row.major_version, row.minor_version)) in carried
        and carried[ref] > row.patch_version
    ]


def h5p_content_import(
    data: bytes,
    *,
    title: str = "",
    by=None,
    description: str = "",
    update_libraries: bool = False,
) -> H5PContent:
    """Store a validated package (or return the one already stored with the same bytes).

    Libraries already installed stay at their patch unless update_libraries, when a newer
    patch in the package replaces them for every package (see can_manage_h5p_libraries).
    """
    package = h5p_package_check(data)
    existing = H5PContent.objects.filter(package_sha256=package.sha256).first()
    if existing and not update_libraries:
        return existing
    written = _Written(paths=[])
    try:
        with transaction.atomic():
            libraries = {}
            for library in package.libraries:
                libraries[library.ref] = _library_store(library, written, update_libraries)
            if existing:  # uploaded again only to update its libraries
                return existing
            content = H5PContent.objects.create(
                title=title or package.title,
                description=description,
                package_sha256=package.sha256,
                main_library=libraries.get(package.main_library)
                or _library_row(package.main_library),
                h5p_json=package.h5p_json,
                uploaded_by=by,
            )
            content.libraries.set([*libraries.values(), *_installed_rows(package, libraries)])
            prefix = content.storage_prefix
            written.save(f"{prefix}/package.h5p", data)
            written.save(f"{prefix}/h5p.json", _json_bytes(package.h5p_json))
            for path, file_data in package.content_files.items():
                written.save(f"{prefix}/content/{path}", file_data)
    except Exception:
        written.undo()
        raise
    return content


def _json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def _library_row(ref: LibraryRef) -> H5PLibrary:
    return H5PLibrary.objects.get(
        machine_name=ref.machine_name, major_version=ref.major, minor_version=ref.minor
    )


def _installed_rows(package: H5PPackage, carried: dict) -> list[H5PLibrary]:
    """Libraries the package relies on without carrying them (already installed)."""
    needed = {ref for library in package.libraries for ref in library.dependencies}
    needed.add(package.main_library)
    return [_library_row(ref) for ref in needed if ref not in carried]


def _library_store(library: PackageLibrary, written: _Written, update: bool) -> H5PLibrary:
    """The stored row for this library version, storing its files if it is new (or, when asked
    to update, a newer patch than the installed one)."""
    row = (
        H5PLibrary.objects.select_for_update()
        .filter(
            machine_name=library.ref.machine_name,
            major_version=library.ref.major,
            minor_version=library.ref.minor,
        )
        .first()
    )
    if row and not (update and library.patch > row.patch_version):
        return row
    if row:  # once the new build is committed, no package reads the old one
        transaction.on_commit(partial(_storage_folder_delete, row.storage_prefix))
    row = row or H5PLibrary(
        machine_name=library.ref.machine_name,
        major_version=library.ref.major,
        minor_version=library.ref.minor,
    )
    row.patch_version = library.patch
    row.title = library.title
    row.runnable = library.runnable
    row.library_json = library.library_json
    row.sha256 = _library_sha256(library)
    row.save()
    for path, file_data in library.files.items():
        written.save(f"{row.storage_prefix}/{path}", file_data)
    return row


def _storage_files(prefix: str):
    """Every file under a storage folder, as full names."""
    folders, files = default_storage.listdir(prefix)
    yield from (f"{prefix}/{name}" for name in files)
    for folder in folders:
        yield from _storage_files(f"{prefix}/{folder}")


def _storage_folder_delete(prefix: str) -> None:
    try:
        for name in list(_storage_files(prefix)):
            default_storage.delete(name)
    except OSError:  # already gone, or storage unavailable: only space is lost
        logger.warning("Could not remove the replaced H5P library build %s", prefix)


def h5p_statement_join(*, learner, lesson_id, content_id, statement, delivery_id) -> bool:
    """Keep a statement that does not end an attempt in the learner's open attempt at this content
    of this lesson (or of its translation): most of what a player sends. False, storing nothing,
    when there is no open attempt or the statement ends one (h5p_statement_record keeps it, after
    the whole access check). A delivery sent again changes nothing.

    The attempt was opened through the whole check; each statement re-checks what
    courses.progress.access says a started activity re-checks (the learner is still enrolled)
    and that the lesson is still live, in the one query that finds and locks the attempt.
    Raises StatementInvalid or NoLongerEnrolled."""
    read = statement_read(statement, h5p_activity_iri(content_id))
    if read.completes:
        return False
    lesson_key = Page.objects.filter(pk=lesson_id).values("translation_key")
    with transaction.atomic():
        attempt = (
            H5PAttempt.objects.select_for_update(of=("self",))
            .filter(
                learner=learner,
                content_id=content_id,
                finished_at__isnull=True,
                lesson__live=True,
                lesson__translation_key=Subquery(lesson_key),
            )
            .annotate(enrolled=still_enrolled())
            .only("pk")
            .first()
        )
        if attempt is None:
            return False
        if not attempt.enrolled:
            raise NoLongerEnrolled
        H5PStatement.objects.bulk_create(
            [
                H5PStatement(
                    attempt=attempt,
                    delivery_id=delivery_id,
                    verb=read.verb,
                    sub_content_id=read.sub_content_id,
                    statement=statement,
                )
            ],
            ignore_conflicts=True,  # the delivery id is kept already: sent again
        )
    return True


def h5p_statement_record(
    *, learner, lesson, content: H5PContent, statement, delivery_id
) -> H5PAttempt:
    """Keep a statement the learner's player sent, in the attempt it belongs to.

    The first statement after an attempt ended opens a new one; a top-level completion ends it
    with its score. A delivery sent again (a retry after a timeout) changes nothing. Raises
    StatementInvalid, storing nothing, for a statement the content could not have sent.
    """
    read = statement_read(statement, content.activity_iri)
    with transaction.atomic():
        # One learner's statements are recorded one at a time, so two tabs cannot both open an
        # attempt (the constraint one_open_h5p_attempt would refuse the second).
        get_user_model().objects.select_for_update().filter(pk=learner.pk).first()
        delivered = H5PStatement.objects.filter(
            delivery_id=delivery_id, attempt__learner=learner
        ).first()
        if delivered is not None:
            return delivered.attempt
        # The open attempt (at most one: one_open_h5p_attempt), else the last one finished.
        attempt = (
            H5PAttempt.objects.filter(learner=learner, lesson=lesson, content=content)
            .order_by(F("finished_at").desc(nulls_first=True), "-pk")
            .first()
        )
        if attempt is None or (attempt.is_finished and not read.repeats(attempt.closing_statement)):
            attempt = H5PAttempt(learner=learner, lesson=lesson, content=content)
        if not attempt.is_finished and read.completes:
            attempt.finish(read)  # a new attempt is stored finished at once
        elif attempt.pk is None:
            attempt.save()
        H5PStatement.objects.create(
            attempt=attempt,
            delivery_id=delivery_id,
            verb=read.verb,
            sub_content_id=read.sub_content_id,
            statement=statement,
        )
    return attempt


class H5PStateFull(Exception):
    """The learner already keeps H5P_STATE_MAX_ENTRIES entries of state for this content."""


def h5p_user_data_save(
    *, learner_id, content, data_type, sub_content_id, data, preload, invalidate
) -> None:
    """Save (or, with data None, delete) one slot of H5P's resume state.

    Raises H5PStateFull for a new slot beyond H5P_STATE_MAX_ENTRIES per learner and content.
    """
    slot = {"learner_id": learner_id, "content": content, "data_type": data_type}
    slot["sub_content_id"] = sub_content_id
    if data is None:
        H5PUserData.objects.filter(**slot).delete()
        return
    kept = H5PUserData.objects.filter(learner_id=learner_id, content=content)
    if not kept.filter(**slot).exists() and kept.count() >= settings.H5P_STATE_MAX_ENTRIES:
        raise H5PStateFull
    values = {"data": data, "preload": preload, "invalidate": invalidate}
    try:
        with transaction.atomic():
            H5PUserData.objects.update_or_create(**slot, defaults=values)
    except IntegrityError:  # the same slot saved from two tabs at once: the later one wins
        H5PUserData.objects.filter(**slot).update(**values)
