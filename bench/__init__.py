"""Load benchmarks: `make bench-quiz` (locust) and `make bench-http` (wrk); not part of the app."""
