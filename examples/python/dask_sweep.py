#!/usr/bin/env python3
"""A design sweep sharded over a Dask cluster: how many of N designs of a 100 kW node
can be built, and which carries the most compute per launched kilogram?

The grid: altitude (slowest) x accelerator count x radiator emissivity, N designs in
all (10^7 by default). Design i is a pure function of i, so a block of indices is sized
anywhere with `spacedc.size_node_batch` and the cluster returns only each block's
summary: the feasible count, the best design and the lightest mass. Those combine
exactly (a count, a maximum and a minimum), so the result is identical to the
single-process one, whatever the blocks or workers.

    PYTHONPATH=build/release/python python3 examples/python/dask_sweep.py --designs 1e6

On a real cluster, replace the LocalCluster with one from dask-jobqueue, e.g.
`SLURMCluster(cores=32, memory="64GB", job_extra_directives=["--exclusive"])` and
`cluster.scale(jobs=10)`, with spacedc importable on every node (PYTHONPATH to an
installed prefix); nothing else changes.
"""

import argparse
import os
import sys
import time

import numpy as np

import spacedc

SPEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "configs", "reference_100kw.toml")


def grid(designs):
    """The axes of a grid of about `designs` points: altitudes, counts, emissivities."""
    n_alt = 20
    n_count = 100
    n_eps = max(1, int(round(designs / (n_alt * n_count))))
    return (
        np.linspace(500e3, 1450e3, n_alt),
        np.arange(50, 50 + 10 * n_count, 10),
        np.linspace(0.70, 0.95, n_eps),
    )


def summarise(indices, axes, spec_path, threads=1):
    """Sizes designs `indices` of the grid; returns [feasible, best W/kg, its index,
    lightest feasible total mass] (NaN and -1 when none is feasible)."""
    altitude, count, emissivity = axes
    a, c, e = np.unravel_index(indices, (len(altitude), len(count), len(emissivity)))
    out = spacedc.size_node_batch(
        spec_path,
        {"orbit.altitude": altitude[a], "compute.count": count[c], "thermal.emissivity": emissivity[e]},
        threads=threads,
    )
    ok = out["feasible"]
    if not ok.any():
        return np.array([0.0, np.nan, -1.0, np.nan])
    w_per_kg = np.where(ok, out["compute_power_per_mass_w_per_kg"], -np.inf)
    best = int(np.argmax(w_per_kg))  # the first of equals: the lowest index
    return np.array(
        [float(ok.sum()), w_per_kg[best], float(indices[best]), np.nanmin(out["total_mass_kg"][ok])]
    )


def combine(rows):
    """Block summaries (in index order) -> one: exact, order-independent but for ties,
    where the lowest index wins as it does serially."""
    rows = np.asarray(rows).reshape(-1, 4)
    feasible = rows[:, 0].sum()
    if feasible == 0:
        return {"designs_feasible": 0, "best_w_per_kg": None, "best_index": None, "lightest_kg": None}
    best = int(np.nanargmax(rows[:, 1]))
    return {
        "designs_feasible": int(feasible),
        "best_w_per_kg": float(rows[best, 1]),
        "best_index": int(rows[best, 2]),
        "lightest_kg": float(np.nanmin(rows[:, 3])),
    }


def serial(designs, axes, spec_path, block):
    return combine(
        [summarise(np.arange(s, min(s + block, designs)), axes, spec_path) for s in range(0, designs, block)]
    )


def on_dask(designs, axes, spec_path, block, client):
    import dask.array as da

    indices = da.arange(designs, chunks=block, dtype=np.int64)
    rows = indices.map_blocks(
        lambda i: summarise(i, axes, spec_path)[None, :], new_axis=1, chunks=(1, 4), dtype=float
    )
    return combine(client.compute(rows).result())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--designs", type=float, default=1e7, help="designs in the grid (default 1e7)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--block", type=int, default=100_000, help="designs per task")
    parser.add_argument("--spec", default=SPEC, help="the base node spec")
    parser.add_argument("--check-serial", action="store_true", help="also run serially and compare")
    args = parser.parse_args(argv)

    axes = grid(int(args.designs))
    designs = len(axes[0]) * len(axes[1]) * len(axes[2])
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        start = time.perf_counter()
        result = on_dask(designs, axes, args.spec, args.block, client)
        seconds = time.perf_counter() - start
    print(f"{designs} designs on {args.workers} Dask workers in {seconds:.1f} s "
          f"({designs / seconds:,.0f} designs/s)")
    best = result["best_index"]
    if best is not None:
        a, c, e = np.unravel_index(best, (len(axes[0]), len(axes[1]), len(axes[2])))
        print(f"feasible: {result['designs_feasible']} of {designs}")
        print(f"most compute per launched kg: {result['best_w_per_kg']:.2f} W/kg at "
              f"{axes[0][a] / 1e3:.0f} km, {axes[1][c]} accelerators, emissivity {axes[2][e]:.4f}")
        print(f"lightest feasible node: {result['lightest_kg']:.1f} kg")
    if args.check_serial:
        expected = serial(designs, axes, args.spec, args.block)
        if expected != result:
            print(f"MISMATCH: serial {expected} vs Dask {result}", file=sys.stderr)
            return 1
        print("identical to the single-process result")
    return 0


if __name__ == "__main__":
    sys.exit(main())
