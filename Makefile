# Every target bootstraps .venv itself, so a fresh clone needs only Python 3.11 and make.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test bench lint format evals clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; assert sys.version_info >= (3, 11), "adsage needs Python 3.11+"'
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/adsage index
	$(BIN)/adsage plan examples/brief.yaml

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m bench

evals: install
	$(BIN)/python -m evals

lint: install
	$(BIN)/ruff check src tests evals bench
	$(BIN)/ruff format --check src tests evals bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests evals bench
	$(BIN)/ruff check --fix src tests evals bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
