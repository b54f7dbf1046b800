# Thin wrapper: everything real lives in CMake. `make demo` and `make test` are all the set-up
# anyone needs on a fresh machine.
JOBS ?= $(shell nproc)
BUILD_DIR := build
REMINT := $(BUILD_DIR)/bin/remint

.PHONY: all deps configure build demo test test-asan fuzz bench clean format

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake --preset default > build-configure.log 2>&1 || { cat build-configure.log; exit 1; }

build: configure
	@cmake --build --preset default -j $(JOBS)

demo: build
	$(REMINT) scan corpus --list

test: build
	ctest --preset default -j $(JOBS)

test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS) -LE 'nist|fcvs|jcl-stress|bankdemo'

# Coverage-guided fuzzing of the COBOL front end with AFL++ for FUZZ_SECONDS (one afl-fuzz
# instance; build-fuzz/fuzz-out keeps the corpus, crashes and hangs).
FUZZ_SECONDS ?= 600
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(JOBS) fuzz/run-fuzz

bench: build
	bench/scan_bench.sh

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) build-asan build-fuzz
