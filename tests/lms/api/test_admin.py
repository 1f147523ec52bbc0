"""Administrators issue, scope and revoke keys in the CMS; the key is shown once."""

import re

import pytest

from lms.api.models import ApiCall, ApiKey

KEYS = "/admin/snippets/api/apikey/"
CALLS = "/admin/snippets/api/apicall/"


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


def test_an_administrator_creates_a_key_sees_it_once_and_it_works(admin_client, peshawar, get):
    response = admin_client.post(
        f"{KEYS}add/", {"name": "Provincial dashboard", "districts": [peshawar.pk]}
    )
    assert response.status_code == 200
    token = re.search(r'value="(thz_[^"]+)"', response.content.decode()).group(1)
    key = ApiKey.objects.get(name="Provincial dashboard")
    assert key.prefix in token and key.secret_hash not in response.content.decode()
    assert list(key.districts.all()) == [peshawar] and not key.all_districts
    assert get("districts", token).json()["items"][0]["name"] == "Peshawar"

    edit = admin_client.get(f"{KEYS}edit/{key.pk}/").content.decode()
    assert token not in edit and "thz_" not in edit  # never shown again
    assert f"{KEYS}revoke/{key.pk}/" in edit


def test_a_key_needs_its_districts_or_all(admin_client):
    response = admin_client.post(f"{KEYS}add/", {"name": "Nowhere"})
    assert response.status_code == 200
    assert "Choose the key" in response.content.decode()
    assert not ApiKey.objects.exists()


def test_revoking_in_the_cms_refuses_the_next_call(admin_client, province, get):
    key, token = province.keys["peshawar"], province.tokens["peshawar"]
    assert get("staff", token).status_code == 200
    assert admin_client.get(f"{KEYS}revoke/{key.pk}/").status_code == 200
    response = admin_client.post(f"{KEYS}revoke/{key.pk}/")
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert get("staff", token).status_code == 401


def test_keys_and_calls_are_never_deleted_only_revoked(admin_client, province, get):
    key = province.keys["peshawar"]
    get("staff", province.tokens["peshawar"])
    assert admin_client.post(f"{KEYS}delete/{key.pk}/").status_code in (302, 403)
    call = ApiCall.objects.get()
    assert admin_client.post(f"{CALLS}delete/{call.pk}/").status_code in (302, 403)
    assert ApiKey.objects.filter(pk=key.pk).exists() and ApiCall.objects.filter(pk=call.pk).exists()
    listing = admin_client.get(CALLS).content.decode()
    assert "peshawar dashboard" in listing and "/api/v1/staff" in listing
    assert f"{CALLS}add/" not in listing


@pytest.mark.parametrize("persona", ["commission_officer", "facilitator"])
def test_only_administrators_reach_the_keys(client, request, persona, province):
    client.force_login(request.getfixturevalue(persona))
    for url in (KEYS, f"{KEYS}add/", f"{KEYS}revoke/{province.keys['all'].pk}/", CALLS):
        assert client.get(url).status_code in (302, 403), url
