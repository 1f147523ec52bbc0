"""Fixtures for course, cohort and progress tests: a small course built by the demo loader.

The small course is built once per test session, into the test database (conftest's
`django_db_setup`); each test's rollback puts it back as built. Tests therefore share a catalogue
holding it, whether they ask for `course` or not: no test may count on the catalogue being empty.
"""

import datetime

import pytest
from django.utils import timezone

from courses.cohorts.models import Cohort, CohortStatus
from courses.cohorts.services import cohort_enrol
from courses.content.lesson_markdown import DayText, LessonText, day_markdown, lesson_markdown
from courses.content.models import CoursePage, DayRelease
from courses.content.selectors import course_outline
from courses.demo.load import (
    SourceFile,
    curriculum_files,
    curriculum_translations,
    demo_course_load,
)


def small_curriculum(days=3, lessons=2):
    """The files of a small course, as content/lessons would hold them."""
    return [
        (
            SourceFile(
                f"day-{number:02d}/day.md",
                day_markdown(
                    DayText(
                        number=number,
                        title=f"Day title {number}",
                        summary=f"What day {number} is about.",
                        objectives=[f"Objective of day {number}"],
                        translated_titles={"ur": f"دن {number}", "ps": f"ورځ {number}"},
                    )
                ),
            ),
            [
                SourceFile(
                    f"day-{number:02d}/{index:02d}.md",
                    lesson_markdown(
                        LessonText(
                            day=number,
                            title=f"Lesson {number}.{index}",
                            slug=f"lesson-{number}-{index}",
                            summary="A lesson.",
                            minutes=10,
                            body=[
                                ("text", f"<p>Teaching text of lesson {number}.{index}.</p>"),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "Remember",
                                        "text": "<p>Best interests first.</p>",
                                    },
                                ),
                            ],
                        )
                    ),
                )
                for index in range(1, lessons + 1)
            ],
        )
        for number in range(1, days + 1)
    ]


SMALL_COURSE_CODE = "small-course"


def small_course_load() -> CoursePage:
    """The small course: three days of two lessons, with the days' Urdu and Pashto titles."""
    return demo_course_load(small_curriculum(), code=SMALL_COURSE_CODE)


def small_course() -> CoursePage:
    """The session's small course, fresh from the database; built again when a test with real
    transactions (the live server, row locks) has emptied the tables."""
    course = CoursePage.objects.filter(code=SMALL_COURSE_CODE, locale__language_code="en").first()
    return course or small_course_load()


@pytest.fixture
def course(db):
    return small_course()


@pytest.fixture
def outline(course):
    return course_outline(course)


def running_cohort_create(*, course, outline, district, facilitator, **fields) -> Cohort:
    """A running cohort of the course in the district, one session a day from yesterday."""
    cohort = Cohort.objects.create(
        course=course, capacity=10, status=CohortStatus.RUNNING, **fields
    )
    cohort.districts.set([district])
    cohort.facilitators.set([facilitator])
    today = timezone.localdate()
    for offset, (day, _lessons) in enumerate(outline):
        cohort.sessions.create(module=day, date=today + datetime.timedelta(days=offset - 1))
    cohort.save()
    return cohort


@pytest.fixture
def cohort(course, facilitator, peshawar, outline):
    return running_cohort_create(
        course=course,
        outline=outline,
        district=peshawar,
        facilitator=facilitator,
        name="Test batch",
        venue="Hall",
    )


@pytest.fixture
def enrolment(cohort, learner, facilitator):
    return cohort_enrol(cohort=cohort, learners=[learner], enrolled_by=facilitator).enrolled[0]


@pytest.fixture
def open_course(course):
    course.day_release = DayRelease.OPEN
    course.save_revision().publish()
    return course


@pytest.fixture
def day_one(db, facilitator, peshawar, learner):
    """The demo's Day 1, from its files with their Urdu and Pashto translations, with the learner
    enrolled in it: (day, lessons)."""
    course = demo_course_load(curriculum_files()[:1], curriculum_translations(), code="day-one")
    outline = course_outline(course)
    cohort = running_cohort_create(
        course=course, outline=outline, district=peshawar, facilitator=facilitator, name="Batch"
    )
    cohort_enrol(cohort=cohort, learners=[learner], enrolled_by=facilitator)
    return outline[0]
