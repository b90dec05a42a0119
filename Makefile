# nodule: the only build entry point.  `make help` lists the targets.
#
# Objects and generated files live in build/ (build-asan/ for the sanitizer build);
# nothing generated is ever written to src/, lib/ or js/.

CC      ?= cc
CFLAGS  ?= -O2 -g
PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build

ND_CFLAGS  = -std=gnu11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
             -Wmissing-prototypes -Werror=implicit-function-declaration \
             -D_GNU_SOURCE -Isrc -Ilib -I$(BUILD)/gen $(SECTIONS)
ALL_CFLAGS = $(ND_CFLAGS) $(CFLAGS)

# A section per function and datum, so the link drops what nothing calls (Duktape's unused API);
# no unwind tables (.eh_frame, 170 KB): C without exceptions never unwinds, and gdb reads the
# frames from the debug information of the unstripped build.  The build ID names the build in
# the compile cache (src/compile_cache.c).
SECTIONS  := -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables
GC_LINK   := -Wl,--gc-sections -Wl,--build-id=sha1

# Duktape gets its own flags: our configuration header, no -Werror.
DUK_SRC    := /usr/share/duktape/duktape.c
DUK_CFLAGS  = -std=gnu11 -DDUK_COMPILING_DUKTAPE= -include src/nd_dukconfig.h -w $(SECTIONS) $(CFLAGS) \
              $(DUK_SANITIZE)

LIBDIR  := /usr/lib/$(shell $(CC) -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
LIBS    := $(LIBDIR)/libevent_core.a $(LIBDIR)/libhttp_parser.a $(LIBDIR)/libz.a \
           $(LIBDIR)/libmbedtls.a $(LIBDIR)/libmbedx509.a $(LIBDIR)/libmbedcrypto.a -lm -lpthread

# src/duk_fastpath.c is compiled inside build/duktape.c (see DUK_FASTPATH_*), not on its own.
SRCS     := $(filter-out src/duk_fastpath.c,$(wildcard src/*.c)) $(wildcard src/lower/*.c) $(wildcard lib/*.c)
OBJS     := $(patsubst %.c,$(BUILD)/%.o,$(SRCS)) $(BUILD)/duktape.o $(BUILD)/gen/js_bundle.o
DEPS     := $(OBJS:.o=.d)
JS_FILES := $(shell find js -name '*.js' | LC_ALL=C sort)
# Modules every start-up loads, and those the first console.log loads: embedded uncompressed
# (tools/js2c.c).  Check the list with a build that traces requireBuiltin when start-up changes.
HOT_MODULES := internal/bootstrap,internal/polyfills/index,$\
	internal/error_stack,internal/polyfills/error,process,events,$\
	internal/process/task_queues,internal/microtasks,timers,internal/process/execution,$\
	internal/main,internal/modules/cjs/loader,path,$\
	console,internal/process/stdio,internal/streams/writable,internal/streams/legacy,$\
	internal/streams/destroy,internal/streams/state,internal/streams/utils

ifeq ($(V),1)
Q :=
else
Q := @
endif

.DELETE_ON_ERROR:
.PHONY: all deps run test test-asan test-valgrind test-node test-record test-lower test-npm fuzz bench format clean install help

all: deps $(BUILD)/nodule

help:
	@echo 'make            build build/nodule'
	@echo 'make run        build and run the example program'
	@echo 'make test       run the test suite (ends with "N passed, N failed")'
	@echo 'make test-asan  the suite under AddressSanitizer and UBSan (build-asan/)'
	@echo 'make test-valgrind  the suite under valgrind memcheck (slow; memory errors fail it)'
	@echo 'make test-node  re-check every recorded expectation against the node on PATH'
	@echo 'make test-record  re-record expectations from node (test/out/*.out)'
	@echo 'make test-lower  lower every test/out/lower-* probe and run it under node'
	@echo 'make fuzz       libFuzzer targets (FUZZ_SECONDS=60 each) under ASan/UBSan (build-fuzz/)'
	@echo 'make test-npm   run real npm packages (test/npm) under node and nodule (needs npm)'
	@echo 'make bench      benchmarks beside node (bench/)'
	@echo 'make install    install to $$(DESTDIR)$$(PREFIX)/bin'

# deps: installs missing Debian packages (as root) or says how.
deps:
	$(Q)sh tools/deps.sh

$(BUILD)/nodule: $(OBJS)
	@echo '  LINK    $@'
	$(Q)$(CC) $(CFLAGS) -o $@ $(OBJS) $(LIBS) $(GC_LINK) $(LDFLAGS)
	@size=$$(stat -c %s $@); echo "  SIZE    $@ $$size bytes"

# Bindings whose work is in system calls or libraries (zlib, mbedTLS), and the start-up code that
# runs once, are compiled for size: 20 KB of the binary's 2.5 MB budget (sha256 of 100 MB and
# the other core benchmarks unchanged).
COLD_OBJS := $(patsubst %,$(BUILD)/lib/%.o,fs tls_wrap tls_cert udp zlib process_wrap pk os dns \
             sockaddr signal util crypto cipher process) \
             $(patsubst %,$(BUILD)/src/%.o,compile_cache cli errors)
$(COLD_OBJS): ALL_CFLAGS += -Os

$(BUILD)/%.o: %.c | deps
	@mkdir -p $(dir $@)
	@echo '  CC      $<'
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# Duktape 2.7 with small patches, made as the source is copied into the build (each one that no
# longer applies to a changed duktape.c is reported, and the build goes on without it); the
# property fast path and the ASCII decoding below are the third and fourth:
# - DUK_CALL_LINE_FIX: calling a property that is not a function (o.missing()) reported the line
#   where the function last stored its position, because Duktape builds that error while reading
#   the property, before its executor has synced the position; the fix syncs it first (a cold
#   path).
# - src/duk_name_directive.sed: the directive "use duk name NAME", with which the lowering
#   compiler gives a function expression the name ES2015 infers for it (`var f = function () {}`
#   is 'f') without the name binding of a named function expression, a scope object for every
#   closure made (docs/lowering.md).  Without it those functions stay anonymous.
DUK_CALL_LINE_FIX := s/^\(\t*\)\(duk_call_setup_propcall_error(thr, (barg), (carg)); \\\)$$/\1DUK__SYNC_CURR_PC(); \2/

$(DUK_SRC): | deps

# The property-read fast path (src/duk_fastpath.c) is included before duk_hobject_getprop and
# called first thing in it, after its copies of the object and key.
HASH := \#
DUK_FASTPATH_INCLUDE := /^DUK_INTERNAL duk_bool_t duk_hobject_getprop(duk_hthread \*thr, duk_tval \*tv_obj, duk_tval \*tv_key) {$$/i $(HASH)include "duk_fastpath.c"
DUK_FASTPATH_HOOK := /^DUK_INTERNAL duk_bool_t duk_hobject_getprop(/,/^\ttv_key = &tv_key_copy;$$/ \
	s/^\(\t\)tv_key = &tv_key_copy;$$/&\n\1ND_GETPROP_FAST(thr, tv_obj, tv_key);/
# An ASCII byte decoded without the general UTF-8 decoder's call (the regexp engine decodes its
# input and its own bytecode one code point at a time: 5,000 calls an Express request).
DUK_ASCII_HOOK := s/^\tif (duk_unicode_decode_xutf8(thr, ptr, ptr_start, ptr_end, &cp)) {$$/\
	\tif (*ptr >= ptr_start \&\& *ptr < ptr_end \&\& **ptr < 0x80) { \/\* nodule: ASCII \*\/\n\
	\t\treturn (duk_ucodepoint_t) *(*ptr)++;\n\t}\n&/
DUK_FASTPATH_PUT_HOOK := /^duk_hobject_putprop(duk_hthread \*thr, /,/^\ttv_val = &tv_val_copy;$$/ \
	s/^\(\t\)tv_val = &tv_val_copy;$$/&\n\1ND_PUTPROP_FAST(thr, tv_obj, tv_key, tv_val);/

# First src/duktape.patch (start-up costs; the file says what and why): hunks without context,
# so applied only to the very source they were made from; any other builds unpatched, with a
# warning.
DUK_SRC_SHA256 := 2fa5f54ae03b574b2e6cacfb412f3a02c7207b7833f75129a234326b48c17496

$(BUILD)/duktape.c: $(DUK_SRC) src/duk_fastpath.c src/duk_name_directive.sed src/duktape.patch
	@mkdir -p $(dir $@)
	$(Q)cp $(DUK_SRC) $@.src
	$(Q)if [ "$$(sha256sum < $(DUK_SRC) | cut -d' ' -f1)" = '$(DUK_SRC_SHA256)' ] && \
	    patch -s -f --dry-run $@.src src/duktape.patch >/dev/null 2>&1; then \
	    patch -s -f $@.src src/duktape.patch; \
	else \
	    echo 'warning: $(DUK_SRC) is not the source src/duktape.patch was made for: left out' >&2; \
	fi
	$(Q)sed -e '$(DUK_CALL_LINE_FIX)' -e '$(DUK_FASTPATH_INCLUDE)' -e '$(DUK_FASTPATH_HOOK)' \
	    -e '$(DUK_FASTPATH_PUT_HOOK)' -e '$(DUK_ASCII_HOOK)' -f src/duk_name_directive.sed \
	    $@.src > $@.tmp
	$(Q)rm -f $@.src
	$(Q)grep -q 'DUK__SYNC_CURR_PC(); duk_call_setup_propcall_error' $@.tmp || \
	    echo 'warning: $(DUK_SRC) changed: the call line fix did not apply' >&2
	$(Q)grep -q '"use duk name "' $@.tmp || \
	    echo 'warning: $(DUK_SRC) changed: the "use duk name" directive did not apply' >&2
	$(Q)grep -q 'nodule: ASCII' $@.tmp || \
	    echo 'warning: $(DUK_SRC) changed: the ASCII decoding shortcut did not apply' >&2
	$(Q)if [ "$$(grep -c -e '^#include "duk_fastpath.c"$$' -e 'ND_[GP][EU]TPROP_FAST(thr' $@.tmp)" != 3 ]; then \
	    echo 'warning: $(DUK_SRC) changed: the property fast path did not apply' >&2; \
	    grep -v -e '^#include "duk_fastpath.c"$$' -e 'ND_[GP][EU]TPROP_FAST(thr' $@.tmp > $@.tmp2; \
	    mv $@.tmp2 $@.tmp; fi
	$(Q)mv $@.tmp $@

$(BUILD)/duktape.o: $(BUILD)/duktape.c src/nd_dukconfig.h | deps
	@mkdir -p $(dir $@)
	@echo '  CC      duktape.c'
	$(Q)$(CC) $(DUK_CFLAGS) -I$(dir $(DUK_SRC)) -Isrc -c -o $@ $(BUILD)/duktape.c

# The bytecode compiler runs on the build machine with the very Duktape build it embeds for.
# It lowers each file first, as the runtime lowers every source.
LOWER_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(wildcard src/lower/*.c))
# Modules run from the compile cache (src/compile_cache.c) skip lowering, so the lowering compiler
# is compiled for size too: 29 KB smaller, a quarter slower on a cache miss.
$(LOWER_OBJS): ALL_CFLAGS += -Os
$(BUILD)/js2c: tools/js2c.c src/wrap.h $(BUILD)/duktape.o $(LOWER_OBJS) | deps
	@mkdir -p $(dir $@)
	@echo '  CC      $<'
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/duktape.o $(LOWER_OBJS) $(LIBDIR)/libz.a -lm $(LDFLAGS)

$(BUILD)/gen/js_bundle.c: $(JS_FILES) $(BUILD)/js2c
	@mkdir -p $(dir $@)
	@echo '  JS2C    $@'
	$(Q)$(BUILD)/js2c --raw '$(HOT_MODULES)' $@ $(JS_FILES)

$(BUILD)/gen/js_bundle.o: $(BUILD)/gen/js_bundle.c
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Unicode property sets for regex \p{...} (src/lower/unicode.c), from Debian's unicode-data.
UCD_DIR := /usr/share/unicode
$(BUILD)/unicode_gen: tools/unicode_gen.c | deps
	@mkdir -p $(dir $@)
	@echo '  CC      $<'
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $<

$(BUILD)/gen/unicode_tables.inc: $(BUILD)/unicode_gen
	@mkdir -p $(dir $@)
	@echo '  UNICODE $@'
	$(Q)$(BUILD)/unicode_gen $(UCD_DIR) $@

$(BUILD)/src/lower/unicode.o: $(BUILD)/gen/unicode_tables.inc

# The lowering compiler alone (tools/ndlower.c) and a plain Duktape checker, for
# test/out/lower-check.bash, which compares lowered probes run under node with the originals.
# Compiled for size like the runtime's copy, so bench/lower.sh measures what the binary runs.
$(BUILD)/ndlower: tools/ndlower.c $(wildcard src/lower/*.c src/lower/*.h) \
                  $(BUILD)/gen/unicode_tables.inc | deps
	@mkdir -p $(dir $@)
	@echo '  CC      $@'
	$(Q)$(CC) $(ALL_CFLAGS) -Os -o $@ tools/ndlower.c $(wildcard src/lower/*.c)

$(BUILD)/duk-check: tools/duk_check.c $(BUILD)/duktape.o | deps
	@echo '  CC      $@'
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/duktape.o -lm

# Time to the REPL's first prompt on a pty, for bench/repl.sh.
$(BUILD)/pty_first_prompt: tools/pty_first_prompt.c | deps
	@echo '  CC      $@'
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< -lutil

# The hand-written C server bench/http.sh measures as the ceiling.
$(BUILD)/c-hello: bench/c-hello.c | deps
	@echo '  CC      $@'
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBDIR)/libevent_core.a $(LIBDIR)/libhttp_parser.a

test-lower: $(BUILD)/ndlower $(BUILD)/duk-check
	$(Q)bash test/out/lower-check.bash

# libFuzzer targets, each run for FUZZ_SECONDS (per target) under ASan/UBSan; crashes are written
# to build/ as crash-* (build/fuzz-<target>-crash-*) and each becomes a regression test.
# - lower: the lowering compiler alone, from the probes in test/out/ (copied to build/fuzz-corpus,
#   which keeps what the fuzzer finds).
# - the runtime targets (FUZZ_TARGETS): the whole runtime, built with clang in build-fuzz/, with
#   tools/fuzz_runtime.c in place of main(); each runs the driver test/fuzz/<target>.js and
#   starts from the seeds in test/fuzz/<target>/ (copied to build/fuzz-corpus-<target>).
#   Leak checking is left to make test-asan: libFuzzer checks after every input that allocates
#   more than it frees, which the runtime's caches make most inputs, at four times the cost.
#   -timeout is wall time, generous for a loaded machine.
# `make fuzz FUZZ_TARGETS=http FUZZ_SECONDS=300` runs one target longer; FUZZ_TARGETS= runs
# only the lowering compiler.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= http buffer inspect resolve
FUZZ_CFLAGS  := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
                -fno-omit-frame-pointer
# Duktape adds a zero offset to NULL (duk_hobject_props.c), which clang's UBSan reports (GCC's,
# in make test-asan, does not): that one check is off for duktape.o only.
FUZZ_DUK_SANITIZE := -fno-sanitize=pointer-overflow
fuzz: deps build/gen/unicode_tables.inc
	@mkdir -p build/fuzz-corpus
	$(Q)clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -Ibuild/gen -o build/fuzz-lower \
	    tools/fuzz_lower.c $(wildcard src/lower/*.c)
	$(Q)cp test/out/lower-*.js test/out/esm-*.mjs test/fixtures/esm/*.mjs test/fuzz/lower-crashes/*.js \
	    build/fuzz-corpus/
	$(Q)build/fuzz-lower -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=4096 \
	    -artifact_prefix=build/ build/fuzz-corpus
	$(Q)$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang \
	    CFLAGS='$(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link' LDFLAGS='-fsanitize=address,undefined' \
	    DUK_SANITIZE='$(FUZZ_DUK_SANITIZE)' build-fuzz/fuzz-runtime
	$(Q)for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz-corpus-$$t && cp test/fuzz/$$t/* build/fuzz-corpus-$$t/ && \
	    ND_FUZZ_SCRIPT=test/fuzz/$$t.js build-fuzz/fuzz-runtime -max_total_time=$(FUZZ_SECONDS) \
	        -detect_leaks=0 -timeout=60 -max_len=4096 -artifact_prefix=build/fuzz-$$t- \
	        build/fuzz-corpus-$$t \
	        || exit 1; \
	done

# The runtime with the libFuzzer harness in place of main() (only built with BUILD=build-fuzz).
build-fuzz/fuzz-runtime: tools/fuzz_runtime.c $(filter-out $(BUILD)/src/main.o,$(OBJS))
	@echo '  LINK    $@'
	$(Q)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LIBS) $(LDFLAGS)

# Real npm packages against node (needs the npm registry; not part of make test).
test-npm: all
	$(Q)bash test/npm/run.sh

run: all
	$(BUILD)/nodule examples/hello.js

test: all
	$(Q)NODULE=$(BUILD)/nodule bash test/run.sh

# The same suite, built with sanitizers in build-asan/.
test-asan: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build-asan \
	    CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined' \
	    LDFLAGS='-fsanitize=address,undefined' build-asan/nodule
	$(Q)ND_TEST_TIMEOUT_MULTIPLIER=4 NODULE=build-asan/nodule bash test/run.sh

# The suite under valgrind's memcheck (slow: about 20 times the run time).  Test failures from
# timing alone can happen under valgrind; memory errors are what this target checks.
test-valgrind: all
	$(Q)rm -rf $(BUILD)/valgrind && mkdir -p $(BUILD)/valgrind
	$(Q)ND_TEST_TIMEOUT_MULTIPLIER=20 ND_VALGRIND_LOGS=$(CURDIR)/$(BUILD)/valgrind \
	    NODULE=tools/valgrind-nodule.sh bash test/run.sh || true
	$(Q)bad=$$(find $(BUILD)/valgrind -name '*.log' -size +0 | wc -l); \
	    echo "valgrind: $$bad processes with memory errors (logs in $(BUILD)/valgrind)"; \
	    [ $$bad -eq 0 ]

test-node: deps
	$(Q)NODULE=node bash test/run.sh

test-record: deps
	$(Q)bash test/record.sh

bench: all $(BUILD)/pty_first_prompt $(BUILD)/c-hello
	$(Q)bash bench/run.sh
	$(Q)bash bench/repl.sh
	$(Q)bash bench/http.sh
	$(Q)bash bench/request-instructions.sh
	$(Q)bash bench/cluster.sh
	$(Q)bash bench/lower.sh
	$(Q)bash bench/idle-conns.sh 5000
	$(Q)bash bench/core.sh

format:
	$(Q)clang-format -i $(wildcard src/*.[ch] src/lower/*.[ch] lib/*.[ch] tools/*.c)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 -s $(BUILD)/nodule $(DESTDIR)$(PREFIX)/bin/nodule

clean:
	rm -rf build build-asan build-fuzz

-include $(DEPS)
