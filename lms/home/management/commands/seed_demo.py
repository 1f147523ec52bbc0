import datetime

from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from courses.content.models import LessonPage
from courses.demo.load import CurriculumInvalid, demo_cohorts_load, demo_course_load
from courses.h5p.demo import demo_h5p_load
from lms.accounts.mfa import has_totp
from lms.accounts.roles import Role
from lms.accounts.services import user_set_role
from lms.certification.demo_load import demo_certificates_load
from lms.certification.models import Certificate
from lms.notices.models import Notice
from lms.notices.selectors import notices_due
from lms.notices.services import notices_record
from lms.organisation.models import Designation, District, Gender, StaffProfile, TrainingPolicy
from lms.organisation.services import staff_member_create
from quizzes.attempts.demo_load import demo_attempts_load, demo_bank_load, demo_quizzes_load
from quizzes.bank.models import Question
from quizzes.simulations.demo_load import demo_simulation_attempts_load, demo_simulations_load

DEMO_PASSWORD = "tahaffuz-demo"  # noqa: S105 - printed for the demo on purpose
DEMO_DOMAIN = "demo.tahaffuz.pk"

# Demo only: fixed TOTP secrets so `demo_totp_code` (or an authenticator app) can sign staff in.
DEMO_ACCOUNTS = [
    # email, name, role, TOTP secret
    ("learner", "Ayesha Khan", Role.LEARNER, None),
    ("facilitator", "Farhan Yousafzai", Role.FACILITATOR, "JBSWY3DPEHPK3PXPJBSWY3DP"),
    ("commission", "Sana Afridi", Role.COMMISSION, "KRUGKIDROVUWG2ZAMJZG653O"),
    ("admin", "Imran Durrani", Role.ADMINISTRATOR, "MFRGGZDFMZTWQ2LKNNWG23TP"),
]

# Fictional CPU staff: (employee number, name, name in Urdu, designation, district, gender).
DEMO_STAFF = [
    (
        "KP-CPU-1001",
        "Ayesha Khan",
        "عائشہ خان",
        Designation.SOCIAL_CASE_WORKER,
        "Peshawar",
        Gender.FEMALE,
    ),
    (
        "KP-CPU-1002",
        "Bilal Ahmad",
        "بلال احمد",
        Designation.CHILD_PROTECTION_OFFICER,
        "Mardan",
        Gender.MALE,
    ),
    ("KP-CPU-1003", "Hina Gul", "حنا گل", Designation.PSYCHOLOGIST, "Swat", Gender.FEMALE),
    ("KP-CPU-1004", "Zubair Shah", "", Designation.SOCIAL_CASE_WORKER, "Kohat", Gender.MALE),
    (
        "KP-CPU-1005",
        "Mehwish Bibi",
        "مہوش بی بی",
        Designation.PSYCHOLOGIST,
        "Charsadda",
        Gender.FEMALE,
    ),
    ("KP-CPU-1006", "Tariq Jan", "", Designation.CHILD_PROTECTION_OFFICER, "Khyber", Gender.MALE),
    (
        "KP-CPU-1007",
        "Nazia Parveen",
        "نازیہ پروین",
        Designation.SOCIAL_CASE_WORKER,
        "Swabi",
        Gender.FEMALE,
    ),
    (
        "KP-CPU-1008",
        "Adnan Khattak",
        "",
        Designation.CHILD_PROTECTION_OFFICER,
        "Lower Dir",
        Gender.MALE,
    ),
    # Staff trained in earlier batches: the certificate registry's demo (see
    # lms.certification.demo_load); their districts have no running demo cohort.
    (
        "KP-CPU-0901",
        "Sadia Noor",
        "سعدیہ نور",
        Designation.SOCIAL_CASE_WORKER,
        "Nowshera",
        Gender.FEMALE,
    ),
    (
        "KP-CPU-0902",
        "Imran Afridi",
        "عمران آفریدی",
        Designation.CHILD_PROTECTION_OFFICER,
        "Bajaur",
        Gender.MALE,
    ),
    ("KP-CPU-0903", "Farah Naz", "فرح ناز", Designation.PSYCHOLOGIST, "Abbottabad", Gender.FEMALE),
    (
        "KP-CPU-0904",
        "Kamran Yousafzai",
        "کامران یوسفزئی",
        Designation.CHILD_PROTECTION_OFFICER,
        "Malakand",
        Gender.MALE,
    ),
    (
        "KP-CPU-0905",
        "Rukhsana Bibi",
        "رخسانہ بی بی",
        Designation.SOCIAL_CASE_WORKER,
        "Mansehra",
        Gender.FEMALE,
    ),
    ("KP-CPU-0906", "Waqas Ali", "وقاص علی", Designation.PSYCHOLOGIST, "Bannu", Gender.MALE),
]

# Staff who joined months ago and are not trained yet: the compliance overview's overdue
# (employee number, name, name in Urdu, designation, district, gender, days since joining).
DEMO_OVERDUE_STAFF = [
    (
        "KP-CPU-0801",
        "Shazia Begum",
        "شازیہ بیگم",
        Designation.SOCIAL_CASE_WORKER,
        "Peshawar",
        Gender.FEMALE,
        140,
    ),
    (
        "KP-CPU-0802",
        "Naveed Iqbal",
        "نوید اقبال",
        Designation.CHILD_PROTECTION_OFFICER,
        "Peshawar",
        Gender.MALE,
        200,
    ),
    (
        "KP-CPU-0803",
        "Asma Rauf",
        "اسماء رؤف",
        Designation.PSYCHOLOGIST,
        "Mardan",
        Gender.FEMALE,
        120,
    ),
    (
        "KP-CPU-0804",
        "Junaid Khan",
        "جنید خان",
        Designation.SOCIAL_CASE_WORKER,
        "Swat",
        Gender.MALE,
        310,
    ),
    (
        "KP-CPU-0805",
        "Saima Akhtar",
        "صائمہ اختر",
        Designation.SOCIAL_CASE_WORKER,
        "Kohat",
        Gender.FEMALE,
        95,
    ),
    (
        "KP-CPU-0806",
        "Fawad Hussain",
        "فواد حسین",
        Designation.CHILD_PROTECTION_OFFICER,
        "Bannu",
        Gender.MALE,
        180,
    ),
    (
        "KP-CPU-0807",
        "Lubna Shah",
        "لبنیٰ شاہ",
        Designation.PSYCHOLOGIST,
        "Abbottabad",
        Gender.FEMALE,
        250,
    ),
    (
        "KP-CPU-0808",
        "Arif Khattak",
        "عارف خٹک",
        Designation.SOCIAL_CASE_WORKER,
        "Nowshera",
        Gender.MALE,
        160,
    ),
]


# Demo staff whose course falls due on another day than the rest (days from today, negative
# when overdue), so the demo shows an overdue learner and one due within a week. Their date of
# joining is set so that the Commission's default deadline gives that due date.
DEMO_DUE_IN_DAYS = {"KP-CPU-1007": -5, "KP-CPU-1008": 4}
# The overdue learner reads her emails in Urdu.
URDU_READER = "KP-CPU-1007"


class Command(BaseCommand):
    help = "Load the demo: districts, one account per role, and fictional CPU staff. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Load the demo although DEBUG is off (a staging server, never production).",
        )

    def handle(self, *args, allow_without_debug=False, **options):
        if not (settings.DEBUG or allow_without_debug):
            raise CommandError(
                "seed_demo refuses to run with DEBUG off: it creates an administrator whose "
                "password and authenticator secret are published in the README. On a staging "
                "server that must have them, pass --allow-without-debug. Nothing was written."
            )
        call_command("load_districts", stdout=self.stdout)
        with transaction.atomic():
            self._staff()
            self._role_accounts()
        try:
            course = demo_course_load()
        except CurriculumInvalid as problems:
            raise CommandError(
                f"The course's files have problems; nothing was loaded:\n{problems}"
            ) from problems
        facilitator = get_user_model().objects.get(email=f"facilitator@{DEMO_DOMAIN}")
        cohorts = demo_cohorts_load(course=course, facilitator=facilitator)
        categories = demo_bank_load(course=course)
        quizzes = demo_quizzes_load(course=course, categories=categories)
        learners = [
            enrolment.learner
            for enrolment in cohorts[0].enrolments.order_by(
                "learner__staff_profile__employee_number"
            )
        ]
        demo_attempts_load(quizzes=quizzes, learners=learners)
        simulations = demo_simulations_load(course=course)
        demo_simulation_attempts_load(simulations=simulations, learners=learners[1:])
        h5p_activities = demo_h5p_load(course=course)
        commission_officer = get_user_model().objects.get(email=f"commission@{DEMO_DOMAIN}")
        # The focal person of every district, before the registry's stories: the revoked
        # certificate is news to her.
        District.objects.filter(focal_person__isnull=True).update(focal_person=commission_officer)
        demo_certificates_load(
            course=course, facilitator=facilitator, commission_officer=commission_officer
        )
        # Every member of staff's compliance status, as the nightly run keeps it; the reminders
        # read it.
        call_command("compliance_refresh", "--all", stdout=self.stdout)
        self._notices()
        self.stdout.write(
            f"Course: {course.title} ({course.get_descendants().type(LessonPage).count()} lessons); "
            f"cohorts: {', '.join(cohort.name for cohort in cohorts)}; "
            f"{Question.objects.count()} questions in {len(quizzes)} quizzes; "
            f"{len(simulations)} case simulations; "
            f"{len(h5p_activities)} H5P {'activity' if len(h5p_activities) == 1 else 'activities'}; "
            f"{Certificate.objects.count()} certificates in the registry; "
            f"{Notice.objects.count()} notices (`manage.py notices_send` emails them)."
        )
        self._print_logins()

    def _staff(self):
        today = timezone.localdate()
        joined = today - datetime.timedelta(days=30)
        due_days = TrainingPolicy.load().course_due_days
        existing = set(StaffProfile.objects.values_list("employee_number", flat=True))
        districts = {district.name: district for district in District.objects.all()}
        for index, (number, name, name_ur, designation, district, gender) in enumerate(DEMO_STAFF):
            if number in existing:
                continue
            email = "learner@" + DEMO_DOMAIN if index == 0 else f"{number.lower()}@{DEMO_DOMAIN}"
            profile = staff_member_create(
                employee_number=number,
                full_name=name,
                full_name_ur=name_ur,
                email=email,
                designation=designation,
                district=districts[district],
                date_of_joining=today + datetime.timedelta(days=DEMO_DUE_IN_DAYS[number] - due_days)
                if number in DEMO_DUE_IN_DAYS
                else joined - datetime.timedelta(days=7 * index),
                gender=gender,
                invited_by=None,
                send_invitation=False,
            )
            profile.user.set_password(DEMO_PASSWORD)
            profile.user.save(update_fields=["password"])
        today = timezone.localdate()
        for number, name, name_ur, designation, district, gender, days in DEMO_OVERDUE_STAFF:
            if number in existing:
                continue
            staff_member_create(
                employee_number=number,
                full_name=name,
                full_name_ur=name_ur,
                email=f"{number.lower()}@{DEMO_DOMAIN}",
                designation=designation,
                district=districts[district],
                date_of_joining=today - datetime.timedelta(days=days),
                gender=gender,
                invited_by=None,
                send_invitation=False,
            )

    def _role_accounts(self):
        User = get_user_model()
        for local_part, name, role, secret in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                email=f"{local_part}@{DEMO_DOMAIN}", defaults={"full_name": name}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
            user_set_role(user=user, role=role, by=None)
            if secret and not has_totp(user):
                TOTP.activate(user, secret)

    def _notices(self):
        """Today's reminders, recorded for the inbox but not emailed, for one learner who reads
        her emails in Urdu among others."""
        get_user_model().objects.filter(
            staff_profile__employee_number=URDU_READER, language=""
        ).update(language="ur")
        notices_record(notices_due(today=timezone.localdate()))

    def _print_logins(self):
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS("Demo accounts (password for all: %s)" % DEMO_PASSWORD)
        )
        for local_part, _name, role, secret in DEMO_ACCOUNTS:
            line = f"  {Role(role).label:<20} {local_part}@{DEMO_DOMAIN}"
            if secret:
                line += f"   (authenticator secret {secret})"
            self.stdout.write(line)
        self.stdout.write("  The learner can also sign in with employee number KP-CPU-1001.")
        self.stdout.write(
            "Staff roles ask for a 6-digit code after the password: add the secret above to an "
            "authenticator app, or run\n  .venv/bin/python manage.py demo_totp_code facilitator@"
            + DEMO_DOMAIN
        )
