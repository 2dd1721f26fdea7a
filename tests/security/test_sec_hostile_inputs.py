"""Hostile files: alias bombs, endless streams, deep nesting, duplicate keys, numbers that are
not numbers and bidi overrides.  Every file-reading command answers each with one line and
exit 2, quickly, and never with a traceback."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sec_support import brief_data

BRIEF_COMMANDS = [["plan"], ["copy"], ["persona"], ["formats"]]
CHECK_KINDS = ["copy", "creative", "targeting", "budget", "abtest", "plan"]


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from adsage.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out, out.err


def _argvs(path: Path) -> list[list[str]]:
    """Every command that reads a YAML/JSON file, pointed at ``path``."""
    return (
        [[*cmd, str(path)] for cmd in BRIEF_COMMANDS]
        + [["variants", str(path), "--vary", "headline"]]
        + [["check", kind, str(path)] for kind in CHECK_KINDS]
    )


def _one_line_exit_two(code: int, err: str, *needles: str) -> None:
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err


def _bomb(levels: int = 9) -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev = "a"
    for name in "bcdefghijk"[: levels - 1]:
        refs = ",".join([f"*{prev}"] * 9)
        text += f"{name}: &{name} [{refs}]\n"
        prev = name
    return text


def test_alias_bomb_is_refused_quickly_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(_bomb(), "utf-8")
    assert path.stat().st_size < 700
    for argv in _argvs(path):
        start = time.monotonic()
        code, _, err = _cli(argv, capsys)
        _one_line_exit_two(code, err, "bomb.yaml", "aliases")
        # refused, not expanded: the old loader spent minutes here (47 s for a 6-level bomb);
        # the bound leaves room for a loaded machine importing the command's modules
        assert time.monotonic() - start < 30, argv


def test_alias_bomb_in_a_pasted_slack_block_is_refused() -> None:
    from adsage.errors import BadInput
    from adsage.slack.work import parse_yaml

    with pytest.raises(BadInput, match="aliases"):
        parse_yaml(_bomb(), "brief")


def test_small_aliases_still_work() -> None:
    from adsage.inputs import parse

    data = parse("base: &b {x: 1, y: [1, 2]}\nother: {<<: *b, x: 2}\ncopy: *b\n", "t")
    assert data == {
        "base": {"x": 1, "y": [1, 2]},
        "other": {"x": 2, "y": [1, 2]},
        "copy": data["base"],
    }


def test_an_alias_that_contains_itself_is_refused() -> None:
    from adsage.errors import BadInput
    from adsage.inputs import parse

    with pytest.raises(BadInput, match="line 1: an alias"):
        parse("a: &a [1, *a]\n", "loop.yaml")


class _Endless:
    """A stdin that never ends; remembers the largest read asked of it."""

    def __init__(self) -> None:
        self.asked = 0
        self.buffer = self

    def read(self, n: int = -1) -> bytes:
        assert n >= 0, "an unbounded read of an endless stream"
        self.asked = max(self.asked, n)
        return b"a" * n


def test_endless_stdin_is_read_only_to_the_cap(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from adsage.inputs import MAX_CHECK_BYTES
    from adsage.models.brief import MAX_BRIEF_BYTES

    for argv, cap in ((["plan", "-"], MAX_BRIEF_BYTES), (["check", "copy", "-"], MAX_CHECK_BYTES)):
        stream = _Endless()
        monkeypatch.setattr("sys.stdin", stream)
        code, _, err = _cli(argv, capsys)
        _one_line_exit_two(code, err, "stdin", "larger than")
        assert stream.asked == cap + 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_at_the_cap(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in _argvs(Path("/dev/zero")):
        start = time.monotonic()
        code, _, err = _cli(argv, capsys)
        _one_line_exit_two(code, err, "/dev/zero", "larger than")
        # refused, not expanded: the old loader spent minutes here (47 s for a 6-level bomb);
        # the bound leaves room for a loaded machine importing the command's modules
        assert time.monotonic() - start < 30, argv


def test_check_files_have_a_cap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.json"
    path.write_text(json.dumps([{"headline": "x" * 100}] * 12_000), "utf-8")
    assert path.stat().st_size > 1024 * 1024
    start = time.monotonic()
    code, _, err = _cli(["check", "copy", str(path)], capsys)
    _one_line_exit_two(code, err, "larger than 1 MB")
    assert time.monotonic() - start < 5


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.json", "[" * 3000 + "]" * 3000),
        ("deep.yaml", "[" * 3000 + "]" * 3000),
        ("deep_map.json", '{"a":' * 2000 + "1" + "}" * 2000),
        ("block.yaml", "".join(" " * i + "a:\n" for i in range(300)) + " " * 300 + "b: 1\n"),
        ("aliased.yaml", "a: &a " + "[" * 40 + "]" * 40 + "\nb: " + "[" * 30 + "*a" + "]" * 30),
    ],
)
def test_deep_nesting_is_one_line_not_a_recursion_error(
    name: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    for argv in _argvs(path):
        code, _, err = _cli(argv, capsys)
        _one_line_exit_two(code, err, name, "nested deeper than 50 levels")


def test_duplicate_keys_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = brief_data()
    text = yaml.safe_dump(data, sort_keys=False) + "brand: Someone Else\n"
    path = tmp_path / "dup.yaml"
    path.write_text(text, "utf-8")
    code, _, err = _cli(["plan", str(path)], capsys)
    line = text.splitlines().index("brand: Someone Else") + 1
    _one_line_exit_two(code, err, f"line {line}: duplicate key 'brand'")
    path = tmp_path / "dup.json"
    path.write_text('{"headline": "One", "headline": "Two"}', "utf-8")
    code, _, err = _cli(["check", "copy", str(path)], capsys)
    _one_line_exit_two(code, err, "duplicate key 'headline'")


@pytest.mark.parametrize(
    ("suffix", "amount", "needle"),
    [
        (".yaml", ".nan", "'.nan' is not a number"),
        (".json", "NaN", "'NaN' is not a number"),
        (".yaml", "-.inf", "'-.inf' is too large a number"),
        (".json", "1e999", "'1e999' is too large a number"),
        (".yaml", "1" * 5000, "a number with 5000 digits is too long"),
        (".json", "1" * 5000, "a number with 5000 digits is too long"),
    ],
)
def test_numbers_that_are_not_numbers_name_the_field(
    suffix: str, amount: str, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = brief_data()
    data["budget"] = {"amount": "__AMOUNT__", "currency": "PLN"}
    text = (json.dumps(data) if suffix == ".json" else yaml.safe_dump(data)).replace(
        '"__AMOUNT__"', "__AMOUNT__"
    )
    text = text.replace("'__AMOUNT__'", "__AMOUNT__").replace("__AMOUNT__", amount)
    path = tmp_path / f"brief{suffix}"
    path.write_text(text, "utf-8")
    code, _, err = _cli(["plan", str(path)], capsys)
    _one_line_exit_two(code, err, "field 'budget.amount'", needle)
    assert "1000000000" not in err and "not valid YAML" not in err


def test_bidi_overrides_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ad.yaml"
    path.write_text(
        'headline: "Sale \u202eelas\u202c now"\nprimary_text: "Shop \u2066today\u2069"\n',
        "utf-8",
    )
    code, out, err = _cli(["check", "copy", str(path), "--json"], capsys)
    assert code in (0, 1) and "\u202e" not in out + err and "\u2066" not in out + err
    code, out, err = _cli(["check", "goal", "Sell 300 boards by \u202eFriday"], capsys)
    assert "\u202e" not in out + err
    path.write_text("head\u202eliner: x\n", "utf-8")
    code, out, err = _cli(["check", "copy", str(path)], capsys)
    _one_line_exit_two(code, err, "unknown field 'headliner'")  # removed, not echoed


def test_a_csv_cell_over_128_kb_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_text('Ad name,Impressions\n"' + "x" * 140_000 + '",5\n', "utf-8")
    code, _, err = _cli(["analyze", str(path)], capsys)
    _one_line_exit_two(code, err, "export.csv", "not a readable CSV")


def test_plan_reads_a_brief_from_stdin(
    sec_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADSAGE_HOME", str(sec_home))
    text = yaml.safe_dump(brief_data(), allow_unicode=True)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, err = _cli(["plan", "-", "--json"], capsys)
    assert code in (0, 1), err
    assert json.loads(out)["brand"] == brief_data()["brand"]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"brand: X\nbudjet: 3\n")))
    code, _, err = _cli(["plan", "-"], capsys)
    _one_line_exit_two(code, err, "stdin: unknown field 'budjet'; did you mean 'budget'?")


def test_a_schedule_in_the_past_fails_time_bound_in_plan_and_check(
    sec_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ADSAGE_HOME", str(sec_home))
    path = tmp_path / "old.yaml"
    data = brief_data(schedule={"start": "2020-03-01", "end": "2020-03-24"})
    data["goal"] = "Sell 300 snowboards by 20 March 2020"
    path.write_text(yaml.safe_dump(data), "utf-8")
    out_json = tmp_path / "plan.json"
    code, _, err = _cli(["plan", str(path), "--out", str(out_json)], capsys)
    plan = json.loads(out_json.read_text("utf-8"))
    assert plan["goal"]["criteria"]["time_bound"]["pass"] is False
    assert not plan["goal"]["ok"]
    code, out, _ = _cli(["check", "plan", str(out_json)], capsys)
    assert code == 1 and "already passed" in out
    code, out, _ = _cli(
        ["check", "goal", data["goal"], "--start", "2020-03-01", "--end", "2020-03-24"], capsys
    )
    assert code == 1 and "goal.time_bound" in out


def test_a_future_schedule_still_resolves_dates_from_its_start() -> None:
    from datetime import date

    from adsage.checks.goal import check_goal

    report = check_goal(
        "Sell 300 snowboards within 6 weeks",
        start=date(2030, 1, 1),
        end=date(2030, 3, 1),
        today=date(2030, 1, 1),
    )
    assert report.criteria["time_bound"].passed
    report = check_goal(
        "Sell 300 snowboards within 6 weeks",
        start=date(2030, 1, 1),
        end=date(2030, 3, 1),
        today=date(2030, 3, 2),
    )
    assert not report.criteria["time_bound"].passed
    assert any("2030" in f.message and f.field == "end" for f in report.findings)


# Random nested and garbage documents: every command answers 0, 1 or 2, never a traceback.
_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["2026-02-30", "\u202e", "<<", "*a", "&a", "!!python/object", "NaN"]),
)
_VALUES = st.recursive(
    _LEAVES,
    lambda kids: (
        st.lists(kids, max_size=4)
        | st.dictionaries(
            st.sampled_from(["brand", "headline", "budget", "amount", "variants", "x", "image"])
            | st.text(max_size=8),
            kids,
            max_size=4,
        )
    ),
    max_leaves=25,
)
_GARBAGE = st.one_of(
    st.text(max_size=200),
    st.builds(
        lambda n, c: c * n, st.integers(1, 400), st.sampled_from(["[", "{", "- ", "a:\n ", "&"])
    ),
    st.builds(lambda v: json.dumps(v, allow_nan=True), _VALUES),
)


def _as_yaml(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    doc=st.one_of(
        st.builds(_as_yaml, _VALUES),
        st.builds(lambda v: json.dumps(v, allow_nan=True), _VALUES),
        _GARBAGE,
    ),
    suffix=st.sampled_from([".yaml", ".json"]),
)
def test_random_documents_never_crash_a_command(
    doc: str, suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_text(doc, "utf-8", errors="surrogatepass")
    for argv in [*_argvs(path), ["analyze", str(path)]]:
        code, _, err = _cli(argv, capsys)
        assert code in (0, 1, 2), (argv, err)
        assert "Traceback" not in err, (argv, err)
        if code == 2:
            assert err.count("\n") == 1, (argv, err)
