"""The shared work queue: order, holds, hand-over of a dead worker's keys, retries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from adsage.state import StateStore

KEYS = ["k1", "k2", "k3"]


def test_keys_come_out_once_in_queue_order(target: Path | str) -> None:
    s = StateStore(target)
    s.enqueue("q", KEYS)
    s.enqueue("q", ["k2", "k4"])  # a second worker queues the same list: no duplicates
    got = [s.take("q", "w1", stale_after=60) for _ in range(5)]
    assert got == ["k1", "k2", "k3", "k4", None]
    st = s.queue_status("q", KEYS)
    assert {k: (v["state"], v["owner"]) for k, v in st.items()} == {
        k: ("taken", "w1") for k in KEYS
    }
    s.release("q", "k1", "w1")
    s.release("q", "k2", "w1", error="brief.yaml: no product", exit_code=2)
    s.release("q", "k3", "w2")  # not its holder: nothing changes
    st = s.queue_status("q", KEYS)
    assert st["k1"]["state"] == "done" and st["k3"]["state"] == "taken"
    assert (st["k2"]["state"], st["k2"]["error"], st["k2"]["exit_code"]) == (
        "failed",
        "brief.yaml: no product",
        2,
    )


def test_settling_can_take_the_next_key_in_the_same_transaction(target: Path | str) -> None:
    """Save, release and take next in one commit: the same keys, in the same order, as a
    settle followed by a take; a saved result is skipped as take skips it."""
    s = StateStore(target)
    s.enqueue("q", KEYS, results="res")
    s.put("res", "k2", {"result": 2})  # another worker finished k2
    assert s.take("q", "w1", stale_after=60, results="res") == "k1"
    got = s.settle("q", "k1", "w1", results="res", value={"r": 1}, take_next=60)
    assert got == "k3"
    assert s.get("res", "k1") == {"r": 1}
    last = s.settle("q", "k3", "w1", results="res", value=None, error="bad", take_next=60)
    assert last is None
    st = s.queue_status("q", KEYS, results="res")
    assert [st[k]["state"] for k in KEYS] == ["done", "done", "failed"]
    assert st["k3"]["error"] == "bad" and not st["k3"]["saved"]
    assert s.settle("q", "k1", "w1", results="res", value=None) is None  # no take asked


def test_settling_with_no_key_ready_takes_over_a_gone_holders_key(target: Path | str) -> None:
    """With nothing ready, the next key settling takes is one a dead worker holds, as a
    take would pick it; a live holder's key stays with it."""
    s = StateStore(target)
    s.enqueue("q", KEYS, results="res")
    assert s.take("q", "me", stale_after=60, results="res") == "k1"
    assert s.take("q", "dead", stale_after=60, results="res") == "k2"
    assert s.take("q", "live", stale_after=60, results="res") == "k3"
    gone = lambda o: o == "dead"  # noqa: E731
    got = s.settle("q", "k1", "me", results="res", value={"r": 1}, take_next=60, gone=gone)
    assert got == "k2"
    assert s.get("res", "k1") == {"r": 1}
    st = s.queue_status("q", KEYS, results="res")
    assert [(st[k]["state"], st[k]["owner"]) for k in KEYS] == [
        ("done", "me"),
        ("taken", "me"),
        ("taken", "live"),
    ]
    assert s.settle("q", "k2", "me", results="res", value={"r": 2}, take_next=60) is None


def test_queues_are_separate(target: Path | str) -> None:
    s = StateStore(target)
    s.enqueue("other-batch", ["x"])
    s.enqueue("q", KEYS)
    assert s.take("q", "w", stale_after=60) == "k1"
    assert s.take("elsewhere", "w", stale_after=60) is None
    assert s.take("other-batch", "w", stale_after=60) == "x"


def test_a_saved_result_counts_as_done_whatever_the_row_says(target: Path | str) -> None:
    """A worker that died between saving and marking never causes a second run."""
    s = StateStore(target)
    s.enqueue("q", KEYS, results="res")
    assert s.take("q", "w1", stale_after=60, results="res") == "k1"
    s.put("res", "k1", {"result": 1})
    s.put("res", "k2", {"result": 2})
    s.put("q", "k3", {"not": "a result"})  # another namespace: does not count
    assert s.take("q", "w2", stale_after=0, gone=lambda _o: True, results="res") == "k3"
    status = s.queue_status("q", KEYS, results="res")
    assert status["k1"]["saved"] and status["k2"]["saved"] and not status["k3"]["saved"]


def test_a_gone_or_stale_holder_hands_its_keys_over(target: Path | str) -> None:
    s = StateStore(target)
    s.enqueue("q", KEYS)
    assert s.take("q", "dead", stale_after=60) == "k1"
    assert s.take("q", "slow", stale_after=60) == "k2"
    assert s.take("q", "live", stale_after=60) == "k3"
    assert s.take("q", "me", stale_after=60) is None
    assert s.take("q", "me", stale_after=60, gone=lambda o: o == "dead") == "k1"
    assert s.take("q", "me", stale_after=0.0, gone=lambda o: False) == "k2"
    assert s.queue_status("q", ["k2"])["k2"]["owner"] == "me"


def test_hand_back_and_new_runs_retry_failures(target: Path | str) -> None:
    s = StateStore(target)
    s.enqueue("q", KEYS)
    for _ in KEYS:
        s.take("q", "w", stale_after=60)
    s.release("q", "k1", "w", error="model down")
    s.release("q", "k2", "w")
    s.hand_back("q", ["k3"], "w")
    assert s.queue_status("q", ["k3"])["k3"]["state"] == "ready"
    s.enqueue("q", KEYS)  # a new run: the failure is retried; k2 has no saved result either
    assert [s.take("q", "w2", stale_after=60) for _ in range(4)] == ["k1", "k2", "k3", None]
    s.put("q", "k1", {})
    s.release("q", "k1", "w2")
    s.enqueue("q", KEYS)
    assert s.queue_status("q", ["k1"])["k1"]["state"] == "done"


_TAKER = """
import sys
from pathlib import Path
from adsage.state import StateStore
t = sys.argv[1]
s = StateStore(t if "://" in t else Path(t))
keys = [f"k{i:03d}" for i in range(150)]
s.enqueue("q", keys)
got = []
while (k := s.take("q", sys.argv[2], stale_after=600)) is not None:
    got.append(k)
    s.put("q", k, {"by": sys.argv[2]})  # the result, then the mark (as batch workers do)
    s.release("q", k, sys.argv[2])
print(" ".join(got))
"""


def test_four_processes_take_every_key_exactly_once(target: Path | str) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _TAKER, str(target), f"w{i}"], stdout=subprocess.PIPE, text=True
        )
        for i in range(4)
    ]
    taken = [p.communicate(timeout=300)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    flat = sum(taken, [])
    assert sorted(flat) == [f"k{i:03d}" for i in range(150)]  # none twice, none skipped
    assert all(t == sorted(t) for t in taken)  # each worker in queue order
