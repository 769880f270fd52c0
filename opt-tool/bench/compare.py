#!/usr/bin/env python3
"""Median wall and CPU time of shell commands, run alternately (docs/perf.md, start-up).

    opt-tool/bench/compare.py RUNS 'command 1' 'command 2' ...

Each round runs every command once, in order, so that load on a shared machine hits all of them
alike. CPU time (user + system of the command and its children) is reported next to wall time
because it varies less when other processes compete for the cores. Output and error output are
discarded; a failing command stops the comparison.
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    runs = int(sys.argv[1])
    commands = sys.argv[2:]
    wall = {c: [] for c in commands}
    cpu = {c: [] for c in commands}
    for _ in range(runs):
        for command in commands:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(
                command,
                shell=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=True,
            )
            wall[command].append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            cpu[command].append(used * 1000)
    for command in commands:
        print(
            f"wall {statistics.median(wall[command]):4.0f} ms"
            f"  cpu {statistics.median(cpu[command]):4.0f} ms  {command}"
        )
    print("load average %.1f %.1f %.1f" % os.getloadavg())


if __name__ == "__main__":
    main()
