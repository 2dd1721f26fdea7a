"""Regex programs kept between runs give exactly the patterns ``re.compile`` gives."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from adsage import startup_cache
from adsage.startup_cache import Programs, from_program, program

EN = "Sell 300 snowboards by 24 December 2026"
PL = "Sprzedać 300 desek do końca przyszłego miesiąca za 20 000 zł, CPA poniżej 50 zł"


def _goal_patterns() -> list[tuple[str, int]]:
    """Every pattern the goal checker compiles, as (source, flags)."""
    from adsage.checks.goal import dates, lexicon

    pats = [p for p, *_ in lexicon.load_lexicon().patterns] + [p for p, _ in dates._rules()]
    return [(p.pattern, p.flags & ~re.UNICODE) for p in pats]


def _record(home: Path) -> dict[tuple[str, int], tuple[object, ...]]:
    (path,) = (home / "startup").glob("regex-goal-*.bin")
    blob = path.read_bytes()
    assert zlib.crc32(blob[4:]).to_bytes(4, "big") == blob[:4]
    key, table = marshal.loads(blob[4:])
    assert key == startup_cache._engine_key()
    return table  # type: ignore[no-any-return]


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """No programs nor compiled goal patterns left from earlier work in this process."""
    from adsage.checks.goal import dates, lexicon

    monkeypatch.setattr(startup_cache, "_BY_NAME", {})
    lexicon._lexicon_at.cache_clear()
    dates._rules.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_programs(monkeypatch: pytest.MonkeyPatch) -> None:
    _forget(monkeypatch)


def test_every_kept_program_equals_re_compile(home: Path) -> None:
    from adsage.checks.goal import check_goal

    check_goal(EN)
    check_goal(PL, budget=20000, currency="PLN")
    table = _record(home)
    assert len(table) >= 60  # the date rules and the lexicon's metric and vague words
    for (source, flags), args in table.items():
        kept, fresh = from_program(source, args), re.compile(source, flags)
        assert kept == fresh
        assert (kept.groups, kept.groupindex, kept.flags) == (
            fresh.groups,
            fresh.groupindex,
            fresh.flags,
        )
    assert {(p, f) for p, f in _goal_patterns()} <= {(p, f & ~re.UNICODE) for p, f in table}


def test_plan_patterns_kept_equal_re_compile(home: Path) -> None:
    """The claim finder's, the restricted-words checker's and the date reader's patterns,
    compiled through their records, match as ``re.compile``'s do."""
    from adsage.advisor import claims
    from adsage.checks import restricted

    for _ in range(2):  # compiled and saved, then read back from the records
        startup_cache._BY_NAME.clear()
        claims._patterns.cache_clear()
        restricted._patterns.cache_clear()
        got = [p for p, _ in claims._patterns("en")] + list(restricted._patterns().values())
        assert len(got) > 50
        for kept in got:
            fresh = re.compile(kept.pattern, kept.flags)
            assert kept == fresh and kept.groupindex == fresh.groupindex
    for name in ("claims", "policy"):
        assert len(list((home / "startup").glob(f"regex-{name}-*.bin"))) == 1
    from adsage.lang.dates import DATE, parse_date

    assert re.compile(DATE.pattern) == DATE
    assert parse_date("24 grudnia 2026") is not None


def test_a_second_run_reads_the_programs_instead_of_compiling(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.checks.goal import check_goal

    first = check_goal(EN).model_dump()
    _forget(monkeypatch)

    def no_compiling(pattern: str, flags: int = 0) -> tuple[object, ...]:
        raise AssertionError(f"compiled again: {pattern[:40]}")

    monkeypatch.setattr(startup_cache, "program", no_compiling)
    assert len(_goal_patterns()) >= 60
    assert check_goal(EN).model_dump() == first


def test_the_same_words_give_the_same_pattern_in_every_process() -> None:
    code = (
        "import zlib\n"
        "from adsage.checks.goal.lexicon import load_lexicon\n"
        "print(zlib.crc32('|'.join(p.pattern for p, *_ in load_lexicon().patterns).encode()))\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": seed, "ADSAGE_HOME": "", "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "2", "3")
    }
    assert len(seen) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[:10],
        lambda b: b[:-7],
        lambda b: b[:100] + bytes([b[100] ^ 0xFF]) + b[101:],
        lambda b: b"\x00" * len(b),
        lambda b: zlib.crc32(b"x").to_bytes(4, "big") + b"x",
    ],
)
def test_a_damaged_record_is_ignored_and_rebuilt(damage, home: Path) -> None:  # type: ignore[no-untyped-def]
    kept = Programs("goal")
    fresh = kept.compile(r"(?<!\w)(?P<n>\d+)\s*(zł|pln)", re.IGNORECASE)
    kept.save()
    (path,) = (home / "startup").glob("regex-goal-*.bin")
    path.write_bytes(damage(path.read_bytes()))
    again = Programs("goal")
    assert again.compile(fresh.pattern, re.IGNORECASE) == fresh
    again.save()
    assert list(_record(home)) == [(fresh.pattern, re.IGNORECASE)]


def test_a_record_for_another_engine_is_not_used(home: Path) -> None:
    kept = Programs("goal")
    kept.compile("abc")
    kept.save()
    (path,) = (home / "startup").glob("regex-goal-*.bin")
    forged = {("abc", 0): program("xyz")}
    body = marshal.dumps(("another python", forged))
    path.write_bytes(zlib.crc32(body).to_bytes(4, "big") + body)
    assert Programs("goal").compile("abc") == re.compile("abc")


def test_a_wrong_program_under_a_right_key_falls_back_to_compiling(home: Path) -> None:
    kept = Programs("goal")
    kept.compile("abc")
    kept.save()
    (path,) = (home / "startup").glob("regex-goal-*.bin")
    body = marshal.dumps((startup_cache._engine_key(), {("abc", 0): (0, b"\x01\x02", 0)}))
    path.write_bytes(zlib.crc32(body).to_bytes(4, "big") + body)
    assert Programs("goal").compile("abc") == re.compile("abc")


def test_a_home_that_cannot_hold_records_still_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ADSAGE_HOME", str(blocker / "home"))
    kept = Programs("goal")
    assert kept.compile(r"\bq[1-4]\b") == re.compile(r"\bq[1-4]\b")
    kept.save()
    from adsage.checks.goal import check_goal

    assert check_goal(EN).ok


def test_an_invalid_pattern_raises_what_re_raises() -> None:
    with pytest.raises(re.error) as kept:
        Programs("goal").compile("(unclosed")
    with pytest.raises(re.error) as fresh:
        re.compile("(unclosed")
    assert str(kept.value) == str(fresh.value)


# ---------- rule files ----------


def _yaml_records(home: Path) -> list[Path]:
    return sorted((home / "startup").glob("yaml-*.bin"))


@pytest.mark.parametrize("name", ["goal_lexicon.yaml", "objectives.yaml", "benchmarks.yaml"])
def test_kept_rule_data_equals_the_parsed_file(name: str, home: Path) -> None:
    import yaml

    from adsage.paths import rules_dir
    from adsage.startup_cache import rule_yaml

    path = rules_dir() / name
    parsed = yaml.safe_load(path.read_text("utf-8"))
    assert rule_yaml(path) == parsed  # parsed, then kept
    assert len(_yaml_records(home)) == 1
    assert rule_yaml(path) == parsed  # read back


def test_an_edited_rule_file_is_parsed_again(tmp_path: Path, home: Path) -> None:
    from adsage.startup_cache import rule_yaml

    path = tmp_path / "rules.yaml"
    path.write_text("limit: 40\nwords: [a, b]\n", "utf-8")
    assert rule_yaml(path) == {"limit": 40, "words": ["a", "b"]}
    path.write_text("limit: 41\nwords: [a, b]\n", "utf-8")  # same length, other content
    assert rule_yaml(path) == {"limit": 41, "words": ["a", "b"]}
    (record,) = _yaml_records(home)
    record.write_bytes(record.read_bytes()[:-3])
    assert rule_yaml(path) == {"limit": 41, "words": ["a", "b"]}
    record.write_bytes(b"\x00" * 9)
    assert rule_yaml(path) == {"limit": 41, "words": ["a", "b"]}
    assert rule_yaml(path) == {"limit": 41, "words": ["a", "b"]}


def test_dates_are_kept_and_read_back_as_dates(tmp_path: Path, home: Path) -> None:
    import datetime

    from adsage.startup_cache import rule_yaml, yaml_data

    path = tmp_path / "dated.yaml"
    text = "as_of: 2026-06-01\nrows:\n  - {day: 2026-12-24, n: 3}\n"
    path.write_text(text, "utf-8")
    want = {
        "as_of": datetime.date(2026, 6, 1),
        "rows": [{"day": datetime.date(2026, 12, 24), "n": 3}],
    }
    parsed = rule_yaml(path)
    assert parsed == want and type(parsed["as_of"]) is datetime.date  # parsed, then kept
    assert len(_yaml_records(home)) == 1
    kept = yaml_data(path, text)
    assert kept == want and type(kept["rows"][0]["day"]) is datetime.date  # read back
    bare = tmp_path / "bare.yaml"
    bare.write_text("2026-06-01\n", "utf-8")
    assert rule_yaml(bare) == rule_yaml(bare) == datetime.date(2026, 6, 1)


def test_data_marshal_cannot_keep_is_parsed_every_time(tmp_path: Path, home: Path) -> None:
    import datetime

    from adsage.startup_cache import rule_yaml

    path = tmp_path / "timed.yaml"
    path.write_text("at: 2026-06-01 10:30:00\n", "utf-8")
    assert rule_yaml(path) == {"at": datetime.datetime(2026, 6, 1, 10, 30)}
    assert rule_yaml(path) == {"at": datetime.datetime(2026, 6, 1, 10, 30)}
    assert _yaml_records(home) == []


def test_yaml_data_raises_the_parse_error(tmp_path: Path, home: Path) -> None:
    import yaml

    from adsage.startup_cache import yaml_data

    path = tmp_path / "broken.yaml"
    with pytest.raises(yaml.YAMLError):
        yaml_data(path, "a: [1, 2\n")
    assert _yaml_records(home) == []


def test_bad_rule_files_name_the_file(tmp_path: Path) -> None:
    from adsage.errors import BadInput
    from adsage.startup_cache import rule_yaml

    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [1, 2\n", "utf-8")
    with pytest.raises(BadInput, match=r"broken\.yaml: not valid YAML"):
        rule_yaml(broken)
    with pytest.raises(BadInput, match=r"missing\.yaml: cannot read rule file"):
        rule_yaml(tmp_path / "missing.yaml")


def test_rule_data_without_a_usable_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adsage.startup_cache import rule_yaml

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ADSAGE_HOME", str(blocker / "home"))
    path = tmp_path / "rules.yaml"
    path.write_text("limit: 40\n", "utf-8")
    assert rule_yaml(path) == rule_yaml(path) == {"limit": 40}
    monkeypatch.setenv("ADSAGE_HOME", "")
    assert rule_yaml(path) == {"limit": 40}


def test_importing_never_creates_the_home(tmp_path: Path) -> None:
    """A module that keeps its patterns while it loads writes only into an existing home: a
    command that stops on bad input (``adsage mcp --http`` without its token) leaves none."""
    home = tmp_path / "fresh-home"
    code = "import adsage.lang.dates"
    env = {**os.environ, "ADSAGE_HOME": str(home)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    assert not home.exists()
    home.mkdir()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    assert list((home / "startup").glob("regex-dates-*.bin"))
