# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench translations clean

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

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
