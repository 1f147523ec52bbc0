"""The course tree as readers use it, cached: each course's live days and lessons with their titles
and readable translations in one language, and the address of every course page.

Without it, every lesson request walks the page tree and looks up locales and translations. The
cache is shared (Redis in production) and keyed by a version token that every change to pages,
view restrictions, locales, sites or the activities lessons place replaces (`course_tree_changed`), so each app server serves a
publish, an unpublish, a move or a deletion from its next request on. A request reads the token
once; each process keeps its copies of the current version's entries, so a request reads nothing
else from the shared cache for the tree and unpickles nothing."""

import threading
import time
from dataclasses import dataclass
from uuid import uuid4

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .blocks import ACTIVITY_FIELDS
from .models import CoursePage, LessonPage, ModulePage

# The layout of the entries: a release that changes what an entry holds (CourseRoutes,
# CourseStructure, a lesson body's parts) changes it, so that it never reads an older release's.
LAYOUT = 3
VERSION_KEY = f"course-tree:{LAYOUT}:version"
# Entries of a replaced version are never read again; they expire.
TIMEOUT = 24 * 60 * 60


# Within one request, the version token is read from the shared cache once: this thread's
# request's memo (None outside a request, where every call reads the cache).
_request = threading.local()

# This process's copies of the current version's entries, so that a request reads one small key
# from the shared cache (the version), not every entry, and unpickles nothing: (version, {key:
# (value, monotonic time it expires)}). Replaced as a whole when the version changes.
_process: tuple[str | None, dict] = (None, {})


def request_started(**kwargs) -> None:
    _request.memo = {}


def request_finished(**kwargs) -> None:
    _request.memo = None


def _memo() -> dict | None:
    return getattr(_request, "memo", None)


def course_tree_changed(**kwargs) -> None:
    """A new version: the next read rebuilds. Also once the change commits, so a reader that
    rebuilt from the data before it committed does not keep that copy."""
    cache.set(VERSION_KEY, uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid4().hex, timeout=None))
    if _memo() is not None:
        _memo().clear()


def course_tree_version() -> str:
    """The current version token of the cached course tree."""
    memo = _memo()
    if memo is not None and VERSION_KEY in memo:
        return memo[VERSION_KEY]
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    if memo is not None:
        memo[VERSION_KEY] = version
    return version


def course_tree_cached(key: str, build, timeout: int = TIMEOUT):
    """The entry `key` of the current version of the course tree: this process's copy, else the
    shared cache's, else built (by `build()`) and shared. Kept at most `timeout` seconds."""
    global _process
    version = course_tree_version()
    held_version, entries = _process
    if held_version != version:
        entries = {}
        _process = (version, entries)
    held = entries.get(key)
    if held is not None and held[1] > time.monotonic():
        return held[0]
    shared_key = f"course-tree:{LAYOUT}:{version}:{key}"
    value = cache.get(shared_key)
    if value is None:
        value = build()
        cache.set(shared_key, value, timeout=timeout)
    entries[key] = (value, time.monotonic() + timeout)
    return value


@dataclass
class CourseRoutes:
    """Every live course, day and lesson page of the default language, by address."""

    default_locale_id: int | None  # None before any locale exists (an empty database)
    site: Site | None  # the only site; None when there are several (Wagtail routes then)
    root_path: str  # the site's catalogue, as a page url_path ("/courses/")
    pages: dict[str, tuple[int, int]]  # url_path -> (course id, page id)
    course_of: dict[int, int]  # page id -> course id
    # Paths of the pages with a view restriction; None when a page above the courses is an alias
    # (Wagtail then resolves restrictions itself).
    restricted_paths: list[str] | None
    site_root_paths: list  # Wagtail's Site.get_site_root_paths(), which page links read


def _routes_build() -> CourseRoutes:
    default = Locale.objects.filter(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    ).first()
    sites = list(Site.objects.select_related("root_page"))
    site = sites[0] if len(sites) == 1 else None
    pages, course_of, course_paths = {}, {}, []
    for model in (CoursePage, ModulePage, LessonPage):
        rows = model.objects.live().filter(locale=default).order_by("path")
        for page_id, path, url_path, aliased in rows.values_list(
            "pk", "path", "url_path", "alias_of"
        ):
            if model is CoursePage:
                course_paths.append((path, page_id))
            course_id = next((pk for prefix, pk in course_paths if path.startswith(prefix)), None)
            if course_id is not None and aliased is None:
                pages[url_path] = (course_id, page_id)
                course_of[page_id] = course_id
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    above = {
        path[:end]
        for path, _id in course_paths
        for end in range(Page.steplen, len(path), Page.steplen)
    }
    aliases = Page.objects.filter(path__in=above, alias_of__isnull=False).exists()
    return CourseRoutes(
        default_locale_id=default.pk if default else None,
        site=site,
        root_path=site.root_page.url_path if site else "",
        pages=pages,
        course_of=course_of,
        restricted_paths=None if aliases else list(restricted),
        site_root_paths=Site.get_site_root_paths(),
    )


def course_routes() -> CourseRoutes:
    return course_tree_cached("routes", _routes_build)


def site_remember(request) -> None:
    """Remember the platform's only site on the request, as Site.find_for_request would, without
    its query (page links ask for it), and the sites' root paths page links are made from. With
    several sites, Wagtail finds the request's own."""
    routes = course_routes()
    request._wagtail_cached_site_root_paths = routes.site_root_paths
    if routes.site is not None:
        request._wagtail_site = routes.site


def course_page_at(request, path: str):
    """The live course, day or lesson page at `path` (under the site's catalogue), or None when
    it is not one or Wagtail must route (several sites). Found through the cache, no query."""
    routes = course_routes()
    found = routes.pages.get(routes.root_path + path) if routes.site else None
    if found is None:
        return None
    site_remember(request)
    return course_structure(found[0]).page(found[1])


def is_unrestricted(page) -> bool:
    """Whether the cached course tree knows that no view restriction applies to this page."""
    routes = course_routes()
    restricted = routes.restricted_paths
    return (
        restricted is not None
        and page.pk in routes.course_of
        and not any(page.path.startswith(path) for path in restricted)
    )


@dataclass
class CourseStructure:
    """One course as read in one language: its live days and their live lessons, in order (without
    their objectives and body), titles in that language, and the translations readers are given."""

    course: CoursePage
    language: str
    outline: list[tuple[ModulePage, list[LessonPage]]]
    titles: dict[int, str]  # page id -> title in the language (the source's where untranslated)
    # Source lesson id -> its live translation in the language, where it places the same
    # activities (learners are assessed on the source lesson's); else readers get the source.
    readable: dict[int, int]
    # Source lesson id -> the activities it places, as (block type, activity id) pairs.
    placements: dict[int, set[tuple[str, int]]]

    def lessons_placing(self, block_type: str, activity_id: int) -> list[LessonPage]:
        """The course's live lessons (under live days) that place this activity, in order."""
        return [
            lesson
            for _day, lessons in self.outline
            for lesson in lessons
            if (block_type, activity_id) in self.placements[lesson.pk]
        ]

    def page(self, page_id: int):
        if page_id == self.course.pk:
            return self.course
        for day, lessons in self.outline:
            if day.pk == page_id:
                return day
            for lesson in lessons:
                if lesson.pk == page_id:
                    return lesson
        return None


def content_language() -> str:
    """The content language the reader's interface language maps to (no query)."""
    return get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)


def _structure_build(course_id: int, language: str) -> CourseStructure:
    course = CoursePage.objects.get(pk=course_id)
    # Without their stream fields: kept small and quick to read from the cache on every request.
    days = list(ModulePage.objects.child_of(course).live().order_by("path").defer("objectives"))
    lessons = LessonPage.objects.descendant_of(course).live().order_by("path").defer("body")
    by_day: dict[str, list[LessonPage]] = {day.path: [] for day in days}
    for lesson in lessons:
        by_day.get(lesson.path[: -Page.steplen], []).append(lesson)
    outline = [(day, by_day[day.path]) for day in days]
    sources = [course, *days, *(lesson for _day, day_lessons in outline for lesson in day_lessons)]
    titles = {page.pk: page.title for page in sources}
    readable = {}
    if language != get_supported_content_language_variant(settings.LANGUAGE_CODE):
        locale = Locale.objects.get_for_language(language)
        keys = {page.translation_key: page for page in sources}
        translations = Page.objects.live().filter(locale=locale, translation_key__in=keys)
        for translation in translations.specific():
            source = keys[translation.translation_key]
            titles[source.pk] = translation.title
            if isinstance(translation, LessonPage):
                assessed = LessonPage.objects.get(pk=source.pk).activity_keys()
                if translation.activity_keys() == assessed:
                    readable[source.pk] = translation.pk
    return CourseStructure(course, language, outline, titles, readable, _placements(sources))


def _placements(sources) -> dict[int, set[tuple[str, int]]]:
    """What each lesson among `sources` places, read from the lessons' raw bodies."""
    lesson_ids = [page.pk for page in sources if isinstance(page, LessonPage)]
    placements = {}
    for lesson in LessonPage.objects.filter(pk__in=lesson_ids).only("body"):
        placed = set()
        for block in lesson.body.raw_data:
            field = ACTIVITY_FIELDS.get(block["type"])
            if field and block["value"].get(field) is not None:
                placed.add((block["type"], block["value"][field]))
        placements[lesson.pk] = placed
    return placements


def course_structure(course, language: str | None = None) -> CourseStructure:
    """The course (a page or its id) as read in `language` (the reader's by default)."""
    course_id = getattr(course, "pk", course)
    language = language or content_language()
    return course_tree_cached(
        f"{course_id}:{language}", lambda: _structure_build(course_id, language)
    )
