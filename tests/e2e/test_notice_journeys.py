"""The bell and the inbox on a 360 px phone, in Urdu: a reminder is seen, opened and read."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from courses.cohorts.models import Enrolment

from .conftest import PHONE, axe_violations, screenshot, sign_in, switch_language


def test_a_learner_sees_the_bell_opens_the_reminder_and_the_count_goes(
    page, learner, password, enrolment
):
    today = timezone.localdate()
    Enrolment.objects.update(due_date=today + datetime.timedelta(days=2))
    call_command("compliance_refresh", "--all", stdout=io.StringIO())
    call_command("notices_send", f"--today={today.isoformat()}", stdout=io.StringIO())
    sign_in(page, "KP-CPU-0042", password)
    page.get_by_role("heading", level=1).first.wait_for()
    switch_language(page, "اردو", "ur")

    bell = page.locator(".notice-bell")
    assert bell.locator(".notice-bell__count").inner_text() == "1"
    box = bell.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["width"] >= 44 and box["height"] >= 44
    bell.click()
    page.wait_for_url("**/notices/")
    assert page.get_attribute("html", "dir") == "rtl"
    notice = page.locator(".notice--unread")
    assert notice.count() == 1 and enrolment.course.title in notice.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "notices-inbox-ur-360")

    notice.locator("button[name=open]").click()
    page.wait_for_url(lambda url: "/notices/" not in url)
    assert page.locator(".notice-bell__count").count() == 0
