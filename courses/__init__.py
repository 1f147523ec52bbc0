"""The course: its Wagtail page tree (content), cohorts with attendance, and learner progress."""
