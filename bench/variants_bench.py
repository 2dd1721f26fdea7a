"""A/B variants: offline throughput and model-mode batch concurrency.

Offline: 1,000 ads (200 sets of 5 across every ``--vary`` option, EN and PL briefs)
generated, validated and exported to CSV, in process (target < 2 s); XLSX export is timed
separately because openpyxl dominates it.  Model mode: a batch that asks the local fake
OpenAI server (200 ms per answer) for 40 variants, run with 8 workers and with 1 (target:
concurrent at least 3x faster).  Medians of repeated runs, since the machines are shared.
"""

from __future__ import annotations

import gc
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
ELEMENTS = ("primary_text", "headline", "description", "cta", "image", "audience")
BRANDS = [
    "SnowPeak",
    "Nordic Tea",
    "Zielony Ogród",
    "Bike Lab",
    "Yoga Nest",
    "Lamp Co",
    "Kawa Nord",
]
PRODUCTS = [
    "Freeride snowboards",
    "Green tea",
    "Garden tools",
    "City bikes",
    "Yoga mats",
    "Desk lamps",
]
LATENCY = 0.2


def _brief(i: int) -> dict[str, Any]:
    pl = i % 2 == 1
    return {
        "brand": f"{BRANDS[i % len(BRANDS)]} {i}",
        "product": PRODUCTS[i % len(PRODUCTS)],
        "offer": "" if i % 3 == 0 else ("Rabat 20% na start" if pl else "20% off your first order"),
        "landing_url": f"https://shop{i}.example/p",
        "language": "pl" if pl else "en",
        "goal": "Sell 200 items by 2026-12-24",
        "objective": ["OUTCOME_SALES", "OUTCOME_LEADS", "OUTCOME_TRAFFIC"][i % 3],
        "budget": {"amount": 3000 + 100 * i, "currency": "PLN", "type": "lifetime"},
        "schedule": {"start": "2026-12-01", "end": "2026-12-24"},
        "audience": {
            "locations": ["PL"],
            "age": [20 + i % 10, 50],
            "interests": ["sport", "design"][: i % 3],
        },
        "benefits": (
            ["Darmowa dostawa", "Zwrot do 30 dni"] if pl else ["Free delivery", "30-day returns"]
        )[: i % 3],
        "placements": ["feed", "stories"] if i % 2 else ["feed"],
    }


def _fake_server() -> Any:
    path = ROOT / "tests" / "fakes" / "openai_server.py"
    spec = importlib.util.spec_from_file_location("adsage_bench_fake_openai", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _offline_once(briefs: list[Any], settings: Any, tmp: Path) -> tuple[float, float, int]:
    from adsage.export import ads_manager_rows, write_csv, write_xlsx
    from adsage.variants import generate_variants

    gc.collect()
    start = time.perf_counter()
    sets = [
        generate_variants(b, ELEMENTS[i % len(ELEMENTS)], 5, settings=settings, name=f"b{i}")
        for i, b in enumerate(briefs)
    ]
    rows = ads_manager_rows(sets)
    write_csv(rows, tmp / "ads.csv")
    core = time.perf_counter() - start
    start = time.perf_counter()
    write_xlsx(rows, tmp / "ads.xlsx")
    return core, time.perf_counter() - start, len(rows)


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    count = int(user.split("Write ", 1)[1].split(" ", 1)[0])
    ideas = [
        "Ride further this season",
        "Built to last for years",
        "Made for busy mornings",
        "Small price, big change",
        "Loved by first-timers",
    ]
    return {"variants": [{"text": t, "angle": f"idea {k}"} for k, t in enumerate(ideas[:count])]}


def _llm(repeats: int) -> dict[str, Any]:
    from adsage.batch import run_batch
    from adsage.config import load_settings

    fake = _fake_server()
    server = fake.FakeOpenAI().start()
    server.handler = lambda req: fake.Scripted(
        body=fake.json_reply(_answer(req)).body, delay=LATENCY
    )
    try:
        with tempfile.TemporaryDirectory() as d:
            folder = Path(d)
            paths = []
            for i in range(20):  # 20 briefs x 2 model-written variants each = 40 variants
                p = folder / f"b{i}.yaml"
                p.write_text(yaml.safe_dump({**_brief(i), "language": "en"}), "utf-8")
                paths.append(p)

            def once(workers: int, tag: str) -> float:
                settings = load_settings(
                    home=folder / f"home-{tag}",
                    llm="openai",
                    model="fake-model",
                    openai_base_url=server.url,
                )
                start = time.perf_counter()
                result = run_batch(
                    paths, vary="headline", n=3, settings=settings, concurrency=workers
                )
                elapsed = time.perf_counter() - start
                assert not result.failures, result.failures
                return elapsed

            once(8, "warm")  # imports, client setup, strategy probe
            seq = [once(1, f"s{r}") for r in range(repeats)]
            conc = [once(8, f"c{r}") for r in range(repeats)]
    finally:
        server.stop()
    s, c = statistics.median(seq), statistics.median(conc)
    return {
        "llm_variants": 40,
        "llm_latency_s": LATENCY,
        "llm_sequential_s": round(s, 3),
        "llm_concurrent_s": round(c, 3),
        "llm_concurrency": 8,
        "llm_speedup": round(s / c, 2),
        "llm_target_met": s / c >= 3,
    }


def run(repeats: int = 3) -> dict[str, Any]:
    from adsage.config import load_settings
    from adsage.models.brief import Brief

    briefs = [Brief.model_validate(_brief(i)) for i in range(200)]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        settings = load_settings(home=tmp / "home")
        _offline_once(briefs[:12], settings, tmp)  # warm caches: rules, banks, lexicons
        runs = [_offline_once(briefs, settings, tmp) for _ in range(repeats)]
    core = statistics.median(r[0] for r in runs)
    out: dict[str, Any] = {
        "name": "variants",
        "offline_ads": runs[0][2],
        "offline_seconds": round(core, 3),
        "offline_ads_per_sec": round(runs[0][2] / core),
        "offline_target_met": core < 2.0,
        "xlsx_export_seconds": round(statistics.median(r[1] for r in runs), 3),
        "repeats": repeats,
    }
    out.update(_llm(repeats))
    return out


if __name__ == "__main__":
    print(run())
