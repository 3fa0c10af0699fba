# Two commands for a newcomer: `make book` and `make test`. Both install what they need.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
JB     := $(VENV)/bin/jupyter-book
STAMP  := $(VENV)/.installed
# cffconvert needs jsonschema<4 and the report >=4, so it gets a small venv of its own.
CFF_VENV  := .venv-cff
CFF_STAMP := $(CFF_VENV)/.installed
# The strict build CI runs: any warning or failing cell fails it, and every failure is listed.
JB_STRICT := -W -n --keep-going

.PHONY: help book book-strict test validate citation pytest system-deps clean lock vendor print-jb-strict bench dist changelog

help:
	@echo "make book   build the report into _build/html (installs into .venv on first use)"
	@echo "make test   validate the data, run the tests, build strictly and test the built site"
	@echo "make dist   the versioned data-package zip and checksum in dist/"
	@echo "make changelog [OLD_REF=tag]   regenerate CHANGELOG.md's data section"

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(CFF_STAMP): tools/cffconvert.lock
	test -x $(CFF_VENV)/bin/python || python3 -m venv $(CFF_VENV)
	$(CFF_VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes -r tools/cffconvert.lock
	touch $@

# CITATION.cff must be valid CFF 1.2.0 (the tests also check .zenodo.json against it).
citation: $(CFF_STAMP)
	$(CFF_VENV)/bin/cffconvert --validate -i CITATION.cff

validate: $(STAMP)
	$(PY) -m analysis validate

book: validate
	$(PY) tools/cache_guard.py
	$(JB) build . --builder html

book-strict: validate
	rm -rf _build
	$(JB) build . --builder html $(JB_STRICT)

# Headless Chromium for the tests that open built pages (Debian package; needs root).
system-deps:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Chromium (Debian: sudo apt-get install chromium) to run the site tests" >&2; exit 1; fi; }

# Unit tests, the build-failure tests and the tests that open the built site, in one run.
pytest: $(STAMP) $(CFF_STAMP) system-deps
	$(PY) -m pytest -n 2 -q

test: validate citation book-strict pytest

# The versioned zip of the data package and its checksum, in dist/.
dist: validate
	$(PY) -m analysis dist --out dist

# Regenerate CHANGELOG.md's data section; OLD_REF=<tag> compares with that release.
changelog: validate
	$(PY) -m analysis changelog $(if $(OLD_REF),--old-ref $(OLD_REF))

# Timings and page weights on this machine: bench/results.json and bench/README.md.
bench: book
	$(PY) bench/run.py

print-jb-strict:
	@echo $(JB_STRICT)

lock:
	python3 -m pip install --quiet uv
	python3 -m uv pip compile requirements.in --python-version 3.11 --generate-hashes -o requirements.lock

vendor:
	bash tools/vendor_js.sh

clean:
	rm -rf _build
