# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench fuzz soak data translations screenshots wheel dist package-test clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Opens the app on the bundled data. Qt's X11 plugin needs a few system libraries that a minimal Debian
# lacks: install them when we can (root with apt), otherwise say which command would.
run: $(STAMP)
	@./.ci/qt-system-libs.sh || true
	$(VENV)/bin/permet-explorer

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --ignore=tests/packaging

# Speed as a person meets it (start-up, clicks with every tab built, stalls, memory, growth to 3000x), with
# ratios to a bare Qt window and pyqtgraph's hello window measured in the same run; asserts nothing. About
# 10 minutes on 2 cores; BENCH_QUICK=1 leaves out the synthetic datasets.
bench: $(STAMP)
	@# fresh bytecode first: with PYTHONDONTWRITEBYTECODE set, every start would compile each changed module again
	$(PY) -m compileall -q app tests/benchmarks
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench.py

# 2,000 mutated datasets of each kind (bytes, rows) and 100 of each structure-aware kind (ids, hierarchy,
# numbers, text shapes, schema objects), random seeds; `make test` runs a sample of 40 and 6. Then the wall time
# of each refusal of the hostile matrix, on the command line and through File → Open (printed, not asserted).
# The seed is random unless FUZZ_SEED is given; it is printed first so that a failing run can be repeated.
ifndef FUZZ_SEED
FUZZ_SEED := $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
fuzz: $(STAMP)
	@echo "fuzz seed: $(FUZZ_SEED) (repeat with FUZZ_SEED=$(FUZZ_SEED))"
	FUZZ_EXAMPLES=2000 HOSTILE_FUZZ_EXAMPLES=100 FUZZ_RANDOM=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest \
		-p no:cacheprovider --hypothesis-show-statistics --hypothesis-seed=$(FUZZ_SEED) \
		tests/test_fuzz.py tests/test_hostile_fuzz.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/hostile_times.py

# 10,000 random UI actions; prints the RSS growth. `make test` runs 500.
soak: $(STAMP)
	SOAK_ACTIONS=10000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -s -p no:cacheprovider tests/test_soak.py

data: $(STAMP)
	$(PY) data/build.py

# Refresh the Albanian catalogue from the code (lupdate), fill in the wording kept in fill_sq.py, compile it.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app/ui -name "*.py" | sort) -ts resources/translations/app_sq.ts -target-language sq_AL -no-obsolete -locations none
	$(PY) resources/translations/fill_sq.py resources/translations/app_sq.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/app_sq.ts resources/translations/qtbase_sq.ts -qm resources/translations/app_sq.qm

# The README's pictures, retaken at 1366×768 under Xvfb with the app's own --screenshot and --pdf (pdftoppm for the
# fact sheet's first page), into resources/screenshots/; the runs leave the settings file alone.
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) tools/screenshots.py resources/screenshots

wheel: $(STAMP)
	$(PY) -m pip wheel --no-deps --no-build-isolation -w dist .

# The installers: PyInstaller onedir, .deb and .tar.gz, built from a venv that holds only the runtime
# dependencies and PyInstaller (so nothing from the test tools ends up in the bundle). The system tools and
# libraries the build resolves against come from .ci/packaging-tools.sh (apt-get when root).
BUILD_VENV := .venv-build
BUILD_STAMP := $(BUILD_VENV)/.installed-stamp

$(BUILD_STAMP): pyproject.toml
	test -x $(BUILD_VENV)/bin/python || $(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BUILD_VENV)/bin/python -m pip install --quiet . 'pyinstaller>=6.10,<7'
	touch $(BUILD_STAMP)

dist: $(BUILD_STAMP)
	./.ci/packaging-tools.sh
	rm -rf build/pyinstaller build/deb-root dist
	$(BUILD_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	$(BUILD_VENV)/bin/python resources/packaging/make_dist.py

# Builds everything, then checks it as a user's machine would meet it (tests/packaging): budgets, the
# installed app in empty Debian 11, 12 and 13 roots (cached in $(ROOTS_CACHE), one per suite), offscreen and
# under Xvfb. About 10 minutes on a fresh machine, less once the roots are cached.
ROOTS_CACHE ?= /var/cache/permet-roots
package-test: $(STAMP) dist
	PERMET_ROOTS_CACHE=$(ROOTS_CACHE) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider tests/packaging

clean:
	rm -rf $(VENV) $(BUILD_VENV) build dist .pytest_cache
