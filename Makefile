# The two set-up commands of README.md. Everything is installed from this repository's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint install

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Ingest the example articles (each with its publication date) and show a two-actor timeline.
run: install
	@while IFS='	' read -r file date; do \
	  case "$$file" in ''|\#*) continue;; esac; \
	  $(BIN)/newsledger ingest "examples/$$file" --published "$$date"; \
	done < examples/published.tsv
	$(BIN)/newsledger events --actor "$$(sed -n 's/^actors:[[:space:]]*//p' examples/run.conf | cut -d, -f1)" \
	  --actor "$$(sed -n 's/^actors:[[:space:]]*//p' examples/run.conf | cut -d, -f2)"

# pytest's own exit code, unmasked: "collected no tests" (5) fails the run like a failing test.
test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
