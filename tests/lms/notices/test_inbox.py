"""The inbox: the bell on every page, one's own notices only, marking read, email choices."""

import pytest
from django.test import Client
from django.urls import reverse

from lms.notices.models import Notice, NoticeKind, NoticePreference
from lms.notices.services import notice_record


def notice_for(person, number: str, kind=NoticeKind.CERTIFICATE_ISSUED) -> Notice:
    return notice_record(
        Notice(
            recipient=person,
            kind=kind,
            subject=person,
            period=number,
            data={"number": number, "course": "Foundations", "date": "2027-12-01"},
            link=reverse("certification:mine"),
        )
    )


def bell(html: str) -> str:
    start = html.index('class="notice-bell"')
    return html[start : html.index("</a>", start)]


def test_the_bell_shows_the_unread_count_on_every_page(client, learner):
    client.force_login(learner)
    assert "notice-bell__count" not in bell(client.get(reverse("home")).content.decode())
    notice_for(learner, "KP-1")
    notice_for(learner, "KP-2")
    for page in (reverse("home"), reverse("my_profile"), reverse("certification:mine")):
        html = bell(client.get(page).content.decode())
        assert 'aria-label="Notices: 2 unread"' in html
        assert '<span class="notice-bell__count" aria-hidden="true">2</span>' in html


def test_the_bell_costs_one_query_however_many_notices(
    client, learner, django_assert_max_num_queries
):
    client.force_login(learner)
    notice_for(learner, "KP-0")
    with django_assert_max_num_queries(50) as few:
        client.get(reverse("my_profile"))
    for number in range(1, 30):
        notice_for(learner, f"KP-{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("my_profile"))
    counts = [q["sql"] for q in few.captured_queries if "notices_notice" in q["sql"]]
    assert len(counts) == 1 and "COUNT(" in counts[0]


def test_the_inbox_runs_a_fixed_number_of_queries(client, learner, django_assert_max_num_queries):
    client.force_login(learner)
    notice_for(learner, "KP-0")
    with django_assert_max_num_queries(50) as few:
        client.get(reverse("notices:inbox"))
    for number in range(1, 30):
        notice_for(learner, f"KP-{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "KP-29" in client.get(reverse("notices:inbox")).content.decode()


def test_a_person_sees_only_their_own_notices(client, learner, other_learner):
    notice_for(learner, "KP-MINE")
    theirs = notice_for(other_learner, "KP-THEIRS")
    client.force_login(learner)
    html = client.get(reverse("notices:inbox")).content.decode()
    assert "KP-MINE" in html and "KP-THEIRS" not in html
    assert client.post(reverse("notices:read", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_opening_a_notice_marks_it_read_and_goes_to_its_page(client, learner):
    notice = notice_for(learner, "KP-1")
    client.force_login(learner)
    response = client.post(reverse("notices:read", args=[notice.pk]), {"open": "1"})
    assert response.url == reverse("certification:mine")
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_mark_all_read_reads_only_ones_own(client, learner, other_learner):
    mine = [notice_for(learner, "KP-1"), notice_for(learner, "KP-2")]
    theirs = notice_for(other_learner, "KP-3")
    client.force_login(learner)
    assert client.post(reverse("notices:read_all")).status_code == 302
    assert Notice.objects.filter(pk__in=[n.pk for n in mine], read_at__isnull=True).count() == 0
    theirs.refresh_from_db()
    assert theirs.read_at is None
    html = client.get(reverse("notices:inbox")).content.decode()
    assert "notice-bell__count" not in bell(html) and "Mark all as read" not in html


@pytest.mark.parametrize("route", ["notices:read_all", "notices:read"])
def test_marking_read_needs_the_csrf_token(learner, route):
    notice = notice_for(learner, "KP-1")
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    args = [notice.pk] if route == "notices:read" else []
    assert client.post(reverse(route, args=args)).status_code == 403
    notice.refresh_from_db()
    assert notice.read_at is None


def test_a_learner_chooses_their_emails_and_their_language(client, learner):
    client.force_login(learner)
    page = client.get(reverse("notices:preferences")).content.decode()
    assert "A course falls due in two weeks" in page
    assert "Answers waiting to be marked" not in page  # a facilitator's kind
    response = client.post(
        reverse("notices:preferences"),
        {"language": "ur", "email_kinds": [NoticeKind.CERTIFICATE_ISSUED]},
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.language == "ur"
    off = NoticePreference.objects.filter(person=learner, email=False)
    assert NoticeKind.COURSE_DUE_14 in set(off.values_list("kind", flat=True))
    assert not off.filter(kind=NoticeKind.CERTIFICATE_ISSUED).exists()
    assert notice_for(learner, "KP-9", NoticeKind.COURSE_DUE_14).email_due is False
    assert notice_for(learner, "KP-9").email_due is True
