"""The competencies the demo simulations score. The Commission edits or adds to them."""

from django.db import migrations

COMPETENCIES = [
    ("safety", "Safety and risk assessment", "حفاظت اور خطرے کا جائزہ"),
    ("participation", "Consent and participation", "رضامندی اور شرکت"),
    ("confidentiality", "Confidentiality", "رازداری"),
    ("best_interests", "Best interests", "بچے کا بہترین مفاد"),
    ("legal", "Legal and referral pathways", "قانونی اور ریفرل راستے"),
    ("documentation", "Documentation", "دستاویز سازی"),
]


def competencies_add(apps, schema_editor):
    Competency = apps.get_model("simulations", "Competency")
    for order, (code, name, name_ur) in enumerate(COMPETENCIES):
        Competency.objects.get_or_create(
            code=code, defaults={"name": name, "name_ur": name_ur, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("simulations", "0001_cases_competencies_and_attempts")]

    operations = [migrations.RunPython(competencies_add, migrations.RunPython.noop)]
