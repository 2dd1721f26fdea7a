"""Plan speed: offline cold wall time, warm in-process time, and the model path's cost."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BRIEF = ROOT / "examples" / "brief.yaml"


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def run() -> dict[str, Any]:
    from adsage.advisor.plan import build_plan, default_searcher
    from adsage.config import load_settings
    from adsage.drafting.offline import OfflineEngine
    from adsage.models.brief import load_brief

    out: dict[str, Any] = {}
    adsage = str(Path(sys.executable).with_name("adsage"))
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        settings = load_settings(home=home)
        searcher = default_searcher(settings)  # builds the bundled index once
        env = {**os.environ, "ADSAGE_HOME": str(home)}
        cold = []
        base = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            base.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            subprocess.run(
                [adsage, "plan", str(BRIEF), "--json"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            cold.append(time.perf_counter() - t0)
        brief = load_brief(BRIEF)
        engine = OfflineEngine()
        warm = []
        for _ in range(10):
            t0 = time.perf_counter()
            build_plan(brief, settings=settings, searcher=searcher, engine=engine)
            warm.append(time.perf_counter() - t0)
        out["offline"] = {
            "cold_wall_s_median": _median(cold),
            "python_startup_s_median": _median(base),
            "target_cold_s": 1.0,
            "warm_in_process_s_median": _median(warm),
        }
        out["llm_fixture"] = _llm(home)
    return out


def _llm(home: Path) -> dict[str, Any]:
    """Requests and tokens per plan against the local fake server (valid answers)."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "tests" / "integration" / "plan"))
    from test_llm_plan import GOOD_COPY, router

    from adsage.advisor.plan import build_plan
    from adsage.config import load_settings
    from adsage.drafting.llm_structured import StrategyStore
    from adsage.models.brief import load_brief
    from fakes.openai_server import FakeOpenAI

    StrategyStore.forget_all()
    server = FakeOpenAI().start()
    try:
        server.handler = router(GOOD_COPY)
        settings = load_settings(
            home=home, llm="openai", model="fake-model", openai_base_url=server.url
        )
        t0 = time.perf_counter()
        plan = build_plan(load_brief(BRIEF), settings=settings)
        took = time.perf_counter() - t0
    finally:
        server.stop()
    prov = plan.provenance
    return {
        "requests_per_plan": len(server.requests),
        "tokens_per_plan": prov.token_usage.total,
        "attempts": prov.attempts,
        "structured_output": prov.structured_output,
        "seconds": round(took, 3),
        "note": json.dumps({"fallbacks": prov.fallbacks, "repairs": prov.repairs}),
    }
