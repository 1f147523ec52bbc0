# Tahaffuz: `make run` sets up and runs the demo; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export DJANGO_SETTINGS_MODULE ?= lms.settings.dev
# pytest-xdist processes for `make test`, each with its own test database (`test_<name>_gw0`, ...).
TEST_WORKERS ?= 2

.PHONY: run test drill setup system-libs lint messages bench bench-compliance bench-quiz

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

setup: $(VENV)/.installed node_modules/.installed system-libs

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

# 200 learners taking the post-test at once, on a fresh PostgreSQL database (127.0.0.1:5432).
BENCH_DB ?= tahaffuz_bench
bench-quiz: setup
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $(BENCH_DB)" && psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $(BENCH_DB)"
	DJANGO_SETTINGS_MODULE=lms.settings.bench DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_DB) $(PY) manage.py migrate --noinput -v0
	DJANGO_SETTINGS_MODULE=lms.settings.bench DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_DB) $(PY) manage.py bench_quiz_load $(BENCH_ARGS)
