"""The start-up bench prints each command beside its floor, with the ratio its target allows."""

from __future__ import annotations

from bench.startup_bench import QUIET_FLOORS, TARGETS, _table, beside_floors


def _m(wall: float, cpu: float) -> dict[str, float]:
    return {"wall_s": wall, "cpu_s": cpu, "peak_mib": 10.0}


def test_each_command_is_compared_with_its_own_floor() -> None:
    got = {
        "python": _m(0.04, 0.02),
        "model_build": _m(2.0, 1.0),
        "check_goal": _m(0.5, 0.2),
        "plan": _m(2.4, 1.5),
        "help": _m(0.6, 0.3),
    }
    rows = beside_floors(got)
    assert set(rows) == {"check_goal", "plan", "help"}  # floors are not rows of their own
    goal = rows["check_goal"]
    assert (goal["floor"], goal["floor_wall_s"], goal["ratio"]) == ("python", 0.04, 12.5)
    assert goal["target_ratio"] == round(TARGETS["check_goal_s"] / QUIET_FLOORS["python"], 2)
    assert goal["meets_target"] is True
    assert rows["help"]["ratio"] == 15.0 and rows["help"]["meets_target"] is False
    plan = rows["plan"]
    assert (plan["floor"], plan["ratio"], plan["cpu_ratio"]) == ("model_build", 1.2, 1.5)
    assert plan["meets_target"] is False  # 1.0 s / 0.912 s allows 1.1x
    text = _table(rows)
    assert "check_goal" in text and "OVER" in text and "12.50" in text


def test_a_command_without_its_floor_in_the_run_is_left_out() -> None:
    assert beside_floors({"plan": _m(1.0, 1.0), "python": _m(0.01, 0.01)}) == {}


def test_a_command_from_the_checkout_before_is_judged_as_itself() -> None:
    got = {"python": _m(0.01, 0.01), "check_goal": _m(0.1, 0.1), "check_goal_before": _m(0.2, 0.2)}
    rows = beside_floors(got)
    assert rows["check_goal_before"]["ratio"] == 20.0
    assert rows["check_goal_before"]["target_ratio"] == rows["check_goal"]["target_ratio"]
    assert "check_goal_before" in _table(rows)
