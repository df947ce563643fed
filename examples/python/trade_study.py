#!/usr/bin/env python3
"""How hot should the radiator run? The chip-to-support mass ratio of a 100 kW node
against its radiator temperature, for three radiator emissivities, as a notebook would
draw it (runnable as a script; writes a PNG).

A hotter radiator rejects the same heat from less area (A ~ 1/T^4), so less of the
node is radiator and more of it chips, until the junction limit (85 degC less the
chain's drop and margin) makes hotter designs unbuildable (shaded; the spec's design
sits at that limit).

    PYTHONPATH=build/release/python python3 examples/python/trade_study.py --out out/trade.png
"""

import argparse
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

import spacedc  # noqa: E402

SPEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "configs", "reference_100kw.toml")


def study(spec_path, temperatures_k, emissivities):
    """ratio[e, t] of the node at each radiator temperature and emissivity (NaN when
    it cannot be built or breaks the junction limit), and the chain's own design."""
    t, e = np.meshgrid(temperatures_k, emissivities)
    out = spacedc.size_node_batch(spec_path, {"thermal.radiator_temperature": t, "thermal.emissivity": e})
    ratio = np.where(out["feasible"], out["chip_to_support_mass_ratio"], np.nan)
    return ratio, spacedc.size_node(spec_path)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", default=SPEC, help="the node spec")
    parser.add_argument("--out", default="trade_study.png", help="the PNG to write")
    args = parser.parse_args(argv)

    temperatures = np.linspace(240.0, 320.0, 161)
    emissivities = (0.80, 0.88, 0.95)
    ratio, design = study(args.spec, temperatures, emissivities)

    fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
    for eps, row in zip(emissivities, ratio):
        ax.plot(temperatures, row, label=f"emissivity {eps:.2f}")
    ax.plot(design.radiator_temperature_k, design.chip_to_support_mass_ratio, "ko",
            label=f"the spec's design ({design.radiator_temperature_k:.1f} K)")
    limit = design.radiator_temperature_k  # the hottest the chain allows
    ax.axvspan(limit, temperatures[-1], color="0.9", zorder=0,
               label="junction above its limit\n(this chain's drop and margin)")
    ax.set_xlabel("radiator temperature (K)")
    ax.set_ylabel("chip-to-support mass ratio (-)")
    ax.set_title("100 kW node, 650 km dawn-dusk orbit")
    ax.set_xlim(temperatures[0], temperatures[-1])
    top = np.nanmax(ratio)
    ax.set_ylim(0.0, 1.15 * top)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    fig.savefig(args.out, dpi=120)
    best = np.nanargmax(ratio[-1])
    print(f"wrote {args.out}: at emissivity {emissivities[-1]:.2f} the ratio peaks at "
          f"{ratio[-1][best]:.4f} at {temperatures[best]:.0f} K; the spec's design "
          f"{design.chip_to_support_mass_ratio:.4f} at {design.radiator_temperature_k:.1f} K")
    return 0


if __name__ == "__main__":
    sys.exit(main())
