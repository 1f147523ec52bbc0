"""Build the demo course from its files in content/lessons (with its own, its days' and some
lessons' words in Urdu and Pashto), and two cohorts at different stages.

Everything goes through Wagtail's page API and the project's services, as real data does.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from courses.cohorts.models import Cohort, CohortStatus, Enrolment
from courses.cohorts.services import attendance_mark, cohort_enrol
from courses.content.authoring import authoring_setup
from courses.content.lesson_markdown import course_parse
from courses.content.models import CourseIndexPage, CoursePage, DayRelease
from courses.content.selectors import course_outline
from courses.content.transfer import course_translate, day_import, lesson_import
from courses.progress.services import lesson_complete
from lms.organisation.models import District

COURSE_CODE = "cpcm-foundation"
LESSONS_DIR = Path(settings.BASE_DIR) / "content" / "lessons"


@dataclass(frozen=True)
class SourceFile:
    name: str  # as problems name it, e.g. content/lessons/day-01/day.md
    text: str


class CurriculumInvalid(Exception):
    """The course's files have problems; nothing was loaded. Each line: file:line: problem."""


def _source(path: Path) -> SourceFile:
    return SourceFile(str(path.relative_to(settings.BASE_DIR)), path.read_text(encoding="utf-8"))


def curriculum_files(directory: Path = LESSONS_DIR) -> list[tuple[SourceFile, list[SourceFile]]]:
    """Each day's file and its lessons' files, in the order of their folders' and files' names
    (day-01/, 01-….md). Translated files (….ur.md) are curriculum_translations'."""
    return [
        (
            _source(folder / "day.md"),
            [
                _source(path)
                for path in sorted(folder.glob("*.md"))
                if path.name != "day.md" and path.suffixes == [".md"]
            ],
        )
        for folder in sorted(directory.glob("day-*"))
    ]


def course_files(directory: Path = LESSONS_DIR) -> tuple[SourceFile, list[SourceFile]]:
    """The course's own words (course.md) and their translations (course.ur.md, …)."""
    return _source(directory / "course.md"), [
        _source(path) for path in sorted(directory.glob("course.*.md"))
    ]


def curriculum_translations(directory: Path = LESSONS_DIR) -> dict[str, list[SourceFile]]:
    """By day folder, its translated files (day.ur.md, 01-….ur.md): the day's own first."""
    return {
        folder.name: [
            _source(path)
            for path in sorted(
                folder.glob("*.*.md"),
                key=lambda path: (not path.name.startswith("day."), path.name),
            )
        ]
        for folder in sorted(directory.glob("day-*"))
    }


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def catalogue_get_or_create() -> CourseIndexPage:
    """The course catalogue, as the root of the site served at /learn/."""
    catalogue = CourseIndexPage.objects.first()
    if catalogue is None:
        root = Page.get_first_root_node()
        catalogue = _publish(root, CourseIndexPage(title="Courses", slug="courses"))
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            site.root_page = catalogue
            site.save()
    return catalogue


DEMO_COHORTS = [
    # name, districts, venue, first session (days from today), learners' lessons read
    (
        "Peshawar batch 1",
        ["Peshawar", "Charsadda", "Khyber", "Swabi"],
        "KPCPWC training hall, Peshawar",
        -5,
        [8, 11, 5, 0],
    ),
    (
        "Mardan batch 1",
        ["Mardan", "Swat", "Kohat", "Lower Dir"],
        "Social Welfare complex, Mardan",
        -1,
        [3, 1, 0, 0],
    ),
]


def demo_course_load(
    days: list[tuple[SourceFile, list[SourceFile]]] | None = None,
    translations: dict[str, list[SourceFile]] | None = None,
    *,
    code: str = COURSE_CODE,
    title: str = "",
) -> CoursePage:
    """The course with its days and lessons, imported from their files (content/lessons by
    default, with their translations and the course's title and summary in each language)
    through the CMS's import services; the course as it is if it exists already."""
    words, translated_words = course_files()
    if days is None:
        days, translations = curriculum_files(), curriculum_translations()
    if not translations:
        translated_words = []  # a course loaded without translations is in English only
    catalogue = catalogue_get_or_create()
    authoring_setup(catalogue=catalogue)
    course = CoursePage.objects.filter(code=code).first()
    if course is not None:
        return course
    english, problems = course_parse(words.text)
    if english is None:
        raise CurriculumInvalid(
            "\n".join(f"{words.name}:{problem.line}: {problem.message}" for problem in problems)
        )
    with transaction.atomic():
        course = _publish(
            catalogue,
            CoursePage(
                title=title or english.title,
                slug="foundational-course" if code == COURSE_CODE else code,
                code=code,
                version="2026.1",
                summary=english.summary,
                estimated_hours=60,
                day_release=DayRelease.IN_ORDER,
            ),
        )
        problems = [
            problem
            for translated in translated_words
            for problem in course_translate(
                course=course, text=translated.text, filename=translated.name
            ).problems
        ]
        for day_file, lesson_files in days:
            day = day_import(course=course, text=day_file.text, filename=day_file.name)
            problems += day.problems
            for lesson_file in lesson_files if day.is_valid else []:
                problems += lesson_import(
                    day=day.page, text=lesson_file.text, filename=lesson_file.name, by=None
                ).problems
            folder = Path(day_file.name).parent.name
            for translated in (translations or {}).get(folder, []) if day.is_valid else []:
                problems += (
                    day_import(course=course, text=translated.text, filename=translated.name)
                    if Path(translated.name).name.startswith("day.")
                    else lesson_import(
                        day=day.page, text=translated.text, filename=translated.name, by=None
                    )
                ).problems
        if problems:
            raise CurriculumInvalid(
                "\n".join(f"{name}:{line}: {message}" for name, line, message in problems)
            )
    return course


def demo_cohorts_load(*, course: CoursePage, facilitator) -> list[Cohort]:
    """Two cohorts in different districts; their learners at different stages of the course."""
    names = [plan[0] for plan in DEMO_COHORTS]
    existing = Cohort.objects.filter(course=course, name__in=names).order_by("pk")
    if existing.exists():
        return list(existing)
    User = get_user_model()
    today = timezone.localdate()
    outline = course_outline(course)
    cohorts = []
    for name, district_names, venue, first_day, reading in DEMO_COHORTS:
        districts = list(District.objects.filter(name__in=district_names))
        cohort = Cohort.objects.create(
            name=name, course=course, venue=venue, capacity=20, status=CohortStatus.RUNNING
        )
        cohort.districts.set(districts)
        cohort.facilitators.set([facilitator])
        for offset, (module, _lessons) in enumerate(outline):
            cohort.sessions.create(
                module=module, date=today + datetime.timedelta(days=first_day + offset)
            )
        cohort.save()
        learners = User.objects.filter(staff_profile__district__in=districts).order_by(
            "staff_profile__employee_number"
        )
        cohort_enrol(cohort=cohort, learners=learners, enrolled_by=facilitator)
        lessons = [lesson for _module, day_lessons in outline for lesson in day_lessons]
        enrolments = (
            Enrolment.objects.filter(cohort=cohort)
            .select_related("learner")
            .order_by("learner__staff_profile__employee_number")
        )
        for enrolment, count in zip(enrolments, reading, strict=False):
            for lesson in lessons[:count]:
                lesson_complete(learner=enrolment.learner, lesson=lesson)
        for session in cohort.sessions.filter(date__lte=today):
            for index, enrolment in enumerate(enrolments):
                status = (
                    "absent"
                    if (index + session.pk) % 7 == 0
                    else ("late" if index % 3 == 2 else "present")
                )
                attendance_mark(
                    session=session, enrolment=enrolment, status=status, marked_by=facilitator
                )
        cohorts.append(cohort)
    return cohorts
