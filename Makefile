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

.PHONY: help book book-strict pdf test validate citation pytest system-deps node-deps a11y linkcheck clean lock vendor print-jb-strict bench dist changelog

help:
	@echo "make book   build the report into _build/html (installs into .venv on first use)"
	@echo "make test   validate the data, run the tests, build strictly and test the built site"
	@echo "make pdf    the whole report as one PDF (_build/html/_static/downloads/)"
	@echo "make a11y   accessibility check (axe-core) of every built page in headless Chromium"
	@echo "make dist   the versioned data-package zip and checksum in dist/"
	@echo "make changelog [OLD_REF=tag]   regenerate CHANGELOG.md's data section"
	@echo "make linkcheck  opt-in: request every source URL (needs the network); report in _build/linkcheck"

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

# The English edition into _build/html and the Dutch one (nl/) into _build/html/nl, built at once.
book: validate
	$(PY) tools/cache_guard.py
	$(PY) tools/build_editions.py
	@# The report as one PDF, linked from the downloads page (needs Chromium: make system-deps).
	@if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then $(PY) tools/pdf.py; \
	  else echo "pdf: Chromium not installed (make system-deps), so the report's PDF was not made"; fi

# The whole report as one PDF, printed by headless Chromium from the built site.
pdf: system-deps
	test -f _build/html/index.html || $(MAKE) book
	$(PY) tools/pdf.py

# From scratch: static chart copies left by earlier builds would be published too.
book-strict: validate system-deps
	rm -rf _build _static/figures
	$(PY) tools/build_editions.py . -- $(JB_STRICT)
	$(PY) tools/pdf.py

# Headless Chromium for the tests that open built pages (Debian package; needs root).
system-deps:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Chromium (Debian: sudo apt-get install chromium) to run the site tests" >&2; exit 1; fi; }

# Node.js and npm for the accessibility check (Debian packages; needs root).
node-deps:
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
	  else echo "Install Node.js and npm (Debian: sudo apt-get install nodejs npm) to run the accessibility check" >&2; exit 1; fi; }

A11Y       := tools/a11y
A11Y_STAMP := $(A11Y)/node_modules/.installed

$(A11Y_STAMP): $(A11Y)/package.json $(A11Y)/package-lock.json
	cd $(A11Y) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# axe-core on every page of the built book, on a desktop and a phone screen: any serious or
# critical violation, or any error a page logs or throws, fails. Builds the book first if there is none.
a11y: system-deps node-deps $(A11Y_STAMP)
	test -f _build/html/index.html || $(MAKE) book-strict
	@# The checker must catch the violations planted in its self-test page (exit 1, not 0 or 2).
	@node $(A11Y)/check.mjs $(A11Y)/selftest >/dev/null 2>&1; test $$? = 1 || { echo "a11y: the check missed the planted violations in $(A11Y)/selftest" >&2; exit 1; }
	@# ... and the error thrown by its other self-test page (a script declaring a name twice).
	@node $(A11Y)/check.mjs $(A11Y)/selftest-errors >/dev/null 2>&1; test $$? = 1 || { echo "a11y: the check missed the planted error in $(A11Y)/selftest-errors" >&2; exit 1; }
	node $(A11Y)/check.mjs _build/html

# Opt-in, needs the network, not part of `make test`: request every source URL once.
linkcheck: $(STAMP)
	$(PY) tools/linkcheck.py --out _build/linkcheck

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
