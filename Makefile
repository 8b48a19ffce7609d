# Two commands for a new user: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip -q --disable-pip-version-check
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format eval eval-consistency bench serve loadtest clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.txt
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed requirements-test.txt
	$(PIP) install -r requirements-test.txt
	touch $@

run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py import_articles seeds/
	$(PY) manage.py create_demo_editor
	@echo "ctfacts is serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

test: $(VENV)/.test-installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.test-installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Development corpora (tuned on: every miss printed), then the blind splits (never tuned on: figures only).
DEV_GOLDS = tests/gold/seeds.json $(wildcard tests/corpus/expected.json tests/corpus_ar/expected.json tests/corpus_fren/expected.json tests/corpus_mix/expected.json tests/corpus_voices/expected.json tests/corpus_desk/expected.json tests/corpus_wire/expected.json tests/corpus_ledger/expected.json tests/corpus_probe/expected.json tests/corpus_forum/expected.json tests/corpus_beat/expected.json tests/corpus_chron/expected.json tests/corpus_abroad/expected.json tests/corpus_courts/expected.json tests/corpus_voice2/expected.json tests/corpus_review/expected.json tests/corpus_foreign/expected.json tests/corpus_regions/expected.json tests/corpus_dates/expected.json tests/corpus_lists/expected.json tests/corpus_speakers/expected.json tests/corpus_meta/expected.json tests/corpus_comms/expected.json tests/corpus_anniv/expected.json tests/corpus_parl/expected.json tests/corpus_oped/expected.json tests/corpus_factcheck/expected.json tests/corpus_wire2/expected.json tests/corpus_arpress/expected.json)
BLIND_GOLDS = $(wildcard tests/holdout/expected.json tests/blind/expected.json tests/blind_round7/expected.json tests/blind_round8/expected.json tests/blind_round9/expected.json tests/blind_round10/expected.json tests/blind_round11/expected.json)
eval: $(VENV)/.installed
	$(PY) manage.py evaluate_extraction $(DEV_GOLDS)
	$(PY) manage.py evaluate_extraction --summary $(BLIND_GOLDS)
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py evaluate_extraction --reviewed

# Findings (issue 16): seeds + each development corpus in a fresh SQLite database, consistency_report,
# then ../shared/tools/score.py --report: planted inconsistencies found, compatible pairs flagged,
# precision. EVAL_VERBOSE=1 names the misses; EVAL_KEEP=dir keeps the databases and reports.
eval-consistency: $(VENV)/.installed
	$(PY) bench/eval_consistency.py

# Production-like serving: DEBUG off, static files collected (whitenoise, hashed and compressed names),
# gunicorn with gunicorn.conf.py. SECRET_KEY and ALLOWED_HOSTS come from the environment; for a local
# try without a key, a throwaway one is generated (and said so). Behind no TLS proxy, add
# SECURE_SSL_REDIRECT=0 to browse over plain http (secure cookies still need https to log in).
serve: $(VENV)/.installed
	@if [ -z "$$ALLOWED_HOSTS" ]; then \
	  echo "make serve: set ALLOWED_HOSTS (e.g. ALLOWED_HOSTS=127.0.0.1,localhost make serve)"; exit 2; fi
	@set -e; \
	if [ -z "$$SECRET_KEY" ]; then \
	  SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))'); export SECRET_KEY; \
	  echo "make serve: SECRET_KEY is not set; generated a throwaway key for this local serve only"; \
	fi; \
	export DEBUG=0; \
	$(PY) manage.py migrate --noinput; \
	$(PY) manage.py collectstatic --noinput -v0; \
	$(PY) manage.py check --deploy; \
	PORT=$(PORT) HOST=$(HOST) exec $(VENV)/bin/gunicorn -c gunicorn.conf.py ctfacts.wsgi

# Full-scale benchmark on PostgreSQL (see bench/README.md): resumable, prints every figure with its
# baseline and writes bench/results.json.
BENCH_ARTICLES ?= 100000
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/ctfacts_bench
# The HTTP step needs wrk: installed from Debian's packages when missing and possible (root, apt).
bench: $(VENV)/.installed
	@if ! command -v wrk >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make bench: installing Debian's wrk for the HTTP step"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else echo "make bench: wrk is missing (apt-get install -y wrk): the HTTP step will be skipped"; fi; \
	fi
	DATABASE_URL=$(BENCH_DATABASE_URL) BENCH_ARTICLES=$(BENCH_ARTICLES) $(PY) bench/run.py

# Bounded load test (bench/loadtest.py): gunicorn on 127.0.0.1, mixed page and API traffic for
# LOADTEST_SECONDS (60), then it stops by itself and prints requests/s, p95 and errors (exit 1 on any).
# Meanwhile import_articles imports LOADTEST_IMPORT_FILES new files, and halfway through every app
# connection is ended (pg_terminate_backend); it checks no file was lost.
LOADTEST_SECONDS ?= 60
LOADTEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/ctfacts_loadtest
LOADTEST_IMPORT_FILES ?= 2000
LOADTEST_DROP_CONNECTIONS_AT ?= 0.5
loadtest: $(VENV)/.installed
	LOADTEST_DATABASE_URL=$(LOADTEST_DATABASE_URL) $(PY) bench/loadtest.py --seconds $(LOADTEST_SECONDS) \
	  --import-files $(LOADTEST_IMPORT_FILES) --drop-connections-at $(LOADTEST_DROP_CONNECTIONS_AT)

clean:
	rm -rf var/ staticfiles/ .pytest_cache
