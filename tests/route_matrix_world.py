"""The people and data the route matrix (tests/test_route_matrix.py) visits every route with.

Our learner is enrolled in a Peshawar cohort run by our facilitator; another learner, in Mardan,
is enrolled in another cohort of the same course run by the other facilitator; a third learner is
enrolled nowhere. The learner has a quiz attempt in progress and a submitted one with an essay
to mark, a case simulation in progress, a certificate, and an H5P content in an open lesson.
"""

from dataclasses import dataclass, field

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from courses.cohorts.services import cohort_enrol
from courses.content.selectors import course_outline
from courses.h5p.services import h5p_content_import
from lms.accounts.mfa import has_totp
from lms.accounts.roles import Role
from lms.api.services import api_key_create
from lms.certification.services import certificate_issue
from lms.notices.models import Notice, NoticeKind
from lms.notices.services import notice_record
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit
from quizzes.simulations.models import Competency
from quizzes.simulations.services import simulation_start
from tests.course_fixtures import running_cohort_create, small_course
from tests.courses.h5p.packages import h5p_package
from tests.factories import DistrictFactory, StaffProfileFactory, UserFactory
from tests.quiz_fixtures import bank_create, quiz_create
from tests.simulation_fixtures import simulation_create

PERSONAS = (
    "anonymous",
    "learner",
    "other_learner",  # of another cohort, in another district
    "unenrolled",  # a learner enrolled in no cohort
    "facilitator",  # runs the learner's cohort
    "other_facilitator",  # runs only the other cohort
    "commission",
    "administrator",
)


@dataclass(frozen=True)
class World:
    people: dict  # persona -> user (None for anonymous)
    params: dict  # URL parameter name (or "namespace:name") -> value
    lesson: object
    objects: dict = field(default_factory=dict)

    def fresh(self) -> "World":
        """The same world with every object read again from the database, so that no test sees
        an instance an earlier test changed."""
        return World(
            people={persona: _reread(user) for persona, user in self.people.items()},
            params=self.params,
            lesson=_reread(self.lesson),
            objects={name: _reread(instance) for name, instance in self.objects.items()},
        )


def _reread(instance):
    return instance and type(instance)._default_manager.get(pk=instance.pk)


def staff_with_mfa(user):
    """Staff pass the MFA middleware only with an authenticator set up, as every staff sign-in
    through allauth then asks for its code."""
    if not has_totp(user):
        TOTP.activate(user, generate_totp_secret())
    return user


def world_build() -> World:
    """Build the world into the database, on the session's small course."""
    course = small_course()
    outline = course_outline(course)
    peshawar, mardan = DistrictFactory(name="Peshawar"), DistrictFactory(name="Mardan")
    learner = StaffProfileFactory(
        user__email="learner@example.org", employee_number="KP-CPU-0042", district=peshawar
    ).user
    other_learner = StaffProfileFactory(
        user__email="mardan.learner@example.org", district=mardan
    ).user
    unenrolled = StaffProfileFactory(user__email="unenrolled@example.org", district=peshawar).user
    facilitator = UserFactory(email="facilitator@example.org", role=Role.FACILITATOR)
    other_facilitator = UserFactory(email="other.facilitator@example.org", role=Role.FACILITATOR)
    commission_officer = UserFactory(email="commission@example.org", role=Role.COMMISSION)
    administrator = UserFactory(email="admin@example.org", role=Role.ADMINISTRATOR)

    cohort = running_cohort_create(
        name="Test batch",
        venue="Hall",
        course=course,
        outline=outline,
        district=peshawar,
        facilitator=facilitator,
    )
    enrolment = cohort_enrol(cohort=cohort, learners=[learner], enrolled_by=facilitator).enrolled[0]
    other_cohort = running_cohort_create(
        name="Mardan batch",
        course=course,
        outline=outline,
        district=mardan,
        facilitator=other_facilitator,
    )
    cohort_enrol(cohort=other_cohort, learners=[other_learner], enrolled_by=other_facilitator)
    quiz = quiz_create(bank_create())
    simulation = simulation_create()

    # The first lesson (day 1, open) places the quiz, the simulation and an H5P content.
    lesson = outline[0][1][0]
    content = h5p_content_import(h5p_package())
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    lesson.body.append(("simulation", {"simulation": simulation, "required_to_complete": False}))
    lesson.body.append(
        (
            "h5p",
            {
                "content": content,
                "grading_method": "highest",
                "pass_percent": 70,
                "required_to_complete": False,
            },
        )
    )
    lesson.save_revision().publish()
    lesson.refresh_from_db()

    submitted = attempt_start(quiz=quiz, learner=learner)
    essay = submitted.questions.get(snapshot__type="essay")
    answer_save(
        attempt=submitted, position=essay.position, answer="A safety plan.", learner=learner
    )
    attempt_submit(attempt=submitted, by=learner)
    in_progress = attempt_start(quiz=quiz, learner=learner)
    simulation_attempt = simulation_start(simulation=simulation, learner=learner, lesson=lesson)
    safety = Competency.objects.get(code="safety")
    course.signoff_competencies.set([safety])
    course.save_revision().publish()
    certificate = certificate_issue(enrolment=enrolment)
    notice = notice_record(
        Notice(
            recipient=learner,
            kind=NoticeKind.CERTIFICATE_ISSUED,
            subject=certificate,
            data={"number": certificate.number, "course": "Course", "date": "2027-12-01"},
            link="/certificates/",
        )
    )

    people = {
        "anonymous": None,
        "learner": learner,
        "other_learner": other_learner,
        "unenrolled": unenrolled,
        "facilitator": staff_with_mfa(facilitator),
        "other_facilitator": staff_with_mfa(other_facilitator),
        "commission": staff_with_mfa(commission_officer),
        "administrator": staff_with_mfa(administrator),
    }
    session = cohort.sessions.order_by("date").first()
    api_key, _token = api_key_create(
        name="Dashboard", all_districts=True, districts=[], by=administrator
    )
    params = {
        "cohort_id": cohort.pk,
        "session_id": session.pk,
        "enrolment_id": enrolment.pk,
        "lesson_id": lesson.pk,
        "day_id": outline[0][0].pk,
        "quiz_id": quiz.pk,
        "attempt_id": in_progress.pk,
        "answer_id": essay.pk,
        "question_id": essay.question_id,
        "simulation_id": simulation.pk,
        "simulations:attempt_id": simulation_attempt.pk,
        "user_id": learner.pk,
        "pk": learner.staff_profile.pk,  # a staff profile, here and in the CMS's chooser
        "wagtailsnippetchoosers_cohorts_cohort:pk": cohort.pk,
        "wagtailusers_users:pk": learner.pk,
        "wagtailsnippets_api_apikey:pk": api_key.pk,
        "wagtailsnippets_bank_question:pk": essay.question_id,
        "competency_id": safety.pk,
        "certificate_id": certificate.pk,
        "notice_id": notice.pk,
        "code": certificate.code,
        "action": "suspend",
        "content_id": content.pk,
        "token": "not-a-signed-token",
        "data_type": "state",
        "sub_content_id": 0,
        "path": "h5p.json",
    }
    return World(
        people=people,
        params=params,
        lesson=lesson,
        objects={
            "certificate": certificate,
            "session": session,
            "enrolment": enrolment,
            "cohort": cohort,
            "quiz": quiz,
            "unenrolled": unenrolled,
            "essay": essay,
        },
    )
