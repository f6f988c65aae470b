#!/usr/bin/env python3
"""Whole-process timings and peak memory of `lint` against Squawk on the same files, interleaved:
each round runs every case once, in an order that rotates from round to round; prints medians,
ranges and the highest peak RSS of each case (the largest process of the command, from wait4), the
ratio to the case it is compared with, and the growth from 1x to 2x and 4x the input.

Used by bench/lint, which makes the inputs; usable on its own with a JSON list of
{"name", "cmd", "against"?, "target"?, "base"?}: "against" names the peer (the ratio printed is this
case's time over the peer's, so a target of 1 means "at least as fast"), "base" the 1x case this one
is a multiple of (its name ends in "(Nx ...)"). Exit status 0 and 1 count as success: both linters
exit 1 when they have findings.
"""
import os
import re
import statistics
import subprocess
import sys
import time

from timer import arguments, machine


def run(case):
    """Runs the case's command once; returns (seconds, peak RSS in KiB of its largest process)."""
    start = time.perf_counter()
    child = subprocess.Popen(case["cmd"], shell=True, executable="/bin/bash",
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode(errors="replace").strip()
    child.stderr.close()
    if child.returncode not in (0, 1):
        sys.exit(f"bench/lint: '{case['name']}' failed with exit {child.returncode}: "
                 f"{err.splitlines()[-1] if err else ''}")
    # ru_maxrss covers the child and the descendants it waited for: the JVM or Squawk's binary.
    return elapsed, usage.ru_maxrss


def main():
    cases, rounds, warmup = arguments("lint.py")
    times = {c["name"]: [] for c in cases}
    rss = {c["name"]: [] for c in cases}
    print(machine())
    for r in range(warmup + rounds):
        shift = r % len(cases)
        for case in cases[shift:] + cases[:shift]:
            elapsed, peak = run(case)
            if r >= warmup:
                times[case["name"]].append(elapsed)
                rss[case["name"]].append(peak)
    print(f"rounds: {rounds} timed (+{warmup} warm-up), interleaved; load average after: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    medians = {n: statistics.median(t) for n, t in times.items()}
    print("| what | median | range | peak RSS (max) | against | ratio | target | growth over 1x |")
    print("|---|---|---|---|---|---|---|---|")
    for case in cases:
        n = case["name"]
        t = times[n]
        against = case.get("against")
        ratio = medians[n] / medians[against] if against else None
        target = case.get("target")
        met = ""
        if ratio is not None and target:
            met = f"{target}x ({'met' if ratio <= float(target) else 'NOT met'})"
        growth = ""
        if case.get("base"):
            factor = re.search(r"\((\d+)x", n)
            growth = f"{medians[n] / medians[case['base']]:.2f}x for {factor.group(1) if factor else '?'}x"
        print(f"| {n} | {medians[n] * 1000:.0f} ms | {min(t) * 1000:.0f}-{max(t) * 1000:.0f} ms | "
              f"{max(rss[n]) / 1024:.0f} MiB | {against or ''} | {f'{ratio:.2f}x' if ratio else ''} | {met} | {growth} |")


if __name__ == "__main__":
    main()
