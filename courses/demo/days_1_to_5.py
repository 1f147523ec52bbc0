"""Days 1 to 5 of the foundational course in child protection case management.

Written in plain English for later translation into Urdu and Pashto. All names in examples are
invented. Facts the Commission has not yet confirmed (response times, consent age bands, a
statutory duty to report, the exact wording of some sections) are phrased as things to check
with the CPU supervisor, never as settled rules.
"""

from . import Callout, Day, Glossary, Heading, Lesson, Reflection, Text

# ---------------------------------------------------------------------------------------------
# Day 1. Foundations
# ---------------------------------------------------------------------------------------------

LESSON_1_1 = Lesson(
    title="Welcome to the course and how it works",
    summary="Why this course exists, how each day is organised, and what the pre-test is for.",
    minutes=12,
    body=(
        Heading("Why this course exists"),
        Text(
            "<p>You have joined a district Child Protection Unit (CPU) of the Khyber Pakhtunkhwa "
            "Child Protection and Welfare Commission. Your work will touch the lives of children who "
            "are hurt, neglected, exploited or in danger. Good intentions are not enough for this "
            "work. Children need workers who follow a clear, shared method, who know the law, and who "
            "know when to ask for help.</p>"
            "<p>This foundational course gives every new Child Protection Officer, Psychologist and "
            "Social Case Worker the same starting point. It lasts ten days. Days 1 to 5 cover the "
            "basics, the legal framework, principles and ethics, working with children, and the first "
            "step of case management. Days 6 to 10 cover assessment, planning, specific groups of "
            "children, follow-up and closure, and supervision.</p>"
        ),
        Heading("How each day works"),
        Text(
            "<ul>"
            "<li><strong>Lessons.</strong> Each day has three or four short lessons. Read them in "
            "order. Each lesson shows an estimated reading time.</li>"
            "<li><strong>Examples.</strong> The boxed examples use invented names and situations "
            "from districts like yours. They are not real cases.</li>"
            "<li><strong>Reflection notes.</strong> Each lesson ends with a question. Your answer is "
            "a private note. Use it to link the lesson to your own district.</li>"
            "<li><strong>Case simulations.</strong> Each day ends with a branching case (on Day 10, "
            "just before the post-test). You make "
            "decisions and see what follows. Some choices are marked as serious errors. These lead "
            "to a talk with your supervisor. The aim is learning, not punishment.</li>"
            "</ul>"
        ),
        Heading("The pre-test and the post-test"),
        Text(
            "<p>Day 1 opens with a short pre-test. It is not a judgement of you. It shows you and "
            "the course team what you already know, so that you can see your progress later. Answer "
            "honestly and do not look up the answers. Day 10 closes with a post-test on the same "
            "topics. The Commission sets the pass mark and will tell you what happens if you do not "
            "reach it.</p>"
        ),
        Callout(
            kind="key_point",
            title="What this course is built on",
            text=(
                "<p>The method in this course follows the <em>Inter-Agency Guidelines for Case "
                "Management and Child Protection</em> (2014) and the <em>Child Protection Minimum "
                "Standards</em> (CPMS, 2019). It is adapted to the law of Khyber Pakhtunkhwa, "
                "especially the KP Child Protection and Welfare Act 2010. Where practice differs "
                "between districts, the lesson tells you to check your CPU's Standard Operating "
                "Procedure (SOP) with your supervisor.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="A first week in Kohat",
            text=(
                "<p>Farzana has just joined the CPU in Kohat as a Social Case Worker. On her first "
                "morning, the CPO asks her to sit with him while he deals with a concern passed on "
                "from the 1121 helpline. She wants to help at once, but she does not yet know the "
                "forms, the risk levels or the local referral partners.</p>"
                "<p>Her supervisor agrees a plan with her. She will complete Days 1 to 5 of this "
                "course in her first week. She will go with the CPO on two home visits. She will not "
                "handle a case alone until the supervisor says she is ready. By the end of Day 5 she "
                "can register a case and suggest an initial risk level for the CPO to check.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Learning is not yet practice",
            text=(
                "<p>Until your supervisor agrees that you are ready, do not handle a child protection "
                "case alone, even if someone asks you to. If you learn that a child is in danger while "
                "you are still training, tell the CPO or your supervisor at once. Acting alone "
                "without training can put a child at greater risk.</p>"
            ),
        ),
        Heading("How to get the most from this course"),
        Text(
            "<ol>"
            "<li>Keep your district in mind. Ask yourself: who would do this here? Which school, "
            "health facility or police station?</li>"
            "<li>Write down questions for your supervisor as you go. Many answers depend on your "
            "CPU's SOP.</li>"
            "<li>Treat the examples as practice. Real cases are more complex and need discussion "
            "with your team.</li>"
            "<li>Look after yourself. Some content is distressing. If a lesson brings up strong "
            "feelings, pause and talk to someone you trust.</li>"
            "</ol>"
        ),
        Reflection(
            "Why did you choose this work? Write one thing you hope to do well for children in "
            "your district, and one thing that worries you about starting."
        ),
    ),
)

LESSON_1_2 = Lesson(
    title="What child protection and case management are",
    summary="The meaning of child protection and case management, and the six steps every case follows.",
    minutes=18,
    body=(
        Heading("Child protection"),
        Text(
            "<p>Child protection means preventing and responding to abuse, neglect, exploitation "
            "and violence against children. A child is anyone under 18. Some child protection work "
            "is with whole communities, for example awareness sessions in schools or mosques. Other "
            "work is with one child at a time. This second kind of work is case management.</p>"
            "<p>Two ideas help you decide whether a child needs case management. "
            "<strong>Vulnerability</strong> means the factors that make a child more likely to be "
            "harmed, such as poverty, disability, or living on the street. <strong>Risk</strong> "
            "means how likely it is that this child will be harmed, and how badly. Many children are "
            "vulnerable, but not all of them are at risk. A CPU registers a case when a child meets "
            "the risk criteria, not only because the child is poor or vulnerable.</p>"
        ),
        Heading("Case management"),
        Text(
            "<p>Case management is an organised way of helping one child and family. One "
            "caseworker is responsible for the case. That worker makes sure the child's needs are "
            "identified, a plan is agreed, services are delivered, and progress is checked until "
            "the child is safe. The caseworker does not provide every service alone. Much of the "
            "work is coordination and referral: to health, education, police, courts and social "
            "protection.</p>"
        ),
        Heading("The six steps"),
        Text(
            "<ol>"
            "<li><strong>Identification and registration.</strong> A concern reaches the CPU. The "
            "team checks whether the child meets the criteria and, with consent or assent, "
            "registers the case.</li>"
            "<li><strong>Assessment.</strong> The team gathers information about the child's "
            "safety, needs and strengths. Usually a first, shorter assessment comes before a "
            "fuller one.</li>"
            "<li><strong>Case planning.</strong> The caseworker writes a plan with the child and "
            "family. Case conferences bring professionals together to agree the plan.</li>"
            "<li><strong>Implementing the case plan.</strong> The team gives direct support and "
            "makes referrals to other services.</li>"
            "<li><strong>Follow-up and review.</strong> The caseworker checks whether the plan is "
            "working and changes it when needed.</li>"
            "<li><strong>Case closure.</strong> The case closes when it is safe and right to do "
            "so, for example when the goals are met and the child is safe.</li>"
            "</ol>"
        ),
        Callout(
            kind="key_point",
            title="Remember the order",
            text=(
                "<p>Identify and register, assess, plan, implement, follow up and review, close. The "
                "steps are a way of thinking, not a rigid line. Safety comes first at every step. If "
                "a child is in immediate danger, you act to protect the child before the paperwork "
                "is complete.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Gul Bibi's case from start to finish",
            text=(
                "<p>A Lady Health Worker in Charsadda tells the CPU that Gul Bibi, 8, has burns on "
                "her arms and is often left alone.</p>"
                "<ol>"
                "<li>The CPO registers the case with the mother's consent and Gul Bibi's "
                "assent.</li>"
                "<li>The Social Case Worker visits the home and the psychologist meets Gul Bibi. "
                "They learn that the mother works long hours and an uncle has been beating the "
                "child.</li>"
                "<li>At a case conference the team and the mother agree a plan: medical care, a safe "
                "place with an aunt after school, and the uncle moving out of the house.</li>"
                "<li>The team makes the referrals and supports the mother.</li>"
                "<li>The caseworker visits regularly and reviews the plan.</li>"
                "<li>Some months later Gul Bibi is safe and back at school. The goals are met, and "
                "the case is closed with the family's knowledge.</li>"
                "</ol>"
            ),
        ),
        Text(
            "<p>Good case management is <em>child-centred</em>: the child is seen and heard at "
            "each step. It is also <em>accountable</em>: decisions and their reasons are written "
            "down, so that another worker could take over the case tomorrow.</p>"
        ),
        Callout(
            kind="caution",
            title="Opening a case draws attention",
            text=(
                "<p>A CPU visit can bring shame or anger on a family, and the child may be blamed. "
                "Be discreet from the first contact. Visit in a way that does not draw a crowd, and "
                "share information only with those who need it to help the child.</p>"
            ),
        ),
        Reflection(
            "Think of a child you have known, in any job or in your community, who was vulnerable. "
            "Was that child also at risk? What information would you have needed to decide?"
        ),
        Glossary(
            terms=(
                (
                    "Child protection",
                    "Preventing and responding to abuse, neglect, exploitation and violence "
                    "against children.",
                ),
                (
                    "Case management",
                    "An organised way of helping one child and family, led by one responsible "
                    "caseworker, through six steps.",
                ),
                (
                    "Vulnerability",
                    "Factors that make a child more likely to be harmed, such as poverty or "
                    "disability.",
                ),
                ("Risk", "How likely it is that a child will be harmed, and how seriously."),
                (
                    "Case conference",
                    "A meeting of the professionals involved in a case to agree or review the plan.",
                ),
            )
        ),
    ),
)

LESSON_1_3 = Lesson(
    title="The CPU team: CPO, psychologist and social case worker",
    summary="What a district CPU does and how the three core roles share the work on a case.",
    minutes=15,
    body=(
        Heading("What a CPU does"),
        Text(
            "<p>The KP Child Protection and Welfare Act 2010 provides for Child Protection Units "
            "(s.9) and their functions (s.10), and for Child Protection Officers (s.11). In "
            "practice, district CPUs receive complaints of violence against children, make "
            "protection plans for children, monitor registered cases, refer children and families "
            "to other departments, and oversee child protection in the district.</p>"
            "<p>Each CPU team is built around three core roles: a Child Protection Officer, a "
            "Psychologist and a Social Case Worker. A unit may have more than one person in a "
            "role, for example several social case workers. The number of districts with a CPU "
            "has grown in recent years and "
            "is still changing. Ask the Commission for the current list.</p>"
        ),
        Heading("The three roles"),
        Text(
            "<ul>"
            "<li><strong>Child Protection Officer (CPO).</strong> The CPO leads the unit and holds "
            "the role the Act gives to Child Protection Officers. The CPO makes or approves key "
            "decisions, such as the risk level of a serious case, and takes a case to the Child "
            "Protection Court when a court order is needed. The CPO is the unit's main link with "
            "police, the district administration and other departments.</li>"
            "<li><strong>Psychologist.</strong> The psychologist assesses the child's emotional "
            "well-being and development, gives psychosocial support and psychological first aid, "
            "and advises colleagues on how to talk with children who have been hurt. The "
            "psychologist also helps decide when a child needs specialist mental health care.</li>"
            "<li><strong>Social Case Worker (SCW).</strong> The SCW usually makes home visits, "
            "meets families, gathers information for assessments, makes and follows up referrals, "
            "and keeps the case file up to date. The SCW is often the person the child and family "
            "see most.</li>"
            "</ul>"
        ),
        Callout(
            kind="key_point",
            title="One case, one responsible worker",
            text=(
                "<p>Every registered case needs one named caseworker. Others contribute, but one "
                "person keeps track of the whole case, so that nothing falls between colleagues. "
                "Your CPU's SOP and job descriptions set the exact split of tasks. Check them with "
                "your supervisor.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Team work in Mardan",
            text=(
                "<p>A head teacher in Mardan calls about Daud, 13, who has stopped coming to school "
                "and has bruises on his face. The CPO reads the report and asks for a visit the same "
                "day. Naseem, the SCW, visits the family and learns that Daud's father has been "
                "beating him since he lost his job. The psychologist, Rukhsana, meets Daud at school, "
                "where he feels safe. She finds that he is frightened and is not sleeping.</p>"
                "<p>At the case conference each brings their part. The CPO explains the legal "
                "options. Rukhsana describes Daud's emotional state. Naseem describes the family's "
                "problems and strengths. Together they agree a plan with Daud and his mother.</p>"
            ),
        ),
        Heading("Supervision and team work"),
        Text(
            "<p>Case management is demanding. Workers need regular, structured supervision to keep "
            "the child's best interests at the centre and to cope with stress. Bring difficult "
            "decisions to your supervisor. Discuss cases within the team. Disagreement is normal. "
            "Settle it by going back to the evidence and the child's best interests, not by rank "
            "or seniority.</p>"
        ),
        Callout(
            kind="caution",
            title="Stay within your role",
            text=(
                "<p>Do not take on tasks you are not trained or authorised to do. For example, a "
                "Social Case Worker should not carry out a formal psychological assessment, and no "
                "team member should promise a family what a court will decide. If you are unsure who "
                "should act, ask the CPO before you act.</p>"
            ),
        ),
        Reflection(
            "Which of the three roles is yours? List three tasks you expect to do in your first "
            "month, and one task where you will need a colleague's help."
        ),
        Glossary(
            terms=(
                (
                    "CPU",
                    "Child Protection Unit: the district office of the Commission that handles "
                    "child protection cases.",
                ),
                (
                    "CPO",
                    "Child Protection Officer: the officer who leads the CPU and holds the legal "
                    "role the Act gives to this post.",
                ),
                (
                    "Social Case Worker",
                    "The CPU staff member who usually works most closely with the family: visits, "
                    "information, referrals and records.",
                ),
                (
                    "Psychosocial support",
                    "Help for a child's emotional and social well-being, for example through safe "
                    "relationships, routines and counselling.",
                ),
                (
                    "Supervision",
                    "Regular, structured meetings with a senior colleague to review cases, make "
                    "decisions and manage stress.",
                ),
            )
        ),
    ),
)

DAY_1 = Day(
    number=1,
    title="Foundations",
    title_ur="بنیادیں",
    title_ps="بنسټونه",
    summary=(
        "The course opens with a pre-test, then introduces child protection, case management and "
        "its six steps, and the CPU team."
    ),
    objectives=(
        "You will be able to define child protection case management in your own words.",
        "You will be able to name the six steps of case management in order.",
        "You will be able to describe the role of each member of the CPU team.",
    ),
    lessons=(LESSON_1_1, LESSON_1_2, LESSON_1_3),
)

# ---------------------------------------------------------------------------------------------
# Day 2. KP legal and institutional framework
# ---------------------------------------------------------------------------------------------

LESSON_2_1 = Lesson(
    title="The KP Child Protection and Welfare Act 2010: Commission, CPUs, CPOs and institutions",
    summary="The main provincial law for your work, the bodies it creates, and how to find the right section.",
    minutes=20,
    body=(
        Heading("The Act in brief"),
        Text(
            "<p>The Khyber Pakhtunkhwa Child Protection and Welfare Act 2010 (Act XIII of 2010) is "
            "the main provincial law for your work. It received assent in October 2010. It creates "
            "the Commission, Child Protection Units, Child Protection Officers, a fund, Child "
            "Protection Courts, and procedures to protect children at risk.</p>"
            '<p>Section 33 is headed "Abolishment of corporal punishment", but its wording '
            'abolishes it only "as provided under section 89 of the Pakistan Penal Code". '
            'Section 89 still protects a parent or guardian who acts "in good faith" for the '
            "child's benefit, so how far s.33 reaches into the home is contested. Do not tell a "
            "family that every smack is a crime, and do not tell a child that beatings at home are "
            "lawful: treat any physical punishment that injures or frightens a child as a "
            "protection concern, and ask the Commission's legal team how s.33 applies to the case "
            "(KP Child Protection and Welfare Act 2010, s.33, as amended 2022; Pakistan Penal "
            "Code, s.89).</p>"
            "<p>The Act repealed two older laws: the West Pakistan Vagrancy Ordinance 1958 and the "
            "Orphanages Act 1966. This matters for your work. A child who begs is a child who needs "
            "protection, not a vagrant to be punished.</p>"
        ),
        Heading("Parts you will use most"),
        Text(
            "<ul>"
            '<li><strong>Definitions (s.2).</strong> The Act defines terms such as "best interest '
            'of a child" (s.2(b)) and "begging". It also defines a "child at risk". Read the '
            "exact wording of that definition in the official text on the KP Code website before "
            "you rely on it.</li>"
            "<li><strong>Child Protection Units (s.9) and their functions (s.10).</strong> These "
            "sections are the legal basis of your unit.</li>"
            "<li><strong>Child Protection Officers (s.11).</strong> This section sets out the "
            "officer's role.</li>"
            "<li><strong>Child Protection Institutions (s.12).</strong> The Act provides for "
            "institutions that care for children who need protection. Ask your CPO which "
            "institutions in your region are recognised.</li>"
            "<li><strong>Child Protection Courts (s.15-16)</strong> and the procedures for "
            "children at risk. These are covered in the next lesson.</li>"
            "</ul>"
        ),
        Heading("The Commission"),
        Text(
            "<p>The Commission was set up in 2011. The Social Welfare Minister chairs it and the "
            "Social Welfare Secretary is vice-chair. Its chief executive is the Chief Protection "
            "Officer, who is also its secretary and a member, appointed for three years. Other "
            "members include secretaries of provincial departments and up to six people from civil "
            "society, along with members of the provincial assembly, lawyers and ulema. The "
            "Commission meets every three months. District CPUs work under its direction.</p>"
        ),
        Heading("Offences against children (Part VIII) and the 2022 Amendment"),
        Text(
            "<p>Part VIII of the Act makes crimes of the worst harms done to children:</p>"
            "<ul>"
            "<li>sexual abuse of a child;</li>"
            "<li>child pornography;</li>"
            "<li>trafficking a child;</li>"
            "<li>dealing in a child's organs;</li>"
            "<li>using a child for begging;</li>"
            "<li>corporal punishment (s.33), whose reach into the home is contested, as the "
            "first part of this lesson explains.</li>"
            "</ul>"
            "<p>The <strong>KP Child Protection and Welfare (Amendment) Act 2022</strong>, passed "
            "by the Provincial Assembly on 31 May 2022, made these offences much more serious. As "
            "reported in the press at the time:</p>"
            "<ul>"
            "<li>punishments for sexual abuse, child pornography, trafficking and organ dealing "
            "were raised; child pornography (s.48) now carries 14 to 20 years in prison and a "
            "fine of Rs 2 to 7 million, and trafficking up to life imprisonment;</li>"
            "<li>crimes against children are <strong>non-compoundable</strong>: they cannot be "
            "settled by the family, elders or a jirga, or by paying the victim's family, and the "
            "case goes on even if the family withdraws its complaint;</li>"
            "<li>DNA and video evidence are admissible;</li>"
            "<li>the police keep a <strong>register of sexual offenders</strong>, who are barred "
            "from work with children.</li>"
            "</ul>"
            "<p>Earlier, the provincial cabinet approved amendments on district-level CPUs, with "
            "the CPO overseeing the system, including the registration of FIRs. Always work from "
            "the current amended text (KP Child Protection and Welfare Act 2010, as amended 2022), "
            "and check the exact sections and penalties with the Commission's legal team: this "
            "course takes them from press reports of the Amendment.</p>"
        ),
        Callout(
            kind="key_point",
            title="Read the law itself",
            text=(
                "<p>This lesson names sections so that you can find them. It does not replace the "
                "text. Keep a copy of the current Act in your office. Read the sections that apply "
                "to each case, and ask the CPO or the Commission's legal staff when you are unsure "
                "how a section applies.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Finding the right section in Swabi",
            text=(
                "<p>Sana is a new CPO in Swabi. She receives a report that Imran, 10, begs at the "
                "bus stand every day and sleeps there at night. She asks herself three "
                "questions.</p>"
                "<ol>"
                "<li>Is Imran a child at risk? She checks the definition in the official text of "
                "the Act.</li>"
                "<li>Which parts of the Act guide her response? She notes the CPU's functions "
                "(s.9-10) and her own role (s.11). If Imran cannot be kept safe with his family, "
                "the court route (s.15-16, s.20) may be needed.</li>"
                "<li>What decides between the options? The best interest of the child "
                "(s.2(b)).</li>"
                "</ol>"
                "<p>She records these sections in the case file, so that her reasoning is clear to "
                "anyone who reads it.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not quote the law from memory",
            text=(
                "<p>Families, police and other officials will ask you what the law says. Do not "
                "guess. A wrong statement can mislead a family or lead to an unlawful action "
                "against a child. Say that you will check, then come back with the correct "
                "section.</p>"
            ),
        ),
        Reflection(
            "Which sections of the Act do you expect to use most in your role? Where in your "
            "office can you find the current official text?"
        ),
        Glossary(
            terms=(
                (
                    "Commission",
                    "The Khyber Pakhtunkhwa Child Protection and Welfare Commission, set up under "
                    "the 2010 Act.",
                ),
                (
                    "Chief Protection Officer",
                    "The chief executive of the Commission, appointed for three years.",
                ),
                (
                    "Child at risk",
                    "A term defined in the Act. Use the exact wording in the official text.",
                ),
                (
                    "Child Protection Institution",
                    "An institution provided for in the Act to care for children who need "
                    "protection.",
                ),
                (
                    "Non-compoundable",
                    "An offence that cannot be settled between the parties, by compensation or "
                    "by a family or jirga agreement. The 2022 Amendment made crimes against "
                    "children non-compoundable.",
                ),
                (
                    "Corporal punishment",
                    "Physical punishment of a child, such as hitting. Section 33 of the Act is "
                    'headed "Abolishment of corporal punishment" but refers to s.89 of the '
                    "Pakistan Penal Code, which still protects guardians acting in good faith; "
                    "how far it reaches into the home is contested.",
                ),
            )
        ),
    ),
)

LESSON_2_2 = Lesson(
    title="Child Protection Courts, rescue, entrustment and protective care",
    summary="The court-based tools in the Act and how to judge when a court order is needed.",
    minutes=20,
    body=(
        Heading("Child Protection Courts"),
        Text(
            "<p>The Act provides for Child Protection Courts and sets out their powers (s.15-16). "
            "In July 2020 the provincial government announced Child Protection Courts on a trial "
            "basis in seven districts: Peshawar, Mardan, Swat, Abbottabad, Kohat, Bannu and D.I. "
            "Khan. Arrangements may have changed since then. Ask your CPO which court hears child "
            "protection matters for your district.</p>"
        ),
        Heading("Legal tools in the Act"),
        Text(
            "<ul>"
            "<li><strong>Rescue of a child at risk (s.20).</strong> Rescue is a serious step. It is "
            "for a child who cannot be kept safe where he or she is.</li>"
            "<li><strong>Entrusting protection (s.25).</strong> The Act allows the protection of a "
            "child to be formally entrusted. This gives a placement legal backing and checks, "
            "instead of an informal arrangement.</li>"
            "<li><strong>Period of protective care (s.28).</strong> The Act deals with how long "
            "protective care lasts. Protective care is not meant to be open-ended.</li>"
            "<li><strong>Protection against child marriage (s.30).</strong> The Act has a specific "
            "section on child marriage.</li>"
            "</ul>"
            "<p>This lesson gives only the headings of these sections. Read the full text for who "
            "may act, what the court may order and any time limits, and ask your CPO how they are "
            "used in your district.</p>"
        ),
        Heading("When is a court order needed?"),
        Text(
            "<p>Most cases never go to court. Families usually work with the CPU by choice, and "
            "the least intrusive option that keeps the child safe is the right one. A court order "
            "is needed when you must act against the wishes of parents or caregivers, or when the "
            "law requires a court decision. Typical situations are:</p>"
            "<ul>"
            "<li>a child must leave home to be safe, and the parents do not agree;</li>"
            "<li>a child will live with someone other than the parents for a period, and the "
            "placement needs legal backing;</li>"
            "<li>a family will not stop a child marriage, even after the CPU has worked with "
            "them;</li>"
            "<li>a child is being exploited, and the exploiter may try to take the child back.</li>"
            "</ul>"
            "<p>The CPO decides, with legal advice where needed, whether to go to court.</p>"
        ),
        Callout(
            kind="key_point",
            title="Court action is a last resort, not a shortcut",
            text=(
                "<p>Removing a child from the family, or placing a child in an institution, without "
                "a legal basis can be both harmful and unlawful. Use the court route when you must "
                "override the family's wishes, and only after less intrusive options have been "
                "tried or ruled out for safety reasons.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Asad in Peshawar",
            text=(
                "<p>Asad, 9, begs in Peshawar Saddar. He lives with his mother in an informal "
                "settlement, and the CPU first works with the family at home. Weeks later Asad tells "
                "the SCW that a man who keeps his money touches him. His mother is not able to "
                "protect him from this man.</p>"
                "<p>The CPO applies to the Child Protection Court, referring to rescue (s.20) and "
                "entrusting protection (s.25). A placement at Zamung Kor through the court is "
                "considered, while the team explores whether an aunt can care for him. The period "
                "of protective care (s.28) will be reviewed. A neighbour offered to take Asad "
                "informally, but the team turned this down because there would be no legal "
                "safeguards and no checks.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="A rescue done badly can harm the child",
            text=(
                "<p>Avoid large police operations, handcuffs, cameras and crowds. Plan any rescue "
                "with the police and the CPU psychologist. Explain to the child what is happening, "
                "in words the child understands. Make sure a safe placement is ready before the "
                "child is moved.</p>"
            ),
        ),
        Reflection(
            "Think of a situation where a family might refuse help. What less intrusive steps "
            "would you try first? What would make you tell the CPO that a court order may be "
            "needed?"
        ),
        Glossary(
            terms=(
                (
                    "Child Protection Court",
                    "A court provided for in the Act (s.15-16) to hear matters about children at "
                    "risk.",
                ),
                (
                    "Rescue",
                    "Removing a child at risk from a dangerous situation under the Act (s.20).",
                ),
                (
                    "Entrustment",
                    "Formally placing the protection of a child with a person or institution "
                    "under the Act (s.25).",
                ),
                (
                    "Protective care",
                    "Care of a child at risk for a period set under the Act (s.28), which must be "
                    "reviewed.",
                ),
                (
                    "Least intrusive option",
                    "The option that keeps the child safe with the least disruption to the "
                    "child's life and family.",
                ),
            )
        ),
    ),
)

LESSON_2_3 = Lesson(
    title="Related laws: child marriage, child labour and juvenile justice",
    summary="Three other laws that often apply to CPU cases, and the different age limits they use.",
    minutes=18,
    body=(
        Heading("Child Marriage Restraint Act 1929"),
        Text(
            "<p>The Child Marriage Restraint Act 1929 (CMRA) still applies in Khyber Pakhtunkhwa. "
            "Under it, a male under 18 and a female under 16 count as children. A marriage "
            "involving a girl under 16 is therefore an offence under this Act. A KP bill to change "
            "the law has been pending since 2019. In 2025 it was sent to the Council of Islamic "
            "Ideology for review. Check whether the law has changed before you advise a "
            "family.</p>"
            "<p>A girl of 16 or 17 is outside the CMRA's definition, but she is still a child "
            "under the KP Act. You must still assess her risk and her best interests. Section 30 "
            "of the KP Act, on protection against child marriage, may also be relevant. Ask your "
            "CPO how it is applied.</p>"
        ),
        Heading("KP Prohibition of Employment of Children Act 2015"),
        Text(
            "<p>Under this Act, a <strong>child</strong> is a person under 14, and an "
            "<strong>adolescent</strong> is a person aged 14 to 18. Employing a child is banned. "
            "There is a narrow exception for light work of up to two hours a day, as part of "
            "training or with family members. Adolescents may work, but not in the hazardous work "
            "listed in the Act's Schedule. Labour Department inspectors are key partners in child "
            "labour cases.</p>"
            "<p>Check the current Schedule before you decide that a type of work is hazardous. For "
            "example, confirm with the Labour Department whether brick kiln work is listed.</p>"
        ),
        Heading("Juvenile Justice System Act 2018"),
        Text(
            "<p>The Juvenile Justice System Act 2018 (JJSA) now governs how a child accused of an "
            "offence, often called a child in conflict with the law, is arrested, investigated, "
            "tried and sentenced. It replaced the Juvenile Justice System Ordinance 2000, applies "
            "to everyone under 18, and takes precedence over other laws. The KP Act's older "
            "sentencing sections for children aged 12 to 15 and 15 to 18 (ss.31-32) must be read "
            "with it; ask the Commission's legal team how they fit together.</p>"
            "<p>Under the JJSA a child who is arrested must not be handcuffed or held with "
            "adults, the police must tell the guardian and a probation officer, minor offences "
            "can be diverted away from court, and a child is tried by a juvenile court and never "
            "sentenced to death.</p>"
            "<p><strong>Minimum age of criminal responsibility.</strong> Under the Pakistan Penal "
            "Code (s.82, as amended in 2016), nothing done by a child under 10 is an offence. A "
            "child aged 10 to 14 is not criminally responsible if he or she was not mature "
            "enough to understand the act and its consequences (s.83). A child who is arrested "
            "is still a child, with a right to protection. If police contact your CPU about a "
            "child in custody, tell your CPO at once.</p>"
        ),
        Callout(
            kind="key_point",
            title="Check the age limit in each law",
            text=(
                "<p>Each law uses its own age limits. Take a girl of 16. She is an adolescent under "
                "the 2015 employment law. She is a child under the KP Act. She is above the CMRA's "
                "age limit for girls. Always note which law you are applying and which age limit it "
                "uses.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Bilal at a brick kiln in Nowshera",
            text=(
                "<p>Bilal, 12, works at a brick kiln in Nowshera with his family, who owe money to "
                "the kiln owner. Because he is under 14, his employment is banned under the 2015 "
                "Act, and kiln work is not light work.</p>"
                "<p>The CPO does not ask the police for a raid, which could lead to revenge against "
                "the family. Instead, the team plans an assessment visit together with Labour "
                "Department inspectors. The plan that follows includes school enrolment, support for "
                "the family's income, legal aid and a report of the bondage to the District "
                "Vigilance Committee (under the KP Bonded Labour System (Abolition) Act 2015 a "
                "bonded debt is extinguished), and regular checks with the inspectors.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Using the law can backfire",
            text=(
                "<p>Reporting a family to the police, or threatening them with the law, can push a "
                "family to hold a marriage sooner or to move a child out of reach. Plan legal steps "
                "with the CPO, think through how the family may react, and keep the child's safety "
                "at the centre.</p>"
            ),
        ),
        Reflection(
            "A father tells you that his 13-year-old son works in the family shop after school. "
            "What would you need to know to decide whether this is allowed under the 2015 Act?"
        ),
        Glossary(
            terms=(
                ("CMRA", "The Child Marriage Restraint Act 1929, which still applies in KP."),
                (
                    "Adolescent",
                    "Under the KP employment law of 2015, a person aged 14 to 18.",
                ),
                (
                    "Light work",
                    "Under the 2015 Act, work of up to two hours a day as part of training or with "
                    "family members.",
                ),
                (
                    "Hazardous work",
                    "Work listed in the Schedule of the 2015 Act, which adolescents may not do.",
                ),
                (
                    "Child in conflict with the law",
                    "A child who is accused of, or found to have committed, an offence.",
                ),
            )
        ),
    ),
)

LESSON_2_4 = Lesson(
    title="Helpline 1121, Zamung Kor and district child protection committees",
    summary="The main province-wide and local actors that refer children to the CPU or receive referrals from it.",
    minutes=18,
    body=(
        Heading("The 1121 helpline"),
        Text(
            "<p>1121 is the child protection helpline in Khyber Pakhtunkhwa. It is free to call "
            "and open 24 hours a day, seven days a week. Children, parents, teachers, neighbours and "
            "professionals can all call it. A dedicated 1121 line was inaugurated on 29 June 2025, "
            "together with a Centre for Continuing Professional Development (C4CPD). Your CPU's SOP "
            "sets out how 1121 concerns reach your unit and how you report back on what you "
            "did.</p>"
        ),
        Heading("Zamung Kor"),
        Text(
            '<p>Zamung Kor ("Our Home") is the province\'s institution for street children. It '
            "opened on 20 November 2015 in the Nasapa flats in Peshawar, with a planned capacity of "
            "1,000 children. In 2021 it cared for 370 children, and 100 children had been reunited "
            "with their families. Children are referred by Social Welfare Officers, the Child "
            "Protection Court, and NGOs or the Commission. It admits children under 18, prefers "
            "ages 5 to 10, and gives priority to children without parents who live or work on the "
            "street. Campuses were planned in Swat, Abbottabad and D.I. Khan, and a girls' campus "
            "in Peshawar. Check which campuses are open now.</p>"
        ),
        Heading("District and community child protection committees"),
        Text(
            "<p>Many districts have a child protection committee that brings together government "
            "departments, police, health, education and civil society. Many villages and "
            "neighbourhoods also have community child protection committees, with members such as "
            "elders, teachers, women's groups and religious leaders. These committees can spot "
            "children at risk early and refer them to the CPU. Their names, members and meeting "
            "times differ from place to place. Ask your CPO which committees exist in your "
            "district and who leads them.</p>"
        ),
        Heading("Mapping your referral actors"),
        Text(
            "<p>A referral map lists the services in your district and how to reach them. It "
            "usually includes:</p>"
            "<ul>"
            "<li>police stations, and named officers who handle cases involving children;</li>"
            "<li>hospitals, health facilities and Lady Health Workers;</li>"
            "<li>schools and the district education office;</li>"
            "<li>the Social Welfare and Labour Departments;</li>"
            "<li>the Child Protection Court and legal aid providers;</li>"
            "<li>NGOs with specialist services, and UNHCR and its partners for Afghan "
            "children;</li>"
            "<li>district and community child protection committees.</li>"
            "</ul>"
        ),
        Callout(
            kind="key_point",
            title="A referral map must be current",
            text=(
                "<p>For each service, record a named contact, a phone number, what the service "
                "offers, which children it accepts, and how to refer. Check the map every few "
                "months. An out-of-date map wastes time when a child needs help fast.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Building a map in Swat",
            text=(
                "<p>Zainab, a new SCW in Swat, starts her referral map in her second week. She "
                "visits the district hospital and meets the social welfare officer there. She calls "
                "the police station nearest the CPU and asks who deals with cases involving "
                "children. She asks the CPO for the contacts of two community child protection "
                "committees. She also checks whether the planned Zamung Kor campus in Swat is open. "
                "It is not open yet, so she notes the Peshawar campus and the referral route through "
                "the court. She finds no service for children with hearing loss and reports this "
                "gap to her supervisor.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Check a service before you refer",
            text=(
                "<p>Do not refer a child to a service you have not checked. An unknown shelter, an "
                "unregistered hostel or a private person offering help can expose a child to abuse "
                "or labour. Refer only to services your CPU has checked, and follow up to confirm "
                "that the child arrived and is safe.</p>"
            ),
        ),
        Reflection(
            "List five referral actors in your district, with a named contact for each. Which "
            "services are missing or hard to reach?"
        ),
        Glossary(
            terms=(
                (
                    "1121",
                    "The free, 24-hour child protection helpline in Khyber Pakhtunkhwa.",
                ),
                (
                    "Zamung Kor",
                    '"Our Home": the province\'s institution for street children, opened in '
                    "Peshawar in 2015.",
                ),
                (
                    "Community child protection committee",
                    "A local group of community members who spot children at risk and refer them "
                    "to services.",
                ),
                (
                    "Referral map",
                    "A current list of local services, with contacts and how to refer a child to "
                    "each.",
                ),
            )
        ),
    ),
)

LESSON_2_5 = Lesson(
    title="Community child protection committees, parents and prevention",
    summary="How committees, parents and community leaders help prevent harm, what they may and may not do, and how the CPU supports them.",
    minutes=22,
    body=(
        Heading("Prevention comes before cases"),
        Text(
            "<p>Most of a CPU's day goes on children who have already been harmed. Prevention "
            "means acting earlier, so fewer children reach that point. It works at three "
            "levels:</p>"
            "<ul>"
            "<li><strong>For everyone:</strong> messages that reach all families, such as how to "
            "discipline without hitting, why birth registration and school matter, and how to "
            "call 1121.</li>"
            "<li><strong>For families under strain:</strong> support for a family the community "
            "already worries about, such as a widow with no income, a parent who drinks or uses "
            "drugs, or a child who has stopped going to school.</li>"
            "<li><strong>After harm:</strong> a case plan that stops the harm from happening "
            "again.</li>"
            "</ul>"
            "<p>The CPU cannot do the first two levels alone. It needs committees, parents, "
            "teachers, health workers and religious leaders.</p>"
        ),
        Heading("What a community committee does"),
        Text(
            "<p>A community child protection committee is a small group of trusted local "
            "people: elders, teachers, a Lady Health Worker, women's group members, a prayer "
            "leader, and sometimes young people. Who sets these committees up, and whether the "
            "Commission formally recognises them, differs between districts: confirm with your "
            "supervisor which committees your CPU works with and who trained them. A well-run "
            "committee:</p>"
            "<ul>"
            "<li>raises awareness in the mosque, the school and the hujra;</li>"
            "<li>notices children at risk early and refers them to the CPU or 1121;</li>"
            "<li>helps the CPU reach a family, for example by introducing the case worker;</li>"
            "<li>keeps what it learns about a child confidential.</li>"
            "</ul>"
        ),
        Heading("What a committee must not do"),
        Text(
            "<p>A committee does not investigate, question a child about abuse, or decide a "
            "case. Above all, it never settles abuse, a child marriage or an exchange of girls "
            "between families through mediation or a jirga. These are crimes or serious harms, "
            "and they go to the CPU and, where needed, the police and the court. Crimes "
            "against children under the KP Act are non-compoundable since the 2022 amendment: "
            "a family's forgiveness or a payment cannot end them. Explain this to a new "
            "committee at its first meeting, and again whenever members change.</p>"
        ),
        Heading("Working with parents"),
        Text(
            "<p>Most parents want to protect their children, and many were themselves raised "
            "with beatings and silence. Parent sessions work best when they are practical and "
            "respectful. Useful topics include:</p>"
            "<ul>"
            "<li>discipline without violence, and what to do instead when angry;</li>"
            "<li>knowing where children are and who they spend time with;</li>"
            "<li>teaching children the names of their body parts and that no one may touch them "
            "in secret;</li>"
            "<li>listening calmly when a child tells them something worrying;</li>"
            "<li>registering births with NADRA and keeping children in school.</li>"
            "</ul>"
            "<p>Reach parents where they already meet: Lady Health Worker visits, school "
            "parent-teacher councils, women's groups and Friday sermons. Ask local religious "
            "leaders to speak about the protection of children in their own words; many "
            "are willing and are listened to.</p>"
        ),
        Callout(
            kind="example",
            title="A committee in Charsadda",
            text=(
                "<p>A community committee in a village near Charsadda tells the CPU about a "
                "12-year-old boy, Javed, who has left school to work in a motorcycle workshop. "
                "The SCW visits with a committee member the family trusts, and the plan gets "
                "Javed back to school with help for the family's income. Months later a member "
                "suggests that the committee itself should settle a complaint that a shopkeeper "
                "touched a girl. The CPO thanks him and explains why that case must come to the "
                "CPU the same day, and that the committee's part is to refer and to keep the "
                "girl's name private.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Support committees, do not use them",
            text=(
                "<p>Committee members are volunteers. Give them training, a named contact at the "
                "CPU, feedback on what happened after a referral, and protection from "
                "retaliation. Never ask them to gather evidence or to confront a suspected "
                "abuser.</p>"
            ),
        ),
        Reflection(
            "Think of one community in your district. Who already looks out for its children? "
            "What would you ask them to do, and what would you ask them never to do?"
        ),
        Glossary(
            terms=(
                (
                    "Prevention",
                    "Action that stops harm to children before it happens or stops it happening "
                    "again.",
                ),
                (
                    "Hujra",
                    "A men's guest house or meeting place in a Pashtun village.",
                ),
            )
        ),
    ),
)

LESSON_2_6 = Lesson(
    title="The Merged Districts: what differs there",
    summary="How child protection work changes in the districts that were the Federally Administered Tribal Areas until 2018.",
    minutes=22,
    body=(
        Heading("From FATA to districts of KP"),
        Text(
            "<p>Until 2018 the Federally Administered Tribal Areas (FATA) were governed "
            "separately, largely under the colonial Frontier Crimes Regulation of 1901. The "
            "25th Amendment to the Constitution in May 2018 merged them into Khyber "
            "Pakhtunkhwa. The seven former agencies became districts: Bajaur, Mohmand, Khyber, "
            "Orakzai, Kurram, North Waziristan and South Waziristan, which has since been "
            "divided into Upper and Lower South Waziristan. The former Frontier Regions joined "
            "their neighbouring districts. Provincial laws, including the KP Child Protection "
            "and Welfare Act 2010, now apply there, and the regular police and courts replaced "
            "the old system.</p>"
            "<p>The law is the same as in Peshawar. Practice is not, and a case worker posted "
            "to a Merged District needs to know why.</p>"
        ),
        Heading("Institutions are new and thin"),
        Text(
            "<p>CPUs opened in Khyber in 2024 and in Bajaur; other Merged Districts may still "
            "depend on a neighbouring district's unit. Check with your supervisor which CPU "
            "covers each Merged District today, whether a Child Protection Court sits there or "
            "cases go to another court, and which police stations have officers trained to "
            "handle cases involving children. Health facilities, schools for girls, shelters and "
            "NGOs are fewer and further apart, so your referral map will be short. Write down "
            "the gaps and report them; do not fill them with an unchecked service.</p>"
        ),
        Heading("Jirgas"),
        Text(
            "<p>The jirga, a council of elders, settled most disputes under the old system and "
            "still carries great authority. Elders can be strong allies: they can open doors, "
            "vouch for a case worker, and speak against harmful customs. But a jirga has no "
            "power to decide a child protection case. It may not settle abuse, order a child "
            "marriage, or give a girl in swara to end a feud, which is a crime under section "
            "310-A of the Pakistan Penal Code (see Day 8). When a jirga is already involved in "
            "a child's case, tell the CPO at once.</p>"
        ),
        Heading("Access and safety"),
        Text(
            "<ul>"
            "<li>Security can change quickly. Plan each field visit with your supervisor, follow "
            "the unit's security advice, and tell someone when you leave and return.</li>"
            "<li>Distances are long and roads close in winter and after rain. A response that "
            "takes an hour in Peshawar can take a day; start high-risk responses "
            "earlier and agree a local contact who can keep the child safe until you arrive.</li>"
            "<li>Mobile networks may be weak or switched off. Agree how a family can reach you "
            "and how you will follow up.</li>"
            "<li>Female staff are essential for reaching girls and mothers, and may need a "
            "travel companion. Plan for this; do not skip the girl.</li>"
            "<li>Many families were displaced by military operations and returned to damaged "
            "homes. Ask about loss and displacement in your assessment.</li>"
            "</ul>"
        ),
        Heading("Documents"),
        Text(
            "<p>Many children in the Merged Districts have no birth registration or NADRA "
            "Child Registration Certificate (the B-Form), and parents may have lost their own "
            "identity cards. Families often have relatives across the border in Afghanistan. "
            "Help a family register a birth through the union council and NADRA, because "
            "school, health and inheritance depend on it. Never make protection depend on "
            "documents: a child without papers receives the same service.</p>"
        ),
        Callout(
            kind="example",
            title="Shahida, 10, in Bajaur",
            text=(
                "<p>A teacher tells the Bajaur CPU that Shahida, 10, has not come to school since "
                "her father was killed in a land dispute, and that her uncle speaks of a jirga. "
                "The SCW, a woman, travels with a colleague after checking the route with the "
                "supervisor. A respected elder whom the teacher trusts introduces them to the "
                "family. The SCW learns that the jirga may offer Shahida in swara to end the "
                "feud. The CPO rates the case High the same day, involves the police and "
                "prepares an application to the court, while the elder explains to the other "
                "elders that swara is a crime. Shahida has no B-Form, so the plan also includes "
                "registering her birth.</p>"
            ),
        ),
        Reflection(
            "If you were posted to a Merged District tomorrow, what three things would you "
            "find out in your first week, and from whom?"
        ),
        Glossary(
            terms=(
                (
                    "Merged Districts",
                    "The districts of the former Federally Administered Tribal Areas, part of "
                    "Khyber Pakhtunkhwa since 2018.",
                ),
                (
                    "Jirga",
                    "A council of elders that settles disputes by custom. It has no power to "
                    "decide a child protection case.",
                ),
                (
                    "B-Form",
                    "NADRA's Child Registration Certificate, the identity document for a child "
                    "under 18.",
                ),
            )
        ),
    ),
)

DAY_2 = Day(
    number=2,
    title="KP legal and institutional framework",
    title_ur="خیبر پختونخوا کا قانونی اور ادارہ جاتی ڈھانچہ",
    title_ps="د خیبر پښتونخوا قانوني او اداري چوکاټ",
    summary=(
        "The KP Child Protection and Welfare Act 2010, the courts and legal tools it provides, "
        "related laws, and the services and committees you will work with."
    ),
    objectives=(
        "You will be able to find the relevant section of the law for a case.",
        "You will be able to explain when a Child Protection Court order is needed.",
        "You will be able to map the referral actors in your district.",
    ),
    lessons=(LESSON_2_1, LESSON_2_2, LESSON_2_3, LESSON_2_4, LESSON_2_5, LESSON_2_6),
)

# ---------------------------------------------------------------------------------------------
# Day 3. Principles and ethics
# ---------------------------------------------------------------------------------------------

LESSON_3_1 = Lesson(
    title="Best interests and the CPMS principles",
    summary="What the best interest of the child means in KP law and how to check a decision against it.",
    minutes=20,
    body=(
        Heading("Best interests in KP law"),
        Text(
            '<p>Section 2(b) of the KP Act defines the best interest of a child as the "primary '
            "consideration, in all actions either by public or private bodies, for protection, "
            'survival, development and participation of children". In plain words: when any '
            "public or private body acts in a way that affects a child, the child's protection, "
            "survival, development and participation come first. Other interests count, such as a "
            "parent's wishes, family honour or an office's convenience. But they do not outweigh "
            "the child's best interests.</p>"
        ),
        Heading("The CPMS principles"),
        Text(
            "<p>The Child Protection Minimum Standards (CPMS, 2019) set out ten principles. They "
            "guide all child protection work, including case management, which is CPMS Standard "
            "18.</p>"
            "<ol>"
            "<li>Survival and development.</li>"
            "<li>Non-discrimination and inclusion.</li>"
            "<li>Children's participation.</li>"
            "<li>Best interests of the child.</li>"
            "<li>Enhance people's safety, dignity and rights, and avoid exposing them to further "
            "harm (do no harm).</li>"
            "<li>Ensure access to impartial assistance.</li>"
            "<li>Help people recover from physical and psychological harm.</li>"
            "<li>Help people claim their rights.</li>"
            "<li>Strengthen child protection systems.</li>"
            "<li>Strengthen children's resilience.</li>"
            "</ol>"
            "<p>The wording of principle 7 above follows the related Sphere principles. Check the "
            "CPMS handbook for its exact text.</p>"
        ),
        Heading("A best-interests check"),
        Text(
            "<p>Before an important decision, such as where a child will live, stop and ask:</p>"
            "<ul>"
            "<li><strong>Safety.</strong> Which option keeps the child safest, now and in the "
            "coming months?</li>"
            "<li><strong>The child's views.</strong> What does the child want? Have I explained "
            "the options in words the child understands? Have I given the child's views weight "
            "in line with age and maturity?</li>"
            "<li><strong>Family.</strong> Can the child stay with, or return to, family safely? "
            "What support would make that possible?</li>"
            "<li><strong>Development.</strong> How does each option affect health, schooling and "
            "relationships?</li>"
            "<li><strong>Identity.</strong> Does the option respect the child's language, "
            "religion and culture?</li>"
            "<li><strong>Least harm.</strong> Is this the least intrusive option that keeps the "
            "child safe?</li>"
            "</ul>"
            "<p>Write down the options, what you weighed, and why you chose as you did. Some "
            "decisions, such as a long-term solution for an unaccompanied refugee child, need a "
            "formal Best Interests Determination. Day 6 covers this.</p>"
        ),
        Callout(
            kind="key_point",
            title="The child's interests come first",
            text=(
                "<p>The law makes the child's best interests the primary consideration. Adults' "
                "wishes, customs and the convenience of agencies come after. Record how you applied "
                "this in every major decision.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Nasreen in Abbottabad",
            text=(
                "<p>Nasreen, 11, lost her mother last year. Her stepmother keeps her home from "
                "school to do housework, and her father plans to send her to work as a domestic "
                "worker in a city household. Her grandmother, who lives nearby, offers to care for "
                "her.</p>"
                "<p>The SCW applies the best-interests check. Domestic work would put Nasreen's "
                "safety and schooling at risk. Nasreen says she wants to stay in school and live "
                "with her grandmother. The grandmother is caring but poor. The team agrees a plan "
                "with the father's consent: Nasreen moves to her grandmother, the CPU links the "
                "grandmother to social protection support, and Nasreen returns to school. The SCW "
                "records each option and the reasons for the decision.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Best interests is not your personal opinion",
            text=(
                '<p>The phrase "best interests" can be misused to justify what a worker or an '
                "elder already wanted. Base the decision on evidence, the child's views and the "
                "principles, and discuss it with your supervisor. Take extra care when a decision "
                "would separate a child from family.</p>"
            ),
        ),
        Reflection(
            "Think of a decision about a child that you have seen made, at work or in your "
            "community. Whose interests came first? How would the best-interests check have "
            "changed it?"
        ),
        Glossary(
            terms=(
                (
                    "Best interest of a child",
                    "Under s.2(b) of the KP Act, the primary consideration in all actions by "
                    "public or private bodies that affect children.",
                ),
                (
                    "CPMS",
                    "The Child Protection Minimum Standards (2019), the humanitarian standards for "
                    "child protection work.",
                ),
                (
                    "Participation",
                    "Children taking part in decisions that affect them, in line with their age "
                    "and maturity.",
                ),
                (
                    "Resilience",
                    "A child's ability to cope with and recover from difficult experiences.",
                ),
                (
                    "Best Interests Determination (BID)",
                    "A formal process with strict safeguards for certain major decisions, such "
                    "as a long-term solution for an unaccompanied refugee child.",
                ),
            )
        ),
    ),
)

LESSON_3_2 = Lesson(
    title="Do no harm and non-discrimination",
    summary="How your actions can add to a child's harm, and how to protect Afghan, transgender and disabled children equally.",
    minutes=20,
    body=(
        Heading("Do no harm"),
        Text(
            "<p>Every action you take can help or harm. Do no harm means thinking ahead about how "
            "an action could expose the child or family to further harm, and choosing the path "
            "that avoids it. Harm can come from:</p>"
            "<ul>"
            '<li>a visit that tells the neighbours that the family is a "CPU case";</li>'
            "<li>questions that make a child relive abuse again and again;</li>"
            "<li>a police action that leads to revenge against the child or family;</li>"
            "<li>a case file that is left open or shared carelessly;</li>"
            "<li>placing a child in an unsafe or unchecked institution.</li>"
            "</ul>"
        ),
        Heading("Non-discrimination and inclusion"),
        Text(
            "<p>Every child has the same right to protection, whatever the child's nationality, "
            "gender, disability, religion, ethnic group or family background. In KP, three groups "
            "often face extra barriers.</p>"
            "<p><strong>Afghan children.</strong> Many Afghan children live in KP, with or "
            "without documents, and the papers their families hold no longer protect them from "
            "removal. Under the Illegal Foreigners Repatriation Plan, undocumented foreigners had "
            "to leave by 31 October 2023, through facilitation centres in Peshawar, Landi Kotal "
            "and Haripur. Afghan Citizen Card holders were brought under the plan early in 2025. "
            "Proof of Registration (PoR) cards expired on 30 June 2025, and the formal "
            "repatriation of PoR card holders began on 1 September 2025 (Interior Ministry letter "
            "of 4 August 2025, as reported in the press). UNHCR, IOM and UNICEF have raised "
            "concerns about the effect on children. Assume that any Afghan family you meet may "
            "face removal, refer early, and check the current position with UNHCR or its "
            "partner: it may have changed again since this course was written. Whatever papers a "
            "child has, a child at risk in your district has a right to protection.</p>"
            "<p><strong>Non-refoulement</strong> is the principle that a refugee or asylum "
            "seeker must not be sent back to a country where he or she would face persecution or "
            "serious harm. It is not a right never to be returned. Pakistan is not a party to "
            "the 1951 Refugee Convention, and a CPU has no power to stop a deportation. What you "
            "can do is refer the child to UNHCR and its partners, document the child's "
            "situation, and advocate for the child's best interests. Work with UNHCR and its "
            "partners on every decision about an Afghan child's future.</p>"
            "<p><strong>Transgender and intersex children.</strong> In May 2023 the Federal "
            "Shariat Court struck down key provisions of the Transgender Persons Act 2018 on "
            "self-perceived gender identity. The same court called the situation of abandoned "
            'transgender and intersex children "a scar on society", stressed the state\'s duty to '
            "protect them. One news report, not confirmed elsewhere, says it also directed that a "
            "child protection unit be set up for them; treat that as unconfirmed. The judgment is "
            "under appeal before the Shariat Appellate Bench of the Supreme Court, so the law may "
            "change again. A khwaja sira child at risk has the same right to safety and dignity "
            "as any other child.</p>"
            "<p><strong>Children with disabilities.</strong> They face higher risks of neglect and "
            "abuse, and are often hidden at home. Meet the child directly, find a way to "
            "communicate, and prefer support at home over sending the child to an "
            "institution.</p>"
        ),
        Callout(
            kind="key_point",
            title="One standard for every child",
            text=(
                "<p>Apply the same risk levels, the same response and the same quality of care to "
                "every child. Adapt how you work, for example with an interpreter, pictures or sign "
                "language, but never lower the standard.</p>"
            ),
        ),
        Callout(
            kind="example",
            title="Ali in Swat",
            text=(
                "<p>A Lady Health Worker reports that Ali, 7, who has cerebral palsy, is locked in "
                "a room all day while his parents work. A neighbour suggests sending him to an "
                "institution. The SCW instead makes a respectful home visit with a health and "
                "nutrition check. She sees that the parents love Ali but have no help. The plan "
                "links the family to health, rehabilitation and special education services, gives "
                "the mother support and short breaks, and arranges a safe place for Ali during the "
                "day.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Placements for khwaja sira children",
            text=(
                "<p>Do not place a khwaja sira child in a setting where the child may be mocked, "
                "abused or forced into harmful work. Plan the placement with the CPO and "
                "psychologist, ask the child what feels safe, and treat the child's identity "
                "information as highly confidential.</p>"
            ),
        ),
        Reflection(
            "Which children in your district are least likely to reach the CPU? Name one thing "
            "your unit could do to reach them."
        ),
        Glossary(
            terms=(
                (
                    "Do no harm",
                    "Avoiding actions that expose a child or family to further harm.",
                ),
                (
                    "Non-discrimination",
                    "Giving every child the same protection, whatever their background or "
                    "identity.",
                ),
                (
                    "PoR card",
                    "Proof of Registration card, once held by many registered Afghan refugees "
                    "in Pakistan. The cards expired on 30 June 2025 and no longer protect their "
                    "holders from return.",
                ),
                (
                    "Non-refoulement",
                    "The principle that a refugee or asylum seeker must not be returned to a "
                    "country where he or she would face persecution or serious harm. It is not "
                    "a right never to be returned, and Pakistan is not a party to the 1951 "
                    "Refugee Convention.",
                ),
                (
                    "Khwaja sira",
                    "A local term for transgender and intersex people in Pakistan.",
                ),
            )
        ),
    ),
)

LESSON_3_3 = Lesson(
    title="Consent and assent by age",
    summary="How to ask a child and caregiver for agreement in a way that fits the child's age and maturity.",
    minutes=18,
    body=(
        Heading("Consent and assent"),
        Text(
            "<p><strong>Informed consent</strong> is a free agreement given by someone who "
            "understands what the service involves, what will happen to their information, and "
            "their choices, including the right to say no. <strong>Assent</strong> is a child's "
            "willingness to take part, when the child is too young to give informed consent.</p>"
            "<p>To make consent or assent informed, explain:</p>"
            "<ul>"
            "<li>who you are and what the CPU does;</li>"
            "<li>what will happen next, and what the options are;</li>"
            "<li>who will see the information, and the limits of confidentiality;</li>"
            "<li>that they can ask questions and can say no to parts of the help.</li>"
            "</ul>"
        ),
        Heading("Age bands many agencies use"),
        Text(
            "<p>Many child protection agencies use age bands drawn from the IRC and UNICEF "
            "guidelines <em>Caring for Child Survivors</em>. A common version is:</p>"
            "<ul>"
            "<li><strong>0 to 5 years:</strong> caregiver consent. Still explain to the child in "
            "simple words.</li>"
            "<li><strong>6 to 11:</strong> the child's assent and the caregiver's consent.</li>"
            "<li><strong>12 to 14:</strong> the child's assent and the caregiver's consent, or "
            "the child's own consent if the caregiver is not appropriate.</li>"
            "<li><strong>15 to 17:</strong> the child's own informed consent.</li>"
            "</ul>"
            "<p>These bands have not yet been confirmed as KP policy. Your CPU's SOP sets the rules "
            "that apply to you; check them with your supervisor. Always look at the child's "
            "maturity as well as age.</p>"
        ),
        Heading("When the caregiver is not appropriate"),
        Text(
            "<p>A caregiver is not appropriate to give consent if he or she is the suspected "
            "abuser, is pushing the harm (for example arranging a child marriage), or cannot act "
            "in the child's interests. Then seek consent from another caring adult who is not "
            "involved in the harm, or the child's own consent if the child is mature enough. The "
            "CPO decides the next steps.</p>"
        ),
        Heading("Check safety first"),
        Text(
            "<p>Before you ask for consent, especially by phone, ask whether the child feels safe "
            "and can talk. If the child seems uncomfortable, stop. Agree a safe way for the child "
            "to contact you again.</p>"
        ),
        Callout(
            kind="example",
            title="Saima in Charsadda",
            text=(
                "<p>A teacher reports that Saima, 14, is to be married in ten days. A female SCW "
                "meets Saima privately at school. She first asks whether Saima feels safe talking "
                "there. She explains who she is, what the CPU can do, and who will know what Saima "
                "says. Saima agrees to the CPU's help but is afraid of her father's anger. The SCW "
                "records Saima's assent and her fears. The CPO then plans how to approach the "
                "parents for their consent without putting Saima at risk.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Consent is a process, not a signature",
            text=(
                "<p>Check consent and assent again at each new step, such as a referral or a "
                "medical examination. A child or caregiver who agreed last week may have new "
                "worries today.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Acting without consent",
            text=(
                "<p>If a child is in immediate danger, you may need to act to protect the child "
                "even if a parent refuses. This is a serious decision. The CPO must take it, record "
                "the reasons, and seek a court order where needed. Even then, explain to the child "
                "what is happening and why.</p>"
            ),
        ),
        Reflection(
            "How would you explain the CPU's help, and the limits of confidentiality, to a "
            "7-year-old? Write the words you would use in your own language."
        ),
        Glossary(
            terms=(
                (
                    "Informed consent",
                    "Free agreement by someone who understands the service, the options and the "
                    "right to say no.",
                ),
                (
                    "Assent",
                    "A child's willingness to take part when the child is too young to give "
                    "informed consent.",
                ),
                (
                    "Caregiver",
                    "The adult who looks after the child day to day, such as a parent or relative.",
                ),
                (
                    "Non-offending caregiver",
                    "A caring adult who is not involved in harming the child.",
                ),
            )
        ),
    ),
)

LESSON_3_4 = Lesson(
    title="Confidentiality, data protection and the duties in s.23 and s.24",
    summary="What you may share, with whom and why, and how to keep children's records safe.",
    minutes=20,
    body=(
        Heading("What the Act says"),
        Text(
            "<p>Two sections of the KP Act deal with confidentiality. Section 23 provides that "
            "reports are to be treated as confidential. Section 24 prohibits publishing the names "
            "of a child at risk in proceedings. Read the full text of both sections. In practice, "
            "they mean that information about a child in a case is shared only for the child's "
            "protection, and never made public.</p>"
        ),
        Heading("The limits of confidentiality"),
        Text(
            "<p>You cannot promise a child total secrecy. If a child tells you about harm, you "
            'must pass it on to people who can help. Say this honestly, for example: "I cannot '
            "keep this a secret, but I will only tell people whose job is to help keep you "
            'safe."</p>'
            "<p>Share information only when:</p>"
            "<ul>"
            "<li>the person needs it to protect or help the child;</li>"
            "<li>the child and caregiver have agreed, unless asking them would put the child in "
            "danger;</li>"
            "<li>there is a clear best-interests reason, which you record.</li>"
            "</ul>"
            "<p>Share only the part that the person needs, not the whole file.</p>"
        ),
        Heading("Keeping records safe"),
        Text(
            "<ul>"
            "<li>Keep paper files in a locked cupboard and protect computers with passwords.</li>"
            "<li>Do not keep photos of children or case papers on your personal phone.</li>"
            "<li>Do not discuss cases in WhatsApp groups. Use case numbers, not names, in "
            "messages.</li>"
            "<li>Do not talk about cases in public places or leave files in vehicles.</li>"
            "<li>Collect only the information you need.</li>"
            "</ul>"
        ),
        Heading("Duty to refer"),
        Text(
            "<p>It has not been confirmed whether KP law places a general legal duty on all "
            "professionals to report child abuse. This course uses the term <em>duty to refer</em>: "
            "your CPU's SOP and your agency's safeguarding policy require you to pass on concerns "
            "about a child's safety through the proper channel. The Commission's legal team is to "
            "confirm the legal position. Ask your supervisor for the current guidance.</p>"
        ),
        Callout(
            kind="example",
            title="A request for Zabihullah's file",
            text=(
                "<p>Zabihullah, 15, is an unaccompanied Afghan boy registered by the CPU in "
                "Peshawar. An official at a transit point phones and asks for his full file. The "
                "SCW does not send it. She asks the CPO, who checks what the official needs and "
                "why. With Zabihullah's agreement, the CPO shares only his name, age and that a "
                "family tracing referral has been made, and records the reason.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Need to know",
            text=(
                "<p>Ask three questions before sharing: Does this person need it to protect the "
                "child? Have the child and caregiver agreed, or is there a safety reason not to ask? "
                "Am I sharing only what is needed? Record your answers.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Never talk to the media about a case",
            text=(
                "<p>Journalists and social media users may want a child's story. Never share a "
                "child's name, photo, school or village. Publishing can expose the child to shame, "
                "threats and revenge, and is against s.24 where proceedings are involved. Send all "
                "media requests to the CPO.</p>"
            ),
        ),
        Reflection(
            "Look at how case information moves in your office today: papers, phones, messages. "
            "Where could a child's information leak, and what would you change?"
        ),
        Glossary(
            terms=(
                (
                    "Confidentiality",
                    "Keeping a child's information private and sharing it only to protect or help "
                    "the child.",
                ),
                (
                    "Need to know",
                    "Sharing only with people who need the information for the child's "
                    "protection, and only the part they need.",
                ),
                (
                    "Data protection",
                    "Practical steps to keep records safe from loss, misuse or leaks.",
                ),
                (
                    "Duty to refer",
                    "The duty, under your CPU's SOP and agency policy, to pass on a concern "
                    "about a child's safety.",
                ),
            )
        ),
    ),
)

DAY_3 = Day(
    number=3,
    title="Principles and ethics",
    title_ur="اصول اور اخلاقیات",
    title_ps="اصول او اخلاقيات",
    summary=(
        "The principles that guide every decision in a case: best interests, do no harm, "
        "non-discrimination, consent and confidentiality."
    ),
    objectives=(
        "You will be able to apply a best-interests check to a decision about a child.",
        "You will be able to get consent or assent that fits the child's age and maturity.",
        "You will be able to explain the limits of confidentiality to a child and family.",
    ),
    lessons=(LESSON_3_1, LESSON_3_2, LESSON_3_3, LESSON_3_4),
)

# ---------------------------------------------------------------------------------------------
# Day 4. Working with children
# ---------------------------------------------------------------------------------------------

LESSON_4_1 = Lesson(
    title="Child development and the effects of trauma",
    summary="How children understand and express harm at different ages, and how trauma can show in behaviour.",
    minutes=18,
    body=(
        Heading("Why development matters"),
        Text(
            "<p>A child's age and stage of development shape how the child understands what "
            "happened, remembers it and talks about it. You need to adjust how you speak, what you "
            "expect, and how you read the child's behaviour.</p>"
            "<ul>"
            "<li><strong>Early childhood (0 to 5).</strong> Young children depend fully on their "
            "caregivers. They have few words for what happened. They show distress through "
            "behaviour, play, sleep and clinging.</li>"
            "<li><strong>Middle childhood (6 to 11).</strong> Children have more language but think "
            "in concrete terms. They often want to please adults and may blame themselves for what "
            "happened.</li>"
            "<li><strong>Adolescence (12 to 17).</strong> Young people think more abstractly, care "
            "a lot about friends and reputation, and want independence. They may feel deep shame "
            "and may take risks.</li>"
            "</ul>"
        ),
        Heading("What trauma can do"),
        Text(
            "<p>After frightening or painful events, especially repeated harm by people they "
            "trust, children may show:</p>"
            "<ul>"
            "<li>fear, and being constantly on guard;</li>"
            "<li>sleep problems and nightmares;</li>"
            "<li>going back to younger behaviour, such as bedwetting or baby talk;</li>"
            "<li>withdrawal, sadness or sudden anger;</li>"
            "<li>poor concentration and falling behind at school;</li>"
            "<li>headaches or stomach aches with no clear medical cause;</li>"
            "<li>in older children, self-harm or drug use.</li>"
            "</ul>"
            "<p>These are normal reactions to abnormal events. Not every child who has been harmed "
            "is traumatised, and many children recover well with support.</p>"
        ),
        Heading("Trauma and memory"),
        Text(
            "<p>Trauma also affects memory. A child may remember parts of an event clearly and "
            "other parts not at all, mix up the order of events, or tell the story differently "
            "each time. This does not mean the child is lying. Record what the child says, "
            "without pressing the child to fill the gaps.</p>"
        ),
        Heading("Protective factors"),
        Text(
            "<p>Look for what helps the child cope: one caring adult, school, daily routines, "
            "friends, faith and community. Building on these is part of every plan.</p>"
        ),
        Callout(
            kind="example",
            title="Daud's behaviour at school",
            text=(
                "<p>Daud, 13, from the Day 1 example, was called lazy and rude by his teachers in "
                "Mardan. He fell asleep in class and shouted at other boys. The CPU psychologist "
                "explained to the head teacher that Daud was not sleeping because he was afraid at "
                "home, and that his anger was a sign of fear. The school agreed to give him a quiet "
                "place to rest, to stop punishing him, and to name one teacher he could go to.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Behaviour is communication",
            text=(
                "<p>When a child's behaviour changes suddenly, ask what the child may be trying to "
                'tell you. Anger, silence or "bad" behaviour can be signs of harm, not signs of a '
                "bad child.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not diagnose",
            text=(
                "<p>Only a qualified professional, such as the CPU psychologist, should assess a "
                'child\'s mental health. Avoid labels like "mad" or "mentally weak". They stay '
                "with a child and can follow the child into school and the community. Describe what "
                "you saw and heard, and refer.</p>"
            ),
        ),
        Reflection(
            "Think of a child whose behaviour worried you. Looking back, what might the child have "
            "been trying to communicate?"
        ),
        Glossary(
            terms=(
                (
                    "Trauma",
                    "Lasting harm to a person's sense of safety after a frightening or painful "
                    "event.",
                ),
                (
                    "Regression",
                    "Going back to behaviour typical of a younger age, such as bedwetting.",
                ),
                (
                    "Protective factors",
                    "People and conditions that help a child cope and stay safe, such as a caring "
                    "adult.",
                ),
            )
        ),
    ),
)

LESSON_4_2 = Lesson(
    title="Child-friendly communication in Pashto, Urdu and Dari, and working with interpreters",
    summary="How to talk with children so that they feel safe and understood, in their own language.",
    minutes=18,
    body=(
        Heading("Setting and approach"),
        Text(
            "<ul>"
            "<li>Choose a quiet, private place where the child can still be seen by others, such "
            "as a room at school with the door open. Ask the child where they feel "
            "comfortable.</li>"
            "<li>A girl may prefer to talk with a woman. Ask, and arrange it where possible.</li>"
            "<li>Sit at the child's level. Introduce yourself and explain why you are there.</li>"
            "<li>Use short sentences and simple words. Ask one question at a time.</li>"
            '<li>Use open questions, such as "Tell me about your day." Accept silence and '
            "offer breaks.</li>"
            "<li>With young children, drawing or play can help them express themselves.</li>"
            "<li>End by thanking the child and saying what will happen next.</li>"
            "</ul>"
        ),
        Heading("Language"),
        Text(
            "<p>Speak with the child in the child's first language. Pashto varies from district to "
            "district; a child from Bajaur may use different words from a child in Peshawar. Many "
            "Afghan children speak Dari. Urdu may be a second language for many children. Use "
            "the child's own words for body parts and events, and do not correct them. Check "
            "understanding by asking the child to tell you in their own words what will happen "
            "next.</p>"
        ),
        Heading("Working with interpreters"),
        Text(
            "<ol>"
            "<li>Use a trained interpreter checked by your CPU. Never use a family member, a "
            "neighbour or another child.</li>"
            "<li>Check that the interpreter does not know the family. Consider the interpreter's "
            "gender.</li>"
            "<li>Before the meeting, explain the interpreter's role and the duty of "
            "confidentiality.</li>"
            "<li>Ask the interpreter to translate exactly what is said, in the first person, "
            "without adding advice or summarising.</li>"
            "<li>Look at and speak to the child, not the interpreter.</li>"
            "<li>Afterwards, talk with the interpreter. What they heard may have been "
            "distressing.</li>"
            "</ol>"
        ),
        Callout(
            kind="example",
            title="Zabihullah at a transit point",
            text=(
                "<p>Zabihullah, 15, is found alone at a transit point in Peshawar, with no papers. "
                "He speaks Dari and some Pashto. The SCW asks for a Dari interpreter from a partner "
                "agency instead of using a truck driver who offers to help. Before the meeting, she "
                "reminds the interpreter to translate everything exactly. She sits beside "
                "Zabihullah, offers him food and water, and asks first whether he feels safe. Then "
                "she explains who she is and what the CPU can do. He agrees to talk.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="The child leads the pace",
            text=(
                "<p>A child-friendly conversation goes at the child's pace, in the child's words "
                "and language. Your job is to listen and make the child feel safe, not to get "
                "every detail in one meeting.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Not the person who brought the child",
            text=(
                "<p>Never use the adult who brought the child, or who claims to care for the child, "
                "as an interpreter. That person may be the one harming or exploiting the child, and "
                "the child will not speak freely.</p>"
            ),
        ),
        Reflection(
            "Which languages are spoken by children in your district? Who could interpret for "
            "your CPU, and how would you check that they are suitable?"
        ),
        Glossary(
            terms=(
                (
                    "Open question",
                    "A question that cannot be answered with yes or no and does not suggest an "
                    "answer.",
                ),
                (
                    "First-person interpreting",
                    'The interpreter speaks as the speaker did, saying "I", not "he says".',
                ),
                (
                    "Child-friendly",
                    "Adapted to the child's age, language and feelings, so that the child feels "
                    "safe.",
                ),
            )
        ),
    ),
)

LESSON_4_3 = Lesson(
    title="Receiving a disclosure",
    summary="What to do, and what not to do, when a child tells you about harm.",
    minutes=20,
    body=(
        Heading("What a disclosure looks like"),
        Text(
            "<p>A disclosure is when a child tells someone about harm. It is rarely a full, clear "
            'story. A child may say only a little to test your reaction, may hint ("my uncle is '
            'not nice to me"), may start with "If I tell you a secret...", or may speak months '
            "after the harm. A child may also take back what they said. How you respond affects "
            "whether the child ever speaks again.</p>"
        ),
        Heading("How to respond"),
        Text(
            "<ol>"
            "<li><strong>Stay calm.</strong> Do not show shock or anger.</li>"
            "<li><strong>Listen.</strong> Let the child speak freely.</li>"
            "<li><strong>Reassure.</strong> Say that they were right to tell you and that it is "
            "not their fault.</li>"
            "<li><strong>Do not promise secrecy.</strong> Explain that you will tell only people "
            "who can help.</li>"
            "<li><strong>Do not ask leading or probing questions.</strong> If you need to, use "
            'simple open prompts such as "Tell me more" or "What happened next?"</li>'
            "<li><strong>Do not investigate.</strong> Finding the facts is for later, by the right "
            "people.</li>"
            "<li><strong>Write it down.</strong> As soon as you can, record the child's exact "
            "words, the date, the time and who was there.</li>"
            "<li><strong>Keep the child safe and refer now.</strong> Tell the CPO the same "
            "day.</li>"
            "</ol>"
        ),
        Heading("Leading and open questions"),
        Text(
            '<p>A leading question suggests the answer, for example: "Did your uncle touch '
            'you?" An open question does not, for example: "You said someone hurt you. Can you '
            "tell me more?\" Leading questions can change a child's account and weaken a later "
            "court case.</p>"
        ),
        Heading("After the disclosure"),
        Text(
            "<p>The child should not have to repeat the story to many people. The CPO coordinates "
            "with the police and health services so that the child is interviewed as few times as "
            "possible, in a child-friendly way. She will still usually give a police statement, a "
            "statement before a magistrate, a history to the doctor and evidence at trial, so "
            "never promise that she will tell her story only once.</p>"
            "<p>After sexual abuse, get the child to a health facility at once: some treatment "
            "works only for a short time. Medicine to prevent HIV (post-exposure prophylaxis) "
            "must start within 72 hours, and emergency contraception for a girl who may be "
            "pregnant works up to 120 hours (five days), better the sooner it is given. Evidence "
            "is also best collected early. The two-finger (virginity) test is outlawed in "
            "Pakistan: it has no medical value and must never be done on a child.</p>"
        ),
        Callout(
            kind="example",
            title="Hina tells her teacher in Mardan",
            text=(
                "<p>Hina, 11, tells her teacher that a man at home hurts her at night, and asks her "
                "not to tell anyone. The teacher calls the CPU for advice. The SCW tells the teacher "
                "to listen calmly, not to ask for details, and to explain gently that she cannot "
                "keep this secret but will tell only people who can help. The teacher writes down "
                "Hina's exact words. She does not ask Hina to write a statement. The same day, the "
                "CPO checks whether the man can reach Hina, arranges urgent medical care and starts "
                "a safety plan.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Listen, reassure, record, refer",
            text=(
                "<p>Your task when a child discloses is not to find out what happened. It is to "
                "listen, reassure, record the child's own words and refer at once.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not confront the suspected abuser",
            text=(
                "<p>Never confront the person the child names, or contact that person's family. "
                "This can put the child in danger, lead to pressure on the child to take back the "
                "story, and destroy evidence. Leave this to the CPO and the police.</p>"
            ),
        ),
        Reflection(
            "Write down, in your own language, what you would say to a child who has just told you "
            "about abuse and begged you to keep it secret."
        ),
        Glossary(
            terms=(
                ("Disclosure", "A child telling someone about harm they have suffered."),
                (
                    "Leading question",
                    'A question that suggests the answer, such as "Did he hit you?"',
                ),
                (
                    "Probing question",
                    "A question that pushes for details the child has not offered.",
                ),
                (
                    "Suspected abuser",
                    "The person the child or others say caused the harm, before any finding.",
                ),
            )
        ),
    ),
)

LESSON_4_4 = Lesson(
    title="Psychological first aid",
    summary="A simple, humane way to support a distressed child in the first hours: look, listen, link.",
    minutes=18,
    body=(
        Heading("What psychological first aid is"),
        Text(
            "<p>Psychological first aid (PFA) is a humane, supportive first response to a person "
            "who is suffering and may need help. It is not counselling or therapy. It does not "
            "require the child to talk about what happened. Any trained CPU worker can give it. The "
            "aim is to help the child feel safe, calm and connected, and to link the child to "
            "further help.</p>"
        ),
        Heading("Look, listen, link"),
        Text(
            "<ul>"
            "<li><strong>Look.</strong> Check for danger and for urgent needs, such as injury, "
            "hunger or cold. Notice children who are very distressed.</li>"
            "<li><strong>Listen.</strong> Approach gently. Ask what the child needs and what "
            "worries them. Listen without pressure. Help the child calm down, for example with "
            "slow breathing.</li>"
            "<li><strong>Link.</strong> Help with basic needs and services. Bring the child "
            "together with a safe caregiver where possible. Give clear, true information about "
            "what happens next.</li>"
            "</ul>"
        ),
        Heading("PFA with children"),
        Text(
            "<ul>"
            "<li>Keep children with safe caregivers where possible.</li>"
            "<li>Protect them from distressing scenes, crowds and cameras.</li>"
            "<li>Give simple, honest explanations suited to their age.</li>"
            "<li>Offer comfort, routine and, for young children, play.</li>"
            "</ul>"
        ),
        Heading("When to involve the psychologist"),
        Text(
            "<p>Involve the CPU psychologist quickly if a child cannot eat, sleep or function day "
            "to day, talks about self-harm or suicide, shows extreme distress that does not ease, "
            "or seems cut off from what is happening.</p>"
        ),
        Heading("Looking after yourself"),
        Text(
            "<p>Helping a distressed child can affect you too. After a hard day, talk with a "
            "colleague or your supervisor, rest, and notice signs of strain in yourself, such as "
            "poor sleep or irritability. Staff care is covered in more depth on Day 10.</p>"
        ),
        Callout(
            kind="example",
            title="Shabana at the police station in Bannu",
            text=(
                "<p>Police call the CPU in Bannu late in the evening. Shabana, 10, is at the police "
                "station after her father was arrested for a violent fight at home. She is shaking "
                "and silent. The SCW moves her to a quiet room away from the busy front desk and "
                "gives her water and food. She sits with her, tells her that she is safe now, and "
                "does not ask about the fight. When Shabana asks for her mother, the SCW finds out "
                "that her mother is at the hospital with minor injuries. With the mother's agreement "
                "by phone and the CPO's approval, Shabana stays the night with her aunt, once the "
                "SCW has checked that the home is safe. The next morning the SCW briefs the "
                "psychologist.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Safe, calm, connected",
            text=(
                "<p>PFA aims to help the child feel safe, calm and connected to caring people and "
                "to help. You do not need to fix everything in the first hour.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Do not push the child to talk",
            text=(
                "<p>Do not press a distressed child to describe what happened. It can deepen the "
                'harm. Do not make promises you cannot keep, such as "You will go home '
                'tonight."</p>'
            ),
        ),
        Reflection(
            "Think of a moment when someone helped you in a crisis. What did they do that helped? "
            "How can you bring that into your first contact with a child?"
        ),
        Glossary(
            terms=(
                (
                    "Psychological first aid (PFA)",
                    "A humane, supportive first response to a person in distress: look, listen, "
                    "link.",
                ),
                (
                    "Distress",
                    "Strong fear, sadness or worry after a painful or frightening event.",
                ),
                (
                    "Basic needs",
                    "Safety, food, water, shelter, warmth and medical care.",
                ),
            )
        ),
    ),
)

DAY_4 = Day(
    number=4,
    title="Working with children",
    title_ur="بچوں کے ساتھ کام",
    title_ps="له ماشومانو سره کار",
    summary=(
        "How children develop and react to harm, how to talk with them in their own language, "
        "how to receive a disclosure, and how to give psychological first aid."
    ),
    objectives=(
        "You will be able to run a child-friendly interview, with an interpreter where needed.",
        "You will be able to respond to a disclosure without asking leading questions.",
    ),
    lessons=(LESSON_4_1, LESSON_4_2, LESSON_4_3, LESSON_4_4),
)

# ---------------------------------------------------------------------------------------------
# Day 5. Step 1: identification and registration
# ---------------------------------------------------------------------------------------------

LESSON_5_1 = Lesson(
    title="Where cases come from",
    summary="The routes by which children reach the CPU, and how to take a good referral.",
    minutes=18,
    body=(
        Heading("Routes into the CPU"),
        Text(
            "<p>Concerns about children reach the CPU in many ways:</p>"
            "<ul>"
            "<li><strong>The child or family</strong>, who come to the office or call.</li>"
            "<li><strong>The 1121 helpline</strong>, which passes on calls that need action in "
            "your district.</li>"
            "<li><strong>The community</strong>, including neighbours, elders, religious leaders "
            "and community child protection committees.</li>"
            "<li><strong>Schools</strong>, where teachers notice injuries, absence or changes in "
            "behaviour.</li>"
            "<li><strong>Health services</strong>, including hospitals, clinics and Lady Health "
            "Workers who visit homes.</li>"
            "<li><strong>Police</strong>, for example when they find a child alone, begging or "
            "in custody.</li>"
            "<li><strong>Other agencies</strong>, such as the Social Welfare and Labour "
            "Departments, NGOs, and UNHCR partners.</li>"
            "<li><strong>Your own outreach</strong>, for example visits to bus stands, markets "
            "and brick kilns.</li>"
            "</ul>"
            "<p>Referral happens at two points in case management. At identification, others "
            "refer children to you. Later, while carrying out the case plan, you refer children "
            "to other services.</p>"
        ),
        Heading("Signs that may point to harm"),
        Text(
            "<p>Referrers often notice signs before a child says anything. Examples are injuries "
            "that do not match the explanation given, a child who is often hungry, dirty or left "
            "alone, sudden changes in behaviour, frequent absence from school, a young girl "
            "suddenly taken out of school, or a child working long hours. One sign alone does not "
            "prove harm. It is a reason to ask and, where needed, to refer.</p>"
        ),
        Heading("Taking a referral"),
        Text(
            "<p>When someone reports a concern, find out:</p>"
            "<ul>"
            "<li>who the child is, the child's age and where the child is now;</li>"
            "<li>what the concern is, in the referrer's own words;</li>"
            "<li>whether the child is in danger right now;</li>"
            "<li>whether the family knows about the report;</li>"
            "<li>how to contact the referrer again.</li>"
            "</ul>"
            "<p>Thank the referrer. Do not ask them to investigate or to question the child "
            "further. Where appropriate, tell them later that the CPU has acted, without sharing "
            "confidential details. Referrers who hear nothing back often stop referring.</p>"
        ),
        Callout(
            kind="example",
            title="A Lady Health Worker in Swat",
            text=(
                "<p>Shazia, a Lady Health Worker, calls the CPU in Swat. During a home visit she "
                "saw that Ali, 7, who has cerebral palsy, is locked alone in a room all day while "
                "his parents work. The SCW asks for Ali's age, the village, what Shazia saw, whether "
                "he seemed hurt or hungry, and whether the parents know she called. Shazia says Ali "
                "looked thin but not injured, and the parents do not know. The SCW thanks her, asks "
                "her not to question the family further, and agrees to tell her once the CPU has "
                "visited.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Make it easy to refer",
            text=(
                "<p>Share your CPU's phone number and the 1121 number with schools, health "
                "facilities, police stations and committees. A short, simple referral route brings "
                "children to you earlier, when harm can still be prevented.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Protect the referrer",
            text=(
                "<p>Never tell a family who reported them. A teacher, neighbour or Lady Health "
                'Worker may face anger or threats, and the child may be punished for "telling". '
                "Keep the referrer's identity in the file only.</p>"
            ),
        ),
        Reflection(
            "Which of these routes brings most cases to your CPU now? Which group in your district "
            "could refer more children if they knew how?"
        ),
        Glossary(
            terms=(
                (
                    "Referral",
                    "Passing a child's case from one service to another, with consent where "
                    "possible.",
                ),
                ("Referrer", "The person or agency that reports a concern to the CPU."),
                (
                    "Outreach",
                    "CPU staff going out to places where children at risk may be found.",
                ),
            )
        ),
    ),
)

LESSON_5_2 = Lesson(
    title="Registration and intake forms",
    summary="When to register a case, what the intake form records, and how to record well.",
    minutes=20,
    body=(
        Heading("When to register a case"),
        Text(
            "<p>A child is registered as a case when two things are true. First, the child meets "
            "the risk criteria; being poor or vulnerable alone is not enough. Second, the child "
            "and family have given informed consent or assent, in line with your CPU's SOP. If a "
            "child does not meet the criteria, do not simply turn the family away. Refer them to "
            "the right service, for example social protection for a family in poverty, and record "
            "the contact.</p>"
        ),
        Heading("What the intake form records"),
        Text(
            "<p>Your CPU uses its own registration and intake forms. Ask your supervisor for them. "
            "An intake form usually records:</p>"
            "<ul>"
            "<li>a unique case number, the date and the name of the worker;</li>"
            "<li>how the concern reached the CPU, and the referrer's details;</li>"
            "<li>the child's name, age, sex, language, address and school;</li>"
            "<li>the caregivers and who the child lives with;</li>"
            "<li>the concern, including the child's own words where known;</li>"
            "<li>the child's immediate safety and any urgent needs;</li>"
            "<li>consent and assent, and who gave them;</li>"
            "<li>the initial risk level and the next action.</li>"
            "</ul>"
        ),
        Heading("Recording well"),
        Text(
            "<ul>"
            '<li>Separate facts ("I saw a burn on her left arm") from opinions ("I think the '
            'mother is careless").</li>'
            "<li>Put the child's own words in quotation marks.</li>"
            "<li>Write clearly, date and sign every entry, and avoid jargon.</li>"
            "<li>Keep one file per child, under one case number.</li>"
            "<li>Write as if the child and family may read it one day.</li>"
            "</ul>"
        ),
        Heading("If consent is refused"),
        Text(
            "<p>If the family or child refuses and the child is not in serious danger, respect the "
            "decision. Explain how to contact the CPU later, and record the refusal. If the child "
            "is at high risk, tell the CPO at once. The CPO decides whether to act without consent "
            "and whether a court order is needed.</p>"
        ),
        Callout(
            kind="example",
            title="Registering Asad in Peshawar",
            text=(
                "<p>The SCW meets Asad, 9, begging in Peshawar Saddar and later visits his mother at "
                "home. She explains the CPU's help and its limits. The mother gives consent and Asad "
                "gives assent. The SCW completes the intake form that afternoon. She notes that "
                'Asad sleeps at home but begs from morning to night, and records his words: "I '
                'give the money to my mother." She sets an initial risk level of Medium for the '
                "CPO to approve. Asad's case number is used on every page.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="Risk plus consent",
            text=(
                "<p>Register when the child meets the risk criteria and consent or assent has been "
                "given. Otherwise, refer the family to the right service and record what you "
                "did.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Collect only what you need",
            text=(
                "<p>Do not collect information you do not need, and do not photograph a child's "
                "injuries on your personal phone. Keep intake forms locked away, even when they "
                "are not finished.</p>"
            ),
        ),
        Reflection(
            "Look at your CPU's intake form. Which parts would be hardest to fill in correctly, "
            "and what would you ask your supervisor about them?"
        ),
        Glossary(
            terms=(
                (
                    "Registration",
                    "Formally opening a case for a child who meets the risk criteria, with "
                    "consent or assent.",
                ),
                (
                    "Intake form",
                    "The form that records the first information about a child and the concern.",
                ),
                (
                    "Case number",
                    "A unique number for each case, used on every record instead of the child's "
                    "name where possible.",
                ),
            )
        ),
    ),
)

LESSON_5_3 = Lesson(
    title="Triage and risk levels",
    summary="How to set an initial risk level and decide how fast the CPU must respond.",
    minutes=20,
    body=(
        Heading("Why triage"),
        Text(
            "<p>A CPU often has more concerns than it can handle at once. Triage means deciding "
            "which child needs help first, based on how serious and how urgent the risk is. You "
            "set an initial risk level at registration, and the CPO approves it.</p>"
        ),
        Heading("The risk levels"),
        Text(
            "<ul>"
            "<li><strong>High.</strong> The child has been significantly harmed, or is at risk of "
            "significant harm or death, if left in the present situation without protective "
            "action.</li>"
            "<li><strong>Medium.</strong> The child is being harmed to some degree without "
            "action, but there is no evidence of risk of significant harm or death.</li>"
            "<li><strong>Low.</strong> The child is at risk of harm if left without protective "
            "action.</li>"
            "<li><strong>No risk.</strong> Many agencies use this level when there is no "
            "protection concern, and refer the family to other services if needed. Check how your "
            "CPU's SOP defines it.</li>"
            "</ul>"
        ),
        Heading("Response times"),
        Text(
            "<p>Many inter-agency SOPs use timelines such as these: for high risk, respond at "
            "once and within 24 hours; for medium risk, within about 3 days; for low risk, within "
            "about a week. Follow-up contact is often about weekly, every two weeks and monthly "
            "for the three levels. These figures have not been confirmed for KP. Your CPU's SOP "
            "sets the response times that apply to you; check them with your supervisor.</p>"
            "<p>Two other timelines are widely used as good practice: a case plan within two "
            "weeks, which is a humanitarian indicator of good practice, and a review of the plan "
            "at least every three months, more often when risk is high. Days 7 and 9 cover "
            "these.</p>"
        ),
        Heading("Setting the initial level"),
        Text(
            "<p>Ask:</p>"
            "<ul>"
            "<li>What harm has happened, or may happen? How serious is it?</li>"
            "<li>How likely is it to happen soon?</li>"
            "<li>How old is the child, and how able to protect himself or herself?</li>"
            "<li>Does the person causing harm still have access to the child?</li>"
            "<li>Is there a caring adult who can protect the child?</li>"
            "<li>What does the child say about feeling safe?</li>"
            "</ul>"
            "<p>Risk changes. Re-rate a case whenever you learn something new.</p>"
        ),
        Callout(
            kind="example",
            title="Three concerns on one morning in Peshawar",
            text=(
                "<ol>"
                "<li>A teacher reports that Mehwish, 14, will be married in ten days. She is under "
                "16, so the marriage would be an offence under the CMRA. <strong>High.</strong></li>"
                "<li>A Lady Health Worker reports that Hamid, 6, is left alone all day and looks "
                "thin, but is not injured. <strong>Medium</strong>, to be raised to High if he is "
                "badly malnourished or hurt.</li>"
                "<li>A neighbour says Kamran, 10, often plays in the street late at night and has "
                "started missing school. <strong>Low</strong>, pending a visit.</li>"
                "</ol>"
                "<p>The CPO approves the levels and the team sees Mehwish first.</p>"
            ),
        ),
        Callout(
            kind="key_point",
            title="When in doubt, rate higher and discuss",
            text=(
                "<p>If you are unsure between two levels, choose the higher one and discuss it with "
                "the CPO the same day. A level can be lowered later with evidence.</p>"
            ),
        ),
        Callout(
            kind="caution",
            title="Workload is not a reason to lower risk",
            text=(
                "<p>Never lower a risk level because the team is busy. A rating that is too low "
                "can leave a child in danger. If your caseload is too high to respond in time, tell "
                "your supervisor.</p>"
            ),
        ),
        Reflection(
            "Asad, 9, was rated Medium. Later he tells you that a man who keeps his money touches "
            "him. What level would you now give, and what would you do today?"
        ),
        Glossary(
            terms=(
                (
                    "Triage",
                    "Deciding which child needs help first, based on how serious and urgent the "
                    "risk is.",
                ),
                (
                    "Risk level",
                    "High, medium, low or no risk, set at registration and reviewed as the case "
                    "goes on.",
                ),
                (
                    "Response time",
                    "How quickly the CPU must act on a case at a given risk level, as set in the "
                    "CPU's SOP.",
                ),
                ("Re-rating", "Changing a case's risk level when new information comes in."),
            )
        ),
    ),
)

DAY_5 = Day(
    number=5,
    title="Step 1: identification and registration",
    title_ur="پہلا مرحلہ: شناخت اور اندراج",
    title_ps="لومړی پړاو: پېژندنه او ثبت",
    summary=(
        "The first step of case management: how concerns reach the CPU, how to register a case "
        "correctly, and how to set an initial risk level."
    ),
    objectives=(
        "You will be able to register a case correctly.",
        "You will be able to set an initial risk level and response time.",
    ),
    lessons=(LESSON_5_1, LESSON_5_2, LESSON_5_3),
)

DAYS = (DAY_1, DAY_2, DAY_3, DAY_4, DAY_5)
