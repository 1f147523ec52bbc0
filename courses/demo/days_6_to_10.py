"""Days 6 to 10 of the foundational course in child protection case management.

Written for new staff of district Child Protection Units (CPUs) in Khyber Pakhtunkhwa. All names
in examples are invented. Facts that the Commission has not yet confirmed (response times,
consent age bands and similar) are worded as things to check locally.
"""

from . import Callout, Day, Glossary, Heading, Lesson, Reflection, Text

# Day 6. Step 2: assessment

_L6_1 = Lesson(
    title="Initial and comprehensive assessment",
    summary="Why we assess, the two stages of assessment, and how to gather information without harming the child.",
    minutes=20,
    body=(
        Text(
            html=(
                "<p>Registration tells you that a child may need protection. Assessment tells you "
                "what is happening, how serious it is, and what the child and family need. Every "
                "later step depends on it. A weak assessment leads to a weak plan.</p>"
                "<p>Assessment is the second of the six steps of case management. It is not a "
                "single form that you fill in once. It is a way of thinking that continues for as "
                "long as the case is open. When new information arrives, you assess again.</p>"
            )
        ),
        Heading(text="Two stages"),
        Text(
            html=(
                "<p>Many agencies split assessment into two stages. The names and deadlines differ "
                "from one SOP to another, so <strong>your CPU's SOP and forms set the terms and "
                "time limits that apply to you. Check them with your supervisor.</strong> The "
                "general idea is this:</p>"
                "<ul>"
                "<li><strong>Initial assessment.</strong> A short, focused look at the child's "
                "immediate safety and urgent needs. Is the child safe tonight? Does the child need "
                "medical care, food or shelter now? Who could harm the child, and can that person "
                "reach the child?</li>"
                "<li><strong>Comprehensive assessment.</strong> A fuller picture, built over "
                "several contacts. It covers the child's health, education, emotional wellbeing, "
                "family relationships, care arrangements, community, and the strengths that can "
                "be built on.</li>"
                "</ul>"
                "<p>The 2014 Inter-Agency Guidelines for Case Management and Child Protection "
                "include sample assessment forms and a risk assessment guide in their appendices. "
                "Your CPU's own forms may be adapted from these.</p>"
            )
        ),
        Heading(text="Where information comes from"),
        Text(
            html=(
                "<p>Use more than one source. Good sources include:</p>"
                "<ul>"
                "<li>the child, in a private and child-friendly conversation, with assent;</li>"
                "<li>parents or other caregivers, with their consent;</li>"
                "<li>people who know the child: a teacher, a Lady Health Worker, an imam, a "
                "neighbour the family trusts;</li>"
                "<li>your own observation during a home visit: the living space, how the child "
                "and caregivers relate to each other;</li>"
                "<li>existing records, such as school attendance or a hospital slip.</li>"
                "</ul>"
                "<p>Compare what different people tell you. Where accounts differ, write down "
                "both and note what you still need to check. Separate facts (what you saw or were "
                "told) from your opinion (what you think it means).</p>"
            )
        ),
        Callout(
            kind="example",
            title="Ali, 7, Swat",
            text=(
                "<p>A Lady Health Worker tells the CPU that Ali, a boy of seven with cerebral "
                "palsy, is locked in a room all day while both parents work in the fields.</p>"
                "<p><strong>Initial assessment (first visit):</strong> the social case worker "
                "checks that Ali has food and water, sees whether he is injured, and asks the "
                "mother who is with him during the day. Nobody is. The room has no hazards, and "
                "Ali is not in immediate danger of death or serious injury. The initial risk is "
                "set at Medium.</p>"
                "<p><strong>Comprehensive assessment (next two weeks):</strong> a health and "
                "nutrition screen through the Basic Health Unit, the parents' work pattern and "
                "income, relatives nearby, whether Ali has ever been to school, what he enjoys, "
                "and how the parents feel about his disability. The mother says she loves him but "
                "is ashamed to take him outside. This is both a need and a strength to work "
                "with.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Assessment never really ends",
            text=(
                "<p>Record the date of every assessment. Re-assess whenever something important "
                "changes: a new injury, a new adult in the house, a move, a missed school term. "
                "The risk level can go up or down.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do no harm while you assess",
            text=(
                "<ul>"
                "<li>Do not make the child tell the same story again and again. Plan who will "
                "speak to the child, and share notes inside the team.</li>"
                "<li>Do not announce the reason for your visit to neighbours or at the door of "
                "the house. Gossip can put the child at risk.</li>"
                "<li>If the child seems frightened or upset, stop. Agree a safer time and place "
                "to continue.</li>"
                "</ul>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Initial assessment",
                    "A quick first look at a child's immediate safety and urgent needs.",
                ),
                (
                    "Comprehensive assessment",
                    "A fuller assessment of the child's situation, needs and strengths, built over several contacts.",
                ),
                (
                    "Assent",
                    "A child's agreement to take part, given in a way that fits the child's age and understanding.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Think of a family in your district that you know of. Who, apart from the "
                "parents, could give you reliable information about the child? How would you "
                "contact that person without exposing the family?"
            )
        ),
    ),
)

_L6_2 = Lesson(
    title="Risk, vulnerability and protective factors",
    summary="How to tell risk from vulnerability, weigh protective factors, and set a risk level that guides action.",
    minutes=20,
    body=(
        Text(
            html=(
                "<p>Three ideas sit at the centre of every assessment. Keep them apart in your "
                "mind and in your notes.</p>"
                "<ul>"
                "<li><strong>Vulnerability</strong> is about the things that make a child more "
                "likely to be harmed: poverty, disability, being out of school, living without "
                "parents, being displaced.</li>"
                "<li><strong>Risk</strong> is about how likely harm is, and how serious it would "
                "be, for this child, now.</li>"
                "<li><strong>Protective factors</strong> are the things that keep the child safe "
                "or help the child recover: a caring adult, school, a supportive relative, the "
                "child's own skills and hopes.</li>"
                "</ul>"
                "<p>A very poor family is vulnerable, but the child is not automatically at risk. "
                "A wealthy family can hide serious abuse. Look at the facts of each case.</p>"
            )
        ),
        Heading(text="Setting the risk level"),
        Text(
            html=(
                "<p>The Inter-Agency template SOP for child protection case management uses "
                "these levels:</p>"
                "<ul>"
                "<li><strong>High:</strong> the child has been significantly harmed, or is at "
                "risk of significant harm or death, if left where he or she is without protective "
                "action.</li>"
                "<li><strong>Medium:</strong> the child is being harmed to some degree without "
                "intervention, but there is no evidence of risk of significant harm or "
                "death.</li>"
                "<li><strong>Low:</strong> the child is at risk of harm if nobody takes "
                "protective action.</li>"
                "</ul>"
                "<p>Some SOPs also have a level for cases with no protection concern, where the "
                "child may simply be referred to another service. Check how your CPU's SOP "
                "defines and uses it.</p>"
                "<p>To decide the level, ask: What harm has happened or could happen? How severe "
                "is it? How likely is it, and how soon? Can the person who may cause harm reach "
                "the child? Are the caregivers able and willing to protect? How old is the child, "
                "and can the child seek help alone?</p>"
            )
        ),
        Callout(
            kind="key_point",
            title="The risk level drives the response time",
            text=(
                "<p>Many inter-agency SOPs expect a response within 24 hours for high risk, "
                "within about three days for medium risk and within about a week for low risk, "
                "with follow-up roughly weekly, fortnightly and monthly. These figures are common "
                "practice, not a confirmed KP rule. <strong>Your CPU's SOP sets the response "
                "times that apply to you; check them with your supervisor.</strong> Whatever the "
                "figures, a high-risk case is acted on the same day.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Bilal, 12, brick kiln near Nowshera",
            text=(
                "<p>Bilal moulds bricks with his father. The family owes the kiln owner money and "
                "cannot leave.</p>"
                "<ul>"
                "<li><strong>Vulnerabilities:</strong> debt bondage, poverty, out of school for "
                "two years, long hours near hot kilns.</li>"
                "<li><strong>Risk:</strong> injury, exhaustion, loss of education. No sign of "
                "violence at present.</li>"
                "<li><strong>Protective factors:</strong> his mother wants him back in school; "
                "a teacher in the village remembers him; Bilal says he wants to learn to "
                "read.</li>"
                "<li><strong>Legal point:</strong> under the KP Prohibition of Employment of "
                "Children Act 2015, Bilal is a child because he is under 14, and his work at the "
                "kiln is not the light work that the Act allows.</li>"
                "</ul>"
                "<p><strong>Risk level:</strong> Medium. It becomes High if he is injured, "
                "beaten or threatened.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Two common errors",
            text=(
                "<ul>"
                "<li>Rating risk too low because the family is respected, or because a relative "
                "with influence assures you that all is well.</li>"
                "<li>Rating risk too high because the family is poor, Afghan, or lives in a "
                "katchi abadi. Poverty alone is not abuse.</li>"
                "</ul>"
            ),
        ),
        Glossary(
            terms=(
                ("Vulnerability", "Factors that make a child more likely to be harmed."),
                ("Risk", "How likely harm is, and how serious it would be, for this child now."),
                (
                    "Protective factor",
                    "Anything in the child, family or community that reduces harm or helps the child recover.",
                ),
                (
                    "Resilience",
                    "A child's ability to cope with and recover from difficult experiences.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Recall a child you have worked with or heard about. List one vulnerability, one "
                "risk and one protective factor. Which risk level would you have chosen, and "
                "why?"
            )
        ),
    ),
)

_L6_3 = Lesson(
    title="Specialised assessment by the psychologist",
    summary="When and how the CPU psychologist assesses a child, and how the team shares what is learned.",
    minutes=18,
    body=(
        Text(
            html=(
                "<p>Each CPU has a Child Protection Officer, a Social Case Worker and a "
                "Psychologist. The case worker usually leads the day-to-day assessment. Some "
                "children also need a closer look at their emotional and psychological state. "
                "That is the psychologist's specialised assessment.</p>"
            )
        ),
        Heading(text="When to involve the psychologist"),
        Text(
            html=(
                "<p>Ask the psychologist to assess when a child:</p>"
                "<ul>"
                "<li>has experienced sexual abuse, severe violence, or the death of a "
                "parent;</li>"
                "<li>shows strong distress: not sleeping, not eating, constant fear, sudden "
                "anger, withdrawal, bed-wetting at an older age;</li>"
                "<li>talks about wanting to die, or harms himself or herself;</li>"
                "<li>has a developmental delay or disability that affects how he or she "
                "communicates;</li>"
                "<li>will have to take part in court proceedings.</li>"
                "</ul>"
                "<p>If a child talks of suicide or shows signs of a serious mental health crisis, "
                "do not wait for a routine appointment. Tell the psychologist and the CPO the "
                "same day and arrange medical help.</p>"
            )
        ),
        Heading(text="What the assessment looks at"),
        Text(
            html=(
                "<p>The psychologist looks at the child's mood, behaviour, development, "
                "relationships and ways of coping. The aim is to understand what the child needs "
                "to feel safe and recover, not to find out what happened in detail. Good "
                "practice includes:</p>"
                "<ul>"
                "<li>using play, drawing or stories with younger children;</li>"
                "<li>working in the child's own language, Pashto, Urdu, Hindko, Dari or another, "
                "with a trained interpreter if needed;</li>"
                "<li>using only screening tools that your CPU has approved and trained you "
                "in;</li>"
                "<li>asking caregivers and teachers about changes they have noticed.</li>"
                "</ul>"
            )
        ),
        Callout(
            kind="example",
            title="Hina, 11, Mardan",
            text=(
                "<p>Hina told her teacher that her father abused her. She has received "
                "medical care, and the case is registered as high risk.</p>"
                "<p>The psychologist meets her three days later in a quiet room at the CPU, with "
                "her mother waiting nearby. She does not ask Hina about the abuse again. She asks "
                "about sleep, school, what makes Hina feel calm and who she trusts. Hina draws "
                "her family and leaves her father out. She says she wakes at night and is "
                "afraid to go to the market.</p>"
                "<p>The psychologist writes a short summary for the case file: signs of "
                "trauma-related fear, good bond with her mother, wants to stay in her school. She "
                "recommends weekly psychosocial sessions and advice for the mother on how to "
                "respond to night fears. Her detailed session notes stay in her own confidential "
                "file.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="One team, one plan",
            text=(
                "<p>The psychologist's findings feed into the case plan that the case worker and "
                "CPO write with the family. Agree in advance what the psychologist will share "
                "with the team, and tell the child and caregiver what will be shared.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="The psychologist is not an investigator",
            text=(
                "<p>Asking a child to repeat an account of abuse can hurt the child again and can "
                "damage evidence. Questions about what happened belong to the police and court "
                "process, done in a child-friendly way. The psychologist's role is the child's "
                "wellbeing.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Specialised assessment",
                    "A focused assessment by a trained professional, here the CPU psychologist, of a child's emotional and psychological needs.",
                ),
                (
                    "Re-traumatisation",
                    "Causing fresh distress by making a child relive a painful experience, for example through repeated questioning.",
                ),
                (
                    "Psychosocial support",
                    "Help for a child's emotional wellbeing and social relationships.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Which signs of distress would you, in your role, be most likely to notice first? "
                "How would you raise them with the psychologist in your unit?"
            )
        ),
    ),
)

_L6_4 = Lesson(
    title="Best interests assessment and determination: the UNHCR link",
    summary="What best interests means in KP law, when a formal Best Interests Determination is required, and how the CPU works with UNHCR for Afghan children.",
    minutes=20,
    body=(
        Text(
            html=(
                "<p>The KP Child Protection and Welfare Act 2010, section 2(b), defines the best "
                "interest of a child as the 'primary consideration, in all actions either by "
                "public or private bodies, for protection, survival, development and "
                "participation of children'. In practice this means one question sits behind "
                "every decision you make: <em>what is best for this child?</em></p>"
                "<p>For most decisions, you answer that question in your ordinary assessment and "
                "planning, with your supervisor. Some decisions are so serious that a more formal "
                "process is needed.</p>"
            )
        ),
        Heading(text="BIA and BID"),
        Text(
            html=(
                "<p>UNHCR, the UN refugee agency, uses two procedures:</p>"
                "<ul>"
                "<li><strong>Best Interests Assessment (BIA):</strong> an assessment of an "
                "individual refugee child's situation and needs, to guide ongoing support.</li>"
                "<li><strong>Best Interests Determination (BID):</strong> a formal process with "
                "strict safeguards for the most serious decisions.</li>"
                "</ul>"
                "<p>A BID is required in three situations:</p>"
                "<ol>"
                "<li>choosing a durable solution for an unaccompanied or separated refugee "
                "child;</li>"
                "<li>certain temporary-care decisions in exceptional cases;</li>"
                "<li>decisions that may separate a child from parents against their will.</li>"
                "</ol>"
                "<p>A BID has two stages. First, information is gathered and analysed. Second, the "
                "options are weighed, normally by a multidisciplinary panel rather than one "
                "person. UNHCR's current guidance is its 2021 Best Interests Procedure "
                "Guidelines.</p>"
            )
        ),
        Heading(text="Afghan children in KP"),
        Text(
            html=(
                "<p>Many Afghan families live in KP. Since the Illegal Foreigners Repatriation "
                "Plan of 2023, many have been sent back through facilitation centres such as "
                "those in Peshawar and Landi Kotal. Afghan Citizen Card holders were brought "
                "under the plan early in 2025; Proof of Registration (PoR) cards expired on 30 "
                "June 2025, and the formal repatriation of PoR card holders began on 1 September "
                "2025 (Interior Ministry letter of 4 August 2025, as reported in the press). No "
                "card an Afghan family holds can be treated as protection from return. UNHCR, IOM "
                "and UNICEF raised concerns about the effect on children.</p>"
                "<p>Non-refoulement bars returning a refugee or asylum seeker to a country where "
                "he or she would face persecution or serious harm; it is not a right never to be "
                "returned. Pakistan is not a party to the 1951 Refugee Convention, and a CPU "
                "cannot stop a deportation: it refers the child to UNHCR and its partners, "
                "documents the child's situation and advocates for the child's best interests. "
                "This course recommends that the CPU does not decide a durable solution for an "
                "Afghan child alone. "
                "Instead, it refers the child to UNHCR or its partner and contributes to their "
                "BIA or BID. Ask your supervisor which UNHCR partner covers your district and how "
                "referrals are made.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Zabihullah, 15, Peshawar",
            text=(
                "<p>Zabihullah is found alone at a transit point. He has no documents and speaks "
                "Dari and some Pashto. His parents' whereabouts are unknown.</p>"
                "<ul>"
                "<li>The CPU registers him as an unaccompanied child, arranges food and a safe "
                "place to sleep, and gets his assent through a Dari interpreter.</li>"
                "<li>The case worker makes an initial assessment and refers him to a UNHCR "
                "partner for family tracing.</li>"
                "<li>Whether he should be reunited with family, stay in Pakistan or go elsewhere "
                "is a durable-solution question. It goes to a BID, decided by a multidisciplinary "
                "panel. The CPU shares its assessment, with his consent.</li>"
                "</ul>"
            ),
        ),
        Callout(
            kind="key_point",
            title="When is a BID needed?",
            text=(
                "<p>Only in the three situations above. Everyday decisions, such as enrolling a "
                "child in school or arranging counselling, do not need a BID. They still need a "
                "best-interests check.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Protect information about refugee children",
            text=(
                "<p>Under section 23 of the KP Act, reports are to be treated as confidential. "
                "Never hand an Afghan child's file to an official just because he or she asks. "
                "Share only what is needed, with a clear best-interests reason, and record what "
                "you shared and with whom.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "BIA",
                    "Best Interests Assessment: UNHCR's assessment of a refugee child's needs to guide support.",
                ),
                (
                    "BID",
                    "Best Interests Determination: a formal process with strict safeguards for the most serious decisions about a refugee child.",
                ),
                (
                    "Durable solution",
                    "A lasting arrangement for a refugee child, such as family reunification, local integration or resettlement.",
                ),
                (
                    "Unaccompanied child",
                    "A child separated from both parents and other relatives, and not cared for by an adult who by law or custom is responsible for him or her.",
                ),
                (
                    "Separated child",
                    "A child separated from both parents or the usual caregiver, but who may be with other relatives.",
                ),
                (
                    "Non-refoulement",
                    "The principle that refugees and asylum seekers must not be returned to a country where they would face persecution or serious harm. It is not a right never to be returned; Pakistan is not a party to the 1951 Refugee Convention.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "If an Afghan child came to your CPU tomorrow, who would you call first? Write "
                "down what you know about the UNHCR partner in your district and what you still "
                "need to find out."
            )
        ),
    ),
)

_DAY_6 = Day(
    number=6,
    title="Step 2: assessment",
    title_ur="مرحلہ 2: جائزہ",
    title_ps="دوهم پړاو: ارزونه",
    summary=(
        "How to build a full and fair picture of a child's situation, set and revise the risk "
        "level, and know when a formal best interests procedure is needed."
    ),
    objectives=(
        "You will be able to complete a comprehensive assessment of a child's situation.",
        "You will be able to tell risk, vulnerability and protective factors apart and set a risk level.",
        "You will be able to say when the psychologist's specialised assessment is needed.",
        "You will be able to say when a Best Interests Determination (BID) is required.",
    ),
    lessons=(_L6_1, _L6_2, _L6_3, _L6_4),
)


# Day 7. Steps 3-4: planning and implementation

_L7_1 = Lesson(
    title="SMART case plans",
    summary="How to turn an assessment into a written case plan with the child and family, with goals that are specific, measurable and time-bound.",
    minutes=20,
    body=(
        Text(
            html=(
                "<p>The case plan is the bridge between what you found in the assessment and what "
                "will actually change for the child. It says what the child needs, what will be "
                "done, who will do it and by when. It is written <strong>with</strong> the child "
                "and family, not for them.</p>"
                "<p>A widely used humanitarian indicator measures the share of individual case "
                "plans developed within two weeks. Aim to have a written plan within two weeks. "
                "Your SOP states from which point, such as registration, the two weeks are "
                "counted. In a high-risk case, urgent safety actions happen at once and do not "
                "wait for the full plan.</p>"
            )
        ),
        Heading(text="What SMART means"),
        Text(
            html=(
                "<p>Each goal in the plan should be:</p>"
                "<ul>"
                "<li><strong>Specific:</strong> it names exactly what will change.</li>"
                "<li><strong>Measurable:</strong> you will know when it has happened.</li>"
                "<li><strong>Achievable:</strong> the family and services can really do it.</li>"
                "<li><strong>Relevant:</strong> it answers a need found in the assessment.</li>"
                "<li><strong>Time-bound:</strong> it has a date.</li>"
                "</ul>"
                "<p>For each goal, write the need, the action, the person responsible, the date, "
                "and how progress will be checked. Start with the most urgent safety needs. Keep "
                "the plan short enough that the family can remember it.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Bilal, 12: a weak goal and a SMART goal",
            text=(
                "<p><strong>Weak:</strong> 'Bilal should go to school.'</p>"
                "<p><strong>SMART:</strong> 'By 15 April, the social case worker and Bilal's "
                "mother will enrol Bilal in Class 3 at the Government Primary School in his "
                "village. From then on, Bilal will attend at least four days a week. The case "
                "worker will check the attendance register with the head teacher every month.'</p>"
                "<p>Other goals in Bilal's plan cover the family's bonded debt (legal aid and a "
                "report to the District Vigilance Committee, since the debt is extinguished by "
                "law), "
                "income (referral to a social protection or livelihood programme), and his "
                "safety at the kiln until he leaves it (joint monitoring with Labour Department "
                "inspectors).</p>"
            ),
        ),
        Heading(text="Involving the child and family"),
        Text(
            html=(
                "<p>Ask the child what he or she wants to change, in simple words. A 12-year-old "
                "can tell you which school he prefers and what worries him about leaving the "
                "kiln. Ask the caregivers what they can do and what help they need. Agree the plan "
                "with them, read it back in their language, and give them a copy if it is safe "
                "to do so. Where family members disagree, note the disagreement and discuss it "
                "with your supervisor.</p>"
            )
        ),
        Callout(
            kind="key_point",
            title="A plan is a working document",
            text=(
                "<p>Plans change as the situation changes. Record every change, the reason, and "
                "who agreed it. The plan is reviewed at least every three months, and more often "
                "when risk is high.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not promise what you cannot deliver",
            text=(
                "<p>Before you write a service into the plan, check that it exists in your "
                "district, that the child can reach it, and that it will accept the child. A "
                "broken promise can destroy the family's trust in the CPU. Also avoid goals that "
                "put the burden on the child, such as 'the child will stop going to the "
                "kiln', when the adults control the situation.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Case plan",
                    "A written agreement with the child and family on the goals, actions, responsibilities and dates for meeting the child's needs.",
                ),
                (
                    "SMART",
                    "Specific, Measurable, Achievable, Relevant and Time-bound: a test for well-written goals.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Rewrite this goal to make it SMART: 'The family will take better care of the "
                "child.' Use a child from your own district as the example."
            )
        ),
    ),
)

_L7_2 = Lesson(
    title="Case conferences",
    summary="When to call a case conference, who takes part, and how to run it so that it produces clear decisions.",
    minutes=18,
    body=(
        Text(
            html=(
                "<p>A case conference is a planned meeting of the people involved in a child's "
                "case. It is used to share information, agree decisions and divide "
                "responsibilities. The 2014 Inter-Agency Guidelines include guidance and forms "
                "for case conferences in their appendices.</p>"
            )
        ),
        Heading(text="When to hold one"),
        Text(
            html=(
                "<ul>"
                "<li>The case is high risk, or the risk level has just gone up.</li>"
                "<li>Several agencies are involved and need to agree who does what.</li>"
                "<li>A major decision is needed, such as a move to alternative care or an "
                "application to the Child Protection Court.</li>"
                "<li>The plan is not working, or partners disagree.</li>"
                "<li>Before a case is closed or transferred, if others are involved.</li>"
                "</ul>"
                "<p>In emergencies, case conferences for high-risk cases are often held about "
                "once a week.</p>"
            )
        ),
        Heading(text="Who attends and how it runs"),
        Text(
            html=(
                "<p>Invite only people who have a role in the child's case: the CPU team, and "
                "where relevant a health worker, teacher, police officer, Labour Department "
                "inspector or NGO partner. Your SOP says who chairs; often it is the CPO or a "
                "supervisor. The child and caregivers should take part when it is safe and "
                "helpful. If a child is present, keep the discussion simple and kind, and let the "
                "child speak. Some parts may be held without the child.</p>"
                "<p>A good conference has:</p>"
                "<ol>"
                "<li>a short written summary of the case shared beforehand, with only the "
                "information each person needs;</li>"
                "<li>a clear agenda: what has happened, current risk, options, decision;</li>"
                "<li>decisions recorded with names and dates;</li>"
                "<li>a date for the next review.</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="Ali, 7, Swat: the two-week review",
            text=(
                "<p>At the two-week review the Lady Health Worker finds that Ali has lost weight. "
                "The case worker re-rates the case to High and asks the CPO for a case "
                "conference within days.</p>"
                "<p>Present: the CPO (chair), the case worker, the psychologist, the Lady Health "
                "Worker, a doctor from the Basic Health Unit, a special education teacher, and "
                "Ali's mother for the second half.</p>"
                "<p>Decisions: urgent nutrition care at the health facility; the mother's sister "
                "will care for Ali during the day from next week; the special education teacher "
                "will assess him for school; the case worker will visit weekly. Next conference "
                "in two weeks.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Decisions, not just discussion",
            text=(
                "<p>Every conference should end with clear actions, a named person for each, and "
                "a date. If no decision can be reached, record why and agree who will escalate "
                "the question.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="A jirga is not a case conference",
            text=(
                "<p>Community elders can be valuable allies. But decisions about a child's safety "
                "must not be handed to a jirga or panchayat. Sexual abuse of a child is never "
                "settled privately, and elders cannot agree to a child marriage. "
                "Confidential case information is not shared in public gatherings.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Case conference",
                    "A planned meeting of the people involved in a child's case to share information and agree decisions.",
                ),
                (
                    "Chair",
                    "The person who leads the meeting, keeps it to the agenda and makes sure decisions are recorded.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Which agencies in your district would you invite to a case conference about a "
                "child at risk of child marriage? Who would you not invite, and why?"
            )
        ),
    ),
)

_L7_3 = Lesson(
    title="Service mapping and referral pathways",
    summary="How to know which services exist in your district, and how to make and follow a safe referral.",
    minutes=22,
    body=(
        Text(
            html=(
                "<p>The CPU cannot meet every need itself. Much of its work is connecting the "
                "child and family to the right service and making sure the service is delivered. "
                "Referral happens at two points: when the case is first identified, for urgent "
                "needs, and while the case plan is being carried out.</p>"
            )
        ),
        Heading(text="Mapping services in your district"),
        Text(
            html=(
                "<p>A service map is a list of the services available to children in your "
                "district, with a named contact person, phone number, address, opening hours, "
                "who they accept, and what they cost. Group it by sector:</p>"
                "<ul>"
                "<li><strong>Health:</strong> the District Headquarters Hospital, Basic Health "
                "Units, Lady Health Workers, mental health services.</li>"
                "<li><strong>Education:</strong> government schools, special education centres, "
                "non-formal and catch-up schools.</li>"
                "<li><strong>Legal and judicial protection:</strong> police, free legal aid, and "
                "the court that hears child protection "
                "cases. Child Protection Courts were announced in 2020 on a trial basis in "
                "Peshawar, Mardan, Swat, Abbottabad, Kohat, Bannu and D.I. Khan. Check which "
                "court covers your district.</li>"
                "<li><strong>Social welfare and care:</strong> Social Welfare Officers, Zamung "
                "Kor (the state institution for street children in Peshawar), social protection "
                "programmes.</li>"
                "<li><strong>Others:</strong> the 1121 helpline, Labour Department inspectors, "
                "UNHCR partners for Afghan children, trusted NGOs.</li>"
                "</ul>"
                "<p>Visit the main services in person. Update the map at least once a year and "
                "whenever a service closes or changes.</p>"
            )
        ),
        Heading(text="Making a safe referral"),
        Text(
            html=(
                "<ol>"
                "<li>Explain the service to the child and family and get their consent, or the "
                "child's assent, before you refer.</li>"
                "<li>Share only the information the service needs, using the referral form your "
                "CPU uses. Do not send case details over open social media groups.</li>"
                "<li>Where possible, phone the contact person first, and accompany the child for "
                "the first visit if the case is sensitive.</li>"
                "<li>Record the date, service, contact person and what was shared.</li>"
                "<li>Follow up: did the child receive the service? Was it helpful? If not, find "
                "another option.</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="Bilal, 12: tracking two referrals",
            text=(
                "<p>The case worker refers Bilal to the village primary school and, with the "
                "CPO, informs the Labour Department. She notes both in the referral log.</p>"
                "<p>After ten days the head teacher confirms enrolment. The Labour Department has "
                "not replied. The CPO calls the district labour officer, and a joint visit to the "
                "kiln is agreed for the following week. The case worker records both "
                "outcomes.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="A referral is not the end of your job",
            text=(
                "<p>The case stays open and you stay responsible for coordination after you "
                "refer. A referral is complete only when you know the child has received the "
                "service.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Refer only to services you trust",
            text=(
                "<p>Do not refer a child to a person or organisation you have not checked, such "
                "as a private hostel, an unknown 'well-wisher' or a madrassa you have never "
                "visited. Unvetted placements can expose children to exploitation.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Service map",
                    "An up-to-date list of services for children in a district, with contacts and access details.",
                ),
                (
                    "Referral pathway",
                    "The agreed route by which a child with a particular need is linked to the right service.",
                ),
                (
                    "Safe referral",
                    "A referral made with consent, sharing only necessary information, and followed up until the service is received.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Start your own service map. List one contact you already have in health, "
                "education and legal protection in your district. Which sector has the biggest "
                "gap?"
            )
        ),
    ),
)

_L7_4 = Lesson(
    title="Safety planning",
    summary="How to make a practical safety plan with a child and family, and what to do when safety cannot be assured at home.",
    minutes=20,
    body=(
        Text(
            html=(
                "<p>A safety plan sets out what will be done, by whom, to keep a child safe from a "
                "specific danger while longer-term work goes on. It is part of the case plan, but "
                "it often comes first. In a high-risk case, agree a safety plan at the first "
                "contact, even before the full assessment is complete.</p>"
            )
        ),
        Heading(text="What a safety plan contains"),
        Text(
            html=(
                "<ul>"
                "<li>The danger, in plain words: who or what, and when it is most likely.</li>"
                "<li>What the adults will do to keep the child safe, for example who will be "
                "with the child at home, and how contact with a suspected person will be "
                "stopped.</li>"
                "<li>Warning signs that the danger is increasing.</li>"
                "<li>What the child can do: a trusted adult to go to, a safe place, how to call "
                "1121 or the CPU.</li>"
                "<li>How and when the CPU will check in.</li>"
                "</ul>"
                "<p>Write the plan in simple language and explain it in the family's language. "
                "For a child, use a short version that he or she can remember, or pictures for "
                "younger children.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Saima, 14, Charsadda",
            text=(
                "<p>A teacher reports that Saima's nikah has been arranged for ten days' time. "
                "Under the Child Marriage Restraint Act 1929, which still applies in KP, a girl "
                "under 16 is a child for the purposes of that law. The case is rated High.</p>"
                "<p>A female social case worker meets Saima privately at school and gets her "
                "assent. Saima says she wants to finish school and is afraid of her father's "
                "anger. The CPO then meets the parents, explains the law, and learns that the "
                "family owes money to the groom's family.</p>"
                "<p>The written safety plan agreed with the parents: no nikah or rukhsati while "
                "the CPU is involved; Saima continues at school; her aunt, whom Saima trusts, "
                "will call the case worker if preparations restart; the case worker meets Saima "
                "at school twice a week; the family is referred for help with the debt.</p>"
            ),
        ),
        Heading(text="When home cannot be made safe"),
        Text(
            html=(
                "<p>Sometimes caregivers cannot or will not protect the child. Then the CPO "
                "considers legal action under the KP Child Protection and Welfare Act 2010. The "
                "Act covers rescue of a child at risk (section 20), entrusting the "
                "protection of a child (section 25), the period of protective care "
                "(section 28) and protection against child marriage (section 30). Your CPO and "
                "the legal team will advise on what each section allows and how to apply. Look "
                "first at safe relatives (kinship care) before an institution.</p>"
            )
        ),
        Callout(
            kind="key_point",
            title="A safety plan must be realistic",
            text=(
                "<p>Base the plan on what people can actually do, not on promises. If you do not "
                "believe the plan will keep the child safe, tell your supervisor the same day and "
                "consider stronger action.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Keep the plan away from the person who may harm",
            text=(
                "<ul>"
                "<li>Do not rely on a promise from the suspected abuser to stay away.</li>"
                "<li>Do not leave a written plan where that person can find it. A child's copy "
                "may need to be memorised rather than written down.</li>"
                "<li>A sudden police visit to the home can make things worse, for example by "
                "bringing a marriage forward or moving the child. Plan any police involvement "
                "with the CPO.</li>"
                "</ul>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Safety plan",
                    "A short written agreement on the steps that will keep a child safe from a specific danger.",
                ),
                (
                    "Kinship care",
                    "Care of a child by relatives or close family friends when the parents cannot care for the child safely.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Think of a child who lives with a person who may harm him or her. Who in that "
                "child's life could be part of a safety plan? What could go wrong with the plan, "
                "and how would you know?"
            )
        ),
    ),
)

_DAY_7 = Day(
    number=7,
    title="Steps 3\u20134: planning and implementation",
    title_ur="مراحل 3 اور 4: منصوبہ بندی اور عمل درآمد",
    title_ps="درېیم او څلورم پړاو: پلان جوړول او پلي کول",
    summary=(
        "How to turn an assessment into a SMART case plan within two weeks, use case "
        "conferences, make and track safe referrals, and plan for a child's safety."
    ),
    objectives=(
        "You will be able to write a SMART case plan with the child and family.",
        "You will be able to prepare for and take part in a case conference.",
        "You will be able to make and track a safe referral.",
        "You will be able to agree a realistic safety plan.",
    ),
    lessons=(_L7_1, _L7_2, _L7_3, _L7_4),
)


# Day 8. Specific groups

_L8_1 = Lesson(
    title="Child survivors of sexual abuse",
    summary="How to respond to a child who has been sexually abused, from the first disclosure to care, safety and justice.",
    minutes=25,
    body=(
        Text(
            html=(
                "<p>Sexual abuse of children happens in every district, in every kind of family, "
                "and to boys as well as girls. It is often hidden because of shame and fear for "
                "family honour. The person who abuses is usually someone the child knows. A "
                "child who tells has taken a great risk. How the first adult responds can shape "
                "the child's recovery.</p>"
                "<p>These cases are normally rated <strong>High</strong> risk. Act the same "
                "day.</p>"
            )
        ),
        Heading(text="The first response"),
        Text(
            html=(
                "<ul>"
                "<li>Listen calmly. Show that you believe the child and that telling was right.</li>"
                "<li>Do not ask leading or probing questions. Let the child say what he or she "
                "wants to say.</li>"
                "<li>Do not promise to keep it secret. Explain that you will tell only people who "
                "can help.</li>"
                "<li>Write down the child's own words, the date and time, as soon as you "
                "can.</li>"
                "<li>Refer immediately, following your CPU's SOP and your agency's safeguarding "
                "policy. Whether KP law places a general legal duty on professionals to report "
                "is still being confirmed; your duty to refer under the SOP is clear.</li>"
                "</ul>"
            )
        ),
        Heading(text="The same day"),
        Text(
            html=(
                "<ol>"
                "<li><strong>Safety:</strong> does the suspected person still have access to the "
                "child? If yes, agree a safety plan now, or involve the CPO for stronger "
                "action.</li>"
                "<li><strong>Medical care:</strong> arrange urgent care at a health facility that "
                "can examine and treat child survivors, the same day. HIV post-exposure "
                "prophylaxis must start within 72 hours of the abuse, and emergency "
                "contraception works up to 120 hours (five days), better the sooner it is given; "
                "evidence is best collected early too. Keep in your service map the facilities "
                "that provide them around the clock. The two-finger (virginity) test is outlawed "
                "in Pakistan (Lahore High Court, 2021, and the Anti-Rape (Investigation and "
                "Trial) Act 2021): refuse it and report any facility that offers it.</li>"
                "<li><strong>Consent:</strong> get the child's assent and consent from a "
                "caregiver who is not the suspected abuser. Age-banded guidance, such as that in "
                "the IRC and UNICEF <em>Caring for Child Survivors</em> guidelines, is widely "
                "used; your supervisor will confirm the bands your CPU applies.</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="Hina, 11, Mardan",
            text=(
                "<p>Hina's teacher phones the CPU: Hina has said that her father 'does bad things' "
                "when her mother is out. The case worker advises the teacher to stay with Hina, "
                "write down her words and ask nothing more. The case worker and CPO arrive within "
                "the hour.</p>"
                "<p>Her father lives in the same house. Hina's mother is shocked but believes "
                "her. Hina and her mother agree to stay with Hina's grandmother for now. The "
                "mother gives consent, and Hina gives assent, for a medical examination by a "
                "female doctor the same afternoon. The CPO supports the mother to report to the "
                "police, and the case goes forward to the Child Protection Court. Hina will still "
                "give her account to the police, to a magistrate and in court, so the CPO asks "
                "for a female officer, keeps her mother or the psychologist beside her each time, "
                "and asks the court to hear her in camera by video link.</p>"
            ),
        ),
        Heading(text="Telling her story: fewer times, less harm"),
        Text(
            html=(
                "<p>In Pakistan a child survivor normally gives her account several times: a "
                "statement to the police, a statement recorded by a magistrate under section 164 "
                "of the Code of Criminal Procedure, a history to the doctor for the medico-legal "
                "examination, and evidence at the trial. Do not promise a child that she will "
                "tell her story only once. You can reduce how often she repeats it and how much "
                "each telling hurts:</p>"
                "<ul>"
                "<li>ask for a female police officer and a female doctor;</li>"
                "<li>make sure a support person she trusts, such as a non-offending parent or the "
                "CPU psychologist, is with her at each statement;</li>"
                "<li>with consent, share the first written account with each agency, so that no "
                "one asks for it again without need;</li>"
                "<li>ask the court for an in-camera trial, and for screens or a video link so "
                "that she does not have to face the accused;</li>"
                "<li>use the special procedures of the Anti-Rape (Investigation and Trial) Act "
                "2021, such as special sexual offences investigation units and in-camera trials. "
                "How far this federal Act reaches in KP is for the Commission's legal team to "
                "confirm.</li>"
                "</ul>"
                "<p>Prepare the child for each step, and tell her honestly what will happen "
                "next.</p>"
            )
        ),
        Callout(
            kind="key_point",
            title="Care and justice together",
            text=(
                "<p>The child needs both healing and protection. The CPU psychologist provides "
                "psychosocial support, and the case worker coordinates with gender-based violence "
                "services where they exist. The child's recovery does not wait for the court "
                "case to end.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Never expose the child",
            text=(
                "<ul>"
                "<li>Section 24 of the KP Act prohibits publishing the names of a child at risk "
                "involved in proceedings. Never speak to journalists or post on social media "
                "about a case.</li>"
                "<li>Do not confront the suspected abuser yourself, or call his family.</li>"
                "<li>Sexual abuse of a child is never settled privately, by the family, elders "
                "or a jirga. It is a crime, and since the 2022 Amendment to the KP Act crimes "
                "against children cannot be compounded.</li>"
                "</ul>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Disclosure",
                    "When a child tells someone about abuse, fully or in part.",
                ),
                (
                    "Non-offending caregiver",
                    "A parent or carer who is not suspected of the abuse and can support the child.",
                ),
                (
                    "Child-friendly justice",
                    "Legal processes adapted to a child's age and needs, such as few and short interviews, a support person, an in-camera hearing, and screens or a video link.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "A child starts to disclose abuse to you, then stops and asks you to promise not "
                "to tell anyone. Write down, in Pashto or Urdu, exactly what you would say."
            )
        ),
    ),
)

_L8_2 = Lesson(
    title="Child marriage",
    summary="What the law says about child marriage in KP, what drives it, and how the CPU can prevent it without putting the child at greater risk.",
    minutes=22,
    body=(
        Text(
            html=(
                "<p>Child marriage ends many girls' education and exposes them to early "
                "pregnancy, violence and isolation. Boys are married early too, though less "
                "often. Families rarely arrange a child marriage out of cruelty. Common drivers "
                "are poverty, debt, fear for a girl's safety or honour, settling a dispute, and "
                "custom.</p>"
            )
        ),
        Heading(text="The legal position in KP"),
        Text(
            html=(
                "<ul>"
                "<li>The <strong>Child Marriage Restraint Act 1929</strong> still applies in KP. "
                "Under it, a male under 18 or a female under 16 is a child.</li>"
                "<li>A KP bill to raise the age has been pending since 2019. In 2025 it was sent "
                "to the Council of Islamic Ideology for review. Check with your CPO whether the "
                "law has changed.</li>"
                "<li>Section 30 of the KP Child Protection and Welfare Act 2010 is headed "
                "'protection against child marriage'. Ask your CPO or the Commission's legal team "
                "what orders it allows and how the CPU uses it.</li>"
                "</ul>"
                "<p>A girl of 16 or 17 who is about to be married against her will still needs "
                "protection. The CMRA age limit may not cover her, but you must still assess her "
                "risk under the KP Act and her best interests.</p>"
            )
        ),
        Heading(text="A step-by-step response"),
        Text(
            html=(
                "<ol>"
                "<li>Rate the risk. A marriage planned within days for a girl under 16 is "
                "High.</li>"
                "<li>Speak to the girl first, privately and safely. A female staff member is "
                "usually best. School is often a safer place than home.</li>"
                "<li>Meet the parents with the CPO. Explain the law calmly. Ask what is driving "
                "the marriage, and what would help.</li>"
                "<li>Address the drivers: debt advice, social protection, keeping her in "
                "school.</li>"
                "<li>Agree a written safety plan.</li>"
                "<li>If the family refuses, the CPO considers an application to the Child "
                "Protection Court and informs the police and the Nikah Registrar.</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="Saima, 14, Charsadda: when the family refuses",
            text=(
                "<p>Two days after agreeing the safety plan, Saima's aunt calls: the date has "
                "been brought forward. The CPO informs the supervisor, applies to the Child "
                "Protection Court the same day, and alerts the police station and the local Nikah "
                "Registrar. The case worker meets Saima at school to tell her what is happening "
                "and to check that she is safe at home. A case conference is held within the "
                "week.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Married children need services too",
            text=(
                "<p>If a child is already married, the case does not end. She may need health "
                "care, especially in pregnancy, a route back to school, protection from "
                "violence, and psychosocial support. Assess and plan as for any other child.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Actions that can backfire",
            text=(
                "<ul>"
                "<li>A sudden police visit to the home can lead the family to bring the marriage "
                "forward or send the girl to relatives in another district.</li>"
                "<li>Asking a jirga to mediate can turn her future into a bargaining matter.</li>"
                "<li>Telling the family that the girl reported the marriage can put her at "
                "serious risk. Protect the source of the report.</li>"
                "</ul>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "CMRA",
                    "Child Marriage Restraint Act 1929, the law on child marriage that still applies in KP.",
                ),
                (
                    "Nikah Registrar",
                    "The official who registers marriages and can be alerted to a planned child marriage.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "In your district, what are the two most common reasons families give for "
                "marrying daughters early? For each, name one service that could address it."
            )
        ),
    ),
)

_L8_3 = Lesson(
    title="Child labour and street children",
    summary="How to protect working and street-connected children using the labour law, family-based support and, only as a last resort, residential care.",
    minutes=22,
    body=(
        Text(
            html=(
                "<p>Many children in KP work: in brick kilns, workshops, hotels, homes, fields "
                "and on the street. Some beg, collect waste or sell goods at traffic signals. "
                "Street-connected children may sleep at home, or may live on the street "
                "entirely. Their risks include injury, exploitation, sexual abuse, drugs and "
                "police harassment.</p>"
            )
        ),
        Heading(text="The law on child labour"),
        Text(
            html=(
                "<p>Under the <strong>KP Prohibition of Employment of Children Act 2015</strong>:</p>"
                "<ul>"
                "<li>a <strong>child</strong> is under 14, and an <strong>adolescent</strong> is "
                "14 to 18;</li>"
                "<li>employing children is banned, except light work of up to two hours a day as "
                "part of training or with family members;</li>"
                "<li>adolescents may not do the hazardous work listed in the Act's "
                "Schedule.</li>"
                "</ul>"
                "<p>Check the current Schedule with the Labour Department. For example, whether "
                "brick kiln work is listed is something to confirm locally. For a child under "
                "14, the question does not arise: full-time work is not allowed.</p>"
                "<p>The KP Child Protection and Welfare Act 2010 defines begging, and it repealed "
                "the old West Pakistan Vagrancy Ordinance 1958. Treat a begging child as a child "
                "in need of protection.</p>"
            )
        ),
        Heading(text="Zamung Kor"),
        Text(
            html=(
                "<p>Zamung Kor ('Our Home') is KP's state institution for street children. It "
                "opened in Peshawar in 2015, and more campuses were planned in Swat, Abbottabad "
                "and D.I. Khan. It admits children under 18, with preference for ages 5 to 10 "
                "and priority to children without parents who live or work on the street. "
                "Referrals come from Social Welfare Officers, the Child Protection Court, NGOs "
                "and the Commission. By 2021, about 100 children had been reunited with their "
                "families.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Asad, 9, Peshawar Saddar",
            text=(
                "<p>A CPU outreach team finds Asad begging late at night. The case worker "
                "approaches calmly, introduces herself, and asks whether he has eaten and where "
                "he sleeps. He says he lives with his mother in an informal settlement and gives "
                "his earnings to a man 'who keeps his money'.</p>"
                "<p>With Asad's assent, the case worker visits his mother the next day. The "
                "initial risk is Medium. A week later Asad says the man touches him. The case is "
                "re-rated High at once: the CPO and psychologist are involved the same day, and "
                "medical and police referrals are made. When it becomes clear that his mother "
                "cannot protect him, the CPO goes to the Child Protection Court. A Zamung Kor "
                "placement through the court is considered while the team looks for safe "
                "relatives.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Family first, institution last",
            text=(
                "<p>Start with the family: school, income support, legal aid for debt, safer "
                "work for older adolescents. Residential care, including Zamung Kor, is a last "
                "resort, used with proper legal safeguards and for as short a time as "
                "possible.</p>"
            ),
        ),
        Heading(text="Bonded labour is a crime, and the debt is void"),
        Text(
            html=(
                "<p>Many children at brick kilns work beside parents who owe the owner money and "
                "cannot leave until it is repaid. Under the <strong>KP Bonded Labour System "
                "(Abolition) Act 2015</strong>, bonded labour is abolished: every bonded debt is "
                "extinguished, so the family owes the owner nothing under it, and making anyone "
                "work in bondage is an offence. Do not help a family negotiate or repay a bonded "
                "debt. Instead:</p>"
                "<ul>"
                "<li>tell the family, with legal aid, that the debt is void and that they are "
                "free to leave;</li>"
                "<li>report the bondage to the <strong>District Vigilance Committee</strong>, "
                "set up under the Act in each district to identify and release bonded labourers "
                "and help them rebuild their lives, and to the Labour Department;</li>"
                "<li>plan for the family's safety and income, because an owner may threaten them "
                "when he loses his hold.</li>"
                "</ul>"
                "<p>Ask your CPO or the Commission's legal team how the Vigilance Committee works "
                "in your district and which sections of the Act apply to the case.</p>"
            )
        ),
        Callout(
            kind="caution",
            title="Raids and round-ups can cause harm",
            text=(
                "<p>Removing children from a kiln or the street by force, without a plan, can "
                "frighten them, lead to retaliation against the family, or push them into more "
                "hidden work. Plan any action with the Labour Department, police and the CPO. "
                "Never give a street child money or take the child to your own home.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Adolescent (labour law)",
                    "Under the KP 2015 Act, a person aged 14 to 18.",
                ),
                (
                    "Hazardous work",
                    "Work listed in the Schedule of the KP 2015 Act, which adolescents may not do.",
                ),
                (
                    "Street-connected child",
                    "A child for whom the street is a central part of daily life, for work, living or both.",
                ),
                (
                    "Debt bondage",
                    "When a person must work to repay a debt and cannot leave until it is paid. "
                    "The KP Bonded Labour System (Abolition) Act 2015 extinguishes such debts and "
                    "makes bonded labour an offence.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Where do working and street children gather in your district? Which agency "
                "would you contact first to plan a safe outreach visit?"
            )
        ),
    ),
)

_L8_4 = Lesson(
    title="Children on the move",
    summary="How to adapt case management for Afghan and other children on the move.",
    minutes=15,
    body=(
        Text(
            html=(
                "<p>The six steps stay the same for every child. What changes is the risks you "
                "look for, the partners you need, and the care you take to avoid "
                "discrimination. Non-discrimination is one of the core principles of child "
                "protection: every child has the same right to protection.</p>"
            )
        ),
        Heading(text="Afghan and other children on the move"),
        Text(
            html=(
                "<ul>"
                "<li>Register unaccompanied and separated children as soon as you identify them, "
                "and meet urgent needs first.</li>"
                "<li>Use a trained Dari or Pashto interpreter, not a stranger from the "
                "crowd.</li>"
                "<li>Refer to UNHCR or its partner for family tracing, and for a Best Interests "
                "Determination when a durable solution is needed.</li>"
                "<li>Remember non-refoulement: refugees and asylum seekers must not be returned "
                "to a country where they would face persecution or serious harm. A CPU cannot "
                "stop a deportation, so refer early to UNHCR or its partner and advocate for the "
                "child. Proof of Registration cards expired on 30 June 2025 and their holders "
                "have been repatriated since 1 September 2025: never count on a card to keep a "
                "child or a carer in Pakistan, and check the current rules.</li>"
                "<li>Never place a child with an unrelated adult who offers him work.</li>"
                "</ul>"
            )
        ),
        Callout(
            kind="key_point",
            title="Adapt, do not exclude",
            text=(
                "<p>Nationality and papers never decide whether a child receives protection. "
                "They shape how you provide it. The lessons that follow apply the same rule to "
                "orphans, transgender children, children with disabilities and girls at risk of "
                "honour-based violence.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Your own attitudes matter",
            text=(
                "<p>Notice your own reactions to Afghan children and families. Jokes, "
                "pity or disapproval from staff can hurt the child and stop the child from "
                "coming back. Raise any difficulty with your supervisor.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Children on the move",
                    "Children who migrate, are displaced or travel across borders, with or without their families.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "What do you know about the Afghan families in your district today? Who would "
                "you call first about an unaccompanied Afghan child?"
            )
        ),
    ),
)

_L8_5 = Lesson(
    title="Orphans and alternative care",
    summary="Who an orphan is, the forms of care for a child who cannot live with parents, and how to bring a child home again.",
    minutes=25,
    body=(
        Text(
            html=(
                "<p>In everyday speech a yateem, an orphan, is often a child whose father has "
                "died, even when the mother is alive and caring for the child. Many children in "
                "orphanages in Pakistan have a living parent. They are there because of poverty, "
                "school fees or a family dispute, not because no one can care for them. Poverty "
                "alone is never a reason to separate a child from a family.</p>"
            )
        ),
        Heading(text="Two questions before any placement"),
        Text(
            html=(
                "<p>The UN Guidelines for the Alternative Care of Children (2009) ask two "
                "questions, and the CPU should ask them too:</p>"
                "<ol>"
                "<li><strong>Is care outside the family really needed?</strong> Could support to "
                "the mother, grandparents or another relative keep the child at home: cash or "
                "social protection, a school fee waiver, help with inheritance or documents?</li>"
                "<li><strong>If it is, which care suits this child?</strong> Prefer family care "
                "over an institution, a placement near home over a distant one, and keep "
                "brothers and sisters together.</li>"
                "</ol>"
            )
        ),
        Heading(text="The forms of care, from first choice to last"),
        Text(
            html=(
                "<ul>"
                "<li><strong>Kinship care</strong> by grandparents, aunts, uncles or older "
                "siblings. It is the most common care in KP and usually informal. Assess it like "
                "any other placement: a relative can also exploit or neglect a child, or take "
                "the child's inheritance.</li>"
                "<li><strong>Kafalah</strong>, the Islamic form of care in which a family "
                "commits to raise and provide for a child as its own. Kafalah is not adoption: "
                "the child keeps his or her own name and lineage and the right to inherit from "
                "the birth family. Pakistani law has no general adoption for Muslims. A family "
                "that takes in a child formally usually asks the Guardian Judge for a "
                "guardianship order under the Guardians and Wards Act 1890; confirm the route "
                "with the legal team.</li>"
                "<li><strong>A fit person chosen by the court.</strong> The Child Protection "
                "Court can entrust a child at risk to a suitable person or institution under "
                "s.25 of the KP Act.</li>"
                "<li><strong>A child protection institution</strong>, as a last resort and for as "
                "short a time as possible. The KP Act 2010 repealed the Orphanages Act 1966, and "
                "its s.12 provides for child protection institutions instead. Not every "
                "orphanage, madrassa hostel or charity home "
                "is one. Before you refer, ask your supervisor whether the home is established "
                "or recognised under s.12, who inspects it, and when it was last visited. "
                "Registration as a charity does not by itself make a home safe for "
                "children.</li>"
                "</ul>"
            )
        ),
        Heading(text="Zamung Kor and its limits"),
        Text(
            html=(
                "<p>Zamung Kor in Peshawar is the province's institution for street children. It "
                "offers shelter, school and care, and children reach it through Social Welfare "
                "Officers, the Child Protection Court, NGOs or the Commission. It is not a "
                "general orphanage. It gives priority to children aged 5 to 10 without parents "
                "who live or work on the street; campuses outside Peshawar and for girls were "
                "planned, so check which are open now. A placement there takes a child far from "
                "home and is still an institution: it does not replace family tracing, and it "
                "should end in a return to family when that is safe.</p>"
            )
        ),
        Heading(text="Bringing a child home: reintegration"),
        Text(
            html=(
                "<ol>"
                "<li>Trace the family and find out why the child left or was placed.</li>"
                "<li>Assess whether home is safe now, and what has to change first.</li>"
                "<li>Prepare the child and the family, with visits before the move.</li>"
                "<li>Reunite the child with a plan for school, income and support.</li>"
                "<li>Follow up with visits, and review the plan at least every three months, "
                "until the placement is stable. Only then close the case.</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="Rahila and Imran in Mardan",
            text=(
                "<p>After their father dies in a road accident, Rahila, 10, and Imran, 7, live "
                "with their mother in her brother's house. The brother asks the CPU to send "
                "them to an orphanage in Peshawar, because he cannot pay their school fees. The "
                "SCW finds a loving mother with no income, and an uncle under strain. The plan "
                "links the mother to social protection, gets the school to waive the fees, and "
                "refers her to legal aid to claim the children's share of their father's land. "
                "The children stay together, at home, in their own school.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Family first, institution last",
            text=(
                "<p>Support the family, then look to kinship care or kafalah, and use an "
                "institution only as a last, temporary and checked resort.</p>"
            ),
        ),
        Reflection(
            prompt=(
                "Which homes or orphanages near you take children? What do you know about "
                "each one, and what would you need to find out before referring a child there?"
            )
        ),
        Glossary(
            terms=(
                (
                    "Kafalah",
                    "An Islamic form of care in which a family raises a child as its own; the "
                    "child keeps his or her name, lineage and inheritance. It is not adoption.",
                ),
                (
                    "Kinship care",
                    "Care of a child by grandparents, other relatives or close family friends.",
                ),
                (
                    "Reintegration",
                    "Bringing a separated child back to family and community, with preparation "
                    "and follow-up.",
                ),
            )
        ),
    ),
)

_L8_6 = Lesson(
    title="Transgender children",
    summary="How to protect transgender and intersex children: the guru and dera system, placement options, safety, and what the law says today.",
    minutes=25,
    body=(
        Text(
            html=(
                "<p>Some children the CPU meets do not fit what their families expect of a boy "
                "or a girl. Some are intersex, born with a body that is not clearly male or "
                "female. Others are transgender: their sense of who they are differs from the "
                "sex recorded at birth. In Pakistan many such people call themselves khwaja "
                "sira. Do not put a label on a child. Listen to how the child describes "
                "themselves, and use the name the child asks for when it is safe to do so.</p>"
                "<p>These children are often beaten or thrown out at home, mocked or abused at "
                "school, and harassed in public. Many leave school early. Their risk of sexual "
                "abuse and exploitation is high.</p>"
            )
        ),
        Heading(text="The guru and the dera"),
        Text(
            html=(
                "<p>The khwaja sira community has its own households, called deras, each led by "
                "a guru who takes in followers, called chelas. A child who is rejected at home "
                "may end up in a dera. For some it is the first place they are accepted: it "
                "gives shelter, belonging and a way of life with its own rules and "
                "loyalties.</p>"
                "<p>A dera can also expose a child to harm: begging, dancing at weddings and "
                "parties, sexual exploitation, debts owed to the guru, and violence. A guru is "
                "not a legal guardian. Treat a child living in a dera as a child in informal "
                "care: assess the risks and the protective factors as you would in any other "
                "household, without assuming the worst or the best. Trusted leaders of the "
                "khwaja sira community can help you reach a child and understand the dera.</p>"
            )
        ),
        Heading(text="Placement options"),
        Text(
            html=(
                "<ul>"
                "<li><strong>At home, with support</strong>, when the family can keep the child "
                "safe. Many parents reject a child out of fear of what others will say; "
                "counselling by the psychologist and a respected religious leader can "
                "help.</li>"
                "<li><strong>With a relative</strong> who accepts the child.</li>"
                "<li><strong>With a fit person or institution through the Child Protection "
                "Court</strong> (s.25). Institutions are separated by sex, so decide where the "
                "child sleeps, washes and studies on the child's safety and views, not on a "
                "label. A single room and a named staff member the child trusts may be "
                "needed.</li>"
                "<li><strong>A dera</strong> is not a placement the CPU makes. If a child already "
                "lives in one and wants to stay, discuss with your supervisor how to agree a "
                "safety plan with the guru and keep the case open.</li>"
                "</ul>"
                "<p>Never place a child in an adult shelter or a police lock-up for "
                "protection.</p>"
            )
        ),
        Heading(text="Safety and confidentiality"),
        Text(
            html=(
                "<p>A child's gender identity is among the most sensitive facts in a file. "
                "Share it only when the child's safety needs it (s.23), and never with the media "
                "(s.24). When police are involved, ask for an officer who treats the child with "
                "respect. Work with the school to stop bullying rather than moving the child "
                "out of school.</p>"
            )
        ),
        Heading(text="What the law says, and what is uncertain"),
        Text(
            html=(
                "<p>In May 2023 the Federal Shariat Court struck down key provisions of the "
                "Transgender Persons (Protection of Rights) Act 2018 on self-perceived gender "
                "identity. The same court called the situation of abandoned transgender and "
                "intersex children a scar on society and stressed the state's duty to protect "
                "them. One minor news source says it also directed a child protection unit for "
                "these children; that is unconfirmed. The judgment is under appeal before the "
                "Shariat Appellate Bench of the Supreme Court. Ask your supervisor and the "
                "Commission's legal team which provisions stand today. None of this changes "
                "the child's right to protection under the KP Act.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Asad, 9: a variant",
            text=(
                "<p>Suppose Asad, the boy from Peshawar Saddar, tells the case worker that he is "
                "khwaja sira and that older boys beat him. A placement with other boys in a "
                "large dormitory could expose him to more violence. A guru has offered him a "
                "place in her dera. The team holds a case conference, asks Asad where he feels "
                "safe, and meets his mother with the psychologist. The plan keeps him at home "
                "with support, moves him to a school that agrees to protect him, and names a "
                "safe adult he can call.</p>"
            ),
        ),
        Reflection(
            prompt=(
                "What would you say to a parent who asks you to take away a child who "
                "'shames the family'? What would you say to the child?"
            )
        ),
        Glossary(
            terms=(
                (
                    "Khwaja sira",
                    "A term used in Pakistan for transgender and intersex people.",
                ),
                (
                    "Dera",
                    "A khwaja sira household, led by a guru, in which followers (chelas) live.",
                ),
                (
                    "Intersex",
                    "Born with physical sex characteristics that are not clearly male or female.",
                ),
            )
        ),
    ),
)

_L8_7 = Lesson(
    title="Children with disabilities",
    summary="Why children with disabilities are at greater risk, how to communicate with them and assess their safety, and how to support their families.",
    minutes=22,
    body=(
        Text(
            html=(
                "<p>Children with disabilities are at higher risk of every form of abuse and "
                "neglect, and their abuse is reported less. A child who cannot speak, hear, see "
                "or move easily may not be able to tell anyone, or may not be believed. Some "
                "families hide a disabled child out of shame, or believe the disability is a "
                "punishment. Some children are used for begging. Pakistan ratified the UN "
                "Convention on the Rights of Persons with Disabilities in 2011.</p>"
            )
        ),
        Heading(text="Risks to look for"),
        Text(
            html=(
                "<ul>"
                "<li>A child locked in a room or tied up while the family works.</li>"
                "<li>Weight loss, sores or untreated illness in a child who needs help to eat, "
                "wash or move.</li>"
                "<li>Abuse by a carer, driver or attendant the child depends on.</li>"
                "<li>A child kept out of school because no school will take the child.</li>"
                "</ul>"
                "<p>Dependence raises risk. Neglect of a child who cannot feed himself becomes "
                "serious much faster than neglect of a child who can, so rate the risk with that "
                "in mind.</p>"
            )
        ),
        Heading(text="Communicating with the child"),
        Text(
            html=(
                "<ul>"
                "<li>See and speak to the child yourself, every time. A carer who interprets for "
                "the child may be the person harming the child.</li>"
                "<li>Find out how the child communicates: Pakistan Sign Language, gestures, "
                "pictures, pointing, or yes and no signals.</li>"
                "<li>Use a qualified sign language interpreter or a special education teacher "
                "the child trusts, not a family member, when the child may disclose abuse.</li>"
                "<li>Allow more time and shorter sessions. Do not assume a child with an "
                "intellectual disability cannot give an account.</li>"
                "</ul>"
            )
        ),
        Heading(text="Supporting the family"),
        Text(
            html=(
                "<p>Most families of disabled children are exhausted and poor, not cruel. The "
                "least intrusive plan usually links the family to health and rehabilitation "
                "services, assistive devices such as a wheelchair or hearing aid, a special "
                "education or inclusive school, and some respite for the main carer. Ask the "
                "district Social Welfare office how a child obtains a disability certificate and "
                "which services it opens; the process varies, so confirm it with your "
                "supervisor. Removal to an institution is a last resort: children with "
                "disabilities in institutions are at particular risk of neglect and abuse.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Sana, 12, in Abbottabad",
            text=(
                "<p>A teacher at a special education school tells the CPU that Sana, 12, who is "
                "deaf, has become frightened of the school van. Her brother offers to "
                "interpret. The SCW instead asks the school for a sign language interpreter Sana "
                "knows, and meets her at school. Sana signs that the van driver touches her. "
                "The CPO rates the case High, the school takes the driver off the route that "
                "day, and the CPU refers Sana for medical care and supports a police report, "
                "with the interpreter present at every step.</p>"
            ),
        ),
        Reflection(
            prompt=(
                "How would you find out what a child who does not speak wants to tell you? "
                "Which services for disabled children exist in your district?"
            )
        ),
        Glossary(
            terms=(
                (
                    "Least intrusive option",
                    "The response that protects the child while disturbing family life as little as possible.",
                ),
                (
                    "Respite",
                    "A short break for a carer, while someone else safely cares for the child.",
                ),
            )
        ),
    ),
)

_L8_8 = Lesson(
    title="Honour-based violence, swara and vani",
    summary="How to recognise and respond to violence in the name of honour and to the giving of girls to settle disputes, and what the law says.",
    minutes=25,
    body=(
        Text(
            html=(
                "<p>Honour-based violence is violence used to protect or restore what a family "
                "sees as its honour. It includes killing, beating, confinement at home, forced "
                "marriage and threats. Girls are its main targets, for example a girl suspected "
                "of speaking to a boy or refusing a marriage. Boys are targets too, and a boy may "
                "also be pressed by his family to carry out the violence. Both are children at "
                "risk.</p>"
                "<p><strong>Swara</strong> (the Pashto word) and <strong>vani</strong> (the "
                "Punjabi word) mean giving a girl in marriage to the other side to settle a "
                "dispute, often a killing, usually on the decision of a jirga. The girl pays for "
                "a crime she did not commit, and is often mistreated in the family she is given "
                "to.</p>"
            )
        ),
        Heading(text="What the law says"),
        Text(
            html=(
                "<ul>"
                "<li><strong>Swara and vani are offences.</strong> Section 310-A of the Pakistan "
                "Penal Code punishes whoever gives a woman or girl in marriage, or forces her to "
                "marry, to settle a civil dispute or a criminal liability, under any custom or "
                "name. It carries a prison sentence of at least three years and a fine; "
                "confirm the current maximum, and whether jirga members who order it can also "
                "be charged, with the legal team. When the girl is a child, the Child "
                "Marriage Restraint Act 1929 and s.30 of the KP Act also apply.</li>"
                "<li><strong>The family's forgiveness does not end an honour killing case.</strong> "
                "Before 2016, the heirs of a victim, often the killer's own relatives, could "
                "forgive the killer, who then went free. The Criminal Law (Amendment) "
                "(Offences in the name or pretext of Honour) Act 2016, known as the "
                "Anti-Honour Killing law, changed this: if the heirs waive or compound the "
                "offence, the court must still sentence the killer to imprisonment for life. "
                "The heirs can take away the death penalty, not the punishment. Ask the legal "
                "team how the courts apply it today.</li>"
                "<li><strong>Crimes against children are non-compoundable</strong> under the KP "
                "Child Protection and Welfare (Amendment) Act 2022: no payment, forgiveness or "
                "settlement ends them.</li>"
                "<li>KP has also outlawed ghag, a man's public claim to marry a girl, made to "
                "force her family to agree (KP Elimination of the Custom of Ghag Act 2013); "
                "confirm its use in a case with the legal team.</li>"
                "</ul>"
            )
        ),
        Heading(text="What the CPU does"),
        Text(
            html=(
                "<ol>"
                "<li><strong>Rate it High.</strong> A threat of honour-based violence or a swara "
                "decision is a risk of serious harm or death.</li>"
                "<li><strong>Safety first, and quietly.</strong> Do not visit the family to "
                "discuss it before a safety plan exists: a visit can bring the violence or the "
                "marriage forward. The danger may come from the whole family, so there may be "
                "no safe caregiver at home.</li>"
                "<li><strong>Plan with the child.</strong> Meet her alone, with a female case "
                "worker. Agree how to reach her safely and what she will do if the danger "
                "grows.</li>"
                "<li><strong>Use the law.</strong> Involve the police, asking for a female "
                "officer, support a First Information Report, and apply to the Child Protection "
                "Court for protection, including under s.30 for a marriage. Tell the Nikah "
                "Registrar when a marriage is planned.</li>"
                "<li><strong>A safe place.</strong> If she cannot stay at home, arrange a "
                "checked placement through the court, far enough away and kept secret.</li>"
                "<li><strong>Never</strong> refer the case to a jirga, elders or a committee "
                "to settle, and never share where the child is.</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="Nazia, 13, in Lakki Marwat",
            text=(
                "<p>A jirga decides that Nazia, 13, will be given in swara to settle a killing "
                "by her cousin. Her teacher calls 1121. The CPU rates the case High the same "
                "hour. A female SCW meets Nazia at school, with the head teacher's help, and "
                "agrees a safety plan. The CPO goes to the police, who register a case under "
                "s.310-A, and applies to the Child Protection Court. When her father says the "
                "family has 'forgiven' the matter, the CPO explains that the offence cannot be "
                "settled that way.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not mediate",
            text=(
                "<p>Offering to 'talk to both families' can feel respectful, but it tells the "
                "family what the girl has said and puts her in danger. Mediation is not a "
                "child protection response to honour-based violence.</p>"
            ),
        ),
        Reflection(
            prompt=(
                "A respected elder tells you that swara brings peace between families. What "
                "will you say to him, and what will you do for the girl?"
            )
        ),
        Glossary(
            terms=(
                (
                    "Swara / vani",
                    "Giving a girl in marriage to settle a dispute; an offence under s.310-A of "
                    "the Pakistan Penal Code.",
                ),
                (
                    "Compounding",
                    "Ending a criminal case through forgiveness or a settlement between the "
                    "parties.",
                ),
            )
        ),
    ),
)

_DAY_8 = Day(
    number=8,
    title="Specific groups",
    title_ur="مخصوص گروہ",
    title_ps="ځانګړې ډلې",
    summary=(
        "How to adapt the case management process, including the legal routes, for child "
        "survivors of sexual abuse, child marriage, child labour and street children, children "
        "on the move, orphans, transgender children, children with disabilities, and children "
        "at risk of honour-based violence."
    ),
    objectives=(
        "You will be able to adapt the case management process for each of these groups.",
        "You will be able to identify the legal route that applies to each group in KP.",
        "You will be able to avoid responses that cause further harm to children in these groups.",
    ),
    lessons=(_L8_1, _L8_2, _L8_3, _L8_4, _L8_5, _L8_6, _L8_7, _L8_8),
)


# Day 9. Steps 5-6 and records

_L9_1 = Lesson(
    title="Follow-up and review",
    summary="How to follow up on a case plan and review it at least every three months, or sooner when risk is high.",
    minutes=20,
    body=(
        Text(
            html=(
                "<p>Step 5 of case management has two parts. <strong>Follow-up</strong> is the "
                "regular contact you keep with the child, family and services to check that the "
                "plan is being carried out and that the child is safe. <strong>Review</strong> is "
                "a planned, recorded look at the whole case: is the plan working, and what "
                "should change?</p>"
            )
        ),
        Heading(text="How often"),
        Text(
            html=(
                "<ul>"
                "<li>Review every case plan <strong>at least every three months</strong>, and "
                "more often when risk is high or in an emergency.</li>"
                "<li>In emergencies, case conferences for high-risk cases are often held about "
                "weekly.</li>"
                "<li>Follow-up visits or calls are more frequent for higher-risk cases. Many "
                "inter-agency SOPs suggest roughly weekly contact for high risk, fortnightly for "
                "medium and monthly for low. These figures are common practice, not a confirmed "
                "KP rule. Your CPU's SOP sets the frequencies; check them with your "
                "supervisor.</li>"
                "</ul>"
            )
        ),
        Heading(text="Questions for every review"),
        Text(
            html=(
                "<ol>"
                "<li>What has happened since the last review? Any new incidents?</li>"
                "<li>Which goals are met, partly met or not met? Why?</li>"
                "<li>Did referred services actually reach the child?</li>"
                "<li>What does the child say? What do the caregivers say?</li>"
                "<li>Is the risk level still right? Re-rate it up or down, with reasons.</li>"
                "<li>What changes to the plan are needed, and who agrees them?</li>"
                "<li>Is the case ready to close, or should it be transferred?</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="Bilal, 12: the three-month review",
            text=(
                "<p>The case worker checks the school register with the head teacher: Bilal has "
                "attended on 52 of 60 school days. The Labour Department has inspected the kiln "
                "twice and Bilal has not been seen working there. With legal aid, the family has "
                "reported the bondage to the District Vigilance Committee: under the KP Bonded "
                "Labour System (Abolition) Act 2015 the debt is extinguished, but the owner still "
                "asks for it and the Committee has not yet acted. Bilal says he can now "
                "read short words and wants to play cricket for the school.</p>"
                "<p>Decision: risk re-rated from Medium to Low. Education goal met; debt goal "
                "continues. Follow-up becomes less frequent, in line with the SOP for low risk. Next "
                "review in three months.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Review is when you catch problems",
            text=(
                "<p>A plan that looked good on paper may not be working. Reviews make you look at "
                "evidence, not hope. A rising risk at review means acting now, not waiting for "
                "the next one.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Following up by phone",
            text=(
                "<p>When you cannot visit, for example because of security, floods or distance, "
                "you may follow up by phone. First ask whether the child feels safe to talk, and "
                "get the child's assent before you continue. If the child seems uncomfortable or "
                "someone may be listening, stop, and agree a safe way for the child to contact "
                "you again. Do not leave detailed messages on a shared family phone.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Follow-up",
                    "Regular contact with the child, family and services to check progress and safety.",
                ),
                (
                    "Case review",
                    "A planned and recorded assessment of whether the case plan is working and what should change.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "How will you keep track of when each of your cases is due for review? Describe "
                "the system you will use in your first month."
            )
        ),
    ),
)

_L9_2 = Lesson(
    title="Closure and transfer",
    summary="When a case can be closed or transferred, and how to do it safely and with the child's involvement.",
    minutes=18,
    body=(
        Text(
            html=(
                "<p>Closing a case well is as important as opening it well. The 2014 "
                "Inter-Agency Guidelines give four reasons to close a case:</p>"
                "<ol>"
                "<li>the goals of the case plan are met, the child is safe, and there are no "
                "further concerns;</li>"
                "<li>the child or family no longer wants support, there are no grounds to "
                "override their wish, and closing is safe;</li>"
                "<li>the child turns 18, in which case the move to adult life must be "
                "planned;</li>"
                "<li>the child dies.</li>"
                "</ol>"
                "<p>A case is <strong>not</strong> closed because the case worker is on leave, "
                "because funding has ended, or because the family has moved a few streets "
                "away.</p>"
            )
        ),
        Heading(text="Closing safely"),
        Text(
            html=(
                "<ul>"
                "<li>Check the closure at a review, and ask your supervisor to look at it. Your "
                "SOP says who approves closure.</li>"
                "<li>Tell the child and family in advance. Explain why, and how to contact the "
                "CPU or 1121 if problems return.</li>"
                "<li>Make sure ongoing services, such as school or health care, will continue "
                "without the CPU.</li>"
                "<li>Record the reason for closure and the final situation of the child.</li>"
                "</ul>"
                "<p>If a family refuses support but you believe the child is still at high risk, "
                "do not simply close the case. Discuss with the CPO whether legal action is "
                "needed.</p>"
            )
        ),
        Heading(text="Transfer"),
        Text(
            html=(
                "<p>A case is transferred when another unit or agency is better placed to "
                "continue the work: the family moves to another district, or a specialised "
                "service takes over. The Guidelines include a case transfer form. Share the "
                "information the new worker needs, with consent. Speak to the new worker "
                "directly. Keep the case open until the new worker confirms that he or she has "
                "taken it on.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Zabihullah, turning 18",
            text=(
                "<p>Zabihullah, the Afghan boy from the transit point, is now 17 and a half. His "
                "BID process with the UNHCR partner is still open. Six months before his "
                "birthday, the case worker and the partner plan his transition: documentation, "
                "a skills course, a safe place to live, and who he can turn to as an adult. The "
                "CPU case is closed on his 18th birthday with a written transition plan, and his "
                "file with the UNHCR partner continues.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Close for the right reason",
            text=(
                "<p>Every closure should match one of the recognised reasons, and the record "
                "should show the evidence for it.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not lose children between districts",
            text=(
                "<p>When a family moves, a child can easily fall out of all services. Before you "
                "transfer, find out whether the new district has a CPU. If it does not, agree "
                "with your supervisor who will follow the child.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Case closure",
                    "The formal end of case management for a child, for one of the recognised reasons.",
                ),
                (
                    "Case transfer",
                    "Handing a case, with the necessary information, to another unit or agency that will continue the work.",
                ),
                (
                    "Transition plan",
                    "A plan to prepare a young person who is turning 18 for adult life and adult services.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "A mother tells you she does not want the CPU to visit any more. Her son is at "
                "medium risk. What would you need to know before deciding whether to close the "
                "case?"
            )
        ),
    ),
)

_L9_3 = Lesson(
    title="Record-keeping and information systems",
    summary="How to keep accurate, accountable and confidential case records, on paper or in an electronic system.",
    minutes=20,
    body=(
        Text(
            html=(
                "<p>A case record is the child's story as the CPU knows it. It lets a colleague "
                "continue your work if you are absent. It shows your supervisor what was decided "
                "and why. It may be read by a court. Good records protect the child, the family "
                "and you.</p>"
            )
        ),
        Heading(text="What good records look like"),
        Text(
            html=(
                "<ul>"
                "<li><strong>Timely:</strong> write notes the same day, while you remember "
                "clearly.</li>"
                "<li><strong>Factual:</strong> record what you saw and heard. Label opinions as "
                "opinions, and give the reason for them.</li>"
                "<li><strong>In the child's words:</strong> when a child discloses harm, write "
                "the exact words, not your summary.</li>"
                "<li><strong>Complete:</strong> every contact, referral, decision, risk rating "
                "and review, with the date and your name.</li>"
                "<li><strong>Respectful:</strong> write as if the child and family will read it "
                "one day.</li>"
                "</ul>"
            )
        ),
        Callout(
            kind="example",
            title="A weak note and a strong note",
            text=(
                "<p><strong>Weak:</strong> 'Visited home. Mother careless. Child seems "
                "abused.'</p>"
                "<p><strong>Strong:</strong> '12 March, 11:00. Home visit, Kohat, with the "
                "mother. Gul, 6, had a bruise about 3 cm across on the left cheek. Asked how it "
                "happened, Gul said: <em>Baba hit me with his shoe.</em> The mother said Gul fell. "
                "No food was cooked in the house. My concern: possible physical abuse and "
                "neglect. Action: discussed with the CPO at 14:00; risk set at High; medical "
                "check arranged for today.'</p>"
            ),
        ),
        Heading(text="Confidentiality and data protection"),
        Text(
            html=(
                "<p>Section 23 of the KP Child Protection and Welfare Act 2010 requires reports to "
                "be treated as confidential, and section 24 prohibits publishing the names of a "
                "child at risk involved in proceedings. In daily practice:</p>"
                "<ul>"
                "<li>Keep paper files in a locked cabinet. Do not take them home.</li>"
                "<li>Protect electronic systems with your own password. Never share it.</li>"
                "<li>Use the case number, not the child's name, in emails and messages.</li>"
                "<li>Share information only with people who need it to protect the child, and "
                "record what you shared.</li>"
                "<li>Do not keep photos or case details on your personal phone or in WhatsApp "
                "groups.</li>"
                "</ul>"
                "<p>Whatever information system your CPU uses, paper or electronic, follow its "
                "rules on who may see and change which records.</p>"
            )
        ),
        Callout(
            kind="key_point",
            title="If it is not recorded, it did not happen",
            text=(
                "<p>In a review, an audit or a court, an unrecorded visit or decision cannot be "
                "shown to have happened. Accurate records are part of your accountability to the "
                "child.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Photographs of injuries",
            text=(
                "<p>Do not photograph a child's injuries on your own phone. Medical evidence "
                "should be collected by health staff through the proper process. A photo that "
                "leaks can shame the child and the family and can put the child in danger.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Case record",
                    "All documents about a child's case: forms, notes, plans, referrals, reviews and closure.",
                ),
                (
                    "Need to know",
                    "The rule that information is shared only with people who need it to protect or help the child.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Look at your last written note about a child or family. Which parts were facts "
                "and which were opinions? How would you rewrite it?"
            )
        ),
    ),
)

_DAY_9 = Day(
    number=9,
    title="Steps 5\u20136 and records",
    title_ur="مراحل 5 اور 6، اور ریکارڈ",
    title_ps="پنځم او شپږم پړاو او د ریکارډ ساتنه",
    summary=(
        "How to follow up and review a case, decide when to close or transfer it, and keep "
        "records that are accurate, accountable and confidential."
    ),
    objectives=(
        "You will be able to follow up a case and review its plan at least every three months.",
        "You will be able to decide when to close or transfer a case.",
        "You will be able to keep accurate, accountable and confidential records.",
    ),
    lessons=(_L9_1, _L9_2, _L9_3),
)


# Day 10. Supervision and integration

_L10_1 = Lesson(
    title="Supervision and coaching",
    summary="What supervision and coaching are for, what to bring to them, and how to use them to make safer decisions.",
    minutes=18,
    body=(
        Text(
            html=(
                "<p>Child protection work involves hard decisions, made quickly, often with "
                "incomplete information. No one should make them alone. The Alliance for Child "
                "Protection in Humanitarian Action, in its 2018 supervision and coaching "
                "training, argues that caseworkers need consistent, structured supervision. It "
                "keeps the child's best interests at the centre of decisions, and it helps staff "
                "cope with stress. The 2014 Inter-Agency Guidelines also set out the roles of "
                "supervisors and caseworkers, and a competency framework for caseworkers.</p>"
            )
        ),
        Heading(text="What supervision does"),
        Text(
            html=(
                "<ul>"
                "<li><strong>Case decisions:</strong> checking risk levels, plans, referrals, "
                "closures, and what to do when a case is stuck.</li>"
                "<li><strong>Quality and accountability:</strong> checking that records are "
                "complete and that the SOP is followed.</li>"
                "<li><strong>Learning:</strong> building your skills over time.</li>"
                "<li><strong>Support:</strong> noticing how the work is affecting you.</li>"
                "</ul>"
                "<p><strong>Coaching</strong> is the part focused on skills. A supervisor may "
                "join you on a home visit, watch how you speak with a child, then give specific "
                "feedback: what went well and one thing to try next time.</p>"
                "<p>CPU teams are small. Agree with your manager who supervises you, how often "
                "you meet, and how to reach a supervisor urgently about a high-risk case.</p>"
            )
        ),
        Heading(text="Getting the most from supervision"),
        Text(
            html=(
                "<ol>"
                "<li>Prepare. Bring a list of cases to discuss, starting with high-risk ones and "
                "any with a review due.</li>"
                "<li>Bring your doubts and mistakes, not just your successes. Supervision is the "
                "safe place to say 'I am not sure I got this right'.</li>"
                "<li>Ask for the reason behind a decision, so you can make similar ones "
                "yourself.</li>"
                "<li>Record the decisions from supervision in the case file.</li>"
                "<li>Talk openly about your workload.</li>"
                "</ol>"
            )
        ),
        Callout(
            kind="example",
            title="A supervision session in Swat",
            text=(
                "<p>Imran, a social case worker, meets his supervisor after Ali's two-week review "
                "showed weight loss. Imran feels he missed something.</p>"
                "<p>The supervisor first asks how Imran is. Then they go through the record "
                "together. The initial Medium rating was reasonable on the facts available. The "
                "gap was that the plan had no date for the nutrition check. The supervisor asks "
                "Imran how he would write that goal now. Imran rewrites it as a SMART goal. They "
                "agree he will join the next Basic Health Unit visit, and the supervisor will "
                "come on one home visit to give feedback on his conversation with the "
                "mother.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Supervision is part of the work",
            text=(
                "<p>Time in supervision is not time away from children. It is how the CPU makes "
                "sure each child gets a careful, consistent response.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not decide high-risk matters alone",
            text=(
                "<p>Decisions about removing a child, going to court, closing a high-risk case or "
                "sharing sensitive information should always involve your supervisor or the CPO. "
                "In an emergency, act to keep the child safe and inform them as soon as "
                "possible.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Supervision",
                    "Regular, structured meetings in which a supervisor supports a worker's case decisions, learning and wellbeing.",
                ),
                (
                    "Coaching",
                    "Skills-focused support, often based on observing a worker's practice and giving specific feedback.",
                ),
                (
                    "Competency framework",
                    "A list of the knowledge, skills and attitudes a caseworker needs.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "What would you like from your supervisor in your first three months? Write "
                "three requests you could raise at your first supervision meeting."
            )
        ),
    ),
)

_L10_2 = Lesson(
    title="Staff care and preventing burnout",
    summary="How child protection work affects staff, the warning signs of stress and burnout, and what you and your team can do.",
    minutes=18,
    body=(
        Text(
            html=(
                "<p>Listening every day to children who have been hurt affects the listener. "
                "This is normal. It is not weakness. Staff in KP districts face extra pressures: "
                "long travel on difficult roads, security concerns, pressure from influential "
                "families, criticism from the community, and for many women staff, limits on "
                "when and where they can travel alone. If no one pays attention to these "
                "pressures, good staff become exhausted, make mistakes or leave.</p>"
            )
        ),
        Heading(text="Know the signs"),
        Text(
            html=(
                "<ul>"
                "<li><strong>Secondary traumatic stress:</strong> you start to have some of the "
                "reactions of the children you help, such as nightmares, fear, or images of a "
                "child's story that will not go away.</li>"
                "<li><strong>Burnout:</strong> slow exhaustion from heavy workload and stress. "
                "You feel tired all the time, cynical about families, and that nothing you do "
                "makes a difference.</li>"
                "<li>Other signs: irritability at home, poor sleep, headaches, avoiding certain "
                "cases, working late every day, or becoming cold and distant with "
                "children.</li>"
                "</ul>"
            )
        ),
        Heading(text="What helps"),
        Text(
            html=(
                "<p><strong>For yourself:</strong> regular sleep and meals, prayer or "
                "reflection, time with family and friends, physical activity, and clear limits "
                "on work outside office hours, except for agreed emergencies.</p>"
                "<p><strong>In the team:</strong> a short debrief after a distressing case, "
                "sharing difficult visits, travelling in pairs to unfamiliar or unsafe areas, "
                "and agreed plans for safe travel, especially for women staff.</p>"
                "<p><strong>From the organisation:</strong> regular supervision, fair "
                "distribution of cases, use of leave, and access to confidential professional "
                "support when needed.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Rukhsana, psychologist, Kohat",
            text=(
                "<p>Rukhsana has worked with three sexual abuse cases in one month. She sleeps "
                "badly and snaps at her children at home. She notices she is dreading her next "
                "session with a child.</p>"
                "<p>She raises it in supervision. Her supervisor does not treat it as a failure. "
                "They agree that the next new high-risk case will go to a colleague, that she "
                "will take two days of leave she has been postponing, and that they will meet "
                "again in two weeks. Rukhsana also arranges to speak to a counsellor outside the "
                "unit.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Caring for yourself protects children",
            text=(
                "<p>An exhausted worker misses signs of risk and makes poorer decisions. Looking "
                "after your wellbeing is part of your professional responsibility.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Keep professional boundaries",
            text=(
                "<p>Caring staff are sometimes tempted to give a child money, take a child home, "
                "or give out a personal phone number. These actions feel kind but can confuse "
                "the child, create dependence, put you at risk and undermine the plan. Use the "
                "CPU's channels and discuss any pressure with your supervisor.</p>"
            ),
        ),
        Glossary(
            terms=(
                (
                    "Secondary traumatic stress",
                    "Stress reactions that come from hearing about or witnessing others' trauma.",
                ),
                (
                    "Burnout",
                    "Physical and emotional exhaustion caused by long-term work stress.",
                ),
                (
                    "Debrief",
                    "A short, structured conversation after a difficult event to share what happened and how people are coping.",
                ),
            )
        ),
        Reflection(
            prompt=(
                "Which sign of stress do you usually notice first in yourself? Name one thing "
                "you will do, and one person you will talk to, when you notice it."
            )
        ),
    ),
)

_L10_3 = Lesson(
    title="An integrated case from start to finish",
    summary="A written walk-through of one fictional case through all six steps of case management.",
    minutes=25,
    body=(
        Text(
            html=(
                "<p>This lesson follows one fictional child through all six steps. The team in "
                "this case made mistakes, and a boy was hurt again because of them. Read it "
                "slowly, notice where each decision went wrong, and what should have happened "
                "instead. Next, before the post-test, you work through the case of Noor, 10, in "
                "an interactive simulation, making the decisions yourself.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Farhan, 11, Mardan",
            text=(
                "<p>Farhan lives with his mother and younger sister in the house of his "
                "paternal uncle. His father works in the Gulf and sends money irregularly. His "
                "teacher notices he has missed two weeks of school, and that before that he came "
                "in with bruises on his arms. She calls the CPU.</p>"
            ),
        ),
        Heading(text="Step 1: identification and registration"),
        Text(
            html=(
                "<p>The case worker takes the teacher's report and visits the home with a female "
                "colleague. Farhan's mother agrees to talk. Farhan, seen alone in the courtyard, "
                "says his uncle beats him with a belt when he is slow at the uncle's motorcycle "
                "workshop, where he now works every day, and that he is afraid to go inside. He "
                "gives his assent and his mother gives consent. The case is registered.</p>"
                "<p><strong>The first mistake:</strong> the case worker set the risk at Medium. "
                "Repeated beatings with a belt, by an adult who lives in the same house and can "
                "reach the child every day, and a child who is afraid of him, are a risk of "
                "significant harm: the course's own triage rules make this High. Rated High, "
                "the case needed a response that day, with the CPO involved.</p>"
            )
        ),
        Heading(text="Step 2: assessment"),
        Text(
            html=(
                "<p>A Basic Health Unit check finds old bruises but no fractures. The "
                "psychologist sees Farhan twice: he is withdrawn and afraid of his uncle, but "
                "close to his mother and proud of being good at maths. The comprehensive "
                "assessment notes the family's money problems, the mother's dependence on the "
                "uncle, and protective factors: the mother, a grandmother in a nearby village, "
                "and the teacher. Farhan is under 14, so his work at the workshop is not allowed "
                "under the KP 2015 Act.</p>"
            )
        ),
        Heading(text="Steps 3 and 4: planning and implementation"),
        Text(
            html=(
                "<p>Within two weeks, the case worker writes the plan with Farhan and his mother. "
                "SMART goals: Farhan back in school by a set date and attending at least four "
                "days a week; no more work at the workshop; weekly sessions with the psychologist "
                "for eight weeks; the mother referred to a social protection programme. The CPO "
                "meets the uncle, explains the law and gets his promise not to hit Farhan. "
                "Farhan stays in the uncle's house.</p>"
                "<p><strong>The second mistake:</strong> the plan rested on a promise from the "
                "person hurting the child. A promise is not a safety plan. In week five, Farhan "
                "comes to school with a cut above his eye. The teacher calls the CPU.</p>"
                "<p>This time the team puts safety first. The case is re-rated High that day. "
                "Farhan is seen by a doctor, and by evening he, his sister and his mother are at "
                "the grandmother's house, out of the uncle's reach. The CPO supports the mother "
                "to report the assault to the police and register an FIR, and is ready to apply "
                "to the Child Protection Court (s.20 rescue, s.25 entrustment) if the family "
                "cannot keep Farhan safe. A case conference with the teacher, the psychologist "
                "and the mother agrees the new plan.</p>"
            )
        ),
        Heading(text="Step 5: follow-up and review"),
        Text(
            html=(
                "<p>While the risk is high, the case worker visits weekly. At the three-month "
                "review, Farhan has missed only three school days, has no new injuries and "
                "sleeps better. The uncle has no access to him. The risk is re-rated Low and "
                "visits become less frequent, as the SOP sets for low risk.</p>"
            )
        ),
        Heading(text="Step 6: closure"),
        Text(
            html=(
                "<p>At the six-month review, all goals are met and there are no further concerns. "
                "The supervisor agrees to closure. The case worker explains it to Farhan and his "
                "mother, reminds them of 1121 and the CPU number, and records the reason for "
                "closure.</p>"
            )
        ),
        Callout(
            kind="caution",
            title="What should have happened on the first day",
            text=(
                "<ul>"
                "<li><strong>Rate the risk by the facts.</strong> Repeated beatings by an adult "
                "in the same house are High risk. Check every rating against your triage "
                "rules.</li>"
                "<li><strong>Safety first.</strong> Before any plan, make sure the person "
                "harming the child cannot reach him: a move to a safe relative such as the "
                "grandmother, or the adult leaving the house.</li>"
                "<li><strong>Consider an FIR.</strong> Beating a child with a belt until he is "
                "bruised is a matter for the police, not only for the family. Discuss a police "
                "report with the non-offending parent and the CPO at the start, and ask the "
                "Commission's legal team which offence applies.</li>"
                "<li><strong>Never rely on the abuser's promise.</strong> Agreements with the "
                "person who harms a child often break, and the child pays for it.</li>"
                "</ul>"
            ),
        ),
        Callout(
            kind="key_point",
            title="What this case teaches",
            text=(
                "<p>This case ended well for Farhan, but it is not a success story. He was hurt "
                "again in week five because the team left him within his uncle's reach. Keeping a "
                "family together is never a goal that outweighs the child's safety. What the team "
                "did right was to hear Farhan at every step, act on the same day once the injury "
                "was reported, and make sure he had people to go to: without the teacher, the "
                "week-five injury might never have been reported.</p>"
            ),
        ),
        Reflection(
            prompt=(
                "At which step of Farhan's case could the week-five injury have been prevented? "
                "What would you need from your team to act on it at the first visit?"
            )
        ),
    ),
)

_L10_4 = Lesson(
    title="Your action plan and the post-test",
    summary="How to write a personal action plan for your first months in the CPU, and what to expect from the post-test that closes the course.",
    minutes=15,
    body=(
        Text(
            html=(
                "<p>You have now covered the whole case management process, from the first "
                "referral to the closure of a case, and the support you need to do this work "
                "well. Two tasks remain: a personal action plan, and the post-test.</p>"
            )
        ),
        Heading(text="Your action plan"),
        Text(
            html=(
                "<p>An action plan turns what you learned into steps for your first three months "
                "in your CPU. Keep it short: four to six actions, each with a date. Cover these "
                "areas:</p>"
                "<ol>"
                "<li><strong>Know your rules:</strong> read your CPU's SOP. Note the response "
                "times, follow-up frequencies, consent and assent practice, and closure approval "
                "that apply to you, since these are set locally.</li>"
                "<li><strong>Know your district:</strong> build or update your service map, and "
                "meet key contacts in health, education, police and social welfare.</li>"
                "<li><strong>Know your team:</strong> agree supervision arrangements and how to "
                "get urgent advice on a high-risk case.</li>"
                "<li><strong>Keep good records:</strong> set up a way to track review dates and "
                "referrals.</li>"
                "<li><strong>Look after yourself:</strong> one concrete habit that protects your "
                "wellbeing.</li>"
                "</ol>"
                "<p>Share your plan with your supervisor and review it together after three "
                "months.</p>"
            )
        ),
        Callout(
            kind="example",
            title="Nasreen, social case worker, Swabi",
            text=(
                "<ul>"
                "<li>By the end of week 1: read the CPU SOP and list the local response times "
                "and follow-up frequencies.</li>"
                "<li>By the end of week 2: agree fortnightly supervision with the CPO.</li>"
                "<li>By the end of week 3: visit the District Headquarters Hospital, two "
                "Basic Health Units and the district education office; add contacts to the "
                "service map.</li>"
                "<li>From week 1: write case notes the same day and keep a review calendar.</li>"
                "<li>Every Friday: a walk with her sister and no work calls except "
                "emergencies.</li>"
                "</ul>"
            ),
        ),
        Heading(text="The post-test"),
        Text(
            html=(
                "<p>The post-test closes the course. It covers all ten days: the six steps, the "
                "principles, KP law and institutions, work with children and specific groups, "
                "records and supervision. Many questions ask you to apply what you learned to a "
                "short case. The pass mark is shown on the test page.</p>"
                "<p>Your result will be compared with your pre-test from Day 1. This shows you, "
                "your supervisor and the Commission what you have learned and where you may "
                "need more support. Before you start, look back at your notes and reflections "
                "from the ten days.</p>"
            )
        ),
        Callout(
            kind="key_point",
            title="The course is a beginning",
            text=(
                "<p>Passing the post-test shows you have the foundation. Your skill grows through "
                "real cases, supervision, and continued learning. Return to these lessons "
                "whenever you meet a situation you are unsure about.</p>"
            ),
        ),
        Reflection(
            prompt=(
                "Write your action plan now: four to six actions, each with a date. Which one "
                "will you do first, on your first day back in the office?"
            )
        ),
    ),
)

_DAY_10 = Day(
    number=10,
    title="Supervision and integration",
    title_ur="نگرانی اور مجموعی اطلاق",
    title_ps="څارنه او ټولیز تطبیق",
    summary=(
        "How to use supervision and look after your own wellbeing, followed by one case from "
        "start to finish, your personal action plan and the post-test that closes the course."
    ),
    objectives=(
        "You will be able to use supervision and coaching to make safer decisions.",
        "You will be able to recognise signs of stress and burnout and take steps to prevent them.",
        "You will be able to follow a case through all six steps, from identification to closure.",
        "You will be able to write a personal action plan for your first months in the CPU.",
    ),
    lessons=(_L10_1, _L10_2, _L10_3, _L10_4),
)

DAYS = (_DAY_6, _DAY_7, _DAY_8, _DAY_9, _DAY_10)
