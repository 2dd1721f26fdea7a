"""What a new user meets first: version, help, a bare command, output paths, an unusable
ADSAGE_HOME, a batch with one bad brief, misspelt fields, the README's check examples and a
plain ``adsage index`` after editing documents."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from adsage.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out, out.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from adsage import __version__

    code, out, err = _cli(["--version"], capsys)
    assert code == 0 and out == f"adsage {__version__}\n" and err == ""


def test_bare_command_prints_help_and_no_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in ([], ["check"]):
        code, out, err = _cli(argv, capsys)
        assert code == 0 and "Usage: adsage" in out + err and "error:" not in out + err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["plan"],
        ["variants"],
        ["analyze"],
        ["index"],
        ["search"],
        ["abplan"],
        ["chat"],
        ["check", "copy"],
        ["check", "goal"],
    ],
)
def test_help_shows_no_python_type_names(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _cli([*argv, "--help"], capsys)
    assert code == 0 and "--help" in out
    assert not re.search(r"<(bool|str|int|float|path|int range|float range)>", out), out


def test_help_keeps_value_placeholders(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _cli(["plan", "--help"], capsys)
    assert re.search(r"--out\s+PATH", out) and re.search(r"--model\s+TEXT", out)
    assert re.search(r"--llm\s+ENGINE", out)


@pytest.mark.parametrize(
    "argv",
    [
        ["variants", "BRIEF", "--vary", "headline", "--csv", "{missing}/x.csv"],
        ["variants", "BRIEF", "--vary", "headline", "--xlsx", "{missing}/x.xlsx"],
        ["plan", "BRIEF", "--out", "{missing}/plan.md"],
        ["analyze", "EXPORT", "--html", "{missing}/report.html"],
    ],
)
def test_an_output_folder_must_exist(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no" / "such" / "dir"
    export = tmp_path / "export.csv"
    export.write_text("Ad name,Impressions,Link clicks\nA,1000,10\nB,1000,20\n", "utf-8")
    args = [
        a.replace("{missing}", str(missing))
        .replace("BRIEF", str(EXAMPLES / "brief.yaml"))
        .replace("EXPORT", str(export))
        for a in argv
    ]
    code, _, err = _cli(args, capsys)
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err, err
    assert str(missing) in err and not (tmp_path / "no").exists()


def test_writers_never_create_folders(tmp_path: Path) -> None:
    from adsage.atomic_files import write_text_atomic
    from adsage.errors import BadInput
    from adsage.export import write_csv

    with pytest.raises(BadInput, match="does not exist"):
        write_csv([], tmp_path / "a" / "x.csv")
    with pytest.raises(BadInput, match="does not exist"):
        write_text_atomic(tmp_path / "b" / "x.md", "text")
    # only ADSAGE_HOME (tmp_path / "home"), where the rule data read on the way is kept
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == []


@pytest.mark.parametrize("argv", [["index"], ["search", "budget"], ["ask", "How long?"]])
def test_an_unusable_home_names_the_setting(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("ADSAGE_HOME", str(blocker / "home"))  # a file where a folder must go
    code, _, err = _cli(argv, capsys)
    assert code == 2 and err.count("\n") == 1, err
    assert "ADSAGE_HOME" in err and "--rebuild" not in err and "Traceback" not in err


def test_a_bad_brief_in_a_batch_is_bad_input_named_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "brief.yaml", folder / "a.yaml")
    (folder / "b.yaml").write_text("brand: X\nbudjet: 3\n", "utf-8")
    code, _, err = _cli(["variants", str(folder / "*.yaml"), "--vary", "headline"], capsys)
    assert code == 2
    errors = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and errors[0].count("b.yaml") == 1, err
    assert "did you mean 'budget'" in errors[0]


def test_unknown_fields_list_the_valid_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ad.yaml"
    path.write_text("headlin: Fresh bread\n", "utf-8")
    code, _, err = _cli(["check", "copy", str(path)], capsys)
    assert code == 2 and "unknown field 'headlin'; did you mean 'headline'?" in err
    assert "valid fields: primary_text, headline, description, cta, link, placement, lang" in err
    brief = yaml.safe_load((EXAMPLES / "brief.yaml").read_text("utf-8"))
    brief["audience"]["ages"] = [20, 30]
    path.write_text(yaml.safe_dump(brief), "utf-8")
    code, _, err = _cli(["plan", str(path)], capsys)
    assert code == 2 and "unknown field 'audience.ages'; did you mean 'age'?" in err
    assert "valid fields: locations, age, genders" in err


@pytest.mark.parametrize("kind", ["copy", "creative", "targeting", "budget", "abtest"])
def test_every_check_example_is_valid_input(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / f"check_{kind}.yaml"
    code, _, err = _cli(["check", kind, str(path)], capsys)
    assert code == 0, err
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"`check {kind}`" in readme and f"examples/check_{kind}.yaml" in readme


def test_readme_writes_plan_json_before_checking_it() -> None:
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    check = next(i for i, ln in enumerate(lines) if "check plan plan.json" in ln)
    assert any("--out plan.json" in ln for ln in lines[:check])


def test_index_alone_rescans_remembered_folders(settings, tiny_knowledge, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from adsage.knowledge.ingest import index_paths
    from adsage.knowledge.store import Store

    user = tmp_path / "mine"
    user.mkdir()
    doc = user / "notes.md"
    doc.write_text("# Notes\n\n## Reels\nKeep reels under thirty seconds.\n", "utf-8")
    index_paths(settings, [user])
    doc.write_text("# Notes\n\n## Reels\nKeep reels under fifteen seconds.\n", "utf-8")
    (user / "new.md").write_text("# New\n\n## Stories\nStories need a 9:16 frame.\n", "utf-8")
    summary = index_paths(settings)  # no paths: what "adsage index" does
    assert summary.updated == [str(doc.resolve())]
    assert summary.added == [str((user / "new.md").resolve())]
    texts = " ".join(str(m.get("source")) for m in Store(settings).all_metadata().values())
    assert str((user / "new.md").resolve()) in texts
