#!/usr/bin/env bash
# Rebuilds the binary members of fixture-dump/ from the text sources in fixture-src/. The
# outputs are committed; this script documents how they were made and lets anyone redo it.
set -euo pipefail
cd "$(dirname "$0")"
dump=fixture-dump
# An EBCDIC (IBM-037) COBOL program as 80-byte card images with no newlines, as PDS members
# come off a mainframe.
while IFS= read -r line; do printf '%-80.80s' "$line"; done < fixture-src/PAYROLL.txt \
  | iconv -f ASCII -t IBM037 > "$dump/PROD.COBOL.SRC/PAYROLL"
# A fixed-length EBCDIC dataset: 10-byte account number (zoned), 20-byte name, a 5-byte
# packed-decimal balance; 4 records of 35 bytes.
python3 - "$dump/PROD.DATA/ACCTMAST" <<'PY'
import codecs, sys
def packed(value, digits=9):
    sign = 0xD if value < 0 else 0xC
    text = f"{abs(value):0{digits}d}" + f"{sign:X}"
    return bytes.fromhex(text)
out = bytearray()
for number, name, balance in [(1001, "SMITH JOHN", 123456), (1002, "DOE JANE", -4200),
                              (1003, "MUELLER KARL", 0), (1004, "O'BRIEN ANNE", 99999999)]:
    out += codecs.encode(f"{number:010d}{name:<20}", "cp037") + packed(balance)
open(sys.argv[1], "wb").write(out)
PY
# A variable-length dataset: each record preceded by a 4-byte RDW (length incl. RDW, 0, 0).
python3 - "$dump/PROD.DATA/TRANS.VB" <<'PY'
import codecs, sys
out = bytearray()
for text in ["DEP0001000012500", "WDL00010000030000MEMO RENT", "FEE0002"]:
    record = codecs.encode(text, "cp037")
    out += (len(record) + 4).to_bytes(2, "big") + b"\0\0" + record
open(sys.argv[1], "wb").write(out)
PY
