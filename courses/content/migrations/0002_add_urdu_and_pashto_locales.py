from django.db import migrations

CONTENT_LANGUAGES = ["ur", "ps"]


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0001_course_page_tree"),
    ]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
