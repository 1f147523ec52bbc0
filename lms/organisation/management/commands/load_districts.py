import csv
from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone

from lms.organisation.models import District, Division, Province

DATA = Path(__file__).resolve().parents[2] / "data"
DISTRICTS_CSV = DATA / "kp_districts.csv"
DIVISIONS_CSV = DATA / "kp_divisions.csv"


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


class Command(BaseCommand):
    help = (
        "Add Khyber Pakhtunkhwa's divisions and districts from the bundled lists. Idempotent: "
        "divisions and districts that exist keep the values the Commission has edited since; a "
        "district without a division gets the listed one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file", default=str(DISTRICTS_CSV), help="A CSV like the bundled one."
        )

    def handle(self, *args, file, **options):
        province, _ = Province.objects.get_or_create(
            code="kp", defaults={"name": "Khyber Pakhtunkhwa"}
        )
        divisions = {
            row["name"]: Division.objects.get_or_create(
                province=province, name=row["name"], defaults={"name_ur": row["name_ur"]}
            )[0]
            for row in _rows(DIVISIONS_CSV)
        }
        rows = _rows(file)
        existing = set(province.districts.values_list("name", flat=True))
        District.objects.bulk_create(
            District(
                province=province,
                name=row["name"],
                name_ur=row.get("name_ur", ""),
                division=divisions.get(row.get("division", "")),
                has_active_cpu=row.get("has_active_cpu", "").lower() == "true",
                cpu_note=row.get("cpu_note", ""),
            )
            for row in rows
            if row["name"] not in existing
        )
        for row in rows:
            if row["name"] in existing and row.get("division") in divisions:
                province.districts.filter(name=row["name"], division__isnull=True).update(
                    division=divisions[row["division"]], updated_at=timezone.now()
                )
        added = len([row for row in rows if row["name"] not in existing])
        self.stdout.write(f"Districts: {added} added, {len(rows) - added} already present.")
