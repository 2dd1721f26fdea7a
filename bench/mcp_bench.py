"""``adsage mcp`` over stdio: cold start and the latency of tool calls an assistant makes.

The server runs as a subprocess driven by the SDK's client, as a desktop assistant runs it.
Each latency sits next to its floor, the same core call made in-process, so the protocol's
share is visible: ``check_copy`` against ``check_copy()`` and ``search_guidance`` against
``Searcher.search()`` on the same index.  The server keeps one searcher, so after the first
search no call reloads the index.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.checks_bench import COPIES

QUERIES = [
    "How long should an A/B test run?",
    "Jaki budżet dzienny wybrać?",
    "What is the learning phase?",
    "Ile znaków ma nagłówek?",
    "lookalike audience source size",
    "CTR benchmark for traffic campaigns",
    "carousel cards",
    "Reels format specs",
]
ROUNDS = 5  # each copy and each query is sent this many times


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000, 2),
        "n": len(ordered),
    }


async def _client(home: Path) -> dict[str, Any]:
    from mcp.client.session import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    adsage = str(Path(sys.executable).with_name("adsage"))
    env = {"ADSAGE_HOME": str(home), "ANONYMIZED_TELEMETRY": "False"}
    params = StdioServerParameters(command=adsage, args=["mcp"], env=env)
    out: dict[str, Any] = {}
    start = time.perf_counter()
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        await session.list_tools()
        out["cold_start_s"] = round(time.perf_counter() - start, 3)
        start = time.perf_counter()
        first = await session.call_tool("search_guidance", {"query": QUERIES[0]})
        assert not first.is_error
        out["first_search_s"] = round(time.perf_counter() - start, 3)

        copies: list[float] = []
        for _ in range(ROUNDS):
            for copy in COPIES:
                start = time.perf_counter()
                result = await session.call_tool("check_copy", {"ad": copy})
                copies.append(time.perf_counter() - start)
                assert not result.is_error
        searches: list[float] = []
        for _ in range(ROUNDS):
            for query in QUERIES:
                start = time.perf_counter()
                result = await session.call_tool("search_guidance", {"query": query, "k": 5})
                searches.append(time.perf_counter() - start)
                assert not result.is_error and result.structured_content["results"]
    out["check_copy"] = _ms(copies)
    out["search_guidance"] = _ms(searches)
    return out


def _floors(home: Path) -> dict[str, Any]:
    from adsage.checks.copy import AdCopy, check_copy
    from adsage.config import load_settings
    from adsage.knowledge.search import Searcher

    copies: list[float] = []
    for _ in range(ROUNDS):
        for copy in COPIES:
            start = time.perf_counter()
            check_copy(AdCopy.model_validate(copy))
            copies.append(time.perf_counter() - start)
    searcher = Searcher(load_settings(home=home))
    searcher.search(QUERIES[0], 5)  # model and index load, as the server's first search
    searches: list[float] = []
    for _ in range(ROUNDS):
        for query in QUERIES:
            start = time.perf_counter()
            searcher.search(query, 5)
            searches.append(time.perf_counter() - start)
    return {"check_copy": _ms(copies), "search": _ms(searches)}


def run() -> dict[str, Any]:
    import anyio

    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        index_paths(load_settings(home=home))
        served = anyio.run(_client, home)
        floors = _floors(home)
    return {
        "name": "mcp",
        "stdio": served,
        "in_process_floor": floors,
        "protocol_overhead_ms": {
            "check_copy_p50": round(
                served["check_copy"]["p50_ms"] - floors["check_copy"]["p50_ms"], 2
            ),
            "search_p50": round(
                served["search_guidance"]["p50_ms"] - floors["search"]["p50_ms"], 2
            ),
        },
        "targets": {"check_copy_p50_ms": 50, "search_guidance_p50_ms": 500},
    }


if __name__ == "__main__":
    print(run())
