"""Reads an uploaded H5P package (.h5p, a zip) and checks it in full before anything is stored.

Pure Python, no database: the caller says which libraries are installed already. The archive is
checked from the zip's directory (count, sizes, compression ratio, names, flags) before any data
is read; then the files are read within those limits, and h5p.json, content/content.json and
every library folder are checked. Every problem found is reported, each naming the file and why.
The rules follow H5P core and Lumi's validator, re-implemented here.
"""

import hashlib
import heapq
import io
import json
import re
import stat
import struct
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# fmt: off
CONTENT_EXTENSIONS = frozenset({
    "json", "txt", "csv", "xml", "md", "textile", "diff", "patch", "vtt", "webvtt",  # text, data
    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "gltf", "glb",  # images, 3D models
    "eot", "ttf", "woff", "woff2", "otf",  # fonts
    "webm", "mp4", "ogg", "mp3", "m4a", "wav", "swf",  # audio, video
    "pdf", "rtf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",  # documents
})
# fmt: on
# SVG can carry script, so it is allowed only in (reviewed) library code, never in content.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg"}

# Entries smaller than this when compressed can unpack to about 1 MiB at most (deflate's ratio
# tops out near 1000:1), so the ratio check leaves them alone: small, very compressible files
# such as blank images or padded JSON are common and harmless.
RATIO_MIN_COMPRESSED_BYTES = 1024
ENTRY_GUARD_FACTOR = 4
MAX_VERSION = 99_999
MAX_TITLE = 255

_SKIPPED = re.compile(r"(?:^|/)[._]")  # __MACOSX/, .DS_Store and the like, at any depth
_DRIVE = re.compile(r"[A-Za-z]:")
_FORBIDDEN = re.compile(r'[<>:"|?*]')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LANGUAGE = re.compile(r"[-a-zA-Z]{1,10}")
_MAIN_LIBRARY = re.compile(r"[$a-zA-Z_][0-9a-zA-Z_.$]{1,254}")
_MACHINE_NAME = re.compile(r"[\w.-]{1,255}", re.ASCII)
_PATH_SEGMENT = re.compile(r"[\w .-]+", re.ASCII)
_LANGUAGE_FILE = re.compile(r"[a-z]+(?:-[a-z]+){0,6}\.json", re.IGNORECASE)
_VERSION_TEXT = re.compile(r"[0-9]{1,5}")
_EMBED_TYPES = frozenset({"iframe", "div"})
_CENTRAL_RECORD = b"PK\x01\x02"
_ZIP_ERRORS = (  # what zipfile raises on damaged or unsupported archives
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    OSError,
    EOFError,
    ValueError,
    struct.error,
)
_READ_ERRORS = (*_ZIP_ERRORS, zlib.error, RuntimeError)


@dataclass(frozen=True)
class H5PLimits:
    """What an upload must keep to; the defaults match the settings' defaults."""

    max_entries: int = 10_000
    max_file_bytes: int = 16 * 1024 * 1024
    max_total_bytes: int = 64 * 1024 * 1024
    max_ratio: int = 200  # unpacked / compressed, per entry of RATIO_MIN_COMPRESSED_BYTES or more
    core_api: tuple[int, int] = (1, 27)


DEFAULT_LIMITS = H5PLimits()


@dataclass(frozen=True, order=True)
class LibraryRef:
    """One library version as H5P addresses it: machine name, major and minor version."""

    machine_name: str
    major: int
    minor: int

    def __str__(self):
        return f"{self.machine_name} {self.major}.{self.minor}"

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major}.{self.minor}"


@dataclass(frozen=True)
class LibraryFields:
    """What library.json declares."""

    ref: LibraryRef
    patch: int
    title: str
    runnable: bool
    preloaded_js: tuple[str, ...]
    preloaded_css: tuple[str, ...]
    dependencies: tuple[LibraryRef, ...]  # preloaded and dynamic; editor ones are not needed
    core_api: tuple[int, int] | None


@dataclass(frozen=True)
class PackageLibrary(LibraryFields):
    """A library folder carried by the package."""

    folder: str  # as found in the zip
    files: dict[str, bytes]  # path within the folder -> bytes
    library_json: dict


@dataclass(frozen=True)
class H5PPackage:
    """A package that passed every check."""

    title: str
    language: str
    main_library: LibraryRef
    h5p_json: dict
    content_json: dict
    content_files: dict[str, bytes]  # path under content/ -> bytes, content.json included
    libraries: tuple[PackageLibrary, ...]  # dependencies first
    sha256: str  # of the uploaded bytes


class H5PInvalid(Exception):
    """The package cannot be accepted; `problems` lists every problem found."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = list(problems)


def package_read(
    data: bytes,
    *,
    installed: Callable[[LibraryRef], bool] = lambda ref: False,
    limits: H5PLimits = DEFAULT_LIMITS,
) -> H5PPackage:
    """Check an uploaded package in full; raises H5PInvalid listing every problem."""
    sha256 = hashlib.sha256(data).hexdigest()
    files, problems = _archive_read(data, limits)
    h5p_json = _json_file(files, "h5p.json", problems, _("h5p.json is missing from the package."))
    declared = _h5p_json_check(h5p_json, problems) if h5p_json is not None else None
    content_json = _json_file(
        files, "content/content.json", problems, _("content/content.json is missing.")
    )
    libraries, unread = _libraries_read(files, limits, problems)
    if declared is not None:
        _main_library_check(declared.main_library, libraries, problems)
    _dependencies_check(declared, libraries, unread, installed, problems)
    ordered = _dependency_order(libraries, problems)
    if problems:
        raise H5PInvalid(problems)
    return H5PPackage(
        title=declared.title,
        language=declared.language,
        main_library=declared.main_library,
        h5p_json=h5p_json,
        content_json=content_json,
        content_files=_under(files, "content"),
        libraries=ordered,
        sha256=sha256,
    )


# The archive: directory checks, then reading within the limits.


def _archive_read(data: bytes, limits: H5PLimits) -> tuple[dict[str, bytes], list[str]]:
    """The package's files by entry name (skipped names left out) and the problems so far."""
    _raise_if_any(_entry_count_guard(data, limits))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise H5PInvalid([_("The file is not a zip file (an .h5p package is one).")]) from None
    with archive:
        entries = archive.infolist()
        _raise_if_any(_archive_problems(entries, limits))
        problems, readable = [], []
        for entry in entries:
            if not _is_wanted(entry.orig_filename):
                continue
            problem = _extension_problem(entry.orig_filename)
            if problem:
                problems.append(problem)
            else:
                readable.append(entry)
        files, unreadable = _entries_read(archive, readable)
    _raise_if_any(unreadable and [*problems, *unreadable])
    return files, problems


def _entry_count_guard(data: bytes, limits: H5PLimits) -> list[str]:
    """Refuse archives with far too many entries before zipfile parses them all into memory.

    Every central directory record starts with this signature, so the count is an upper bound;
    other bytes rarely match, hence the generous margin.
    """
    most = ENTRY_GUARD_FACTOR * limits.max_entries
    if data.count(_CENTRAL_RECORD) <= most:
        return []
    return [
        _("The package has more than %(count)d entries; at most %(limit)d are allowed.")
        % {"count": most, "limit": limits.max_entries}
    ]


def _raise_if_any(problems: list[str]) -> None:
    if problems:
        raise H5PInvalid(problems)


def _archive_problems(entries: list[zipfile.ZipInfo], limits: H5PLimits) -> list[str]:
    """Problems found in the zip's directory alone, before any entry's data is read."""
    if len(entries) > limits.max_entries:
        return [
            _("The package has %(count)d entries; at most %(limit)d are allowed.")
            % {"count": len(entries), "limit": limits.max_entries}
        ]
    problems = [p for entry in entries for p in _entry_problems(entry, limits)]
    names = [entry.orig_filename for entry in entries]
    problems += _duplicate_problems(names)
    problems += _clash_problems(names)
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_total_bytes:
        problems.append(
            _("The package unpacks to %(size)s; at most %(limit)s in total is allowed.")
            % {"size": _size(total), "limit": _size(limits.max_total_bytes)}
        )
    return problems


def _entry_problems(entry: zipfile.ZipInfo, limits: H5PLimits) -> Iterator[str]:
    name = entry.orig_filename
    yield from _name_problems(name)
    shown = {"name": _shown(name)}
    if entry.flag_bits & 0x1:
        yield _("“%(name)s” is encrypted; packages must not be password-protected.") % shown
    if stat.S_ISLNK(entry.external_attr >> 16):
        yield _("“%(name)s” is a symbolic link; links are not allowed.") % shown
    if entry.file_size > limits.max_file_bytes:
        yield _("“%(name)s” unpacks to %(size)s; at most %(limit)s per file is allowed.") % {
            **shown,
            "size": _size(entry.file_size),
            "limit": _size(limits.max_file_bytes),
        }
    elif _too_compressed(entry, limits):
        yield _(
            "“%(name)s” is compressed more than %(limit)d to 1, as zip bombs are; "
            "it cannot be accepted."
        ) % {**shown, "limit": limits.max_ratio}


def _name_problems(name: str) -> Iterator[str]:
    """Names that could escape the package folder or be read differently by another system."""
    shown = {"name": _shown(name)}
    if _CONTROL.search(name):
        yield _("“%(name)s”: control characters (such as NUL) are not allowed in names.") % shown
    if "\\" in name:
        yield _("“%(name)s”: backslashes are not allowed in names; use “/”.") % shown
    if name.startswith("/"):
        yield _("“%(name)s”: absolute paths are not allowed.") % shown
    elif "" in name.removesuffix("/").split("/"):
        yield _("“%(name)s”: empty folder names (“//”) are not allowed.") % shown
    if ".." in name.replace("\\", "/").split("/"):
        yield _("“%(name)s”: “..” is not allowed, as it leads outside the package.") % shown
    if _DRIVE.match(name):
        yield _("“%(name)s”: drive letters are not allowed in names.") % shown
    elif _FORBIDDEN.search(name):
        yield _('“%(name)s”: the characters < > : " | ? * are not allowed in names.') % shown


def _too_compressed(entry: zipfile.ZipInfo, limits: H5PLimits) -> bool:
    return (
        entry.compress_size >= RATIO_MIN_COMPRESSED_BYTES
        and entry.file_size > limits.max_ratio * entry.compress_size
    )


def _duplicate_problems(names: list[str]) -> list[str]:
    """Names given twice, or twice in different upper and lower case."""
    spellings = defaultdict(list)
    for name in names:
        spellings[name.casefold()].append(name)
    problems = []
    for found in spellings.values():
        if len(found) == 1:
            continue
        if len(set(found)) < len(found):
            problems.append(
                _("“%(name)s” is in the package more than once.") % {"name": _shown(found[0])}
            )
        else:
            problems.append(
                _("“%(name)s” and “%(other)s” differ only in upper and lower case.")
                % {"name": _shown(found[0]), "other": _shown(found[1])}
            )
    return problems


def _clash_problems(names: list[str]) -> list[str]:
    """Files named like a folder of the package (“a.js” and “a.js/b.js”) cannot both be stored."""
    folders = {
        "/".join(parts[:end]).casefold()
        for parts in (name.split("/") for name in names)
        for end in range(1, len(parts))
    }
    return [
        _("“%(name)s” is both a file and a folder.") % {"name": _shown(name)}
        for name in names
        if not name.endswith("/") and name.casefold() in folders
    ]


def _is_wanted(name: str) -> bool:
    """Files to read: not folders, and not names starting with “.” or “_” (skipped, as H5P does)."""
    return not name.endswith("/") and not _SKIPPED.search(name)


def _extension_problem(name: str) -> str | None:
    """Whether the file's type is allowed where it is: content/, a library, or the top."""
    base = name.rpartition("/")[2]
    extension = base.rpartition(".")[2].lower() if "." in base else ""
    in_library = "/" in name and not name.startswith("content/")
    if extension in (LIBRARY_EXTENSIONS if in_library else CONTENT_EXTENSIONS):
        return None
    params = {"name": _shown(name), "extension": extension}
    if not extension:
        return _("“%(name)s” has no file extension, so its type cannot be checked.") % params
    if extension == "svg":
        return _("“%(name)s”: SVG images can carry scripts, so only libraries may have them.") % (
            params
        )
    if in_library:
        return _("“%(name)s”: “.%(extension)s” files are not allowed in libraries.") % params
    if name.startswith("content/"):
        return _("“%(name)s”: “.%(extension)s” files are not allowed in content.") % params
    return _("“%(name)s”: “.%(extension)s” files are not allowed in a package.") % params


def _entries_read(
    archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]
) -> tuple[dict[str, bytes], list[str]]:
    """Each entry's bytes, never more than its declared (and checked) size; and the problems."""
    files, problems = {}, []
    for entry in entries:
        shown = {"name": _shown(entry.orig_filename)}
        try:
            with archive.open(entry) as stream:
                data = stream.read(entry.file_size + 1)
        except _READ_ERRORS:
            problems.append(
                _("“%(name)s” cannot be unpacked: it is damaged or uses an unknown compression.")
                % shown
            )
            continue
        if len(data) > entry.file_size:
            problems.append(_("“%(name)s” unpacks to more than its declared size.") % shown)
            continue
        files[entry.orig_filename] = data
    return files, problems


# h5p.json and content/content.json.


@dataclass(frozen=True)
class _Declared:
    """What h5p.json declares."""

    title: str
    language: str
    main_library: LibraryRef | None
    dependencies: tuple[LibraryRef, ...]


def _h5p_json_check(doc: dict, problems: list[str]) -> _Declared:
    name = "h5p.json"
    title = _title(doc, name, problems)
    language = doc.get("language")
    if "language" not in doc:
        problems.append(_missing(name, "language"))
    elif not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
        problems.append(
            _("“%(name)s”: “language” must be a language code such as “en” or “ur”.")
            % {"name": name}
        )
    _embed_types_check(doc, name, problems)
    dependencies = _dependencies(doc, "preloadedDependencies", name, problems, required=True)
    dependencies += _dependencies(doc, "dynamicDependencies", name, problems)
    return _Declared(
        title=title or "",
        language=language if isinstance(language, str) else "",
        main_library=_main_library(doc, dependencies, name, problems),
        dependencies=tuple(dependencies),
    )


def _embed_types_check(doc: dict, name: str, problems: list[str]) -> None:
    """Optional for playback, so only checked when given."""
    embed_types = doc.get("embedTypes")
    if embed_types is None:
        return
    if not (
        isinstance(embed_types, list)
        and embed_types
        and all(isinstance(kind, str) and kind in _EMBED_TYPES for kind in embed_types)
    ):
        problems.append(
            _("“%(name)s”: “embedTypes” must list “iframe”, “div” or both.") % {"name": name}
        )


def _main_library(
    doc: dict, dependencies: list[LibraryRef], name: str, problems: list[str]
) -> LibraryRef | None:
    """The main library's version, taken from preloadedDependencies as H5P does."""
    main = doc.get("mainLibrary")
    if "mainLibrary" not in doc:
        problems.append(_missing(name, "mainLibrary"))
        return None
    if not (isinstance(main, str) and _MAIN_LIBRARY.fullmatch(main)):
        problems.append(
            _("“%(name)s”: “mainLibrary” must be a library name such as “H5P.MultiChoice”.")
            % {"name": name}
        )
        return None
    ref = next((ref for ref in dependencies if ref.machine_name == main), None)
    if ref is None and dependencies:
        problems.append(
            _("“%(name)s”: the main library “%(library)s” is not in “preloadedDependencies”.")
            % {"name": name, "library": main}
        )
    return ref


def _main_library_check(
    main: LibraryRef | None, libraries: dict[LibraryRef, PackageLibrary], problems: list[str]
) -> None:
    library = libraries.get(main)
    if library and library.library_json.get("runnable") in (0, "0"):  # other values: own problem
        problems.append(
            _("“%(name)s”: the main library %(library)s is not runnable.")
            % {"name": f"{library.folder}/library.json", "library": main}
        )


def _json_file(
    files: dict[str, bytes], key: str, problems: list[str], missing: str, name: str = ""
):
    """The JSON object in files[key] (shown as name), or None with the problem noted."""
    if key not in files:
        problems.append(missing)
        return None
    return _json_object(files[key], name or key, problems)


def _json_object(data: bytes, name: str, problems: list[str]) -> dict | None:
    """The parsed JSON object, or None with the problem noted."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError) as error:
        problems.append(
            _("“%(name)s” is not valid JSON (%(error)s).")
            % {"name": _shown(name), "error": str(error)[:200]}
        )
        return None
    if not isinstance(value, dict):
        problems.append(_("“%(name)s” must hold a JSON object ({…}).") % {"name": _shown(name)})
        return None
    return value


# Fields shared by h5p.json and library.json.


def _missing(name: str, field: str) -> str:
    return _("“%(name)s”: “%(field)s” is missing.") % {"name": _shown(name), "field": field}


def _title(doc: dict, name: str, problems: list[str]) -> str | None:
    title = doc.get("title")
    if "title" not in doc:
        problems.append(_missing(name, "title"))
    elif not (isinstance(title, str) and title.strip() and len(title) <= MAX_TITLE):
        problems.append(
            _("“%(name)s”: “title” must be text of 1 to %(limit)d characters.")
            % {"name": _shown(name), "limit": MAX_TITLE}
        )
    else:
        return title.strip()
    return None


def _version(doc: dict, field: str, name: str, problems: list[str], label: str = "") -> int | None:
    """A version number; real packages write some as text ("1"), which is accepted."""
    value = doc.get(field)
    label = label or field
    if field not in doc:
        problems.append(_missing(name, label))
        return None
    if isinstance(value, str) and _VERSION_TEXT.fullmatch(value):
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_VERSION:
        return value
    problems.append(
        _("“%(name)s”: “%(field)s” must be a whole number from 0 to %(limit)d.")
        % {"name": _shown(name), "field": label, "limit": MAX_VERSION}
    )
    return None


def _machine_name(doc: dict, name: str, problems: list[str], label: str) -> str | None:
    value = doc.get("machineName")
    if "machineName" not in doc:
        problems.append(_missing(name, label))
    elif not (isinstance(value, str) and _MACHINE_NAME.fullmatch(value)):
        problems.append(
            _("“%(name)s”: “%(field)s” may use only letters, digits, “_”, “-” and “.”.")
            % {"name": _shown(name), "field": label}
        )
    else:
        return value
    return None


def _dependencies(
    doc: dict, field: str, name: str, problems: list[str], *, required: bool = False
) -> list[LibraryRef]:
    """A list of {machineName, majorVersion, minorVersion}; optional unless required."""
    value = doc.get(field)
    if value is None and not required:
        return []
    params = {"name": _shown(name), "field": field}
    if required and not (isinstance(value, list) and value):
        problems.append(_("“%(name)s”: “%(field)s” must list at least one library.") % params)
        return []
    if not isinstance(value, list):
        problems.append(_("“%(name)s”: “%(field)s” must be a list of libraries.") % params)
        return []
    refs = [
        _dependency(item, f"{field}[{index}]", name, problems) for index, item in enumerate(value)
    ]
    return [ref for ref in refs if ref]


def _dependency(item, label: str, name: str, problems: list[str]) -> LibraryRef | None:
    if not isinstance(item, dict):
        problems.append(
            _(
                "“%(name)s”: “%(field)s” must be an object with “machineName”, “majorVersion” and "
                "“minorVersion”."
            )
            % {"name": _shown(name), "field": label}
        )
        return None
    machine_name = _machine_name(item, name, problems, f"{label}.machineName")
    major = _version(item, "majorVersion", name, problems, f"{label}.majorVersion")
    minor = _version(item, "minorVersion", name, problems, f"{label}.minorVersion")
    if machine_name is None or major is None or minor is None:
        return None
    return LibraryRef(machine_name, major, minor)


# Library folders.


def _libraries_read(
    files: dict[str, bytes], limits: H5PLimits, problems: list[str]
) -> tuple[dict[LibraryRef, PackageLibrary], set[str]]:
    """Every top-level folder except content/ is a library; also the folders not readable."""
    folders = defaultdict(dict)
    for name, data in files.items():
        folder, slash, path = name.partition("/")
        if slash and folder != "content":
            folders[folder][path] = data
    libraries, unread = {}, set()
    for folder in sorted(folders):
        library = _library_read(folder, folders[folder], limits, problems)
        if library is None:
            unread.add(folder)
            continue
        if library.ref in libraries:
            problems.append(
                _("%(library)s is in two folders, “%(first)s/” and “%(second)s/”.")
                % {"library": library.ref, "first": libraries[library.ref].folder, "second": folder}
            )
            continue
        libraries[library.ref] = library
    return libraries, unread


def _library_read(
    folder: str, files: dict[str, bytes], limits: H5PLimits, problems: list[str]
) -> PackageLibrary | None:
    if not _MACHINE_NAME.fullmatch(folder):
        problems.append(
            _("“%(folder)s/”: library folder names may use only letters, digits, “_”, “-” and “.”.")
            % {"folder": _shown(folder)}
        )
        return None
    name = f"{folder}/library.json"
    missing = _("“%(name)s” is missing; every library folder needs one.") % {"name": _shown(name)}
    doc = _json_file(files, "library.json", problems, missing, name)
    fields = _library_fields(doc, name, problems) if doc is not None else None
    _language_files_check(folder, files, problems)
    if fields is None:
        return None
    _library_folder_check(folder, fields, limits, files, problems)
    return PackageLibrary(**vars(fields), folder=folder, files=files, library_json=doc)


def _library_fields(doc: dict, name: str, problems: list[str]) -> LibraryFields | None:
    """library.json's fields, invalid ones noted as problems; None without name and version.

    A library with a known name and version stays in the package even when other fields are
    invalid, so that libraries needing it are not also reported as missing a dependency.
    """
    title = _title(doc, name, problems)
    machine_name = _machine_name(doc, name, problems, "machineName")
    major, minor, patch = (
        _version(doc, field, name, problems)
        for field in ("majorVersion", "minorVersion", "patchVersion")
    )
    runnable = _runnable(doc, name, problems)
    preloaded_js = _preloaded_paths(doc, "preloadedJs", "js", name, problems)
    preloaded_css = _preloaded_paths(doc, "preloadedCss", "css", name, problems)
    dependencies = _dependencies(doc, "preloadedDependencies", name, problems)
    dependencies += _dependencies(doc, "dynamicDependencies", name, problems)
    core_api = _core_api(doc, name, problems)
    if machine_name is None or major is None or minor is None:
        return None
    return LibraryFields(
        ref=LibraryRef(machine_name, major, minor),
        patch=patch or 0,
        title=title or "",
        runnable=runnable,
        preloaded_js=preloaded_js,
        preloaded_css=preloaded_css,
        dependencies=tuple(dict.fromkeys(dependencies)),
        core_api=core_api,
    )


def _runnable(doc: dict, name: str, problems: list[str]) -> bool:
    value = doc.get("runnable")
    if "runnable" not in doc:
        problems.append(_missing(name, "runnable"))
    elif value not in (0, 1, "0", "1") or isinstance(value, float):
        problems.append(_("“%(name)s”: “runnable” must be 0 or 1.") % {"name": _shown(name)})
    return value in (1, "1")


def _preloaded_paths(
    doc: dict, field: str, extension: str, name: str, problems: list[str]
) -> tuple[str, ...]:
    """The relative paths listed as [{"path": …}]; each must stay inside the library folder."""
    value = doc.get(field)
    if value is None:
        return ()
    params = {"name": _shown(name), "field": field, "extension": extension}
    if not isinstance(value, list):
        problems.append(_("“%(name)s”: “%(field)s” must be a list of {“path”: …}.") % params)
        return ()
    paths = []
    for item in value:
        path = item.get("path") if isinstance(item, dict) else None
        if not _is_relative_path(path, f".{extension}"):
            problems.append(
                _(
                    "“%(name)s”: “%(path)s” in “%(field)s” must be a relative path to a "
                    ".%(extension)s file in the library folder."
                )
                % {**params, "path": _shown(str(path))}
            )
            continue
        paths.append(path)
    return tuple(paths)


def _is_relative_path(path, suffix: str) -> bool:
    return (
        isinstance(path, str)
        and path.endswith(suffix)
        and all(
            _PATH_SEGMENT.fullmatch(segment) and segment not in (".", "..")
            for segment in path.split("/")
        )
    )


def _core_api(doc: dict, name: str, problems: list[str]) -> tuple[int, int] | None:
    value = doc.get("coreApi")
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(
            _("“%(name)s”: “coreApi” must be an object with “majorVersion” and “minorVersion”.")
            % {"name": _shown(name)}
        )
        return None
    major = _version(value, "majorVersion", name, problems, "coreApi.majorVersion")
    minor = _version(value, "minorVersion", name, problems, "coreApi.minorVersion")
    return (major, minor) if major is not None and minor is not None else None


def _library_folder_check(
    folder: str,
    fields: LibraryFields,
    limits: H5PLimits,
    files: dict[str, bytes],
    problems: list[str],
) -> None:
    """The folder is named after its library, has its preloaded files, and fits the player."""
    ref, name = fields.ref, f"{folder}/library.json"
    if folder not in (ref.machine_name, ref.folder):
        problems.append(
            _("“%(folder)s/” holds %(library)s, so it must be named “%(expected)s”.")
            % {"folder": _shown(folder), "library": ref, "expected": ref.folder}
        )
    for path in (*fields.preloaded_js, *fields.preloaded_css):
        if path not in files:
            problems.append(
                _("“%(name)s” lists “%(path)s”, but “%(file)s” is not in the package.")
                % {"name": _shown(name), "path": path, "file": f"{_shown(folder)}/{path}"}
            )
    if fields.core_api and fields.core_api > limits.core_api:
        problems.append(
            _("“%(name)s” needs H5P core API %(needed)s; the player provides %(provided)s.")
            % {
                "name": _shown(name),
                "needed": "%d.%d" % fields.core_api,
                "provided": "%d.%d" % limits.core_api,
            }
        )


def _language_files_check(folder: str, files: dict[str, bytes], problems: list[str]) -> None:
    """language/*.json are translations: named after a language code, and valid JSON."""
    for path in files:
        directory, _slash, base = path.rpartition("/")
        if directory != "language" or not base.endswith(".json"):
            continue
        name = f"{folder}/{path}"
        if _LANGUAGE_FILE.fullmatch(base):
            _json_object(files[path], name, problems)
        else:
            problems.append(
                _("“%(name)s”: translation files are named after a language, such as “en.json”.")
                % {"name": _shown(name)}
            )


# Dependencies.


def _dependencies_check(
    declared: _Declared | None,
    libraries: dict[LibraryRef, PackageLibrary],
    unread: set[str],
    installed: Callable[[LibraryRef], bool],
    problems: list[str],
) -> None:
    """Every library needed is in the package or installed already (each asked about once).

    A library whose folder is there but could not be read is not reported again as missing.
    """
    needed_by = defaultdict(list)
    for ref in declared.dependencies if declared else ():
        needed_by[ref].append("h5p.json")
    for library in libraries.values():
        for ref in library.dependencies:
            needed_by[ref].append(f"{library.folder}/library.json")
    for ref, users in needed_by.items():
        if ref in libraries or {ref.folder, ref.machine_name} & unread:
            continue
        if not installed(ref):
            problems.append(
                _("%(library)s is needed by %(users)s but is neither in the package nor installed.")
                % {"library": ref, "users": ", ".join(f"“{_shown(user)}”" for user in users)}
            )


def _dependency_order(
    libraries: dict[LibraryRef, PackageLibrary], problems: list[str]
) -> tuple[PackageLibrary, ...]:
    """The package's libraries, each after those it depends on; cycles are problems."""
    waiting = {
        ref: {dep for dep in lib.dependencies if dep in libraries} for ref, lib in libraries.items()
    }
    dependents = defaultdict(list)
    for ref, deps in waiting.items():
        for dep in deps:
            dependents[dep].append(ref)
    ready = [ref for ref, deps in waiting.items() if not deps]
    heapq.heapify(ready)
    order = []
    while ready:
        ref = heapq.heappop(ready)
        order.append(libraries[ref])
        for dependent in dependents[ref]:
            waiting[dependent].discard(ref)
            if not waiting[dependent]:
                heapq.heappush(ready, dependent)
    stuck = {ref: deps for ref, deps in waiting.items() if deps}
    problems.extend(_cycle_problems(stuck))
    return tuple(order)


def _cycle_problems(stuck: dict[LibraryRef, set[LibraryRef]]) -> list[str]:
    """One problem per cycle among libraries that could not be ordered."""
    walked, cycles = set(), []
    for start in sorted(stuck):
        # Each stuck library depends on another stuck one: walk until a library repeats.
        walk, ref = {}, start
        while ref not in walk and ref not in walked:
            walk[ref] = len(walk)
            ref = min(stuck[ref])
        walked.update(walk)
        if ref in walk:  # a new cycle, not one reported from an earlier start
            cycles.append([*list(walk)[walk[ref] :], ref])
    return [
        _("Libraries depend on each other in a cycle: %(cycle)s.") % {"cycle": _cycle_shown(cycle)}
        for cycle in cycles
    ]


def _cycle_shown(cycle: list[LibraryRef]) -> str:
    """“A 1.0 → B 1.0 → A 1.0”, long cycles shortened in the middle."""
    shown = [str(ref) for ref in cycle]
    if len(shown) > 12:
        shown = [*shown[:10], "…", shown[-1]]
    return " → ".join(shown)


# Helpers.


def _under(files: dict[str, bytes], folder: str) -> dict[str, bytes]:
    """The files in a top-level folder (content/), by their path within it."""
    prefix = f"{folder}/"
    return {
        name.removeprefix(prefix): data for name, data in files.items() if name.startswith(prefix)
    }


def _shown(name: str) -> str:
    """A name as it can be shown: control characters escaped, very long names cut."""
    shown = _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", name)
    return shown if len(shown) <= 200 else f"{shown[:200]}…"


def _size(count: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return ngettext("%(count)d byte", "%(count)d bytes", count) % {"count": count}
