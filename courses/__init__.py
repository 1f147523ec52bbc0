"""The Wagtail page tree of the course, cohorts and learner progress (issue 3)."""
