# dutch-reader: `make run` to read, `make test` for the checks, `make bench` for numbers.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEB_PACKAGES := dict-freedict-nld-eng espeak-ng hunspell hunspell-nl

.PHONY: run test lint bench setup deb clean

run: setup
	$(VENV)/bin/dutch-reader read seeds/wie-zijn-isis-k.txt

test: setup
	$(VENV)/bin/ruff check vocab reader tests bench tools
	$(PY) -m pytest

bench: setup
	$(PY) bench/run.py

setup: $(STAMP) deb

# constraints.txt pins every package to the versions the tests (and snapshots) were made
# with; pyproject.toml keeps the lower bounds for people installing the package.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Debian packages the project uses, where apt-get exists and we may use it; skipped quietly
# otherwise (everything works without them, with less).
deb:
	@if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then \
	  missing=""; for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    SUDO=""; [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"; \
	    { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; } >/dev/null 2>&1 \
	      || echo "note: could not install$$missing (optional)"; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
