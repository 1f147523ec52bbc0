"""The platform refuses to start with H5P content on an origin that gets its cookies."""

import pytest

from courses.h5p.checks import content_origin_is_isolated


def problem_ids(settings, content_origin, **cookie_domains):
    settings.WAGTAILADMIN_BASE_URL = "https://tahaffuz.kpcpwc.gov.pk"
    settings.H5P_CONTENT_ORIGIN = content_origin
    for name, value in cookie_domains.items():
        setattr(settings, name, value)
    return [problem.id for problem in content_origin_is_isolated(None)]


@pytest.mark.parametrize(
    ("content_origin", "cookie_domains", "expected"),
    [
        ("https://tahaffuz-content.example.org", {}, []),
        ("https://content.kpcpwc.gov.pk", {}, []),  # a sibling host: no cookie of ours reaches it
        ("https://tahaffuz.kpcpwc.gov.pk:8443", {}, ["h5p.E001"]),  # cookies ignore ports
        (
            "https://content.kpcpwc.gov.pk",
            {"SESSION_COOKIE_DOMAIN": ".kpcpwc.gov.pk"},
            ["h5p.E002"],
        ),
        ("https://content.kpcpwc.gov.pk", {"CSRF_COOKIE_DOMAIN": "kpcpwc.gov.pk"}, ["h5p.E002"]),
    ],
)
def test_the_content_origin_must_not_receive_the_platforms_cookies(
    settings, content_origin, cookie_domains, expected
):
    assert problem_ids(settings, content_origin, **cookie_domains) == expected
