"""A deterministic per-day Ads Manager export of any length, with a sprinkling of the cells
real exports carry ("--", a quoted thousands group, a word where a count belongs), for the
streaming tests and the analyze benchmark."""

from __future__ import annotations

import random
from pathlib import Path

HEADER = (
    "Campaign name,Ad name,Day,Impressions,Reach,Link clicks,Amount spent (PLN),Purchases,"
    "Purchases conversion value"
)


def write_export(path: Path, rows: int, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    ads = [f"Ad {k:02d} - {'video' if k % 2 else 'image'}" for k in range(24)]
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER + "\n")
        for i in range(rows):
            k = rnd.randrange(24)
            imp: object = rnd.randrange(200, 5000)
            reach = int(imp) * 3 // 5  # type: ignore[call-overload]
            clicks: object = rnd.randrange(0, int(imp) // 20 + 1)  # type: ignore[call-overload]
            spend = f"{rnd.randrange(100, 20000) / 100:.2f}"
            purchases = rnd.randrange(0, int(clicks) // 10 + 1)  # type: ignore[call-overload]
            value = f"{purchases * rnd.randrange(3000, 9000) / 100:.2f}"
            day = f"2026-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
            if i % 997 == 0:
                value = "--"
            if i % 1499 == 0:
                imp = '"1,234"'
            if i % 4999 == 0:
                clicks = "abc"
            fh.write(f"Sale,{ads[k]},{day},{imp},{reach},{clicks},{spend},{purchases},{value}\n")
    return path
