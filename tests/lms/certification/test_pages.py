"""The certificate pages: verification for anyone, the registry for the Commission, the PDF."""

import datetime
import io
import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale

from courses.cohorts.services import attendance_mark
from courses.demo.load import demo_course_load
from lms.certification import services
from lms.certification.codes import code_display
from lms.certification.models import Certificate, CertificateAction, CertificateSignatory
from lms.certification.presenters import certificate_face
from lms.core.dates import date_iso, date_text
from tests.course_fixtures import small_curriculum


@pytest.fixture
def certificate(earning):
    earning.everything()
    return Certificate.objects.get()


def verify(client, certificate, **params):
    return client.get(reverse("certification:verify_code", args=[certificate.code]), params)


def test_anyone_verifies_a_valid_certificate_by_its_code(client, certificate):
    response = client.get(
        reverse("certification:verify"), {"code": code_display(certificate.code).lower()}
    )
    assert response.status_code == 302
    html = client.get(response.url).content.decode()
    assert 'class="verify-status">Valid<' in html
    assert certificate.full_name in html and certificate.course_title in html
    # Nothing else about the person: no employee number, no email.
    assert certificate.employee_number not in html and certificate.learner.email not in html
    assert certificate.events.filter(action=CertificateAction.VERIFIED).count() == 1


def mistyped(code):
    """The code with its second-last symbol changed: the check symbol no longer fits."""
    return code[:-2] + ("A" if code[-2] != "A" else "B") + code[-1]


def test_a_mistyped_code_is_caught_and_an_unknown_code_says_so(client, certificate):
    response = client.get(reverse("certification:verify"), {"code": mistyped(certificate.code)})
    assert response.status_code == 400
    assert "not a valid code" in response.content.decode()
    response = client.get(reverse("certification:verify_code", args=["0" * 18]))
    assert response.status_code == 404
    assert "No certificate has this code" in response.content.decode()


def test_a_revoked_certificate_shows_revoked_with_its_date(client, certificate, commission_officer):
    services.certificate_revoke(certificate=certificate, by=commission_officer, reason="Fraud")
    html = verify(client, certificate).content.decode()
    assert 'class="verify-status">Revoked<' in html and "Revoked on " in html
    assert "Fraud" not in html  # the reason stays in the registry
    data = client.get(reverse("certification:api", args=[certificate.code])).json()
    assert data["status"] == "revoked" and data["changed_on"]


def test_the_qr_code_opens_the_page_and_proves_its_signature(client, certificate):
    qr = certificate_face(certificate).qr_text
    path = qr[qr.index("/verify/") :]
    html = client.get(path).content.decode()
    assert "signature is genuine" in html
    forged = path.replace("?s=", "?s=A")
    assert "does not match" in client.get(forged).content.decode()


def test_the_json_answer_matches_the_page(client, certificate):
    response = client.get(reverse("certification:api", args=[certificate.code]))
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "valid" and data["number"] == certificate.number
    assert data["name"] == certificate.full_name and "email" not in data
    missing = client.get(reverse("certification:api", args=["0" * 18]))
    assert missing.status_code == 404 and missing.json()["status"] == "unknown"


def test_verification_is_rate_limited_per_address(client, certificate):
    from lms.certification.verification import VERIFY_LIMIT

    for _ in range(VERIFY_LIMIT):
        assert verify(client, certificate).status_code == 200
    assert verify(client, certificate).status_code == 429
    assert client.get(reverse("certification:api", args=[certificate.code])).status_code == 429


def test_the_learner_downloads_their_certificate_and_no_one_else_may(
    client, certificate, other_learner
):
    client.force_login(certificate.learner)
    mine = client.get(reverse("certification:mine")).content.decode()
    assert certificate.number in mine and "Download the certificate" in mine
    response = client.get(reverse("certification:download", args=[certificate.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert certificate.number in text and code_display(certificate.code) in text
    assert certificate.events.filter(action=CertificateAction.DOWNLOADED).count() == 1
    again = client.get(reverse("certification:download", args=[certificate.pk]))
    assert again.content == response.content  # made again from the registry, identically

    client.force_login(other_learner)
    assert client.get(reverse("certification:download", args=[certificate.pk])).status_code == 403


@pytest.mark.parametrize("language", ["ur", "ps"])
def test_a_certificate_downloaded_from_an_urdu_or_pashto_page_is_the_same_english_document(
    client, certificate, language
):
    """The paper is in English with the holder's name also in Urdu script: its lines run left to
    right, so no right-to-left sentence may slip into them from the page's language."""
    client.force_login(certificate.learner)
    english = client.get(reverse("certification:download", args=[certificate.pk])).content
    client.cookies["tahaffuz_language"] = language
    assert client.get(reverse("certification:download", args=[certificate.pk])).content == english


@pytest.mark.parametrize(
    ("withdraw", "says"),
    [
        (services.certificate_revoke, "It was revoked on "),
        (services.certificate_suspend, "suspended"),
    ],
)
def test_a_withdrawn_certificate_is_gone_for_its_holder_and_the_commission(
    client, certificate, commission_officer, withdraw, says
):
    withdraw(certificate=certificate, by=commission_officer, reason="Under inquiry")
    for user in (certificate.learner, commission_officer):
        client.force_login(user)
        response = client.get(reverse("certification:download", args=[certificate.pk]))
        assert response.status_code == 410
        html = response.content.decode()
        assert says in html and "application/pdf" not in response["Content-Type"]
        assert reverse("certification:verify_code", args=[certificate.code]) in html
    detail = client.get(reverse("certification:detail", args=[certificate.pk])).content.decode()
    assert reverse("certification:download", args=[certificate.pk]) not in detail
    client.force_login(certificate.learner)
    mine = client.get(reverse("certification:mine")).content.decode()
    assert "Download the certificate" not in mine
    assert not certificate.events.filter(action=CertificateAction.DOWNLOADED).exists()


def test_a_superseded_certificate_is_gone_and_points_to_the_current_one(
    client, certificate, cohort, facilitator
):
    from django.utils import timezone

    from courses.cohorts.models import Cohort, Enrolment

    retake = Cohort.objects.create(name="Batch 2", course=cohort.course, venue="Hall")
    current = services.certificate_issue(
        enrolment=Enrolment.objects.create(
            cohort=retake,
            course=certificate.course,
            learner=certificate.learner,
            course_version=certificate.course_version,
            due_date=timezone.localdate(),
            enrolled_by=facilitator,
            status="completed",
        )
    )
    client.force_login(certificate.learner)
    response = client.get(reverse("certification:download", args=[certificate.pk]))
    assert response.status_code == 410
    html = response.content.decode()
    assert f"superseded by certificate {current.number}" in html
    assert reverse("certification:download", args=[current.pk]) in html
    current_pdf = client.get(reverse("certification:download", args=[current.pk]))
    assert current_pdf["Content-Type"] == "application/pdf"
    # My certificate shows the superseded one pointing to the current one, without a checklist.
    mine = client.get(reverse("certification:mine")).content.decode()
    old_card = mine.split(f'id="certificate-{certificate.pk}"', 1)[1].split("</section>", 1)[0]
    assert "A newer certificate replaces this one." in old_card
    assert f'href="#certificate-{current.pk}"' in old_card and current.number in old_card
    assert f'id="certificate-{current.pk}"' in mine
    assert f'id="criteria-{certificate.enrolment_id}"' not in mine
    assert f'id="criteria-{current.enrolment_id}"' in mine


def test_only_the_commission_reads_the_registry(
    client, certificate, facilitator, commission_officer
):
    for user, expected in (
        (certificate.learner, 403),
        (facilitator, 403),
        (commission_officer, 200),
    ):
        client.force_login(user)
        assert client.get(reverse("certification:registry")).status_code == expected
        assert client.get(reverse("certification:bulk_check")).status_code == expected


def test_the_registry_searches_and_filters(client, certificate, commission_officer):
    client.force_login(commission_officer)
    url = reverse("certification:registry")
    for query in (
        {"q": "KP-CPU-0042"},
        {"q": certificate.full_name[:4]},
        {"district": "Peshawar"},
        {"status": "valid"},
        {"q": code_display(certificate.code)},
    ):
        assert certificate.number in client.get(url, query).content.decode(), query
    for query in ({"status": "revoked"}, {"expiring": "30"}, {"q": "nobody"}):
        assert certificate.number not in client.get(url, query).content.decode(), query


def sheet_rows(response) -> list[tuple]:
    return list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))


def test_the_registry_exports_what_its_filters_show_as_csv_and_excel(
    client, certificate, commission_officer, facilitator
):
    url = reverse("certification:registry")
    client.force_login(facilitator)
    assert client.get(url, {"format": "xlsx"}).status_code == 403
    client.force_login(commission_officer)
    page = client.get(url, {"district": "Peshawar"}).content.decode()
    assert 'href="?district=Peshawar&amp;format=xlsx" download>Download Excel (XLSX)<' in page
    Certificate.objects.filter(pk=certificate.pk).update(full_name="گل بی بی")
    response = client.get(url, {"district": "Peshawar", "format": "xlsx"})
    assert response["Content-Disposition"] == 'attachment; filename="certificates.xlsx"'
    header, row = sheet_rows(response)
    assert header == (
        "Name",
        "Employee number",
        "Certificate number",
        "Verification code",
        "Course",
        "Issued",
        "Expires",
        "District",
        "Status",
    )
    assert row[:3] == ("گل بی بی", "KP-CPU-0042", certificate.number)
    assert row[5].date() == certificate.issued_on and row[6].date() == certificate.expires_on
    assert row[7:] == ("Peshawar", "Valid")
    # The filters apply: nothing revoked, a valid file with its header only.
    assert sheet_rows(client.get(url, {"status": "revoked", "format": "xlsx"})) == [header]

    Certificate.objects.filter(pk=certificate.pk).update(full_name="=HYPERLINK(1)")
    response = client.get(url, {"format": "csv"})
    lines = b"".join(response.streaming_content).decode("utf-8").splitlines()
    assert lines[0].startswith("\ufeffName,Employee number,")
    assert lines[1].startswith("'=HYPERLINK(1),KP-CPU-0042,")
    assert f",{certificate.expires_on.isoformat()},Peshawar,Valid" in lines[1]
    assert sheet_rows(client.get(url, {"format": "xlsx"}))[1][0] == "'=HYPERLINK(1)"


def test_the_bulk_check_answers_as_excel_too(client, certificate, commission_officer):
    client.force_login(commission_officer)
    url = reverse("certification:bulk_check")
    page = client.post(url, {"entries": "KP-CPU-0042"}).content.decode()
    assert 'name="format" value="xlsx">Download Excel (XLSX)<' in page
    rows = sheet_rows(client.post(url, {"entries": "KP-CPU-0042\n=1+1", "format": "xlsx"}))
    assert rows[0][:3] == ("Entry", "Status", "Name")
    assert rows[1][:2] == ("KP-CPU-0042", "Valid") and rows[1][8].date() == certificate.expires_on
    assert rows[2][0] == "'=1+1"


def test_the_registry_page_runs_a_fixed_number_of_queries(
    client, certificate, commission_officer, django_assert_max_num_queries
):
    client.force_login(commission_officer)
    client.get(reverse("certification:registry"))
    with django_assert_max_num_queries(12):
        client.get(reverse("certification:registry"), {"status": "valid"})


def test_revoking_is_a_step_of_its_own_with_a_reason_and_what_the_public_will_read(
    client, certificate, commission_officer, facilitator
):
    revoke = reverse("certification:revoke", args=[certificate.pk])
    client.force_login(facilitator)
    assert client.post(revoke, {"reason": "Mine to revoke"}).status_code == 403
    client.force_login(commission_officer)
    # The certificate's page revokes nothing by itself: it leads to the step that does.
    detail = client.get(reverse("certification:detail", args=[certificate.pk])).content.decode()
    assert f'href="{revoke}"' in detail and f'action="{revoke}"' not in detail
    page = client.get(revoke).content.decode()
    assert "Revoking is permanent" in page
    assert 'class="verify-status">Revoked<' in page
    today = timezone.localdate()
    assert f'Revoked on <time datetime="{today.isoformat()}">{date_text(today)}</time>' in page
    assert "the public page does not show it" in page
    # A post without a reason (the browser asks for one; a tampered post does not) is refused.
    for tampered in ({}, {"reason": "   "}):
        response = client.post(revoke, tampered)
        assert response.status_code == 400
        assert "Give the reason: it is kept with the certificate." in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.state == "valid"
    assert not certificate.events.filter(action=CertificateAction.REVOKED).exists()
    response = client.post(revoke, {"reason": "Left the service before the course ended."})
    assert response.url == reverse("certification:detail", args=[certificate.pk])
    certificate.refresh_from_db()
    assert certificate.state == "revoked"
    detail = client.get(response.url).content.decode()
    assert "Left the service" in detail and "Revoked" in detail
    # Once revoked, there is no second revocation.
    assert client.get(revoke).status_code == 302
    assert client.post(revoke, {"reason": "Again"}).status_code == 302
    assert certificate.events.filter(action=CertificateAction.REVOKED).count() == 1


def test_the_bulk_check_reads_a_list_and_answers_each_row_also_as_csv(
    client, certificate, commission_officer
):
    client.force_login(commission_officer)
    typo = code_display(mistyped(certificate.code))
    upload = SimpleUploadedFile(
        "staff.csv",
        f"Certificate code\nkp-cpu-0042\nKP-CPU-9999\n{code_display(certificate.code)}\n"
        f"{typo}\n".encode(),
    )
    response = client.post(reverse("certification:bulk_check"), {"entries": "", "file": upload})
    rows = response.context["rows"]
    check_character = (
        "That is not a valid code (check character): a letter or digit is mistyped or two are "
        "swapped."
    )
    assert [(row.entry, row.status_label) for row in rows] == [
        ("kp-cpu-0042", "Valid"),
        ("KP-CPU-9999", "No certificate found"),
        (code_display(certificate.code), "Valid"),
        (typo, check_character),
    ]
    html = response.content.decode()
    assert "4 entries checked" in html and "Certificate code" not in html.split("<table")[1]
    single = client.get(reverse("certification:verify"), {"code": typo}).content.decode()
    assert check_character in single
    opened = client.get(reverse("certification:verify_code", args=[typo]))
    assert opened.status_code == 404 and check_character in opened.content.decode()
    csv_response = client.post(
        reverse("certification:bulk_check"), {"entries": "KP-CPU-0042", "format": "csv"}
    )
    lines = csv_response.content.decode("utf-8-sig").splitlines()
    assert lines[1].startswith("KP-CPU-0042,Valid,") and certificate.number in lines[1]


def test_the_bulk_check_csv_quotes_an_entry_a_spreadsheet_would_run(
    client, certificate, commission_officer
):
    client.force_login(commission_officer)
    response = client.post(
        reverse("certification:bulk_check"), {"entries": "=1+1\n@SUM(A1)", "format": "csv"}
    )
    lines = response.content.decode("utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in lines[1:]] == ["'=1+1", "'@SUM(A1)"]


def test_a_broken_upload_gets_a_clear_error(client, commission_officer, certificate):
    client.force_login(commission_officer)
    upload = SimpleUploadedFile("staff.xlsx", b"not a workbook")
    response = client.post(reverse("certification:bulk_check"), {"entries": "", "file": upload})
    assert "could not be opened" in response.content.decode()


def test_the_facilitator_sees_the_checklist_and_signs_off(client, earning, facilitator):
    client.force_login(facilitator)
    url = reverse("certification:enrolment", args=[earning.enrolment.pk])
    html = client.get(url).content.decode()
    assert "Facilitator&#x27;s sign-off: \u2068Safety and risk assessment\u2069" in html
    competency = earning.enrolment.course.specific.signoff_competencies.get()
    client.post(
        reverse("certification:signoff", args=[earning.enrolment.pk, competency.pk]),
        {"signed": "1"},
    )
    assert earning.enrolment.signoffs.filter(signed_by=facilitator).exists()


def test_a_withdrawn_signoff_stays_in_the_history_and_a_double_click_counts_once(
    client, earning, facilitator
):
    client.force_login(facilitator)
    competency = earning.enrolment.course.specific.signoff_competencies.get()
    signoff = reverse("certification:signoff", args=[earning.enrolment.pk, competency.pk])
    for signed in ("1", "1", "0", "0"):
        client.post(signoff, {"signed": signed})
    assert not earning.enrolment.signoffs.exists()
    changes = earning.enrolment.signoff_changes.values_list("signed", "by")
    assert list(changes) == [(True, facilitator.pk), (False, facilitator.pk)]
    html = client.get(reverse("certification:enrolment", args=[earning.enrolment.pk]))
    history = html.content.decode().split("Sign-off history", 1)[1]
    assert history.count(f"signed off by {facilitator.full_name}") == 1
    assert history.count(f"withdrawn by {facilitator.full_name}") == 1


def test_the_log_records_who_revoked_and_from_where(client, certificate, commission_officer):
    client.force_login(commission_officer)
    client.post(
        reverse("certification:revoke", args=[certificate.pk]),
        {"reason": "Duplicate record."},
        REMOTE_ADDR="10.1.2.3",
        HTTP_USER_AGENT="Officer's browser",
    )
    event = certificate.events.get(action=CertificateAction.REVOKED)
    assert (event.actor, event.ip_address, event.user_agent, event.detail) == (
        commission_officer,
        "10.1.2.3",
        "Officer's browser",
        "Duplicate record.",
    )
    detail = client.get(reverse("certification:detail", args=[certificate.pk])).content.decode()
    assert "Tahaffuz, automatically" in detail  # the issue, made by the rules


def test_the_qr_on_the_downloaded_pdf_decodes_to_a_signed_url_and_an_altered_field_fails(
    client, certificate
):
    import base64

    import zxingcpp
    from PIL import Image

    from lms.certification.signing import SignatureInvalid, qr_verify
    from tests.pdf_pages import pdf_page_png

    client.force_login(certificate.learner)
    pdf = client.get(reverse("certification:download", args=[certificate.pk])).content
    image = Image.open(io.BytesIO(pdf_page_png(pdf, scale=3)))
    (scanned,) = [result.text for result in zxingcpp.read_barcodes(image)]
    assert scanned.startswith("http") and f"/verify/{certificate.code}/?s=" in scanned
    assert qr_verify(scanned) == certificate.signed_fields()

    payload, _signature = scanned.split("?s=")[1].split(".")
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    altered = raw.replace(certificate.full_name.encode(), b"Somebody Else")
    forged = base64.urlsafe_b64encode(altered).rstrip(b"=").decode()
    with pytest.raises(SignatureInvalid):
        qr_verify(scanned.replace(payload, forged))


def test_the_signoff_history_and_certificate_pages_give_dates_unambiguously_also_in_urdu(
    client, earning, facilitator, commission_officer
):
    moment = timezone.make_aware(datetime.datetime(2026, 3, 12, 13, 43))
    shown = '<time datetime="2026-03-12T13:43:00+05:00">12 March 2026, 13:43</time>'
    client.force_login(facilitator)
    competency = earning.enrolment.course.specific.signoff_competencies.get()
    client.post(
        reverse("certification:signoff", args=[earning.enrolment.pk, competency.pk]),
        {"signed": "1"},
    )
    earning.enrolment.signoff_changes.update(at=moment)
    page = client.get(reverse("certification:enrolment", args=[earning.enrolment.pk]))
    assert shown in page.content.decode().split("Sign-off history", 1)[1]

    earning.everything()
    certificate = Certificate.objects.get()
    Certificate.objects.filter(pk=certificate.pk).update(issued_on=moment.date())
    client.force_login(commission_officer)
    detail = client.get(reverse("certification:detail", args=[certificate.pk])).content.decode()
    assert '<time datetime="2026-03-12">12 March 2026</time>' in detail
    logged = certificate.events.get().at
    assert (
        f'<time datetime="{date_iso(logged)}">{date_text(logged)}</time> · Issued'
        in detail.split("<h2>History</h2>", 1)[1]
    )

    client.force_login(certificate.learner)
    client.cookies["tahaffuz_language"] = "ur"
    mine = client.get(reverse("certification:mine")).content.decode()
    assert '<time datetime="2026-03-12">12 مارچ 2026</time>' in mine


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )


def test_the_pdf_prints_the_cohorts_dates_and_venue_the_hours_attended_and_the_signatory(
    client, earning, django_assert_max_num_queries
):
    course = earning.enrolment.course.specific
    course.min_attendance_percent = 60
    course.save_revision().publish()
    signatory = CertificateSignatory.load()
    assert signatory.title == "Chief Protection Officer"  # the default
    signatory.name = "Khalid Mehmood"
    signatory.save()
    sessions = list(earning.enrolment.cohort.sessions.order_by("date"))
    earning.attend_every_day()
    with earning.committed(execute=True):
        attendance_mark(
            session=sessions[0],
            enrolment=earning.enrolment,
            status="absent",
            marked_by=earning.facilitator,
        )
    earning.pass_the_simulation()
    earning.pass_the_post_test()
    earning.complete_every_lesson()
    earning.get_signed_off()
    certificate = Certificate.objects.get()

    client.force_login(certificate.learner)
    url = reverse("certification:download", args=[certificate.pk])
    with django_assert_max_num_queries(DOWNLOAD_QUERIES):
        text = pdf_text(client.get(url).content)

    hours = round(course.estimated_hours * 2 / 3)  # two of the three session days
    assert f"{hours} hours attended" in text
    first, last = date_text(sessions[0].date), date_text(sessions[-1].date)
    assert f"Trained from {first} to {last} · Hall" in text
    assert "Khalid Mehmood Chief Protection Officer" in text
    assert "Child Protection Unit, Peshawar" in text and "District Peshawar" not in text
    assert "Valid until" in text and "Refresher due" not in text

    # A later change of signatory does not rewrite a certificate already issued.
    signatory.name = "Someone Else"
    signatory.save()
    assert "Khalid Mehmood" in pdf_text(client.get(url).content)


DOWNLOAD_QUERIES = 8


def test_a_course_renewed_by_a_refresher_prints_refresher_due_on_paper_and_page(
    client, earning, course, commission_officer
):
    course.refresher_course = demo_course_load(small_curriculum(), code="refresher", title="R")
    course.save_revision().publish()
    earning.enrolment.refresh_from_db()  # as a request would load it, with the refresher set
    earning.everything()
    certificate = Certificate.objects.get()
    client.force_login(certificate.learner)

    text = pdf_text(client.get(reverse("certification:download", args=[certificate.pk])).content)
    assert f"Refresher due {date_text(certificate.expires_on)}" in text
    assert "Valid until" not in text
    assert "Refresher due" in client.get(reverse("certification:mine")).content.decode()
    client.force_login(commission_officer)
    detail = client.get(reverse("certification:detail", args=[certificate.pk])).content.decode()
    assert "Refresher due" in detail and "Hours attended" in detail


@pytest.mark.parametrize("language", ["ur", "ps"])
def test_the_holder_may_download_the_certificate_in_urdu_or_pashto(
    client, certificate, language, django_assert_max_num_queries
):
    client.force_login(certificate.learner)
    url = reverse("certification:download", args=[certificate.pk])
    assert (
        f'href="{url}?language={language}"'
        in client.get(reverse("certification:mine")).content.decode()
    )
    english = client.get(url)
    with django_assert_max_num_queries(DOWNLOAD_QUERIES):
        translated = client.get(url, {"language": language})

    assert translated.content != english.content
    assert translated["Content-Disposition"].endswith(f'-{language}.pdf"')
    assert certificate.number in pdf_text(translated.content)
    # An unknown language falls back to the English paper.
    assert client.get(url, {"language": "xx"}).content == english.content


def test_an_urdu_certificate_names_the_course_by_its_urdu_title_where_the_course_has_one(
    client, earning
):
    course = earning.enrolment.course.specific
    urdu = course.get_translation(Locale.objects.get(language_code="ur"))  # the site keeps one
    assert urdu.title == course.title  # an alias of the English page: no Urdu title of its own
    ConvertAliasPageAction(urdu).execute(skip_permission_checks=True)  # as a translator would
    urdu = urdu.specific_class.objects.get(pk=urdu.pk)
    urdu.title = "چائلڈ پروٹیکشن کیس مینجمنٹ کا بنیادی کورس"
    urdu.save_revision().publish()
    earning.everything()
    certificate = Certificate.objects.get()
    assert certificate.course_title_translations == {"ur": urdu.title}

    client.force_login(certificate.learner)
    url = reverse("certification:download", args=[certificate.pk])
    in_urdu = unicodedata.normalize("NFKC", pdf_text(client.get(url, {"language": "ur"}).content))
    assert "کورس" in in_urdu and course.title not in in_urdu
    assert course.title in pdf_text(client.get(url).content)
    # No Pashto title: the Pashto paper names the course in English.
    assert course.title in pdf_text(client.get(url, {"language": "ps"}).content)
