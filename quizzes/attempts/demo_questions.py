"""Demo question bank for the 10-day Foundational Course in child protection case management.

Written for the Khyber Pakhtunkhwa Child Protection Units from the facts in
shared/domain/case-management-facts.md. Only verified facts decide a correct answer: nothing
here depends on unconfirmed response times (24 hours / 3 days / 1 week), age bands for consent,
a statutory duty to report or the contents of the hazardous-work schedule. Every name in a
scenario is invented.

The first twenty questions carry the ten core objectives, two each, and are not essays: the
pre-test and post-test take the first twenty such questions in bank order, so keep them first.
The first essay is the safety-planning reflection the demo attempts answer.
"""

from decimal import Decimal

# Each question: (day, type, text, options, extra)
#   day: 1..10, the course day it belongs to
#   type: "single" | "multiple" | "true_false" | "matching" | "ordering" | "short_answer" | "numeric" | "essay"
#   options: tuple of (text, is_correct, match_text, feedback)
#     - single/true_false: exactly one is_correct=True (true_false: exactly two options "True"/"False")
#     - multiple: two or more options, at least one correct
#     - matching: each option is an item, match_text is its match (is_correct False), 3-5 pairs, match_texts distinct
#     - ordering: the items IN THE CORRECT ORDER (is_correct False), 3-6 items
#     - short_answer: each option is an accepted answer (is_correct True)
#     - numeric/essay: empty tuple
#   extra: dict with any of: "objective" (a short tag, REQUIRED), "step" (one of identification, assessment, planning, implementation, review, closure, general), "difficulty" (easy|medium|hard), "general_feedback" (one sentence why), "numeric_answer" (Decimal, numeric only), "numeric_tolerance" (Decimal), "rubric" (essay only: what earns the marks), "marks" (Decimal, essays 4), "partial_credit" ("proportional" or "all_or_nothing")
QUESTIONS = (
    # ------------------------------------------------------------------------------------------
    # Core questions: two per pre-test/post-test objective. Keep these first and non-essay.
    # ------------------------------------------------------------------------------------------
    (
        1,
        "ordering",
        "Put the six steps of child protection case management in the order the 2014 Inter-Agency Guidelines set out.",
        (
            ("Identification and registration", False, "", ""),
            ("Assessment", False, "", ""),
            ("Case planning", False, "", ""),
            ("Implementing the case plan", False, "", ""),
            ("Follow-up and review", False, "", ""),
            ("Case closure", False, "", ""),
        ),
        {
            "objective": "six-steps",
            "step": "general",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "You cannot plan well before you assess, and you close a case only after follow-up and review show the goals are met.",
        },
    ),
    (
        1,
        "single",
        "Mr Khalid, a head teacher in Kohat, phones the CPU about a pupil who arrives with bruises and says she is afraid to go home. Which case management step has begun?",
        (
            ("Identification and registration", True, "", ""),
            (
                "Assessment",
                False,
                "",
                "Assessment comes once the child is identified and registered; the call itself is the identification.",
            ),
            (
                "Implementing the case plan",
                False,
                "",
                "There is no case plan yet: the CPU has only just heard about the child.",
            ),
            (
                "Follow-up and review",
                False,
                "",
                "Follow-up and review apply to a case that already has a plan in place.",
            ),
        ),
        {
            "objective": "six-steps",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "Referrals from schools, families, health workers, police and the community are how children are identified; registration follows if the risk criteria are met.",
        },
    ),
    (
        1,
        "true_false",
        "The three core roles in a district Child Protection Unit team are the Child Protection Officer, the Social Case Worker and the Psychologist.",
        (
            ("True", True, "", ""),
            (
                "False",
                False,
                "",
                "These three roles are the core of the CPU team, and a unit may have several social case workers; police and health are partners reached through referral.",
            ),
        ),
        {
            "objective": "cpu-roles",
            "step": "general",
            "difficulty": "easy",
            "general_feedback": "The CPU combines legal, social-work and psychological skills in one team.",
        },
    ),
    (
        1,
        "multiple",
        "Which of these are functions of a district Child Protection Unit? Choose all that apply.",
        (
            ("Receiving complaints of violence against children", True, "", ""),
            ("Making child protection plans and monitoring registered cases", True, "", ""),
            ("Referring children and families to other departments", True, "", ""),
            ("Overseeing child protection at district level", True, "", ""),
            (
                "Passing sentence on people who harm children",
                False,
                "",
                "Sentencing is for the courts. The CPU can bring a case to the Child Protection Court, but it does not judge it.",
            ),
            (
                "Deciding alone on the durable solution for an unaccompanied refugee child",
                False,
                "",
                "That decision needs a UNHCR best interests determination, normally taken by a multidisciplinary panel; the CPU feeds into it.",
            ),
        ),
        {
            "objective": "cpu-roles",
            "step": "general",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "CPUs receive complaints, plan, monitor, refer and oversee; courts and panels make the decisions the law reserves for them.",
        },
    ),
    (
        2,
        "matching",
        "Match each section of the KP Child Protection and Welfare Act 2010 with its subject.",
        (
            ("Section 9", False, "Child Protection Unit", ""),
            ("Section 20", False, "Rescue of a child at risk", ""),
            (
                "Section 24",
                False,
                "No publication of the names of a child at risk in proceedings",
                "",
            ),
            ("Section 25", False, "Entrusting the protection of a child", ""),
            ("Section 30", False, "Protection against child marriage", ""),
        ),
        {
            "objective": "kp-act",
            "step": "general",
            "difficulty": "hard",
            "partial_credit": "proportional",
            "general_feedback": "Knowing where these sections sit lets you point a court, a family or a colleague to the right legal basis quickly.",
        },
    ),
    (
        2,
        "single",
        "Saima, 14, is due to be married in ten days in Charsadda. The CPO has explained the law to her parents, but they refuse to call off the nikah. What is the right next step?",
        (
            (
                "Apply to the Child Protection Court under section 30 of the KP Act and alert the police and the Nikah Registrar",
                True,
                "",
                "",
            ),
            (
                "Ask a jirga to decide the matter between the families",
                False,
                "",
                "A jirga has no power to protect Saima under the Act; the law gives that role to the Child Protection Court.",
            ),
            (
                "Close the case, since the family has made its decision",
                False,
                "",
                "A family's refusal does not remove the risk. A marriage at 14 is an offence under the Child Marriage Restraint Act 1929.",
            ),
            (
                "Wait until after the nikah and then offer the couple support",
                False,
                "",
                "Waiting lets the harm happen. The risk is high and imminent, so the CPU must use the legal route now.",
            ),
        ),
        {
            "objective": "kp-act",
            "step": "implementation",
            "difficulty": "medium",
            "general_feedback": "When persuasion fails, section 30 and the Child Protection Court give the legal protection that an imminent child marriage needs.",
        },
    ),
    (
        2,
        "single",
        'How does section 2(b) of the KP Child Protection and Welfare Act 2010 define the "best interest of a child"?',
        (
            (
                "The primary consideration in all actions by public or private bodies, for the protection, survival, development and participation of children",
                True,
                "",
                "",
            ),
            (
                "Whatever the child's parents decide is best",
                False,
                "",
                "Parents' views matter, but the Act makes the child's interests the primary consideration, not the parents' decision.",
            ),
            (
                "Whatever the Child Protection Court decides",
                False,
                "",
                "The principle applies to every body that acts for a child, not only to the court.",
            ),
            (
                "The child's own wishes, and nothing else",
                False,
                "",
                "Children's views carry weight (participation), but best interests also cover protection, survival and development.",
            ),
        ),
        {
            "objective": "best-interests",
            "step": "general",
            "difficulty": "easy",
            "general_feedback": "Section 2(b) makes the child's best interest the primary consideration for public and private bodies alike.",
        },
    ),
    (
        3,
        "true_false",
        "Under the KP Act 2010, the best interest of the child must be the primary consideration for government bodies, but private bodies such as NGOs and schools are free to put other interests first.",
        (
            (
                "True",
                False,
                "",
                "Section 2(b) covers actions by public or private bodies, so NGOs, private schools and employers are bound too.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "best-interests",
            "step": "general",
            "difficulty": "medium",
            "general_feedback": "The definition in section 2(b) applies to all actions, by public and private bodies alike.",
        },
    ),
    (
        3,
        "single",
        'Which principle of the Child Protection Minimum Standards (CPMS 2019) is "enhance people\'s safety, dignity and rights and avoid exposing them to further harm"?',
        (
            (
                "Principle 1: survival and development",
                False,
                "",
                "Principle 1 is about children's survival and development, not about avoiding harm caused by our own actions.",
            ),
            (
                "Principle 4: best interests of the child",
                False,
                "",
                "Best interests is principle 4; do no harm is listed separately as principle 5.",
            ),
            ("Principle 5: do no harm", True, "", ""),
            (
                "Principle 9: strengthen child protection systems",
                False,
                "",
                "Principle 9 is about systems, such as services and referral pathways, rather than the harm of a single action.",
            ),
        ),
        {
            "objective": "do-no-harm",
            "step": "general",
            "difficulty": "medium",
            "general_feedback": "Do no harm (principle 5) asks you to check that your help does not itself put the child at more risk.",
        },
    ),
    (
        8,
        "single",
        "Bilal, 12, works at a brick kiln in Nowshera where his family is in debt to the owner. How should the CPU first respond?",
        (
            (
                "An assessment visit coordinated with Labour Department inspectors",
                True,
                "",
                "",
            ),
            (
                "A police raid to remove Bilal from the kiln at once",
                False,
                "",
                "A raid risks retaliation against the indebted family and may push Bilal into hidden work: it fails the do-no-harm test.",
            ),
            (
                "Fine the family so they stop sending him to work",
                False,
                "",
                "Punishing a family in debt makes the child's situation worse and does nothing about the reasons he works.",
            ),
            (
                "Take no action, because the family needs his earnings",
                False,
                "",
                "At 12 Bilal is a child under the KP Prohibition of Employment of Children Act 2015, and his employment is prohibited.",
            ),
        ),
        {
            "objective": "do-no-harm",
            "step": "assessment",
            "difficulty": "medium",
            "general_feedback": "A planned, coordinated response protects the child without exposing him or his family to new harm.",
        },
    ),
    (
        4,
        "single",
        'Noor, 10, tells her teacher that someone at home is hurting her, then says: "Promise you won\'t tell anyone." What should the teacher do?',
        (
            (
                "Promise to keep it secret so that Noor keeps talking",
                False,
                "",
                "A promise you cannot keep breaks the child's trust later, and secrecy can leave her unprotected.",
            ),
            (
                "Ask detailed questions to find out exactly who did what",
                False,
                "",
                "Probing and leading questions can distress the child and damage later evidence; leave the questioning to trained staff.",
            ),
            (
                "Explain kindly that she cannot keep it secret, but will tell only people whose job is to help keep Noor safe",
                True,
                "",
                "",
            ),
            (
                "Speak to the person Noor named to hear their side",
                False,
                "",
                "Confronting a suspect can put the child in danger and lead to evidence being destroyed.",
            ),
        ),
        {
            "objective": "confidentiality",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "Confidentiality has limits: be honest about them, and share only with those who can help.",
        },
    ),
    (
        3,
        "multiple",
        "An official at a transit point asks for the file of Zabihullah, 15, an unaccompanied Afghan boy the CPU is supporting. Which are good practice? Choose all that apply.",
        (
            ("Share only the information the official needs for a clear purpose", True, "", ""),
            ("Share it with Zabihullah's consent wherever possible", True, "", ""),
            ("Share only when there is a best-interests reason to do so", True, "", ""),
            (
                "Hand over the whole file to any official who asks",
                False,
                "",
                "Section 23 of the KP Act treats reports as confidential; sharing everything with anyone can expose him to return or exploitation.",
            ),
            (
                "Post his photo and story on social media to trace his family",
                False,
                "",
                "Public posts identify a child at risk to anyone, including people who may exploit him; tracing goes through UNHCR or a partner.",
            ),
        ),
        {
            "objective": "confidentiality",
            "step": "implementation",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "Information about a child is shared on a need-to-know basis, with consent where possible and a best-interests reason.",
        },
    ),
    (
        5,
        "single",
        "A child would be significantly harmed, or is at risk of significant harm or death, if left in present circumstances without protective intervention. Which risk level is this?",
        (
            (
                "Low",
                False,
                "",
                "Low risk means the child is at risk of harm without intervention, not of significant harm or death.",
            ),
            (
                "Medium",
                False,
                "",
                "Medium means some harm without intervention but no evidence of risk of significant harm or death.",
            ),
            ("High", True, "", ""),
            (
                "No risk",
                False,
                "",
                "A risk of significant harm or death is the most serious level, not the absence of risk.",
            ),
        ),
        {
            "objective": "risk-levels",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "Significant harm, or risk of significant harm or death, without intervention is the definition of high risk.",
        },
    ),
    (
        5,
        "single",
        "A Lady Health Worker in Swat reports that Ali, 7, who has cerebral palsy, is locked in a room all day while his parents work. She has seen no injury or severe malnutrition. What risk level should the CPU set?",
        (
            (
                "High",
                False,
                "",
                "Not yet: there is no evidence of risk of significant harm or death. It would become High if he were injured or severely malnourished.",
            ),
            ("Medium", True, "", ""),
            (
                "Low",
                False,
                "",
                "Ali is already being harmed to some degree by being shut in all day, which is more than Low.",
            ),
            (
                "No risk",
                False,
                "",
                "Being locked in alone every day is a protection concern that needs a response.",
            ),
        ),
        {
            "objective": "risk-levels",
            "step": "identification",
            "difficulty": "medium",
            "general_feedback": "Some harm without evidence of risk of significant harm or death is Medium; keep the level under review as you learn more.",
        },
    ),
    (
        7,
        "numeric",
        "A good-practice indicator for child protection case management counts the individual case plans developed within a set time. Within how many days should a child's case plan be developed?",
        (),
        {
            "objective": "case-planning",
            "step": "planning",
            "difficulty": "easy",
            "numeric_answer": Decimal(14),
            "numeric_tolerance": Decimal(0),
            "general_feedback": "Humanitarian indicator PC11 measures case plans developed within two weeks, that is 14 days.",
        },
    ),
    (
        7,
        "single",
        "Who should write a child's case plan?",
        (
            (
                "The caseworker, together with the child and family, using a case conference where needed",
                True,
                "",
                "",
            ),
            (
                "The caseworker alone, who then tells the family what will happen",
                False,
                "",
                "A plan written without the child and family is less likely to work and ignores the child's right to participate.",
            ),
            (
                "The police officer who received the first report",
                False,
                "",
                "Police may be one service in the plan, but the CPU leads case planning.",
            ),
            (
                "The child's parents, with the CPU only signing it",
                False,
                "",
                "Parents are partners in the plan, but the CPU remains responsible and the child's views must be heard too.",
            ),
        ),
        {
            "objective": "case-planning",
            "step": "planning",
            "difficulty": "easy",
            "general_feedback": "The Guidelines expect the plan to be made with the child and family, with case conferences for complex cases.",
        },
    ),
    (
        9,
        "single",
        "At minimum, how often should a child's case plan be reviewed?",
        (
            (
                "Once a week, for every case",
                False,
                "",
                "Weekly case conferences are used in emergencies, but the minimum for every case is less frequent.",
            ),
            (
                "At least every three months, and more often in emergencies or when risk is high",
                True,
                "",
                "",
            ),
            (
                "Once a year",
                False,
                "",
                "A year is far too long: a child's situation can change a great deal in that time.",
            ),
            (
                "Only when the family asks for a review",
                False,
                "",
                "Reviews are planned by the CPU; they do not depend on the family asking.",
            ),
        ),
        {
            "objective": "follow-up-review",
            "step": "review",
            "difficulty": "easy",
            "general_feedback": "Review at least every three months; increase the frequency when the risk is high or in an emergency.",
        },
    ),
    (
        9,
        "matching",
        "Match each situation found at follow-up with the right action.",
        (
            (
                "Ali's review finds that he has lost weight",
                False,
                "Re-rate the risk to High and hold a case conference",
                "",
            ),
            (
                "The plan's goals are met, the child is safe and there are no further concerns",
                False,
                "Close the case and record the reason",
                "",
            ),
            (
                "A young person in the caseload turns 18 in two months",
                False,
                "Plan the transition before closing the case",
                "",
            ),
            (
                "A family that still needs support moves to another district",
                False,
                "Arrange a transfer, using the case transfer form",
                "",
            ),
            (
                "An emergency puts many children in the caseload at high risk",
                False,
                "Review more often than every three months",
                "",
            ),
        ),
        {
            "objective": "follow-up-review",
            "step": "review",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "Follow-up is where new information changes the risk level, the plan, and eventually the decision to close or transfer.",
        },
    ),
    (
        9,
        "single",
        "Which of these is a valid reason to close a case?",
        (
            (
                "The caseworker is going on leave",
                False,
                "",
                "Staff absence calls for cover or reallocation, not closure: the child's needs have not changed.",
            ),
            ("The child turns 18, and the transition has been planned", True, "", ""),
            (
                "The family has moved to another street in the same town",
                False,
                "",
                "A short move does not end the concerns; update the address and continue the plan.",
            ),
            (
                "The project's funding has run out",
                False,
                "",
                "Funding problems are not a closure reason; the CPU must transfer or continue support.",
            ),
        ),
        {
            "objective": "case-closure",
            "step": "closure",
            "difficulty": "easy",
            "general_feedback": "Closure follows the child's situation (goals met, support declined safely, turning 18, death), never the service's convenience.",
        },
    ),
    (
        9,
        "multiple",
        "Which of these are reasons to close a case under the Inter-Agency Guidelines? Choose all that apply.",
        (
            (
                "The case plan's goals are met, the child is safe and there are no further concerns",
                True,
                "",
                "",
            ),
            (
                "The child or family no longer wants support, there are no grounds to override this, and closing is safe",
                True,
                "",
                "",
            ),
            ("The child turns 18, with the transition planned", True, "", ""),
            ("The child dies", True, "", ""),
            (
                "The case has been open for six months",
                False,
                "",
                "There is no time limit on a case: it stays open while the child needs protection.",
            ),
            (
                "The child's family has stopped answering the caseworker's calls",
                False,
                "",
                "Losing contact is a reason to make more effort to reach the child safely, not to close.",
            ),
        ),
        {
            "objective": "case-closure",
            "step": "closure",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "There are four closure reasons; each one depends on the child's safety and situation.",
        },
    ),
    # The first essay in the bank: the demo's written reflection on safety planning uses it.
    (
        7,
        "essay",
        "Hina, 11, has disclosed sexual abuse by her father, who lives in the family home in Mardan. Write a safety plan for the next two weeks. Say who does what, how Hina can get help, and how the CPU will check that the plan is working.",
        (),
        {
            "objective": "safety-planning",
            "step": "implementation",
            "difficulty": "hard",
            "marks": Decimal(4),
            "rubric": "1 mark: stops the suspect's access to Hina and names who is responsible for that (a non-offending caregiver, with police where needed). 1 mark: gives Hina trusted adults she can go to and a way to call for help (e.g. 1121), agreed with her and in words she understands. 1 mark: arranges urgent medical care and psychosocial support from the CPU psychologist, avoiding repeated interviews. 1 mark: sets frequent check-ins and a review date, keeps the plan confidential, and says what happens if it fails (re-rate, case conference, court).",
            "general_feedback": "A safety plan is specific: it removes the danger, gives the child a way to get help, and is checked often.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 1: foundations
    # ------------------------------------------------------------------------------------------
    (
        1,
        "single",
        "Which statement best describes child protection case management?",
        (
            (
                "Helping an individual child and family through a structured series of steps, from identification to closure, with the child's best interests at the centre",
                True,
                "",
                "",
            ),
            (
                "A single visit to check that a child is safe, after which the file is closed",
                False,
                "",
                "Case management continues through planning, action and review until the closure criteria are met.",
            ),
            (
                "The police investigation that follows a crime against a child",
                False,
                "",
                "Police may be one referral, but case management is the social-work process that coordinates all support for the child.",
            ),
            (
                "Running awareness sessions for a whole community",
                False,
                "",
                "That is prevention work. Case management is about individual children and their families.",
            ),
        ),
        {
            "objective": "six-steps",
            "step": "general",
            "difficulty": "easy",
            "general_feedback": "Case management is individual, structured and continuous, and it centres on the child's best interests.",
        },
    ),
    (
        1,
        "numeric",
        "How many steps does the child protection case management process have in the 2014 Inter-Agency Guidelines?",
        (),
        {
            "objective": "six-steps",
            "step": "general",
            "difficulty": "easy",
            "numeric_answer": Decimal(6),
            "numeric_tolerance": Decimal(0),
            "general_feedback": "Identification and registration, assessment, case planning, implementation, follow-up and review, and closure: six steps.",
        },
    ),
    (
        1,
        "matching",
        "Match each member of the CPU team with a task that is typically theirs.",
        (
            (
                "Child Protection Officer",
                False,
                "Leads the legal work, such as applying to the Child Protection Court",
                "",
            ),
            (
                "Psychologist",
                False,
                "Carries out specialised psychological assessment and gives psychosocial care",
                "",
            ),
            (
                "Social Case Worker",
                False,
                "Meets the child and family, gathers information and follows the case day to day",
                "",
            ),
        ),
        {
            "objective": "cpu-roles",
            "step": "general",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "Each team member brings a different skill; good cases use all three.",
        },
    ),
    (
        1,
        "short_answer",
        "Which member of the CPU team would normally apply to the Child Protection Court for an order to protect a child? Give the job title.",
        (
            ("Child Protection Officer", True, "", ""),
            ("CPO", True, "", ""),
            ("the Child Protection Officer", True, "", ""),
            ("District Child Protection Officer", True, "", ""),
        ),
        {
            "objective": "cpu-roles",
            "step": "implementation",
            "difficulty": "medium",
            "general_feedback": "The Child Protection Officer leads the unit's legal action under the KP Act 2010.",
        },
    ),
    (
        1,
        "numeric",
        "How many core roles make up the team of a district Child Protection Unit?",
        (),
        {
            "objective": "cpu-roles",
            "step": "general",
            "difficulty": "easy",
            "numeric_answer": Decimal(3),
            "numeric_tolerance": Decimal(0),
            "general_feedback": "Three roles: the Child Protection Officer, the Social Case Worker and the Psychologist; a unit may have more than one person in a role, such as several social case workers.",
        },
    ),
    (
        1,
        "true_false",
        "Once a case has moved on to the case planning step, the CPU can no longer go back and reassess the child.",
        (
            (
                "True",
                False,
                "",
                "New information can arrive at any point; the plan and the risk level change with it.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "six-steps",
            "step": "general",
            "difficulty": "medium",
            "general_feedback": "The steps are ordered, but follow-up and review feed back into assessment and planning whenever the situation changes.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 2: KP legal and institutional framework
    # ------------------------------------------------------------------------------------------
    (
        2,
        "numeric",
        "What is the number of Khyber Pakhtunkhwa's toll-free child protection helpline?",
        (),
        {
            "objective": "referral-actors",
            "step": "identification",
            "difficulty": "easy",
            "numeric_answer": Decimal(1121),
            "numeric_tolerance": Decimal(0),
            "general_feedback": "The helpline 1121 is toll-free and open 24 hours a day, 7 days a week.",
        },
    ),
    (
        2,
        "single",
        "What is Zamung Kor?",
        (
            (
                "The KP government's institution for street children, opened in Peshawar in 2015",
                True,
                "",
                "",
            ),
            (
                "A Child Protection Court",
                False,
                "",
                "The Child Protection Court is one of the routes by which children are referred to Zamung Kor; it is not the institution itself.",
            ),
            (
                "A child protection helpline",
                False,
                "",
                "The helpline is 1121; Zamung Kor is a place where children live.",
            ),
            (
                "A network of NGOs",
                False,
                "",
                "NGOs can refer children there, but Zamung Kor is a state institution.",
            ),
        ),
        {
            "objective": "referral-actors",
            "step": "implementation",
            "difficulty": "easy",
            "general_feedback": 'Zamung Kor ("Our Home") takes street children under 18 and has reunited many with their families.',
        },
    ),
    (
        2,
        "ordering",
        "Put these parts of the KP Child Protection and Welfare Act 2010 in the order in which they appear in the Act.",
        (
            ("The Child Protection and Welfare Commission", False, "", ""),
            ("Child Protection Units, Child Protection Officers and institutions", False, "", ""),
            ("The Fund", False, "", ""),
            ("The Child Protection Court and its powers", False, "", ""),
            (
                "Proceedings, including rescue and entrusting the protection of a child",
                False,
                "",
                "",
            ),
            ("Offences, beginning with corporal punishment (s.33)", False, "", ""),
        ),
        {
            "objective": "kp-act",
            "step": "general",
            "difficulty": "hard",
            "partial_credit": "proportional",
            "general_feedback": "The Act runs from institutions (Parts II-IV) to the court (Part V), proceedings (Part VI) and offences against children (Part VIII); knowing the layout helps you find a section fast.",
        },
    ),
    (
        2,
        "single",
        "In Abbottabad, a man is arrested for sexually abusing his neighbour's 10-year-old son. The elders tell the boy's father that the man's family will pay compensation and the complaint will be withdrawn. What should the CPU tell the father?",
        (
            (
                "Under the KP Act as amended in 2022, crimes against children are non-compoundable: the case cannot be settled by payment or agreement and goes on",
                True,
                "",
                "",
            ),
            (
                "The case ends if the family withdraws its complaint and accepts compensation",
                False,
                "",
                "The 2022 Amendment made crimes against children non-compoundable, so a settlement cannot end the case.",
            ),
            (
                "The elders' decision is binding once both families agree to it",
                False,
                "",
                "No elders' or jirga agreement can settle the sexual abuse of a child.",
            ),
            (
                "The CPU should stay out of it because the matter is now with the police",
                False,
                "",
                "The CPU keeps supporting the boy and his family through the case, and his safety comes first.",
            ),
        ),
        {
            "objective": "kp-act",
            "step": "implementation",
            "difficulty": "medium",
            "general_feedback": "The KP Child Protection and Welfare (Amendment) Act 2022 made crimes against children non-compoundable and had the police keep a register of sexual offenders.",
        },
    ),
    (
        2,
        "multiple",
        "Which statements about the KP child protection helpline 1121 are correct? Choose all that apply.",
        (
            ("Calls are free of charge", True, "", ""),
            ("It is open 24 hours a day, 7 days a week", True, "", ""),
            (
                "It answers only during office hours",
                False,
                "",
                "The helpline runs around the clock, so children and adults can call at night too.",
            ),
            (
                "Only police and officials may call it",
                False,
                "",
                "Anyone can call 1121, including children, families, teachers and neighbours.",
            ),
        ),
        {
            "objective": "referral-actors",
            "step": "identification",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "1121 is a toll-free, 24/7 entry point into the child protection system.",
        },
    ),
    (
        2,
        "short_answer",
        "Which court, set up under Part V of the KP Act 2010, hears child protection matters such as applications to stop a child marriage?",
        (
            ("Child Protection Court", True, "", ""),
            ("Child Protection Courts", True, "", ""),
            ("the Child Protection Court", True, "", ""),
        ),
        {
            "objective": "kp-act",
            "step": "implementation",
            "difficulty": "easy",
            "general_feedback": "The Child Protection Court (sections 15-16) hears cases under the Act, including section 30 on child marriage.",
        },
    ),
    (
        2,
        "numeric",
        'Under the KP Prohibition of Employment of Children Act 2015, a "child" is a person under what age?',
        (),
        {
            "objective": "kp-act",
            "step": "assessment",
            "difficulty": "medium",
            "numeric_answer": Decimal(14),
            "numeric_tolerance": Decimal(0),
            "general_feedback": "A child is under 14 and may not be employed; an adolescent aged 14 to 18 may not do the hazardous work listed in the Schedule.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 3: principles and ethics
    # ------------------------------------------------------------------------------------------
    (
        3,
        "matching",
        "Match each CPMS principle with the action that best shows it in practice.",
        (
            (
                "Non-discrimination and inclusion",
                False,
                "Registering an Afghan boy without papers and giving him the same services as any other child",
                "",
            ),
            (
                "Children's participation",
                False,
                "Asking Saima what she wants and recording her views in the plan",
                "",
            ),
            (
                "Do no harm",
                False,
                "Meeting Saima privately at school rather than sending police to her home",
                "",
            ),
            (
                "Best interests of the child",
                False,
                "Weighing each placement option for Asad against his protection, survival, development and participation",
                "",
            ),
            (
                "Strengthen child protection systems",
                False,
                "Working with the district child protection committee to repair a broken referral route",
                "",
            ),
        ),
        {
            "objective": "best-interests",
            "step": "general",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "The principles are not abstract: each one shapes a concrete choice in a case.",
        },
    ),
    (
        3,
        "single",
        "Hina, 11, has disclosed sexual abuse, and her father is the suspect. Whose agreement should the caseworker NOT rely on when planning her support?",
        (
            ("Her father's", True, "", ""),
            (
                "Hina's own",
                False,
                "",
                "Hina's views and agreement matter at every step; leaving her out would deny her participation.",
            ),
            (
                "Her mother's, who is not involved in the abuse",
                False,
                "",
                "A non-offending caregiver is usually the right adult to give consent alongside the child's assent.",
            ),
            (
                "Her grandmother's, who looks after her and is not involved in the abuse",
                False,
                "",
                "A non-offending caregiver who looks after Hina can be the right adult to involve.",
            ),
        ),
        {
            "objective": "consent-assent",
            "step": "assessment",
            "difficulty": "medium",
            "general_feedback": "Asking the suspect for consent would warn him and could put Hina in danger; seek the child's assent and a non-offending caregiver's consent.",
        },
    ),
    (
        3,
        "short_answer",
        "What word describes a child's agreement to take part in a service, given when the child is not old or mature enough to give legally valid informed consent?",
        (
            ("assent", True, "", ""),
            ("informed assent", True, "", ""),
            ("child assent", True, "", ""),
        ),
        {
            "objective": "consent-assent",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "Assent is the child's willingness to take part; it is sought even when a caregiver also gives consent.",
        },
    ),
    (
        3,
        "multiple",
        "Which actions show the principle of non-discrimination and inclusion? Choose all that apply.",
        (
            ("Registering an Afghan child who has no documents", True, "", ""),
            ("Adapting how you communicate for a child with a disability", True, "", ""),
            (
                "Planning a placement for a transgender child that protects their safety and dignity",
                True,
                "",
                "",
            ),
            (
                "Giving Pakistani children priority when places are scarce",
                False,
                "",
                "Priority follows risk and need, not nationality.",
            ),
            (
                "Sending a child with cerebral palsy to an institution because local services are hard to find",
                False,
                "",
                "Disability is not a reason to remove a child from the family; look for the least intrusive support first.",
            ),
        ),
        {
            "objective": "do-no-harm",
            "step": "general",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "Every child at risk gets the same protection, whatever their nationality, gender identity or disability.",
        },
    ),
    (
        3,
        "true_false",
        "Section 23 of the KP Child Protection and Welfare Act 2010 says that reports are to be treated as confidential.",
        (
            ("True", True, "", ""),
            (
                "False",
                False,
                "",
                'Section 23 is headed "Reports to be treated as confidential"; section 24 adds the ban on publishing names.',
            ),
        ),
        {
            "objective": "confidentiality",
            "step": "general",
            "difficulty": "easy",
            "general_feedback": "Sections 23 and 24 of the Act put confidentiality into law.",
        },
    ),
    (
        3,
        "essay",
        "Asad, 9, is found begging at night in Peshawar Saddar. He says he lives with his mother in an informal settlement. A colleague suggests taking him straight to Zamung Kor. Apply a best-interests check to this suggestion: what would you weigh, whom would you involve, and what would you do instead or first?",
        (),
        {
            "objective": "best-interests",
            "step": "assessment",
            "difficulty": "hard",
            "marks": Decimal(4),
            "rubric": "1 mark: uses the KP Act s.2(b) idea of best interest as the primary consideration, covering protection, survival, development and participation. 1 mark: seeks Asad's views and assent and involves his mother. 1 mark: assesses the family at home first and treats institutional care as a last resort (least intrusive option, do no harm). 1 mark: names the legal safeguard if the mother cannot protect him (Child Protection Court, s.20 rescue or s.25 entrustment) and records the reasons for the decision.",
            "general_feedback": "A best-interests check compares options for this child, with the child; it does not start from the most intrusive one.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 4: working with children
    # ------------------------------------------------------------------------------------------
    (
        4,
        "ordering",
        "You are calling a child by phone because a home visit is not possible. Put these steps in the right order.",
        (
            ("Ask whether the child feels safe to talk where they are", False, "", ""),
            (
                "Explain why you are calling and get the child's consent or assent to continue",
                False,
                "",
                "",
            ),
            ("Carry on the conversation, watching for signs of discomfort", False, "", ""),
            (
                "If the child seems uncomfortable, stop and agree a safe way for them to get back in touch",
                False,
                "",
                "",
            ),
        ),
        {
            "objective": "consent-assent",
            "step": "assessment",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "Safety first, then consent or assent, and stop safely if the child cannot go on.",
        },
    ),
    (
        4,
        "multiple",
        "A child starts to tell you about abuse. Which of these responses are appropriate? Choose all that apply.",
        (
            ('"Thank you for telling me."', True, "", ""),
            ('"You did the right thing by telling me."', True, "", ""),
            (
                '"I will share this only with people whose job is to help keep you safe."',
                True,
                "",
                "",
            ),
            (
                '"Was it your uncle who did this?"',
                False,
                "",
                "This is a leading question: it suggests an answer and can make the child's account less reliable.",
            ),
            (
                '"I promise I won\'t tell anyone."',
                False,
                "",
                "You cannot keep this promise, and breaking it later will damage the child's trust.",
            ),
            (
                '"Why didn\'t you tell someone sooner?"',
                False,
                "",
                "This sounds like blame and may stop the child from saying more.",
            ),
        ),
        {
            "objective": "disclosure",
            "step": "identification",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "Listen, reassure, be honest about who will be told, and avoid leading or blaming questions.",
        },
    ),
    (
        4,
        "true_false",
        "When a child discloses abuse, you should write down the child's own words rather than your summary of what they meant.",
        (
            ("True", True, "", ""),
            (
                "False",
                False,
                "",
                "A summary mixes in your interpretation; the child's exact words are what later decisions and any court case rely on.",
            ),
        ),
        {
            "objective": "disclosure",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "Recording the child's own words keeps the account accurate and fair.",
        },
    ),
    (
        4,
        "single",
        "Zabihullah, 15, speaks only Dari. Who is the best choice to interpret during your first conversation with him?",
        (
            ("A trained interpreter who has been briefed on confidentiality", True, "", ""),
            (
                "The unrelated adult who brought him to the transit point and has offered him work",
                False,
                "",
                "This adult may have an interest in what Zabihullah says and could exploit him; he will not speak freely in front of him.",
            ),
            (
                "Another boy at the transit point who speaks some Urdu",
                False,
                "",
                "A child should not carry this responsibility, and nothing guarantees accuracy or confidentiality.",
            ),
            (
                "No one: gestures and simple Urdu will be enough",
                False,
                "",
                "A child who cannot understand you cannot give informed assent or tell you what he needs.",
            ),
        ),
        {
            "objective": "child-friendly-communication",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "An independent, trained and briefed interpreter lets the child speak in his own language safely.",
        },
    ),
    (
        4,
        "short_answer",
        "Complete the sentence with one word: when recording a disclosure, write down the child's ____ words.",
        (
            ("own", True, "", ""),
            ("exact", True, "", ""),
            ("actual", True, "", ""),
        ),
        {
            "objective": "disclosure",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "Write the child's own, exact words, not your interpretation of them.",
        },
    ),
    (
        4,
        "matching",
        "Match each moment in a conversation with a child to the best response.",
        (
            (
                '"Promise you won\'t tell anyone."',
                False,
                "Explain kindly that you cannot keep it secret, but will tell only people who can help",
                "",
            ),
            (
                "On a phone call, the child goes quiet and sounds frightened",
                False,
                "Stop, and agree a safe way for the child to get back in touch",
                "",
            ),
            (
                "The child speaks only Dari",
                False,
                "Use a trained interpreter who has been briefed on confidentiality",
                "",
            ),
            (
                "The child begins to describe abuse",
                False,
                "Listen calmly, without leading questions, and note the child's own words",
                "",
            ),
        ),
        {
            "objective": "child-friendly-communication",
            "step": "identification",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "Child-friendly communication means putting the child's safety, language and pace first.",
        },
    ),
    (
        4,
        "single",
        "A teacher in Mardan phones the CPU: Hina, 11, has just told her that her father has been sexually abusing her. What should you advise the teacher to do?",
        (
            (
                "Listen without leading questions, do not promise secrecy, write down Hina's exact words, keep her safe and refer to the CPU now",
                True,
                "",
                "",
            ),
            (
                "Ask Hina to write a full statement of what happened",
                False,
                "",
                "Asking a child to write a statement is a form of interviewing that trained staff should do, and it can cause distress.",
            ),
            (
                "Call her father to hear his side of the story",
                False,
                "",
                "This could put Hina in danger and give the suspect time to pressure her or destroy evidence.",
            ),
            (
                "Wait a few days to see if Hina says anything more",
                False,
                "",
                "This is a possible high-risk situation; delay can leave Hina exposed to further abuse.",
            ),
        ),
        {
            "objective": "disclosure",
            "step": "identification",
            "difficulty": "medium",
            "general_feedback": "The first adult's job is to listen, record, keep the child safe and refer, not to investigate.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 5: step 1, identification and registration
    # ------------------------------------------------------------------------------------------
    (
        5,
        "matching",
        "Match each risk level with its definition.",
        (
            (
                "High",
                False,
                "The child is significantly harmed, or at risk of significant harm or death, without protective intervention",
                "",
            ),
            (
                "Medium",
                False,
                "The child is harmed to some degree without intervention, with no evidence of risk of significant harm or death",
                "",
            ),
            (
                "Low",
                False,
                "The child is at risk of harm if left without protective intervention",
                "",
            ),
        ),
        {
            "objective": "risk-levels",
            "step": "identification",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "The levels turn on how serious the harm is and whether it has already happened.",
        },
    ),
    (
        5,
        "multiple",
        "From which of these sources can a case come to the CPU? Choose all that apply.",
        (
            ("The child, or the child's family", True, "", ""),
            ("Schools and teachers", True, "", ""),
            ("Health services, such as a Lady Health Worker", True, "", ""),
            ("The police", True, "", ""),
            ("Community child protection committees and the 1121 helpline", True, "", ""),
            (
                "Only the Child Protection Court: the CPU cannot register other cases",
                False,
                "",
                "The court is one source among many; most cases come from children, families, communities and services.",
            ),
        ),
        {
            "objective": "registration",
            "step": "identification",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "Referrals come from many directions, so the CPU must be known and reachable across the district.",
        },
    ),
    (
        5,
        "true_false",
        '"Vulnerability" and "risk" mean the same thing in case management.',
        (
            (
                "True",
                False,
                "",
                "Vulnerability is about factors that make a child more susceptible to harm; risk is about how likely harm is.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "assessment",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "A vulnerable child is not always at risk, and the two are assessed separately.",
        },
    ),
    (
        5,
        "single",
        "When is a child registered as a case?",
        (
            (
                "When the child meets the risk criteria and the child and family give informed consent or assent",
                True,
                "",
                "",
            ),
            (
                "As soon as anyone calls about the child, whatever the concern",
                False,
                "",
                "Every call is screened, but registration needs the risk criteria to be met.",
            ),
            (
                "Only after the police register an FIR",
                False,
                "",
                "Many children need protection where no crime has been reported; registration does not wait for the police.",
            ),
            (
                "Only when the parents sign, whatever the child says",
                False,
                "",
                "The child's own informed agreement matters too; parents alone are not enough.",
            ),
        ),
        {
            "objective": "registration",
            "step": "identification",
            "difficulty": "medium",
            "general_feedback": "Registration rests on two things: the risk criteria and informed consent or assent.",
        },
    ),
    (
        5,
        "true_false",
        "Once the risk level has been set at registration, it should stay the same until the case is closed.",
        (
            (
                "True",
                False,
                "",
                "Risk changes: Asad became High risk when he disclosed abuse, and Ali would when the review found weight loss.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "risk-levels",
            "step": "review",
            "difficulty": "easy",
            "general_feedback": "Re-rate the risk whenever new information arrives, and adjust the plan with it.",
        },
    ),
    (
        5,
        "short_answer",
        "A child is harmed to some degree without intervention, but there is no evidence of risk of significant harm or death. Which risk level is this? Answer in one word.",
        (
            ("Medium", True, "", ""),
            ("Medium risk", True, "", ""),
            ("Medium-risk", True, "", ""),
        ),
        {
            "objective": "risk-levels",
            "step": "identification",
            "difficulty": "easy",
            "general_feedback": "Harm to some degree without evidence of risk of significant harm or death is Medium.",
        },
    ),
    (
        5,
        "single",
        'During a visit, Asad, 9, who begs in Peshawar and was rated Medium risk, says that a man "who keeps his money" touches him. What should you do?',
        (
            (
                "Re-rate to High and act at once: safety measures, the CPO and psychologist involved, and medical and police referral",
                True,
                "",
                "",
            ),
            (
                "Note it and ask about it again at the next planned visit",
                False,
                "",
                "Asad now faces a risk of significant harm; waiting leaves him exposed.",
            ),
            (
                "Find the man and confront him",
                False,
                "",
                "Confronting a suspect endangers the child and the evidence. This is a critical error.",
            ),
            (
                "Keep the Medium rating, since he has not been seriously injured",
                False,
                "",
                "Sexual abuse is significant harm; the rating must rise to High.",
            ),
        ),
        {
            "objective": "risk-levels",
            "step": "review",
            "difficulty": "medium",
            "general_feedback": "A disclosure of sexual abuse means significant harm: re-rate to High and act immediately.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 6: step 2, assessment
    # ------------------------------------------------------------------------------------------
    (
        6,
        "single",
        "Which of these decisions does NOT require a UNHCR best interests determination (BID)?",
        (
            (
                "Choosing a durable solution for an unaccompanied refugee child",
                False,
                "",
                "This is one of the three situations that require a BID.",
            ),
            (
                "A decision that may separate a child from parents against their will",
                False,
                "",
                "This is one of the three situations that require a BID.",
            ),
            (
                "Certain temporary-care decisions in exceptional cases",
                False,
                "",
                "This is one of the three situations that require a BID.",
            ),
            ("Enrolling a refugee child in school", True, "", ""),
        ),
        {
            "objective": "bia-bid",
            "step": "assessment",
            "difficulty": "medium",
            "general_feedback": "A BID is a formal process kept for three kinds of serious decision; everyday support is handled through the case plan.",
        },
    ),
    (
        6,
        "single",
        "Who normally weighs the options and takes the decision in a best interests determination?",
        (
            ("A multidisciplinary panel", True, "", ""),
            (
                "The caseworker alone",
                False,
                "",
                "The caseworker gathers and analyses information, but a panel adds the safeguard of several views.",
            ),
            (
                "The child's parents",
                False,
                "",
                "A BID is needed precisely where parents may be absent or where separation from them is in question.",
            ),
            (
                "The police",
                False,
                "",
                "The police may contribute information, but they do not decide a BID.",
            ),
        ),
        {
            "objective": "bia-bid",
            "step": "assessment",
            "difficulty": "easy",
            "general_feedback": "A multidisciplinary panel is one of the strict safeguards of the BID process.",
        },
    ),
    (
        6,
        "ordering",
        "Put the stages of a best interests determination for an unaccompanied refugee child in order.",
        (
            ("Recognise that the decision is one that requires a BID", False, "", ""),
            ("Gather and analyse information about the child", False, "", ""),
            ("A multidisciplinary panel weighs the options and decides", False, "", ""),
            ("Carry out the decision and follow it up through the case plan", False, "", ""),
        ),
        {
            "objective": "bia-bid",
            "step": "assessment",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "A BID has two core steps, information first and then the panel's weighing of options, and the case plan carries the decision out.",
        },
    ),
    (
        6,
        "short_answer",
        "What is the name of the principle that refugees and asylum seekers must not be returned to a country where they would face persecution or serious harm?",
        (
            ("non-refoulement", True, "", ""),
            ("non refoulement", True, "", ""),
            ("nonrefoulement", True, "", ""),
            ("the principle of non-refoulement", True, "", ""),
        ),
        {
            "objective": "specific-groups",
            "step": "assessment",
            "difficulty": "medium",
            "general_feedback": "Non-refoulement bars return to persecution or serious harm, not every return; Pakistan is not party to the 1951 Refugee Convention, so a CPU refers to UNHCR and its partners and advocates for the child.",
        },
    ),
    (
        6,
        "matching",
        "Match each assessment term with its meaning.",
        (
            ("Vulnerability", False, "Factors that make a child more susceptible to harm", ""),
            ("Risk", False, "How likely it is that harm will happen", ""),
            (
                "Protective factor",
                False,
                "Something in the child's life that reduces the chance of harm, such as a caring adult",
                "",
            ),
            (
                "Best interests determination",
                False,
                "A formal process with strict safeguards, normally decided by a multidisciplinary panel",
                "",
            ),
        ),
        {
            "objective": "assessment",
            "step": "assessment",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "A good assessment separates vulnerability, risk and protective factors before deciding what the child needs.",
        },
    ),
    (
        6,
        "true_false",
        "An assessment should look only at the risks a child faces; the family's strengths and protective factors are not part of it.",
        (
            (
                "True",
                False,
                "",
                "Strengths and protective factors show what the plan can build on and often point to the least intrusive solution.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "assessment",
            "step": "assessment",
            "difficulty": "easy",
            "general_feedback": "A comprehensive assessment covers risk, vulnerability and protective factors.",
        },
    ),
    (
        6,
        "single",
        "Ali, 7, who has cerebral palsy, is locked in a room all day while his parents work. How should the CPU carry out the assessment?",
        (
            (
                "A non-judgemental, strengths-based home visit that includes a health and nutrition screen",
                True,
                "",
                "",
            ),
            (
                "Move Ali to an institution first and assess the family afterwards",
                False,
                "",
                "Removal is the most intrusive option and should not come before an assessment; it also risks discrimination against a disabled child.",
            ),
            (
                "A short phone call to the parents",
                False,
                "",
                "You need to see Ali and his home, and check his health, to assess the risk properly.",
            ),
            (
                "Warn the parents at the start that they will be prosecuted",
                False,
                "",
                "A threatening start makes parents hide things and closes the door to working together.",
            ),
        ),
        {
            "objective": "assessment",
            "step": "assessment",
            "difficulty": "medium",
            "general_feedback": "Assess in a way that respects the family, checks the child's health and looks for the least intrusive solution.",
        },
    ),
    (
        6,
        "true_false",
        "For an unaccompanied Afghan child, the CPU should decide on a durable solution alone, without involving UNHCR or its partners.",
        (
            (
                "True",
                False,
                "",
                "A durable solution for an unaccompanied refugee child calls for a UNHCR best interests determination, normally by a multidisciplinary panel.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "bia-bid",
            "step": "planning",
            "difficulty": "medium",
            "general_feedback": "The CPU contributes to the BID process rather than deciding a durable solution alone.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 7: steps 3 and 4, planning and implementation
    # ------------------------------------------------------------------------------------------
    (
        7,
        "multiple",
        "At which points in the case management process does referral to other services happen? Choose all that apply.",
        (
            ("At identification, when a child needs a service straight away", True, "", ""),
            ("While the case plan is being carried out", True, "", ""),
            (
                "Only after the case has been closed",
                False,
                "",
                "Referrals are part of active case work; after closure the child no longer has a caseworker to follow them up.",
            ),
            (
                "Only after a court order",
                False,
                "",
                "Most referrals, such as health or school, need no court order.",
            ),
        ),
        {
            "objective": "referral-pathways",
            "step": "implementation",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "Referral happens at two points: at identification and while the plan is being carried out.",
        },
    ),
    (
        7,
        "essay",
        "Saima, 14, is at risk of being married. Write three SMART goals for her case plan, and explain how you would involve Saima and her family in agreeing them.",
        (),
        {
            "objective": "case-planning",
            "step": "planning",
            "difficulty": "hard",
            "marks": Decimal(4),
            "rubric": "1 mark: goals are specific and measurable (e.g. the nikah is called off; Saima attends school at least X days a month). 1 mark: each goal names who is responsible and by when, with the plan finished within two weeks and a review date no later than three months. 1 mark: covers safety and the legal route (s.30 of the KP Act, the CMRA 1929) and the drivers of the marriage, such as debt or poverty, through referrals (e.g. social protection). 1 mark: shows Saima's views being heard privately and the family's participation, for example through a case conference.",
            "general_feedback": "A SMART plan is specific, measurable, achievable, relevant and time-bound, and it is agreed with the child and family.",
        },
    ),
    (
        7,
        "true_false",
        "In emergencies, case conferences are held roughly every week.",
        (
            ("True", True, "", ""),
            (
                "False",
                False,
                "",
                "In emergencies case conferences are held about weekly, far more often than the three-monthly minimum for reviews.",
            ),
        ),
        {
            "objective": "case-conference",
            "step": "review",
            "difficulty": "medium",
            "general_feedback": "Emergencies move fast, so case conferences are held about weekly.",
        },
    ),
    (
        7,
        "single",
        "Zabihullah, 15, is an unaccompanied Afghan boy with no papers. He needs somewhere to stay while his family is traced. What should the CPU arrange?",
        (
            (
                "A vetted interim placement, and a referral to UNHCR or a partner for family tracing",
                True,
                "",
                "",
            ),
            (
                "Let him stay with an unrelated adult who has offered him work",
                False,
                "",
                "An unchecked adult offering work is a warning sign of exploitation.",
            ),
            (
                "Send him to the return holding point with other Afghans",
                False,
                "",
                "This ignores his best interests and the risk of serious harm on return; refer him to UNHCR or its partner instead.",
            ),
            (
                "Leave him at the transit point until his family finds him",
                False,
                "",
                "A 15-year-old alone at a transit point is at high risk; the CPU must act.",
            ),
        ),
        {
            "objective": "referral-pathways",
            "step": "implementation",
            "difficulty": "easy",
            "general_feedback": "Safe interim care plus specialist family tracing protects an unaccompanied child.",
        },
    ),
    (
        7,
        "matching",
        "Match each need with the service you would refer to.",
        (
            ("Hina needs urgent medical care after abuse", False, "Health services", ""),
            (
                "Bilal, 12, needs to get back into learning",
                False,
                "School enrolment through the education department",
                "",
            ),
            ("Bilal's family is trapped by a debt to the kiln owner", False, "Legal aid", ""),
            ("Zabihullah's family needs to be traced", False, "UNHCR or a partner agency", ""),
        ),
        {
            "objective": "referral-pathways",
            "step": "implementation",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "A district service map lets you match each need to the right service quickly.",
        },
    ),
    (
        7,
        "single",
        "Saima's parents agree to meet the CPO about her planned marriage. What should the CPO do at the meeting?",
        (
            (
                "Explain section 30 of the KP Act and the Child Marriage Restraint Act, explore what is driving the marriage, and agree a written safety plan",
                True,
                "",
                "",
            ),
            (
                "Ask a jirga to mediate between the two families",
                False,
                "",
                "A jirga cannot give Saima legal protection and may favour the families' interests over hers.",
            ),
            (
                "Treat the marriage as a family matter and leave",
                False,
                "",
                "A marriage at 14 is an offence and a serious risk to Saima: it is a protection matter.",
            ),
            (
                "Threaten the parents with arrest without listening to them",
                False,
                "",
                "Threats may make the family bring the marriage forward or move Saima away.",
            ),
        ),
        {
            "objective": "safety-planning",
            "step": "implementation",
            "difficulty": "medium",
            "general_feedback": "Explain the law, understand the causes (debt, poverty) and write down who will do what to keep the child safe.",
        },
    ),
    (
        7,
        "ordering",
        "Put the steps of a safe referral in order.",
        (
            ("Use the district service map to identify a suitable, safe service", False, "", ""),
            (
                "Explain the referral to the child and family and get consent or assent",
                False,
                "",
                "",
            ),
            ("Share only the information the receiving service needs", False, "", ""),
            ("Follow up to check that the child actually received the service", False, "", ""),
        ),
        {
            "objective": "referral-pathways",
            "step": "implementation",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "A referral is not finished when the form is sent; it is finished when the child has the service.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 8: specific groups
    # ------------------------------------------------------------------------------------------
    (
        8,
        "numeric",
        'Under the Child Marriage Restraint Act 1929 as it applies in Khyber Pakhtunkhwa, a female is a "child" if she is under what age?',
        (),
        {
            "objective": "specific-groups",
            "step": "assessment",
            "difficulty": "medium",
            "numeric_answer": Decimal(16),
            "numeric_tolerance": Decimal(0),
            "general_feedback": "Under the 1929 Act a female under 16 (and a male under 18) is a child; a KP bill to raise the age is still pending.",
        },
    ),
    (
        8,
        "matching",
        "Match each legal definition with its age threshold.",
        (
            (
                'A "child" under the KP Prohibition of Employment of Children Act 2015',
                False,
                "Under 14",
                "",
            ),
            ('An "adolescent" under the same Act', False, "From 14 up to 18", ""),
            ('A female "child" under the Child Marriage Restraint Act 1929', False, "Under 16", ""),
            ('A male "child" under the Child Marriage Restraint Act 1929', False, "Under 18", ""),
        ),
        {
            "objective": "specific-groups",
            "step": "assessment",
            "difficulty": "hard",
            "partial_credit": "proportional",
            "general_feedback": "Different laws use different ages, so check which one applies to the child in front of you.",
        },
    ),
    (
        8,
        "true_false",
        "A 17-year-old girl's family is forcing her into marriage. Because the Child Marriage Restraint Act 1929 does not treat her as a child, the CPU has no reason to assess the risk to her.",
        (
            (
                "True",
                False,
                "",
                "The CMRA threshold is not the end of the matter: she is still under 18 and the CPU assesses risk under the KP Act and her best interests.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "specific-groups",
            "step": "assessment",
            "difficulty": "hard",
            "general_feedback": "Even where the CMRA does not apply, a forced marriage is a protection concern for any child under 18.",
        },
    ),
    (
        8,
        "multiple",
        "Hina, 11, has disclosed sexual abuse. Which actions belong in the CPU's immediate response? Choose all that apply.",
        (
            ("Check straight away whether the suspect still has access to her", True, "", ""),
            ("Arrange urgent medical care", True, "", ""),
            ("Make a safety plan with Hina and a non-offending caregiver", True, "", ""),
            (
                "Keep interviews to a minimum so that she does not repeat her account again and again",
                True,
                "",
                "",
            ),
            (
                "Ask Hina to write down everything that happened",
                False,
                "",
                "This puts pressure on a child and is not how evidence should be gathered.",
            ),
            (
                "Tell the suspect's family so they can respond",
                False,
                "",
                "This warns the suspect and can expose Hina to pressure or retaliation.",
            ),
            (
                "Give her story to the local press to push the police to act",
                False,
                "",
                "Section 24 bans publishing the names of children at risk in proceedings, and media exposure harms the child. This is a critical error.",
            ),
        ),
        {
            "objective": "specific-groups",
            "step": "implementation",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "With child survivors, act quickly on safety and health, and protect the child from repeated interviews and publicity.",
        },
    ),
    (
        8,
        "short_answer",
        "What is the name of the KP government's institution for street children that opened in Peshawar in 2015?",
        (
            ("Zamung Kor", True, "", ""),
            ("Zamong Kor", True, "", ""),
            ("Zamungkor", True, "", ""),
        ),
        {
            "objective": "referral-actors",
            "step": "implementation",
            "difficulty": "easy",
            "general_feedback": 'Zamung Kor, "Our Home", takes children under 18 and prioritises those without parents who live or work on the street.',
        },
    ),
    (
        8,
        "essay",
        "Zabihullah, 15, an unaccompanied Afghan boy with no papers, is found at a transit point in Peshawar. Explain how you would adapt the case management process to his situation, from first contact to a durable solution.",
        (),
        {
            "objective": "specific-groups",
            "step": "general",
            "difficulty": "hard",
            "marks": Decimal(4),
            "rubric": "1 mark: registers him as unaccompanied, meets his immediate needs and gets his assent through a trained Dari or Pashto interpreter. 1 mark: arranges a vetted interim placement and avoids exploitative offers (e.g. an unrelated adult offering work). 1 mark: refers to UNHCR or a partner for family tracing and for a best interests determination by a multidisciplinary panel, and recognises non-refoulement. 1 mark: protects his information (share only what is needed, with consent and a best-interests reason; s.23) and keeps following him up through the plan.",
            "general_feedback": "Unaccompanied children need the full process, plus interpreters, safe interim care and UNHCR's procedures.",
        },
    ),
    (
        8,
        "single",
        "During a visit, Asad, 9, tells you that he is khwaja sira. He needs a safe place to stay. What should you do?",
        (
            (
                "Plan a placement with him that protects his safety and dignity, taking his views into account",
                True,
                "",
                "",
            ),
            (
                "Tell him not to mention his identity so that finding a place is easier",
                False,
                "",
                "Asking a child to hide who he is harms his dignity and can leave risks unseen.",
            ),
            (
                "Close the case, because the CPU does not serve transgender children",
                False,
                "",
                "Every child at risk is entitled to protection; the Federal Shariat Court stressed the state's duty to protect such children.",
            ),
            (
                "Place him wherever there is a free bed, without discussing it",
                False,
                "",
                "A placement chosen without his views may expose him to bullying or abuse.",
            ),
        ),
        {
            "objective": "specific-groups",
            "step": "planning",
            "difficulty": "medium",
            "general_feedback": "Non-discrimination means planning for a transgender child's safety and dignity, not excluding him.",
        },
    ),
    (
        8,
        "true_false",
        "In 2023 the Federal Shariat Court stressed that the state has a duty to protect abandoned transgender and intersex children.",
        (
            ("True", True, "", ""),
            (
                "False",
                False,
                "",
                'The court struck down parts of the Transgender Persons Act 2018 but called the situation of abandoned transgender children "a scar on society" and stressed the state\'s duty.',
            ),
        ),
        {
            "objective": "specific-groups",
            "step": "general",
            "difficulty": "medium",
            "general_feedback": "The judgment is under appeal; a report that the court also directed a child protection unit for these children rests on one minor source and is unconfirmed.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 9: steps 5 and 6, and records
    # ------------------------------------------------------------------------------------------
    (
        9,
        "numeric",
        "At most, how many months should pass between reviews of a child's case plan?",
        (),
        {
            "objective": "follow-up-review",
            "step": "review",
            "difficulty": "easy",
            "numeric_answer": Decimal(3),
            "numeric_tolerance": Decimal(0),
            "general_feedback": "Review at least every three months, and more often in emergencies or when risk is high.",
        },
    ),
    (
        9,
        "true_false",
        "A case may be closed because the caseworker responsible for it is going on long leave.",
        (
            (
                "True",
                False,
                "",
                "Staff changes call for handover to a colleague; closure depends on the child's situation.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "case-closure",
            "step": "closure",
            "difficulty": "easy",
            "general_feedback": "Only the four closure reasons in the Guidelines justify closing a case.",
        },
    ),
    (
        9,
        "essay",
        "Bilal, 12, stopped working at the brick kiln six months ago. He is enrolled in school, the family has received livelihood support, and the family's report of its bonded debt to the District Vigilance Committee is still open. Would you close his case now? Explain what you would check, whom you would involve and what you would record.",
        (),
        {
            "objective": "case-closure",
            "step": "closure",
            "difficulty": "hard",
            "marks": Decimal(4),
            "rubric": "1 mark: tests the decision against the closure criteria (goals met, child safe, no further concerns) and sees that while the owner still presses for the bonded debt (void under the KP Bonded Labour System (Abolition) Act 2015) a risk of return to work remains. 1 mark: checks evidence (school attendance records, a home visit, Bilal's own view, the employer's position). 1 mark: involves Bilal, his family and partners (school, Labour Department inspectors, legal aid) in the decision, for example in a review meeting. 1 mark: records the reasons and, if closing, the closure reason and any onward referral; if not, sets a new review date within three months.",
            "general_feedback": "Close only when the goals are met and the child is safe; unfinished work that keeps a risk alive is a reason to keep the case open.",
        },
    ),
    (
        9,
        "short_answer",
        "Which form, included in the 2014 Inter-Agency Guidelines, is used when a case moves to another agency or area?",
        (
            ("case transfer form", True, "", ""),
            ("transfer form", True, "", ""),
            ("the case transfer form", True, "", ""),
        ),
        {
            "objective": "case-closure",
            "step": "closure",
            "difficulty": "medium",
            "general_feedback": "A case transfer form makes sure the receiving agency has what it needs to keep protecting the child.",
        },
    ),
    (
        9,
        "multiple",
        "Which practices make case records accurate and accountable? Choose all that apply.",
        (
            ("Writing down the child's own words when recording a disclosure", True, "", ""),
            ("Dating every entry and keeping facts separate from opinions", True, "", ""),
            (
                "Storing files securely and sharing them only with those who need to know",
                True,
                "",
                "",
            ),
            ("Recording the reason for every key decision, including closure", True, "", ""),
            (
                "Rewriting the child's words into neater, formal language",
                False,
                "",
                "Rewording changes the meaning and weakens the record as evidence.",
            ),
            (
                "Keeping case notes on your personal phone to save time",
                False,
                "",
                "Personal devices are not secure; confidential records must stay in the agreed system.",
            ),
        ),
        {
            "objective": "record-keeping",
            "step": "general",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "Good records are accurate, dated, secure and explain the decisions taken.",
        },
    ),
    (
        9,
        "single",
        "At Ali's review two weeks after the plan began, you find that he has lost weight. What should you do?",
        (
            ("Re-rate the risk to High and hold a case conference", True, "", ""),
            (
                "Continue with the plan as it is until the three-month review",
                False,
                "",
                "Three months is the minimum; new evidence of harm calls for action now.",
            ),
            (
                "Close the case and refer the family to a nutrition service",
                False,
                "",
                "Closing at the moment the risk rises leaves Ali without anyone following his case.",
            ),
            (
                "Tell the parents they will lose custody if it happens again",
                False,
                "",
                "Threats do not address the causes and can damage the working relationship.",
            ),
        ),
        {
            "objective": "follow-up-review",
            "step": "review",
            "difficulty": "medium",
            "general_feedback": "Follow-up exists to catch changes like this: re-rate, and bring the team together to revise the plan.",
        },
    ),
    # ------------------------------------------------------------------------------------------
    # Day 10: supervision and integration
    # ------------------------------------------------------------------------------------------
    (
        10,
        "single",
        "Why does the Alliance's 2018 supervision and coaching training say caseworkers need consistent, structured supervision?",
        (
            (
                "To keep children's best interests central and to help caseworkers cope with stress",
                True,
                "",
                "",
            ),
            (
                "Mainly to check attendance and working hours",
                False,
                "",
                "Supervision is about the quality of casework and the worker's wellbeing, not just attendance.",
            ),
            (
                "So that the supervisor takes every decision in every case",
                False,
                "",
                "Supervision supports caseworkers' judgement and coaches them; it does not replace it.",
            ),
            (
                "Only when a complaint has been made about a caseworker",
                False,
                "",
                "Supervision should be regular and planned, not only a response to problems.",
            ),
        ),
        {
            "objective": "supervision",
            "step": "general",
            "difficulty": "easy",
            "general_feedback": "Regular supervision improves decisions for children and protects staff from burnout.",
        },
    ),
    (
        10,
        "multiple",
        "Which of these help prevent burnout in child protection work? Choose all that apply.",
        (
            ("Talking through difficult cases in regular supervision", True, "", ""),
            (
                "Noticing signs of stress, such as exhaustion or avoiding certain cases, and asking for support",
                True,
                "",
                "",
            ),
            ("Taking breaks and leave", True, "", ""),
            (
                "Keeping distressing cases to yourself, even from your supervisor, to protect confidentiality",
                False,
                "",
                "Your supervisor is within the circle of people who need to know; discussing cases there is both allowed and healthy.",
            ),
            (
                "Taking on extra cases to show commitment",
                False,
                "",
                "Overload raises stress and lowers the quality of work for every child on the caseload.",
            ),
        ),
        {
            "objective": "staff-care",
            "step": "general",
            "difficulty": "easy",
            "partial_credit": "proportional",
            "general_feedback": "Caring for staff is part of caring for children: tired caseworkers make riskier decisions.",
        },
    ),
    (
        10,
        "true_false",
        "A ratio of one supervisor to five caseworkers is a confirmed standard for Pakistani Child Protection Units.",
        (
            (
                "True",
                False,
                "",
                "The 1:5 figure comes from a US child welfare body; it is not a Pakistani or humanitarian standard.",
            ),
            ("False", True, "", ""),
        ),
        {
            "objective": "supervision",
            "step": "general",
            "difficulty": "hard",
            "general_feedback": "No Pakistani caseload standard has been confirmed; the 1:5 figure is from the United States.",
        },
    ),
    (
        10,
        "ordering",
        "Put these events in Saima's case in the order the case management process would follow.",
        (
            (
                "A teacher reports the planned nikah and the CPU registers Saima's case",
                False,
                "",
                "",
            ),
            (
                "A female social case worker meets Saima privately, and the team assesses risks, needs and strengths",
                False,
                "",
                "",
            ),
            ("The team agrees a case plan with Saima and her family", False, "", ""),
            (
                "The CPO applies to the Child Protection Court, and Saima is supported to stay in school",
                False,
                "",
                "",
            ),
            ("The team reviews progress and adjusts the plan", False, "", ""),
            ("The case is closed when the goals are met and Saima is safe", False, "", ""),
        ),
        {
            "objective": "six-steps",
            "step": "general",
            "difficulty": "medium",
            "partial_credit": "proportional",
            "general_feedback": "Every case, however urgent, runs through the same six steps.",
        },
    ),
    (
        10,
        "essay",
        'Your colleague Sana has handled several high-risk abuse cases in a row. She has started missing visits and says she "can\'t face" new cases. As her peer, and thinking about your own practice, explain how supervision and staff care should respond.',
        (),
        {
            "objective": "staff-care",
            "step": "general",
            "difficulty": "medium",
            "marks": Decimal(4),
            "rubric": "1 mark: recognises signs of stress or burnout (avoidance, missed visits) and that they put children at risk. 1 mark: encourages Sana to raise it in supervision, and explains that structured supervision exists to keep best interests central and to help staff cope with stress. 1 mark: suggests practical steps (caseload review or reallocation, breaks, peer support, referral to counselling). 1 mark: makes sure her children's cases are covered in the meantime and reflects on their own self-care.",
            "general_feedback": "Burnout is a safeguarding issue as well as a staff issue, and supervision is the first place to address it.",
        },
    ),
    (
        10,
        "single",
        "A journalist calls the CPU asking for the name and school of Hina, 11, whose abuse case is before the Child Protection Court. What should you do?",
        (
            (
                "Decline to share anything that could identify her, and tell your supervisor",
                True,
                "",
                "",
            ),
            (
                "Give her name so that public pressure speeds up the case",
                False,
                "",
                "Section 24 prohibits publishing the names of children at risk in proceedings; exposure harms the child. This is a critical error.",
            ),
            (
                "Leave out her name but give her school and village",
                False,
                "",
                "Details like these can identify a child just as surely as a name.",
            ),
            (
                "Give the journalist Hina's phone number so she can decide herself",
                False,
                "",
                "This exposes a child survivor to media pressure; protecting her privacy is the CPU's job.",
            ),
        ),
        {
            "objective": "confidentiality",
            "step": "implementation",
            "difficulty": "easy",
            "general_feedback": "Nothing that could identify a child in proceedings goes to the media (KP Act s.24).",
        },
    ),
    (
        10,
        "short_answer",
        "What is the meeting called at which the CPU team, other services and, where appropriate, the child and family come together to plan or review a case?",
        (
            ("case conference", True, "", ""),
            ("a case conference", True, "", ""),
            ("case conferencing", True, "", ""),
        ),
        {
            "objective": "case-conference",
            "step": "planning",
            "difficulty": "easy",
            "general_feedback": "Case conferences bring everyone involved together to plan and review, especially in complex or high-risk cases.",
        },
    ),
)
