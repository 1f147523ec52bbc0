"""The demo's H5P library and checks: real packages that pass the same checks as an upload."""

import json
import zipfile
from io import BytesIO

import pytest

from courses.h5p.demo import CHECK_FOLDER, CHECK_LIBRARY, DEMO_CHECKS, check_package
from courses.h5p.services import h5p_package_check
from courses.h5p.validation import LibraryRef


def test_a_check_package_passes_the_upload_checks(db):
    data = check_package(
        title="Which number is the helpline?",
        question="Which number does a child call for help in KP?",
        answers=["1121", "15", "1122"],
        correct=0,
        language="ur",
    )

    package = h5p_package_check(data)

    assert package.title == "Which number is the helpline?"
    assert package.language == "ur"
    assert package.main_library == LibraryRef(CHECK_LIBRARY, 1, 0)
    with zipfile.ZipFile(BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == sorted(
            [
                "h5p.json",
                "content/content.json",
                f"{CHECK_FOLDER}/library.json",
                f"{CHECK_FOLDER}/check.js",
                f"{CHECK_FOLDER}/check.css",
            ]
        )
        content = json.loads(archive.read("content/content.json"))
    assert content == {
        "question": "Which number does a child call for help in KP?",
        "answers": ["1121", "15", "1122"],
        "correct": 0,
    }


def test_the_same_check_packs_to_the_same_bytes():
    kwargs = {"title": "T", "question": "Q?", "answers": ["a", "b"], "correct": 1}
    assert check_package(**kwargs) == check_package(**kwargs)


def test_the_correct_answer_must_be_one_of_the_answers():
    with pytest.raises(ValueError):
        check_package(title="T", question="Q?", answers=["a", "b"], correct=2)


@pytest.mark.parametrize("check", DEMO_CHECKS, ids=lambda check: check.title)
def test_every_demo_check_is_a_valid_package_with_one_correct_answer(db, check):
    assert h5p_package_check(check.package()).title == check.title
    assert 3 <= len(check.answers) <= 4 and 0 <= check.correct < len(check.answers)
