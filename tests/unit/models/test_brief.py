from pathlib import Path

import pytest

from adsage.errors import BadInput
from adsage.models.brief import load_brief

ROOT = Path(__file__).resolve().parents[3]


def test_examples_load() -> None:
    en = load_brief(ROOT / "examples" / "brief.yaml")
    pl = load_brief(ROOT / "examples" / "brief.pl.yaml")
    assert en.language == "en" and pl.language == "pl"
    assert en.days == 24 and en.budget.currency == "PLN"


def _write(tmp_path: Path, text: str, name: str = "b.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


BASE = (ROOT / "examples" / "brief.yaml").read_text("utf-8")


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda t: t + "budjet: 5\n", "unknown field 'budjet'"),
        (lambda t: t.replace("start: 2026-12-01", "start: 2026-12-30"), "end must be after start"),
        (lambda t: t.replace("start: 2026-12-01", "start: 2026-02-30"), "schedule.start"),
        (lambda t: t.replace("amount: 6000", "amount: lots"), "budget.amount"),
        (lambda t: t.replace("language: en", "language: de"), "language"),
        (lambda t: t.replace("locations: [PL]", "locations: [Poland]"), "two-letter country codes"),
        (lambda t: t.replace("https://snowpeak.example/sale", "snowpeak dot com"), "landing_url"),
        (lambda t: t.replace("brand: SnowPeak\n", ""), "missing required field 'brand'"),
    ],
)
def test_bad_briefs_are_one_line_naming_the_field(tmp_path: Path, mutate, needle: str) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, mutate(BASE))
    with pytest.raises(BadInput) as exc:
        load_brief(path)
    msg = str(exc.value)
    assert needle in msg and "\n" not in msg and msg.startswith(str(path))


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "a brief must be a mapping"),
        (b"\x00\x01\x02", "binary file"),
        (b"brand: [unclosed", "not valid YAML/JSON"),
        ("budżet".encode("cp1250"), "not UTF-8"),
        (b"- a\n- b\n", "a brief must be a mapping"),
        (b"x: " + b"a" * (70 * 1024), "larger than 64 KB"),
    ],
)
def test_unreadable_briefs(tmp_path: Path, content: bytes, needle: str) -> None:
    p = tmp_path / "b.yaml"
    p.write_bytes(content)
    with pytest.raises(BadInput, match=needle):
        load_brief(p)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="file not found"):
        load_brief(tmp_path / "nope.yaml")
    with pytest.raises(BadInput, match="is a folder"):
        load_brief(tmp_path)


def test_json_brief(tmp_path: Path) -> None:
    import json

    import yaml

    data = yaml.safe_load(BASE)
    p = tmp_path / "b.json"
    p.write_text(json.dumps(data, default=str), "utf-8")
    assert load_brief(p).brand == "SnowPeak"
