# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-postgresql lint typecheck unit bench translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

translations: $(STAMP)
	@if ls resources/translations/*.ts >/dev/null 2>&1; then \
		for ts in resources/translations/*.ts; do \
			$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; \
		done; \
	fi

run: $(STAMP) translations
	$(BIN)/registre $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 -q

test: lint typecheck unit

# The storage, services, exchange, report, command-line, payments, retention, concurrent-import,
# server-window and lost-connection tests
# again on PostgreSQL, against a throw-away cluster made for the run and removed after it, even
# when a test fails.
PG_TESTS := tests/store tests/records tests/registry tests/activities tests/checks tests/dedup \
	tests/workbooks tests/signin tests/sync tests/backups tests/demo tests/reports tests/cli tests/door tests/indicators \
	tests/payments tests/disability tests/photos/test_writing.py \
	tests/privacy/test_retention.py tests/concurrency tests/ui/test_changed_elsewhere.py \
	tests/ui/test_server_dialog.py tests/faults/test_server_lost.py tests/access
test-postgresql: $(STAMP) translations
	@dir=$$(mktemp -d /tmp/registre-pg.XXXXXX); chmod 755 $$dir; \
	trap 'tests/postgres/cluster.sh stop '"$$dir" EXIT; \
	url=$$(tests/postgres/cluster.sh start $$dir) || { cat $$dir/*.log >&2; exit 1; }; \
	REGISTRE_TEST_PG_URL=$$url QT_QPA_PLATFORM=offscreen \
		$(BIN)/pytest -n 2 -q --engine postgresql $(PG_TESTS)

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
