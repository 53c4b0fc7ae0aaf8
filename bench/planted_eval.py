#!/usr/bin/env python3
"""Scores a compare report's flags against the disagreements claimgraph_event_corpus planted.

    python3 bench/planted_eval.py gold.jsonl report.json|flags.csv

The flags come from `claimgraph compare corpus.jsonl -o report.json` (only the report's leading
"flags" array is read, so a report of millions of claims costs little) or from
`--format csv --table flags`. A planted disagreement
is found when a flag at low severity or above on its side's key (the "both" key for totals)
holds a claim of the article that planted it. A flag is explained when one of its claims comes
from an article that planted a disagreement of the same side in the same generated event;
other flags at low or above are unexplained (revisions upward are info, and not counted).
Prints recall per type and overall, and the unexplained flags per verdict.
"""

import csv
import json
import sys
from collections import Counter, defaultdict


def read_flags(path):
    """(severity, verdict, key, claim ids) of each flag of a JSON report or a CSV flags table."""
    if path.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield (row["severity"], row["verdict"], row["key"],
                       row["claims"].replace(",", " ").split())
        return
    lines = []
    with open(path, encoding="utf-8") as f:
        inside = False
        for line in f:
            if line.startswith('  "flags":'):
                inside = True
            elif inside and line.startswith('  "'):
                break
            if inside:
                lines.append(line)
    text = "".join(lines).rstrip().rstrip(",")
    for flag in json.loads("{" + text + "}")["flags"]:
        yield flag["severity"], flag["verdict"], flag["key"], flag["claims"]


def main(gold_path, flags_path):
    planted = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    by_article = defaultdict(list)  # planting article -> planted items
    for p in planted:
        by_article[p["article"]].append(p)
    planted_sides = defaultdict(set)  # event -> sides with a planted disagreement
    for p in planted:
        planted_sides[p["event"]].add(p["side"])

    found = set()
    unexplained = Counter()
    flagged = Counter()
    for severity, verdict, key, claims in read_flags(flags_path):
        if severity == "info":
            continue
        flagged[verdict] += 1
        side = key.split("/")[2]
        articles = {c.split("#")[0] for c in claims}
        explained = False
        for a in articles:
            for p in by_article.get(a, []):
                if p["side"] == side:
                    found.add((p["event"], p["type"], p["side"], p["article"]))
            if side in planted_sides.get(a.split("-a")[0], ()):
                explained = True
        if not explained:
            unexplained[verdict] += 1

    print(f"planted disagreements: {len(planted)}")
    by_type = Counter(p["type"] for p in planted)
    found_by_type = Counter(t for (_, t, _, _) in found)
    for t in sorted(by_type):
        print(f"  {t:<11} found {found_by_type[t]:>7} of {by_type[t]:>7}"
              f"  ({100.0 * found_by_type[t] / by_type[t]:.1f}%)")
    total_found = len(found)
    print(f"  all         found {total_found:>7} of {len(planted):>7}"
          f"  ({100.0 * total_found / max(1, len(planted)):.1f}%)")
    total_flags = sum(flagged.values())
    total_unexplained = sum(unexplained.values())
    print(f"flags at low or above: {total_flags}; unexplained: {total_unexplained}"
          f" ({100.0 * total_unexplained / max(1, total_flags):.1f}%)")
    for v in sorted(flagged):
        print(f"  {v:<13} {flagged[v]:>7} flags, {unexplained[v]:>7} unexplained")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
