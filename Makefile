# Tahaffuz: `make run` sets up and runs the demo; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export DJANGO_SETTINGS_MODULE ?= lms.settings.dev
# pytest-xdist processes for `make test`, each with its own test database (`test_<name>_gw0`, ...).
TEST_WORKERS ?= 2

.PHONY: run test drill setup system-libs fonts lint messages bench bench-compliance bench-quiz bench-2g bench-http bench-lesson-then-and-now bench-live wrk

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo "Tahaffuz runs at http://127.0.0.1:8000 (Ctrl+C stops it)."
	$(PY) manage.py runserver 127.0.0.1:8000

test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=lms.settings.test $(VENV)/bin/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Only the fault drills (tests marked `drill`, part of `make test` too): a task worker killed mid-batch.
drill: setup
	DJANGO_SETTINGS_MODULE=lms.settings.test $(VENV)/bin/pytest -m drill $(PYTEST_ARGS)

setup: $(VENV)/.installed node_modules/.installed system-libs fonts

# Urdu and Pashto pages' web fonts: one weight each (browsers embolden it), cut by fontTools to
# what Urdu and Pashto use: Arabic letters, vowel and honorific marks, both sets of digits, Urdu
# and Pashto letters (ٹ ڈ ڑ ں ھ ہ ۂ ۃ ی ے ۓ, ټ ځ څ ډ ړ ږ ښ ګ ڼ ۀ ې ۍ, and پ چ ژ ک گ), punctuation
# (، ؛ ؟ ۔ ٪), ZWNJ, ZWJ and the direction marks, keeping every OpenType layout feature for
# shaping. Built from the npm packages into static/fonts/build/ (not committed).
FONT_UNICODES := U+060C,U+0610-0615,U+061B-061F,U+0621-063A,U+0640-065F,U+0660-066D,U+0670,\
U+0679,U+067C,U+067E,U+0681,U+0685-0686,U+0688-0689,U+0691,U+0693,U+0696,U+0698,U+069A,U+06A9,\
U+06AB,U+06AF,U+06BA,U+06BC,U+06BE,U+06C0-06C3,U+06CC-06CD,U+06D0,U+06D2-06D4,U+06F0-06F9,\
U+200C-200F
FONT_PACKAGE_nastaliq := noto-nastaliq-urdu
FONT_PACKAGE_naskh := noto-naskh-arabic
fonts: static/fonts/build/nastaliq.woff2 static/fonts/build/naskh.woff2

static/fonts/build/%.woff2: node_modules/.installed $(VENV)/.installed Makefile
	@mkdir -p $(@D)
	$(VENV)/bin/pyftsubset \
	  node_modules/@fontsource/$(FONT_PACKAGE_$*)/files/$(FONT_PACKAGE_$*)-arabic-400-normal.woff \
	  --unicodes="$(FONT_UNICODES)" --layout-features='*' --flavor=woff2 --output-file=$@

# WeasyPrint (certificate PDFs) needs pango from the system; Debian's packages on a fresh machine.
system-libs:
	@ldconfig -p | grep -q libpangoft2-1.0 || { \
	  echo "Installing pango for the certificate PDFs (Debian packages)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 >/dev/null; }

$(VENV)/.installed: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

lint:
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

# Refresh the translation catalogues after changing interface strings.
messages:
	$(PY) manage.py makemessages -l ur -l ps --ignore=node_modules --ignore=.venv
	$(PY) manage.py compilemessages --ignore=node_modules --ignore=.venv
	$(PY) manage.py translation_report

# Load a province-sized dataset into a fresh SQLite database and time the key pages.
bench: setup
	rm -f var/bench.sqlite3
	DATABASE_URL=sqlite:///var/bench.sqlite3 $(PY) manage.py migrate --noinput -v0
	EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend DATABASE_URL=sqlite:///var/bench.sqlite3 $(PY) manage.py bench $(BENCH_ARGS)

# The compliance overview with 1,000 and with 100,000 staff, on a fresh SQLite database.
bench-compliance: setup
	rm -f var/bench-compliance.sqlite3
	DATABASE_URL=sqlite:///var/bench-compliance.sqlite3 $(PY) manage.py migrate --noinput -v0
	DATABASE_URL=sqlite:///var/bench-compliance.sqlite3 $(PY) manage.py bench_compliance $(BENCH_ARGS)

# 200 learners taking the post-test at once, on a fresh PostgreSQL database (127.0.0.1:5432) and
# Redis (cached sessions, as in production); BENCH_ARGS="--capacity" finds the saves/s it sustains.
BENCH_DB ?= tahaffuz_quiz_bench
BENCH_REDIS ?= redis://127.0.0.1:6379/2
BENCH_ENV := DJANGO_SETTINGS_MODULE=lms.settings.bench REDIS_URL=$(BENCH_REDIS) DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_DB)
bench-quiz: setup
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $(BENCH_DB)" && psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $(BENCH_DB)"
	$(BENCH_ENV) $(PY) manage.py migrate --noinput -v0
	$(BENCH_ENV) $(PY) manage.py bench_quiz_load $(BENCH_ARGS)

# A lesson page in English, Urdu and Pashto through chromium throttled to 2G (300 ms, 250 kbit/s):
# bytes by kind, first contentful paint and load, on the first visit and the next page.
bench-2g: setup
	RUN_BENCH=1 DJANGO_SETTINGS_MODULE=lms.settings.test $(VENV)/bin/pytest -m bench -s -q -n 0 tests/e2e/test_page_weight.py

# The learner's hot paths over HTTP (gunicorn, production-like settings, measured with wrk): the
# lesson page, My training, an answer save and an H5P statement against a bare view. A fresh SQLite
# demo database, or the database DATABASE_URL names (PostgreSQL; the demo is loaded into it).
# REDIS_URL=redis://127.0.0.1:6379/9 measures with the shared cache, as in production (a Redis
# database of its own: the benchmark clears it).
BENCH_HTTP := DJANGO_SETTINGS_MODULE=lms.settings.bench_http DATABASE_URL=$(or $(DATABASE_URL),sqlite:///var/bench-http.sqlite3)
# A live class of forty trainees voting at once over HTTP, on PostgreSQL (pytest makes and drops
# the test database test_$(LIVE_BENCH_DB)): prints the time per vote, fails on any error or lost vote.
LIVE_BENCH_DB ?= tahaffuz_live_bench
bench-live: setup
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(LIVE_BENCH_DB) DJANGO_SETTINGS_MODULE=lms.settings.test \
	  $(VENV)/bin/pytest -n 0 -s -q tests/quizzes/test_live_concurrency.py

bench-http: setup wrk
	$(if $(DATABASE_URL),,rm -f var/bench-http.sqlite3)
	$(BENCH_HTTP) $(PY) manage.py migrate --noinput -v0
	$(BENCH_HTTP) $(PY) manage.py seed_demo --allow-without-debug >/dev/null
	$(BENCH_HTTP) $(PY) manage.py collectstatic --noinput -v0
	$(BENCH_HTTP) $(PY) manage.py bench_http $(BENCH_ARGS)

# The lesson page's req/s in an older checkout (OLD, e.g. a worktree of the commit issue 14 was
# filed at) and in this one, served one after the other with the same gunicorn and wrk settings.
bench-lesson-then-and-now: wrk
	sh bench/lesson_then_and_now.sh $(OLD)

# wrk, the HTTP load generator of bench-http (Debian's package on a fresh machine).
wrk:
	@command -v wrk >/dev/null || { \
	  echo "Installing wrk for bench-http (Debian package)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
