"""The six demo case simulations of the foundational course, as plain data for the rules engine.

Each scenario closes one course day: S2 Saima (child marriage, day 3), S4 Hina (a disclosure of
abuse, day 4), S1 Asad (a street child, day 5), S3 Zabihullah (an unaccompanied Afghan boy, day 6),
S5 Ali (neglect of a disabled child, day 7) and S6 Bilal (a child at a brick kiln, day 8).

All names, places within districts and case details are invented. Scoring follows the course's
scale: best option +10, acceptable +5, poor 0, harmful -10 and a critical error. Response times
(24 hours, about 3 days, about a week) are common inter-agency practice that KPCPWC has not yet
confirmed, so the text always sends trainees to their local SOP for the figures; the deadlines
themselves are settings, not part of this data.
"""

from dataclasses import dataclass

from .rules import Option, RiskLevel, Step, StepKind

_HOUR = 60
_DAY = 24 * _HOUR
_WEEK = 7 * _DAY


@dataclass(frozen=True)
class Scenario:
    code: str  # "S1" .. "S6"
    day: int  # the course day it closes
    title: str
    brief: str  # HTML: the fictional child, family and setting
    case_file: str  # HTML: an excerpt of the case file (referral note or intake record)
    initial_risk: str  # a RiskLevel value: the true risk at first contact
    steps: tuple[Step, ...]  # the first step is the start


def _go_on(next_step: str, minutes: int = 0) -> tuple[Option, ...]:
    """The single option of a situation step: continue, after `minutes` of simulated time."""
    return (Option(text="", next_step=next_step, feedback="", minutes=minutes),)


# ---------------------------------------------------------------------------------------------
# S1. Asad, 9: a street child in Peshawar Saddar (day 5)
# ---------------------------------------------------------------------------------------------

S1 = Scenario(
    code="S1",
    day=5,
    title="Asad, 9: a child begging at night in Peshawar Saddar",
    brief=(
        "<p>Asad is 9. Most evenings he asks drivers for money at a busy traffic signal in "
        "Peshawar Saddar, often until after ten at night. He is thin, his sandals are split, and "
        "he keeps a careful eye on any adult who comes near.</p>"
        "<ul>"
        "<li><strong>Family:</strong> not yet known. Shopkeepers think he has a mother somewhere "
        "on the edge of the city.</li>"
        "<li><strong>School:</strong> unknown; he is on the street during school hours too.</li>"
        "<li><strong>Your role:</strong> you are a Social Case Worker (SCW) on the CPU's evening "
        "outreach round.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Referral note (extract)</strong></p>"
        "<ul>"
        "<li><strong>Source:</strong> 1121 helpline, call from a shopkeeper in Saddar, 21:40.</li>"
        "<li><strong>Child:</strong> boy, about 9, name not known.</li>"
        '<li><strong>Concern:</strong> begs alone at the signal most nights, "until the shops '
        'close".</li>'
        "<li><strong>Also seen:</strong> an adult man who collects money from several children "
        "around midnight (not identified).</li>"
        "<li><strong>Action asked:</strong> outreach check tonight by the evening team.</li>"
        "</ul>"
    ),
    initial_risk=RiskLevel.MEDIUM,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="Saddar, ten at night",
            text=(
                "<p>It is just after ten when you reach the signal. A small boy in a faded grey "
                "shalwar kameez weaves between the cars with his hand out, then sits on the kerb "
                'to count his coins. The shopkeeper who called points him out: "That one. He is '
                'here every night."</p>'
                "<p>The boy notices your CPU lanyard and starts to edge towards the alley behind "
                "the shops.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="First contact at the signal",
            text=(
                "<p>You have one chance to make a first contact that Asad will want to repeat. "
                "Choose what you do, then set the case's risk level and response time from what "
                "you know tonight.</p>"
            ),
            asks_risk=True,
            # Borderline: a child alone on the street at night, collected by an adult at
            # midnight. Medium or High earns full marks.
            risk_accepted=(RiskLevel.MEDIUM, RiskLevel.HIGH),
            options=(
                Option(
                    text=(
                        "Phone the police and ask them to pick him up and take him off the "
                        "street tonight."
                    ),
                    next_step="END-lost",
                    feedback=(
                        "A police pick-up frightens a nine-year-old and treats him as an offender "
                        "instead of a child who may need protection. Children handled this way "
                        "often run and avoid helpers afterwards, which breaks the principle of do "
                        "no harm."
                    ),
                    minutes=_HOUR,
                    points={"safety": -10, "participation": 0},
                    critical=True,
                ),
                Option(
                    text=(
                        "Approach slowly, crouch to his height, say who you are, and ask "
                        "whether he feels safe, whether he has eaten and where he sleeps."
                    ),
                    next_step="S-home",
                    feedback=(
                        "A calm, respectful approach lets you check his immediate safety and hear "
                        "his own account, which is what participation means in practice. It also "
                        "makes a second meeting possible."
                    ),
                    minutes=45,
                    points={"safety": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text="Give him some money for food and move on to the next site.",
                    next_step="END-lost",
                    feedback=(
                        "Kindness without follow-up leaves every question about his safety "
                        "unanswered, and money can keep a child on the street longer. No "
                        "assessment means no case and no protection."
                    ),
                    minutes=5,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-home",
            kind=StepKind.SITUATION,
            title="What Asad tells you",
            text=(
                '<p>Asad accepts a samosa, and after a while he talks. "I live with my Ammi and '
                'my little sister near the nullah. Ammi cleans houses. I take the money home," '
                'he says, glancing at the alley. "If I go early, there is not enough."</p>'
                "<p>He sleeps at home most nights and has not been to school since last year. He "
                "will not say who else is part of his evenings.</p>"
            ),
            options=_go_on("D2"),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="What happens next for Asad",
            text=(
                "<p>It is late and Asad wants to go home. He has a mother and a roof, but he "
                "works alone on the street at night. What is your next step?</p>"
            ),
            options=(
                Option(
                    text="Take him to Zamung Kor tonight so that he is off the street.",
                    next_step="S-zk",
                    feedback=(
                        "An institution is a last resort, and Zamung Kor usually takes children "
                        "through a referral route such as the Child Protection Court. Taking "
                        "Asad without his mother, his agreement or any legal process puts speed "
                        "before his best interests."
                    ),
                    minutes=90,
                    points={"best_interests": 0},
                ),
                Option(
                    text=(
                        "Ask Asad if he agrees to you meeting his mother, and visit the family "
                        "at home tomorrow to assess how they live."
                    ),
                    next_step="S-visit",
                    feedback=(
                        "Asad has a caregiver, so the least intrusive step is to assess the "
                        "family at home, with his assent and his mother's consent. Acting in his "
                        "best interests starts with keeping him safely with his family if that is "
                        "possible."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text="Record that he has a home and close the referral.",
                    next_step="END-lost",
                    feedback=(
                        "Having a home is not the same as being safe. A nine-year-old working "
                        "alone at night needs an assessment before anyone can say there is no "
                        "concern."
                    ),
                    minutes=10,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-zk",
            kind=StepKind.SITUATION,
            title="A night at Zamung Kor",
            text=(
                "<p>The duty officer at Zamung Kor lets Asad stay one night but asks for referral "
                "papers you do not have. At dawn his mother, Gul Bano, arrives at the CPU office "
                "in tears after searching the settlement all night.</p>"
                "<p>Your supervisor takes Asad home and asks you to start again properly, with a "
                "home visit and consent. Asad will hardly look at you.</p>"
            ),
            options=_go_on("S-visit", minutes=_DAY),
        ),
        Step(
            key="S-visit",
            kind=StepKind.SITUATION,
            title="The home visit",
            text=(
                "<p>Gul Bano rents one room with a gas ring and a pile of borrowed bedding. Her "
                "husband died two years ago and she owes money to several people. She agrees to "
                "work with the CPU and gives her consent; Asad gives his assent once the SCW has "
                "explained in Pashto what the CPU does and who will hear what he says.</p>"
                "<p>The case is registered. For three weeks the SCW visits every week, arranges a "
                "food ration and starts talking to a school about taking Asad back.</p>"
            ),
            options=_go_on("D3", minutes=3 * _WEEK),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="What Asad says at the drop-in",
            text=(
                '<p>At a drop-in session Asad is quiet for a long time, then says: "There is a '
                "man at the signal. He keeps my money for me. When I give it to him, he takes me "
                'behind the shops and touches me. He says if I tell, he will hurt Ammi."</p>'
                "<p>The SCW listens, thanks him for telling her and does not press him for "
                "details. Decide what the CPU does now, and set the risk level and response time "
                "as they stand after what Asad has said.</p>"
            ),
            risk_level=RiskLevel.HIGH,
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Re-rate the case to high and act today: keep Asad away from the "
                        "signal and the man, bring in the CPO and the psychologist, and arrange "
                        "medical care and a police referral."
                    ),
                    next_step="S-safe",
                    feedback=(
                        "Asad is now at risk of significant harm, which makes the case high risk. "
                        "Many SOPs expect a protective response within 24 hours; check the "
                        "timeline in your local SOP, and act the same day."
                    ),
                    minutes=4 * _HOUR,
                    points={"safety": 10, "legal": 5},
                    protective=True,
                ),
                Option(
                    text="Write it up and raise it with his mother at next week's visit.",
                    next_step="D4",
                    late_step="S-missing",
                    feedback=(
                        "Waiting a week leaves Asad within the man's reach for days after he has "
                        "found the courage to tell. A high-risk disclosure needs a same-day "
                        "response."
                    ),
                    minutes=_WEEK,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text="Go to the signal tonight and confront the man yourself.",
                    next_step="S-missing",
                    feedback=(
                        "Confronting a suspect warns him, can put Asad and his mother in danger "
                        "and can spoil the evidence the police need. Contact with a suspect is a "
                        "job for the police."
                    ),
                    minutes=2 * _HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="S-safe",
            kind=StepKind.SITUATION,
            title="The same afternoon",
            text=(
                "<p>The psychologist sits with Asad while the CPO arranges a medical check and "
                "passes the report to the police, who open an inquiry. Asad goes home with his "
                "mother and does not return to the signal.</p>"
                "<p>By evening a harder picture emerges. Gul Bano owes the man money, and he "
                'lives two lanes from her room. "He will come for the money," she says. "I '
                'cannot stop him."</p>'
            ),
            options=_go_on("D4"),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="His mother cannot keep him safe",
            text=(
                "<p>The man knows where Asad lives, and Gul Bano depends on him. She loves her "
                "son, but for now she cannot protect him at home. Her brother in Nowshera has "
                "offered to help, and a neighbour says Asad can stay with her. What does the CPU "
                "do?</p>"
            ),
            options=(
                Option(
                    text=(
                        "The CPO applies to the Child Protection Court for rescue (s.20) and "
                        "entrustment (s.25), asking it to consider a short referral to Zamung Kor "
                        "while the uncle in Nowshera is assessed as a kinship carer."
                    ),
                    next_step="S-court",
                    feedback=(
                        "The court route gives the placement legal backing, checks and a limit "
                        "in time, under s.20 and s.25 of the KP Child Protection and Welfare Act "
                        "2010. Assessing kinship care first keeps the institution a short, last "
                        "resort."
                    ),
                    minutes=2 * _DAY,
                    points={"legal": 10, "best_interests": 5},
                ),
                Option(
                    text=(
                        "Let the neighbour take him in informally: it is quick and he stays "
                        "near his mother."
                    ),
                    next_step="END-fragile",
                    feedback=(
                        "An informal placement has no checks, no legal standing and nobody "
                        "answerable for it, and this neighbour lives close to the man. It looks "
                        "quick but leaves Asad unprotected."
                    ),
                    minutes=_HOUR,
                    points={"legal": 0},
                ),
            ),
        ),
        Step(
            key="S-court",
            kind=StepKind.SITUATION,
            title="Before the Child Protection Court",
            text=(
                "<p>Two days later the court hears the CPO's application. It makes an order for "
                "Asad's protection and refers him to Zamung Kor for a short stay while the SCW "
                "assesses his uncle's home. Gul Bano visits him every Friday.</p>"
                "<p>A week later, with the court's approval, Asad moves to his uncle's family in "
                "Nowshera and goes back to class 2 at the village school.</p>"
            ),
            options=_go_on("D5", minutes=_WEEK),
        ),
        Step(
            key="D5",
            kind=StepKind.DECISION,
            title="Following up",
            text=(
                "<p>Asad is safe for now, in a new village with his uncle's family, and the "
                "police inquiry continues. How will the CPU follow the case?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Keep weekly contact while the risk stays high, write the case plan "
                        "with Asad, his mother and his uncle within two weeks, and review it at "
                        "least every three months."
                    ),
                    next_step="END-safe",
                    feedback=(
                        "Weekly contact for high risk is common practice (check your SOP), a "
                        "written plan within two weeks is a recognised good-practice indicator, "
                        "and plans are reviewed at least every three months, more often when the "
                        "risk is high."
                    ),
                    minutes=_HOUR,
                    points={"documentation": 10, "safety": 5},
                ),
                Option(
                    text="Phone the uncle once a month to check that all is well.",
                    next_step="END-safe",
                    feedback=(
                        "Better than closing the case, but a monthly call is too light for a "
                        "child at high risk in a new placement, and there is no written plan to "
                        "hold anyone to."
                    ),
                    minutes=10,
                    points={"documentation": 5},
                ),
                Option(
                    text="Close the case: he is placed with family and the court has acted.",
                    next_step="END-fragile",
                    feedback=(
                        "A case closes when the plan's goals are met and the child is safe with "
                        "no further concerns. The weeks after abuse and a move are when "
                        "follow-up matters most."
                    ),
                    minutes=10,
                    points={"documentation": 0},
                ),
            ),
        ),
        Step(
            key="S-missing",
            kind=StepKind.SITUATION,
            title="Asad is missing",
            text=(
                "<p>Gul Bano comes to the CPU office. Asad has not been home for three days. A "
                "tea boy at the signal says the man put Asad in a rickshaw, and no one has seen "
                "either of them in Saddar since.</p>"
                "<p>The police register a missing child report, but the trail is already "
                "cold.</p>"
            ),
            options=_go_on("END-harm"),
        ),
        Step(
            key="END-safe",
            kind=StepKind.END,
            title="Safe, with a plan",
            text=(
                "<p>Three months on, Asad lives with his uncle, goes to school and sees his mother "
                "every week. He gave his statements to the police and a magistrate with the "
                "psychologist beside him, and the inquiry into the man continues. The review finds "
                "the plan on track "
                "and lowers the risk level.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Which of your choices made the biggest difference to Asad's safety, and "
                "why?</li>"
                "<li>When did the risk level change, and what told you it had?</li>"
                "<li>What did the court route (s.20, s.25) give Asad that a quick informal "
                "placement could not?</li>"
                "<li>Variant: if Asad had told you he is khwaja sira, how would the placement plan "
                "protect his safety and dignity?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-fragile",
            kind=StepKind.END,
            title="Nobody is checking",
            text=(
                "<p>Asad is away from the man for now, but nobody is checking on him. Within two "
                "months he is back at the signal in the evenings, and the CPU only hears about it "
                "from a 1121 call.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What makes a placement safe, beyond a kind adult?</li>"
                "<li>What do s.20 and s.25 add that an informal arrangement lacks?</li>"
                "<li>When may a case be closed, and who should agree to it?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-lost",
            harmful=True,
            kind=StepKind.END,
            title="Contact lost",
            text=(
                "<p>Asad's case never gets past the first contact. He keeps begging at night and "
                "now slips away from any adult who approaches him. Months later a shopkeeper "
                "calls 1121 about a boy at the signal with a bruised face.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did Asad need from the first contact?</li>"
                '<li>Why is "he has a home" not the same as "he is safe"?</li>'
                "<li>How could the police have been involved later without frightening him?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-harm",
            harmful=True,
            kind=StepKind.END,
            title="Harm that could have been prevented",
            text=(
                "<p>Nine days later Asad is found at a bus stand in another district, hungry and "
                "hurt. He is in hospital and will not speak to the SCW, and the police inquiry "
                "has little to go on.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What does a high-risk disclosure require of the CPU, and how quickly?</li>"
                "<li>Why must a worker never confront a suspect?</li>"
                "<li>What would a same-day safety plan for Asad have included?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S2. Saima, 14: a girl at risk of child marriage in Charsadda (day 3)
# ---------------------------------------------------------------------------------------------

S2 = Scenario(
    code="S2",
    day=3,
    title="Saima, 14: a nikah fixed ten days away in Charsadda",
    brief=(
        "<p>Saima is 14 and in class 8 at a government girls' school in a village near "
        "Charsadda. She is one of the best readers in her class and wants to become a "
        "teacher.</p>"
        "<ul>"
        "<li><strong>Family:</strong> her father farms rented land and has been in debt since a "
        "poor harvest; her mother looks after five younger children at home.</li>"
        "<li><strong>Setting:</strong> a close, respected family in which her father and his "
        "elder brother make the big decisions.</li>"
        "<li><strong>Your role:</strong> you are the Child Protection Officer (CPO) at the "
        "Charsadda CPU, working with a female SCW.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Referral note (extract)</strong></p>"
        "<ul>"
        "<li><strong>Referrer:</strong> Ms Farzana, class teacher, by phone, Monday 09:15.</li>"
        "<li><strong>Child:</strong> Saima, 14, class 8.</li>"
        "<li><strong>Concern:</strong> says her nikah to a man of about 30 is fixed for ten "
        "days from now.</li>"
        "<li><strong>Other signs:</strong> tearful in class; her father has told the school she "
        "will leave after the wedding.</li>"
        "<li><strong>Teacher's request:</strong> \"Please help her, but do not say I "
        'called."</li>'
        "</ul>"
    ),
    initial_risk=RiskLevel.HIGH,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="A call from the school",
            text=(
                '<p>Ms Farzana sounds worried. "Saima cried all through the break. Her father '
                "has agreed her nikah with a man from the next village, and it is in ten days. "
                'She is only fourteen."</p>'
                "<p>The family does not know that Saima has told anyone. The call reaches you "
                "at a quarter past nine on a Monday morning.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="Rating the referral",
            text=(
                "<p>A marriage is planned for a girl of 14 in ten days' time. Decide how the CPU "
                "responds, and set the risk level and response time.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Open the case as high risk today, brief the female SCW and plan to "
                        "see Saima within 24 hours without alerting the family."
                    ),
                    next_step="D2",
                    feedback=(
                        "Under the Child Marriage Restraint Act 1929, as it applies in KP, a girl "
                        "under 16 is a child, so this marriage would be an offence. Wedding "
                        "dates can be brought forward, so treat it as high risk; your local SOP "
                        "sets the exact response time."
                    ),
                    minutes=30,
                    points={"safety": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "Log it and add Saima to next week's visits: the wedding is still ten "
                        "days away."
                    ),
                    next_step="D2",
                    late_step="S-forward",
                    feedback=(
                        "Wedding dates move, and a girl can be kept at home or sent away at short "
                        "notice. Waiting a week treats a high-risk case as if it were low "
                        "risk."
                    ),
                    minutes=_WEEK,
                    points={"safety": 0},
                ),
                Option(
                    text="Ask Ms Farzana to speak to Saima's father herself first and report back.",
                    next_step="S-forward",
                    feedback=(
                        "This puts the teacher and Saima at risk and hands the CPU's job to "
                        "someone without the training or the authority for it. Once the father "
                        "knows Saima has spoken, he may bring the date forward."
                    ),
                    minutes=_HOUR,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="Who meets Saima, and where",
            text=(
                "<p>You need to hear from Saima herself before anyone approaches her family. How "
                "do you make that first contact?</p>"
            ),
            options=(
                Option(
                    text=(
                        "The female SCW meets Saima privately at school, checks she feels safe "
                        "talking there, explains what the CPU can do and who will be told, and asks "
                        "for her assent."
                    ),
                    next_step="S-assent",
                    feedback=(
                        "Hearing Saima first, somewhere familiar and private, respects her right "
                        "to be heard and keeps the family unaware until there is a plan. A "
                        "female worker is more likely to be trusted, by Saima and by the "
                        "school."
                    ),
                    minutes=4 * _HOUR,
                    points={"participation": 10, "safety": 5},
                    protective=True,
                ),
                Option(
                    text="Send the police to the home today to stop the marriage.",
                    next_step="S-forward",
                    feedback=(
                        "A police visit before there is any plan can lead the family to bring the "
                        "nikah forward, move Saima to relatives or punish her for speaking. Do no "
                        "harm comes first; the police have a role later, within a plan."
                    ),
                    minutes=2 * _HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "You and the head teacher call Saima into the office and ask her about "
                        "the marriage."
                    ),
                    next_step="S-assent",
                    feedback=(
                        "She is seen quickly and at school, which is good. But facing two senior "
                        "adults, one of them a man she has never met, she is likely to say less "
                        "than she would to a female SCW alone."
                    ),
                    minutes=2 * _HOUR,
                    points={"participation": 5},
                    protective=True,
                ),
            ),
        ),
        Step(
            key="S-assent",
            kind=StepKind.SITUATION,
            title="What Saima wants",
            text=(
                '<p>Saima speaks quietly at first. "I want to finish school. I want to teach '
                "small children, like Miss Farzana. If Abu finds out I told, he will be very "
                'angry."</p>'
                "<p>She agrees that the CPU may speak to her parents, as long as no one says she "
                "asked for help. Together you agree a simple safety plan: whom she can go to at "
                "school if things get worse, and the 1121 number written inside her maths "
                "book.</p>"
            ),
            options=_go_on("D3"),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="Approaching the parents",
            text=(
                "<p>The CPU now has to speak to Saima's parents. Her uncle has already said that "
                "any question about the family should go to the village jirga. How do you "
                "approach them?</p>"
            ),
            options=(
                Option(
                    text="Ask the jirga to mediate between the CPU and the family.",
                    next_step="D4",
                    feedback=(
                        "A jirga has no authority over a child's protection and may simply back "
                        "the marriage; Saima's own voice is unlikely to be heard there. The law "
                        "and her best interests, not a negotiated settlement, must guide the "
                        "response."
                    ),
                    minutes=2 * _DAY,
                    points={"best_interests": 0},
                ),
                Option(
                    text=(
                        "With the female SCW, visit both parents, explain s.30 of the KP Act and "
                        "the Child Marriage Restraint Act, ask what is pushing the marriage, and "
                        "agree a written safety plan."
                    ),
                    next_step="D4",
                    feedback=(
                        "Setting out the law clearly while listening for the pressures behind the "
                        "marriage, such as debt, gives the family a way out without losing face. "
                        "A written plan makes everyone's commitments clear and checkable."
                    ),
                    minutes=3 * _HOUR,
                    points={"legal": 10, "best_interests": 5},
                ),
                Option(
                    text=(
                        "Treat it as a family matter: advise the father to wait a few years, "
                        "and close the case."
                    ),
                    next_step="END-married",
                    feedback=(
                        "Child marriage is not a private matter: it is an offence under the 1929 "
                        "Act, and the KP Act has its own section on protection against it "
                        "(s.30). Closing the case leaves Saima with no protection at all."
                    ),
                    minutes=_HOUR,
                    points={"legal": 0},
                ),
            ),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="The family refuses",
            text=(
                "<p>Saima's father hears you out, then shakes his head. \"It is decided. I have "
                'given my word, and the money is owed." Two days later Saima misses school, and '
                "Ms Farzana hears that the family is buying wedding clothes.</p>"
                "<p>What does the CPU do now?</p>"
            ),
            options=(
                Option(
                    text=(
                        "The CPO applies to the Child Protection Court under s.30 to stop the "
                        "marriage, and alerts the police and the Nikah Registrar."
                    ),
                    next_step="S-court",
                    feedback=(
                        "When a family will not act, the court gives Saima legal protection "
                        "(s.30 of the KP Child Protection and Welfare Act 2010). Check which "
                        "Child Protection Court serves Charsadda, and confirm with the KPCPWC "
                        "legal team what orders s.30 allows."
                    ),
                    minutes=2 * _DAY,
                    points={"legal": 10, "safety": 5},
                ),
                Option(
                    text="Visit the parents again next week in the hope they change their minds.",
                    next_step="S-forward",
                    feedback=(
                        "The family has told you the marriage will go ahead, and the clothes are "
                        "being bought. Another week of persuasion gives them time to bring the "
                        "date forward."
                    ),
                    minutes=_WEEK,
                    points={"legal": 0},
                ),
                Option(
                    text="Close the case: the family has been told the law.",
                    next_step="END-married",
                    feedback=(
                        "Knowing the law has not changed the family's plan. Closing the case now "
                        "abandons Saima at the moment of greatest risk."
                    ),
                    minutes=10,
                    points={"legal": 0},
                ),
            ),
        ),
        Step(
            key="S-court",
            kind=StepKind.SITUATION,
            title="The court acts",
            text=(
                "<p>The court hears the application within days and makes an order to stop the "
                "marriage while Saima is a child. The police inform both families, and the Nikah "
                "Registrar is told of the order. Her father is furious, but the nikah is called "
                "off.</p>"
                "<p>A week later Saima is back in class, thinner and nervous, but laughing with "
                "her friends again.</p>"
            ),
            options=_go_on("D5", minutes=_WEEK),
        ),
        Step(
            key="D5",
            kind=StepKind.DECISION,
            title="Keeping Saima safe",
            text=(
                "<p>The immediate danger has passed, but the debt and the family's promise "
                "remain. What does the case plan say?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Keep Saima in school with her teacher as a focal point, refer the "
                        "family for social protection and livelihood support, keep weekly contact "
                        "while the risk is high, and review the plan with Saima."
                    ),
                    next_step="END-safe",
                    feedback=(
                        "The debt and poverty that drove the marriage have not gone away; the "
                        "plan tackles them while keeping Saima's education and her voice at the "
                        "centre. Regular reviews catch renewed pressure early."
                    ),
                    minutes=2 * _HOUR,
                    points={"best_interests": 10, "documentation": 5},
                ),
                Option(
                    text="Close the case: the court order protects her.",
                    next_step="END-married",
                    feedback=(
                        "An order is only as strong as the follow-up behind it. A family under "
                        "pressure may arrange the marriage somewhere else once the CPU steps "
                        "back."
                    ),
                    minutes=10,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-forward",
            kind=StepKind.SITUATION,
            title="The date is brought forward",
            text=(
                "<p>Saima has not been in class for three days. Ms Farzana has heard that the "
                "nikah is now this Friday, and that Saima has been sent to her aunt's house in "
                "another village.</p>"
                "<p>It is Wednesday afternoon.</p>"
            ),
            options=_go_on("D-late"),
        ),
        Step(
            key="D-late",
            kind=StepKind.DECISION,
            title="Two days left",
            text=("<p>Saima is out of sight and the nikah is in two days. What do you do?</p>"),
            options=(
                Option(
                    text=(
                        "Apply to the Child Protection Court today for an urgent order, and "
                        "alert the police and the Nikah Registrars in both villages."
                    ),
                    next_step="END-late",
                    feedback=(
                        "This is the right route, taken late. The court may still act in time, "
                        "but Saima has already been frightened, moved and kept from school."
                    ),
                    minutes=_DAY,
                    points={"legal": 5},
                    protective=True,
                ),
                Option(
                    text="Accept that it is too late now and close the case.",
                    next_step="END-married",
                    feedback=(
                        "It is not too late while the nikah has not taken place, and the CPU's "
                        "duty to a child does not end with a marriage. Closing the case leaves "
                        "Saima on her own."
                    ),
                    minutes=10,
                    points={"legal": 0},
                ),
            ),
        ),
        Step(
            key="END-safe",
            kind=StepKind.END,
            title="In school, with a plan",
            text=(
                "<p>Six months later Saima is in class 9. Her father still owes money, but a "
                "livelihood grant and a new repayment schedule have eased the pressure, and he "
                "now talks about her finishing school. She meets the SCW every month and says "
                "she feels listened to.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Why did the first contact with Saima matter more than the first contact "
                "with her parents?</li>"
                "<li>What did s.30 and the 1929 Act give the CPU that persuasion alone could "
                "not?</li>"
                "<li>Which drivers of the marriage did the plan address, and which remain?</li>"
                "<li>Variant: at 17, Saima would not be a child under the 1929 Act. How would you "
                "still assess her risk under the KP Act and her best interests?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-late",
            kind=StepKind.END,
            title="Stopped at the last moment",
            text=(
                "<p>The court's order reaches the family the night before the nikah, and the "
                "ceremony is called off. Saima comes home, but she has missed two weeks of "
                "school and her father blames her for the shame. The CPU must now rebuild her "
                "trust and safety from a much weaker position.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Where did the delay come from, and what did it cost Saima?</li>"
                "<li>What would a same-day response have looked like?</li>"
                "<li>How will the CPU now protect Saima from blame and pressure at home?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-married",
            harmful=True,
            kind=StepKind.END,
            title="The nikah goes ahead",
            text=(
                "<p>Saima's nikah takes place quietly in her husband's village. She leaves "
                "school and moves away from her mother and her friends. The CPU has no further "
                "contact with her.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>At which points could the CPU still have stopped the marriage?</li>"
                '<li>Why is child marriage never just "a family matter"?</li>'
                "<li>Which legal routes were open, and who could have used them?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S3. Zabihullah, 15: an unaccompanied Afghan boy at a Peshawar transit point (day 6)
# ---------------------------------------------------------------------------------------------

S3 = Scenario(
    code="S3",
    day=6,
    title="Zabihullah, 15: alone at a transit point in Peshawar",
    brief=(
        "<p>Zabihullah is 15 and comes from Parwan in Afghanistan. He speaks Dari and only a few "
        "words of Pashto or Urdu, and he has no documents.</p>"
        "<ul>"
        "<li><strong>Family:</strong> he came to Peshawar two years ago with his uncle, who was "
        "returned to Afghanistan last month. His mother and sisters are somewhere in "
        "Afghanistan; he has not spoken to them for a year.</li>"
        "<li><strong>Setting:</strong> a crowded transit point in Peshawar, where buses leave "
        "for the border and returning families wait with their belongings.</li>"
        "<li><strong>Your role:</strong> you are the SCW on duty at the CPU's help desk at the "
        "transit point.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Intake record (extract)</strong></p>"
        "<ul>"
        "<li><strong>Time:</strong> 16:20, brought to the CPU desk by a traffic constable.</li>"
        "<li><strong>Child:</strong> boy, says he is 15, alone, no documents and no Proof of "
        "Registration card.</li>"
        "<li><strong>Language:</strong> Dari; interpreter requested.</li>"
        "<li><strong>Note:</strong> has slept at the bus stand for four nights; a man has "
        "offered him work.</li>"
        "</ul>"
    ),
    initial_risk=RiskLevel.HIGH,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="Alone at the transit point",
            text=(
                "<p>The boy sits on a bundle of clothes beside the CPU desk, watching the buses "
                "for the border fill up. He has not eaten since yesterday. Through the "
                "constable's broken Dari he says: \"My uncle was sent back. I do not know where "
                'he is. I have nobody here."</p>'
                "<p>An official from the return holding point has already come over twice to ask "
                "whether the boy should join the next group.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="The first response",
            text=(
                "<p>A boy of 15 is alone, without papers, at a place where returns are being "
                "organised. Choose your response, and set the risk level and response time.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Register him as an unaccompanied child, get him food, water and a "
                        "safe place to rest, and bring in a Dari interpreter to ask whether he feels "
                        "safe and to seek his agreement."
                    ),
                    next_step="S-needs",
                    feedback=(
                        "Registering him as unaccompanied brings him under the CPU's protection, "
                        "and his immediate needs come first. A trained interpreter in his own "
                        "language lets him understand what is happening and take part in it."
                    ),
                    minutes=2 * _HOUR,
                    points={"safety": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Let the official take him to the return holding point so that he can "
                        "cross with the next group."
                    ),
                    next_step="END-returned",
                    feedback=(
                        "Sending a child across the border alone, with no family traced and no "
                        "assessment, can expose him to serious harm. Non-refoulement bars "
                        "returning a refugee or asylum seeker to persecution or serious harm. A "
                        "CPU cannot stop a deportation, but it can refer him to UNHCR and its "
                        "partners and advocate for him: the future of an unaccompanied child is "
                        "a matter for a best-interests process."
                    ),
                    minutes=30,
                    points={"best_interests": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "Take his details and ask him to come to the CPU office on Monday, "
                        "three days from now."
                    ),
                    next_step="S-needs",
                    late_step="S-gone",
                    feedback=(
                        "A child with nowhere safe to sleep and a stranger offering him work "
                        "cannot wait three days. A high-risk case needs a response the same "
                        "day."
                    ),
                    minutes=3 * _DAY,
                    points={"safety": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="S-needs",
            kind=StepKind.SITUATION,
            title="Zabihullah's story",
            text=(
                "<p>With a plate of rice in front of him and an interpreter beside him, "
                "Zabihullah talks. He washed dishes in a hotel kitchen until the owner stopped "
                'paying him. "I want to find my mother. But I cannot go back alone. There is '
                'nobody for me there."</p>'
                "<p>The interpreter explains what the CPU can do and who will see what he says, "
                "and he agrees to the CPU's help. You record his agreement in his own words. "
                "Whose consent is also needed at 15 depends on the age bands in your local SOP; "
                "confirm them with KPCPWC.</p>"
            ),
            options=_go_on("D2"),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="Where he sleeps tonight",
            text=(
                "<p>It is getting dark. The man who offered Zabihullah work, a restaurant owner "
                "from his home province, comes back and says the boy can sleep in his storeroom "
                "and start work tomorrow. What do you arrange?</p>"
            ),
            options=(
                Option(
                    text=(
                        "A vetted interim placement through the CPU tonight, and a referral to "
                        "UNHCR or its partner for family tracing."
                    ),
                    next_step="S-tracing",
                    feedback=(
                        "A placement the CPU has checked keeps him safe while his family is "
                        "traced, and UNHCR and its partners lead tracing for Afghan children. "
                        "Nothing about his future is decided before his family is found."
                    ),
                    minutes=6 * _HOUR,
                    points={"best_interests": 10, "safety": 5},
                ),
                Option(
                    text=(
                        "Let him go with the restaurant owner: he has a bed and a job, and the "
                        "man is from his province."
                    ),
                    next_step="S-gone",
                    feedback=(
                        "An unrelated adult offering a bed and work to a child on his own is a "
                        "common route into exploitation. The CPU has no checks on the man and "
                        "no way to see Zabihullah once he is behind a restaurant door."
                    ),
                    minutes=30,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-tracing",
            kind=StepKind.SITUATION,
            title="Tracing begins",
            text=(
                "<p>Zabihullah spends the night at a child protection institution the CPU has "
                "checked, and the next morning a UNHCR partner opens a tracing request. Within a "
                "week he has clean clothes, a bed of his own and a caseworker who speaks "
                "Dari.</p>"
                "<p>Then an official from a district office telephones the CPU and asks for "
                "Zabihullah's full file: his photograph, the address of the institution and "
                "everything he has said.</p>"
            ),
            options=_go_on("D3", minutes=_WEEK),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="A request for the file",
            text=(
                '<p>The caller says he needs the file "for the record" and will send a messenger '
                "for it this afternoon. How do you respond?</p>"
            ),
            options=(
                Option(
                    text="Send the whole file: he is an official and it is better to cooperate.",
                    next_step="D4",
                    feedback=(
                        "Reports about children at risk are to be treated as confidential (s.23 "
                        "of the KP Child Protection and Welfare Act 2010). A full file with his "
                        "photograph and address, handed to whoever asks, could expose him to "
                        "detention, removal or people who mean him harm."
                    ),
                    minutes=30,
                    points={"confidentiality": 0},
                ),
                Option(
                    text=(
                        "Ask what the information is for, share only what that purpose needs "
                        "with Zabihullah's agreement and your supervisor's approval, and record what "
                        "was shared and why."
                    ),
                    next_step="D4",
                    feedback=(
                        "Share the minimum, for a reason that serves his best interests, and "
                        "keep a record (s.23). That protects him without blocking legitimate "
                        "work."
                    ),
                    minutes=2 * _HOUR,
                    points={"confidentiality": 10, "documentation": 5},
                ),
                Option(
                    text="Refuse to share anything with anyone, including the tracing partner.",
                    next_step="D4",
                    feedback=(
                        "His information stays safe, but tracing and decisions about his future "
                        "depend on sharing what is needed with the right partners. "
                        "Confidentiality means sharing safely, not never sharing."
                    ),
                    minutes=10,
                    points={"confidentiality": 5},
                ),
            ),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="Deciding his future",
            text=(
                "<p>Three weeks later the tracing partner finds Zabihullah's mother in Parwan, "
                "living with her brother and struggling to feed the family. Zabihullah wants to "
                "speak to her but is afraid of going back. He would rather stay with a cousin of "
                "his father in Peshawar, but the cousin's family are Afghans too and expect to "
                "be told to leave: their Proof of Registration cards expired on 30 June 2025, and "
                "card holders have been repatriated since 1 September 2025.</p>"
                "<p>Who decides what happens next?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Refer him for a UNHCR best interests determination, decided by a "
                        "multidisciplinary panel, with Zabihullah's views heard and recorded."
                    ),
                    next_step="END-safe",
                    feedback=(
                        "Choosing a durable solution for an unaccompanied refugee child is one of "
                        "the situations that calls for a best interests determination. A panel "
                        "decision that weighs his views adds safeguards no single worker can "
                        "give."
                    ),
                    minutes=3 * _WEEK,
                    points={"best_interests": 10, "participation": 5},
                ),
                Option(
                    text="Let Zabihullah choose for himself between the two options.",
                    next_step="END-alone",
                    feedback=(
                        "His views carry real weight at 15, but a child should not carry this "
                        "decision alone, without anyone weighing the risks on both sides of the "
                        "border."
                    ),
                    minutes=_HOUR,
                    points={"participation": 5},
                ),
                Option(
                    text="The CPU team decides between the two options at its weekly meeting.",
                    next_step="END-alone",
                    feedback=(
                        "A CPU deciding alone lacks the safeguards of a formal determination and "
                        "what UNHCR and its partners know about conditions across the border. "
                        "Feed into their process instead."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-gone",
            kind=StepKind.SITUATION,
            title="Zabihullah is gone",
            text=(
                "<p>When the SCW next goes looking for Zabihullah, he is nowhere to be found. "
                'The tea seller at the stand says a man took him off to work "at a workshop '
                'somewhere in the city". The phone number the boy gave is switched off.</p>'
            ),
            options=_go_on("END-exploited"),
        ),
        Step(
            key="END-safe",
            kind=StepKind.END,
            title="A decision made with him",
            text=(
                "<p>The panel hears Zabihullah, with the interpreter, and his mother by phone. It "
                "finds that his father's cousin cannot offer him a stable home, since the family "
                "may be removed at any time. It recommends that he stays in his vetted interim "
                "placement while UNHCR and its partners prepare a supported reunification with "
                "his mother: a caseworker in Parwan will meet him at the border, his mother has "
                "help with food, and his schooling is planned. The CPU hands over his file with "
                'his consent and calls weekly until he is with her. He tells the SCW: "Now '
                'somebody knows where I am."</p>'
            ),
            debrief=(
                "<ul>"
                "<li>Why was sending him to the return holding point a critical error, even "
                "though he has no papers?</li>"
                "<li>What difference did the interpreter make to his participation?</li>"
                "<li>Which parts of his file did the caller need, and which not (s.23)?</li>"
                "<li>When is a best interests determination required, and who decides?</li>"
                "<li>Why could the cousin in Peshawar not offer a durable solution after the "
                "2025 changes to Afghan policy?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-alone",
            kind=StepKind.END,
            title="A decision without safeguards",
            text=(
                "<p>A decision is made quickly but without a formal best-interests process. Three "
                "months later the arrangement breaks down, and no one can show how Zabihullah's "
                "views, his family's situation or the risks across the border were weighed.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What safeguards does a best interests determination add?</li>"
                "<li>Whose knowledge was missing from the decision?</li>"
                "<li>How should a CPU work with UNHCR and its partners on an Afghan child's "
                "future?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-returned",
            harmful=True,
            kind=StepKind.END,
            title="Sent back alone",
            text=(
                "<p>Zabihullah crosses the border that evening with a group of strangers. No one "
                "has traced his family, and no one on the other side knows he is coming. The CPU "
                "never hears from him again.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Which principle did this break, and why does it protect children without "
                "papers too?</li>"
                "<li>What must happen before any decision to return an unaccompanied child?</li>"
                "<li>How can a CPU worker respond when officials push for a quick return?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-exploited",
            harmful=True,
            kind=StepKind.END,
            title="Working for a stranger",
            text=(
                "<p>Weeks later an outreach team finds Zabihullah in a car workshop, working "
                "twelve hours a day for food and a mat on the floor. He has been told he owes the "
                "man for his keep and cannot leave until he has paid.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What made Zabihullah an easy target for exploitation?</li>"
                '<li>Why is "a bed and a job" not a placement?</li>'
                "<li>What does a high-risk response time mean for a child with nowhere safe to "
                "sleep?</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S4. Hina, 11: a disclosure of sexual abuse to a teacher in Mardan (day 4)
# ---------------------------------------------------------------------------------------------

S4 = Scenario(
    code="S4",
    day=4,
    title="Hina, 11: a disclosure to her teacher in Mardan",
    brief=(
        "<p>Hina is 11 and in class 5 at a girls' primary school in Mardan. She is a quiet child "
        "who loves drawing. This term her teacher has noticed that she seems withdrawn and "
        "tired.</p>"
        "<ul>"
        "<li><strong>Family:</strong> she lives with her mother, Shazia, her father and two "
        "younger brothers. Her maternal grandmother lives across town.</li>"
        "<li><strong>Setting:</strong> her teacher, Ms Rukhsana, has taught her for three years "
        "and is the adult Hina chose to tell.</li>"
        "<li><strong>Your role:</strong> you are the CPO at the Mardan CPU, working with the "
        "unit's psychologist and a female SCW.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Referral record (extract)</strong></p>"
        "<ul>"
        "<li><strong>Referrer:</strong> Ms Rukhsana, class teacher, by phone, 11:05.</li>"
        "<li><strong>Child:</strong> Hina, 11, class 5.</li>"
        "<li><strong>Concern:</strong> at break, Hina said a man at home hurts her at night and "
        "asked the teacher to tell no one.</li>"
        "<li><strong>Child's words, as noted by the teacher:</strong> \"Abu comes when Ammi is "
        'asleep. He says it is our secret."</li>'
        "<li><strong>Now:</strong> Hina is in the staff room with the teacher.</li>"
        "</ul>"
    ),
    initial_risk=RiskLevel.HIGH,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="A teacher asks for help",
            text=(
                '<p>Ms Rukhsana speaks in a low voice from the staff room. "She told me at break. '
                "She says her Abu comes to her at night when her mother is asleep, and it hurts. "
                'She made me promise not to tell."</p>'
                "<p>She asks what she should do now, and whether she ought to phone Hina's "
                "family.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="Advice to the teacher",
            text=(
                "<p>Hina is safe at school for the next few hours. What do you tell Ms Rukhsana "
                "to do? Also set the risk level and response time.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Stay with Hina and listen calmly without leading questions, tell her "
                        "gently that this cannot stay secret but will go only to people who can "
                        "help, write down her exact words, and keep her at school until the CPU "
                        "arrives."
                    ),
                    next_step="D2",
                    feedback=(
                        "This is how to receive a disclosure: listen, do not probe or suggest "
                        "answers, be honest about the limits of confidentiality and record the "
                        "child's own words. It keeps Hina safe and her account untouched."
                    ),
                    minutes=30,
                    points={"safety": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "Ask Hina to write a full statement of everything that happened, so "
                        "that there is evidence."
                    ),
                    next_step="D2",
                    feedback=(
                        "Asking a child to write out or repeat her account puts pressure on her "
                        "and can weaken her evidence later. Her first words, as the teacher heard "
                        "them, are what to record; any detailed interview is for trained staff, "
                        "once."
                    ),
                    minutes=_HOUR,
                    points={"documentation": 0},
                ),
                Option(
                    text=(
                        "Phone Hina's father and ask him to come to the school and explain himself."
                    ),
                    next_step="S-warned",
                    feedback=(
                        "Contacting the suspect warns him, puts Hina in danger when she goes home "
                        "and gives him time to pressure her and the family. Never alert a person "
                        "suspected of abuse."
                    ),
                    minutes=30,
                    points={"safety": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="Before Hina goes home",
            text=(
                "<p>School closes at half past one. If nothing changes, Hina will spend tonight "
                "at home with the man she named. What does the CPU do?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Today: the CPO and the female SCW meet Hina and her mother, check "
                        "whether her father can reach her, arrange urgent medical care with a "
                        "female doctor and agree a safety plan for tonight."
                    ),
                    next_step="S-safe",
                    feedback=(
                        "Whether the suspect can reach her is the most urgent question in a "
                        "high-risk case. Medical care cannot wait: HIV post-exposure "
                        "prophylaxis must start within 72 hours and emergency contraception "
                        "works up to 120 hours."
                    ),
                    minutes=6 * _HOUR,
                    points={"safety": 10, "best_interests": 5},
                    protective=True,
                ),
                Option(
                    text="Register the referral and plan a full assessment at next week's visit.",
                    next_step="D3",
                    late_step="S-warned",
                    feedback=(
                        "A week is far too long when she goes home tonight to the person she "
                        "named. Many SOPs expect high risk to be acted on within 24 hours; check "
                        "your local SOP, but act today."
                    ),
                    minutes=_WEEK,
                    points={"safety": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="S-safe",
            kind=StepKind.SITUATION,
            title="That evening",
            text=(
                "<p>Shazia arrives at the school pale and shaking. After a long silence she says: "
                '"I did not know. I will stand with my daughter." Hina and her mother go to stay '
                "with her grandmother, and a female doctor sees Hina at the district hospital "
                "that evening.</p>"
                "<p>The psychologist spends a short, gentle time with Hina, who asks only whether "
                "she can still go to school.</p>"
            ),
            options=_go_on("D3"),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="Whose consent",
            text=(
                "<p>The CPU needs consent to register Hina's case, for the medical follow-up and "
                "for sessions with the psychologist. Her father, as head of the household, "
                "usually signs school and hospital forms. Whose agreement do you seek?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Hina's assent, explained in words she understands, and consent from "
                        "her mother, a caregiver who is not suspected of harming her."
                    ),
                    next_step="D4",
                    feedback=(
                        "An 11-year-old should agree to what happens in a way that suits her age, "
                        "and consent comes from a caregiver who is not the suspected abuser. "
                        "Check the age bands in your local SOP; KPCPWC has not yet confirmed "
                        "them."
                    ),
                    minutes=2 * _HOUR,
                    points={"participation": 10, "legal": 5},
                ),
                Option(
                    text="Her father's signature, as head of the household.",
                    next_step="S-warned",
                    feedback=(
                        "A person suspected of abusing a child cannot give consent on that "
                        "child's behalf. Asking him alerts him and hands him control over her "
                        "care."
                    ),
                    minutes=2 * _HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text="Her mother's consent only: Hina is too young and too upset to be asked.",
                    next_step="D4",
                    feedback=(
                        "Her mother's consent is right, but Hina still has a right to understand "
                        "and agree in a way that suits her age. Leaving her out takes away "
                        "control from a child who has already lost too much of it."
                    ),
                    minutes=_HOUR,
                    points={"participation": 5},
                ),
            ),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="The legal route",
            text=(
                "<p>Shazia wants the police involved. A cousin suggests calling a local "
                'journalist "so that the police do their job", and elders in the family want to '
                "settle the matter privately. What does the CPU support?</p>"
            ),
            options=(
                Option(
                    text=(
                        "A police report and Child Protection Court proceedings, made "
                        "child-friendly: a female officer, her mother or the psychologist beside "
                        "her at every statement, a request for an in-camera hearing by video "
                        "link, and Hina's name kept out of any publication (s.24)."
                    ),
                    next_step="S-court",
                    feedback=(
                        "The court process protects Hina and holds the suspect to account. She "
                        "will still give her account to the police, to a magistrate (s.164), to "
                        "the doctor and at trial, so the CPU's work is to keep each telling "
                        "short, prepared and supported. The KP Act forbids publishing the names "
                        "of children at risk in proceedings (s.24)."
                    ),
                    minutes=2 * _DAY,
                    points={"legal": 10, "confidentiality": 5},
                ),
                Option(
                    text="Give the story to the journalist to put pressure on the police.",
                    next_step="END-exposed",
                    feedback=(
                        "Media coverage can identify Hina to the whole town, shame her and her "
                        "mother and damage the case; it goes against s.23 and s.24 of the KP "
                        "Act. This is a critical error."
                    ),
                    minutes=4 * _HOUR,
                    points={"confidentiality": -10},
                    critical=True,
                ),
                Option(
                    text="Let the family elders settle it privately.",
                    next_step="END-harm",
                    feedback=(
                        "Sexual abuse of a child is never settled privately: it is a crime, and "
                        "since the 2022 Amendment to the KP Act crimes against children cannot "
                        "be compounded. A settlement puts Hina back within her father's reach."
                    ),
                    minutes=_DAY,
                    points={"legal": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="S-court",
            kind=StepKind.SITUATION,
            title="The case goes forward",
            text=(
                "<p>The police register the case and arrest Hina's father, and the case goes "
                "before the Child Protection Court in Mardan. Hina gives her statement to a "
                "female officer and then to a magistrate, with the psychologist beside her each "
                "time, and the court agrees to hear her in camera by video link.</p>"
                "<p>She and her mother are living with her grandmother, and Hina is back at "
                "school.</p>"
            ),
            options=_go_on("D5", minutes=2 * _WEEK),
        ),
        Step(
            key="D5",
            kind=StepKind.DECISION,
            title="Support after the crisis",
            text=(
                "<p>Two weeks on, Hina sleeps badly and has stopped drawing. Her mother is short "
                "of money and facing blame from her own family. What is the plan for the coming "
                "months?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Regular sessions with the CPU psychologist, joint work with a "
                        "gender-based violence service for Hina and her mother, a written plan, and "
                        "reviews at least every three months."
                    ),
                    next_step="END-safe",
                    feedback=(
                        "Recovery from abuse takes time and needs support for both the child and "
                        "the protective parent. Child protection and gender-based violence "
                        "services working together, as in the Caring for Child Survivors "
                        "approach, give them one joined-up plan."
                    ),
                    minutes=2 * _HOUR,
                    points={"best_interests": 10, "documentation": 5},
                ),
                Option(
                    text="Close the CPU case: the police and the court are handling it now.",
                    next_step="END-unsupported",
                    feedback=(
                        "The court deals with the crime; the CPU's job is Hina's safety and "
                        "recovery, which a trial does not provide. Closing the case now leaves "
                        "her without support when she most needs it."
                    ),
                    minutes=10,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-warned",
            kind=StepKind.SITUATION,
            title="Hina is out of reach",
            text=(
                "<p>Hina has stopped coming to school. When the SCW reaches Shazia by phone, she "
                'whispers that Hina\'s father knows "she has been telling stories" and has sent '
                "her to his relatives in a village. Shazia does not know the address.</p>"
            ),
            options=_go_on("D-late"),
        ),
        Step(
            key="D-late",
            kind=StepKind.DECISION,
            title="Finding Hina",
            text=(
                "<p>Hina is somewhere in a village with the family of the man she named, and her "
                "mother is afraid. What now?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Today: the CPO applies to the Child Protection Court for her rescue "
                        "(s.20) and works with the police, including a female officer, to find "
                        "her."
                    ),
                    next_step="END-late",
                    feedback=(
                        "Rescue under s.20 exists for exactly this situation. It is the right "
                        "step, but it comes later than it should have, and Hina has paid for the "
                        "delay."
                    ),
                    minutes=_DAY,
                    points={"legal": 5},
                    protective=True,
                ),
                Option(
                    text="Wait for the family to bring her back to school.",
                    next_step="END-harm",
                    feedback=(
                        "Hina is in danger now, among people with every reason to keep her "
                        "silent. Waiting is not a plan."
                    ),
                    minutes=_WEEK,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="END-safe",
            kind=StepKind.END,
            title="Safe and supported",
            text=(
                "<p>Three months on, Hina lives with her mother and grandmother, goes to school "
                "and has started drawing again. She has given her account to the police and a "
                "magistrate, each time with someone she trusts beside her, and will give evidence "
                "by video link. The case is before the court, and her name has appeared nowhere. "
                "Her mother says the "
                "psychologist's sessions have helped them both.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>How did the teacher's first response protect both Hina and her "
                "account?</li>"
                "<li>Why could her father not give consent, and who could?</li>"
                "<li>What does s.24 protect, and why does it matter for a girl of 11 in a small "
                "town?</li>"
                "<li>Where did the CPU's work go beyond the court case?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-late",
            harmful=True,
            kind=StepKind.END,
            title="Found, but harmed by the delay",
            text=(
                "<p>With the court's order, the police find Hina at a relative's house two days "
                "later. She is safe now with her mother and grandmother, but she has been told "
                "she lied and at first will speak to no one. Her recovery will take longer, and "
                "the case will be harder to prove.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Which choice gave the suspect time to act?</li>"
                "<li>What does a same-day response to a high-risk disclosure include?</li>"
                "<li>How can the CPU rebuild Hina's trust now?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-harm",
            harmful=True,
            kind=StepKind.END,
            title="Left within reach",
            text=(
                "<p>Hina stays within reach of the man she named. The family closes ranks, her "
                "mother is pressed into silence, and Hina stops going to school. She does not "
                "tell anyone again.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did Hina need from the adults she told?</li>"
                "<li>Why is abuse never a matter for a private settlement?</li>"
                "<li>What should the CPU have done on the day of the disclosure?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-exposed",
            harmful=True,
            kind=StepKind.END,
            title="Named in the news",
            text=(
                "<p>A local channel runs the story, and within a day the whole neighbourhood "
                "knows who Hina is. Her mother's family turns against them, Hina cannot face her "
                "school, and the defence argues that the publicity has prejudiced the case.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What do s.23 and s.24 of the KP Act protect?</li>"
                "<li>How does media exposure harm a child survivor and her case?</li>"
                "<li>What are the safe ways to push a case that seems stuck?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-unsupported",
            harmful=True,
            kind=StepKind.END,
            title="Alone after the court",
            text=(
                "<p>The court case continues, but no one at the CPU checks on Hina. She stops "
                "sleeping and eating properly and falls behind at school, and her mother, alone "
                "and short of money, is pressed to withdraw the complaint.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What does recovery from abuse need besides a court case?</li>"
                "<li>Why does the protective parent need support too?</li>"
                "<li>When may the CPU close a case like Hina's?</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S5. Ali, 7: neglect of a child with cerebral palsy in Swat (day 7)
# ---------------------------------------------------------------------------------------------

S5 = Scenario(
    code="S5",
    day=7,
    title="Ali, 7: a boy with cerebral palsy locked in alone in Swat",
    brief=(
        "<p>Ali is 7 and has cerebral palsy. He cannot walk without help and says only a few "
        "words, but he laughs easily and follows what is said to him. He lives in a village in "
        "Swat.</p>"
        "<ul>"
        "<li><strong>Family:</strong> his father, Rahim, is a daily labourer in the orchards; "
        "his mother, Nasreen, has taken work at a fruit-packing shed for the harvest. His "
        "sister, 10, is at school all day.</li>"
        "<li><strong>Setting:</strong> the family moved down from the hills three years ago and "
        "has no relatives nearby. No service has ever assessed Ali.</li>"
        "<li><strong>Your role:</strong> you are the SCW at the Swat CPU, working with the "
        "local Lady Health Worker (LHW).</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Referral note (extract)</strong></p>"
        "<ul>"
        "<li><strong>Referrer:</strong> Bibi Sultana, Lady Health Worker, in person at the "
        "CPU.</li>"
        "<li><strong>Child:</strong> Ali, 7, boy with cerebral palsy.</li>"
        "<li><strong>Concern:</strong> locked alone in a room from about 7 am to 6 pm while "
        "both parents work; a plate of food and a cup of water left by the door.</li>"
        "<li><strong>Seen:</strong> thin, in soiled clothes; no injuries seen through the "
        "window.</li>"
        '<li><strong>LHW\'s view:</strong> "The parents are not cruel. They have nobody."</li>'
        "</ul>"
    ),
    initial_risk=RiskLevel.MEDIUM,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="The LHW's report",
            text=(
                '<p>Bibi Sultana sits across from you with her register open. "I heard him '
                "calling through the window. He was on the floor in his own mess. His mother "
                'says she has no choice: if she does not work, they do not eat."</p>'
                "<p>She has known the family for a year and has never seen Ali hurt, but she is "
                "worried about how thin he has become.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="Rating the referral",
            text=(
                "<p>Ali is left alone all day, with food by the door and no one to help him eat "
                "or move. He is thin, but no one has seen an injury. Set the risk level and "
                "response time, and choose how the CPU responds.</p>"
            ),
            asks_risk=True,
            # Borderline: a disabled child with no one to help him eat or move all day.
            # Medium or High earns full marks.
            risk_accepted=(RiskLevel.MEDIUM, RiskLevel.HIGH),
            options=(
                Option(
                    text=(
                        "Plan a joint home visit with the LHW within three days, including a "
                        "health and nutrition screen."
                    ),
                    next_step="D2",
                    feedback=(
                        "Ali is being harmed, but there is no evidence yet of significant harm, "
                        "which makes this medium risk; many SOPs aim to respond to medium risk "
                        "within about three days (check your local SOP). Going with the LHW "
                        "brings someone the family already trusts."
                    ),
                    minutes=_HOUR,
                    points={"safety": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "Ask the LHW to tell the parents to stop locking him in, and close the "
                        "referral."
                    ),
                    next_step="END-hospital",
                    feedback=(
                        "A warning passed on by someone else changes nothing for a family with "
                        "no alternative, and with the referral closed no one will notice if Ali "
                        "gets worse."
                    ),
                    minutes=10,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="At the house",
            text=(
                "<p>Nasreen opens the door warily; she has taken the morning off. Ali lies on a "
                "mat in the back room and turns his head towards your voice. How do you run the "
                "visit?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Start with what the family manages well and what is hard, ask Nasreen "
                        "what help she needs, let the LHW weigh and screen Ali, and spend time with "
                        "Ali in his own way of communicating."
                    ),
                    next_step="S-visit",
                    feedback=(
                        "A non-judgemental, strengths-based visit builds the trust you need to "
                        "change things, and the screen tells you how urgent they are. Ali's own "
                        "responses count too, even without many words."
                    ),
                    minutes=4 * _HOUR,
                    points={"best_interests": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Tell the parents that Ali will go to an institution for disabled "
                        "children, where he will be properly looked after."
                    ),
                    next_step="END-institution",
                    feedback=(
                        "Taking a child from parents who love him because he is disabled and they "
                        "are poor breaks the principle of non-discrimination and skips every less "
                        "intrusive option. Separating a child from his family against its will "
                        "needs strong grounds and a formal process."
                    ),
                    minutes=2 * _HOUR,
                    points={"best_interests": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "Warn the parents that locking a child in is against the law and that "
                        "the CPU will act if it happens again."
                    ),
                    next_step="S-visit",
                    feedback=(
                        "A warning with no help puts the family on the defensive and offers no "
                        "alternative. They are more likely to hide the problem than to solve "
                        "it."
                    ),
                    minutes=90,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-visit",
            kind=StepKind.SITUATION,
            title="What the visit shows",
            text=(
                "<p>The LHW's screen shows Ali is underweight for his age but not severely "
                'malnourished, with no injuries or pressure sores. Nasreen says: "At the '
                "hospital they told us nothing can be done for him. Who would look after him all "
                'day?"</p>'
                "<p>Ali smiles when his sister is mentioned and reaches for the LHW's bag. A "
                "neighbour, Khala Gul, says she could sit with him on some days if someone helped "
                "with her costs.</p>"
            ),
            options=_go_on("D3"),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="The plan",
            text=(
                "<p>Ali needs care during the day, enough food, therapy and a chance to learn. "
                "His parents need to keep working. What goes into the plan?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Referrals for health and nutrition, physiotherapy and special "
                        "education; support and respite for the parents; and a safe daytime "
                        "arrangement with Khala Gul, written into a plan to review in two weeks."
                    ),
                    next_step="S-review",
                    feedback=(
                        "The plan deals with the causes, not just the symptom, and keeps Ali "
                        "with his family: the least intrusive option that keeps him safe. A "
                        "two-week review checks whether it is working."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "Give the parents advice on feeding and hygiene, and ask them to check "
                        "on Ali at lunchtime."
                    ),
                    next_step="S-review",
                    feedback=(
                        "Advice alone does not change the fact that no one is with Ali all day. "
                        "Without services and a daytime arrangement the risk stays where it "
                        "was."
                    ),
                    minutes=2 * _HOUR,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-review",
            kind=StepKind.SITUATION,
            title="Two weeks later",
            text=(
                "<p>Two weeks later you and Bibi Sultana go back for the review. The "
                "physiotherapy referral is still on a waiting list, and Khala Gul has been ill "
                "for most of the fortnight.</p>"
            ),
            options=_go_on("D4", minutes=2 * _WEEK),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="The review",
            text=(
                "<p>Ali has lost more than a kilogram since the last visit, and his upper arm now "
                "measures in the red band on the LHW's tape. There is a bruise on his forehead "
                "from a fall against the door, and Nasreen admits he has been locked in alone "
                "again most days.</p>"
                "<p>Decide what the CPU does, and set the risk level and response time.</p>"
            ),
            risk_level=RiskLevel.HIGH,
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Re-rate the case to high: arrange medical and nutrition care today, "
                        "and call a case conference with the family, the LHW and health services "
                        "within days."
                    ),
                    next_step="END-thriving",
                    feedback=(
                        "Severe wasting and an injury mean Ali is now at risk of significant "
                        "harm: high risk. Reviews exist to catch this kind of change, and a case "
                        "conference brings the services together to repair the plan."
                    ),
                    minutes=6 * _HOUR,
                    points={"safety": 10, "best_interests": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Re-rate the case to high, but wait to discuss it at next week's "
                        "monthly case conference."
                    ),
                    next_step="END-thriving",
                    late_step="S-hospital",
                    feedback=(
                        "You read the risk correctly, but high risk needs action within about a "
                        "day, not at the next scheduled meeting; check the timeline in your "
                        "local SOP. Ali's health cannot wait a week."
                    ),
                    minutes=_WEEK,
                    points={"safety": 5},
                    protective=True,
                ),
                Option(
                    text="Carry on with the plan and check again at the next review in two weeks.",
                    next_step="END-hospital",
                    late_step="S-hospital",
                    feedback=(
                        "The review has found the plan failing and Ali getting worse. Carrying on "
                        "as before ignores the very thing the review was for."
                    ),
                    minutes=2 * _WEEK,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-hospital",
            kind=StepKind.SITUATION,
            title="Ali is admitted",
            text=(
                "<p>Bibi Sultana phones the CPU on a Sunday. Ali has a chest infection on top of "
                "his weight loss, and a neighbour carried him to the district hospital. The "
                "doctors say he is severely malnourished and will need to stay for some "
                "weeks.</p>"
            ),
            options=_go_on("END-hospital"),
        ),
        Step(
            key="END-thriving",
            kind=StepKind.END,
            title="At home, with help",
            text=(
                "<p>Ali spends ten days on a nutrition programme and comes home heavier and "
                "brighter. The case conference agrees a paid daytime carer, physiotherapy twice a "
                "week and a place at a special education centre. At the next review his weight "
                "is rising and the risk level comes down.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did the strengths-based visit make possible that a warning would "
                "not?</li>"
                "<li>Why was an institution the wrong first step, and when might separation ever "
                "be considered?</li>"
                "<li>Which signs at the review raised the risk to high, and how quickly did you "
                "respond?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-hospital",
            harmful=True,
            kind=StepKind.END,
            title="A crisis no one stopped",
            text=(
                "<p>Ali ends up in hospital, gravely ill after weeks alone without enough food. "
                "He will recover slowly, but the harm could have been seen and prevented. His "
                "parents, ashamed and afraid, stop answering the CPU's calls.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did the CPU know, and when, that should have changed its "
                "response?</li>"
                "<li>Why does a review that finds a child getting worse call for new "
                "action?</li>"
                "<li>How could the CPU still work with Ali's parents after this?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-institution",
            harmful=True,
            kind=StepKind.END,
            title="Taken from his family",
            text=(
                "<p>Frightened of the CPU, Ali's parents let him go to an institution two hours "
                "from home, where they can visit once a month. The staff are kind but busy. Ali, "
                "who used to laugh at his sister's voice, goes quiet and stops eating well.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Which principles did the removal break?</li>"
                "<li>What less intrusive options were open to the CPU?</li>"
                "<li>How can disability and poverty colour the way workers judge a family, and "
                "how do you guard against that?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S6. Bilal, 12: a child labourer at a brick kiln near Nowshera (day 8)
# ---------------------------------------------------------------------------------------------

S6 = Scenario(
    code="S6",
    day=8,
    title="Bilal, 12: moulding bricks to pay a family debt near Nowshera",
    brief=(
        "<p>Bilal is 12. He moulds bricks at a kiln outside Nowshera alongside his father, "
        "mother and younger sister. He left school in class 3.</p>"
        "<ul>"
        "<li><strong>Family:</strong> two years ago his parents took an advance from the kiln "
        "owner to pay for his grandfather's treatment. The debt has grown, and the family "
        "cannot leave until it is paid.</li>"
        "<li><strong>Setting:</strong> the family lives in a mud-brick quarter beside the kiln. "
        "The owner's munshi keeps the accounts and watches who comes and goes.</li>"
        "<li><strong>Your role:</strong> you are the SCW at the Nowshera CPU, working with the "
        "CPO.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Referral note (extract)</strong></p>"
        "<ul>"
        "<li><strong>Source:</strong> 1121 helpline; caller a teacher at the village "
        "school.</li>"
        "<li><strong>Child:</strong> Bilal, 12, a former pupil who left in class 3.</li>"
        "<li><strong>Concern:</strong> works at the kiln from dawn, about six days a week; the "
        "family owes the owner money.</li>"
        '<li><strong>Other:</strong> no report of injury or violence; Bilal "still asks about '
        'school".</li>'
        "</ul>"
    ),
    initial_risk=RiskLevel.MEDIUM,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="A boy at the kiln",
            text=(
                "<p>After the teacher's call, an outreach volunteer sends a photo: a thin boy "
                "carrying a stack of wet bricks on his head past the kiln chimney. Labour "
                "Department inspectors visit kilns in the area, and the police station is ten "
                "minutes away.</p>"
                "<p>Before anyone moves, the CPO asks you how the CPU should start.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="How to start",
            text=(
                "<p>Bilal works long hours at heavy labour, but there is no sign of injury or "
                "violence. Choose the first step, and set the risk level and response time.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text="Ask the police to raid the kiln and take Bilal away today.",
                    next_step="END-raid",
                    feedback=(
                        "A raid can bring retaliation on a family that still owes the debt and "
                        "lives on the owner's land, and it takes Bilal from his parents with no "
                        "plan. Do no harm: protection that worsens the family's position is not "
                        "protection."
                    ),
                    minutes=4 * _HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "Arrange an assessment visit with Labour Department inspectors, and "
                        "talk to Bilal and his parents away from the munshi."
                    ),
                    next_step="S-visit",
                    feedback=(
                        "Inspectors have powers over illegal employment, and a joint visit "
                        "shifts the pressure away from the family. Talking to Bilal privately "
                        "lets you hear what he wants and how safe he is."
                    ),
                    minutes=8 * _HOUR,
                    points={"safety": 10, "legal": 5},
                    protective=True,
                ),
                Option(
                    text="Put the kiln on the list for next month's inspection round.",
                    next_step="S-visit",
                    late_step="S-injured",
                    feedback=(
                        "A month is a long time in heavy, hot and dangerous work. Many SOPs aim "
                        "to respond to medium risk within about three days; check your local "
                        "SOP."
                    ),
                    minutes=4 * _WEEK,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-visit",
            kind=StepKind.SITUATION,
            title="At the kiln",
            text=(
                "<p>While the inspectors talk to the owner, you sit with Bilal and his mother in "
                'their quarter. His hands are cracked and he is small for his age. "Abu and I '
                'make about eight hundred bricks a day," he says. "I want to read again. I have '
                'forgotten my letters."</p>'
                "<p>His mother wants him back at school; his father is afraid the owner will "
                "demand the whole debt. No one has hit Bilal, and he has no injuries.</p>"
            ),
            options=_go_on("D2"),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="What the law says",
            text=(
                "<p>Before you plan, the CPO asks you to check Bilal's position under the KP "
                "Prohibition of Employment of Children Act 2015. What do you record?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Bilal is under 14, so he is a child under the Act and may not be "
                        "employed; full days at a kiln are not the light work the Act allows."
                    ),
                    next_step="D3",
                    feedback=(
                        "The 2015 Act treats anyone under 14 as a child and bans employing "
                        "children, apart from light work of up to two hours a day as training or "
                        "with family. Days of moulding bricks are nowhere near light work."
                    ),
                    minutes=_HOUR,
                    points={"legal": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "It depends on whether brick kilns are on the Act's Schedule of "
                        "hazardous work, so nothing can be decided until that is confirmed."
                    ),
                    next_step="D3",
                    feedback=(
                        "The Schedule matters for adolescents aged 14 to 18, and whether kilns "
                        "are on KP's Schedule still needs confirming with KPCPWC or the Labour "
                        "Department. For a 12-year-old, though, employment is banned whether or "
                        "not the work is listed."
                    ),
                    minutes=_HOUR,
                    points={"legal": 5},
                ),
                Option(
                    text="He works alongside his own family, so the Act does not apply.",
                    next_step="END-stuck",
                    feedback=(
                        "Working with family is allowed only as light work of up to two hours a "
                        "day. Full days of heavy labour at a kiln fall outside that exception."
                    ),
                    minutes=_HOUR,
                    points={"legal": 0},
                ),
            ),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="The plan",
            text=(
                "<p>The family owes the owner about two hundred thousand rupees. The owner tells "
                "the inspectors that if Bilal stops working, the family must pay more or leave. "
                "What goes into the case plan?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Enrol Bilal at school with help for books and uniform, link the "
                        "family to livelihood support, get them legal aid, report the bondage "
                        "to the District Vigilance Committee, and agree monitoring visits with "
                        "the inspectors."
                    ),
                    next_step="S-month",
                    feedback=(
                        "The debt is what keeps Bilal at work, so the plan has to tackle it "
                        "alongside school. Under the KP Bonded Labour System (Abolition) Act "
                        "2015 a bonded debt is extinguished and holding a family in bondage is "
                        "an offence: the family owes nothing, and legal aid, the Vigilance "
                        "Committee and the inspectors shield them from the owner's pressure."
                    ),
                    minutes=2 * _DAY,
                    points={"best_interests": 10, "legal": 5},
                ),
                Option(
                    text="Enrol Bilal at school and leave the debt for the family to sort out.",
                    next_step="S-month",
                    feedback=(
                        "School is the right goal, but while the family believes it owes the "
                        "owner, the pressure to send Bilal back to work remains. The bonded debt "
                        "is void in law: the plan should make that real for them."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 5},
                ),
                Option(
                    text="Ask the inspectors to fine the family for making him work.",
                    next_step="END-stuck",
                    feedback=(
                        "Fining a family in debt bondage deepens the debt and punishes the people "
                        "with the least power. It makes it more likely that Bilal is sent to work "
                        "somewhere else."
                    ),
                    minutes=4 * _HOUR,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-month",
            kind=StepKind.SITUATION,
            title="A month on",
            text=(
                "<p>A month later Bilal is back in class 3, sitting with younger children but "
                "catching up fast. The inspectors have visited the kiln twice. The owner still "
                "presses the family about the debt, and the munshi scowls when Bilal walks past "
                "with his school bag.</p>"
            ),
            options=_go_on("D4", minutes=30 * _DAY),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="Follow-up and closure",
            text=(
                "<p>Bilal is going to school and has not been seen working since the plan "
                "started. His father asks whether the CPU will leave them alone now. How do you "
                "follow up?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Check attendance with the teacher every month, visit with the "
                        "inspectors, review the plan at least every three months, and close the "
                        "case only when its goals are met."
                    ),
                    next_step="END-school",
                    feedback=(
                        "A case closes when the plan's goals are met and the child is safe with "
                        "no further concerns; one good month is not enough while the debt "
                        "remains. Monthly attendance checks show early if Bilal is slipping back "
                        "to work."
                    ),
                    minutes=_HOUR,
                    points={"documentation": 10, "best_interests": 5},
                ),
                Option(
                    text="Close the case: he is enrolled at school.",
                    next_step="END-stuck",
                    feedback=(
                        "Enrolment is a start, not the goal. Without follow-up, the debt and the "
                        "owner's pressure can quietly pull Bilal back to the kiln."
                    ),
                    minutes=10,
                    points={"documentation": 0},
                ),
            ),
        ),
        Step(
            key="S-injured",
            kind=StepKind.SITUATION,
            title="An accident at the kiln",
            text=(
                "<p>Four weeks after the first call, before any visit, the teacher phones again. "
                "A stack of bricks collapsed on Bilal: his hand is badly crushed and he is lying "
                "in the family's quarter without treatment. The owner says it was the boy's own "
                "carelessness.</p>"
            ),
            risk_level=RiskLevel.HIGH,
            options=_go_on("D-injured"),
        ),
        Step(
            key="D-injured",
            kind=StepKind.DECISION,
            title="Bilal is hurt",
            text=(
                "<p>Bilal is injured, in pain and without care, and the owner wants it kept "
                "quiet. Set the risk level and response time, and choose what the CPU does.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Today: get Bilal to a doctor, go to the kiln with the CPO and the "
                        "inspectors, stop him working, and start a plan with the family for school "
                        "and legal help to end the bonded debt."
                    ),
                    next_step="END-late",
                    feedback=(
                        "Immediate medical care and protection, within the day, is the right "
                        "response to a high-risk situation. It comes after the harm that an "
                        "earlier visit could have prevented."
                    ),
                    minutes=6 * _HOUR,
                    points={"safety": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Ask the owner to pay for treatment, and keep the kiln on the "
                        "inspection list."
                    ),
                    next_step="END-stuck",
                    feedback=(
                        "This leaves an injured child in the hands of the man who profits from "
                        "his labour. High risk calls for protective action the same day."
                    ),
                    minutes=_HOUR,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="END-school",
            kind=StepKind.END,
            title="Back at school",
            text=(
                "<p>Six months later Bilal reads short stories aloud to his sister. The District "
                "Vigilance Committee has told the owner that the family's bonded debt is void, "
                "the inspectors' visits have made him careful, and "
                "Bilal has not been back to work at the kiln. The plan is reviewed with the "
                "family, and the teacher stays their first point of contact.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Why was a joint visit with the inspectors safer than a raid?</li>"
                "<li>What does the 2015 Act say about Bilal's work, and what about the Schedule "
                "is still to be confirmed?</li>"
                "<li>What does the KP Bonded Labour System (Abolition) Act 2015 say about the "
                "family's debt, and who acts on it in the district?</li>"
                "<li>When will it be right to close this case?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-late",
            harmful=True,
            kind=StepKind.END,
            title="Protected after an injury",
            text=(
                "<p>Bilal's hand is set at the hospital, but two fingers will stay stiff. He is "
                "out of the kiln and enrolled at school, and the inspectors have acted against "
                "the owner. The harm happened while the case waited for an inspection "
                "round.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did a month's wait cost Bilal?</li>"
                "<li>How did the injury change the risk level and the response time?</li>"
                "<li>Which response would have protected him in time?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-stuck",
            harmful=True,
            kind=StepKind.END,
            title="Still at the kiln",
            text=(
                "<p>Bilal is still carrying bricks from dawn, or has been moved to another kiln "
                "where no one knows him. The family's debt is larger than before, and the "
                "teacher has stopped asking about him.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What kept Bilal at work, and which choice left it untouched?</li>"
                "<li>Why does working alongside family not take a child outside the law?</li>"
                "<li>What does a plan need for a family in debt bondage?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-raid",
            harmful=True,
            kind=StepKind.END,
            title="After the raid",
            text=(
                "<p>The police take Bilal from the kiln in front of the other workers. Two days "
                "later he is sent back to his parents, and the owner docks the family's wages "
                '"to cover his losses". Within a month the family has been moved to a kiln in '
                "another district, and the CPU loses track of them.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Who paid the price of the raid?</li>"
                "<li>What does do no harm mean in a case of debt bondage?</li>"
                "<li>How can the police be involved safely, if at all?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
    ),
)


SCENARIOS: tuple[Scenario, ...] = (S1, S2, S3, S4, S5, S6)
