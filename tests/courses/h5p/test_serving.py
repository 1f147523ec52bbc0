"""Package files on the content origin: signed, expiring links; explicit types; nothing else."""

import json
import time

import pytest
from django.core import signing
from django.utils import translation

from courses.cohorts.models import Enrolment, EnrolmentStatus
from courses.cohorts.services import cohort_enrol
from courses.h5p.services import h5p_content_import
from courses.h5p.serving import content_base_url

from .packages import MAIN_FOLDER, h5p_package
from .test_results import h5p_lesson_place

CONTENT_HOST = "content.test"
H5P_JQUERY_ACCEPT = "application/json, text/javascript, */*; q=0.01"  # H5P core's $.ajax


@pytest.fixture
def content(db, settings):
    settings.H5P_CONTENT_ORIGIN = f"http://{CONTENT_HOST}"
    settings.WAGTAILADMIN_BASE_URL = "http://platform.test"
    return h5p_content_import(h5p_package())


def get(client, url, host=CONTENT_HOST):
    return client.get(url.split(host, 1)[-1] if "://" in url else url, HTTP_HOST=host)


def test_a_signed_link_serves_the_package_files_with_explicit_types(client, content, learner):
    base = content_base_url(content, learner)
    assert base.startswith(f"http://{CONTENT_HOST}/h5p-content/")
    for path, content_type in (
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
        (f"libraries/{MAIN_FOLDER}/check.js", "text/javascript"),
        (f"libraries/{MAIN_FOLDER}/check.css", "text/css"),
    ):
        response = get(client, base + path)
        assert response.status_code == 200, path
        assert response["Content-Type"] == content_type
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'self' http://platform.test" in response["Content-Security-Policy"]
        assert "X-Frame-Options" not in response
        assert not response.cookies
    body = b"".join(get(client, base + "content/content.json").streaming_content)
    assert b"question" in body


def test_links_expire_and_cannot_be_forged(client, content, learner, settings):
    base = content_base_url(content, learner)
    token = base.rstrip("/").rsplit("/", 1)[-1]
    forged = base.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert get(client, forged + "h5p.json").status_code == 403
    settings.H5P_URL_MAX_AGE = 0
    time.sleep(1)
    assert get(client, base + "h5p.json").status_code == 403


@pytest.mark.parametrize(
    "path",
    [
        "../h5p.json",
        "content/../../secret",
        "package.h5p",
        "libraries/Other-1.0/x.js",
        "settings.py",
    ],
)
def test_only_this_contents_files_are_reachable(client, content, learner, path):
    assert get(client, content_base_url(content, learner) + path).status_code == 404


def test_the_content_origin_serves_nothing_else_and_the_platform_host_no_package_file(
    client, content, learner
):
    assert get(client, "/").status_code == 404
    assert get(client, "/accounts/login/").status_code == 404
    base = content_base_url(content, learner)
    path = base.split(CONTENT_HOST, 1)[1] + "h5p.json"
    assert client.get(path, HTTP_HOST="platform.test").status_code == 404


def test_a_token_names_its_content_reader_and_language(content, learner):
    token = content_base_url(content, learner).rstrip("/").rsplit("/", 1)[-1]
    claims = signing.loads(token, salt="h5p-content")
    assert claims == {"c": content.pk, "u": learner.pk, "l": "en"}


def player_config(response) -> dict:
    html = response.content.decode()
    start = html.index(">", html.index('id="h5p-player-config"')) + 1
    return json.loads(html[start : html.index("</script>", start)])


def test_the_player_page_runs_on_the_content_origin_and_reports_to_the_platform_only(
    client, content, learner
):
    base = content_base_url(content, learner)
    response = get(client, base)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response["Cache-Control"] == "no-store"
    assert "frame-ancestors 'self' http://platform.test" in response["Content-Security-Policy"]
    config = player_config(response)
    assert config["platformOrigin"] == "http://platform.test"
    player = config["player"]
    assert player["h5pJsonPath"] == base.rstrip("/")
    assert player["librariesPath"] == base + "libraries"
    assert player["xAPIObjectIRI"] == content.activity_iri
    assert player["frameJs"].startswith(f"http://{CONTENT_HOST}/static/vendor/h5p-standalone/")
    assert player["ajax"]["contentUserDataUrl"].startswith(f"http://{CONTENT_HOST}/h5p-content/")
    assert player["ajax"]["contentUserDataUrl"].endswith("/state/:dataType/:subContentId")
    assert player["contentUserData"] == [{}]
    assert get(client, base.split(CONTENT_HOST, 1)[1], host="platform.test").status_code == 404


@pytest.fixture
def played(content, outline, cohort, learner, other_learner, facilitator):
    """The content placed in the first lesson, open to two enrolled learners: the resume state
    is kept only for those the lesson-access policy lets use the activity."""
    cohort_enrol(cohort=cohort, learners=[learner, other_learner], enrolled_by=facilitator)
    return h5p_lesson_place(outline[0][1][0], content)


def state_path(client, content, reader, data_type="state", sub_content_id=0, lesson=None) -> str:
    """The path of one slot of the reader's resume state, from the link their player is given."""
    link = content_base_url(content, reader, lesson)
    template = player_config(get(client, link))["player"]["ajax"]
    url = template["contentUserDataUrl"].replace(":dataType", data_type)
    return url.replace(":subContentId", str(sub_content_id)).split(CONTENT_HOST, 1)[1]


def test_resume_state_is_saved_restored_and_cleared_in_h5p_cores_protocol(
    played, client, content, learner, other_learner
):
    base = content_base_url(content, learner)
    state_url = state_path(client, content, learner, lesson=played)
    assert client.get(state_url, HTTP_HOST=CONTENT_HOST).json() == {"success": True, "data": False}
    saved = client.post(
        state_url,
        {"data": '{"chosen":1}', "preload": "1", "invalidate": "0"},
        HTTP_HOST=CONTENT_HOST,
    )
    assert saved.json() == {"success": True}  # the token is the authority: no cookie, no CSRF
    assert client.get(state_url, HTTP_HOST=CONTENT_HOST).json()["data"] == '{"chosen":1}'
    assert player_config(get(client, base))["player"]["contentUserData"] == [
        {"state": '{"chosen":1}'}
    ]
    other = state_path(client, content, other_learner, lesson=played)
    assert client.get(other, HTTP_HOST=CONTENT_HOST).json()["data"] is False
    client.post(state_url, {"data": "0", "preload": "1"}, HTTP_HOST=CONTENT_HOST)
    assert client.get(state_url, HTTP_HOST=CONTENT_HOST).json()["data"] is False


def test_an_oversized_or_odd_resume_state_is_refused(played, client, content, learner, settings):
    settings.H5P_STATE_MAX_BYTES = 10
    state_url = state_path(client, content, learner, lesson=played)
    assert client.post(state_url, {"data": "ب" * 5}, HTTP_HOST=CONTENT_HOST).status_code == 200
    too_big = client.post(state_url, {"data": "ب" * 6}, HTTP_HOST=CONTENT_HOST)  # 12 bytes
    assert too_big.status_code == 413
    assert "too large" in too_big.json()["message"]
    odd_url = state_path(client, content, learner, data_type="no%20such", lesson=played)
    assert client.post(odd_url, {"data": "1"}, HTTP_HOST=CONTENT_HOST).status_code == 400
    forged = state_url.replace("/h5p-content/", "/h5p-content/x")
    assert client.get(forged, HTTP_HOST=CONTENT_HOST).status_code == 403


def test_a_learner_keeps_a_limited_number_of_state_entries(
    played, client, content, learner, settings
):
    settings.H5P_STATE_MAX_ENTRIES = 2
    for sub_content_id in (0, 1):
        url = state_path(client, content, learner, sub_content_id=sub_content_id, lesson=played)
        assert client.post(url, {"data": "{}"}, HTTP_HOST=CONTENT_HOST).status_code == 200
    third = state_path(client, content, learner, sub_content_id=2, lesson=played)
    refused = client.post(third, {"data": "{}"}, HTTP_HOST=CONTENT_HOST)
    assert refused.status_code == 409 and "too many" in refused.json()["message"]
    again = state_path(
        client, content, learner, sub_content_id=1, lesson=played
    )  # an entry kept: still saved
    assert client.post(again, {"data": '{"a":1}'}, HTTP_HOST=CONTENT_HOST).status_code == 200


def test_state_requests_are_rate_limited_per_learner(
    played, client, content, learner, other_learner, settings
):
    settings.H5P_STATE_REQUESTS_PER_MINUTE = 3
    url = state_path(client, content, learner, lesson=played)
    for _ in range(3):
        assert client.post(url, {"data": "{}"}, HTTP_HOST=CONTENT_HOST).status_code == 200
    assert client.post(url, {"data": "{}"}, HTTP_HOST=CONTENT_HOST).status_code == 429
    assert client.get(url, HTTP_HOST=CONTENT_HOST).status_code == 429
    other = state_path(client, content, other_learner, lesson=played)
    assert client.get(other, HTTP_HOST=CONTENT_HOST).status_code == 200


def test_the_player_link_does_not_open_the_state_and_the_state_link_expires_sooner(
    played, client, content, learner, settings
):
    player_base = content_base_url(content, learner).split(CONTENT_HOST, 1)[1]
    reused = client.get(player_base + "state/state/0", HTTP_HOST=CONTENT_HOST)
    assert reused.status_code == 403
    state_url = state_path(client, content, learner, lesson=played)
    state_token = state_url.split("/h5p-content/", 1)[1].split("/", 1)[0]
    assert get(client, f"/h5p-content/{state_token}/h5p.json").status_code == 403
    assert settings.H5P_STATE_URL_MAX_AGE < settings.H5P_URL_MAX_AGE
    settings.H5P_STATE_URL_MAX_AGE = 0
    time.sleep(1)
    expired = client.get(state_url, HTTP_HOST=CONTENT_HOST)
    assert expired.status_code == 403 and "expired" in expired.content.decode()
    assert get(client, player_base + "h5p.json").status_code == 200  # the player's still works


def test_the_player_speaks_the_readers_language_and_turns_right_to_left_for_urdu(
    client, content, learner
):
    with translation.override("ur"):
        base = content_base_url(content, learner)
    html = get(
        client,
        base,
    ).content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    assert (
        '<html lang="en" dir="ltr">'
        in get(client, content_base_url(content, learner)).content.decode()
    )


def test_a_resume_state_with_control_characters_is_refused(played, client, content, learner):
    state_url = state_path(client, content, learner, lesson=played)
    for data in ('{"answer":"two\\u0000"}', "two\x00"):
        refused = client.post(
            state_url, {"data": data}, HTTP_HOST=CONTENT_HOST, HTTP_ACCEPT=H5P_JQUERY_ACCEPT
        )
        assert refused.status_code == 400
        assert "control characters" in refused.json()["message"]
    assert client.get(state_url, HTTP_HOST=CONTENT_HOST).json()["data"] is False


def test_a_learner_withdrawn_from_the_course_can_no_longer_save_state(
    played, client, content, learner
):
    state_url = state_path(client, content, learner, lesson=played)
    assert client.post(state_url, {"data": "{}"}, HTTP_HOST=CONTENT_HOST).status_code == 200
    Enrolment.objects.filter(learner=learner).update(status=EnrolmentStatus.WITHDRAWN)
    assert client.post(state_url, {"data": "{}"}, HTTP_HOST=CONTENT_HOST).status_code == 404
