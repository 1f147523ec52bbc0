import pytest

from lms.accounts.roles import Role

from .factories import PASSWORD, DistrictFactory, StaffProfileFactory, UserFactory

pytest_plugins = ["tests.course_fixtures", "tests.quiz_fixtures"]


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
def commission_officer(db):
    return UserFactory(email="commission@example.org", role=Role.COMMISSION, with_totp=True)


@pytest.fixture
def administrator(db):
    return UserFactory(email="admin@example.org", role=Role.ADMINISTRATOR, with_totp=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and spent one-time codes live in the cache: no test inherits another's."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English, whatever language an earlier request left active."""
    from django.utils import translation

    with translation.override("en"):
        yield
