import csv
from pathlib import Path

from django.core.management.base import BaseCommand

from lms.organisation.models import District, Province

DISTRICTS_CSV = Path(__file__).resolve().parents[2] / "data" / "kp_districts.csv"


class Command(BaseCommand):
    help = (
        "Add Khyber Pakhtunkhwa's districts from the bundled list. Idempotent: districts that "
        "exist keep the values the Commission has edited since."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file", default=str(DISTRICTS_CSV), help="A CSV like the bundled one."
        )

    def handle(self, *args, file, **options):
        province, _ = Province.objects.get_or_create(
            code="kp", defaults={"name": "Khyber Pakhtunkhwa"}
        )
        with open(file, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        existing = set(province.districts.values_list("name", flat=True))
        District.objects.bulk_create(
            District(
                province=province,
                name=row["name"],
                name_ur=row.get("name_ur", ""),
                has_active_cpu=row.get("has_active_cpu", "").lower() == "true",
                cpu_note=row.get("cpu_note", ""),
            )
            for row in rows
            if row["name"] not in existing
        )
        added = len([row for row in rows if row["name"] not in existing])
        self.stdout.write(f"Districts: {added} added, {len(rows) - added} already present.")
