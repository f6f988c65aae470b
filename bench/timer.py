#!/usr/bin/env python3
"""Times whole commands as a user waits for them: each round runs every case once, in an order
that rotates from round to round (interleaved), with an untimed set-up step per case; prints the
medians and ranges and the ratio of each case to the floor or peer it is compared with.

The cases come as a JSON file: a list of {"name", "cmd", "setup"?, "against"?, "target"?}, where
cmd and setup are shell commands, "against" names another case (the floor or peer) and "target"
the highest ratio allowed. Used by bench/run; usable on its own.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return (f"machine: {platform.node()}, {os.cpu_count()} cores, {cpu}; "
            f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
            f"{java[0] if java else 'java: unknown'}")


def run(cmd, name, what):
    done = subprocess.run(cmd, shell=True, executable="/bin/bash", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"bench: {what} of '{name}' failed with exit {done.returncode}: "
                 f"{done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ''}")


def arguments(program):
    """CASES.json ROUNDS WARMUP from the command line: the cases, the timed rounds, the warm-up rounds."""
    if len(sys.argv) != 4:
        sys.exit(f"usage: {program} CASES.json ROUNDS WARMUP")
    with open(sys.argv[1]) as f:
        return json.load(f), int(sys.argv[2]), int(sys.argv[3])


def main():
    cases, rounds, warmup = arguments("timer.py")
    times = {c["name"]: [] for c in cases}
    print(machine())
    for r in range(warmup + rounds):
        shift = r % len(cases)
        for case in cases[shift:] + cases[:shift]:
            if case.get("setup"):
                run(case["setup"], case["name"], "the set-up")
            start = time.perf_counter()
            run(case["cmd"], case["name"], "the command")
            elapsed = time.perf_counter() - start
            if r >= warmup:
                times[case["name"]].append(elapsed)
    print(f"rounds: {rounds} timed (+{warmup} warm-up), interleaved; load average after: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    print("| what | median | range | against | ratio | target |")
    print("|---|---|---|---|---|---|")
    medians = {n: statistics.median(t) for n, t in times.items()}
    for case in cases:
        n = case["name"]
        t = times[n]
        against = case.get("against")
        ratio = f"{medians[n] / medians[against]:.2f}x" if against else ""
        target = case.get("target", "")
        met = ""
        if against and target:
            met = " (met)" if medians[n] / medians[against] <= float(target) else " (NOT met)"
        print(f"| {n} | {medians[n] * 1000:.0f} ms | {min(t) * 1000:.0f}-{max(t) * 1000:.0f} ms | "
              f"{against or ''} | {ratio} | {str(target) + 'x' if target else ''}{met} |")


if __name__ == "__main__":
    main()
