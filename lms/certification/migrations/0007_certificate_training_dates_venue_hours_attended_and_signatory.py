from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0006_add_updated_at"),
    ]

    operations = [
        migrations.RenameField(
            model_name="certificate", old_name="course_hours", new_name="hours_attended"
        ),
        migrations.AlterField(
            model_name="certificate",
            name="hours_attended",
            field=models.PositiveSmallIntegerField(
                blank=True, null=True, verbose_name="hours attended"
            ),
        ),
        migrations.AddField(
            model_name="certificate",
            name="training_first_day",
            field=models.DateField(blank=True, null=True, verbose_name="first training day"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="training_last_day",
            field=models.DateField(blank=True, null=True, verbose_name="last training day"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="venue",
            field=models.CharField(blank=True, max_length=200, verbose_name="venue"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="signatory_name",
            field=models.CharField(blank=True, max_length=150, verbose_name="signatory"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="signatory_title",
            field=models.CharField(blank=True, max_length=150, verbose_name="signatory's title"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="refresher_due",
            field=models.BooleanField(default=False, verbose_name="renewed by a refresher"),
        ),
        migrations.CreateModel(
            name="CertificateSignatory",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        blank=True,
                        help_text="Printed above the title. Leave empty to print the title alone.",
                        max_length=150,
                        verbose_name="name",
                    ),
                ),
                (
                    "title",
                    models.CharField(
                        default="Chief Protection Officer", max_length=150, verbose_name="title"
                    ),
                ),
            ],
            options={
                "verbose_name": "certificate signatory",
            },
        ),
    ]
