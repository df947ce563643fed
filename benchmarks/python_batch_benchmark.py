#!/usr/bin/env python3
"""Throughput of the Python bindings' batch sizing, measured in one run against
(a) a Python loop over the scalar bindings and (b) the C++ sweep (`spacedc sweep`) on
the same designs, one thread each. Prints designs per second and the two ratios the
Python issue sets goals for: batch / Python loop (goal >= 100) and batch / C++ sweep
(goal >= 0.8).

    PYTHONPATH=build/release/python python3 benchmarks/python_batch_benchmark.py \\
        --tool build/release/bin/spacedc
"""

import argparse
import os
import subprocess
import sys
import time

import numpy as np

import spacedc

SPEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "configs", "reference_100kw.toml")


def best_of(repeats, action):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", required=True, help="the spacedc executable")
    parser.add_argument("--designs", type=int, default=200_000, help="designs in the batch and the sweep")
    parser.add_argument("--loop", type=int, default=200, help="designs in the Python loops")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each; the fastest counts")
    args = parser.parse_args(argv)

    counts = 50 + np.arange(1000)
    per_count = max(1, args.designs // len(counts))
    emissivities = np.linspace(0.80, 0.95, per_count)
    designs = len(counts) * per_count
    spec = spacedc.load_spec(SPEC)
    c, e = np.meshgrid(counts, emissivities, indexing="ij")

    batch = best_of(args.repeats, lambda: spacedc.size_node_batch(
        spec, {"compute.count": c, "thermal.emissivity": e}, threads=1))
    loop_report = best_of(1, lambda: [spacedc.size_node(spec, {"compute.count": int(n)})
                                      for n in counts[: args.loop]])
    loop_batch = best_of(1, lambda: [spacedc.size_node_batch(spec, {"compute.count": [int(n)]}, threads=1)
                                     for n in counts[: args.loop]])
    listed = ",".join(f"{x!r}" for x in emissivities)
    command = [args.tool, "sweep", SPEC, "--threads", "1", "--json",
               "--set", f"sweep.compute.count={{from={counts[0]},to={counts[-1]},step=1}}",
               "--set", f"sweep.thermal.emissivity=[{listed}]"]
    sweep = best_of(args.repeats, lambda: subprocess.run(command, check=True, capture_output=True))

    rate = {
        "size_node_batch": designs / batch,
        "Python loop over size_node": args.loop / loop_report,
        "Python loop over a 1-design batch": args.loop / loop_batch,
        "C++ spacedc sweep (whole process)": designs / sweep,
    }
    width = max(map(len, rate))
    for name, r in rate.items():
        print(f"{name:<{width}}  {r:12,.0f} designs/s")
    print(f"ratio batch / Python loop over size_node:        {rate['size_node_batch'] / rate['Python loop over size_node']:8.1f}  (goal >= 100)")
    print(f"ratio batch / Python loop over a 1-design batch: {rate['size_node_batch'] / rate['Python loop over a 1-design batch']:8.1f}")
    print(f"ratio batch / C++ sweep:                         {rate['size_node_batch'] / rate['C++ spacedc sweep (whole process)']:8.2f}  (goal >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
