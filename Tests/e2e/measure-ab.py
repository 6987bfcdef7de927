#!/usr/bin/env python3
"""Times two builds of taizhang against each other on one ledger, alternating their runs so
that a busy machine slows both alike; prints the medians and their ratio (B ÷ A).
    measure-ab.py OLD_BINARY NEW_BINARY LEDGER.json [RUNS]
A ledger of any size: taizhang-bench generate 100000 /tmp/ab/ledger.json seeds"""
import os, subprocess, time, statistics, sys
env = dict(os.environ, TAIZHANG_TODAY="2021-10-15", LANG="C.UTF-8", COLUMNS="120")
bins = {"A": sys.argv[1], "B": sys.argv[2]}
cmds = [["list", "--overdue", "--format", "json"], ["list", "--unit", "区市场监管局", "--format", "json"], ["units"],
        ["report", "--by", "unit", "--format", "json"], ["show", "B0250-1"], ["cat"]]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
env["TAIZHANG_STORE"] = sys.argv[3]
for cmd in cmds:
    times = {k: [] for k in bins}
    for _ in range(runs):
        for name, b in bins.items():
            argv = ["/bin/cat", env["TAIZHANG_STORE"]] if cmd == ["cat"] else [b] + cmd
            t = time.perf_counter()
            r = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - t)
            if r.returncode != 0: print("failed", name, cmd)
    m = {k: statistics.median(v) for k, v in times.items()}
    print(f"{' '.join(cmd):45s} A {m['A']:.3f} s  B {m['B']:.3f} s  ratio {m['B']/m['A']:.2f}")
