"""The read API (/api/v1/): districts, staff, cohorts, enrolments and certificates for other
systems, behind API keys that administrators issue and revoke in the CMS."""
