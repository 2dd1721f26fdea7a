"""``check copy`` over JSON Lines and CSV: the same reports as a JSON list, written item by
item, and bad items named by line or row before anything is printed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_cli_check import run

from adsage.checks.copy import AdCopy, check_copy
from adsage.models.findings import Report

COPIES = [
    {"primary_text": "Zamów teraz i odbierz rabat 20%.", "cta": "ORDER_NOW", "lang": "pl"},
    {"primary_text": "HUGE SALE ENDS TONIGHT!!!", "cta": "shop now", "link": "example.com"},
    {"headline": "Winter sale " * 5, "cta": "SHOP_NOW", "link": "http://example.com/a"},
    {"primary_text": "Lose 10 kg in a week.", "facts": ["Free delivery"], "cta": "SIGN_UP"},
]


def _jsonl(path: Path, items: list[dict[str, object]]) -> str:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in items), "utf-8")
    return str(path)


def _csv(path: Path, items: list[dict[str, object]]) -> str:
    fields = ["primary_text", "headline", "cta", "link", "lang", "facts"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for c in items:
            w.writerow({k: "\n".join(v) if isinstance(v, list) else v for k, v in c.items()})
    return str(path)


def test_list_output_is_the_whole_list_dumped_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = tmp_path / "c.json"
    listed.write_text(json.dumps(COPIES), "utf-8")
    code, out, _ = run(["check", "copy", str(listed), "--json"], capsys)
    reports = [Report.from_findings(check_copy(AdCopy.model_validate(c)), ()) for c in COPIES]
    expected = [r.model_dump(mode="json") for r in reports]
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert code == 1 and any(not r.ok for r in reports)


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_streamed_files_report_as_the_json_list_does(
    form: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = tmp_path / "cc.json"  # names of one length: rich wraps the same way
    listed.write_text(json.dumps(COPIES), "utf-8")
    name = "c.jsonl" if form == "jsonl" else "ccc.csv"
    streamed = (_jsonl if form == "jsonl" else _csv)(tmp_path / name, COPIES)
    for extra in (["--json"], []):
        want = run(["check", "copy", str(listed), *extra], capsys)
        got = run(["check", "copy", streamed, *extra], capsys)
        assert got[0] == want[0] == 1
        # table titles name the item the same way: FILE[i]
        assert got[1] == want[1].replace(str(listed), streamed)


def test_a_bad_line_is_named_and_nothing_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(COPIES[0]) + "\n\n" + '{"headlne": "x"}\n', "utf-8")
    code, out, err = run(["check", "copy", str(path)], capsys)
    assert code == 2 and out == ""
    assert f"{path}[1]" in err and "headlne" in err
    path.write_text(json.dumps(COPIES[0]) + "\n[1, 2]\n", "utf-8")
    code, out, err = run(["check", "copy", str(path), "--json"], capsys)
    assert code == 2 and out == "" and f"{path} line 2: expected an object" in err
    path.write_text("\n\n", "utf-8")
    code, out, err = run(["check", "copy", str(path)], capsys)
    assert code == 2 and "no objects" in err


def test_csv_names_an_unknown_column_and_a_ragged_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("primary_text,headlin\nBuy now,Sale\n", "utf-8")
    code, out, err = run(["check", "copy", str(path)], capsys)
    assert code == 2 and out == "" and "headlin" in err and "headline" in err
    path.write_text("primary_text,cta\nBuy now,SHOP_NOW,extra\n", "utf-8")
    code, out, err = run(["check", "copy", str(path)], capsys)
    assert code == 2 and f"{path} row 2: more cells" in err
