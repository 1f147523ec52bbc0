from django.core.management.base import BaseCommand

from lms.certification.services import refreshers_enrol


class Command(BaseCommand):
    help = (
        "Enrol holders of certificates that expire soon in their course's refresher "
        "(run daily, e.g. from cron)."
    )

    def handle(self, *args, **options):
        report = refreshers_enrol()
        for enrolment in report.enrolled:
            self.stdout.write(f"Enrolled {enrolment.learner} in {enrolment.cohort}.")
        for certificate in report.no_cohort:
            self.stdout.write(
                f"No open refresher cohort serves {certificate.full_name} "
                f"({certificate.district}); certificate {certificate.number} expires "
                f"{certificate.expires_on:%Y-%m-%d}."
            )
        self.stdout.write(
            f"{len(report.enrolled)} enrolled, {len(report.no_cohort)} without a cohort."
        )
