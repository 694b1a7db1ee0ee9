# Two commands on a fresh machine: `make demo` and `make test` (see README).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# CPU build by default; on a GPU machine: make demo TORCH=torch
TORCH ?= torch==2.13.0
DEMO ?= runs/demo

.PHONY: setup demo test test-all lint

setup: $(VENV)/.done

$(VENV)/.done: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q "$(TORCH)"
	$(BIN)/pip install -q -e ".[dev,bench]"
	touch $@

demo: setup
	@if [ -f $(DEMO)/config.json ]; then \
		$(BIN)/genmap train independent --out $(DEMO) --resume; \
	else \
		$(BIN)/genmap train independent --data digits --steps 1000 --out $(DEMO); \
	fi
	$(BIN)/genmap eval $(DEMO)
	$(BIN)/genmap sample $(DEMO) --n 64 --out $(DEMO)/samples.png

test: setup
	$(BIN)/ruff check src tests
	OMP_NUM_THREADS=1 $(BIN)/python -m pytest -q -n auto --ignore=tests/test_ddp.py
	OMP_NUM_THREADS=1 $(BIN)/python -m pytest -q tests/test_ddp.py

test-all: setup
	$(BIN)/python -m pytest -q -n auto -m ""
