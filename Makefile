# The README's two commands: `make run` (extract the seed postings with the embedded model)
# and `make test` (all tests, including the live run against the embedded model).
# Both set up .venv on first use; pip's cache keeps the llama-cpp-python wheel it builds.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
PYTEST_ARGS ?=

.PHONY: run test setup clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[local,test]'
	touch $@

setup: $(VENV)/.installed

run: setup
	$(BIN)/extractor extract $(SEEDS) --stats $(VENV)/last-run-stats.json
	@cat $(VENV)/last-run-stats.json

test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV)
