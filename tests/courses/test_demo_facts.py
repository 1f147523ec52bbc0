"""The demo course teaches KP law and practice as they stand: each test guards a fact that a
review found wrong, on the words a learner reads in lessons, questions and case simulations."""

import re

from courses.content.lesson_markdown import day_parse, lesson_parse
from courses.demo.load import curriculum_files
from quizzes.attempts.demo_load import demo_question_files
from tests.simulation_fixtures import demo_scenarios

SCENARIOS = demo_scenarios()


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def curriculum():
    """The demo's days, each with its lessons, as read from their files in content/lessons."""
    return [
        (day_parse(day.text)[0], [lesson_parse(lesson.text)[0] for lesson in lessons])
        for day, lessons in curriculum_files()
    ]


def block_text(block) -> str:
    block_type, value = block
    if block_type in ("heading", "text"):
        return value
    if block_type == "callout":
        return f"{value['title']} {value['text']}"
    if block_type == "reflection":
        return value["prompt"]
    if block_type == "glossary":
        return " ".join(f"{term['term']}: {term['definition']}" for term in value["terms"])
    raise AssertionError(f"unknown block {block!r}")


def lessons_text() -> str:
    return plain(
        " ".join(
            " ".join([day.summary, *day.objectives, lesson.title, lesson.summary])
            + " ".join(block_text(block) for block in lesson.body)
            for day, lessons in curriculum()
            for lesson in lessons
        )
    )


QUESTIONS = [item for data in demo_question_files().values() for item in data["questions"]]


def question_text(question) -> str:
    parts = [question["text"], question.get("general_feedback", ""), question.get("rubric", "")]
    parts += [
        option.get(key, "")
        for option in question["options"]
        for key in ("text", "match_text", "feedback")
    ]
    return plain(" ".join(parts))


def questions_text() -> str:
    return " ".join(question_text(question) for question in QUESTIONS)


def scenario_text(scenario) -> str:
    parts = [scenario.title, scenario.brief, scenario.case_file]
    for step in scenario.steps:
        parts += [step.title, step.text, step.debrief]
        parts += [part for option in step.options for part in (option.text, option.feedback)]
    return plain(" ".join(parts))


def all_text() -> str:
    return " ".join(
        [lessons_text(), questions_text(), *(scenario_text(scenario) for scenario in SCENARIOS)]
    )


def test_corporal_punishment_is_taught_with_the_section_89_doubt_and_not_as_a_true_false_item():
    assert not [
        question
        for question in QUESTIONS
        if question["type"] == "true_false" and "corporal" in question["text"].lower()
    ]
    lessons = lessons_text()
    assert "Abolishment of corporal punishment" in lessons
    assert "section 89 of the Pakistan Penal Code" in lessons and "good faith" in lessons
    assert "The Act abolished it" not in all_text()


def test_non_refoulement_bars_return_to_serious_harm_not_return_as_such():
    everything = all_text()
    assert "returned to their country of origin" not in everything
    assert "not to be forced back to their country" not in everything
    lessons = lessons_text()
    assert "persecution or serious harm" in lessons
    assert "not a party to the 1951 Refugee Convention" in lessons
    assert "cannot stop a deportation" in lessons or "no power to stop a deportation" in lessons


def test_afghan_policy_is_the_2025_one_and_s3_places_no_boy_on_a_por_card():
    lessons = lessons_text()
    assert "30 June 2025" in lessons and "1 September 2025" in lessons
    assert "Afghan Citizen Card" in lessons
    assert "were exempt from the 2023 repatriation plan; check" not in lessons
    s3 = {scenario.code: scenario for scenario in SCENARIOS}["S3"]
    ending = plain(next(step.text for step in s3.steps if step.key == "END-safe"))
    assert "stay with the relative" not in ending
    assert "Proof of Registration" not in ending and "PoR" not in ending
    assert "UNHCR" in ending
    assert "holds a Proof of Registration card offers to take him in" not in scenario_text(s3)


def test_the_2022_amendment_and_part_viii_offences_are_taught_and_assessed():
    lessons = lessons_text()
    assert "KP Child Protection and Welfare (Amendment) Act 2022" in lessons
    for offence in (
        "sexual abuse",
        "child pornography",
        "trafficking",
        "organs",
        "begging",
        "non-compoundable",
        "register of sexual offenders",
    ):
        assert offence in lessons, offence
    assert any("non-compoundable" in question_text(question) for question in QUESTIONS)


def test_a_bonded_debt_is_extinguished_and_reported_to_the_district_vigilance_committee():
    everything = all_text()
    assert "negotiating the family's debt" not in everything
    assert "legal aid on the debt" not in everything
    lessons = lessons_text()
    assert "KP Bonded Labour System (Abolition) Act 2015" in lessons
    assert "extinguished" in lessons and "District Vigilance Committee" in lessons
    s6 = {scenario.code: scenario for scenario in SCENARIOS}["S6"]
    assert "District Vigilance Committee" in scenario_text(s6)


def test_a_survivor_is_not_promised_a_single_interview_and_learns_how_repetition_is_reduced():
    everything = all_text()
    for wrong in ("She has told her story only once", "gives her account once", "single interview"):
        assert wrong not in everything, wrong
    lessons = lessons_text()
    assert "section 164" in lessons and "medico-legal" in lessons
    assert "in-camera" in lessons and "video link" in lessons
    assert "Anti-Rape (Investigation and Trial) Act 2021" in lessons
    assert "legal team to confirm" in lessons


def test_sexual_abuse_is_never_settled_privately_with_no_qualifier():
    everything = all_text()
    assert "privately in a way that leaves the child in danger" not in everything
    assert "Sexual abuse of a child is never settled privately" in lessons_text()


def test_hinas_abuser_is_her_father_everywhere():
    hina = [
        text
        for text in [
            *(question_text(question) for question in QUESTIONS),
            *(
                block_text(block)
                for _day, lessons in curriculum()
                for lesson in lessons
                for block in lesson.body
            ),
        ]
        if "Hina" in text
    ]
    assert hina
    for text in hina:
        assert not re.search(r"her uncle|a (male )?relative (abused|has been|who visits)", text), (
            text
        )


def option_in(code: str, starts: str):
    scenario = {scenario.code: scenario for scenario in SCENARIOS}[code]
    [option] = [
        option
        for step in scenario.steps
        for option in step.options
        if option.text.startswith(starts)
    ]
    return option


def test_harmful_delays_settlements_and_police_pick_ups_are_critical_errors():
    for code, starts in (
        ("S1", "Phone the police and ask them to pick him up"),
        ("S1", "Write it up and raise it with his mother at next week's visit"),
        ("S3", "Take his details and ask him to come to the CPU office on Monday"),
        ("S4", "Register the referral and plan a full assessment at next week's visit"),
        ("S4", "Let the family elders settle it privately"),
        ("S2", "Send the police to the home today"),
    ):
        option = option_in(code, starts)
        assert option.critical, (code, starts)
        assert min(option.points.values()) < 0, (code, starts)


def test_the_farhan_case_puts_safety_first_considers_an_fir_and_calls_its_mistake_a_mistake():
    [farhan] = [
        plain(" ".join(block_text(block) for block in lesson.body))
        for _day, lessons in curriculum()
        for lesson in lessons
        if any("Farhan" in block_text(block) for block in lesson.body)
    ]
    assert "The family stayed together" not in farhan
    assert "FIR" in farhan and "Safety first" in farhan
    assert "it is not a success story" in farhan
    assert "The initial risk is set at Medium" not in farhan
    assert "Repeated beatings by an adult in the same house are High risk" in farhan


def test_medical_time_limits_are_stated_and_the_two_finger_test_is_outlawed():
    lessons = lessons_text()
    assert "within 72 hours" in lessons and "120 hours" in lessons
    assert "two-finger (virginity) test is outlawed" in lessons
    assert "confirm them with your health partner" not in all_text()


def test_cpu_staffing_is_three_core_roles_not_three_fixed_posts():
    everything = all_text()
    assert "professional posts" not in everything and "three core posts" not in everything
    assert "three posts" not in everything.lower()
    assert "several social case workers" in lessons_text()
    assert "How many core roles" in questions_text()


def test_juvenile_justice_is_the_2018_act_with_the_minimum_age_of_criminal_responsibility():
    lessons = lessons_text()
    assert "now governs" in lessons and "Juvenile Justice System Act 2018" in lessons
    assert "Minimum age of criminal responsibility" in lessons
    assert "under 10 is an offence" in lessons


def test_the_federal_shariat_court_cpu_direction_is_marked_unconfirmed_and_under_appeal():
    everything = all_text()
    assert "The court also directed a child protection unit" not in everything
    assert "and directed that a child protection unit be set up for them" not in everything
    lessons = lessons_text()
    assert "under appeal" in lessons and "unconfirmed" in lessons


def lesson_titled(title: str) -> str:
    [lesson] = [
        lesson for _day, lessons in curriculum() for lesson in lessons if lesson.title == title
    ]
    return plain(" ".join(block_text(block) for block in lesson.body))


def test_each_group_the_commission_named_has_its_own_lesson_with_an_example_and_a_reflection():
    days = {day.number: lessons for day, lessons in curriculum()}
    for number, title in (
        (2, "Community child protection committees, parents and prevention"),
        (2, "The Merged Districts: what differs there"),
        (8, "Orphans and alternative care"),
        (8, "Transgender children"),
        (8, "Children with disabilities"),
        (8, "Honour-based violence, swara and vani"),
    ):
        [lesson] = [lesson for lesson in days[number] if lesson.title == title]
        kinds = [block_type for block_type, _value in lesson.body]
        assert "reflection" in kinds, title
        assert any(
            block_type == "callout" and value["kind"] == "example"
            for block_type, value in lesson.body
        ), title
        assert 400 <= len(lesson_titled(title).split()) <= 850, title
    assert [lesson.title for lesson in days[8]].count("Children on the move") == 1
    assert "kafalah" not in lesson_titled("Children on the move").lower()


def test_kafalah_is_taught_as_care_that_is_not_adoption_and_institutions_as_a_last_resort():
    orphans = lesson_titled("Orphans and alternative care")
    assert "Kafalah is not adoption" in orphans
    assert "keeps his or her own name and lineage" in orphans
    assert "Guardians and Wards Act 1890" in orphans
    assert "s.12" in orphans and "s.25" in orphans
    assert "repealed the Orphanages Act 1966" in orphans
    assert "It is not a general orphanage" in orphans  # Zamung Kor's limits
    assert "Poverty alone is never a reason to separate a child" in orphans
    assert "Reintegration" in orphans or "reintegration" in orphans


def test_swara_and_vani_are_offences_and_honour_crimes_are_not_ended_by_the_familys_waiver():
    honour = lesson_titled("Honour-based violence, swara and vani")
    assert "Swara and vani are offences" in honour
    assert "Section 310-A of the Pakistan Penal Code" in honour
    assert "The family's forgiveness does not end an honour killing case" in honour
    assert "must still sentence the killer to imprisonment for life" in honour
    assert "non-compoundable" in honour
    assert "never refer the case to a jirga" in honour.lower()
    assert "Rate it High" in honour
    # An uncertain figure stays a thing to confirm, not a rule.
    assert "confirm the current maximum" in honour


def test_transgender_children_learn_the_dera_placement_options_and_the_courts_uncertainty():
    lesson = lesson_titled("Transgender children")
    assert "guru" in lesson and "dera" in lesson and "chelas" in lesson
    assert "A guru is not a legal guardian" in lesson
    assert "A dera is not a placement the CPU makes" in lesson
    assert "unconfirmed" in lesson and "under appeal" in lesson
    assert "Shariat Appellate Bench" in lesson


def test_the_merged_districts_lesson_says_what_differs_and_that_a_jirga_decides_no_case():
    merged = lesson_titled("The Merged Districts: what differs there")
    assert "25th Amendment" in merged and "2018" in merged
    assert "Frontier Crimes Regulation" in merged
    assert "has no power to decide a child protection case" in merged
    assert "B-Form" in merged and "Never make protection depend on documents" in merged
    committees = lesson_titled("Community child protection committees, parents and prevention")
    assert "A committee does not investigate" in committees
    assert "non-compoundable" in committees


def test_a_disabled_childs_account_is_taken_through_a_neutral_interpreter_not_a_relative():
    lesson = lesson_titled("Children with disabilities")
    assert "Convention on the Rights of Persons with Disabilities in 2011" in lesson
    assert "not a family member" in lesson
    assert "confirm it with your supervisor" in lesson
