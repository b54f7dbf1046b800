#!/usr/bin/env bash
# run_cli_test.sh REMINT WORKDIR
#
# `remint run` end to end on a small estate of shell-script programs: a schedule runs its jobs in
# order and holds back the successor of a job that did not end OK; bad schedules, a schedule job
# without JCL, a member with JCL errors, a corrupt catalog index and the leftovers of a killed run
# each give their located diagnostic and exit status.
set -u
remint=$1
work=$2
rm -rf "$work"
mkdir -p "$work/JCL" "$work/loadlib"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_contains() {  # FILE TEXT WHAT
    grep -qF -- "$2" "$1" || fail "$3: '$2' not in $1:"$'\n'"$(cat "$1")"
}

printf '#!/bin/sh\nexit 8\n' > "$work/loadlib/RC8"
printf '#!/bin/sh\nexit 0\n' > "$work/loadlib/RC0"
chmod +x "$work/loadlib/RC8" "$work/loadlib/RC0"
for job in J1:RC8 J2:RC0 J3:RC0; do
    name=${job%%:*}
    printf '//%-8s JOB (A),%s\n//S1       EXEC PGM=%s\n' "$name" "'T'" "${job#*:}" > "$work/JCL/$name"
done
: > "$work/seed.tsv"

controlm() {  # the jobs with their INCOND/OUTCOND children, as XML
    printf '<?xml version="1.0"?>\n<DEFTABLE>\n  <FOLDER FOLDER_NAME="F">\n%s  </FOLDER>\n</DEFTABLE>\n' "$1"
}
job() {  # NAME MEMBER CHILDREN
    printf '    <JOB JOBNAME="%s" MEMNAME="%s" MEMLIB="JCL" WEEKDAYS="1,2,3,4,5">\n%s    </JOB>\n' "$1" "$2" "$3"
}
outcond() { printf '      <OUTCOND NAME="%s-OK" SIGN="+"/>\n' "$1"; }
incond() { printf '      <INCOND NAME="%s-OK" AND_OR="A"/>\n' "$1"; }

run() {  # NAME SCHEDULE [more options]: runs remint, keeps stdout+stderr and the status
    local name=$1 schedule=$2
    shift 2
    (cd "$work" && "$remint" run --loadlib loadlib --catalog-seed seed.tsv --library-root . \
        -o "out-$name" --schedule "$schedule" "$@") > "$work/$name.log" 2>&1
    echo $? > "$work/$name.status"
}

# J1 ends with RC 8 (not OK): J2, which waits for it, is not run; J3 runs.
controlm "$(job J1 J1 "$(outcond J1)")$(job J2 J2 "$(incond J1)$(outcond J2)")$(job J3 J3 "")" > "$work/flow.xml"
run flow flow.xml --fresh
[ "$(cat "$work/flow.status")" = 1 ] || fail "flow: exit status $(cat "$work/flow.status"), not 1"
expect_contains "$work/out-flow/joblog.txt" "J2       JOB NOT RUN - WAITING FOR J1" "flow"
expect_contains "$work/out-flow/joblog.txt" "J3       JOB ENDED  MAXCC=0000" "flow"
expect_contains "$work/out-flow/joblog.txt" "J1       JOB ENDED  MAXCC=0008" "flow"
expect_contains "$work/flow.log" "RM3213" "flow"

# A cycle, a condition nobody adds, a duplicate job, broken XML: nothing runs.
controlm "$(job J1 J1 "$(incond J2)$(outcond J1)")$(job J2 J2 "$(incond J1)$(outcond J2)")" > "$work/cycle.xml"
run cycle cycle.xml
expect_contains "$work/cycle.log" "RM3304" "cycle"
controlm "$(job J1 J1 "$(incond NOBODY)")" > "$work/unknown.xml"
run unknown unknown.xml
expect_contains "$work/unknown.log" "unknown.xml:" "unknown (located)"
expect_contains "$work/unknown.log" "RM3302" "unknown"
controlm "$(job J1 J1 "")$(job J1 J1 "")" > "$work/duplicate.xml"
run duplicate duplicate.xml
expect_contains "$work/duplicate.log" "RM3303" "duplicate"
printf '<?xml version="1.0"?>\n<DEFTABLE>\n  <FOLDER FOLDER_NAME="F">\n' > "$work/broken.xml"
run broken broken.xml
expect_contains "$work/broken.log" "RM3301" "broken"
for name in cycle unknown duplicate broken; do
    [ "$(cat "$work/$name.status")" = 1 ] || fail "$name: exit status $(cat "$work/$name.status")"
    [ -e "$work/out-$name/joblog.txt" ] && fail "$name: a job ran from a bad schedule"
done

# A schedule job whose JCL member is in no library.
controlm "$(job J9 NOSUCH "")" > "$work/nojcl.xml"
run nojcl nojcl.xml
expect_contains "$work/nojcl.log" "RM3305" "nojcl"

# A member with a JCL error runs none of its jobs.
printf '//J4       JOB (A),%s\n//S1       EXEC PGM=RC0,COND=(4,XX)\n' "'T'" > "$work/JCL/J4"
(cd "$work" && "$remint" run --loadlib loadlib -o out-bad JCL/J4) > "$work/bad.log" 2>&1
[ $? = 1 ] || fail "bad: exit status not 1"
expect_contains "$work/bad.log" "RM3114" "bad"
expect_contains "$work/bad.log" "RM3213" "bad"
expect_contains "$work/out-bad/joblog.txt" "J4       JOB NOT RUN - JCL ERROR" "bad"

# A killed run's leftover in the catalog folder is removed and reported; a corrupt index stops
# the run before any job.
echo partial > "$work/out-flow/catalog/K.HALF"
(cd "$work" && "$remint" run --loadlib loadlib -o out-flow JCL/J3) > "$work/recovered.log" 2>&1
expect_contains "$work/recovered.log" "RM3209" "recovered"
[ -e "$work/out-flow/catalog/K.HALF" ] && fail "recovered: the leftover is still there"
printf 'not an index\n' > "$work/out-flow/catalog/.catalog.tsv"
(cd "$work" && "$remint" run --loadlib loadlib -o out-flow JCL/J3) > "$work/corrupt.log" 2>&1
[ $? = 2 ] || fail "corrupt: exit status not 2"
expect_contains "$work/corrupt.log" "RM3210" "corrupt"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all remint run checks passed"
