import datetime

import factory
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model

from lms.accounts.roles import Role
from lms.accounts.services import user_set_role
from lms.organisation.models import Designation, District, Province, StaffProfile

PASSWORD = "a-Long-test-passphrase-9"


class ProvinceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Province
        django_get_or_create = ["code"]

    code = "kp"
    name = "Khyber Pakhtunkhwa"


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District
        django_get_or_create = ["province", "name"]

    province = factory.SubFactory(ProvinceFactory)
    name = factory.Sequence(lambda n: f"District {n}")
    has_active_cpu = True


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if extracted and create:
            user_set_role(user=user, role=Role(extracted), by=None)

    @factory.post_generation
    def with_totp(user, create, extracted, **kwargs):
        if extracted and create:
            TOTP.activate(user, generate_totp_secret())


class StaffProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffProfile

    user = factory.SubFactory(UserFactory)
    employee_number = factory.Sequence(lambda n: f"KP-T-{n:04d}")
    designation = Designation.SOCIAL_CASE_WORKER
    district = factory.SubFactory(DistrictFactory)
    date_of_joining = factory.LazyFunction(lambda: datetime.date(2026, 10, 1))
