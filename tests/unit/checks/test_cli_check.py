"""``adsage check``: exit codes, JSON shape, --ignore, stdin, bad input, import weight."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from adsage.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0), out, err


def write(tmp_path: Path, name: str, data: object, yaml_text: str | None = None) -> str:
    path = tmp_path / name
    path.write_text(yaml_text if yaml_text is not None else json.dumps(data), "utf-8")
    return str(path)


def test_clean_copy_exits_zero_with_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(
        tmp_path, "c.json", {"primary_text": "Zamów teraz i odbierz rabat 20%.", "cta": "ORDER_NOW"}
    )
    code, out, _ = run(["check", "copy", f, "--json"], capsys)
    assert code == 0 and json.loads(out) == {"ok": True, "findings": []}


def test_errors_exit_one_and_list_gives_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [{"primary_text": "Are you depressed?"}, {"primary_text": "Hello"}]
    code, out, _ = run(["check", "copy", write(tmp_path, "c.json", items), "--json"], capsys)
    payload = json.loads(out)
    assert code == 1 and isinstance(payload, list) and len(payload) == 2
    assert payload[0]["ok"] is False and payload[1]["ok"] is True
    assert payload[0]["findings"][0]["rule"] == "policy.personal_attributes"
    assert set(payload[0]["findings"][0]) == {"rule", "severity", "message", "field", "suggestion"}


def test_ignore_family_and_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path, "c.json", {"primary_text": "Masz długi?", "cta": "SEND_MESSAGE"})
    code, out, _ = run(
        ["check", "copy", f, "--json", "--ignore", "policy", "--ignore", "copy.cta.invalid"], capsys
    )
    assert code == 0 and json.loads(out)["findings"] == []


def test_yaml_input_and_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path, "t.yaml", None, "age_min: 10\ncountries: [PL]\n")
    code, out, _ = run(["check", "targeting", f], capsys)
    assert code == 1 and "targeting.age_range" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO('{"primary_text": "Buy now!!!"}'))
    code, out, _ = run(["check", "copy", "-", "--json"], capsys)
    assert code == 0 and json.loads(out)["findings"][0]["rule"] == "policy.excessive_punctuation"


@pytest.mark.parametrize(
    ("cmd", "data", "needle"),
    [
        ("copy", {"primary_text": "x", "headlne": "y"}, "unknown field 'headlne'"),
        ("creative", {"format": "gif"}, "field 'format'"),
        ("budget", {"daily_budget": 5, "currency": "XYZ"}, "field 'currency'"),
        ("abtest", {"vary": "headline"}, "missing required field 'variants'"),
        ("targeting", [{"countries": ["PL"]}, {"age_min": "old"}], "[1]: field 'age_min'"),
        ("copy", [1, 2], "[0]: expected an object"),
        ("copy", [], "non-empty list"),
    ],
)
def test_bad_input_exits_two_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cmd: str, data: object, needle: str
) -> None:
    code, out, err = run(["check", cmd, write(tmp_path, "in.json", data)], capsys)
    assert code == 2 and out == ""
    assert needle in err and err.count("\n") == 1 and err.startswith("error: ")


def test_missing_file_and_bad_syntax(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", "copy", str(tmp_path / "nope.json")], capsys)
    assert code == 2 and "file not found" in err
    code, _, err = run(["check", "copy", write(tmp_path, "b.yaml", None, "a: [1,\n")], capsys)
    assert code == 2 and "not valid YAML/JSON" in err


def test_all_commands_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = {
        "creative": {"format": "image", "image": {"width": 1080, "height": 1080}},
        "targeting": {"countries": ["PL"], "age_min": 18, "age_max": 65},
        "budget": {"daily_budget": 50, "currency": "PLN", "expected_cost_per_result": 2},
        "abtest": {
            "vary": "headline",
            "duration_days": 14,
            "variants": [{"headline": "A"}, {"headline": "B"}],
        },
    }
    for cmd, data in cases.items():
        code, out, _ = run(["check", cmd, write(tmp_path, f"{cmd}.json", data), "--json"], capsys)
        assert code == 0 and json.loads(out)["ok"] is True, (cmd, out)


def test_goal_command(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("adsage.checks.goal")
    code, out, _ = run(
        [
            "check",
            "goal",
            "Get 1000 leads by 31 March 2027",
            "--json",
            "--budget",
            "5000",
            "--currency",
            "PLN",
            "--start",
            "2026-12-01",
        ],
        capsys,
    )
    payload = json.loads(out)
    assert {"ok", "findings", "criteria", "parsed", "rewrite"} <= set(payload)
    assert code == (0 if payload["ok"] else 1)
    code, _, err = run(["check", "goal", "x", "--start", "tomorrow"], capsys)
    assert code == 2 and "--start" in err


def test_check_does_not_import_heavy_libraries() -> None:
    probe = (
        "import sys\n"
        "from adsage.cli import main\n"
        "try:\n"
        "    main(['check', 'copy', '-', '--json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('chromadb', 'langchain',"
        " 'langchain_core', 'langchain_openai', 'openai', 'onnxruntime')]\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        input='{"primary_text": "Hello"}',
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert '"ok": true' in proc.stdout
    assert proc.stderr.strip().endswith("HEAVY="), proc.stderr


def test_validation_helper_names_nested_field() -> None:
    from pydantic import ValidationError

    from adsage.checks.creative import Creative
    from adsage.models.validation import format_validation_error

    with pytest.raises(ValidationError) as exc:
        Creative.model_validate({"format": "carousel", "cards": [{"image": {"width": 0}}]})
    line = format_validation_error(exc.value, "ad.yaml")
    assert line.startswith("ad.yaml: field 'cards[0].image.width'") and "more problem" in line
