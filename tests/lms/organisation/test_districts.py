from django.core.management import call_command

from lms.organisation.models import District


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
