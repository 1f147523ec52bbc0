"""A facilitator exports a case simulation from the CMS, imports an edited copy and sees the
change; a broken copy lists its problems and changes nothing."""

import re

import yaml
from django.conf import settings
from playwright.sync_api import expect

from quizzes.simulations.models import Simulation
from quizzes.simulations.transfer import simulation_import

from .conftest import DESKTOP, screenshot, sign_in

LIST_URL = "/admin/snippets/simulations/simulation/"


def yaml_upload(data: dict) -> dict:
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    return {"name": "S1.yaml", "mimeType": "application/yaml", "buffer": text.encode()}


def test_a_facilitator_exports_a_simulation_imports_an_edited_copy_and_a_broken_one(
    browser, live_server, facilitator, password
):
    path = settings.BASE_DIR / "content" / "simulations" / "S1.yaml"
    simulation_import(content=path.read_bytes(), by=None)
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP, accept_downloads=True)
    cms = context.new_page()
    cms.set_default_timeout(20_000)
    sign_in(cms, facilitator.email, password, facilitator)

    cms.goto(LIST_URL)
    cms.get_by_role("button", name=re.compile("More options for")).first.click()
    with cms.expect_download() as download:
        cms.get_by_role("link", name="Export (YAML)").click()
    assert download.value.suggested_filename == "S1.yaml"
    exported = yaml.safe_load(download.value.path().read_text(encoding="utf-8"))
    assert exported["code"] == "S1" and exported["steps"][1]["risk_accepted"] == ["medium", "high"]

    exported["title"] = "Asad, 9: reviewed by the legal team"
    cms.goto(LIST_URL)
    cms.get_by_role("link", name="Import a simulation").click()
    cms.get_by_label("Simulation file (YAML)").set_input_files(yaml_upload(exported))
    cms.get_by_role("button", name="Import").click()
    expect(cms.locator("[role=status].help-info")).to_contain_text(
        "was updated from the file and published"
    )
    cms.goto(LIST_URL)
    expect(cms.get_by_role("link", name="Asad, 9: reviewed by the legal team")).to_be_visible()

    broken = dict(exported, title="Never saved")
    broken["steps"][1]["options"][0]["critcal"] = True
    broken["steps"][1]["options"][1]["next_step"] = "NOWHERE"
    cms.goto("/admin/simulation_transfer/")
    cms.get_by_label("Simulation file (YAML)").set_input_files(yaml_upload(broken))
    cms.get_by_role("button", name="Import").click()
    expect(cms.get_by_role("alert")).to_contain_text("Nothing was imported")
    problems = cms.get_by_test_id("import-problems")
    expect(problems).to_contain_text("step D1, option 1")
    expect(problems).to_contain_text("Unknown field “critcal”.")
    expect(problems).to_contain_text("links to NOWHERE, which does not exist.")
    screenshot(cms, "cms-simulation-import-problems")
    assert list(Simulation.objects.values_list("title", flat=True)) == [
        "Asad, 9: reviewed by the legal team"
    ]
    context.close()
