#!/usr/bin/env python3
"""estate.py - build and run the bankdemo nightly job stream.

Subcommands (normally reached through the bash wrappers beside this file):

  estate.py run OUTDIR [--build-dir DIR] [--jobs JOB,...] [--data-dir DIR]
                      [--use reference|emitted] [--remint BIN]
      Builds every member of BANK.PROD.COBOL (cobc -std=ibm) and
      BANK.PROD.FORTRAN (gfortran -std=legacy -ffp-contract=off) into the
      build directory (default OUTDIR/build; unchanged members are not
      rebuilt), then runs the steps of tools/steps.tsv - a manifest that
      mirrors the JCL in BANK.PROD.JCL - job by job.  Results go to
      OUTDIR/result:
        rc.tsv                       job, step, program, return code
                                     (FLUSH = bypassed, SKIP = not built)
        joblog.txt                   the runner's step log
        catalog/<DSN>                every dataset the stream left
                                     cataloged (inputs excluded)
        sysout/<JOB>/<STEP>.<DD>     SYSOUT datasets of the step
        sysout/<JOB>/<STEP>.STDOUT   DISPLAY / unit 6 output of the step
        sysout/<JOB>/<STEP>.STDERR   runtime messages, when there are any
      Step work directories and && temporaries live in OUTDIR/work.
      --data-dir DIR reads the input datasets from DIR/data-ascii (written
      by gen_data --out DIR, e.g. a --records 1000000 benchmark estate)
      instead of the committed corpus/bankdemo/data-ascii.
      --use emitted runs the C++ that `remint emit` writes for BANK.PROD.COBOL
      (built with CMake; --remint names the remint executable) instead of the
      cobc build; its results must be the same bytes (check OUTDIR).

  estate.py check OUTDIR
      Compares OUTDIR/result with corpus/bankdemo/expected byte for byte
      and prints the first difference.  With REMINT_UPDATE_GOLDEN=1 it
      replaces expected/ with OUTDIR/result instead.

Utility programs are emulated: IEFBR14 (dispositions only), IEBGENER
(copy SYSUT1 to SYSUT2), IDCAMS (DELETE, REPRO, IF LASTCC ... THEN SET
MAXCC, SET MAXCC), SORT (SORT FIELDS=(p,l,f,o,...) with CH/BI/ZD/PD
fields, stable).  GnuCOBOL finds a file through the environment variable
DD_<ddname>; a Fortran unit nn is the file fort.nn in the step directory
(DD FTnnF001).  Relative GDG generations are resolved when the job starts,
&&temporaries are deleted when the job ends, COND= and IF/THEN/ELSE are
evaluated from the return codes of the steps that ran.
"""

import argparse
import functools
import hashlib
import os
import re
import shutil
import time
import subprocess
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
ESTATE = os.path.dirname(TOOLS)
COBOL_DIR = os.path.join(ESTATE, "BANK.PROD.COBOL")
COPYLIB = os.path.join(ESTATE, "BANK.PROD.COPYLIB")
FORTRAN_DIR = os.path.join(ESTATE, "BANK.PROD.FORTRAN")
JCL_DIR = os.path.join(ESTATE, "BANK.PROD.JCL")
EXPECTED = os.path.join(ESTATE, "expected")

# COBC_FLAGS_EXTRA (e.g. -O2 for bench/emitted_bench.sh) is added to every cobc command.
COBC_FLAGS = ["-std=ibm", "-I", COPYLIB] + os.environ.get("COBC_FLAGS_EXTRA", "").split()
GFORTRAN_FLAGS = ["-std=legacy", "-ffp-contract=off", "-O0", "-x", "f77"]
UTILITIES = ("IEFBR14", "IEBGENER", "IDCAMS", "SORT")


class JclError(Exception):
    """A condition that would stop the job at allocation time."""


# --------------------------------------------------------------------- build
def _digest(parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\0")
    return h.hexdigest()


def _tool_version(cmd):
    try:
        out = subprocess.run([cmd, "--version"], capture_output=True, text=True, check=False)
        return out.stdout.splitlines()[0] if out.stdout else cmd
    except FileNotFoundError:
        return None


def _is_subprogram(source):
    for line in source.splitlines():
        if len(line) > 6 and line[6] in "*/":
            continue
        if re.search(r"PROCEDURE\s+DIVISION\s+USING", line[7:72]):
            return True
    return False


def build(build_dir, log, cobol=True):
    """Compile every member; returns {program: path} of runnable programs."""
    os.makedirs(build_dir, exist_ok=True)
    programs = {}
    cobc = _tool_version("cobc")
    if cobc is None and cobol:
        sys.exit("run-estate: cobc (GnuCOBOL) not found")
    copybooks = b"".join(
        open(os.path.join(COPYLIB, m), "rb").read() for m in sorted(os.listdir(COPYLIB)))
    for member in sorted(os.listdir(COBOL_DIR)) if cobol else []:
        src = os.path.join(COBOL_DIR, member)
        text = open(src, "rb").read()
        sub = _is_subprogram(text.decode("ascii", "replace"))
        target = os.path.join(build_dir, member + (".so" if sub else ""))
        cmd = ["cobc", "-m" if sub else "-x"] + COBC_FLAGS + ["-o", target, src]
        stamp = _digest([cobc, " ".join(cmd), text, copybooks])
        _compile(member, cmd, target, stamp, build_dir, log)
        if not sub:
            programs[member] = target
    if os.path.isdir(FORTRAN_DIR):
        gfortran = _tool_version("gfortran")
        for member in sorted(os.listdir(FORTRAN_DIR)):
            if gfortran is None:
                sys.exit("run-estate: gfortran not found")
            src = os.path.join(FORTRAN_DIR, member)
            target = os.path.join(build_dir, member)
            cmd = ["gfortran"] + GFORTRAN_FLAGS + [src, "-o", target]
            stamp = _digest([gfortran, " ".join(cmd), open(src, "rb").read()])
            _compile(member, cmd, target, stamp, build_dir, log)
            programs[member] = target
    return programs


def build_emitted(build_dir, log, remint, members=None):
    """Translate every COBOL member with `remint emit` into one C++ project and build it
    (called programs linked into every executable); FORTRAN members are still built by
    gfortran.  Returns {program: path} as build() does."""
    project = os.path.join(build_dir, "emitted")
    sources = ([os.path.join(COBOL_DIR, m) for m in members] if members else [COBOL_DIR])
    cmd = [remint, "emit"] + sources + ["-I", COPYLIB, "--dialect", "ibm", "-o", project]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    log.write("$ %s\n%s%s" % (" ".join(cmd), res.stdout, res.stderr))
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        sys.exit("run-estate: remint emit failed")
    configure = ["cmake", "-S", project, "-B", os.path.join(project, "build"), "-G", "Ninja",
                 "-DCMAKE_BUILD_TYPE=Release"]
    if shutil.which("ccache"):
        configure.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
    for step in (configure, ["cmake", "--build", os.path.join(project, "build")]):
        res = subprocess.run(step, capture_output=True, text=True, check=False)
        log.write("$ %s\n%s%s" % (" ".join(step), res.stdout, res.stderr))
        if res.returncode != 0:
            sys.stderr.write(res.stdout[-4000:] + res.stderr[-4000:])
            sys.exit("run-estate: the emitted project did not build")
    # The cobc build for what is not emitted (and FORTRAN), then the emitted executables.
    emitted_all = not members or set(members) >= set(os.listdir(COBOL_DIR))
    programs = build(build_dir, log, cobol=not emitted_all)
    for member in members or sorted(os.listdir(COBOL_DIR)):
        text = open(os.path.join(COBOL_DIR, member), "rb").read().decode("ascii", "replace")
        if not _is_subprogram(text):
            programs[member] = os.path.join(project, "build", member)
    return programs


def _compile(member, cmd, target, stamp, build_dir, log):
    stamp_file = os.path.join(build_dir, member + ".stamp")
    if os.path.exists(target) and os.path.exists(stamp_file):
        if open(stamp_file).read() == stamp:
            log.write("UP-TO-DATE %s\n" % member)
            return
    res = subprocess.run(cmd, cwd=build_dir, capture_output=True, text=True, check=False)
    log.write("$ %s\n%s%s" % (" ".join(cmd), res.stdout, res.stderr))
    if res.returncode != 0:
        sys.stderr.write(res.stdout + res.stderr)
        sys.exit("run-estate: compile of %s failed" % member)
    with open(stamp_file, "w") as f:
        f.write(stamp)


# ------------------------------------------------------------------ manifest
class Step:
    def __init__(self, job, name, program, parm, condition):
        self.job, self.name, self.program = job, name, program
        self.parm = None if parm == "-" else parm
        self.conditions = [] if condition == "-" else condition.split(";")
        self.dds = []  # [ddname, [(dataset, disp, dcb), ...]]


def read_manifest(path):
    jobs = []
    for lineno, raw in enumerate(open(path), 1):
        line = raw.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if f[0] == "JOB":
            jobs.append({"name": f[1], "jcl": f[2], "steps": []})
        elif f[0] == "STEP":
            jobs[-1]["steps"].append(Step(jobs[-1]["name"], f[1], f[2], f[3], f[4]))
        elif f[0] == "DD":
            step = jobs[-1]["steps"][-1]
            entry = (f[2], f[3], f[4])
            if f[1] == "+":
                step.dds[-1][1].append(entry)
            else:
                step.dds.append([f[1], [entry]])
        else:
            raise SystemExit("steps.tsv:%d: unknown record type %r" % (lineno, f[0]))
    return jobs


def check_manifest_against_jcl(jobs):
    """The manifest must list the EXEC statements of each JCL member, in order."""
    for job in jobs:
        text = open(os.path.join(JCL_DIR, job["jcl"]), encoding="ascii").read()
        if not re.search(r"^//%s\s+JOB\s" % re.escape(job["name"]), text, re.M):
            raise SystemExit("steps.tsv: %s is not the JOB of member %s" % (job["name"], job["jcl"]))
        in_jcl = re.findall(r"^//(\S+)\s+EXEC\s", text, re.M)
        in_manifest = [s.name.split(".")[0] for s in job["steps"]]
        if in_jcl != in_manifest:
            raise SystemExit("steps.tsv: steps of %s %s do not mirror the JCL %s"
                             % (job["name"], in_manifest, in_jcl))


def lrecl_of(dcb):
    m = re.match(r"(FBA|FB|VB)(\d+)$", dcb or "")
    return (m.group(1), int(m.group(2))) if m else (None, None)


# ----------------------------------------------------------------- in-stream
def instream_data(jcl_member, step_name, ddname):
    lines = open(os.path.join(JCL_DIR, jcl_member), encoding="ascii").read().splitlines()
    exec_name = step_name.split(".")[0]
    start = None
    for i, l in enumerate(lines):
        if re.match(r"//%s\s+EXEC\s" % re.escape(exec_name), l):
            start = i
            break
    if start is None:
        raise JclError("step %s not found in %s" % (exec_name, jcl_member))
    dd_re = re.compile(r"//(?:\w+\.)?%s\s+DD\s+(\*|DATA)" % re.escape(ddname))
    for i in range(start + 1, len(lines)):
        if re.match(r"//\S+\s+EXEC\s", lines[i]):
            break
        if dd_re.match(lines[i]):
            data = []
            for l in lines[i + 1:]:
                if l.startswith("/*") or l.startswith("//"):
                    break
                data.append(l)
            return data
    raise JclError("no DD * for %s in step %s of %s" % (ddname, step_name, jcl_member))


def card_images(lines):
    return b"".join(l[:80].ljust(80).encode("ascii") for l in lines)


# --------------------------------------------------------------- conditions
_TOKEN = re.compile(r"\s*(\(|\)|<=|>=|¬=|\^=|<|>|=|[A-Z0-9#@$.]+)")
_RELOP = {"GT": ">", "GE": ">=", "LT": "<", "LE": "<=", "EQ": "=", "NE": "!=",
          ">": ">", ">=": ">=", "<": "<", "<=": "<=", "=": "=", "¬=": "!=", "^=": "!="}


def _compare(a, op, b):
    return {">": a > b, ">=": a >= b, "<": a < b, "<=": a <= b, "=": a == b, "!=": a != b}[op]


def eval_if(expr, rcs):
    """Evaluate a JCL IF relational expression over step return codes."""
    toks = [t for t in _TOKEN.findall(expr) if t.strip()]
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def primary():
        t = take()
        if t == "(":
            v = disj()
            take()
            return v
        if t in ("NOT", "¬"):
            return not primary()
        op = _RELOP[take()]
        value = int(take())
        if not t.endswith(".RC"):
            raise JclError("unsupported IF term %s" % t)
        step = t[:-3]
        if step not in rcs:  # a step that did not run makes the test false
            return False
        return _compare(rcs[step], op, value)

    def conj():
        v = primary()
        while peek() in ("AND", "&"):
            take()
            v = primary() and v
        return v

    def disj():
        v = conj()
        while peek() in ("OR", "|"):
            take()
            v = conj() or v
        return v

    return disj()


def cond_bypass(cond, rcs):
    """True when a COND= parameter says the step is bypassed."""
    body = cond[len("COND="):]
    tests = re.findall(r"\((\d+),(GT|GE|LT|LE|EQ|NE)(?:,([A-Z0-9#@$.]+))?\)", body)
    for code, op, step in tests:
        if step:
            targets = [rcs[step]] if step in rcs else []
        else:
            targets = list(rcs.values())
        if any(_compare(int(code), _RELOP[op], rc) for rc in targets):
            return True
    return False


# -------------------------------------------------------------------- runner
class Runner:
    def __init__(self, outdir, programs, data_dir=None):
        self.out = outdir
        self.result = os.path.join(outdir, "result")
        self.work = os.path.join(outdir, "work")
        for d in (self.result, self.work):
            shutil.rmtree(d, ignore_errors=True)
        os.makedirs(os.path.join(self.result, "catalog"))
        os.makedirs(os.path.join(self.result, "sysout"))
        os.makedirs(self.work)
        self.programs = programs
        self.catalog = {}  # DSN -> (path, dcb)
        self.seeds = set()
        for line in open(os.path.join(TOOLS, "catalog-seed.tsv")):
            if line.startswith("#") or not line.strip():
                continue
            dsn, rel, dcb = line.rstrip("\n").split("\t")
            path = os.path.join(ESTATE, rel)
            if data_dir and rel.startswith("data-ascii/"):
                path = os.path.join(data_dir, rel)
            self.catalog[dsn] = (path, dcb)
            self.seeds.add(dsn)
        self.rc_lines = []
        self.log_lines = []
        # Per program step: wall seconds, user+system seconds, peak RSS in KiB (OUTDIR/times.tsv,
        # outside result/: timings are not golden).
        self.time_lines = []

    # ------------------------------------------------------------- logging
    def log(self, text):
        self.log_lines.append(text)
        print(text, flush=True)

    # ---------------------------------------------------------------- GDGs
    def generations(self, base):
        gens = []
        for dsn in self.catalog:
            m = re.match(re.escape(base) + r"\.G(\d{4})V00$", dsn)
            if m:
                gens.append(int(m.group(1)))
        return sorted(gens)

    # ------------------------------------------------------------ the jobs
    def run_jobs(self, jobs, only=None):
        for job in jobs:
            if only and job["name"] not in only:
                continue
            self.run_job(job)
        with open(os.path.join(self.result, "rc.tsv"), "w") as f:
            f.write("".join(l + "\n" for l in self.rc_lines))
        with open(os.path.join(self.result, "joblog.txt"), "w") as f:
            f.write("".join(l + "\n" for l in self.log_lines))
        with open(os.path.join(self.out, "times.tsv"), "w") as f:
            f.write("job\tstep\tprogram\twall_s\tcpu_s\tmax_rss_kib\n")
            f.write("".join(l + "\n" for l in self.time_lines))

    def run_job(self, job):
        name = job["name"]
        self.log("%-8s JOB STARTED" % name)
        jobwork = os.path.join(self.work, name)
        os.makedirs(os.path.join(jobwork, "temp"))
        os.makedirs(os.path.join(self.result, "sysout", name))
        ctx = {"job": job, "temps": {}, "rcs": {}, "gdg0": {}, "maxcc": 0, "failed": False}
        for dsn in list(self.catalog):
            m = re.match(r"(.*)\.G(\d{4})V00$", dsn)
            if m:
                ctx["gdg0"][m.group(1)] = max(ctx["gdg0"].get(m.group(1), 0), int(m.group(2)))
        for step in job["steps"]:
            self.run_step(ctx, step)
        shutil.rmtree(os.path.join(jobwork, "temp"), ignore_errors=True)
        self.log("%-8s JOB ENDED  MAXCC=%04d%s" % (
            name, ctx["maxcc"], "  (JCL ERROR)" if ctx["failed"] else ""))

    def run_step(self, ctx, step):
        job = ctx["job"]["name"]
        label = "%-8s %-14s %-8s" % (job, step.name, step.program)
        if ctx["failed"]:
            self.record(job, step, "NOTRUN")
            self.log("%s NOT RUN - EARLIER JCL ERROR" % label)
            return
        for cond in step.conditions:
            run = True
            if cond.startswith("COND="):
                run = not cond_bypass(cond, ctx["rcs"])
            elif cond.startswith("IF="):
                run = eval_if(cond[3:], ctx["rcs"])
            elif cond.startswith("ELSE="):
                run = not eval_if(cond[5:], ctx["rcs"])
            if not run:
                self.record(job, step, "FLUSH")
                self.log("%s FLUSHED   %s" % (label, cond))
                return
        if step.program not in UTILITIES and step.program not in self.programs:
            self.record(job, step, "SKIP")
            self.log("%s SKIPPED - NO SOURCE FOR %s (NOT BUILT)" % (label, step.program))
            return
        stepwork = os.path.join(self.work, job, step.name)
        os.makedirs(stepwork)
        try:
            alloc = self.allocate(ctx, step, stepwork)
        except JclError as e:
            ctx["failed"] = True
            self.record(job, step, "JCLERR")
            self.log("%s JCL ERROR - %s" % (label, e))
            return
        if step.program in UTILITIES:
            rc, abend = getattr(self, "util_" + step.program)(ctx, step, alloc), False
        else:
            rc, abend = self.run_program(ctx, step, alloc, stepwork)
        self.dispose(ctx, step, alloc, abend)
        ctx["rcs"][step.name] = rc
        ctx["maxcc"] = max(ctx["maxcc"], rc)
        self.record(job, step, "ABEND" if abend else str(rc))
        self.log("%s %s" % (label, "ABEND" if abend else "RC=%04d" % rc))

    def record(self, job, step, rc):
        self.rc_lines.append("\t".join([job, step.name, step.program, rc]))

    # ---------------------------------------------------------- allocation
    def allocate(self, ctx, step, stepwork):
        """Resolve each DD to a file; returns a list of allocation dicts."""
        alloc = []
        for ddname, entries in step.dds:
            if ddname == "STEPLIB":
                continue
            parts = []
            for dataset, disp, dcb in entries:
                parts.append(self.resolve(ctx, step, stepwork, ddname, dataset, disp, dcb))
            a = parts[0]
            if len(parts) > 1:
                path = os.path.join(stepwork, ddname + ".concat")
                with open(path, "wb") as out:
                    for p in parts:
                        if not p["input"]:
                            raise JclError("concatenated DD %s is not an input" % ddname)
                        with open(p["path"], "rb") as f:
                            shutil.copyfileobj(f, out)
                a = dict(parts[0], path=path, concat=parts)
            alloc.append(a)
        return alloc

    def resolve(self, ctx, step, stepwork, ddname, dataset, disp, dcb):
        job = ctx["job"]["name"]
        d = {"dd": ddname, "dataset": dataset, "disp": disp, "dcb": dcb, "input": False,
             "sysout": False, "instream": False, "new": False, "dsn": None, "temp": None}
        status = disp.strip("()").split(",")[0] if disp != "-" else ""
        if dataset == "SYSOUT":
            d.update(sysout=True, path=os.path.join(
                self.result, "sysout", job, "%s.%s" % (step.name, ddname)))
            return d
        if dataset == "DUMMY":
            d.update(path=os.devnull, input=True)
            return d
        if dataset == "*":
            path = os.path.join(stepwork, ddname + ".instream")
            data = instream_data(ctx["job"]["jcl"], step.name, ddname)
            with open(path, "wb") as f:
                f.write(card_images(data))
            d.update(path=path, input=True, instream=True, lines=data)
            return d
        if dataset.startswith("&&"):
            d["temp"] = dataset
            if status == "NEW":
                path = os.path.join(self.work, job, "temp", dataset[2:])
                if os.path.exists(path):
                    os.remove(path)
                d.update(path=path, new=True)
            else:
                if dataset not in ctx["temps"]:
                    raise JclError("temporary dataset %s not passed to this step" % dataset)
                d.update(path=ctx["temps"][dataset], input=True)
            return d
        dsn = dataset
        m = re.match(r"(.*)\(([+-]?\d+)\)$", dataset)
        if m:
            base, rel = m.group(1), int(m.group(2))
            gen = ctx["gdg0"].get(base, 0) + rel
            if gen < 1:
                raise JclError("GDG %s has no generation %s" % (base, m.group(2)))
            dsn = "%s.G%04dV00" % (base, gen)
        d["dsn"] = dsn
        if status in ("NEW",):
            if dsn in self.catalog:
                raise JclError("%s ALREADY CATALOGED (NEW)" % dsn)
            d.update(path=os.path.join(stepwork, "new." + dsn), new=True)
        elif status == "MOD":
            if dsn in self.catalog:
                d.update(path=self.catalog[dsn][0], input=True)
            else:
                d.update(path=os.path.join(stepwork, "new." + dsn), new=True)
        else:
            if dsn not in self.catalog:
                raise JclError("DATA SET %s NOT FOUND (DD %s)" % (dsn, ddname))
            path, cat_dcb = self.catalog[dsn]
            d.update(path=path, input=True, dcb=dcb if dcb != "-" else cat_dcb)
        return d

    def dispose(self, ctx, step, alloc, abend):
        for a in alloc:
            for p in a.get("concat", [a]):
                self._dispose_one(ctx, p, abend)

    def _dispose_one(self, ctx, a, abend):
        if a["sysout"] or a["instream"] or a["dataset"] == "DUMMY":
            return
        fields = a["disp"].strip("()").split(",") if a["disp"] != "-" else []
        status = fields[0] if fields else "SHR"
        normal = fields[1] if len(fields) > 1 and fields[1] else None
        abnormal = fields[2] if len(fields) > 2 else normal
        action = abnormal if abend else normal
        if a["new"] and not os.path.exists(a["path"]):
            open(a["path"], "wb").close()  # allocated even if never opened
        if a["temp"]:
            if action == "PASS" or (status == "NEW" and action is None):
                ctx["temps"][a["temp"]] = a["path"]
            elif action == "DELETE":
                if os.path.exists(a["path"]):
                    os.remove(a["path"])
                ctx["temps"].pop(a["temp"], None)
            return
        dsn = a["dsn"]
        if action == "DELETE":
            if dsn in self.catalog:
                self.uncatalog(dsn)
            elif os.path.exists(a["path"]):
                os.remove(a["path"])
        elif action == "CATLG" or (a["new"] and action in (None, "KEEP")):
            if a["new"]:
                target = os.path.join(self.result, "catalog", dsn)
                shutil.move(a["path"], target)
                self.catalog[dsn] = (target, a["dcb"])

    def uncatalog(self, dsn):
        path, _ = self.catalog.pop(dsn)
        if dsn not in self.seeds and os.path.exists(path):
            os.remove(path)

    # ------------------------------------------------------------ programs
    def run_program(self, ctx, step, alloc, stepwork):
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C", "LC_ALL": "C",
               "TZ": "UTC", "TMPDIR": stepwork, "COB_VARSEQ_FORMAT": "0",
               "COB_LIBRARY_PATH": os.path.dirname(self.programs[step.program])}
        fortran_in, fortran_out = [], []
        for a in alloc:
            m = re.match(r"FT(\d\d)F001$", a["dd"])
            if m:
                unit = int(m.group(1))
                if unit == 6 and a["sysout"]:
                    continue  # unit 6 is standard output
                local = os.path.join(stepwork, "fort.%d" % unit)
                if a["input"] and not a["new"]:
                    shutil.copyfile(a["path"], local)
                    fortran_in.append(local)
                else:
                    fortran_out.append((local, a["path"]))
            else:
                env["DD_" + a["dd"]] = a["path"]
        for a in alloc:
            if a["sysout"]:
                os.makedirs(os.path.dirname(a["path"]), exist_ok=True)
        argv = [self.programs[step.program]] + ([step.parm] if step.parm else [])
        # A child's ru_maxrss keeps the high-water mark of the process it was spawned from
        # (this Python, ~100 MiB after the stream's bookkeeping): with ESTATE_MEASURE_RSS=1 the
        # step runs under GNU time, whose own small process spawns it, and its %M is recorded.
        rss_file = None
        if os.environ.get("ESTATE_MEASURE_RSS") == "1" and os.path.exists("/usr/bin/time"):
            rss_file = os.path.join(stepwork, ".peak-rss")
            argv = ["/usr/bin/time", "-q", "-f", "%M", "-o", rss_file] + argv
        base = os.path.join(self.result, "sysout", ctx["job"]["name"], step.name)
        with open(base + ".STDOUT", "wb") as out, open(base + ".STDERR", "wb") as err:
            started = time.perf_counter()
            proc = subprocess.Popen(argv, cwd=stepwork, env=env, stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL)
            # wait4 gives this child's own CPU time and peak RSS.
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            wall = time.perf_counter() - started
        peak_rss = usage.ru_maxrss
        if rss_file is not None and os.path.exists(rss_file):
            peak_rss = int(open(rss_file).read().split()[-1])
            os.remove(rss_file)
        self.time_lines.append("\t".join([
            ctx["job"]["name"], step.name, step.program, "%.3f" % wall,
            "%.3f" % (usage.ru_utime + usage.ru_stime), str(peak_rss)]))
        if os.path.getsize(base + ".STDERR") == 0:
            os.remove(base + ".STDERR")
        for local, target in fortran_out:
            if os.path.exists(local):
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.move(local, target)
        abend = proc.returncode < 0
        return (0 if abend else proc.returncode), abend

    # ----------------------------------------------------------- utilities
    @staticmethod
    def _dd(alloc, name):
        for a in alloc:
            if a["dd"] == name:
                return a
        return None

    @staticmethod
    def _write_messages(a, lines):
        if a is None or not a["sysout"]:
            return
        os.makedirs(os.path.dirname(a["path"]), exist_ok=True)
        with open(a["path"], "a") as f:
            f.write("".join(l + "\n" for l in lines))

    def util_IEFBR14(self, ctx, step, alloc):
        return 0

    def util_IEBGENER(self, ctx, step, alloc):
        ut1, ut2 = self._dd(alloc, "SYSUT1"), self._dd(alloc, "SYSUT2")
        data = open(ut1["path"], "rb").read()
        if ut2["sysout"] and ut1["instream"]:
            data = "".join(l.rstrip() + "\n" for l in ut1["lines"]).encode("ascii")
        os.makedirs(os.path.dirname(ut2["path"]), exist_ok=True)
        with open(ut2["path"], "ab" if ut2["sysout"] else "wb") as f:
            f.write(data)
        self._write_messages(self._dd(alloc, "SYSPRINT"), [
            "DATA SET UTILITY - GENERATE",
            "PROCESSING ENDED AT EOD"])
        return 0

    def util_IDCAMS(self, ctx, step, alloc):
        sysin = self._dd(alloc, "SYSIN")
        text, cmds = "", []
        for line in sysin["lines"]:
            line = line[:72].rstrip()
            if line.endswith("-"):
                text += line[:-1] + " "
                continue
            text += line
            if text.strip():
                cmds.append(" ".join(text.split()))
            text = ""
        out = ["IDCAMS  SYSTEM SERVICES"]
        maxcc = lastcc = 0
        for cmd in cmds:
            out.append("")
            out.append(cmd)
            words = cmd.split()
            verb = words[0]
            if verb == "DELETE":
                dsn = words[1]
                if dsn in self.catalog:
                    self.uncatalog(dsn)
                    out.append("IDC0550I ENTRY (A) %s DELETED" % dsn)
                    lastcc = 0
                else:
                    out.append("IDC3012I ENTRY %s NOT FOUND" % dsn)
                    out.append("IDC0551I ** ENTRY %s NOT DELETED" % dsn)
                    lastcc = 8
            elif verb == "REPRO":
                infile = re.search(r"INFILE\((\w+)\)", cmd).group(1)
                outfile = re.search(r"OUTFILE\((\w+)\)", cmd).group(1)
                src, dst = self._dd(alloc, infile), self._dd(alloc, outfile)
                data = open(src["path"], "rb").read()
                with open(dst["path"], "wb") as f:
                    f.write(data)
                _, lrecl = lrecl_of(src["dcb"])
                count = len(data) // lrecl if lrecl else 0
                out.append("IDC0005I NUMBER OF RECORDS PROCESSED WAS %d" % count)
                lastcc = 0
            elif verb == "IF":
                m = re.match(r"IF (LASTCC|MAXCC) ?(=|>|<|>=|<=|¬=|EQ|GT|LT|GE|LE|NE) ?(\d+) "
                             r"THEN SET MAXCC ?= ?(\d+)$", cmd)
                if not m:
                    raise JclError("IDCAMS: unsupported command %s" % cmd)
                left = lastcc if m.group(1) == "LASTCC" else maxcc
                if _compare(left, _RELOP[m.group(2)], int(m.group(3))):
                    maxcc = int(m.group(4))
                out.append("IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS %d" % maxcc)
                continue
            elif verb == "SET":
                maxcc = int(re.search(r"MAXCC ?= ?(\d+)", cmd).group(1))
                continue
            else:
                raise JclError("IDCAMS: unsupported command %s" % verb)
            out.append("IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS %d" % lastcc)
            maxcc = max(maxcc, lastcc)
        out.append("")
        out.append("IDC0002I IDCAMS PROCESSING COMPLETE. MAXIMUM CONDITION CODE WAS %d" % maxcc)
        self._write_messages(self._dd(alloc, "SYSPRINT"), out)
        return maxcc

    def util_SORT(self, ctx, step, alloc):
        sysin, sortin, sortout = (self._dd(alloc, n) for n in ("SYSIN", "SORTIN", "SORTOUT"))
        control = " ".join(l[1:72].strip() for l in sysin["lines"] if not l.startswith("*"))
        m = re.search(r"SORT\s+FIELDS=\(([^)]*)\)", control)
        if not m:
            raise JclError("SORT: no SORT FIELDS= statement")
        spec = m.group(1).split(",")
        keys = [(int(spec[i]) - 1, int(spec[i + 1]), spec[i + 2], spec[i + 3])
                for i in range(0, len(spec), 4)]
        _, lrecl = lrecl_of(sortin["dcb"])
        data = open(sortin["path"], "rb").read()
        recs = [data[i:i + lrecl] for i in range(0, len(data), lrecl)]

        def field(rec, pos, length, fmt):
            raw = rec[pos:pos + length]
            if fmt == "ZD":
                last = raw[-1]
                neg = 0x70 <= last <= 0x79
                digits = raw[:-1] + bytes([0x30 + (last & 0x0F)])
                return -int(digits) if neg else int(digits)
            if fmt == "PD":
                h = raw.hex()
                return -int(h[:-1]) if h[-1] in "bd" else int(h[:-1])
            return raw

        def cmp(a, b):
            for pos, length, fmt, order in keys:
                x, y = field(a, pos, length, fmt), field(b, pos, length, fmt)
                if x != y:
                    r = -1 if x < y else 1
                    return r if order == "A" else -r
            return 0

        # stable, as with OPTION EQUALS
        if all(fmt in ("CH", "BI") and order == "A" for _, _, fmt, order in keys):
            recs.sort(key=lambda r: b"".join(r[p:p + n] for p, n, _, _ in keys))
        else:
            recs.sort(key=functools.cmp_to_key(cmp))
        with open(sortout["path"], "wb") as f:
            f.write(b"".join(recs))
        self._write_messages(self._dd(alloc, "SYSOUT"), [
            "ICE143I 0 BLOCKSET     SORT  TECHNIQUE SELECTED",
            "ICE000I 1 - CONTROL STATEMENTS FOR STEP %s" % step.name,
        ] + ["           " + l.rstrip() for l in sysin["lines"]] + [
            "ICE054I 0 RECORDS - IN: %d, OUT: %d" % (len(recs), len(recs)),
            "ICE052I 0 END OF DFSORT",
        ])
        return 0


# --------------------------------------------------------------------- check
def first_difference(expected, actual):
    """Describe the first byte where two files differ, or None."""
    with open(expected, "rb") as f:
        a = f.read()
    with open(actual, "rb") as f:
        b = f.read()
    if a == b:
        return None
    n = min(len(a), len(b))
    i = next((k for k in range(n) if a[k] != b[k]), n)
    line = a[:i].count(b"\n") + 1
    msg = ["  first difference at byte offset %d (line %d): expected %s, actual %s" % (
        i, line, ("0x%02x" % a[i]) if i < len(a) else "EOF",
        ("0x%02x" % b[i]) if i < len(b) else "EOF")]
    lo = max(0, i - 40)
    msg.append("  expected: %r" % a[lo:i + 40])
    msg.append("  actual:   %r" % b[lo:i + 40])
    return "\n".join(msg)


def tree(root):
    files = set()
    for d, _, names in os.walk(root):
        for n in names:
            files.add(os.path.relpath(os.path.join(d, n), root))
    return files


def check(outdir):
    result = os.path.join(outdir, "result")
    if not os.path.isdir(result):
        print("check-estate: %s has no result/ - run run-estate first" % outdir)
        return 2
    if os.environ.get("REMINT_UPDATE_GOLDEN") == "1":
        # Report what changes; a failed write raises, so the test fails instead of passing.
        before, after = tree(EXPECTED), tree(result)
        changed = [rel for rel in sorted(before & after)
                   if first_difference(os.path.join(EXPECTED, rel), os.path.join(result, rel))]
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(result, EXPECTED)
        for label, names in (("rewrote", changed), ("created", sorted(after - before)),
                             ("removed", sorted(before - after))):
            for rel in names:
                print("check-estate: %s expected/%s" % (label, rel))
        print("check-estate: expected/ rewritten from %s (%d files, %d changed)"
              % (result, len(tree(EXPECTED)), len(changed)))
        return 0
    exp, act = tree(EXPECTED), tree(result)
    problems = []
    for rel in sorted(exp - act):
        problems.append("missing from the run: %s" % rel)
    for rel in sorted(act - exp):
        problems.append("not in expected/: %s" % rel)
    for rel in sorted(exp & act):
        diff = first_difference(os.path.join(EXPECTED, rel), os.path.join(result, rel))
        if diff:
            problems.append("differs: %s\n%s" % (rel, diff))
    if problems:
        print("check-estate: %d file(s) differ from expected/" % len(problems))
        shown = False
        for p in problems:
            detailed = p.startswith("differs") and not shown
            print(p if detailed else p.splitlines()[0])
            shown = shown or detailed
        return 1
    print("check-estate: all %d files match expected/" % len(exp))
    return 0


# ---------------------------------------------------------------------- main
def main(argv):
    ap = argparse.ArgumentParser(prog="estate.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("outdir")
    r.add_argument("--build-dir")
    r.add_argument("--jobs", help="comma-separated subset of jobs")
    r.add_argument("--data-dir", help="use DIR/data-ascii (gen_data --out DIR) as input")
    r.add_argument("--use", choices=["reference", "emitted"], default="reference",
                   help="run the cobc build (default) or the C++ remint emits")
    r.add_argument("--remint", default="remint", help="the remint executable (--use emitted)")
    r.add_argument("--emit", help="with --use emitted: only these members (comma-separated, "
                   "with the programs they call) run as emitted C++; the others from cobc")
    c = sub.add_parser("check")
    c.add_argument("outdir")
    args = ap.parse_args(argv)
    outdir = os.path.abspath(args.outdir)
    if args.cmd == "check":
        return check(outdir)
    os.makedirs(outdir, exist_ok=True)
    build_dir = os.path.abspath(args.build_dir or os.path.join(outdir, "build"))
    os.makedirs(build_dir, exist_ok=True)
    with open(os.path.join(build_dir, "build.log"), "a") as log:
        programs = (build_emitted(build_dir, log, args.remint,
                                  args.emit.split(",") if args.emit else None)
                    if args.use == "emitted" else build(build_dir, log))
    runner = Runner(outdir, programs,
                    os.path.abspath(args.data_dir) if args.data_dir else None)
    jobs = read_manifest(os.path.join(TOOLS, "steps.tsv"))
    check_manifest_against_jcl(jobs)
    runner.run_jobs(jobs,
                    set(args.jobs.split(",")) if args.jobs else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
