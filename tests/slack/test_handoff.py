"""The unfinished-turn list: exactly one worker wins each takeover, a live worker's turns are
left alone, a turn that keeps killing workers is given up, a stop hands turns back."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from adsage.slack.handoff import MAX_ATTEMPTS, NS_WORK, Handoff
from adsage.state.store import StateStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> StateStore:
    if request.param == "postgresql":
        return StateStore(str(request.getfixturevalue("postgres_url")))
    return StateStore(tmp_path / "state.sqlite")


REQUEST = {"body": '{"type": "event_callback"}', "type": "application/json"}


def _went_quiet(store: StateStore, key: str, seconds: float) -> None:
    """Age the heartbeat as if its worker had stopped ``seconds`` ago."""
    doc = store.get(NS_WORK, key)
    assert doc is not None
    doc["beat"] = time.time() - seconds
    store.put(NS_WORK, key, doc)


def test_a_live_worker_keeps_its_turn_and_a_dead_ones_is_taken_once(store: StateStore) -> None:
    owner = Handoff(store, lease=30.0, name="owner")
    owner.open("Ev1", REQUEST)
    others = [Handoff(store, lease=30.0, name=f"w{i}") for i in range(6)]
    assert [h.take("Ev1") for h in others] == [None] * 6  # heartbeat is fresh
    _went_quiet(store, "Ev1", 29)
    owner.beat()  # still alive: renewed
    assert [h.take("Ev1") for h in others] == [None] * 6
    _went_quiet(store, "Ev1", 31)
    won: list[str] = []
    replayed: list[str] = []

    def scan(h: Handoff) -> None:
        if h.scan(lambda key, req: replayed.append(key)):
            won.append(h.name)

    threads = [threading.Thread(target=scan, args=(h,)) for h in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and replayed == ["Ev1"]
    assert store.get(NS_WORK, "Ev1")["worker"] == won[0]  # type: ignore[index]
    owner.beat()  # the old owner came back to life: it must not steal the record back
    assert store.get(NS_WORK, "Ev1")["worker"] == won[0]  # type: ignore[index]
    winner = next(h for h in others if h.name == won[0])
    winner.done("Ev1")
    assert store.keys(NS_WORK) == [] and winner.in_flight() == []


def test_a_turn_that_keeps_failing_is_given_up(store: StateStore) -> None:
    Handoff(store, lease=30.0, name="first").open("Ev2", REQUEST)
    for attempt in range(1, MAX_ATTEMPTS + 2):
        _went_quiet(store, "Ev2", 60)
        taken = Handoff(store, lease=30.0, name=f"w{attempt}").take("Ev2")
        assert (taken is not None) == (attempt <= MAX_ATTEMPTS)
    assert store.get(NS_WORK, "Ev2") is None


def test_stop_waits_for_turns_then_hands_the_rest_back(store: StateStore) -> None:
    worker = Handoff(store, lease=30.0, name="stopping")
    worker.open("quick", REQUEST)
    worker.open("stuck", REQUEST)
    threading.Timer(0.3, worker.done, args=("quick",)).start()
    start = time.monotonic()
    left = worker.stop(grace=1.0)
    assert left == ["stuck"] and time.monotonic() - start >= 0.9
    assert store.get(NS_WORK, "quick") is None
    other = Handoff(store, lease=30.0, name="other")
    assert other.take("stuck") == REQUEST  # at once, though the lease is 30 s
