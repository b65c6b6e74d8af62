#!/usr/bin/env python3
"""Redraws a PhaseLab figure from data.csv (written next to this script).

Usage: python3 plot.py [output.pdf|.svg|.png]   (default: figure_matplotlib.pdf)
Needs only matplotlib. Parameters and seeds of the figure are in parameters.json.
Empty CSV cells are gaps (points that were not solved) and break the curves.
"""
import csv
import json
import math
import sys
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

SPEC = json.loads(r'''__FIGURE_JSON__''')
FIG = SPEC["figure"]
HERE = Path(__file__).resolve().parent
CM = 1 / 2.54


def column(rows, index):
    values = []
    for row in rows:
        cell = row[index] if index < len(row) else ""
        values.append(float(cell) if cell.strip() else math.nan)
    return values


def trimmed(xs, ys):
    """Drops the empty tail of a series shorter than the table; keeps interior gaps as NaN."""
    n = len(xs)
    while n > 0 and math.isnan(xs[n - 1]):
        n -= 1
    return xs[:n], ys[:n]


def main():
    with open(HERE / "data.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    plt.rcParams.update({
        "font.size": FIG["fontSizePt"], "font.family": "serif", "font.serif": ["cmr10", "DejaVu Serif"],
        "mathtext.fontset": "cm", "axes.formatter.use_mathtext": True, "axes.unicode_minus": True,
        "axes.linewidth": 0.6, "xtick.direction": "in", "ytick.direction": "in",
        "xtick.top": True, "ytick.right": True, "xtick.minor.visible": True, "ytick.minor.visible": True,
        "legend.frameon": False, "legend.fontsize": FIG["fontSizePt"] * 0.94,
    })
    fig, ax = plt.subplots(figsize=(FIG["widthCm"] * CM, FIG["heightCm"] * CM), constrained_layout=True)
    lw = FIG["lineWidthPt"]
    for band in FIG["bands"]:
        ax.axvspan(band["from"], band["to"], color="k", alpha=0.09, lw=0)
    for s in FIG["series"]:
        xs, ys = trimmed(column(rows, s["xColumn"]), column(rows, s["yColumn"]))
        label = s["mathtext"] or None
        if s["style"] == "TEXT":
            if xs and s["mathtext"]:
                ax.text(xs[0], ys[0], s["mathtext"], ha="center", va="center", fontsize=FIG["fontSizePt"] * 0.94,
                        bbox=dict(fc="white", ec="none", alpha=0.7, pad=0.5))
            continue
        if s["style"] == "AREA":
            run = []
            for x, y in list(zip(xs, ys)) + [(math.nan, math.nan)]:
                if math.isnan(x) or math.isnan(y):
                    if len(run) >= 3:
                        ax.fill([p[0] for p in run], [p[1] for p in run], color=s["colour"], alpha=0.22, lw=0,
                                label=label)
                        label = None
                    run = []
                else:
                    run.append((x, y))
            continue
        if s["style"] in ("POINTS", "HOLLOW_POINTS"):
            face = s["colour"] if s["style"] == "POINTS" else "none"
            err = column(rows, s["errColumn"])[:len(xs)] if s["errColumn"] >= 0 else None
            ax.errorbar(xs, ys, yerr=err, fmt=s["marker"], ms=3.2 * max(lw, 1.2), mfc=face, mec=s["colour"],
                        ecolor=s["colour"], elinewidth=0.6 * lw, capsize=2, mew=0.8 * lw, label=label)
        else:
            width = lw * (0.7 if s["style"] == "UNPHYSICAL" else 1.0)
            dashes = [d / width for d in s["dashPt"]]
            style = (0, dashes) if dashes else "-"
            ax.plot(xs, ys, color=s["colour"], lw=width, linestyle=style, label=label,
                    dash_capstyle="round" if s["style"] == "UNPHYSICAL" else "butt")
    for m in FIG["markers"]:
        ax.axvline(m["x"], color="0.2", lw=0.7 * lw, ls="-" if m["kind"] == "TRANSITION" else "--")
        if m["mathtext"]:
            ax.annotate(m["mathtext"], (m["x"], 1), xycoords=("data", "axes fraction"),
                        xytext=(2, -4), textcoords="offset points", va="top", fontsize=FIG["fontSizePt"] * 0.94,
                        bbox=dict(fc="white", ec="none", alpha=0.8, pad=0.5))
    for axis, setter_label, setter_lim, setter_scale in (("x", ax.set_xlabel, ax.set_xlim, ax.set_xscale),
                                                         ("y", ax.set_ylabel, ax.set_ylim, ax.set_yscale)):
        a = FIG[axis]
        setter_label(a["mathtext"])
        if a["log"]:
            setter_scale("log")
        if a["min"] is not None and a["max"] is not None:
            setter_lim(a["min"], a["max"])
    if FIG["title"]:
        ax.set_title(FIG["titleMathtext"])
    if any(s["mathtext"] for s in FIG["series"]):
        ax.legend(loc="best")
    out = sys.argv[1] if len(sys.argv) > 1 else str(HERE / "figure_matplotlib.pdf")
    fig.savefig(out, dpi=600)
    print(out)


if __name__ == "__main__":
    main()
