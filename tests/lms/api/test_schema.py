"""The published schema is valid OpenAPI, and the API keeps to it: schemathesis generates calls
from the schema (valid and invalid ones) and checks every answer against it."""

import jsonschema_rs
import pytest
import schemathesis
from django.core import signals
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

SCHEMA_URL = "/api/v1/openapi.json"


# Loaded once, as the test collection starts: serving the schema reads no data.
schema = schemathesis.openapi.from_wsgi(SCHEMA_URL, get_wsgi_application())


@pytest.fixture
def api_schema():
    return schema


def test_the_schema_is_valid_openapi_and_every_list_needs_a_key(api_schema):
    api_schema.validate()  # against the OpenAPI 3.1 meta-schema
    raw = api_schema.raw_schema
    assert raw["openapi"].startswith("3.")
    assert raw["components"]["securitySchemes"]["ApiKeyAuth"] == {
        "type": "http",
        "scheme": "bearer",
    }
    operations = [op for path in raw["paths"].values() for op in path.values()]
    assert len(operations) == 6
    for operation in operations:
        assert operation["security"] == [{"ApiKeyAuth": []}]
        assert {"200", "400", "401", "422", "429"} <= set(operation["responses"])


def test_the_validation_catches_a_broken_schema(api_schema):
    """So that the test above could fail: the same check refuses a schema with an error in it."""
    broken = dict(api_schema.raw_schema, paths={"/staff": {"get": {"responses": "none"}}})
    with pytest.raises(jsonschema_rs.ValidationError):
        schemathesis.openapi.from_dict(broken).validate()


def test_the_docs_page_serves_its_scripts_from_here(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    page = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "cdn." not in page and "<script>" not in page  # no CDN, no inline script for the CSP


@schema.auth(refresh_interval=None)
class ProvinceKey:
    """Sends the key that `province_key` made, as schemathesis' own authentication, so that its
    negative cases leave the header alone and its own auth checks know what is sent."""

    token = ""

    def get(self, case, context):
        return ProvinceKey.token

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@pytest.fixture
def province_key(province):
    """Also keeps the test's database connection open across the calls: the WSGI app closes
    connections when a request ends, which Django's own test client prevents the same way."""
    ProvinceKey.token = province.tokens["all"]
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)
    ProvinceKey.token = ""
    # The run read data, not just refusals: the key was sent and answered.
    assert province.keys["all"].calls.filter(status=200).exists()


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_to_its_schema(case, province_key):
    """No 500, and every answer (200s and refusals alike) as the schema says, with a key for all
    districts over a province with staff, enrolments and certificates."""
    cache.clear()  # the per-key limit would otherwise cut the run short with 429s
    case.call_and_validate()
