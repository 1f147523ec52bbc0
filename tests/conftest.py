import os

import pytest

from lms.accounts.roles import Role

from .factories import PASSWORD, DistrictFactory, StaffProfileFactory, UserFactory

pytest_plugins = [
    "tests.course_fixtures",
    "tests.quiz_fixtures",
    "tests.simulation_fixtures",
    "tests.certification_fixtures",
    "tests.compliance_fixtures",
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the small course once, into the fresh test database, rather than in every test that
    needs it: see tests/course_fixtures.py."""
    from .course_fixtures import small_course_load

    with django_db_blocker.unblock():
        small_course_load()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def peshawar(db):
    return DistrictFactory(name="Peshawar")


@pytest.fixture
def learner(db, peshawar):
    return StaffProfileFactory(
        user__email="learner@example.org", employee_number="KP-CPU-0042", district=peshawar
    ).user


@pytest.fixture
def facilitator(db):
    return UserFactory(email="facilitator@example.org", role=Role.FACILITATOR, with_totp=True)


@pytest.fixture
def other_facilitator(db):
    """A facilitator who runs none of the fixtures' cohorts."""
    return UserFactory(email="other.facilitator@example.org", role=Role.FACILITATOR)


@pytest.fixture
def commission_officer(db):
    return UserFactory(email="commission@example.org", role=Role.COMMISSION, with_totp=True)


@pytest.fixture
def administrator(db):
    return UserFactory(email="admin@example.org", role=Role.ADMINISTRATOR, with_totp=True)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what the block's transactions leave for on_commit (notices,
    tasks), as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits, spent one-time codes and the course tree live in the cache, and the course
    tree also in the current request's memo, which a request that raised in the test client never
    closes: no test inherits another's."""
    from django.core.cache import cache

    from courses.content import structure

    cache.clear()
    structure.request_finished()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English, whatever language an earlier request left active."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def migration_data(transactional_db):
    """Tests with real transactions (the live server, row locks) empty every table at their end.
    Put back what data migrations create: the locales, Wagtail's root page, default site and
    root collection, and the competencies."""
    import importlib

    from django.apps import apps
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page, Site

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if not Page.objects.exists():
        root = Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="en"))
        )
        Site.objects.create(hostname="localhost", root_page=root, is_default_site=True)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    competencies = importlib.import_module(
        "quizzes.simulations.migrations.0002_default_competencies"
    )
    competencies.competencies_add(apps, None)


def pytest_collection_modifyitems(config, items):
    """Benchmarks print timings rather than check behaviour (`make bench-2g`, RUN_BENCH=1):
    the everyday suite leaves them out."""
    if os.environ.get("RUN_BENCH"):
        return
    skip = pytest.mark.skip(reason="a benchmark: run it with `make bench-2g`")
    for item in items:
        if item.get_closest_marker("bench"):
            item.add_marker(skip)
