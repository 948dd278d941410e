#!/usr/bin/env python3
"""The best the coordination-network toolkit's networks can do on a generated scenario.

For each toolkit network type (co-repost, co-post, co-link, co-reply as `mamori networks`
builds them, which are the toolkit's exact networks) and each window, flag every account with an
edge of weight >= w, for every w, and keep the threshold with the best F1 -- chosen knowing the
answers, which no analyst can do. Also the union of all four types at one common threshold.

Usage: bench/toolkit_threshold_baseline.py SCENARIO_DIR  (with posts.csv and truth.csv;
       the networks are built with ./mamori, or $MAMORI, into SCENARIO_DIR/toolkit-baseline/)
"""
import csv
import os
import subprocess
import sys
from collections import defaultdict

TYPES = ["co-repost", "co-post", "co-link", "co-reply"]
WINDOWS = [60, 900]


def build(scenario, type_, window, here):
    out = os.path.join(scenario, "toolkit-baseline", f"{type_}-{window}.csv")
    if not os.path.exists(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        mamori = os.environ.get("MAMORI", os.path.join(here, "mamori")).split()
        subprocess.run(mamori + ["networks", os.path.join(scenario, "posts.csv"),
                        "--platform", "x", "--type", type_, "--window", str(window), "--out", out, "-q"], check=True)
    strongest = defaultdict(int)
    with open(out, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            w = int(row["weight"])
            for a in (row["source"], row["target"]):
                if w > strongest[a]:
                    strongest[a] = w
    return strongest


def evaluate(flagged, truth):
    campaign = {a for a, (label, _) in truth.items() if label == "campaign"}
    tp = len(flagged & campaign)
    p = tp / len(flagged) if flagged else 1.0
    r = tp / len(campaign) if campaign else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    kinds, crowds = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    for a, (label, group) in truth.items():
        bucket = kinds if label == "campaign" else crowds if label == "benign" else None
        if bucket is not None:
            key = group.rsplit("-", 1)[0] if label == "campaign" else group
            bucket[key][0] += 1
            bucket[key][1] += a in flagged
    return p, r, f1, {k: v[1] / v[0] for k, v in sorted(kinds.items())}, {k: v[1] / v[0] for k, v in sorted(crowds.items())}


def best(strongest, truth):
    top = None
    for w in range(1, max(strongest.values(), default=1) + 1):
        flagged = {a for a, s in strongest.items() if s >= w}
        e = evaluate(flagged, truth)
        if top is None or e[2] > top[1][2]:
            top = (w, e)
    return top


def main():
    scenario = sys.argv[1]
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(scenario, "truth.csv"), newline="", encoding="utf-8") as f:
        truth = {row["user_id"]: (row["label"], row["group"]) for row in csv.DictReader(f)}
    print("network\twindow_s\tbest_min_weight\tprecision\trecall\tF1\trecall_by_kind\tcrowd_share_flagged")
    for window in WINDOWS:
        union = defaultdict(int)
        for t in TYPES:
            strongest = build(scenario, t, window, here)
            for a, s in strongest.items():
                union[a] = max(union[a], s)
            w, (p, r, f1, kinds, crowds) = best(strongest, truth)
            print(f"{t}\t{window}\t{w}\t{p:.3f}\t{r:.3f}\t{f1:.3f}\t{fmt(kinds)}\t{fmt(crowds)}")
        w, (p, r, f1, kinds, crowds) = best(union, truth)
        print(f"any of the four\t{window}\t{w}\t{p:.3f}\t{r:.3f}\t{f1:.3f}\t{fmt(kinds)}\t{fmt(crowds)}")


def fmt(d):
    return " ".join(f"{k}={v:.2f}" for k, v in d.items())


if __name__ == "__main__":
    main()
