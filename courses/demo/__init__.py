"""The demo: the 10-day foundational course and two cohorts at different stages.

The course's text lives in content/lessons as Markdown (content/README.md); `seed_demo` imports
it through the same services as the CMS's "Import lesson". The text is the Commission's to edit
once seeded; facts marked uncertain in the domain notes are worded as things to confirm locally,
never as settled rules.
"""
