"""The ten demo case simulations of the foundational course, as plain data for the rules engine.

Each scenario closes one course day: S7 Yasir (a first concern reaches the CPU, day 1), S8 Mehwish
and Hamza (children without parents and alternative care, day 2), S2 Saima (child marriage, day 3),
S4 Hina (a disclosure of abuse, day 4), S1 Asad (a street child, day 5), S3 Zabihullah (an
unaccompanied Afghan boy, day 6), S5 Ali (neglect of a disabled child, day 7), S6 Bilal (a child at
a brick kiln, day 8), S9 Sitara (a transgender child's review and closure, day 9) and S10 Noor (one
case from first call to closure, with supervision, day 10).

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
    code: str  # "S1" .. "S10"
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


# ---------------------------------------------------------------------------------------------
# S7. Yasir, 10: a neighbour's worry reaches the Kohat CPU (day 1)
# ---------------------------------------------------------------------------------------------

S7 = Scenario(
    code="S7",
    day=1,
    title="Yasir, 10: a neighbour's worry at the Kohat CPU",
    brief=(
        "<p>Yasir is 10 and lives in a mohalla in Kohat city. His mother died three years ago. "
        "He lives with his father, Gul Nawaz, who drives a pick-up, his stepmother, Razia, and "
        "their two small children.</p>"
        "<ul>"
        "<li><strong>Relatives:</strong> his late mother's sister, Shabana, lives across town "
        "and sees him at Eid.</li>"
        "<li><strong>School:</strong> class 4 at a government boys' school; his attendance has "
        "dropped this term.</li>"
        "<li><strong>Your role:</strong> it is your first week as a Social Case Worker (SCW) at "
        "the Kohat CPU. The CPO, Ms Farzana, is your supervisor. Mr Naveed is the unit's "
        "psychologist.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Intake record (you are filling it in)</strong></p>"
        "<ul>"
        "<li><strong>Date and time:</strong> Tuesday, 10:20, in person at the CPU.</li>"
        "<li><strong>Referrer:</strong> Bibi Zarina, neighbour. Phone number given.</li>"
        "<li><strong>Child:</strong> Yasir, about 10, lives next door to the referrer.</li>"
        "<li><strong>Concern:</strong> (to be written)</li>"
        "<li><strong>Risk level:</strong> (to be set)</li>"
        "<li><strong>Passed to:</strong> (to be written)</li>"
        "</ul>"
        "<p><strong>Risk levels, in short.</strong> High: the child is seriously harmed, or at "
        "risk of serious harm, without protection now. Medium: the child is harmed to some "
        "degree, with no sign yet of serious harm. Low: the child is at risk of harm without "
        "help. You will study these on Day 5; your CPU's SOP sets the response times.</p>"
    ),
    initial_risk=RiskLevel.MEDIUM,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="A visitor at the front desk",
            text=(
                "<p>The CPO is at a district meeting until the afternoon. A woman in a grey "
                'chador waits at the front desk. "I do not want to make trouble for anyone," '
                'she says quietly. "But I cannot sleep for that boy."</p>'
                "<p>Bibi Zarina tells you that Yasir, who lives next door, is often shut out of "
                "the house in the evening. Twice this month he came to her door hungry and "
                "asked for roti. Last week she saw a bruise on his arm. At night she hears "
                'shouting and crying. "His stepmother is hard on him. The father is never '
                'there."</p>'
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="Receiving the concern",
            text=(
                "<p>This is the first concern you have taken on your own. How do you receive "
                "it? Also set a first risk level and response time, using the short "
                "definitions in the intake record.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Thank her, listen without judging, and write down what she saw and "
                        "heard in her own words, with dates. Ask what she knows about the "
                        "family and school. Tell her the CPO will see it today, and that the "
                        "CPU will keep her name out of it as far as the law allows."
                    ),
                    next_step="D2",
                    feedback=(
                        "A concern is only as useful as its record. Her own words, with dates, "
                        "separate what she saw from what she thinks. Honest words about "
                        "confidentiality help her trust the CPU, without promising what the "
                        "CPU cannot keep. Hunger, being shut out and a bruise are harm to some "
                        "degree, with no sign yet of serious harm: medium risk."
                    ),
                    minutes=45,
                    points={"documentation": 10, "confidentiality": 5},
                ),
                Option(
                    text=(
                        "Tell her gently that this sounds like a family matter, and that the "
                        "CPU cannot act on a neighbour's worry."
                    ),
                    next_step="S-hurt",
                    feedback=(
                        "A hungry child with a bruise, shut out at night, is exactly what a "
                        "CPU is for. Sending the concern back to the community leaves Yasir "
                        "with no one who can act, and no record that anyone was told."
                    ),
                    minutes=30,
                    points={"documentation": 0},
                ),
                Option(
                    text=(
                        "Walk back with her now, knock at Yasir's house and tell his "
                        "stepmother that the CPU has had a complaint."
                    ),
                    next_step="END-confronted",
                    feedback=(
                        "Going alone, before anyone has heard from Yasir, warns the person "
                        "he may fear most and tells her who complained. Children are often "
                        "punished for what a neighbour reported. A first concern is never "
                        "acted on alone: it goes to the CPO, who decides who does what."
                    ),
                    minutes=_HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="Who needs to know",
            text=(
                "<p>Bibi Zarina has gone home. The CPO is in her meeting until three. The "
                "psychologist, Mr Naveed, is in the office. What do you do with the "
                "concern?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Open the intake record, send the CPO a short message that a new "
                        "medium-risk concern needs her decision today, and ask Mr Naveed "
                        "whether a first meeting should be at school. Leave the decisions to "
                        "the CPO."
                    ),
                    next_step="S-allocate",
                    feedback=(
                        "In a CPU the CPO decides who does what; the SCW gathers the facts and "
                        "keeps the record, and the psychologist advises on how to meet the "
                        "child. Passing the concern on the same day, in writing, is how the "
                        "team makes sure it is not lost."
                    ),
                    minutes=2 * _HOUR,
                    points={"documentation": 10, "safety": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Note it in your diary and raise it at the team meeting next week, "
                        "when everyone is there."
                    ),
                    next_step="S-allocate",
                    late_step="S-hurt",
                    feedback=(
                        "A diary is not a case record, and a week is longer than most SOPs "
                        "allow for a medium-risk concern (often about three days; check your "
                        "SOP). Tell the CPO the same day, even if she is busy."
                    ),
                    minutes=_WEEK,
                    points={"documentation": 0},
                ),
                Option(
                    text=(
                        "Phone the headteacher of Yasir's school and tell him the whole story, "
                        "to find out more about the family."
                    ),
                    next_step="S-allocate",
                    feedback=(
                        "The school may well be part of the answer, but who is contacted, and "
                        "what they are told, is for the CPO to decide. Sharing the whole story "
                        "spreads it further than it needs to go (s.23 of the KP Act treats "
                        "reports as confidential)."
                    ),
                    minutes=_HOUR,
                    points={"confidentiality": 0},
                ),
            ),
        ),
        Step(
            key="S-allocate",
            kind=StepKind.SITUATION,
            title="The CPO decides",
            text=(
                "<p>Ms Farzana reads your record after her meeting and agrees it is medium "
                "risk. She asks you to go to Yasir's school tomorrow morning with Gulalai, an "
                "experienced SCW, to meet him in a quiet room, and to phone her from there if "
                "anything changes. Mr Naveed suggests starting with something easy, such as "
                "cricket or his favourite food.</p>"
            ),
            options=_go_on("D3", minutes=18 * _HOUR),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="What Yasir shows you",
            text=(
                "<p>Yasir is shy at first, then talks about cricket. When you ask how things are "
                "at home, he pulls his sleeve down. After a while he shows you a burn on the back "
                'of his hand, red and blistered. "Ammi put my hand on the tawa because I lost '
                'the money for the bread," he whispers. "Please do not tell. She will do it '
                'again."</p>'
                "<p>School closes at half past one. Set the risk level and response time, and "
                "choose what you do.</p>"
            ),
            risk_level=RiskLevel.HIGH,
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Tell Yasir he was right to tell you and that you cannot keep it "
                        "secret, but will tell only people who can help. Write down his exact "
                        "words. Phone the CPO now, from the school, so that she can arrange "
                        "medical care today and a safe place for tonight."
                    ),
                    next_step="S-safe",
                    feedback=(
                        "An injury on purpose, by an adult who lives with him, and a child "
                        "afraid it will happen again: this is high risk, which calls for "
                        "action today. You do not solve it alone: the CPO takes the decisions "
                        "about medical care, the family and the police."
                    ),
                    minutes=4 * _HOUR,
                    points={"safety": 10, "documentation": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Promise to keep his secret so that he keeps trusting you, let him go "
                        "home after school, and plan a home visit next week."
                    ),
                    next_step="END-burned",
                    feedback=(
                        "A promise of secrecy cannot be kept, and sending him home tonight to "
                        "the adult he named, with a week's wait, leaves him open to the harm "
                        "he fears. This is a critical error."
                    ),
                    minutes=_WEEK,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "Write down what he said, let him go home as usual, and ask the CPO to "
                        "visit the family within the next three days."
                    ),
                    next_step="S-safe",
                    late_step="S-hurt",
                    feedback=(
                        "The record is good, but three days is the timing for medium risk. A "
                        "burn on purpose makes this high risk: many SOPs ask for action within "
                        "24 hours, and this boy goes home to the same house tonight."
                    ),
                    minutes=3 * _DAY,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-safe",
            kind=StepKind.SITUATION,
            title="That afternoon",
            text=(
                "<p>The CPO comes to the school. A doctor at the district hospital treats the "
                "burn and writes up the injury. Yasir asks to stay with his aunt Shabana, who "
                "comes at once. Gul Nawaz, called to the CPU, is shocked and agrees that Yasir "
                "stays with Shabana for now. The CPO registers the case and explains that the "
                "injury may be reported to the police.</p>"
            ),
            options=_go_on("D4"),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="Writing it up",
            text=(
                "<p>It is six in the evening. The CPO asks you to complete the record of today "
                "before you leave. What do you write, and where?</p>"
            ),
            options=(
                Option(
                    text=(
                        "The facts in order: who reported what and when; Yasir's words, "
                        "exactly; what you saw (a burn about 3 cm across on the back of his "
                        "left hand); who decided what, and when. Keep it in the CPU's case file, "
                        "nowhere else."
                    ),
                    next_step="D5",
                    feedback=(
                        "A good record keeps facts, the child's words and your views apart, "
                        "names who decided what, and stays in the CPU's file. The court, a "
                        "colleague who takes over or a review in three months may all depend "
                        "on it."
                    ),
                    minutes=_HOUR,
                    points={"documentation": 10, "confidentiality": 5},
                ),
                Option(
                    text=(
                        'A short summary with your view: "Stepmother is cruel, father is weak. '
                        'The boy may exaggerate."'
                    ),
                    next_step="D5",
                    feedback=(
                        "Opinions without facts help no one who reads the file later, and "
                        "labels stick to a family. Write what was seen and said, and mark any "
                        "view of yours as your view."
                    ),
                    minutes=20,
                    points={"documentation": 0},
                ),
                Option(
                    text=(
                        "Send the CPO a WhatsApp message from your own phone with a photo of "
                        "the burn, and write the record tomorrow."
                    ),
                    next_step="D5",
                    feedback=(
                        "A child's photo on a personal phone can be lost, forwarded or seen by "
                        "anyone who picks it up. Injuries are recorded by the doctor; the "
                        "record goes in the CPU file, the same day, while you remember it."
                    ),
                    minutes=15,
                    points={"confidentiality": 0},
                ),
            ),
        ),
        Step(
            key="D5",
            kind=StepKind.DECISION,
            title="A call from the father",
            text=(
                '<p>Three days later Gul Nawaz phones you, not the CPO. "The elders sat '
                "together last night. Razia has said sorry, and it will not happen again. I "
                'will bring Yasir home on Friday. You can agree to that, yes?"</p>'
            ),
            options=(
                Option(
                    text=(
                        "Tell him politely that you cannot decide this alone. Record the call, "
                        "tell the CPO today, and explain that any return home will follow an "
                        "assessment that includes Yasir's own views and a safety plan."
                    ),
                    next_step="END-safe",
                    feedback=(
                        "Not acting alone works both ways: you do not refuse or agree on your "
                        "own. The CPO and the team decide, after an assessment, with Yasir "
                        "heard. Harm to a child is not settled by elders: since the 2022 "
                        "Amendment, crimes against children cannot be compounded."
                    ),
                    minutes=_HOUR,
                    points={"safety": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "Agree: the elders have settled it, his stepmother has said sorry, and "
                        "a boy belongs at home with his father."
                    ),
                    next_step="END-returned",
                    feedback=(
                        "An apology before elders is not a safety plan, and harm to a child is "
                        "never settled privately. Agreeing alone, on the phone, sends Yasir "
                        "back to the adult who burned him. This is a critical error."
                    ),
                    minutes=15,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "Tell him firmly that Yasir will never go back to that house, and that "
                        "the police will come if he tries."
                    ),
                    next_step="END-safe",
                    feedback=(
                        "The aim is right, but the decision is not yours to make on the "
                        "phone, and threats close doors the CPU may need open. A father who "
                        "cooperates is part of Yasir's safety."
                    ),
                    minutes=15,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-hurt",
            kind=StepKind.SITUATION,
            title="Bibi Zarina comes back",
            text=(
                "<p>Bibi Zarina is back at the CPU, in tears. Last night Yasir came to her door "
                "with a fresh burn on his arm and would not go home. His father took him back "
                "at midnight. This morning he did not go to school.</p>"
            ),
            risk_level=RiskLevel.HIGH,
            options=_go_on("D-late"),
        ),
        Step(
            key="D-late",
            kind=StepKind.DECISION,
            title="Yasir has been hurt",
            text="<p>Yasir has been burned and no one has seen him today. What now?</p>",
            options=(
                Option(
                    text=(
                        "Tell the CPO at once. Today the CPO and the SCWs find Yasir, get "
                        "medical care, and with his agreement move him to his aunt; the CPO "
                        "reports the injury to the police."
                    ),
                    next_step="END-late",
                    feedback=(
                        "This is the right response to high risk, taken as a team and on the "
                        "same day. It comes after a second injury that earlier action could "
                        "have prevented."
                    ),
                    minutes=6 * _HOUR,
                    points={"safety": 5},
                    protective=True,
                ),
                Option(
                    text="Ask Bibi Zarina to keep watching and to come back if it happens again.",
                    next_step="END-burned",
                    feedback=(
                        "It has already happened again. Waiting for a third time leaves a "
                        "burned child in the same house."
                    ),
                    minutes=_WEEK,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="END-safe",
            kind=StepKind.END,
            title="Safe, and the team knows why",
            text=(
                "<p>Yasir stays with his aunt Shabana while the team assesses the family. The "
                "burn heals. He is back at school every day, and he talks to Mr Naveed every "
                "week. A case conference will decide, with Yasir, whether and how he could go "
                "home safely. At your first supervision, Ms Farzana goes through your record "
                "with you, line by line.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Who did what in this case: the SCW, the CPO and the psychologist?</li>"
                "<li>What made your record useful to the people who read it later?</li>"
                "<li>Which moments tempted you to act alone, and what did the team add?</li>"
                "<li>Why is an elders' settlement not the end of a case of harm?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-returned",
            harmful=True,
            kind=StepKind.END,
            title="Sent back by a phone call",
            text=(
                "<p>Yasir goes home on Friday. Within a month he is missing school again, and "
                "Bibi Zarina no longer hears him cry: the family has told him to keep quiet. The "
                "elders consider the matter closed, and the CPU learns of the return only at "
                "the next review.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Who should decide whether a child goes home after harm, and how?</li>"
                "<li>Why is harm to a child never settled by elders or an apology?</li>"
                "<li>What should you say when someone asks you to decide alone?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-burned",
            harmful=True,
            kind=StepKind.END,
            title="Hurt again at home",
            text=(
                "<p>Yasir is burned again before anyone comes. He stops talking to Bibi Zarina, "
                "and when the CPU finally visits, he says he fell against the stove. He has "
                "learned that telling does not help.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did Yasir need from the first adults who knew?</li>"
                "<li>Why can a worker never promise to keep a child's secret?</li>"
                "<li>How quickly should a high-risk concern be acted on, and by whom?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-confronted",
            harmful=True,
            kind=StepKind.END,
            title="The door closes",
            text=(
                "<p>Razia denies everything and shouts at Bibi Zarina in the street. That night "
                'Yasir is beaten for "telling the neighbours". The family stops him going to '
                "Bibi Zarina's house and keeps him home from school, so no one outside can see "
                "him.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Why did a visit meant to help put Yasir in more danger?</li>"
                "<li>Who should decide when and how a family is approached?</li>"
                "<li>How do you protect the person who reported a concern?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-late",
            harmful=True,
            kind=StepKind.END,
            title="Protected after a second burn",
            text=(
                "<p>Yasir is treated at the hospital and moves to his aunt's house. He is safe "
                "now, but the burn on his arm will leave a scar, and it takes weeks before he "
                "trusts the CPU enough to talk again.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Where was the time lost, and who could have acted sooner?</li>"
                "<li>What would a same-day record and message to the CPO have changed?</li>"
                "<li>How will the team rebuild Yasir's trust?</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S8. Mehwish, 12, and Hamza, 8: two children without parents in Mardan (day 2)
# ---------------------------------------------------------------------------------------------

S8 = Scenario(
    code="S8",
    day=2,
    title="Mehwish, 12, and Hamza, 8: an uncle asks for an orphanage in Mardan",
    brief=(
        "<p>Mehwish is 12 and her brother Hamza is 8. Their mother died two years ago. Four "
        "months ago their father, a mason, died in a fall on a building site. Since then they "
        "have lived with their father's elder brother, Taj Muhammad, in a mohalla in Mardan "
        "city.</p>"
        "<ul>"
        "<li><strong>Household:</strong> Taj Muhammad drives a rickshaw. He, his wife and "
        "their five children share two rooms with Mehwish and Hamza. He owes money to a "
        "shopkeeper.</li>"
        "<li><strong>Relatives:</strong> their mother's mother, Bibi Jan, 62, lives alone in "
        "Takht Bhai and earns a little from sewing.</li>"
        "<li><strong>School:</strong> Hamza goes to school. Mehwish has stopped going and does "
        "housework.</li>"
        "<li><strong>Your role:</strong> you are a Social Case Worker (SCW) at the Mardan CPU. "
        "Sadia, a female SCW, and the CPO work with you.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Referral letter (extract)</strong></p>"
        "<ul>"
        "<li><strong>From:</strong> the district Social Welfare Officer, Mardan.</li>"
        "<li><strong>Children:</strong> Mehwish, 12, and Hamza, 8. Both parents have died.</li>"
        "<li><strong>Request:</strong> the paternal uncle asks for both children to be "
        'placed "in an orphanage or Zamung Kor". He says he cannot feed them.</li>'
        "<li><strong>Documents:</strong> the father's death certificate has not been issued; "
        "no B-forms for the children.</li>"
        "<li><strong>Note:</strong> the uncle is waiting at the CPU with this letter.</li>"
        "</ul>"
    ),
    initial_risk=RiskLevel.MEDIUM,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="An uncle at the CPU",
            text=(
                '<p>Taj Muhammad sits with the letter folded in his hands. "I am a poor man. '
                "My brother's children are my responsibility, but I have five of my own. I heard "
                "the government has homes for orphans. Take them, and they will have food and "
                'school."</p>'
                '<p>He says Mehwish "helps my wife" and Hamza is a good boy. The children are '
                "at home.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="The uncle's request",
            text=(
                "<p>Two children who have lost both parents, an uncle who says he cannot cope, "
                "and a girl who has left school. How do you respond? Also set the risk level "
                "and response time.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Thank him for coming and explain what the CPU does. Agree a home visit "
                        "within three days, to meet each child alone (Sadia with Mehwish) and "
                        "the family. Ask about other relatives, the children's documents, "
                        "school and their father's property."
                    ),
                    next_step="S-visit",
                    feedback=(
                        "Before any talk of a placement, the CPU hears from the children and "
                        "looks for family who could care for them. A girl kept from school to "
                        "do housework is harmed to some degree, with no sign yet of serious "
                        "harm: medium risk, often answered within about three days (check your "
                        "SOP)."
                    ),
                    minutes=2 * _DAY,
                    points={"best_interests": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text="Write a letter asking Zamung Kor to admit both children this week.",
                    next_step="S-visit",
                    feedback=(
                        "An institution is a last resort, not a first answer to poverty. "
                        "Zamung Kor gives priority to children who live or work on the street "
                        "and prefers ages 5 to 10; its girls' campus was only planned (check "
                        "what is open now). The CPO asks you to visit the family first."
                    ),
                    minutes=2 * _DAY,
                    points={"best_interests": 0},
                ),
                Option(
                    text=(
                        "Tell him that caring for his brother's children is his duty, that the "
                        "CPU does not give money, and close the referral."
                    ),
                    next_step="S-gone",
                    feedback=(
                        "His request is a warning sign, not only a complaint. Closing it without "
                        "seeing the children leaves them with an adult who has said he cannot "
                        "care for them, and no one checking what he does next."
                    ),
                    minutes=30,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-visit",
            kind=StepKind.SITUATION,
            title="On the roof with Sadia",
            text=(
                "<p>Two days later you and Sadia visit. Hamza shows you his school copy. "
                "Mehwish is washing pots. On the roof, alone with Sadia, she begins to cry.</p>"
                '<p>"Chachi says a Seth from Islamabad will take me next month. I will live in '
                "his house like a daughter and help his wife, and he will pay Chacha's debt. I "
                "do not want to go. I want to live with my Nani and go back to school. And "
                'Hamza must come with me."</p>'
            ),
            risk_level=RiskLevel.HIGH,
            options=_go_on("D2"),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="A man from Islamabad",
            text=(
                "<p>Mehwish is to be handed to a stranger, for money, within a month. Set the "
                "risk level and response time, and choose what the CPU does.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Today the CPO meets Taj Muhammad. She explains that handing a child to "
                        "a stranger for money may be trafficking, an offence under Part VIII "
                        "of the KP Act, and that she can go to the Child Protection Court. With "
                        "his agreement and the children's, they go to Bibi Jan tonight. The "
                        "man's details go to the police."
                    ),
                    next_step="S-options",
                    feedback=(
                        "A planned handover for money puts Mehwish at risk of serious harm: "
                        "high risk, acted on today. Kinship care with a grandmother she trusts "
                        "is the safest first step, and the court remains open if the uncle "
                        "refuses. Check the exact offence and section with the legal team."
                    ),
                    minutes=6 * _HOUR,
                    points={"safety": 10, "legal": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Record what she said and check again at the next visit in two weeks: "
                        "the man has not come yet."
                    ),
                    next_step="S-options",
                    late_step="S-gone",
                    feedback=(
                        "Dates like this are easily brought forward, especially once the family "
                        "knows the CPU has visited. High risk calls for action within about a "
                        "day (check your SOP), not at the next visit."
                    ),
                    minutes=2 * _WEEK,
                    points={"safety": 0},
                ),
                Option(
                    text=(
                        "Accept the arrangement if the man signs a paper promising to send "
                        "Mehwish to school."
                    ),
                    next_step="END-sold",
                    feedback=(
                        "A child is not handed over for money, whatever paper is signed. The "
                        "CPU would be approving what may be trafficking and child domestic "
                        "work, far from anyone who could check on her. This is a critical "
                        "error."
                    ),
                    minutes=_HOUR,
                    points={"legal": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="S-options",
            kind=StepKind.SITUATION,
            title="Where should the children live?",
            text=(
                "<p>Mehwish and Hamza are with Bibi Jan in Takht Bhai. She loves them, but she "
                "has two rooms, sore knees and little money. The CPO calls a case conference "
                "within two weeks. Several ideas are on the table:</p>"
                "<ul>"
                "<li>Taj Muhammad names a private children's home in Peshawar, run by a trust, "
                "which takes boys from 6 to 14.</li>"
                "<li>A childless couple, distant relatives, offer to take Hamza in kafalah and "
                '"raise him as our own".</li>'
                "<li>Bibi Jan says she will keep both children if she can get some help.</li>"
                "</ul>"
                "<p>Both children say they want to stay together with their Nani.</p>"
            ),
            options=_go_on("D3", minutes=10 * _DAY),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="The case conference",
            text="<p>What care arrangement do you recommend to the case conference?</p>",
            options=(
                Option(
                    text=(
                        "Kinship care: both children stay with Bibi Jan, with support. School "
                        "for Mehwish and a transfer for Hamza; help with the death certificate "
                        "and B-forms; legal aid for the children's share of their father's "
                        "property; checks for zakat and BISP support. The couple can help, and "
                        "the children's wishes are written into the plan."
                    ),
                    next_step="D4",
                    feedback=(
                        "Care within the family comes first, siblings stay together, and the "
                        "children's wishes count. Most of what Bibi Jan needs is practical: "
                        "papers, school and money. Ask the Social Welfare Officer, or the schemes "
                        "themselves, who is eligible."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 10, "participation": 5},
                ),
                Option(
                    text=(
                        "Hamza to the private children's home and Mehwish to Zamung Kor, where "
                        "food, school and a roof are certain."
                    ),
                    next_step="END-apart",
                    feedback=(
                        "This splits the siblings and takes them from a grandmother who wants "
                        "them. Residential care is a last resort. Before any placement, ask "
                        "whether the home is established or recognised under s.12 of the KP "
                        "Act (the Orphanages Act 1966 was repealed in 2010). Ask your CPO which "
                        "homes are."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 0},
                ),
                Option(
                    text=(
                        "Kafalah for Hamza with the childless couple, who can give him more, "
                        "and Mehwish with Bibi Jan."
                    ),
                    next_step="END-apart",
                    feedback=(
                        "Kafalah, caring for a child as a guardian without changing his "
                        "lineage, can be a good option. But here it splits two children who "
                        "have lost both parents and asked to stay together, when their "
                        "grandmother can keep both with support."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="Making the care secure",
            text=(
                "<p>Bibi Jan is worried. \"Taj Muhammad keeps their papers and their father's "
                'share of the house. What if he comes one day and takes them back?" What '
                "does the CPU help her do?</p>"
            ),
            options=(
                Option(
                    text=(
                        "With free legal aid, help Bibi Jan apply to the Guardian Judge (the "
                        "family court) to be the children's guardian under the Guardians and "
                        "Wards Act 1890, with a CPU report and the children's views. If the "
                        "uncle tries to remove them, the CPO can ask the Child Protection "
                        "Court to entrust their protection to her (s.25)."
                    ),
                    next_step="S-review",
                    feedback=(
                        "A court order makes the care secure and protects the children's "
                        "property. In Pakistan, kinship care and kafalah are usually made "
                        "formal through guardianship, not adoption. The legal team confirms "
                        "the route for each case."
                    ),
                    minutes=2 * _DAY,
                    points={"legal": 10, "best_interests": 5},
                ),
                Option(
                    text=(
                        "Have the uncle and Bibi Jan sign an agreement on stamp paper, with "
                        "the elders as witnesses."
                    ),
                    next_step="S-review",
                    feedback=(
                        "A private paper does not make anyone a guardian, and it does not "
                        "protect the children's property. The uncle can ignore it whenever he "
                        "likes."
                    ),
                    minutes=_DAY,
                    points={"legal": 0},
                ),
                Option(
                    text="Nothing formal: the family agrees now, and that is enough.",
                    next_step="S-review",
                    feedback=(
                        "Agreement today can change tomorrow, especially with a debt and a "
                        "house involved. Without a guardian, Bibi Jan cannot even sign the "
                        "children's school forms with confidence."
                    ),
                    minutes=30,
                    points={"legal": 0},
                ),
            ),
        ),
        Step(
            key="S-review",
            kind=StepKind.SITUATION,
            title="Three months later",
            text=(
                "<p>Mehwish is back at school, in class 6, and near the top of her class. Hamza "
                "still wets the bed some nights and asks about his father. Bibi Jan is tired, "
                "and her sewing brings in less in winter.</p>"
                "<p>Taj Muhammad has visited. His wife has had a baby, and he asks for Mehwish "
                '"for a few months, to help in the house".</p>'
            ),
            options=_go_on("D5", minutes=12 * _WEEK),
        ),
        Step(
            key="D5",
            kind=StepKind.DECISION,
            title="The three-month review",
            text="<p>How does the CPU handle the review?</p>",
            options=(
                Option(
                    text=(
                        "Hold the review with the children and Bibi Jan: keep the placement; "
                        "sessions with the psychologist for Hamza's grief; follow up the zakat "
                        "and BISP applications; Mehwish does not move for housework; visits to "
                        "the uncle's family when the children want them. Set the next review "
                        "date."
                    ),
                    next_step="END-home",
                    feedback=(
                        "A review checks the plan against what has happened and changes what "
                        "is not working. Grief takes time, and a placement survives when the "
                        "carer is supported. Mehwish's schooling is not traded for help in "
                        "someone's house."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 10, "participation": 5},
                ),
                Option(
                    text=(
                        "Let Mehwish go to her uncle's for a few months to help. She can go "
                        "back to school afterwards."
                    ),
                    next_step="END-sold",
                    feedback=(
                        "This sends Mehwish back to the household that planned to hand her "
                        "over for money, out of school, to do the work that put her at risk. "
                        "This is a critical error."
                    ),
                    minutes=_HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "Close the case: the children are placed and the guardianship case is "
                        "under way."
                    ),
                    next_step="END-alone",
                    feedback=(
                        "A placement is the start of care, not the end of the case. The "
                        "uncle's request and Bibi Jan's strain are exactly what follow-up is "
                        "for."
                    ),
                    minutes=30,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-gone",
            kind=StepKind.SITUATION,
            title="Bibi Jan comes to the CPU",
            text=(
                "<p>An old woman is at the front desk, in tears. She is Bibi Jan, the children's "
                "grandmother. Taj Muhammad has sent Mehwish to Islamabad with a man who paid "
                'his debts, "to live as his daughter". Hamza is still at his uncle\'s house and '
                "has stopped eating.</p>"
            ),
            risk_level=RiskLevel.HIGH,
            options=_go_on("D-late"),
        ),
        Step(
            key="D-late",
            kind=StepKind.DECISION,
            title="Mehwish has been taken",
            text="<p>Mehwish is far away with a stranger. What does the CPU do?</p>",
            options=(
                Option(
                    text=(
                        "Today: the CPO reports it to the police, who can work with the police "
                        "in Islamabad, applies to the Child Protection Court for her rescue "
                        "(s.20), and with Hamza's agreement moves him to Bibi Jan."
                    ),
                    next_step="END-found",
                    feedback=(
                        "Rescue under s.20 and a police report are the right tools for a child "
                        "taken for money. They come after Mehwish has already been taken."
                    ),
                    minutes=_DAY,
                    points={"safety": 5},
                    protective=True,
                ),
                Option(
                    text="Ask Taj Muhammad to bring her back when he can.",
                    next_step="END-sold",
                    feedback=(
                        "The man who sent her away has no reason to bring her back. Mehwish is "
                        "at serious risk now; waiting is not a plan."
                    ),
                    minutes=_WEEK,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="END-home",
            kind=StepKind.END,
            title="Together, with their Nani",
            text=(
                "<p>A year later Mehwish and Hamza still live with Bibi Jan. The children have "
                "B-forms, and legal aid is protecting their share of their father's house. "
                "Zakat support helps with school costs. Hamza sleeps through the night now. "
                "Mehwish wants to become a teacher.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Why did the CPU look for family care before any institution?</li>"
                "<li>What are Zamung Kor's limits, and how do you check that a home is "
                "recognised under s.12?</li>"
                "<li>What does kafalah mean, and how is it made formal in Pakistan?</li>"
                "<li>What does a guardianship order from the Guardian Judge protect that a "
                "stamp paper does not?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-apart",
            harmful=True,
            kind=StepKind.END,
            title="Apart",
            text=(
                "<p>Mehwish and Hamza now live apart, and see each other at Eid. Hamza wets the "
                "bed and asks every week when he can see his sister. Mehwish blames herself for "
                "the split and stops trying at school. Bibi Jan, who wanted them both, visits "
                "when she can afford the fare.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did the children ask for, and what did the plan do with it?</li>"
                "<li>When is residential care or a placement apart from a brother or sister "
                "ever right?</li>"
                "<li>What support would have let Bibi Jan keep both children?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-sold",
            harmful=True,
            kind=StepKind.END,
            title="Sent away for a debt",
            text=(
                "<p>Mehwish ends up where her uncle planned: working in the man's house in "
                "Islamabad. She does not go to school. She cleans from early morning, sleeps in the kitchen and is not allowed "
                "to phone her grandmother. No one from the CPU knows where she is.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Which choice allowed Mehwish to be handed over?</li>"
                "<li>What does the KP Act say about trafficking, and what can the Child "
                "Protection Court order?</li>"
                "<li>Why is a paper or a promise no protection for a child sent away for "
                "money?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-found",
            harmful=True,
            kind=StepKind.END,
            title="Found after weeks away",
            text=(
                "<p>With the court's order, the police find Mehwish in a house in Islamabad "
                "five weeks later. She has worked every day from dawn and is thin and silent. "
                "She is back with Bibi Jan and Hamza now, and the police have registered a case "
                "against the man and her uncle. Her recovery will take time.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Where could the CPU have acted before Mehwish was taken?</li>"
                "<li>What does s.20 allow, and who applies for it?</li>"
                "<li>What support does Mehwish need now, and who provides it?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-alone",
            harmful=True,
            kind=StepKind.END,
            title="A placement left alone",
            text=(
                "<p>With the case closed, no one follows up. Bibi Jan falls ill in the winter. "
                "Taj Muhammad takes the children back, and Mehwish leaves school again to look "
                "after his baby. Hamza is told not to talk about his Nani.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Which signs at the review showed the placement needed support?</li>"
                "<li>When may a case be closed, and was that true here?</li>"
                "<li>What would a guardianship order and regular reviews have protected?</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S9. Sitara, 15: a transgender child's review and closure in Peshawar (day 9)
# ---------------------------------------------------------------------------------------------

S9 = Scenario(
    code="S9",
    day=9,
    title="Sitara, 15: a review at a khwaja sira dera in Peshawar",
    brief=(
        "<p>Sitara is 15. She was registered at birth as a boy in a village in Charsadda, and "
        "has lived as a girl since she was 13. When her father and elder brother beat her for "
        "it, she ran away to Peshawar. There a khwaja sira guru, Shabnam, took her into her "
        "dera, a household of khwaja sira who live together under a guru.</p>"
        "<ul>"
        "<li><strong>The case:</strong> four months ago Roshni, an NGO that works with the "
        "khwaja sira community, referred Sitara to the Peshawar CPU. The case was registered "
        "as high risk.</li>"
        "<li><strong>The plan:</strong> Sitara stays at the dera, which she chose, on agreed "
        "conditions: no dancing at functions and no begging, daily classes at a non-formal "
        "education centre, weekly visits from Roshni's outreach worker, Bilqees, and sessions "
        "with the CPU psychologist. No contact with her family unless she asks for it and it "
        "is safe.</li>"
        "<li><strong>The dera:</strong> the guru heads the household. Her chelas "
        "(followers) live with her, learn from her and often give her part of what they "
        "earn, for example from dancing at weddings. For many khwaja sira it is the only "
        "family that accepts them, and some gurus protect their chelas better than others."
        "</li>"
        "<li><strong>Your role:</strong> you are an SCW at the Peshawar CPU. The SCW who ran "
        "the case has moved to Swabi, and the CPO has given it to you. A review is due this "
        "week.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Case record (extract)</strong></p>"
        "<ul>"
        "<li><strong>Name used:</strong> Sitara. Registered name and family address: in the "
        "restricted part of the file.</li>"
        "<li><strong>Risk level:</strong> high at registration; medium since the first review, "
        "six weeks ago.</li>"
        "<li><strong>Plan goals:</strong> a safe place to live; daily classes; psychological "
        "support; no contact from her family without her agreement.</li>"
        '<li><strong>Last visit note, five weeks ago:</strong> "Visited dera. All OK."</li>'
        "</ul>"
    ),
    initial_risk=RiskLevel.MEDIUM,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="A thin file",
            text=(
                "<p>You read the file twice. The plan is clear, but the notes are short, and "
                'nothing has been written for five weeks. Then Bilqees phones: "Sitara has '
                'missed her class three times this week. She says she is tired."</p>'
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="Preparing the review",
            text=(
                "<p>How do you carry out the review? Also set the risk level and response time "
                "as the case stands today.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Meet Sitara alone this week, at a place she chooses, and use the name "
                        "she uses. Go through each goal of the plan with her. Then talk to "
                        "Guru Shabnam and Bilqees, and record what you find against each "
                        "goal."
                    ),
                    next_step="S-review",
                    feedback=(
                        "A review checks each goal with the child first, then with the people "
                        "around her, and writes down what is and is not working. Missed "
                        "classes are a change that the review must explain. Until you know "
                        "more, the case stays at medium risk."
                    ),
                    minutes=2 * _DAY,
                    points={"documentation": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        'Phone Guru Shabnam, and if she says all is well, record "no change" '
                        "and set the next review date."
                    ),
                    next_step="S-function",
                    feedback=(
                        "A phone call to the adult in charge is not a review. Sitara's own "
                        "view is missing, and so is any explanation of the missed classes."
                    ),
                    minutes=30,
                    points={"documentation": 0},
                ),
                Option(
                    text=(
                        "Invite Sitara's father to the review: he is her legal guardian and "
                        "should sign the plan."
                    ),
                    next_step="END-family",
                    feedback=(
                        "Her father beat her, and the plan says no family contact without her "
                        "agreement. Inviting him tells him where she is and puts her in "
                        "danger. At 15, many SOPs let a child give her own informed consent "
                        "(check yours). This is a critical error."
                    ),
                    minutes=_HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="S-review",
            kind=StepKind.SITUATION,
            title="At Roshni's office",
            text=(
                "<p>Sitara chose to meet at Roshni's office. She talks happily about her "
                "classes, then goes quiet. For a month Guru Shabnam has taken her to wedding "
                'functions at night "to learn the work". She dances, and the guru keeps the '
                "money. Last Saturday a guest grabbed her, followed her to the van and said he "
                "would find her again.</p>"
                '<p>She is frightened, but she does not want to leave the dera. "They are my '
                'family now."</p>'
            ),
            risk_level=RiskLevel.HIGH,
            options=_go_on("D2"),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="Functions at night",
            text=(
                "<p>The plan's conditions have been broken, and a man has threatened Sitara. "
                "Set the risk level and response time, and choose what the CPU does.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Today: make a safety plan with Sitara (no functions, who to call, "
                        "1121 and Bilqees's number). The CPO and Bilqees meet Guru Shabnam the "
                        "same day about the plan and what help the dera needs. If she refuses, "
                        "Sitara moves tonight to a safe place she agrees to. Offer her support "
                        "to report the man to the police."
                    ),
                    next_step="S-guru",
                    feedback=(
                        "A man who grabbed her and said he would find her, and a broken plan, make "
                        "this high risk. "
                        "The response works with the place Sitara chose, because a dera can "
                        "give belonging and protection as well as risk, and keeps another "
                        "safe place ready if the guru will not change."
                    ),
                    minutes=6 * _HOUR,
                    points={"safety": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Move her at once to a boys' hostel, where staff can supervise her "
                        "and keep her away from the dera."
                    ),
                    next_step="END-dormitory",
                    feedback=(
                        "A transgender girl placed with boys against her will is likely to be "
                        "mocked, beaten or abused, and to run. Placements for khwaja sira "
                        "children are planned with the child, for both safety and dignity. "
                        "This is a critical error."
                    ),
                    minutes=3 * _HOUR,
                    points={"best_interests": -10},
                    critical=True,
                ),
                Option(
                    text="Record it and raise it with the guru at next month's visit.",
                    next_step="S-guru",
                    late_step="S-function",
                    feedback=(
                        "The next function could be this weekend, and the man said he would "
                        "find her. High risk calls for action within about a day (check your "
                        "SOP), not next month."
                    ),
                    minutes=4 * _WEEK,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-guru",
            kind=StepKind.SITUATION,
            title="Guru Shabnam listens",
            text=(
                '<p>At first Guru Shabnam is angry. "This is our tradition. The functions feed '
                'the dera." The CPO listens, then explains again that Sitara is a child and what '
                "the plan requires. Bilqees links the dera to Roshni's food support and a "
                "tailoring course for the older chelas.</p>"
                "<p>Guru Shabnam agrees: no functions for Sitara. Sitara stays. With her "
                "agreement, the CPO gives the police the man's description, without her "
                "address.</p>"
            ),
            options=_go_on("D3"),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="Who sees the file",
            text=(
                "<p>The district child protection committee reviews high-risk cases each month. "
                "A member, a respected elder, asks for Sitara's photo, her registered name and "
                "her family's village, \"so the elders can reconcile the family and bring the "
                'boy home". How do you keep and share the record?</p>'
            ),
            options=(
                Option(
                    text=(
                        "Keep the full record, with both names and the family address, in the "
                        "restricted CPU file. Tell the committee only what it needs: a child "
                        "of 15, a risk of exploitation, a gap in services. No name, photo or "
                        "address. Record that family contact depends on Sitara's wish and a "
                        "safety check."
                    ),
                    next_step="S-later",
                    feedback=(
                        "Reports to the CPU are confidential (s.23 of the KP Act). A child's "
                        "gender identity is among the most sensitive facts in a file: share it "
                        "only with those who need it to protect her. A committee can help "
                        "with services without knowing who she is."
                    ),
                    minutes=_HOUR,
                    points={"confidentiality": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "Share the file, photo and village with the committee: it is an "
                        "official body, and the elders might help."
                    ),
                    next_step="END-family",
                    feedback=(
                        "Her family's village and her photo, in the hands of people who want "
                        'to bring "the boy" home, can lead her family straight to her. This '
                        "is a critical error."
                    ),
                    minutes=_HOUR,
                    points={"confidentiality": -10},
                    critical=True,
                ),
                Option(
                    text=(
                        "Rewrite the file under her registered name only, as a boy, and leave "
                        "out the dera, to avoid trouble."
                    ),
                    next_step="S-later",
                    feedback=(
                        "A record must be accurate. Keep the registered name for legal papers "
                        "and the name she uses for working with her, and keep both "
                        "restricted. A file that hides who she is and where she lives misleads "
                        "the next worker and breaks her trust. For questions about her legal "
                        "documents, ask the legal team: the Federal Shariat Court's 2023 "
                        "judgment on the Transgender Persons Act 2018 is under appeal."
                    ),
                    minutes=_HOUR,
                    points={"documentation": 0},
                ),
            ),
        ),
        Step(
            key="S-later",
            kind=StepKind.SITUATION,
            title="Six months on",
            text=(
                "<p>Sitara is 16 now. She goes to her classes and to Roshni's tailoring course, "
                "and she has not been to a function since the meeting with the guru. The "
                "psychologist's sessions ended two months ago, by agreement. No one has seen the "
                "man again. Bilqees will keep visiting the dera through Roshni's own "
                "programme.</p>"
                "<p>The CPO asks for your recommendation: close the case, keep it open or "
                "transfer it.</p>"
            ),
            options=_go_on("D4", minutes=24 * _WEEK),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="Closing the case",
            text=(
                "<p>The plan's goals have been met for several months. What do you recommend?</p>"
            ),
            options=(
                Option(
                    text=(
                        "A closure meeting with Sitara and Bilqees: check each goal and that "
                        "there are no new concerns; agree that Roshni carries on its support, "
                        "with Sitara's consent and a written transfer note; make sure she "
                        "knows how to reach the CPU or 1121 again. Write a closure summary for "
                        "the CPO to sign."
                    ),
                    next_step="END-closed",
                    feedback=(
                        "A case closes when the goals are met, the child is safe and there are "
                        "no further concerns. Closing with the child, handing over with "
                        "consent and leaving the door open make it safe to close."
                    ),
                    minutes=_DAY,
                    points={"documentation": 10, "participation": 5},
                ),
                Option(
                    text="Close the case by letter: everything is going well.",
                    next_step="END-lost",
                    feedback=(
                        "A letter can read as being dropped. Without a closure meeting Sitara "
                        "does not know that she can come back, or that Roshni will carry on."
                    ),
                    minutes=30,
                    points={"participation": 0},
                ),
                Option(
                    text=(
                        "Keep the case open with monthly visits until she is 18, in case "
                        "something goes wrong."
                    ),
                    next_step="END-open",
                    feedback=(
                        "An open case with no goal left to meet adds visits she no longer "
                        "needs and takes time from children who do. Closure with a good "
                        "handover is not abandonment."
                    ),
                    minutes=30,
                    points={"best_interests": 0},
                ),
            ),
        ),
        Step(
            key="S-function",
            kind=StepKind.SITUATION,
            title="A call at night",
            text=(
                "<p>Two weeks later Bilqees phones at eleven at night. After a wedding "
                "function, a guest attacked and sexually assaulted Sitara. She is at the "
                "hospital with Bilqees, and says she will not go back to the dera.</p>"
            ),
            risk_level=RiskLevel.HIGH,
            options=_go_on("D-late"),
        ),
        Step(
            key="D-late",
            kind=StepKind.DECISION,
            title="Sitara has been hurt",
            text="<p>Sitara has been assaulted and has nowhere she wants to go. What now?</p>",
            options=(
                Option(
                    text=(
                        "Tonight: the CPO and a female SCW go to the hospital; a doctor gives "
                        "urgent care, including medicine against HIV, which must start within "
                        "72 hours; the CPU offers support to report it to the police; Sitara "
                        "moves to a safe place she agrees to."
                    ),
                    next_step="END-late",
                    feedback=(
                        "This is the right response, the same night. It comes after an "
                        "assault that acting on the first warning might have prevented."
                    ),
                    minutes=4 * _HOUR,
                    points={"safety": 5},
                    protective=True,
                ),
                Option(
                    text="Wait until the morning and let the dera deal with it.",
                    next_step="END-lost",
                    feedback=(
                        "Medical care cannot wait, and Sitara has said she will not go back to "
                        "the dera. Leaving her without the CPU tonight tells her no one will "
                        "come."
                    ),
                    minutes=12 * _HOUR,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="END-closed",
            kind=StepKind.END,
            title="Closed, with the door open",
            text=(
                "<p>The case is closed at a meeting Sitara helped to plan. She keeps the CPU's "
                "number in her phone and sews her first kameez at the tailoring course. Roshni "
                "carries on its visits, and a closure summary signed by the CPO records why the "
                "case was closed.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did the review find that the last visit note had missed?</li>"
                "<li>How did the plan respect both Sitara's safety and her choice of home?</li>"
                "<li>What in her file is sensitive, and who may see it?</li>"
                "<li>Which closure criteria were met, and how was the handover made?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-open",
            kind=StepKind.END,
            title="Still open, and still visited",
            text=(
                "<p>Sitara is safe, but a CPU visit each month now feels to her like being "
                "watched. The case takes time from a caseload that is already too full, and "
                "at the next audit no one can say what the open case is for.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What are the reasons for closing a case, and which were met here?</li>"
                "<li>How does a good handover and an open door make closure safe?</li>"
                "<li>What does an open case cost the children waiting for a worker?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-lost",
            harmful=True,
            kind=StepKind.END,
            title="Out of reach",
            text=(
                "<p>Sitara drifts away. She leaves her classes and goes back to dancing at "
                "functions, where the money is. When Bilqees asks whether she will come to the "
                'CPU, she says: "They did not come when I needed them."</p>'
            ),
            debrief=(
                "<ul>"
                "<li>Where did the CPU lose Sitara's trust?</li>"
                "<li>What does a review or a closure need from the child herself?</li>"
                "<li>How could the CPU reach her again now?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-family",
            harmful=True,
            kind=StepKind.END,
            title="Found by her family",
            text=(
                "<p>A week later Sitara's brother and two cousins come to the dera and drag her "
                "to a car. Guru Shabnam calls Roshni, but by the time the police arrive Sitara "
                "has been taken to the village. She is not seen at her classes again.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Which information led her family to her, and who shared it?</li>"
                "<li>Who can give consent for a child when a parent is the danger?</li>"
                "<li>How does the CPU keep an identity and an address safe in a file?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-dormitory",
            harmful=True,
            kind=StepKind.END,
            title="A hostel for boys",
            text=(
                "<p>At the hostel the other boys mock Sitara from the first night. On the third "
                "night she is beaten in the washroom. She runs away before dawn and cannot be "
                "found for two weeks, and when Bilqees finds her she refuses to speak to the "
                "CPU.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Why was a boys' hostel unsafe for Sitara?</li>"
                "<li>What does a placement that protects safety and dignity look like?</li>"
                "<li>What can a dera give a khwaja sira child, and what can it take?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-late",
            harmful=True,
            kind=StepKind.END,
            title="Safe after an assault",
            text=(
                "<p>Sitara is treated in time and moves to a safe place that Roshni helps to "
                "find. She gives a statement to the police with Bilqees beside her. She is safe "
                "now, but the assault happened while the warning sat in the file.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did the first warning tell you, and how fast should the CPU have "
                "acted?</li>"
                "<li>What medical care is urgent after a sexual assault, and why?</li>"
                "<li>How can the review process stop a warning sitting in a file?</li>"
                "</ul>"
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# S10. Noor, 10: a case from first call to closure, with supervision, in Swabi (day 10)
# ---------------------------------------------------------------------------------------------

S10 = Scenario(
    code="S10",
    day=10,
    title="Noor, 10: one case from first call to closure in Swabi",
    brief=(
        "<p>Noor is 10 and in class 4 at a girls' school in Swabi. She likes maths and "
        "cricket with her cousins.</p>"
        "<ul>"
        "<li><strong>Family:</strong> she lives with her mother, Gulnaz, and her father, "
        "Sajid, who lost his job at a factory last year. Neighbours say he has started using "
        "drugs. Gulnaz's brother, Arshad, lives in Mardan with his wife and children.</li>"
        "<li><strong>Your role:</strong> you are the SCW at the Swabi CPU. You will follow this "
        "case through all six steps, from the first call to closure. The CPO, Mr Khalid, is "
        "your supervisor. Ms Huma is the unit's psychologist.</li>"
        "</ul>"
        "<p>All names and details in this case are invented.</p>"
    ),
    case_file=(
        "<p><strong>Referral note (extract)</strong></p>"
        "<ul>"
        "<li><strong>Source:</strong> 1121 helpline, call from the headteacher, Monday "
        "08:50.</li>"
        "<li><strong>Child:</strong> Noor, 10, class 4.</li>"
        "<li><strong>Concern:</strong> a bruise on her cheek and a swollen wrist. She told her "
        '"Abu was angry. He hit Ammi, and me when I stood in front of her."</li>'
        "<li><strong>Other signs:</strong> falls asleep in class; missed six days this "
        "month.</li>"
        "<li><strong>Now:</strong> Noor is at school until 13:30.</li>"
        "</ul>"
    ),
    initial_risk=RiskLevel.HIGH,
    steps=(
        Step(
            key="intro",
            kind=StepKind.SITUATION,
            title="Step 1: a call from 1121",
            text=(
                "<p>The 1121 operator passes the headteacher's call to the CPU at nine. The "
                'headteacher says: "I have known Noor since she was five. She has never '
                'been like this. She is afraid to go home."</p>'
                "<p>Mr Khalid asks you to lead the case and to keep him informed at each "
                "step.</p>"
            ),
            options=_go_on("D1"),
        ),
        Step(
            key="D1",
            kind=StepKind.DECISION,
            title="Identification: the first response",
            text=(
                "<p>A girl of 10 with injuries from her father, who goes home at half past "
                "one. Set the risk level and response time, and choose what you do.</p>"
            ),
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "Today: go to the school with a female colleague, see Noor in a quiet "
                        "room with a teacher she trusts, and arrange for a doctor to look at "
                        "her wrist. Meet her mother privately, away from the father, and agree "
                        "a plan for tonight with the CPO."
                    ),
                    next_step="S-school",
                    feedback=(
                        "Injuries from an adult in the home, who can reach her tonight, are a "
                        "risk of significant harm: high risk, acted on the same day. Seeing "
                        "the mother alone may show that she is a victim of the same violence, "
                        "and Noor's best protector."
                    ),
                    minutes=5 * _HOUR,
                    points={"safety": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Ask the headteacher to send Noor home as usual, and plan a home "
                        "visit next week."
                    ),
                    next_step="S-school",
                    late_step="S-again",
                    feedback=(
                        "Sending Noor home tonight to the adult who hurt her, with a week's "
                        "wait, leaves her open to the next beating. This is a critical error."
                    ),
                    minutes=_WEEK,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text="Ask the headteacher to keep an eye on Noor and call again if it happens again.",
                    next_step="S-again",
                    feedback=(
                        "It has already happened, and Noor says she is afraid. Watching from "
                        "a distance is not a response to high risk."
                    ),
                    minutes=30,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="S-school",
            kind=StepKind.SITUATION,
            title="Registration",
            text=(
                "<p>At school Noor holds her mother's hand. Gulnaz has a bruise near her eye. "
                '"When he takes the white powder, he is another man," she says. "I cannot '
                'leave. Where would we go?" Then she remembers her brother Arshad in '
                "Mardan.</p>"
                "<p>Noor's wrist is sprained, not broken. With Noor's assent and her mother's "
                "consent, the CPO registers the case as high risk. That night Noor and Gulnaz "
                "go to Arshad's house.</p>"
            ),
            options=_go_on("D2"),
        ),
        Step(
            key="D2",
            kind=StepKind.DECISION,
            title="Step 2: assessment",
            text=(
                "<p>Noor is safe at her uncle's for now. You have two weeks to understand the "
                "family well enough to plan. How do you assess?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Ms Huma sees Noor twice, using play and drawing. You meet Gulnaz "
                        "alone, and talk to the headteacher and Arshad's family. The CPO and "
                        "a colleague meet Sajid at the CPU, not at home. Write down the risks, "
                        "the protective factors and the needs."
                    ),
                    next_step="D3",
                    feedback=(
                        "A comprehensive assessment hears everyone, the child first, and "
                        "weighs risks (violence, drug use) against protective factors (a "
                        "caring mother, an uncle, a school that noticed). Meeting the father "
                        "at the office keeps staff and family safe."
                    ),
                    minutes=10 * _DAY,
                    points={"best_interests": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        "Go to the house on your own to hear the father's side first, so that "
                        "the assessment is fair."
                    ),
                    next_step="D3",
                    feedback=(
                        "Hearing him matters, but alone, at his house, with drugs and violence "
                        "in the picture, puts you at risk and may tell him where his wife and "
                        "daughter are. Plan such meetings with the CPO."
                    ),
                    minutes=_DAY,
                    points={"best_interests": 0},
                ),
                Option(
                    text=(
                        "Decide that Gulnaz failed to protect Noor, and ask the CPO to apply "
                        "to the court to place Noor away from her mother."
                    ),
                    next_step="END-separated",
                    feedback=(
                        "Gulnaz is being beaten too, and she brought Noor to safety. Separating "
                        "a child from a protective parent is a second harm and skips the "
                        "assessment. This is a critical error."
                    ),
                    minutes=2 * _DAY,
                    points={"best_interests": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="D3",
            kind=StepKind.DECISION,
            title="Supervision",
            text=(
                "<p>In supervision Mr Khalid asks how the case is going, and how you are. You "
                'notice that you are angry with Gulnaz for "letting it happen", and that you '
                "wake at night thinking about Noor. What do you do?</p>"
            ),
            options=(
                Option(
                    text=(
                        "Say both things honestly. Talk through how anger could colour your "
                        "view of a mother who is also a victim. Agree that Gulnaz is referred "
                        "to a service for women facing violence, and that you use the CPU's "
                        "staff support. Record the decisions in the file."
                    ),
                    next_step="D4",
                    feedback=(
                        "Supervision is where a worker's feelings are checked before they "
                        "shape decisions about a family. Noticing your reactions is part of "
                        "good practice, not a weakness, and the decisions taken belong in the "
                        "case file."
                    ),
                    minutes=_HOUR,
                    points={"best_interests": 10, "documentation": 5},
                ),
                Option(
                    text="Say that everything is fine: supervision is for cases, not feelings.",
                    next_step="D4",
                    feedback=(
                        "Unspoken anger at a parent tends to leak into the plan. Supervision "
                        "covers both the case and the person doing the work."
                    ),
                    minutes=30,
                    points={"best_interests": 0},
                ),
                Option(
                    text=(
                        "Tell Gulnaz yourself that she must leave her husband for good, or the "
                        "CPU will take Noor away."
                    ),
                    next_step="END-harm",
                    feedback=(
                        "A threat made alone, without the team, frightens a mother into "
                        "hiding the problem and breaks the trust the plan depends on. This is "
                        "a critical error."
                    ),
                    minutes=_HOUR,
                    points={"best_interests": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="D4",
            kind=StepKind.DECISION,
            title="Steps 3 and 4: the plan",
            text=(
                "<p>The case conference meets within two weeks of registration. Noor and her "
                "mother join part of it. What plan do you propose?</p>"
            ),
            options=(
                Option(
                    text=(
                        "A written plan: Noor and Gulnaz stay at Arshad's for now; Noor starts "
                        "at a school nearby within a week; weekly sessions with Ms Huma; legal "
                        "aid for Gulnaz; Sajid referred to drug treatment; no contact with "
                        "Noor unless supervised and she wants it; the CPO discusses a police "
                        "report with Gulnaz. Weekly contact; review in three months."
                    ),
                    next_step="S-review",
                    feedback=(
                        "A good plan is specific: who does what, by when, and how you will "
                        "know it worked. It deals with the causes (drugs, violence, money) and "
                        "keeps Noor with her protective parent."
                    ),
                    minutes=2 * _DAY,
                    points={"best_interests": 10, "documentation": 5},
                ),
                Option(
                    text=(
                        'A short plan: "The family to live in peace. The father to stop '
                        'taking drugs."'
                    ),
                    next_step="S-review",
                    feedback=(
                        "Goals without actions, names or dates cannot be carried out or "
                        "reviewed. No one knows who does what."
                    ),
                    minutes=_HOUR,
                    points={"documentation": 0},
                ),
                Option(
                    text=(
                        "Ask a jirga to make Sajid promise to stop, and send Noor and her "
                        "mother home."
                    ),
                    next_step="END-returned",
                    feedback=(
                        "Violence against a child is not settled by a jirga: since the 2022 "
                        "Amendment to the KP Act, crimes against children cannot be "
                        "compounded. A promise is not treatment, and it sends Noor back to the "
                        "danger. This is a critical error."
                    ),
                    minutes=_DAY,
                    points={"legal": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            key="S-review",
            kind=StepKind.SITUATION,
            title="Step 5: three months later",
            text=(
                "<p>Noor has settled at her new school and plays cricket with her cousins. "
                "Sajid has spent eight weeks in a residential drug treatment programme, and the "
                "centre says he is doing well. Gulnaz wants to go home when he comes out next "
                "month.</p>"
                '<p>Noor tells Ms Huma: "I want to be with Ammi. But what if Abu gets angry '
                'again?"</p>'
            ),
            options=_go_on("D5", minutes=12 * _WEEK),
        ),
        Step(
            key="D5",
            kind=StepKind.DECISION,
            title="Follow-up: the review",
            text=(
                "<p>Set the risk level and response time as the case stands now, and decide "
                "what the review agrees.</p>"
            ),
            risk_level=RiskLevel.MEDIUM,
            asks_risk=True,
            options=(
                Option(
                    text=(
                        "No return until the team has heard from the treatment centre, met "
                        "Sajid, and made a safety plan with Noor (whom to call, where to go). "
                        "Then a step-by-step return, day visits first, with weekly visits and "
                        "the school watching. Review again in a month."
                    ),
                    next_step="D6",
                    feedback=(
                        "The violence has stopped for now, but the father has not yet been "
                        "tested at home: medium risk. A planned, gradual return, with Noor's "
                        "fears heard and a safety plan, gives the family its best chance."
                    ),
                    minutes=_DAY,
                    points={"safety": 10, "participation": 5},
                    protective=True,
                ),
                Option(
                    text=(
                        "Agree that they go home as soon as he comes out: he has promised, "
                        "and the elders vouch for him."
                    ),
                    next_step="END-returned",
                    feedback=(
                        "A promise and the elders' word are not an assessment. Sending Noor "
                        "home before anyone has checked, with her fear unheard, risks the "
                        "same violence. This is a critical error."
                    ),
                    minutes=_HOUR,
                    points={"safety": -10},
                    critical=True,
                ),
                Option(
                    text="Tell Gulnaz that she and Noor may never go back to that house.",
                    next_step="D6",
                    feedback=(
                        "Gulnaz is an adult who makes her own choices, and an order she "
                        "cannot accept may lead her to go home without any plan at all. Work "
                        "with her on how, and whether, a return can be safe."
                    ),
                    minutes=_HOUR,
                    points={"participation": 0},
                ),
            ),
        ),
        Step(
            key="D6",
            kind=StepKind.DECISION,
            title="Step 6: closure",
            text=(
                "<p>Five months later Noor and her mother have been home for four months. "
                "Sajid has stayed off drugs, goes to a support group every week and has not "
                "been violent. The school says Noor is doing well, and monthly visits find no "
                "concerns. The plan's goals are met. Mr Khalid asks for your "
                "recommendation.</p>"
            ),
            options=(
                Option(
                    text=(
                        "Meet Noor and her parents to go over the goals together and say "
                        "goodbye properly. Make sure they know how to reach the CPU and 1121, "
                        "agree that the school calls if it is worried, and write a closure "
                        "summary for Mr Khalid to sign."
                    ),
                    next_step="END-closed",
                    feedback=(
                        "The goals are met, Noor is safe and there are no further concerns: "
                        "reasons to close. Closing with the family, an open door and a signed "
                        "summary make it a planned ending, not a disappearance."
                    ),
                    minutes=_DAY,
                    points={"documentation": 10, "participation": 5},
                ),
                Option(
                    text="Close it in the file now, without a final visit: the family is doing well.",
                    next_step="END-closed",
                    feedback=(
                        "The decision is right, but Noor has worked with the CPU for eight "
                        "months. Without a final meeting she may not know the door is still "
                        "open."
                    ),
                    minutes=30,
                    points={"participation": 0},
                ),
                Option(
                    text=(
                        "Close it, and tell the family that the school will report on Noor to "
                        "the CPU every month until she is 18."
                    ),
                    next_step="END-closed",
                    feedback=(
                        "Closure means the CPU's work is done. Turning the school into a "
                        "monitor, without the family's agreement, tells them they are still "
                        "suspected. An open door, and a school that calls if it is worried, "
                        "agreed with the family, are the safety net."
                    ),
                    minutes=30,
                    points={"participation": 0},
                ),
            ),
        ),
        Step(
            key="S-again",
            kind=StepKind.SITUATION,
            title="The headteacher calls again",
            text=(
                "<p>Nine days later the headteacher phones again. Noor came to school with a "
                "swollen eye and a cut lip. Her mother brought her, crying: Sajid beat them both "
                "last night.</p>"
            ),
            options=_go_on("D-late"),
        ),
        Step(
            key="D-late",
            kind=StepKind.DECISION,
            title="Noor has been hurt again",
            text="<p>Noor and her mother are at the school. What now?</p>",
            options=(
                Option(
                    text=(
                        "Today: medical care for Noor and her mother, the CPO reports the "
                        "assault to the police, and with Noor's assent they go to Arshad's in "
                        "Mardan tonight."
                    ),
                    next_step="END-late",
                    feedback=(
                        "This is the right response to high risk, on the same day. It comes "
                        "after a second beating that acting on the first call could have "
                        "prevented."
                    ),
                    minutes=6 * _HOUR,
                    points={"safety": 5},
                    protective=True,
                ),
                Option(
                    text="Ask the headteacher to keep watching and to call if it gets worse.",
                    next_step="END-harm",
                    feedback="It has got worse. Waiting again leaves Noor in the same house.",
                    minutes=_WEEK,
                    points={"safety": 0},
                ),
            ),
        ),
        Step(
            key="END-closed",
            kind=StepKind.END,
            title="Closed, and safe at home",
            text=(
                "<p>Noor's case is closed. She lives at home with both parents, goes to school "
                "and still plays cricket with her cousins at weekends. Her father has stayed "
                "off drugs. At your last supervision on the case, Mr Khalid goes through the file "
                "with you, from the first call to the closure.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Walk through the six steps: what did each step add to Noor's "
                "safety?</li>"
                "<li>Where did supervision change a decision, or how you made it?</li>"
                "<li>How did the risk level change over the case, and why?</li>"
                "<li>Which reasons for closure were met, and how was the case closed?</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-returned",
            harmful=True,
            kind=StepKind.END,
            title="Back too soon",
            text=(
                "<p>Noor and her mother go home. Within a month Sajid is using again, and one "
                "night he breaks Gulnaz's arm. Noor hides under the bed. The elders say they "
                "did their best, and Gulnaz no longer believes anyone will help.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did a promise or a settlement offer in place of an assessment?</li>"
                "<li>Why is violence against a child never settled by a jirga?</li>"
                "<li>What should a return home depend on?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-separated",
            harmful=True,
            kind=StepKind.END,
            title="Taken from her mother",
            text=(
                "<p>Noor is placed with strangers, far from her mother, who was the one adult "
                "protecting her. She cries every night and stops eating properly. Gulnaz, alone, "
                "goes back to her husband.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>Who was protecting Noor, and what did the decision do to that?</li>"
                "<li>What should an assessment have found before anyone thought of "
                "separation?</li>"
                "<li>This was a critical error: talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-late",
            harmful=True,
            kind=StepKind.END,
            title="Safe after a second beating",
            text=(
                "<p>Noor and her mother are treated and go to Arshad's house. They are safe "
                "now, but Noor was hurt again while the case waited, and she is slow to trust "
                "the CPU.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did the first call tell you, and how fast should you have acted?</li>"
                "<li>Who in the team should have known about the case on the first day?</li>"
                "<li>How will the team rebuild Noor's trust?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
        Step(
            key="END-harm",
            harmful=True,
            kind=StepKind.END,
            title="Alone with the violence",
            text=(
                "<p>Noor ends up back in the house with her father's violence. Her mother, afraid of "
                "everyone now, tells the school nothing more, and Noor stops telling "
                "anyone.</p>"
            ),
            debrief=(
                "<ul>"
                "<li>What did Noor and her mother need from the CPU?</li>"
                "<li>Why does a decision taken alone, without the team, so often go "
                "wrong?</li>"
                "<li>If you made a critical error, talk it through with your supervisor.</li>"
                "</ul>"
            ),
        ),
    ),
)


SCENARIOS: tuple[Scenario, ...] = (S1, S2, S3, S4, S5, S6, S7, S8, S9, S10)
