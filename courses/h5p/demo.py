"""The one H5P library we have, H5P.TahaffuzCheck 1.0, and the demo's H5P activity built with it.

The library is our own and tiny: one question with answer buttons. A click reports `answered`
then `completed` (with the score) through xAPI, and the chosen answer is the resumable state.

    check_package(title=..., question=..., answers=[...], correct=1)  # a valid .h5p, as bytes
    demo_h5p_load(course=course)  # the demo's check, imported and placed in its lesson

Built through the services real uploads use.
"""

import io
import json
import zipfile
from dataclasses import dataclass

from django.db import transaction

from courses.content.selectors import course_outline

from .models import H5PContent
from .services import h5p_content_import

CHECK_LIBRARY = "H5P.TahaffuzCheck"
CHECK_FOLDER = f"{CHECK_LIBRARY}-1.0"
CHECK_TITLE = "Tahaffuz check"

CHECK_JS = """\
var H5P = H5P || {};

/**
 * One question with answer buttons. A click reports `answered` then `completed` through xAPI;
 * the chosen answer is the resumable state.
 */
H5P.TahaffuzCheck = function (params, contentId, extras) {
  H5P.EventDispatcher.call(this);
  this.params = params || {};
  this.contentId = contentId;
  var previous = (extras && extras.previousState) || {};
  this.chosen = typeof previous.chosen === 'number' ? previous.chosen : null;
  this.getCurrentState = () => ({chosen: this.chosen});
};

H5P.TahaffuzCheck.prototype = Object.create(H5P.EventDispatcher.prototype);
H5P.TahaffuzCheck.prototype.constructor = H5P.TahaffuzCheck;

H5P.TahaffuzCheck.prototype.attach = function ($container) {
  var $ = H5P.jQuery;
  var self = this;
  $container.addClass('h5p-tahaffuz-check').empty();
  $('<p class="h5p-tahaffuz-check-question"></p>').text(this.params.question || '').appendTo($container);
  var $answers = $('<div class="h5p-tahaffuz-check-answers" role="group"></div>').appendTo($container);
  (this.params.answers || []).forEach(function (answer, index) {
    $('<button type="button" class="h5p-tahaffuz-check-answer"></button>')
      .text(answer)
      .attr('data-index', index)
      .on('click', function () {
        self.answer(index);
      })
      .appendTo($answers);
  });
  this.$answers = $answers;
  this.showChosen();
};

H5P.TahaffuzCheck.prototype.answer = function (index) {
  this.chosen = index;
  this.showChosen();
  var success = index === this.params.correct;
  var score = success ? 1 : 0;
  this.triggerXAPIScored(score, 1, 'answered', true, success);
  this.triggerXAPIScored(score, 1, 'completed', true, success);
};

H5P.TahaffuzCheck.prototype.showChosen = function () {
  var chosen = this.chosen;
  this.$answers.children().each(function (index, button) {
    H5P.jQuery(button)
      .toggleClass('h5p-tahaffuz-check-chosen', index === chosen)
      .attr('aria-pressed', index === chosen ? 'true' : 'false');
  });
};

H5P.TahaffuzCheck.prototype.getScore = function () {
  return this.chosen === this.params.correct ? 1 : 0;
};

H5P.TahaffuzCheck.prototype.getMaxScore = function () {
  return 1;
};
"""

CHECK_CSS = """\
.h5p-tahaffuz-check { padding: 1em; font-size: 1.1em; }
.h5p-tahaffuz-check-answers { display: flex; flex-wrap: wrap; gap: 0.5em; }
.h5p-tahaffuz-check-answer { padding: 0.5em 1em; border: 1px solid #555; cursor: pointer; }
.h5p-tahaffuz-check-chosen { background: #1d4f91; color: #fff; }
"""

# A fixed time for every zip entry: the same check always packs to the same bytes, so importing it
# again finds the content already stored.
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def dependency(machine_name: str, major: int = 1, minor: int = 0) -> dict:
    """A dependency entry as h5p.json and library.json list them."""
    return {"machineName": machine_name, "majorVersion": major, "minorVersion": minor}


def check_library_json() -> dict:
    """The library.json of H5P.TahaffuzCheck 1.0."""
    return {
        "title": CHECK_TITLE,
        "machineName": CHECK_LIBRARY,
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 1,
        "license": "MIT",
        "author": "Tahaffuz",
        "embedTypes": ["iframe"],
        "coreApi": {"majorVersion": 1, "minorVersion": 24},
        "preloadedJs": [{"path": "check.js"}],
        "preloadedCss": [{"path": "check.css"}],
    }


def check_h5p_json(*, title: str, language: str = "en") -> dict:
    """The h5p.json of a package whose main library is H5P.TahaffuzCheck 1.0."""
    return {
        "title": title,
        "language": language,
        "mainLibrary": CHECK_LIBRARY,
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [dependency(CHECK_LIBRARY)],
    }


def check_content(*, question: str, answers, correct: int) -> dict:
    """content/content.json: the question, its answers, and the index of the correct one."""
    answers = list(answers)
    if not 0 <= correct < len(answers):
        raise ValueError("`correct` must be the index of one of the answers.")
    return {"question": question, "answers": answers, "correct": correct}


def json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode()


def check_package(*, title: str, question: str, answers, correct: int, language="en") -> bytes:
    """A valid .h5p package of one check, carrying the library, as zip bytes (deterministic)."""
    files = {
        "h5p.json": json_bytes(check_h5p_json(title=title, language=language)),
        "content/content.json": json_bytes(
            check_content(question=question, answers=answers, correct=correct)
        ),
        f"{CHECK_FOLDER}/library.json": json_bytes(check_library_json()),
        f"{CHECK_FOLDER}/check.js": CHECK_JS.encode(),
        f"{CHECK_FOLDER}/check.css": CHECK_CSS.encode(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


@dataclass(frozen=True)
class DemoCheck:
    """A check placed at the end of a lesson: `day` and `lesson` count from 1."""

    title: str
    description: str
    question: str
    answers: tuple[str, ...]
    correct: int
    day: int
    lesson: int

    def package(self) -> bytes:
        return check_package(
            title=self.title, question=self.question, answers=self.answers, correct=self.correct
        )


# Written from the six steps of the Inter-Agency Guidelines (2014), taught in lesson 1.2.
DEMO_CHECKS = (
    DemoCheck(
        title="Check: what comes after registration?",
        description=(
            "One question on the six steps of case management, to check your understanding. It "
            "does not count towards completing the lesson."
        ),
        question=(
            "A teacher in Mardan tells the CPU that Rabia, 10, often comes to school hungry and "
            "with bruises on her arms. The CPO finds that she meets the risk criteria and "
            "registers the case with her mother's consent and Rabia's assent. What should the "
            "team do next?"
        ),
        answers=(
            "Write the case plan at once, so that services can start this week.",
            "Assess Rabia's safety, needs and strengths with her and her family.",
            "Close the case, because her mother has agreed to work with the CPU.",
            "Ask a Child Protection Court to order that Rabia leaves her home.",
        ),
        correct=1,
        day=1,
        lesson=2,
    ),
)


def _placed(lesson, content: H5PContent) -> bool:
    return any(
        block.block_type == "h5p" and getattr(block.value["content"], "pk", None) == content.pk
        for block in lesson.body
    )


def _place(lesson, content: H5PContent) -> None:
    """Append the content to the lesson as an optional activity, and publish the lesson."""
    lesson.body.append(
        (
            "h5p",
            {
                "content": content,
                "grading_method": "highest",
                "pass_percent": 70,
                "required_to_complete": False,
            },
        )
    )
    lesson.save_revision().publish()


@transaction.atomic
def demo_h5p_load(*, course) -> list[H5PContent]:
    """Each demo check imported and placed at the end of its lesson. Idempotent."""
    outline = course_outline(course)
    titles = [check.title for check in DEMO_CHECKS]
    existing = {content.title: content for content in H5PContent.objects.filter(title__in=titles)}
    loaded = []
    for check in DEMO_CHECKS:
        content = existing.get(check.title) or h5p_content_import(
            check.package(), title=check.title, description=check.description
        )
        lesson = outline[check.day - 1][1][check.lesson - 1]
        if not _placed(lesson, content):
            _place(lesson, content)
        loaded.append(content)
    return loaded
