import io

from pypdf import PdfReader

from lms.certification.codes import code_display
from lms.certification.models import Certificate
from tests.pdf_pages import pdf_page_png

from .conftest import ARTIFACTS, axe_violations, screenshot, sign_in


def test_signed_off_the_learner_downloads_the_certificate_the_commission_revokes_it_and_anyone_sees_it_revoked(
    browser, live_server, page, learner, password, facilitator, commission_officer, earning
):
    profile = learner.staff_profile
    profile.full_name_ur = "عائشہ خان"
    profile.save()
    earning.attend_every_day()
    earning.pass_the_simulation()
    earning.pass_the_post_test()
    earning.complete_every_lesson()

    # The facilitator gives the last piece of evidence: the competency sign-off.
    staff = browser.new_context(base_url=live_server.url)
    facilitator_page = staff.new_page()
    sign_in(facilitator_page, facilitator.email, password, facilitator)
    facilitator_page.goto(f"/certificates/enrolments/{earning.enrolment.pk}/")
    facilitator_page.get_by_role("button", name="Sign off Safety and risk assessment").click()
    facilitator_page.get_by_text("Every criterion is met").wait_for()
    staff.close()
    certificate = Certificate.objects.get()

    # The learner sees every criterion met and downloads the PDF.
    sign_in(page, "KP-CPU-0042", password)
    page.locator(".site-menu__toggle").click()  # on a phone the navigation is behind the menu
    page.get_by_role("link", name="My certificate").click()
    assert page.locator(".checklist__item--met").count() == 5
    assert page.get_by_text(code_display(certificate.code)).is_visible()
    assert axe_violations(page) == []
    screenshot(page, "certificate-mine-360")
    for language in ("ur", "en"):  # the same page in Urdu, for review; then back to English
        page.context.add_cookies(
            [{"name": "tahaffuz_language", "value": language, "url": page.url}]
        )
        page.reload()
        if language == "ur":
            page.wait_for_selector("html[dir=rtl]")
            screenshot(page, "certificate-mine-ur-360")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    pdf = download.value.path().read_bytes()
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert learner.full_name in text and certificate.number in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "certificate-downloaded-urdu-name.png").write_bytes(pdf_page_png(pdf))
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    assert any("Nastaliq" in str(font.get_object()["/BaseFont"]) for font in fonts.values())

    # A Commission officer revokes it, with a reason.
    office = browser.new_context(base_url=live_server.url)
    officer = office.new_page()
    sign_in(officer, commission_officer.email, password, commission_officer)
    officer.get_by_role("link", name="Certificates").click()
    officer.get_by_label("Name, employee number, certificate number or code").fill("KP-CPU-0042")
    officer.get_by_role("button", name="Search").click()
    officer.get_by_role("link", name=learner.full_name).click()
    # Revoking is a step of its own, which shows what the public will read from then on.
    officer.get_by_role("link", name="Revoke…").click()
    officer.get_by_role("heading", level=1, name="Revoke the certificate").wait_for()
    assert officer.locator(".verify-status").inner_text() == "Revoked"
    assert officer.get_by_text("Revoked on ").is_visible()
    assert axe_violations(officer) == []
    screenshot(officer, "certificate-revoke-confirm-1280")
    assert Certificate.objects.get().state == "valid"
    officer.get_by_label(
        "Reason for revoking (kept in the registry, not shown to the public)"
    ).fill("Attendance register corrected after issue.")
    officer.get_by_role("button", name="Revoke for good").click()
    officer.get_by_text("The certificate is revoked.").wait_for()
    assert axe_violations(officer) == []
    screenshot(officer, "certificate-registry-detail-1280")
    office.close()

    # Anyone checking the code now reads "Revoked".
    public = browser.new_context(base_url=live_server.url)
    visitor = public.new_page()
    visitor.goto("/verify/")
    visitor.get_by_label("Verification code").fill(code_display(certificate.code).lower())
    visitor.get_by_role("button", name="Check").click()
    assert visitor.locator(".verify-status").inner_text() == "Revoked"
    assert visitor.get_by_text("Revoked on").is_visible()
    assert axe_violations(visitor) == []
    screenshot(visitor, "certificate-verify-revoked-1280")
    public.close()
