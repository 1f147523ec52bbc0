"""Real .h5p packages (zip bytes) for tests: a minimal valid one, and any variant of it.

The valid package carries one tiny library of our own, H5P.TahaffuzCheck 1.0 (courses.h5p.demo):
a question with answer buttons that reports `answered` and `completed` through xAPI and can resume
its state.

    h5p_package()                                          # valid
    h5p_package(h5p_json={"language": "not a language"})   # change fields; REMOVE deletes one
    h5p_package(files={"content/run.php": b"<?php", f"{MAIN_FOLDER}/check.css": None})
    h5p_package(entries=[RawEntry("../escape.txt", b"x")])  # entries written exactly as given
"""

import io
import struct
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from courses.h5p.demo import (
    CHECK_CSS,
    CHECK_FOLDER,
    CHECK_JS,
    CHECK_LIBRARY,
    CHECK_TITLE,
    check_content,
    check_h5p_json,
    check_library_json,
    dependency,  # noqa: F401 - the tests build dependency entries from here
    json_bytes,
)

MAIN_LIBRARY = CHECK_LIBRARY
MAIN_FOLDER = CHECK_FOLDER
TITLE = CHECK_TITLE
REMOVE = object()  # as a value in h5p_json, content or library_json: delete that key


def base_h5p_json() -> dict:
    return check_h5p_json(title=TITLE)


def base_content() -> dict:
    return check_content(question="2 + 2 = ?", answers=["3", "4", "5"], correct=1)


def base_library_json() -> dict:
    return check_library_json()


def library_files(
    machine_name: str,
    major: int = 1,
    minor: int = 0,
    *,
    folder: str | None = None,
    dependencies: Sequence[dict] = (),
    **fields,
) -> dict[str, bytes]:
    """Another (non-runnable) library's folder: library.json and one script."""
    folder = folder or f"{machine_name}-{major}.{minor}"
    library_json = {
        "title": machine_name,
        "machineName": machine_name,
        "majorVersion": major,
        "minorVersion": minor,
        "patchVersion": 0,
        "runnable": 0,
        "preloadedJs": [{"path": "library.js"}],
        "preloadedDependencies": list(dependencies),
        **fields,
    }
    script = f"/* {machine_name} {major}.{minor} */\n"
    return {
        f"{folder}/library.json": json_bytes(library_json),
        f"{folder}/library.js": script.encode(),
    }


def package_files(
    *,
    h5p_json: Mapping | None = None,
    content: Mapping | None = None,
    library_json: Mapping | None = None,
    folder: str = MAIN_FOLDER,
) -> dict[str, bytes]:
    """The valid package's files by name, with the given fields changed."""
    return {
        "h5p.json": json_bytes(_changed(base_h5p_json(), h5p_json)),
        "content/content.json": json_bytes(_changed(base_content(), content)),
        f"{folder}/library.json": json_bytes(_changed(base_library_json(), library_json)),
        f"{folder}/check.js": CHECK_JS.encode(),
        f"{folder}/check.css": CHECK_CSS.encode(),
    }


@dataclass(frozen=True)
class RawEntry:
    """A zip entry written exactly as given (after the package's files), for hostile variants."""

    name: str  # may hold anything, NUL included
    data: bytes = b""
    compress_type: int = zipfile.ZIP_DEFLATED
    flag_bits: int = 0  # set in the headers after writing, e.g. 0x1 "encrypted"
    external_attr: int = 0o644 << 16
    create_system: int = 3  # Unix, so external_attr holds a file mode
    declared_size: int | None = None  # the central directory's (lying) uncompressed size


def h5p_package(
    *,
    h5p_json: Mapping | None = None,
    content: Mapping | None = None,
    library_json: Mapping | None = None,
    folder: str = MAIN_FOLDER,
    files: Mapping[str, bytes | str | dict | list | None] | None = None,
    entries: Sequence[RawEntry] = (),
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """The valid package as .h5p bytes, changed as asked.

    h5p_json, content, library_json: fields to change (REMOVE deletes one); folder: the main
    library's folder name; files: add or replace files (text is UTF-8, dicts and lists become
    JSON, None removes one); entries: raw entries added as they are.
    """
    tree = package_files(
        h5p_json=h5p_json, content=content, library_json=library_json, folder=folder
    )
    for name, value in (files or {}).items():
        if value is None:
            del tree[name]
        else:
            tree[name] = _as_bytes(value)
    return zip_bytes(tree, entries, compression)


def zip_bytes(
    files: Mapping[str, bytes],
    entries: Sequence[RawEntry] = (),
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A zip of the files, then the raw entries, with their headers patched as asked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are wanted here
        for name, data in files.items():
            archive.writestr(name, data)
        for entry in entries:
            archive.writestr(_zip_info(entry), entry.data)
    data = bytearray(buffer.getvalue())
    for entry in entries:
        _patch(data, entry)
    return bytes(data)


def _changed(doc: dict, changes: Mapping | None) -> dict:
    for key, value in (changes or {}).items():
        if value is REMOVE:
            doc.pop(key, None)
        else:
            doc[key] = value
    return doc


def _as_bytes(value) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    return json_bytes(value)


def _placeholder(name: str) -> str:
    """zipfile cuts names at NUL, so such names are written with "#" and patched afterwards."""
    return name.replace("\0", "#")


def _zip_info(entry: RawEntry) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(_placeholder(entry.name), date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = entry.compress_type
    info.external_attr = entry.external_attr
    info.create_system = entry.create_system
    return info


# Central directory record and local header layouts (APPNOTE 4.3.12 and 4.3.7).
_CENTRAL = b"PK\x01\x02"
_END = b"PK\x05\x06"


def _patch(data: bytearray, entry: RawEntry) -> None:
    """Write the entry's real name, extra flag bits and declared size into its headers.

    Only the last entry with the (placeholder) name is patched, so earlier duplicates keep theirs.
    """
    written, wanted = _placeholder(entry.name).encode(), entry.name.encode()
    record = _central_records(bytes(data))[written][-1]
    local = struct.unpack_from("<I", data, record + 42)[0]
    data[record + 46 : record + 46 + len(wanted)] = wanted
    data[local + 30 : local + 30 + len(wanted)] = wanted
    for flags_at in (record + 8, local + 6):
        flags = struct.unpack_from("<H", data, flags_at)[0]
        struct.pack_into("<H", data, flags_at, flags | entry.flag_bits)
    if entry.declared_size is not None:
        struct.pack_into("<I", data, record + 24, entry.declared_size)


def _central_records(data: bytes) -> dict[bytes, list[int]]:
    """Offsets of the central directory records, by name."""
    end = data.rindex(_END)
    size, offset = struct.unpack_from("<II", data, end + 12)
    records, position = {}, offset
    while position < offset + size:
        assert data[position : position + 4] == _CENTRAL
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, position + 28)
        name = data[position + 46 : position + 46 + name_length]
        records.setdefault(name, []).append(position)
        position += 46 + name_length + extra_length + comment_length
    return records
