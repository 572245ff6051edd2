# Two commands do everything: `make run` and `make test`. See README.md.
PYTHON_BIN ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The address `make run` serves; the demo's Site record and links made outside
# a request (e-mail, commands) use it. Another port: `make run PORT=8001`.
export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: run test setup check-prereqs lint format bench loadtest clean

check-prereqs:
	@command -v $(PYTHON_BIN) >/dev/null 2>&1 || { echo "Nodig: $(PYTHON_BIN) ontbreekt. Installeer Python 3.11 en probeer opnieuw."; exit 1; }
	@command -v npm >/dev/null 2>&1 || { echo "Nodig: npm ontbreekt. Installeer Node.js met npm en probeer opnieuw."; exit 1; }

$(VENV)/.stamp-python: pyproject.toml | check-prereqs
	test -x $(PY) || $(PYTHON_BIN) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

node_modules/.stamp-npm: package.json package-lock.json | check-prereqs
	npm ci --no-audit --no-fund --silent
	touch $@

setup: check-prereqs $(VENV)/.stamp-python node_modules/.stamp-npm

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py maak_demo_beheerder
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Two workers (pytest-xdist); TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
test: setup
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates

# Benchmark: the site under gunicorn (production settings, 2 workers, 127.0.0.1)
# with the demo content. Prints the table; BENCH_ARGS="--resultaten bench/RESULTS.md"
# also records it. Takes about four minutes.
bench: setup
	$(PY) -m bench.run $(BENCH_ARGS)

# Load test: 60 s at 20 connections over the pages plus reader remarks, 127.0.0.1 only.
loadtest: setup
	$(PY) -m bench.loadtest $(LOADTEST_ARGS)

clean:
	rm -rf $(VENV) node_modules db.sqlite3
