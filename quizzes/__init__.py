"""Assessments: the question bank, quiz attempts and grading, case simulations (issues 4 and 5)."""
