"""Index build, re-index, embedding floor, query latency and CLI cold start."""

from __future__ import annotations

import functools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@functools.lru_cache(maxsize=1)
def _pool() -> list[str]:
    from adsage.knowledge.chunking import split_front_matter
    from adsage.knowledge.ingest import bundled_files
    from adsage.knowledge.terms import sentences

    pool: list[str] = []
    for f in bundled_files():
        _, body = split_front_matter(f.read_text("utf-8"))
        pool.extend(
            s for s in sentences(body) if 40 <= len(s) <= 300 and not s.startswith(("#", "|"))
        )
    return pool


def make_corpus(folder: Path, paragraphs: int, per_file: int = 50, seed: int = 7) -> list[str]:
    """Deterministic guidance-like markdown: each paragraph is 3-5 shuffled real sentences."""
    rng = random.Random(seed)
    pool = _pool()
    paras: list[str] = []
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(0, paragraphs, per_file):
        lines = [f"# Generated guide {f // per_file}", ""]
        for p in range(f, min(paragraphs, f + per_file)):
            text = " ".join(rng.sample(pool, rng.randint(3, 5))) + f" (ref {p})"
            paras.append(text)
            lines += [f"## Section {p}", text, ""]
        (folder / f"guide_{f // per_file:04d}.md").write_text("\n".join(lines), "utf-8")
    return paras


def corpus_units(folder: Path) -> list[str]:
    """The distinct sentence units an index build of ``folder`` must embed, in build order.

    Search ranks by a chunk vector that is the mean of its units' vectors and reranks by the
    best single unit, so each unit (a heading or a sentence) is embedded; the chunk text as a
    whole never is.  The embedding floor of a build is therefore these units, each once, not
    the paragraphs: the synthetic corpus repeats a third of its sentences, and embedding the
    paragraphs would credit the build with work it need not do.
    """
    from adsage.knowledge.chunking import chunk_document
    from adsage.knowledge.vectors import units_of

    units: dict[str, None] = {}
    for f in sorted(folder.rglob("*.md")):
        for c in chunk_document(f.read_text("utf-8"), f, str(f.resolve()))[1]:
            units.update(dict.fromkeys(units_of(c.text)))
    return list(units)


def _timed(fn: Any, *args: Any) -> tuple[float, float, Any]:
    """Wall and CPU seconds (every thread of this process) of one call, and its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _settings(home: Path) -> Any:
    from adsage.config import load_settings

    return load_settings(home=home)


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 4)


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 4)


def _cold(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return _median(times)


def run() -> dict[str, Any]:
    from adsage.knowledge.embedding import embed
    from adsage.knowledge.ingest import index_paths
    from adsage.knowledge.search import Searcher

    out: dict[str, Any] = {}
    _pool()  # read the bundled sentences before the bundled folder is swapped out
    embed(["warm up the model"])  # model load is paid once, outside every timing below
    queries = [
        "How many cards can a carousel have?",
        "Jaki budżet dzienny wybrać?",
        "What is the learning phase?",
        "Jak długo trwa test A/B?",
        "lookalike source size",
        "CTR benchmark for traffic campaigns",
        "Ile znaków ma nagłówek?",
        "dayparting lifetime budget",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        # 1. bundled knowledge
        times = []
        for i in range(3):
            start = time.perf_counter()
            s = index_paths(_settings(base / f"bundled{i}"))
            times.append(time.perf_counter() - start)
        out["bundled"] = {"chunks": s.chunks_total, "build_s_median": _median(times)}

        # 2. ~2,000 paragraphs against the embedding floor, in the same process, alternated
        empty = base / "no-bundled"
        empty.mkdir()
        os.environ["ADSAGE_KNOWLEDGE_DIR"] = str(empty)
        try:
            corpus = base / "corpus2k"
            paras = make_corpus(corpus, 2000)
            units = corpus_units(corpus)
            floors, para_floors, builds, reindex = [], [], [], []
            for i in range(5):
                floors.append(_timed(embed, units))
                para_floors.append(_timed(embed, paras))
                settings = _settings(base / f"c2k-{i}")
                builds.append(_timed(index_paths, settings, [corpus]))
                reindex.append(_timed(index_paths, settings, [corpus]))
                assert reindex[-1][2].embedded == 0
            summary = builds[-1][2]
            floor_w, floor_c = (_median([t[k] for t in floors]) for k in (0, 1))
            build_w, build_c = (_median([t[k] for t in builds]) for k in (0, 1))
            out["corpus_2k"] = {
                "paragraphs": len(paras),
                "chunks": summary.chunks_total,
                "units_embedded": len(units),
                "embed_units_s_median": floor_w,
                "embed_units_cpu_s_median": floor_c,
                "embed_paragraphs_s_median": _median([t[0] for t in para_floors]),
                "build_s_median": build_w,
                "build_cpu_s_median": build_c,
                "reindex_unchanged_s_median": _median([t[0] for t in reindex]),
                "build_vs_embed_ratio": round(build_w / floor_w, 3),
                "build_vs_embed_cpu_ratio": round(build_c / floor_c, 3),
                "reindex_vs_build_ratio": round(_median([t[0] for t in reindex]) / build_w, 3),
                "targets": {"build_vs_embed_ratio": 1.2, "reindex_vs_build_ratio": 0.1},
            }

            # 3. query latency at 1k and 10k chunks (warm searcher)
            latency: dict[str, Any] = {}
            for n in (1000, 10000):
                folder = base / f"q{n}"
                make_corpus(folder, n, per_file=100, seed=n)
                settings = _settings(base / f"qhome{n}")
                start = time.perf_counter()
                index_paths(settings, [folder])
                build = time.perf_counter() - start
                searcher = Searcher(settings)
                searcher.search(queries[0], 5)
                samples = []
                for _ in range(5):
                    for q in queries:
                        t0 = time.perf_counter()
                        searcher.search(q, 5)
                        samples.append((time.perf_counter() - t0) * 1000)
                latency[f"{n}_chunks"] = {
                    "build_s": round(build, 2),
                    "p50_ms": _pct(samples, 0.5),
                    "p95_ms": _pct(samples, 0.95),
                }
            out["query_latency"] = latency
        finally:
            os.environ.pop("ADSAGE_KNOWLEDGE_DIR", None)

    adsage = str(Path(sys.executable).with_name("adsage"))
    out["cli_cold_start_s"] = {
        "python_baseline": _cold([sys.executable, "-c", "pass"]),
        "adsage_help": _cold([adsage, "--help"]),
        "adsage_check_goal": _cold(
            [adsage, "check", "goal", "Sell 300 snowboards by 24 December 2026", "--json"]
        ),
    }
    return out
