#!/usr/bin/env python3
"""Summarises gtest XML reports (one per shard): counts, failed tests, and every skipped test with its reason.
Usage: gtest_summary.py NAME REPORT.xml...   Exit 0 (the shard exit codes decide pass/fail)."""
import sys
import xml.etree.ElementTree as ET

name, files = sys.argv[1], sys.argv[2:]
total = failed = 0
skips, fails = [], []
for f in files:
    try:
        tree = ET.parse(f)
    except (OSError, ET.ParseError) as e:
        print(f"{name}: no report {f} ({e})")
        continue
    for case in tree.iter("testcase"):
        full = f"{case.get('classname')}.{case.get('name')}"
        total += 1
        if case.find("failure") is not None:
            failed += 1
            fails.append(full)
        skipped = case.find("skipped")
        if skipped is not None or case.get("result") == "skipped":
            msg = (skipped.get("message") if skipped is not None else "") or ""
            skips.append((full, " ".join(msg.split())[:200]))
print(f"{name}: {total} tests, {total - failed - len(skips)} passed, {len(skips)} skipped, {failed} failed")
for f in fails:
    print(f"  FAILED  {f}")
for full, why in sorted(skips):
    print(f"  skipped {full}: {why}")
