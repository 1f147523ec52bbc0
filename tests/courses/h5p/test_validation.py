import hashlib
import random
import stat
import zipfile
from unittest import mock

import pytest
from django.conf import settings

from courses.h5p.validation import H5PInvalid, H5PLimits, LibraryRef, package_read

from .packages import (
    MAIN_FOLDER,
    MAIN_LIBRARY,
    REMOVE,
    TITLE,
    RawEntry,
    base_h5p_json,
    dependency,
    h5p_package,
    json_bytes,
    library_files,
)

# Small limits keep the tests fast and light; the valid package fits them easily.
LIMITS = H5PLimits(max_entries=40, max_file_bytes=64 * 1024, max_total_bytes=256 * 1024)
MAIN = LibraryRef(MAIN_LIBRARY, 1, 0)
LIBRARY_JSON = f"“{MAIN_FOLDER}/library.json”"
SYMLINK = (stat.S_IFLNK | 0o777) << 16


def read(data: bytes, **kwargs):
    return package_read(data, limits=kwargs.pop("limits", LIMITS), **kwargs)


def problems(data: bytes, **kwargs) -> list[str]:
    with pytest.raises(H5PInvalid) as invalid:
        read(data, **kwargs)
    return invalid.value.problems


def reported(found: list[str], *fragments: str) -> bool:
    """Whether one problem holds every fragment (the file's name and the reason)."""
    return any(all(fragment in problem for fragment in fragments) for problem in found)


def noise(size: int) -> bytes:
    """Bytes that do not compress."""
    return random.Random(size).randbytes(size)  # noqa: S311


# Valid packages.


def test_the_valid_package_reads():
    data = h5p_package()
    package = read(data)
    assert package.title == TITLE
    assert package.language == "en"
    assert package.main_library == MAIN
    assert package.sha256 == hashlib.sha256(data).hexdigest()
    assert package.content_json == {
        "question": "2 + 2 = ?",
        "answers": ["3", "4", "5"],
        "correct": 1,
    }
    assert set(package.content_files) == {"content.json"}
    (library,) = package.libraries
    assert library.ref == MAIN
    assert library.folder == MAIN_FOLDER
    assert library.runnable
    assert library.preloaded_js == ("check.js",)
    assert library.preloaded_css == ("check.css",)
    assert set(library.files) == {"library.json", "check.js", "check.css"}
    assert b"triggerXAPIScored" in library.files["check.js"]


def test_the_default_limits_are_the_settings():
    assert H5PLimits() == H5PLimits(
        max_entries=settings.H5P_MAX_ENTRIES,
        max_file_bytes=settings.H5P_MAX_FILE_BYTES,
        max_total_bytes=settings.H5P_MAX_TOTAL_BYTES,
        max_ratio=settings.H5P_MAX_RATIO,
        core_api=tuple(int(part) for part in settings.H5P_CORE_API.split(".")),
    )
    assert read(h5p_package(), limits=H5PLimits()).main_library == MAIN


def test_a_library_ref_names_its_version_and_folder():
    assert str(LibraryRef("H5P.TestQuiz", 1, 1)) == "H5P.TestQuiz 1.1"
    assert LibraryRef("H5P.TestQuiz", 1, 1).folder == "H5P.TestQuiz-1.1"


def test_libraries_come_in_dependency_order():
    data = h5p_package(
        library_json={"preloadedDependencies": [dependency("H5P.Dep")]},
        files={
            **library_files("H5P.Dep", dependencies=[dependency("H5P.Base")]),
            **library_files("H5P.Base"),
            **library_files("H5P.Aside"),
        },
    )
    order = [library.ref.machine_name for library in read(data).libraries]
    assert order.index("H5P.Base") < order.index("H5P.Dep") < order.index(MAIN_LIBRARY)
    assert set(order) == {"H5P.Base", "H5P.Dep", "H5P.Aside", MAIN_LIBRARY}


def test_the_forms_real_packages_use_are_accepted():
    h5p_json = {
        "preloadedDependencies": [
            {"machineName": MAIN_LIBRARY, "majorVersion": "1", "minorVersion": "0"}
        ],
        "embedTypes": ["iframe", "div"],
        "extraTitle": "Tahaffuz",
        "authors": [{"name": "Trainer", "role": "Author"}],
        "editorDependencies": [dependency("H5PEditor.NotHere")],
        "defaultLanguage": "ur",
    }
    library_json = {
        "majorVersion": "1",
        "minorVersion": "0",
        "patchVersion": "3",
        "editorDependencies": [dependency("H5PEditor.NotHere")],
        "metadataSettings": {"disable": 0, "disableExtraTitleField": 1},
    }
    bom_h5p_json = b"\xef\xbb\xbf" + json_bytes({**base_h5p_json(), **h5p_json})
    package = read(h5p_package(library_json=library_json, files={"h5p.json": bom_h5p_json}))
    assert package.main_library == MAIN
    assert package.libraries[0].patch == 3
    assert package.h5p_json["extraTitle"] == "Tahaffuz"


def test_embed_types_may_be_left_out():
    assert read(h5p_package(h5p_json={"embedTypes": REMOVE})).title == TITLE


def test_a_library_folder_may_be_named_without_its_version():
    (library,) = read(h5p_package(folder=MAIN_LIBRARY)).libraries
    assert library.folder == MAIN_LIBRARY


def test_an_installed_library_satisfies_a_dependency_the_package_does_not_carry():
    shared = LibraryRef("H5P.Shared", 1, 2)
    data = h5p_package(
        library_json={"dynamicDependencies": [dependency("H5P.Shared", 1, 2)]},
        files=library_files("H5P.Uses", dependencies=[dependency("H5P.Shared", 1, 2)]),
    )
    asked = []
    package = read(data, installed=lambda ref: asked.append(ref) or ref == shared)
    assert asked == [shared]  # asked once, although two libraries need it
    assert shared not in {library.ref for library in package.libraries}
    assert all(shared in library.dependencies for library in package.libraries)
    assert reported(problems(data), "H5P.Shared 1.2", "neither in the package nor installed")


def test_an_installed_main_library_need_not_be_carried():
    data = h5p_package(
        files={f"{MAIN_FOLDER}/{name}": None for name in ("library.json", "check.js", "check.css")}
    )
    package = read(data, installed=lambda ref: ref == MAIN)
    assert package.main_library == MAIN
    assert package.libraries == ()


def test_names_starting_with_a_dot_or_underscore_are_skipped():
    data = h5p_package(
        entries=[
            RawEntry("__MACOSX/content/._content.json", b"\0\5\26\7"),
            RawEntry(".DS_Store", b"\0\0\0\1Bud1"),
            RawEntry("content/.notes.php", b"<?php"),
            RawEntry(f"{MAIN_FOLDER}/_drafts/old.exe", b"MZ"),
        ]
    )
    package = read(data)
    assert set(package.content_files) == {"content.json"}
    assert set(package.libraries[0].files) == {"library.json", "check.js", "check.css"}


def test_folder_entries_are_accepted():
    data = h5p_package(entries=[RawEntry("content/", external_attr=(stat.S_IFDIR | 0o755) << 16)])
    assert set(read(data).content_files) == {"content.json"}


def test_svg_and_other_library_files_are_accepted_in_a_library():
    data = h5p_package(
        files={
            f"{MAIN_FOLDER}/images/icon.SVG": "<svg xmlns='http://www.w3.org/2000/svg'/>",
            f"{MAIN_FOLDER}/language/ur.json": {"semantics": []},
            "content/images/photo.png": noise(100),
        }
    )
    package = read(data)
    assert "images/icon.SVG" in package.libraries[0].files
    assert "images/photo.png" in package.content_files


# Archives: each problem is found from the zip's directory, before any data is read.


def test_not_a_zip_is_one_clear_problem():
    assert problems(b"<html>not a package</html>") == [
        "The file is not a zip file (an .h5p package is one)."
    ]
    assert reported(problems(h5p_package()[:200]), "not a zip file")


ARCHIVE_CASES = [
    pytest.param(
        {"files": {f"content/{n}.txt": b"x" for n in range(40)}},
        ("45 entries", "at most 40"),
        id="too-many-entries",
    ),
    pytest.param(
        {"entries": [RawEntry("content/big.json", b"{}", declared_size=1_000_000)]},
        ("“content/big.json”", "per file"),
        id="declared-size-over-per-file-limit",
    ),
    pytest.param(
        {"files": {"content/big.txt": noise(70_000)}},
        ("“content/big.txt”", "per file"),
        id="file-over-per-file-limit",
    ),
    pytest.param(
        {"files": {f"content/part{n}.txt": noise(60_000) for n in range(5)}},
        ("unpacks to", "in total"),
        id="total-over-limit",
    ),
    pytest.param(
        {"entries": [RawEntry("../escape.js", b"alert(1)")]},
        ("“../escape.js”", "“..”"),
        id="parent-traversal",
    ),
    pytest.param(
        {"entries": [RawEntry("content/../../escape.json", b"{}")]},
        ("“content/../../escape.json”", "“..”"),
        id="nested-traversal",
    ),
    pytest.param(
        {"entries": [RawEntry("/etc/cron.d/job.txt", b"x")]},
        ("“/etc/cron.d/job.txt”", "absolute"),
        id="absolute-path",
    ),
    pytest.param(
        {"entries": [RawEntry("content\\..\\evil.json", b"{}")]},
        ("“content\\..\\evil.json”", "backslash"),
        id="backslash",
    ),
    pytest.param(
        {"entries": [RawEntry("C:/Windows/evil.json", b"{}")]},
        ("“C:/Windows/evil.json”", "drive letter"),
        id="drive-letter",
    ),
    pytest.param(
        {"entries": [RawEntry("content/a\0.json.js", b"{}")]},
        ("“content/a\\x00.json.js”", "NUL"),
        id="nul-in-name",
    ),
    pytest.param(
        {"entries": [RawEntry("content//hidden.json", b"{}")]},
        ("“content//hidden.json”", "empty folder"),
        id="empty-folder-name",
    ),
    pytest.param(
        {"entries": [RawEntry("content/passwd.json", b"/etc/passwd", external_attr=SYMLINK)]},
        ("“content/passwd.json”", "symbolic link"),
        id="symlink",
    ),
    pytest.param(
        {"entries": [RawEntry("content/content.json", b'{"question": "other"}')]},
        ("“content/content.json”", "more than once"),
        id="duplicate-name",
    ),
    pytest.param(
        {"entries": [RawEntry("content/Content.json", b"{}")]},
        ("“content/content.json”", "“content/Content.json”", "upper and lower case"),
        id="duplicate-name-in-other-case",
    ),
    pytest.param(
        {"files": {f"{MAIN_FOLDER}/check.js/inner.js": ""}},
        (f"“{MAIN_FOLDER}/check.js”", "both a file and a folder"),
        id="file-and-folder-of-one-name",
    ),
    pytest.param(
        {"entries": [RawEntry("content/secret.json", b"{}", flag_bits=0x1)]},
        ("“content/secret.json”", "encrypted"),
        id="encrypted",
    ),
    *(
        pytest.param(
            {"entries": [RawEntry(f"content/a{char}b.json", b"{}")]},
            (f"“content/a{char}b.json”", "not allowed in names"),
            id=f"character-{char}",
        )
        for char in '<>:"|?*'
    ),
]


@pytest.mark.parametrize(("changes", "fragments"), ARCHIVE_CASES)
def test_archive_problems_are_found_before_any_data_is_read(changes, fragments):
    data = h5p_package(**changes)
    with mock.patch.object(zipfile.ZipFile, "open", side_effect=AssertionError("read")):
        found = problems(data)
    assert reported(found, *fragments), found


def test_a_zip_bomb_is_refused_by_its_compression_ratio():
    bomb = h5p_package(files={"content/bomb.txt": bytes(2 * 1024 * 1024)})
    roomy = H5PLimits(max_file_bytes=4 * 1024 * 1024, max_total_bytes=8 * 1024 * 1024)
    assert reported(problems(bomb, limits=roomy), "“content/bomb.txt”", "zip bomb")


def test_tiny_very_compressible_files_do_not_look_like_bombs():
    data = h5p_package(files={"content/blank.txt": bytes(60_000)})
    assert "blank.txt" in read(data).content_files


def test_a_lying_size_cannot_make_an_entry_unpack_past_it():
    data = h5p_package(
        entries=[RawEntry("content/data.json", b"[" + b"0," * 500 + b"0]", declared_size=10)]
    )
    assert reported(problems(data), "“content/data.json”", "cannot be unpacked")


def test_the_entry_limit_is_one_problem_however_many_entries():
    data = h5p_package(files={f"content/{n}.txt": b"" for n in range(100)})
    assert problems(data) == ["The package has 105 entries; at most 40 are allowed."]


def test_far_too_many_entries_are_refused_before_the_zip_is_parsed():
    data = h5p_package(files={f"content/{n}.txt": b"" for n in range(200)})
    with mock.patch.object(zipfile, "ZipFile", side_effect=AssertionError("parsed")):
        found = problems(data)
    assert found == ["The package has more than 160 entries; at most 40 are allowed."]


# Package contents: each problem names the file and why.


def without(*names: str) -> dict:
    return {"files": dict.fromkeys(names)}


CONTENT_CASES = [
    pytest.param(
        {"files": {"content/run.php": "<?php system($_GET['c']);"}},
        ("“content/run.php”", "“.php”", "content"),
        id="php-in-content",
    ),
    pytest.param(
        {"files": {"content/image.svg": "<svg onload='alert(1)'/>"}},
        ("“content/image.svg”", "SVG"),
        id="svg-in-content",
    ),
    pytest.param(
        {"files": {f"{MAIN_FOLDER}/page.html": "<script>alert(1)</script>"}},
        (f"“{MAIN_FOLDER}/page.html”", "“.html”", "libraries"),
        id="html-in-library",
    ),
    pytest.param(
        {"files": {"content/README": "no extension"}},
        ("“content/README”", "no file extension"),
        id="no-extension",
    ),
    pytest.param(
        {"files": {"setup.exe": b"MZ"}},
        ("“setup.exe”", "“.exe”", "not allowed"),
        id="exe-at-the-top",
    ),
    pytest.param(without("h5p.json"), ("h5p.json is missing",), id="h5p-json-missing"),
    pytest.param(
        {"files": {"h5p.json": b'{"title": "unfinished'}},
        ("“h5p.json” is not valid JSON",),
        id="h5p-json-not-json",
    ),
    pytest.param(
        {"files": {"h5p.json": b"\xff\xfe not text"}},
        ("“h5p.json” is not valid JSON",),
        id="h5p-json-not-utf8",
    ),
    pytest.param(
        {"files": {"h5p.json": [base_h5p_json()]}},
        ("“h5p.json” must hold a JSON object",),
        id="h5p-json-not-an-object",
    ),
    pytest.param(
        {"h5p_json": {"title": "x" * 256}},
        ("“h5p.json”", "“title”", "255"),
        id="title-too-long",
    ),
    pytest.param({"h5p_json": {"title": "   "}}, ("“h5p.json”", "“title”"), id="title-blank"),
    pytest.param(
        {"h5p_json": {"title": REMOVE}},
        ("“h5p.json”", "“title” is missing"),
        id="title-missing",
    ),
    pytest.param(
        {"h5p_json": {"language": "English (UK)"}},
        ("“h5p.json”", "“language”"),
        id="bad-language",
    ),
    pytest.param(
        {"h5p_json": {"language": REMOVE}},
        ("“h5p.json”", "“language” is missing"),
        id="language-missing",
    ),
    pytest.param(
        {"h5p_json": {"mainLibrary": "1 bad name"}},
        ("“h5p.json”", "“mainLibrary”"),
        id="bad-main-library",
    ),
    pytest.param(
        {"h5p_json": {"mainLibrary": "H5P.Elsewhere"}},
        ("“h5p.json”", "“H5P.Elsewhere”", "“preloadedDependencies”"),
        id="main-library-not-a-dependency",
    ),
    pytest.param(
        {"h5p_json": {"embedTypes": ["popup"]}},
        ("“h5p.json”", "“embedTypes”"),
        id="bad-embed-types",
    ),
    pytest.param(
        {"h5p_json": {"preloadedDependencies": REMOVE}},
        ("“h5p.json”", "“preloadedDependencies”", "at least one"),
        id="no-preloaded-dependencies",
    ),
    pytest.param(
        {"h5p_json": {"preloadedDependencies": []}},
        ("“h5p.json”", "“preloadedDependencies”", "at least one"),
        id="empty-preloaded-dependencies",
    ),
    pytest.param(
        {"h5p_json": {"preloadedDependencies": [dependency(MAIN_LIBRARY, major="one")]}},
        ("“h5p.json”", "“preloadedDependencies[0].majorVersion”", "whole number"),
        id="bad-version-text",
    ),
    pytest.param(
        {"h5p_json": {"preloadedDependencies": [dependency(MAIN_LIBRARY, minor=100_000)]}},
        ("“h5p.json”", "“preloadedDependencies[0].minorVersion”", "whole number"),
        id="version-too-big",
    ),
    pytest.param(
        {"h5p_json": {"preloadedDependencies": [dependency(MAIN_LIBRARY, minor=True)]}},
        ("“h5p.json”", "“preloadedDependencies[0].minorVersion”", "whole number"),
        id="version-true",
    ),
    pytest.param(
        {"h5p_json": {"preloadedDependencies": ["H5P.TahaffuzCheck 1.0"]}},
        ("“h5p.json”", "“preloadedDependencies[0]”", "must be an object"),
        id="dependency-not-an-object",
    ),
    pytest.param(
        without("content/content.json"),
        ("content/content.json is missing",),
        id="content-json-missing",
    ),
    pytest.param(
        {"files": {"content/content.json": b"{'question': 1}"}},
        ("“content/content.json” is not valid JSON",),
        id="content-json-not-json",
    ),
    pytest.param(
        {"folder": "H5P.Wrong-1.0"},
        ("“H5P.Wrong-1.0/”", "“H5P.TahaffuzCheck-1.0”"),
        id="folder-name-mismatch",
    ),
    pytest.param(
        {"folder": "H5P.TahaffuzCheck-1.1"},
        ("“H5P.TahaffuzCheck-1.1/”", "“H5P.TahaffuzCheck-1.0”"),
        id="folder-version-mismatch",
    ),
    pytest.param(
        {"folder": "H5P Tahaffuz Check"},
        ("“H5P Tahaffuz Check/”", "library folder names"),
        id="folder-name-invalid",
    ),
    pytest.param(
        without(f"{MAIN_FOLDER}/library.json"),
        (f"{LIBRARY_JSON} is missing",),
        id="library-json-missing",
    ),
    pytest.param(
        {"files": {f"{MAIN_FOLDER}/library.json": b"{"}},
        (f"{LIBRARY_JSON} is not valid JSON",),
        id="library-json-not-json",
    ),
    pytest.param(
        {"library_json": {"patchVersion": REMOVE}},
        (LIBRARY_JSON, "“patchVersion” is missing"),
        id="library-patch-version-missing",
    ),
    pytest.param(
        {"library_json": {"title": REMOVE}},
        (LIBRARY_JSON, "“title” is missing"),
        id="library-title-missing",
    ),
    pytest.param(
        {"library_json": {"machineName": "H5P/Check"}},
        (LIBRARY_JSON, "“machineName”"),
        id="library-machine-name-invalid",
    ),
    pytest.param(
        {"library_json": {"runnable": 2}},
        (LIBRARY_JSON, "“runnable”", "0 or 1"),
        id="library-runnable-invalid",
    ),
    pytest.param(
        {"library_json": {"preloadedJs": [{"path": "../H5P.Other-1.0/other.js"}]}},
        (LIBRARY_JSON, "“../H5P.Other-1.0/other.js”", "“preloadedJs”"),
        id="preloaded-js-path-leaves-the-folder",
    ),
    pytest.param(
        {"library_json": {"preloadedJs": [{"path": "check.php"}]}},
        (LIBRARY_JSON, "“check.php”", ".js"),
        id="preloaded-js-not-js",
    ),
    pytest.param(
        {"library_json": {"preloadedCss": "check.css"}},
        (LIBRARY_JSON, "“preloadedCss”", "list"),
        id="preloaded-css-not-a-list",
    ),
    pytest.param(
        without(f"{MAIN_FOLDER}/check.js"),
        (LIBRARY_JSON, f"“{MAIN_FOLDER}/check.js”", "not in the package"),
        id="preloaded-js-file-missing",
    ),
    pytest.param(
        without(f"{MAIN_FOLDER}/check.css"),
        (LIBRARY_JSON, f"“{MAIN_FOLDER}/check.css”", "not in the package"),
        id="preloaded-css-file-missing",
    ),
    pytest.param(
        {"library_json": {"coreApi": {"majorVersion": 1, "minorVersion": 28}}},
        (LIBRARY_JSON, "core API 1.28", "1.27"),
        id="core-api-too-new",
    ),
    pytest.param(
        {"library_json": {"coreApi": {"majorVersion": 2, "minorVersion": 0}}},
        (LIBRARY_JSON, "core API 2.0"),
        id="core-api-major-too-new",
    ),
    pytest.param(
        {"library_json": {"runnable": 0}},
        (LIBRARY_JSON, "not runnable"),
        id="main-library-not-runnable",
    ),
    pytest.param(
        {"files": {f"{MAIN_FOLDER}/language/en_GB.json": {}}},
        (f"“{MAIN_FOLDER}/language/en_GB.json”", "named after a language"),
        id="language-file-name",
    ),
    pytest.param(
        {"files": {f"{MAIN_FOLDER}/language/ur.json": b"{"}},
        (f"“{MAIN_FOLDER}/language/ur.json” is not valid JSON",),
        id="language-file-not-json",
    ),
    pytest.param(
        {"library_json": {"preloadedDependencies": [dependency("H5P.Missing", 2, 3)]}},
        ("H5P.Missing 2.3", LIBRARY_JSON, "neither in the package nor installed"),
        id="missing-dependency",
    ),
    pytest.param(
        {"library_json": {"dynamicDependencies": [dependency("H5P.Later")]}},
        ("H5P.Later 1.0", LIBRARY_JSON, "neither in the package nor installed"),
        id="missing-dynamic-dependency",
    ),
    pytest.param(
        {"h5p_json": {"preloadedDependencies": [dependency(MAIN_LIBRARY), dependency("H5P.Gone")]}},
        ("H5P.Gone 1.0", "“h5p.json”", "neither in the package nor installed"),
        id="missing-dependency-of-the-package",
    ),
    pytest.param(
        {
            "library_json": {"preloadedDependencies": [dependency("H5P.Loop")]},
            "files": library_files("H5P.Loop", dependencies=[dependency(MAIN_LIBRARY)]),
        },
        ("cycle", "H5P.Loop 1.0 → H5P.TahaffuzCheck 1.0 → H5P.Loop 1.0"),
        id="dependency-cycle",
    ),
    pytest.param(
        {"files": library_files(MAIN_LIBRARY, folder=MAIN_LIBRARY, runnable=1)},
        ("H5P.TahaffuzCheck 1.0", f"“{MAIN_FOLDER}/”", f"“{MAIN_LIBRARY}/”", "two folders"),
        id="library-in-two-folders",
    ),
]


@pytest.mark.parametrize(("changes", "fragments"), CONTENT_CASES)
def test_each_broken_package_names_the_file_and_why(changes, fragments):
    found = problems(h5p_package(**changes))
    assert reported(found, *fragments), found


def test_a_library_depending_on_itself_is_a_cycle():
    data = h5p_package(library_json={"preloadedDependencies": [dependency(MAIN_LIBRARY)]})
    assert problems(data) == [
        "Libraries depend on each other in a cycle: H5P.TahaffuzCheck 1.0 → H5P.TahaffuzCheck 1.0."
    ]


def test_a_library_with_invalid_fields_still_counts_as_carried():
    found = problems(
        h5p_package(library_json={"runnable": "yes", "preloadedJs": [{"path": "/x.js"}]})
    )
    assert len(found) == 2
    assert not reported(found, "neither in the package nor installed")


def test_a_package_with_several_problems_reports_all_of_them():
    data = h5p_package(
        h5p_json={"language": "?"},
        content={"question": "still fine"},
        library_json={
            "coreApi": {"majorVersion": 1, "minorVersion": 99},
            "preloadedDependencies": [dependency("H5P.Missing")],
        },
        files={
            "content/run.php": "<?php",
            "content/image.svg": "<svg/>",
            f"{MAIN_FOLDER}/check.css": None,
        },
    )
    found = problems(data)
    assert reported(found, "“content/run.php”")
    assert reported(found, "“content/image.svg”")
    assert reported(found, "“h5p.json”", "“language”")
    assert reported(found, f"“{MAIN_FOLDER}/check.css”")
    assert reported(found, LIBRARY_JSON, "core API 1.99")
    assert reported(found, "H5P.Missing 1.0")
    assert len(found) == 6


def test_several_archive_problems_are_all_reported():
    data = h5p_package(
        entries=[
            RawEntry("../a.json", b"{}"),
            RawEntry("content/b.json", b"{}", flag_bits=0x1),
            RawEntry("content/c.json", b"{}", external_attr=SYMLINK),
        ]
    )
    found = problems(data)
    for name in ("“../a.json”", "“content/b.json”", "“content/c.json”"):
        assert reported(found, name), found
    assert len(found) == 3


def test_a_broken_library_folder_is_not_also_reported_as_missing():
    found = problems(h5p_package(files={f"{MAIN_FOLDER}/library.json": b"not json"}))
    assert len(found) == 1
    assert reported(found, f"{LIBRARY_JSON} is not valid JSON")
