#!/usr/bin/env python3
"""Deterministic generator for the LOANAMRT input dataset (FT10F001).

Writes fixed-column loan records (layout documented in RULES.md and in
the header of BANK.PROD.FORTRAN/LOANAMRT), one loan per line, in
ascending loan-number order, with a share of deliberately invalid records
so that every reject reason code is exercised.

Python 3 standard library only.  The random stream is a self-contained
64-bit LCG, so the output depends only on --seed and --records, never on
the Python version.

    python3 gen_loans.py                      # 150 records to stdout
    python3 gen_loans.py --records 200000 --out /tmp/big.txt
"""
import argparse
import sys

MASK64 = (1 << 64) - 1


class Lcg:
    """Knuth MMIX linear congruential generator, upper 31 bits used."""

    def __init__(self, seed):
        self.state = (seed * 2862933555777941757 + 3037000493) & MASK64

    def next31(self):
        self.state = (self.state * 6364136223846793005
                      + 1442695040888963407) & MASK64
        return self.state >> 33

    def randint(self, lo, hi):
        return lo + self.next31() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def chance(self, percent):
        return self.randint(1, 100) <= percent


# (type code, weight, principal range in dollars, rate range in
#  thousandths of a percent, rate step, allowed terms)
TYPES = [
    ("MT", 30, (40000, 650000), (6000, 16500), 125, [120, 180, 240, 300, 360]),
    ("AU", 25, (3000, 45000), (7000, 19900), 100, [24, 36, 48, 60, 72]),
    ("PL", 20, (500, 25000), (10000, 22900), 100, [12, 18, 24, 36, 48, 60]),
    ("CM", 10, (25000, 2500000), (8000, 17500), 125, [24, 36, 60, 84, 120]),
    ("ST", 15, (2000, 40000), (0, 0), 1, [60, 120, 180, 240]),
]
ST_RATES = [0, 0, 5000, 6500, 7000, 8000, 9500]
FAULTS = ["nonnum", "type", "principal", "term", "rate", "period", "seq",
          "cust"]


def pick_type(rng):
    total = sum(t[1] for t in TYPES)
    r = rng.randint(1, total)
    for t in TYPES:
        r -= t[1]
        if r <= 0:
            return t
    return TYPES[-1]


def valid_loan(rng):
    code, _, (plo, phi), (rlo, rhi), step, terms = pick_type(rng)
    if code == "PL" and rng.chance(25):
        dollars = rng.randint(500, 1500)          # small: minimum payment
    else:
        dollars = rng.randint(plo, phi)
    cents = dollars * 100 + rng.choice([0, 0, 0, 50, rng.randint(1, 99)])
    if code == "ST":
        rate = rng.choice(ST_RATES)
    else:
        rate = rlo + step * rng.randint(0, (rhi - rlo) // step)
    term = rng.choice(terms)
    year = rng.randint(1976, 1988)
    month = rng.randint(1, 12)
    if year == 1988 and month > 6:
        month = rng.randint(1, 6)
    return {"type": code, "cents": cents, "rate": rate, "term": term,
            "start": "%04d%02d" % (year, month)}


def fault(rng, loan, kind):
    code = loan["type"]
    if kind == "type":
        loan["type"] = rng.choice(["XX", "HE", "mt", "  ", "AM", "TA"])
    elif kind == "principal":
        limits = {"MT": (25000, 1500000), "AU": (2000, 150000),
                  "PL": (500, 50000), "CM": (10000, 5000000),
                  "ST": (1000, 200000)}[code]
        if rng.chance(50):
            loan["cents"] = limits[0] * 100 - rng.randint(1, 99) * 100
        else:
            loan["cents"] = limits[1] * 100 + rng.randint(1, 9999) * 100
    elif kind == "term":
        loan["term"] = {"MT": rng.choice([185, 480, 36]),
                        "AU": rng.choice([96, 30, 0]),
                        "PL": rng.choice([72, 3, 0]),
                        "CM": rng.choice([144, 6]),
                        "ST": rng.choice([300, 66])}[code]
    elif kind == "rate":
        if code == "ST" or rng.chance(50):
            loan["rate"] = rng.choice([30125, 32500, 45000])
        else:
            loan["rate"] = 0
    elif kind == "period":
        loan["start"] = rng.choice(["198713", "198600", "194912",
                                    "205001"])
    return loan


def record(loan_no, cust, loan, flag, branch, kind):
    principal = "%011d" % loan["cents"]
    term = "%03d" % loan["term"]
    if kind == "nonnum":
        which = loan["cents"] % 3
        if which == 0:
            principal = ("%.2f" % (loan["cents"] / 100.0)).rjust(11)
        elif which == 1:
            term = "  " + str(loan["term"] % 10)
        else:
            principal = principal[:5] + "O" + principal[6:]
    return ("%s%s%s%05d%s%s%s%s%s" % (loan_no, cust, principal,
                                      loan["rate"], term, loan["type"],
                                      loan["start"], flag, branch))


def generate(records, seed, out):
    rng = Lcg(seed)
    number = 1000
    last_no = None
    nfaults = 0
    for i in range(records):
        number += rng.randint(1, 3)
        if number > 9999999:
            sys.exit("gen_loans.py: too many records for L9999999")
        loan_no = "L%07d" % number
        cust = "C%07d" % rng.randint(1, 9999999)
        loan = valid_loan(rng)
        kind = None
        if i > 0 and rng.chance(12):
            # the first faults cycle through every kind, so that even a
            # small file exercises each reject reason at least once
            kind = FAULTS[nfaults] if nfaults < len(FAULTS) \
                else rng.choice(FAULTS)
            nfaults += 1
            loan = fault(rng, loan, kind)
            if kind == "seq":
                loan_no = last_no            # duplicate loan number
                number -= 1
            elif kind == "cust":
                cust = " " * 8
        flag = "Y" if rng.chance(8) else " "
        branch = "B%03d" % rng.randint(1, 24)
        out.write(record(loan_no, cust, loan, flag, branch, kind) + "\n")
        last_no = loan_no


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=150,
                    help="number of records (default 150)")
    ap.add_argument("--seed", type=int, default=19880331,
                    help="generator seed (default 19880331)")
    ap.add_argument("--out", default="-",
                    help="output file (default: standard output)")
    args = ap.parse_args()
    if args.records < 0:
        ap.error("--records must be >= 0")
    if args.out == "-":
        generate(args.records, args.seed, sys.stdout)
    else:
        with open(args.out, "w", newline="\n") as f:
            generate(args.records, args.seed, f)


if __name__ == "__main__":
    main()
