# Thin wrapper: everything real lives in CMake. `make demo` and `make test` are all the set-up
# anyone needs on a fresh machine.
JOBS ?= $(shell nproc)
BUILD_DIR := build
ASAN_DIR := build-asan
REMINT := $(BUILD_DIR)/bin/remint
# ccache keys objects by paths relative to the checkout, so clones and worktrees share them.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: all deps configure build demo test test-asan bench fuzz lint clean format

all: build

# The package check runs when the install script changed since it last succeeded, not on
# every make; `make deps` forces it. The browser tests' package-lock.json is an input too.
DEPS_STAMP := $(BUILD_DIR)/.deps-installed
$(DEPS_STAMP): scripts/install-deps tests/browser/package-lock.json
	@scripts/install-deps
	@mkdir -p $(BUILD_DIR) && touch $@

deps:
	@scripts/install-deps

# Configure once; afterwards the build re-runs CMake itself when a CMakeLists.txt changes.
$(BUILD_DIR)/build.ninja: $(DEPS_STAMP) CMakePresets.json
	@cmake --preset default > build-configure.log 2>&1 || { cat build-configure.log; exit 1; }

configure: $(BUILD_DIR)/build.ninja

build: configure
	@cmake --build --preset default -j $(JOBS)

# The main job: bankdemo from COBOL to C++ proved equivalent on its recorded cases (remint.toml).
# A second `make demo` does no work; edit a member or copybook and only its users are redone.
DEMO_DIR := $(BUILD_DIR)/demo
demo: build
	$(REMINT) migrate corpus/bankdemo --work $(DEMO_DIR) --junit $(DEMO_DIR)/junit.xml

# Every test, then the check that every diagnostic kind was emitted by one of them (it reads
# the logs the suite leaves in build/diagnostics-log, so it must run after the rest).
test: build
	@rm -rf $(BUILD_DIR)/diagnostics-log
	ctest --preset default -j $(JOBS)
	ctest --preset diagnostics-coverage

$(ASAN_DIR)/build.ninja: $(DEPS_STAMP) CMakePresets.json
	@cmake --preset asan > build-asan-configure.log 2>&1 || { cat build-asan-configure.log; exit 1; }

# Unit, golden and robustness tests built with ASan + UBSan; any sanitizer report fails.
test-asan: $(ASAN_DIR)/build.ninja
	@cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

# Coverage-guided fuzzing of the COBOL front end (FUZZ_TARGET=jcl: the JCL front end) with AFL++
# for FUZZ_SECONDS (one afl-fuzz instance; build-fuzz/fuzz-out[-jcl] keeps the corpus, crashes
# and hangs).
FUZZ_SECONDS ?= 600
FUZZ_TARGET ?= cobol
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGET=$(FUZZ_TARGET) FUZZ_JOBS=$(JOBS) fuzz/run-fuzz

bench: build
	bench/scan_bench.sh

# clang-tidy's naming and bug-prone checks (.clang-tidy) over the project's sources.
lint: build
	@git ls-files '*.cpp' | grep -v '^corpus/' | xargs -P $(JOBS) -n 4 clang-tidy -p $(BUILD_DIR) --quiet

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) build-fuzz
