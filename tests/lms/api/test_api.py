import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lms.api import views
from lms.api.models import ApiCall
from lms.api.services import ApiKeyManageDenied, api_key_create
from lms.api.tokens import token_parse
from lms.certification.models import Certificate
from lms.certification.services import certificate_suspend
from lms.compliance.services import staff_status_refresh, staff_statuses_refresh_due
from tests.factories import StaffProfileFactory

from .conftest import district_grow

LISTS = ["districts", "staff", "cohorts", "enrolments", "certificates", "compliance"]


@pytest.mark.parametrize("path", LISTS)
def test_every_list_refuses_a_call_without_a_key(province, get, path):
    response = get(path)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


@pytest.mark.parametrize("path", LISTS)
def test_every_list_refuses_a_revoked_key_at_once(province, get, path):
    assert get(path, province.tokens["all"]).status_code == 200
    response = get(path, province.tokens["revoked"])
    assert response.status_code == 401


@pytest.mark.parametrize("path", LISTS)
def test_every_list_refuses_a_wrong_secret_for_a_real_prefix(province, get, path):
    prefix = province.keys["all"].prefix
    assert get(path, f"thz_{prefix}_not-the-secret").status_code == 401
    assert get(path, "not a key at all").status_code == 401


def _staff_names(get, token, **params):
    return sorted(row["full_name"] for row in get("staff", token, **params).json()["items"])


@pytest.mark.parametrize(
    ("path", "key", "expected"),
    [
        ("districts", "peshawar", ["Peshawar"]),
        ("districts", "swat", ["Swat"]),
        ("cohorts", "peshawar", ["Batch Peshawar"]),
        ("cohorts", "swat", ["Batch Swat"]),
    ],
)
def test_a_key_sees_only_its_districts_places(province, get, path, key, expected):
    items = get(path, province.tokens[key]).json()["items"]
    assert sorted(item["name"] for item in items) == expected


def test_a_key_outside_a_district_never_sees_its_staff_enrolments_or_certificates(province, get):
    peshawar, swat = province.tokens["peshawar"], province.tokens["swat"]
    assert _staff_names(get, peshawar) == ["Aisha", "Bilal"]
    assert _staff_names(get, swat) == ["Zarmina"]
    # Asking for the other district by name gives nothing, not its rows.
    assert _staff_names(get, swat, district=province.peshawar.pk) == []
    zarmina = province.staff["zarmina"].pk
    for path in ("enrolments", "certificates"):
        peshawar_rows = get(path, peshawar).json()["items"]
        assert peshawar_rows and zarmina not in {row["staff_id"] for row in peshawar_rows}
        assert {row["staff_id"] for row in get(path, swat).json()["items"]} == {zarmina}
    # Headquarters staff belong to no district: only a key for all districts reads them.
    assert "Headquarters" in _staff_names(get, province.tokens["all"])


def test_staff_carry_their_status_due_date_and_certificate(province, get):
    rows = {row["full_name"]: row for row in get("staff", province.tokens["all"]).json()["items"]}
    aisha, bilal, hq = rows["Aisha"], rows["Bilal"], rows["Headquarters"]
    assert aisha["status"] == "certified"
    assert aisha["certificate"]["number"] == "TZ-2026-0001"
    assert aisha["certificate"]["state"] == "valid"
    assert bilal["status"] == "in_training" and bilal["certificate"] is None
    assert bilal["enrolment_id"] is not None
    assert hq["status"] == "overdue" and hq["enrolment_id"] is None
    due = timezone.localdate() - datetime.timedelta(days=30)  # 90 days after joining
    assert hq["due_date"] == due.isoformat()
    assert _staff_names(get, province.tokens["all"], status="certified") == ["Aisha", "Zarmina"]
    assert _staff_names(get, province.tokens["all"], status="overdue") == ["Headquarters"]


@pytest.mark.parametrize(
    ("expires_in_days", "state", "status"),
    [
        (10, "valid", "expiring_soon"),
        (0, "valid", "expired"),
        (300, "revoked", "revoked"),
        (300, "suspended", "suspended"),
    ],
)
def test_a_certificates_dates_and_state_decide_the_staff_status(
    province, get, expires_in_days, state, status
):
    today = timezone.localdate()
    Certificate.objects.filter(number="TZ-2026-0002").update(
        expires_on=today + datetime.timedelta(days=expires_in_days),
        state=state,
        state_reason="Checked",
    )
    staff_status_refresh(province.staff["zarmina"])  # as the certificate's event would
    assert _staff_names(get, province.tokens["swat"], status=status) == ["Zarmina"]


def test_enrolments_carry_progress_and_attendance(province, get):
    rows = get("enrolments", province.tokens["peshawar"]).json()["items"]
    assert len(rows) == 2
    for row in rows:
        assert row["lessons_total"] == 6  # the small course: 3 days of 2 lessons
        assert row["lessons_completed"] == 0
        assert row["held_days"] == 2 and row["attended_days"] == 0  # sessions from yesterday


def test_an_unknown_filter_value_is_refused_with_a_reason_not_a_500(province, get):
    response = get("staff", province.tokens["all"], status="lost")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "status"]


def test_pages_cover_every_row_once_in_update_order(province, get):
    token = province.tokens["all"]
    whole = get("staff", token).json()
    assert whole["count"] == 4
    paged = []
    for offset in range(0, 4, 3):
        page = get("staff", token, limit=3, offset=offset).json()
        assert page["count"] == 4 and page["limit"] == 3 and page["offset"] == offset
        paged += page["items"]
    assert [row["id"] for row in paged] == [row["id"] for row in whole["items"]]
    stamps = [row["updated_at"] for row in paged]
    assert stamps == sorted(stamps)


def test_updated_since_returns_only_what_changed(province, get, django_capture_on_commit_callbacks):
    token = province.tokens["all"]
    mark = timezone.now()
    assert get("staff", token, updated_since=mark.isoformat()).json()["items"] == []
    assert get("certificates", token, updated_since=mark.isoformat()).json()["items"] == []

    bilal = province.staff["bilal"]
    bilal.designation = "psychologist"
    bilal.save()
    certificate = Certificate.objects.get(number="TZ-2026-0002")
    with django_capture_on_commit_callbacks(execute=True):
        certificate_suspend(
            certificate=certificate, by=province.keys["all"].created_by, reason="Audit"
        )

    assert _staff_names(get, token, updated_since=mark.isoformat()) == ["Bilal", "Zarmina"]
    changed = get("certificates", token, updated_since=mark.isoformat()).json()["items"]
    assert [row["number"] for row in changed] == ["TZ-2026-0002"]
    assert changed[0]["status"] == "suspended"


def test_staff_without_a_status_yet_read_as_not_enrolled_due_from_joining(province, get):
    """A record added since the last refresh (no event yet): not enrolled, due by the policy."""
    newcomer = StaffProfileFactory(district=province.peshawar, user__full_name="Newcomer")
    assert not hasattr(newcomer, "compliance_status")
    rows = get("staff", province.tokens["peshawar"], status="not_enrolled").json()["items"]
    assert [(row["full_name"], row["due_date"]) for row in rows] == [
        ("Newcomer", newcomer.course_due_date.isoformat())
    ]


def test_updated_since_returns_staff_whose_due_date_passed_overnight(province, get):
    """Nothing happened to Bilal but a date passing: the nightly refresh makes him overdue, and
    a sync since before it fetches him again."""
    token = province.tokens["all"]
    due = province.staff["bilal"].compliance_status.due_date
    mark = timezone.now()
    assert _staff_names(get, token, updated_since=mark.isoformat()) == []

    staff_statuses_refresh_due(today=due + datetime.timedelta(days=1))

    rows = get("staff", token, updated_since=mark.isoformat()).json()["items"]
    assert [(row["full_name"], row["status"]) for row in rows] == [("Bilal", "overdue")]


@pytest.mark.parametrize("path", LISTS)
def test_query_count_does_not_grow_with_the_page(province, get, path, course, outline, facilitator):
    token = province.tokens["all"]
    get(path, token)  # the first call notes the key's last use; later ones in the minute do not
    with CaptureQueriesContext(connection) as few:
        before = len(get(path, token).json()["items"])
    district_grow(course=course, outline=outline, facilitator=facilitator, name="Kohat")
    with CaptureQueriesContext(connection) as more:
        assert len(get(path, token).json()["items"]) > before
    assert len(more) == len(few)


def test_every_call_is_logged_with_the_keys_name_refusals_too(province, get):
    get("staff", province.tokens["peshawar"], status="overdue")
    get("staff", province.tokens["revoked"])
    calls = list(ApiCall.objects.order_by("pk"))
    assert [(c.key_name, c.path, c.query, c.status) for c in calls] == [
        ("peshawar dashboard", "/api/v1/staff", "status=overdue", 200),
        ("revoked dashboard", "/api/v1/staff", "", 401),
    ]
    province.keys["peshawar"].refresh_from_db()
    assert province.keys["peshawar"].last_used_at is not None


def test_calls_past_the_limit_get_429(province, get):
    token = province.tokens["swat"]
    statuses = [get("districts", token).status_code for _ in range(views.CALLS_PER_MINUTE + 1)]
    assert statuses[:-1] == [200] * views.CALLS_PER_MINUTE
    assert statuses[-1] == 429
    assert get("districts", province.tokens["peshawar"]).status_code == 200  # per key


def test_only_administrators_issue_keys_and_the_secret_is_stored_hashed(
    province, commission_officer
):
    with pytest.raises(ApiKeyManageDenied):
        api_key_create(name="x", all_districts=True, districts=[], by=commission_officer)
    key, token = province.keys["all"], province.tokens["all"]
    secret = token_parse(token).secret  # the secret may itself hold "_"
    assert len(secret) >= 43 and secret not in key.secret_hash and len(key.secret_hash) == 64


def test_the_public_certificate_check_stays_outside_the_keyed_api(province, client):
    response = client.get("/api/v1/certificates/" + "0" * 18)
    assert response.status_code == 404
    assert "detail" not in response.json()


def test_updated_since_takes_a_timezone(province, get):
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert get("districts", province.tokens["all"], updated_since=since).json()["count"] == 2


def test_a_query_with_control_characters_is_refused_in_json_not_a_page(province, get):
    response = get("staff", province.tokens["all"], district="\x08")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "control characters" in response.json()["error"]


def test_the_compliance_summary_counts_each_districts_staff_by_status(province, get):
    rows = get("compliance", province.tokens["peshawar"]).json()["items"]
    assert rows == [
        {
            "district_id": province.peshawar.pk,
            "designation": "social_case_worker",
            "staff": 2,
            "not_enrolled": 0,
            "in_training": 1,
            "overdue": 0,
            "certified": 1,
            "expiring_soon": 0,
            "expired": 0,
            "suspended": 0,
            "revoked": 0,
        }
    ]
    everywhere = get("compliance", province.tokens["all"]).json()["items"]
    assert sum(row["staff"] for row in everywhere) == 4
    assert [row["overdue"] for row in everywhere if row["district_id"] is None] == [1]
