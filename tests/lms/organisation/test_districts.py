from django.core.management import call_command
from django.urls import reverse

from lms.organisation.models import District, Division


def test_loading_districts_is_idempotent_and_keeps_the_commissions_edits(db):
    call_command("load_districts", verbosity=0)
    count = District.objects.count()
    assert count >= 30
    assert District.objects.get(name="Kohat").has_active_cpu
    peshawar = District.objects.get(name="Peshawar")
    peshawar.has_active_cpu = True
    peshawar.save()

    call_command("load_districts", verbosity=0)
    assert District.objects.count() == count
    assert District.objects.get(name="Peshawar").has_active_cpu


def test_the_commission_names_a_districts_focal_person_from_its_staff_only(
    client, commission_officer, peshawar, learner
):
    client.force_login(commission_officer)
    url = reverse("wagtailsnippets_organisation_district:edit", args=[peshawar.pk])
    page = client.get(url)
    options = {str(value) for value, _label in page.context["form"].fields["focal_person"].choices}
    assert str(commission_officer.pk) in options and str(learner.pk) not in options
    data = {
        "province": peshawar.province_id,
        "name": peshawar.name,
        "name_ur": "",
        "has_active_cpu": "on",
        "cpu_note": "",
        "focal_person": commission_officer.pk,
    }
    assert client.post(url, data).status_code == 302
    peshawar.refresh_from_db()
    assert peshawar.focal_person == commission_officer


def test_loading_districts_places_each_in_its_division_and_keeps_a_division_edited(db):
    call_command("load_districts", verbosity=0)
    assert sorted(Division.objects.values_list("name", flat=True)) == [
        "Bannu",
        "Dera Ismail Khan",
        "Hazara",
        "Kohat",
        "Malakand",
        "Mardan",
        "Peshawar",
    ]
    assert not District.objects.filter(division__isnull=True).exists()
    assert District.objects.get(name="Swat").division.name == "Malakand"
    assert District.objects.get(name="Kurram").division.name == "Kohat"
    swat = District.objects.get(name="Swat")
    swat.division = Division.objects.get(name="Hazara")
    swat.save()
    District.objects.filter(name="Tank").update(division=None)

    call_command("load_districts", verbosity=0)
    assert District.objects.get(name="Swat").division.name == "Hazara"  # the edit stays
    assert District.objects.get(name="Tank").division.name == "Dera Ismail Khan"  # filled in
