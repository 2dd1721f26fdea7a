"""Batch runs: order, checkpoints, resume, failures reported while the batch continues."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from variant_fakes import write_brief

from adsage.batch import job_key, run_batch
from adsage.batch.runner import NAMESPACE
from adsage.export import csv_bytes
from adsage.state.store import open_state


def _briefs(folder: Path, k: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    names = ["SnowPeak", "Nordic Tea", "Zielony Ogród", "Bike Lab", "Yoga Nest", "Lamp Co"]
    return [write_brief(folder / f"b{i}.yaml", brand=names[i % len(names)]) for i in range(k)]


def test_offline_batch_keeps_brief_order_and_reports_failures(
    tmp_path: Path, settings: Any
) -> None:
    paths = _briefs(tmp_path / "in", 3)
    bad = tmp_path / "in" / "broken.yaml"
    bad.write_text("brand: X\nbudjet: 3\n", "utf-8")
    missing = tmp_path / "in" / "missing.yaml"
    events: list[tuple[int, int, str, str]] = []
    result = run_batch(
        [paths[0], bad, paths[1], missing, paths[2]],
        vary="headline",
        n=3,
        settings=settings,
        progress=lambda d, t, p, s: events.append((d, t, p.name, s)),
    )
    assert [s.brief_name for s in result.sets] == ["b0", "b1", "b2"]
    fails = dict(result.failures)
    assert set(fails) == {bad, missing}
    assert "product" in fails[bad] and "file not found" in fails[missing]
    assert not result.ok
    assert [e[0] for e in events] == [1, 2, 3, 4, 5] and {e[1] for e in events} == {5}
    rows = result.rows()
    assert len(rows) == 9 and len({r["Ad Name"] for r in rows}) == 9


def test_second_run_resumes_from_checkpoints(
    tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _briefs(tmp_path / "in", 4)
    first = run_batch(paths, vary="cta", n=3, settings=settings)
    store = open_state(settings.home)
    assert len(store.keys(NAMESPACE)) == 4
    import adsage.variants.generate as gen

    def no_drafting(*a: Any, **k: Any) -> Any:
        raise AssertionError("a finished job ran again")

    monkeypatch.setattr(gen, "generate_variants", no_drafting)
    statuses: list[str] = []
    second = run_batch(
        paths, vary="cta", n=3, settings=settings, progress=lambda d, t, p, s: statuses.append(s)
    )
    assert statuses == ["resumed"] * 4
    assert all(j.resumed for j in second.jobs)
    assert csv_bytes(second.rows()) == csv_bytes(first.rows())


def test_key_covers_brief_options_engine_and_model(settings: Any) -> None:
    from adsage.config import load_settings

    base = job_key(b"brief", vary="cta", n=3, settings=settings)
    assert base == job_key(b"brief", vary="cta", n=3, settings=settings)
    assert base != job_key(b"brief!", vary="cta", n=3, settings=settings)
    assert base != job_key(b"brief", vary="headline", n=3, settings=settings)
    assert base != job_key(b"brief", vary="cta", n=4, settings=settings)
    llm = load_settings(
        home=settings.home, llm="openai", model="a", openai_base_url="http://127.0.0.1:1/v1"
    )
    other = load_settings(
        home=settings.home, llm="openai", model="b", openai_base_url="http://127.0.0.1:1/v1"
    )
    assert (
        len(
            {
                base,
                job_key(b"brief", vary="cta", n=3, settings=llm),
                job_key(b"brief", vary="cta", n=3, settings=other),
            }
        )
        == 3
    )


def test_llm_batch_runs_concurrently_and_matches_sequential(
    tmp_path: Path, fake_llm: Any, llm_engine: Any
) -> None:
    import threading
    import time

    from variant_fakes import variant_answer

    from adsage.config import load_settings
    from fakes.openai_server import json_reply

    # Requests in flight at once, measured at the server: wall-clock speed-ups depend on how
    # busy the machine is (speed targets live in bench/), overlap does not.
    lock = threading.Lock()
    flight = {"now": 0, "peak": 0}

    def slow_answer(req: dict[str, Any]) -> Any:
        with lock:
            flight["now"] += 1
            flight["peak"] = max(flight["peak"], flight["now"])
        time.sleep(0.2)
        with lock:
            flight["now"] -= 1
        return json_reply(variant_answer(req))

    fake_llm.handler = slow_answer
    paths = _briefs(tmp_path / "in", 6)

    def fresh(name: str) -> Any:
        return load_settings(
            home=tmp_path / name, llm="openai", model="fake-model", openai_base_url=fake_llm.url
        )

    run_batch(paths[:1], vary="headline", n=3, settings=fresh("warm"), engine_factory=llm_engine)
    peaks = {}
    results = {}
    for workers in (6, 1):
        flight["peak"] = 0
        results[workers] = run_batch(
            paths,
            vary="headline",
            n=3,
            settings=fresh(f"h{workers}"),
            engine_factory=llm_engine,
            concurrency=workers,
        )
        peaks[workers] = flight["peak"]
    conc, seq = results[6], results[1]
    assert conc.ok and len(conc.sets) == 6
    assert all(s.provenance.engine == "openai" and s.provenance.attempts == 1 for s in conc.sets)
    assert peaks[1] == 1 and peaks[6] >= 2, peaks
    assert csv_bytes(seq.rows()) == csv_bytes(conc.rows())


def test_unreachable_model_fails_each_brief_with_a_reason(tmp_path: Path, home: Path) -> None:
    from adsage.config import load_settings
    from adsage.drafting.llm import LLMEngine, RetryPolicy

    settings = load_settings(
        home=home, llm="openai", model="m", openai_base_url="http://127.0.0.1:9/v1"
    )
    paths = _briefs(tmp_path / "in", 2)
    result = run_batch(
        paths,
        vary="headline",
        n=2,
        settings=settings,
        engine_factory=lambda: LLMEngine(
            settings, timeout=1, retry=RetryPolicy(tries=1, base_delay=0, sleep=lambda _s: None)
        ),
        concurrency=2,
    )
    assert len(result.failures) == 2 and result.sets == []
    assert all(reason for _, reason in result.failures)


def test_done_means_saved(tmp_path: Path, settings: Any) -> None:
    paths = _briefs(tmp_path / "in", 6)
    store = open_state(settings.home)
    keys = {p: job_key(p.read_bytes(), vary="headline", n=3, settings=settings) for p in paths}
    unsaved: list[str] = []
    statuses: list[str] = []

    def progress(done: int, total: int, path: Path, status: str) -> None:
        statuses.append(status)
        if status == "done" and store.get(NAMESPACE, keys[path]) is None:
            unsaved.append(path.name)

    run_batch(paths, vary="headline", n=3, settings=settings, progress=progress)
    assert statuses == ["done"] * 6
    assert unsaved == []  # every brief reported done was already in the store


def test_an_interrupted_offline_batch_keeps_what_finished_and_redoes_only_the_rest(
    tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import adsage.variants.generate as gen

    paths = _briefs(tmp_path / "in", 6)
    reference = run_batch(
        paths,
        vary="headline",
        n=3,
        settings=settings.model_copy(update={"home": tmp_path / "ref-home"}),
    )
    real = gen.generate_variants
    calls: list[str] = []

    def stop_at_the_fourth(*a: Any, **k: Any) -> Any:
        calls.append(k["name"])
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(*a, **k)

    monkeypatch.setattr(gen, "generate_variants", stop_at_the_fourth)
    with pytest.raises(KeyboardInterrupt):
        run_batch(paths, vary="headline", n=3, settings=settings)
    assert len(open_state(settings.home).keys(NAMESPACE)) == 3  # the finished three are kept
    calls.clear()
    monkeypatch.setattr(
        gen, "generate_variants", lambda *a, **k: calls.append(k["name"]) or real(*a, **k)
    )
    resumed = run_batch(paths, vary="headline", n=3, settings=settings)
    assert calls == ["b3", "b4", "b5"]  # nothing done twice
    assert [j.resumed for j in resumed.jobs] == [True] * 3 + [False] * 3
    assert csv_bytes(resumed.rows()) == csv_bytes(reference.rows())
