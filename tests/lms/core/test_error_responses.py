"""A request that expects JSON gets its error as JSON, whatever view fails; a page, the page."""

import pytest

# What static/js sends: quiz.js asks for JSON, h5p-bridge.js sends it, H5P core's jQuery says so.
QUIZ_AUTOSAVE = {"HTTP_ACCEPT": "application/json"}
H5P_CORE = {"HTTP_ACCEPT": "application/json, text/javascript, */*; q=0.01"}
SCRIPT = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
BROWSER = {"HTTP_ACCEPT": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}

# The error pages look up the site for their menu: they read the database.
pytestmark = [pytest.mark.urls("tests.lms.core.error_urls"), pytest.mark.django_db]


@pytest.fixture
def client(client):
    client.raise_request_exception = False  # as in production: the handler answers
    return client


@pytest.mark.parametrize("headers", [QUIZ_AUTOSAVE, H5P_CORE, SCRIPT], ids=["quiz", "h5p", "xhr"])
def test_a_failing_view_answers_a_json_request_with_a_json_500(client, headers):
    response = client.post("/broken/", {"position": "1"}, **headers)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "error": "Something went wrong on our side. Try again in a moment.",
        "message": "Something went wrong on our side. Try again in a moment.",
        "success": False,
        "code": "server_error",  # the offline outbox keeps the item and tries again
    }
    assert "a view that fails" not in response.content.decode()


def test_a_failing_view_answers_json_sent_with_a_json_500(client):
    response = client.post("/broken/", '{"statement": {}}', content_type="application/json")
    assert response.status_code == 500
    assert response.json()["error"]


def test_a_failing_view_answers_a_page_request_with_the_error_page(client):
    response = client.get("/broken/", **BROWSER)
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")


def test_a_json_request_for_nothing_gets_a_json_404(client):
    response = client.get("/no-such-endpoint/", **QUIZ_AUTOSAVE)
    assert response.status_code == 404
    assert response.json()["error"] == "Not found."
    assert client.get("/no-such-endpoint/", **BROWSER)["Content-Type"].startswith("text/html")


def test_a_json_request_refused_gets_the_reason_as_json(client):
    response = client.get("/forbidden/", **QUIZ_AUTOSAVE)
    assert response.status_code == 403
    assert response.json()["error"] == "Only facilitators may do this."
    page = client.get("/forbidden/", **BROWSER)
    assert page.status_code == 403
    assert "Only facilitators may do this." in page.content.decode()
