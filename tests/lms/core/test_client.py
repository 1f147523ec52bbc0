"""The client's address behind proxies: only what the trusted proxies appended is believed."""

import pytest
from django.test import RequestFactory

from lms.core.client import client_address


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.2"),  # no proxy trusted: the connection's address
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the client made up the first entry
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.7", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.2"),  # fewer entries than proxies: not believed
        (1, "", "10.0.0.2"),
    ],
)
def test_the_client_is_the_entry_the_trusted_proxies_appended(settings, hops, forwarded, expected):
    settings.TRUSTED_PROXY_HOPS = hops
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


def test_behind_a_proxy_each_visitor_has_their_own_verification_limit(client, settings, db):
    settings.TRUSTED_PROXY_HOPS = 1

    def check(visitor):
        return client.get(
            "/verify/NOSUCHCODE/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=visitor
        )

    for _check in range(30):
        assert check("1.1.1.1").status_code == 404
    assert check("1.1.1.1").status_code == 429
    assert check("2.2.2.2").status_code == 404  # another visitor behind the same proxy
