"""The Content-Security-Policy: on every platform page, strict (no inline script); relaxed for the
CMS only; left to the content origin's own on its responses. The templates keep to it."""

import re
from pathlib import Path

from django.urls import reverse

from courses.h5p.services import h5p_content_import
from courses.h5p.serving import content_base_url
from tests.courses.h5p.packages import h5p_package

ROOT = Path(__file__).resolve().parents[1]


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in header.split(";") if part.strip())
    }


def assert_strict(response):
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    return directives


def test_signed_out_pages_carry_the_strict_policy(client):
    for url in (reverse("account_login"), reverse("certification:verify")):
        response = client.get(url)
        assert response.status_code == 200
        assert_strict(response)


def test_a_learners_pages_carry_the_strict_policy_and_lessons_may_frame_the_content_origin(
    client, learner, enrolment, outline, quiz_in_lesson, settings
):
    client.force_login(learner)
    assert_strict(client.get(reverse("home")))
    lesson = client.get(outline[0][1][0].url)
    assert lesson.status_code == 200
    assert settings.H5P_CONTENT_ORIGIN in assert_strict(lesson)["frame-src"]
    attempt = client.post(reverse("attempts:start", args=[quiz_in_lesson.pk]), follow=True)
    assert attempt.redirect_chain and attempt.status_code == 200
    assert_strict(attempt)


def test_only_the_cms_allows_inline_scripts_and_styles(client, administrator):
    client.force_login(administrator)
    directives = policy(client.get(reverse("wagtailadmin_home")))
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["object-src"] == ["'none'"]
    assert_strict(client.get(reverse("home")))


def test_the_content_origin_keeps_its_own_policy(client, learner, settings):
    settings.H5P_CONTENT_ORIGIN = "http://content.test"
    content = h5p_content_import(h5p_package())
    response = client.get(
        content_base_url(content, learner).removeprefix(settings.H5P_CONTENT_ORIGIN),
        HTTP_HOST="content.test",
    )
    assert response.status_code == 200
    assert response["Content-Security-Policy"].startswith("default-src 'self' 'unsafe-inline'")
    assert "script-src" not in response["Content-Security-Policy"]


# An inline <script> (no src) other than a JSON data block, an on…= handler attribute, a
# javascript: URL; and inline styles: a <style> element or a style attribute.
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
HANDLER = re.compile(r"<[a-zA-Z][^>]*\son[a-z]+\s*=")
JAVASCRIPT_URL = re.compile(r"""(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", re.I)
INLINE_STYLE = re.compile(r"<style\b|<[a-zA-Z][^>]*\sstyle\s*=")
# Never served under the platform's policy: the player page on the content origin (its own
# policy) and the certificate's page, which WeasyPrint turns into the PDF.
OWN_POLICY = {"courses/h5p/templates/h5p/player.html"}
# Not pages a browser loads under our policy: the PDF's source, and emails (mail clients need
# inline styles).
NOT_SERVED = {
    "lms/certification/templates/certification/certificate_pdf.html",
    "lms/notices/templates/notices/email/notice.html",
}


def template_files():
    skip = {".venv", "node_modules", "staticfiles", ".git", "var"}
    for path in sorted(ROOT.rglob("templates/**/*.html")):
        name = str(path.relative_to(ROOT))
        if not skip.intersection(path.relative_to(ROOT).parts) and name not in NOT_SERVED:
            yield name, path.read_text()


def test_templates_have_no_inline_scripts_event_handlers_or_styles():
    found = []
    for name, text in template_files():
        patterns = [INLINE_SCRIPT, HANDLER, JAVASCRIPT_URL]
        if name not in OWN_POLICY:
            patterns.append(INLINE_STYLE)
        for pattern in patterns:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{name}:{line}: {match.group(0)[:80]}")
    assert found == [], "Against the Content-Security-Policy:\n" + "\n".join(found)
