#!/bin/sh
# tools/valgrind-nodule.sh ARGS...: build/nodule under valgrind's memcheck, for make test-valgrind
# (test/run.sh runs it as the runtime under test).  Each process logs to
# $ND_VALGRIND_LOGS/PID.log (valgrind -q: nothing unless there is an error), so stdout and stderr
# stay the script's own and the golden comparison still holds; make test-valgrind then fails if
# any log has an error in it.  Leaks are LeakSanitizer's job (make test-asan).  NODULE_MALLOC=system
# puts every JavaScript heap block in malloc's hands, where memcheck sees it (src/alloc.c).
here=$(cd "$(dirname "$0")/.." && pwd)
NODULE_MALLOC=system exec valgrind -q --tool=memcheck --leak-check=no --error-exitcode=99 --trace-children=no \
    --log-file="${ND_VALGRIND_LOGS:-$here/build/valgrind}/%p.log" "$here/build/nodule" "$@"
