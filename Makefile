# Two commands set everything up on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTHON ?= $(shell command -v python3.11 || command -v python3)

.PHONY: demo test test-quick lint bench system-deps clean-venv

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "pactwatch needs Python 3.11 or newer: install python3.11 and rerun")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/pactwatch ingest examples/

system-deps:
	bash scripts/system-deps.sh

test: $(STAMP) system-deps
	$(VENV)/bin/pytest -q -p no:cacheprovider

test-quick: $(STAMP)
	$(VENV)/bin/pytest -q -m "not slow and not postgres"

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)  # every quality and speed report, each against its peer in the same run
	$(PY) benchmarks/quality.py --set seeds --set dev --set examples
	$(PY) benchmarks/heldout.py
	$(PY) benchmarks/clean_bench.py
	$(PY) benchmarks/extract_speed.py
	$(PY) benchmarks/merge_bench.py
	$(PY) benchmarks/store_bench.py

clean-venv:
	rm -rf $(VENV)
