"""Build the demo course, its translations of day titles, and two cohorts at different stages.

Everything goes through Wagtail's page API and the project's services, as real data does.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from courses.cohorts.models import Cohort, CohortStatus, Enrolment
from courses.cohorts.services import attendance_mark, cohort_enrol
from courses.content.authoring import authoring_setup
from courses.content.models import CourseIndexPage, CoursePage, DayRelease, LessonPage, ModulePage
from courses.content.selectors import course_outline
from courses.progress.services import lesson_complete
from lms.organisation.models import District

from . import Callout, Day, Glossary, Heading, Reflection, Text, curriculum

COURSE_CODE = "cpcm-foundation"


def _stream_value(block):
    match block:
        case Heading(text=text):
            return ("heading", text)
        case Text(html=html):
            return ("text", RichText(html))
        case Callout(kind=kind, title=title, text=text):
            return ("callout", {"kind": kind, "title": title, "text": RichText(text)})
        case Reflection(prompt=prompt):
            return ("reflection", {"prompt": prompt})
        case Glossary(terms=terms):
            return (
                "glossary",
                {"terms": [{"term": term, "definition": definition} for term, definition in terms]},
            )
    raise TypeError(f"Unknown demo block {block!r}")


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
    days: tuple[Day, ...] | None = None, *, code: str = COURSE_CODE, title: str = ""
) -> CoursePage:
    days = days or curriculum()
    catalogue = catalogue_get_or_create()
    authoring_setup(catalogue=catalogue)
    course = CoursePage.objects.filter(code=code).first()
    if course is not None:
        return course
    with transaction.atomic():
        course = _publish(
            catalogue,
            CoursePage(
                title=title or "Foundational Course on Child Protection Case Management",
                slug="foundational-course" if code == COURSE_CODE else code,
                code=code,
                version="2026.1",
                summary=(
                    "The mandatory ten-day course for new staff of the district Child Protection "
                    "Units of Khyber Pakhtunkhwa: the case management process from identification "
                    "to closure, the law, the principles, and practice with children."
                ),
                estimated_hours=60,
                day_release=DayRelease.IN_ORDER,
            ),
        )
        for day in days:
            module = _publish(
                course,
                ModulePage(
                    title=day.title,
                    slug=f"day-{day.number}",
                    day_number=day.number,
                    summary=day.summary,
                    objectives=[("objective", objective) for objective in day.objectives],
                ),
            )
            for number, lesson in enumerate(day.lessons, start=1):
                _publish(
                    module,
                    LessonPage(
                        title=lesson.title,
                        slug=f"lesson-{day.number}-{number}",
                        summary=lesson.summary,
                        estimated_minutes=lesson.minutes,
                        body=[_stream_value(block) for block in lesson.body],
                    ),
                )
            _translate_day_title(module, "ur", day.title_ur)
            _translate_day_title(module, "ps", day.title_ps)
    return course


def _translate_day_title(module: ModulePage, language_code: str, title: str) -> None:
    locale = Locale.objects.get(language_code=language_code)
    translation = module.copy_for_translation(locale, copy_parents=True)
    translation.title = title
    translation.save_revision().publish()


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
