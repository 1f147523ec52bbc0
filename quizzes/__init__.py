"""Questions, attempts, grading and case simulations (issues 4 and 5)."""
