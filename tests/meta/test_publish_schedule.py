"""Schedule times carry the ad account's time zone; one publish of a plan at a time."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

import pytest
from graph_standin import Standin
from meta_helpers import run

from adsage.meta.publish import localise

ACCT = "act_1234567"
BASE = ("--account", ACCT, "--page", "1234567890", "--pixel", "99999999")


def test_live_times_get_the_account_zone_offset(
    graph: Standin, plan_file: Path, capsys: Any
) -> None:
    code, _, err = run(capsys, "publish", str(plan_file), *BASE, "--live")
    assert code == 0, err
    reads = [r for r in graph.requests if r["method"] == "GET" and r["path"].endswith(ACCT)]
    assert len(reads) == 1 and "timezone_name" in reads[0]["params"]["fields"]
    for adset in graph.of_kind("adset"):
        # the example plan runs in December: Warsaw is UTC+1 then
        assert adset["start_time"].endswith("T00:00:00+01:00"), adset["start_time"]
        assert adset["end_time"].endswith("T23:59:00+01:00"), adset["end_time"]


def test_dry_run_says_when_the_zone_is_applied(
    graph: Standin, plan_file: Path, capsys: Any
) -> None:
    code, out, err = run(capsys, "publish", str(plan_file), *BASE)
    assert code == 0, err
    assert graph.requests == [] and "time zone" in err
    assert "+01:00" not in out  # no zone is guessed without asking the account


def test_offset_follows_daylight_saving() -> None:
    params = {"start_time": "2026-07-01T00:00:00", "end_time": "2026-12-31T23:59:00", "x": 1}
    out = localise(params, "Europe/Warsaw")
    assert out["start_time"] == "2026-07-01T00:00:00+02:00"
    assert out["end_time"] == "2026-12-31T23:59:00+01:00"
    assert out["x"] == 1 and params["start_time"] == "2026-07-01T00:00:00"  # input untouched
    assert localise(params, "America/Los_Angeles")["start_time"] == "2026-07-01T00:00:00-07:00"
    assert localise(params, None) == params
    assert localise(params, "Not/AZone") == params  # unknown zone: Meta's own default applies


def test_a_second_publish_of_the_same_plan_stops_at_once(
    graph: Standin, plan_file: Path, capsys: Any, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "publish", str(plan_file), *BASE, "--out", str(tmp_path / "r.json"))
    assert code == 0
    import json

    run_name = json.loads((tmp_path / "r.json").read_text())["run"]
    home = Path(os.environ["ADSAGE_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    fd = os.open(home / f"{run_name}.publish.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another process is publishing
        code, _, err = run(capsys, "publish", str(plan_file), *BASE, "--live")
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    assert code == 1
    assert "another `adsage publish` of this plan" in err and run_name in err
    assert graph.of_kind("campaign") == []  # nothing sent while the other run holds it
    code, _, err = run(capsys, "publish", str(plan_file), *BASE, "--live")
    assert code == 0, err
    assert len(graph.of_kind("campaign")) == 1


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSAGE_HOME", str(tmp_path / "home"))
