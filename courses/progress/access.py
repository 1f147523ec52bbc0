"""Who may use which lesson, and which activity of a lesson, now: the one place it is decided.

Every entry point asks here: the course, day and lesson pages, lesson completion, notes and the
heartbeat, lesson search, documents, quiz start and every attempt, case simulations, the H5P
player, its statements and its state. The rules:

- a learner reads the course they are actively enrolled in, and nothing else (404 otherwise);
- a learner uses a lesson only once its day is open (403, saying when it opens);
- an activity is used through a live lesson of that course which places it (404 otherwise);
- facilitators, the Commission and administrators read every course, every day open, and never
  leave progress or start attempts (staff readers).

What is checked when: the whole policy when a quiz attempt starts, each time its page opens and
when it is submitted. Its answer saves (many a minute on post-test day) check only what can change
within a sitting and must stop it at once: that the attempt is the learner's own and open (the
attempt service) and that the learner is still actively enrolled (`still_enrolled`, read with the
attempt, no query of its own). A day, once open, stays open; a lesson unpublished or no longer
placing the quiz stops the attempt at its next page load or at submission, not at each save.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Locale

from courses.cohorts.models import Enrolment, EnrolmentStatus
from courses.content.blocks import ACTIVITY_FIELDS
from courses.content.models import CoursePage, LessonPage
from courses.content.structure import course_routes, course_structure
from lms.accounts.roles import reads_every_course

from .selectors import CourseProgress, DayRow, learner_course_progress, learner_enrolment


class LessonClosed(PermissionDenied):
    """The lesson exists and the reader is enrolled, but its day is not open to them yet."""


class NoLongerEnrolled(Http404):
    """The learner's enrolment ended (withdrawn, completed) while they were using an activity."""

    def __init__(self):
        super().__init__(_("You are not enrolled in a course."))


def still_enrolled(learner: str = "learner") -> Exists:
    """Whether the learner (the field `learner` of the rows queried) is still actively enrolled:
    the check an answer save of a started attempt makes, read in the query loading the attempt."""
    return Exists(
        Enrolment.objects.filter(learner=OuterRef(learner), status=EnrolmentStatus.ACTIVE)
    )


class StaffReader(PermissionDenied):
    """Staff read every lesson but do not take its activities (attempts are learners' evidence)."""


@dataclass
class CourseReading:
    """How one person reads one course: as an enrolled learner or as staff."""

    user: object
    course: CoursePage
    enrolment: object | None
    is_staff_reader: bool
    progress: CourseProgress

    def day_of(self, page) -> DayRow | None:
        return self.progress.day_of(page)


def source_page(page):
    """Progress and access follow the source-language tree; a translation is read through it."""
    if page.locale_id == course_routes().default_locale_id:
        return page
    return page.get_translation_or_none(Locale.get_default()) or page


def _course_of(page) -> CoursePage | None:
    """The live course a page belongs to: from the cached course tree when the page is live
    there, else from the database."""
    if isinstance(page, CoursePage):
        return page
    course_id = course_routes().course_of.get(page.pk)
    if course_id is not None:
        return course_structure(course_id).course
    return CoursePage.objects.ancestor_of(page).live().first()


def course_reading(user, page, enrolment=None) -> CourseReading:
    """How `user` reads the course of `page` (a course, day or lesson page); 404 when they may
    not read it at all. `enrolment`: the user's active enrolment, when read already."""
    course = _course_of(page)
    if course is None:
        raise Http404
    is_staff_reader = reads_every_course(user)
    if enrolment is None or enrolment.course_id != course.pk:
        enrolment = learner_enrolment(user, course) if user.is_authenticated else None
    if not is_staff_reader and enrolment is None:
        raise Http404(_("You are not enrolled in this course."))
    progress = learner_course_progress(
        learner=user, course=course, enrolment=enrolment, locks_apply=not is_staff_reader
    )
    return CourseReading(user, course, enrolment, is_staff_reader, progress)


@dataclass
class LessonAccess:
    """A lesson the reader may open now, with how they read its course."""

    lesson: LessonPage  # the source-language lesson
    reading: CourseReading
    day_row: DayRow

    @property
    def is_staff_reader(self) -> bool:
        return self.reading.is_staff_reader

    @property
    def enrolment(self):
        return self.reading.enrolment


def lesson_access(user, lesson, enrolment=None) -> LessonAccess:
    """The live lesson, open to `user` now; else 404 (not theirs) or LessonClosed (not yet).
    `enrolment`: the user's active enrolment, when the caller has read it already."""
    lesson = source_page(lesson)
    if not lesson.live:
        raise Http404
    reading = course_reading(user, lesson, enrolment=enrolment)
    day_row = reading.day_of(lesson)
    if day_row is None:
        raise Http404
    if day_row.lock:
        raise LessonClosed(day_row.lock.reason)
    return LessonAccess(lesson=lesson.specific, reading=reading, day_row=day_row)


def activity_source_id(block_type: str, activity) -> int:
    """The id a source-language lesson places the activity by (a simulation's source copy)."""
    if block_type == "simulation":
        activity = activity.get_translation_or_none(Locale.get_default()) or activity
    return activity.pk


def lesson_places(lesson: LessonPage, block_type: str, activity_id: int):
    """The lesson's block placing that activity (its value), or None."""
    field = ACTIVITY_FIELDS[block_type]
    for block in lesson.body:
        chosen = block.value[field] if block.block_type == block_type else None
        if chosen is not None and chosen.pk == activity_id:
            return block.value
    return None


def activity_access(user, *, lesson, block_type: str, activity, taking: bool = True):
    """May `user` use this activity (or activity id) of this lesson now? Returns the lesson's
    access and the block placing it. Refusals: 404 when the lesson is not theirs or does not
    place the activity, LessonClosed when its day is not open, StaffReader when staff would
    take it (`taking`)."""
    access = lesson_access(user, lesson)
    activity_id = (
        activity if isinstance(activity, int) else activity_source_id(block_type, activity)
    )
    block = lesson_places(access.lesson, block_type, activity_id)
    if block is None:
        raise Http404(_("This activity is not part of that lesson."))
    if taking and access.is_staff_reader:
        raise StaffReader(
            _("Staff read lessons without taking their activities; learners' attempts count.")
        )
    return access, block


def document_access(user, document) -> None:
    """May `user` download this document (a lesson's handout, a case file)? Staff may; a learner
    needs an active enrolment, and a document that lessons offer needs one of those lessons open
    to them. Refusals as for lessons: 404, or LessonClosed saying when its day opens."""
    if reads_every_course(user):
        return
    enrolment = learner_enrolment(user) if user.is_authenticated else None
    if enrolment is None:
        raise Http404
    offering = [
        lesson
        for lesson in _lessons_of(enrolment.course)
        if any(
            block["type"] == "download" and block["value"].get("document") == document.pk
            for block in lesson.body.raw_data
        )
    ]
    _first_open(user, offering)


def _lessons_of(course):
    lessons = LessonPage.objects.live().descendant_of(course).order_by("path")
    return lessons.only("body", "path", "live", "locale_id", "translation_key")


def _first_open(user, lessons, enrolment=None) -> LessonAccess | None:
    """The first of these lessons open to `user` (whose active `enrolment` may be known already);
    LessonClosed if none is (None if no lessons)."""
    refusal = None
    for lesson in lessons:
        try:
            return lesson_access(user, lesson, enrolment=enrolment)
        except LessonClosed as closed:
            refusal = refusal or closed
    if refusal is not None:
        raise refusal
    return None


def activity_lesson(user, *, block_type: str, activity) -> LessonAccess:
    """The lesson through which `user` uses an activity when no lesson is named (an attempt
    started earlier): the first open lesson of their course placing it, found in the cached
    course tree. Same refusals."""
    activity_id = activity_source_id(block_type, activity)
    enrolment = learner_enrolment(user)
    if enrolment is None:
        raise Http404(_("You are not enrolled in a course."))
    placing = course_structure(enrolment.course).lessons_placing(block_type, activity_id)
    if not placing:
        raise Http404(_("This activity is not part of your course."))
    return _first_open(user, placing, enrolment=enrolment)
