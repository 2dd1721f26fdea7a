"""``adsage variants`` (A/B creative variants, batch export) and ``adsage abplan`` (test sizing)."""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from adsage.cli.sheet import (
    CsvOpt,
    ImageOpt,
    PageOpt,
    PixelOpt,
    UtmOpt,
    VideoOpt,
    XlsxOpt,
    sheet_options,
    sheet_paths,
)
from adsage.errors import BadInput

if TYPE_CHECKING:
    from adsage.config import Settings
    from adsage.export import SheetOptions
    from adsage.models.brief import Brief
    from adsage.variants.models import VariantSet


def _expand(patterns: list[str]) -> list[Path]:
    """Paths in the order given; a quoted glob (the shell left it alone) is expanded here."""
    out: list[Path] = []
    for p in patterns:
        if any(ch in p for ch in "*?[") and not Path(p).exists():
            found = sorted(glob.glob(p))
            if not found:
                raise BadInput(f"{p}: no brief matches this pattern")
            out += [Path(f) for f in found]
        else:
            out.append(Path(p))
    return list(dict.fromkeys(out))


def _settings(llm: str | None, model: str | None, max_tokens: int | None = None) -> Settings:
    from adsage.cli.options import llm_settings

    settings: Settings = llm_settings(llm, model=model, max_tokens_per_batch=max_tokens)
    return settings


def variants(
    briefs: Annotated[
        list[str], typer.Argument(metavar="BRIEF...", help="Briefs (YAML/JSON) or a glob.")
    ],
    vary: Annotated[
        str,
        typer.Option(
            "--vary",
            help="Element under test: primary_text, headline, description, cta, image, audience.",
        ),
    ],
    n: Annotated[int, typer.Option("--n", help="Ads in the test, control included (2-5).")] = 3,
    csv_out: CsvOpt = None,
    xlsx_out: XlsxOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    llm: Annotated[
        str | None, typer.Option("--llm", metavar="ENGINE", help="offline (default) or openai.")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="Model for --llm openai.")] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", help="Briefs drafted at once with --llm openai.")
    ] = 4,
    campaign: Annotated[
        str | None, typer.Option("--campaign", help="Campaign Name for every exported row.")
    ] = None,
    image: ImageOpt = None,
    video: VideoOpt = None,
    utm: UtmOpt = None,
    page: PageOpt = None,
    pixel: PixelOpt = None,
    max_tokens: Annotated[
        int | None,
        typer.Option(
            "--max-tokens-per-batch",
            min=1,
            help="Cap model tokens for the whole batch (or ADSAGE_MAX_TOKENS_PER_BATCH).",
        ),
    ] = None,
) -> None:
    """A/B test variants that differ from a control in exactly one element."""
    from adsage.cli.check_media import export_media_ok
    from adsage.variants.generate import check_options

    check_options(vary, n)
    if not 1 <= concurrency <= 32:
        raise BadInput(f"--concurrency must be between 1 and 32, not {concurrency}")
    sheet_paths(csv_out, xlsx_out)
    options = sheet_options(
        image=image,
        video=video,
        utm=utm,
        page=page,
        pixel=pixel,
        campaign=campaign,
        vary=vary,
        ads=n,
    )
    paths = _expand(briefs)
    settings = _settings(llm, model, max_tokens)
    failures: list[tuple[Path, str]] = []
    code = 0
    if len(paths) == 1:
        sets, loaded = _single(paths[0], vary, n, settings)
    else:
        sets, loaded, failures, code = _batch(paths, vary, n, settings, concurrency)
    _write(sets, loaded, csv_out, xlsx_out, options)
    places = [p for b in loaded if b is not None for p in b.placements] or ["feed"]
    media_ok = export_media_ok(image, video, [("image", places), ("video", places)])
    if as_json:
        data = [s.model_dump(mode="json") for s in sets]
        sys.stdout.write(
            json.dumps(data[0] if len(paths) == 1 else data, ensure_ascii=False, indent=2) + "\n"
        )
    else:
        for s in sets:
            sys.stdout.write(_summary(s))
    for path, reason in failures:
        sys.stderr.write(f"error: {path}: {reason}\n")
    if failures or not media_ok or not all(s.ok for s in sets):
        raise typer.Exit(code or 1)


def _single(
    path: Path, vary: str, n: int, settings: Settings
) -> tuple[list[VariantSet], list[Brief | None]]:
    from adsage.models.brief import load_brief
    from adsage.variants.generate import generate_variants

    brief = load_brief(path)
    return [generate_variants(brief, vary, n, settings=settings, name=path.stem)], [brief]


def _batch(
    paths: list[Path], vary: str, n: int, settings: Settings, concurrency: int
) -> tuple[list[VariantSet], list[Brief | None], list[tuple[Path, str]], int]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from adsage.advisor.plan import make_engine
    from adsage.batch import run_batch
    from adsage.drafting.limits import TokenMeter

    # One meter for every engine of the batch: the token budget holds across briefs.
    meter = TokenMeter(settings.max_tokens_per_batch, "batch")

    def factory() -> Any:
        return make_engine(settings, meter=meter)

    console = Console(stderr=True)
    with Progress(
        TextColumn("variants"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task("", total=len(paths))

        def progress(done: int, total: int, path: Path, status: str) -> None:
            bar.update(task, completed=done, description=f"{path.name}: {status}")

        result = run_batch(
            paths,
            vary=vary,
            n=n,
            settings=settings,
            engine_factory=factory,
            concurrency=concurrency,
            progress=progress,
        )
    if meter.spent:
        console.print(
            f"note: the token budget of {meter.limit} per batch was spent ({meter.used} used); "
            "later drafts came from the offline engine",
            markup=False,
        )
    return result.sets, result.briefs, result.failures, result.exit_code


def _write(
    sets: list[VariantSet],
    briefs: list[Brief | None],
    csv_out: Path | None,
    xlsx_out: Path | None,
    options: SheetOptions,
) -> None:
    if csv_out is None and xlsx_out is None:
        return
    from adsage.cli.sheet import write_sheet
    from adsage.export import variant_sheet

    write_sheet(variant_sheet(sets, briefs, options), csv_out, xlsx_out)


def _badge(ok: bool, findings: int) -> str:
    return "ok" if ok and not findings else ("warnings" if ok else "errors")


def _summary(s: VariantSet) -> str:
    """The set in the brief's language: its ads with their findings, the test's findings and
    the sizing verdict."""
    from adsage.i18n import t

    lang = s.lang
    head = t(
        "variants.head", lang, name=s.brief_name, vary=s.vary, n=len(s.variants), language=lang
    )
    lines = [head]
    for ad in s.variants:
        value: Any = getattr(ad, s.vary)
        if isinstance(value, dict):
            value = value.get("label", "")
        badge = t(f"variants.badge.{_badge(ad.report.ok, len(ad.report.findings))}", lang)
        lines.append(f"  {ad.name} [{ad.angle} · {badge}]: {value}")
        for f in ad.report.findings:
            lines.append(f"     {_severity(f.severity, lang)}: {f.rule}: {f.message}")
    for f in s.set_report.findings:
        head = t("variants.test_finding", lang, severity=_severity(f.severity, lang))
        lines.append(f"  {head}: {f.rule}: {f.message}")
    verdict = s.ab_plan.get("verdict")
    if verdict:
        lines.append(f"  {t('variants.plan', lang)}: {verdict}")
    return "\n".join(lines) + "\n"


def _severity(severity: str, lang: str) -> str:
    from adsage.i18n import t

    return t(f"doc.severity.{severity}", lang)


def abplan(
    baseline: Annotated[
        float, typer.Option("--baseline-ctr", "--baseline", help="Current rate, 0.012 = 1.2%.")
    ],
    mde: Annotated[float, typer.Option("--mde", help="Smallest relative lift, 0.15 = +15%.")],
    metric: Annotated[str, typer.Option("--metric", help="ctr or cvr.")] = "ctr",
    alpha: Annotated[float, typer.Option("--alpha", help="Significance level.")] = 0.05,
    power: Annotated[float, typer.Option("--power", help="Statistical power.")] = 0.8,
    n_variants: Annotated[int, typer.Option("--variants", help="Ads in the test (2-5).")] = 2,
    cpm: Annotated[float | None, typer.Option("--cpm", help="Cost per 1,000 impressions.")] = None,
    daily_budget: Annotated[
        float | None, typer.Option("--daily-budget", help="Daily test budget.")
    ] = None,
    days: Annotated[
        int | None, typer.Option("--days", help="Days available (warns if too few).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    lang: Annotated[str, typer.Option("--lang", help="en or pl.")] = "en",
) -> None:
    """Size an A/B test: sample per variant, impressions, budget and days, with a verdict."""
    from adsage.planning.abplan import plan_ab_test

    _check_abplan(baseline, mde, metric, alpha, power, n_variants, cpm, daily_budget, days, lang)
    plan = plan_ab_test(
        baseline,
        mde,
        metric=metric,  # type: ignore[arg-type]
        variants=n_variants,
        alpha=alpha,
        power=power,
        cpm=cpm,
        daily_budget=daily_budget,
        lang=lang,
        available_days=days,
    )
    if as_json:
        sys.stdout.write(json.dumps(plan.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    from adsage.i18n import number, t

    def label(key: str) -> str:
        return t(f"abplan.{key}", lang)

    unit = label("unit_ctr" if metric == "ctr" else "unit_cvr")
    per = plan.impressions_needed // n_variants
    out = [
        f"{label('sample')}: {number(plan.sample_size_per_variant, lang)} {unit}",
        f"{label('impressions')}: {number(plan.impressions_needed, lang)} ({n_variants} × "
        f"{number(per, lang)})",
    ]
    if plan.budget_needed is not None and cpm is not None:
        budget = number(plan.budget_needed, lang, 2)
        out.append(f"{label('budget')}: {budget} {label('at_cpm')} {number(cpm, lang)}")
    if plan.days_needed is not None and daily_budget is not None:
        daily = number(daily_budget, lang)
        out.append(f"{label('days')}: {plan.days_needed} ({daily} {label('per_day')})")
    out.append(f"{label('verdict')}: {plan.verdict}")
    out += [f"{label('warning')}: {w}" for w in plan.warnings]
    sys.stdout.write("\n".join(out) + "\n")


def _check_abplan(
    baseline: float,
    mde: float,
    metric: str,
    alpha: float,
    power: float,
    n_variants: int,
    cpm: float | None,
    daily_budget: float | None,
    days: int | None,
    lang: str,
) -> None:
    """One line naming the option, before any maths runs on a meaningless input."""
    if not 0 < baseline < 1:
        raise BadInput(f"--baseline-ctr must be between 0 and 1 (0.012 = 1.2%), not {baseline:g}")
    if mde <= 0 or baseline * (1 + mde) >= 1:
        raise BadInput(f"--mde must be a positive relative lift (0.15 = +15%), not {mde:g}")
    if metric not in ("ctr", "cvr"):
        raise BadInput(f"--metric must be ctr or cvr, not '{metric}'")
    if not 0 < alpha < 0.5:
        raise BadInput(f"--alpha must be between 0 and 0.5 (0.05 is usual), not {alpha:g}")
    if not 0.5 <= power < 1:
        raise BadInput(f"--power must be between 0.5 and 1 (0.8 is usual), not {power:g}")
    if not 2 <= n_variants <= 5:
        raise BadInput(f"--variants must be between 2 and 5, not {n_variants}")
    if cpm is not None and cpm <= 0:
        raise BadInput(f"--cpm must be positive, not {cpm:g}")
    if daily_budget is not None and daily_budget <= 0:
        raise BadInput(f"--daily-budget must be positive, not {daily_budget:g}")
    if days is not None and days < 1:
        raise BadInput(f"--days must be at least 1, not {days}")
    if lang not in ("en", "pl"):
        raise BadInput(f"--lang must be en or pl, not '{lang}'")


def register(app: typer.Typer) -> None:
    app.command()(variants)
    app.command()(abplan)
