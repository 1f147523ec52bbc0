"""Khyber Pakhtunkhwa's seven divisions, with their districts, for a database whose districts
were loaded before districts had a division. A fresh database has no districts yet at this point:
`load_districts` then reads the same bundled lists."""

import csv
from pathlib import Path

from django.db import migrations
from django.utils import timezone

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows(name):
    with open(DATA / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def divisions_seed(apps, schema_editor):
    Province = apps.get_model("organisation", "Province")
    Division = apps.get_model("organisation", "Division")
    District = apps.get_model("organisation", "District")
    province = Province.objects.filter(code="kp").first()
    if province is None:
        return
    divisions = {
        row["name"]: Division.objects.get_or_create(
            province=province, name=row["name"], defaults={"name_ur": row["name_ur"]}
        )[0]
        for row in _rows("kp_divisions.csv")
    }
    for row in _rows("kp_districts.csv"):
        District.objects.filter(province=province, name=row["name"], division__isnull=True).update(
            division=divisions[row["division"]], updated_at=timezone.now()
        )


class Migration(migrations.Migration):
    dependencies = [("organisation", "0004_district_division")]

    operations = [migrations.RunPython(divisions_seed, migrations.RunPython.noop)]
