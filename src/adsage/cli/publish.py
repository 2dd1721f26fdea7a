"""``adsage publish``: a checked plan or A/B set as paused Marketing API drafts.

Dry run by default (the exact requests, no network call); ``--live`` sends them with the
token from ``META_ACCESS_TOKEN``; ``--undo RUN`` deletes what a run created.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from adsage.errors import AdsageError, BadInput

if TYPE_CHECKING:
    from adsage.config import Settings
    from adsage.meta.build import Options, Request
    from adsage.meta.graph import Graph


AccountOpt = Annotated[
    str | None, typer.Option("--account", help="Ad account id act_... (or META_AD_ACCOUNT_ID).")
]


def publish(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="PLAN.json|VARIANTS.json",
            help="A plan (adsage plan --json) or a variants set (adsage variants --json).",
        ),
    ] = None,
    account: AccountOpt = None,
    page: Annotated[
        str | None, typer.Option("--page", help="Facebook Page id the ads run from.")
    ] = None,
    pixel: Annotated[
        str | None, typer.Option("--pixel", help="Meta pixel id (conversion campaigns).")
    ] = None,
    image: Annotated[
        list[Path] | None,
        typer.Option("--image", help="Image file (repeatable; an image test: one per ad)."),
    ] = None,
    brief: Annotated[
        Path | None,
        typer.Option("--brief", help="The brief of a variants set: schedule, budget, places."),
    ] = None,
    text_options: Annotated[
        bool,
        typer.Option(
            "--text-options",
            help="One ad per ad set with every draft's text as options (asset_feed_spec).",
        ),
    ] = False,
    utm: Annotated[str | None, typer.Option("--utm", help="URL tags for every ad.")] = None,
    live: Annotated[
        bool, typer.Option("--live", help="Send the requests (needs META_ACCESS_TOKEN).")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the requests (or the result) as JSON here.")
    ] = None,
    undo: Annotated[
        str | None,
        typer.Option("--undo", metavar="RUN_ID", help="Delete what that run created."),
    ] = None,
) -> None:
    """Publish a plan or an A/B set to Meta as PAUSED drafts (dry run unless --live)."""
    from adsage.config import load_settings
    from adsage.meta.publish import check_account

    settings = load_settings()
    if undo is not None:
        _undo(undo, settings)
        return
    if file is None:
        raise BadInput("give PLAN.json or VARIANTS.json to publish (or --undo RUN_ID)")
    if out is not None:
        from adsage.inputs import require_parent

        require_parent(out, "--out")
    acct = check_account(account or settings.meta_ad_account_id)
    request, opts = _request(file, acct, page, pixel, image or [], brief, text_options, utm)
    from adsage.meta.publish import run_id

    run = run_id(request.plan_hash)
    if not live:
        payload = {"dry_run": True, "run": run, "account": acct, **request.as_dict()}
        _emit(payload, out)
        sys.stderr.write(
            f"dry run: {len(request.steps)} requests, none sent; add --live to create them "
            "(all PAUSED)\n"
        )
        return
    graph = live_graph(settings)
    from adsage.meta.publish import publish as send
    from adsage.state.store import open_state

    store = open_state(settings)
    images = {p.name: p for p in opts.images}
    outcome = send(request, graph, store, acct, images)
    _emit({"dry_run": False, "account": acct, **outcome.as_dict()}, out)
    sys.stderr.write(
        f"run {run}: {len(outcome.created)} created, {len(outcome.reused)} already there, all "
        f"PAUSED; remove with: adsage publish --undo {run}\n"
    )


def _request(
    file: Path,
    account: str,
    page: str | None,
    pixel: str | None,
    images: list[Path],
    brief: Path | None,
    text_options: bool,
    utm: str | None,
) -> tuple[Request, Options]:
    """Validate and check the file, then build its requests; nothing is sent here."""
    import re

    from adsage.inputs import MAX_CHECK_BYTES, read_data
    from adsage.meta.build import Options

    if not page or not re.fullmatch(r"\d{5,20}", page):
        raise BadInput(f"--page {page!r}: give the numeric Facebook Page id from Business Suite")
    if pixel is not None and not re.fullmatch(r"\d{5,20}", pixel):
        raise BadInput(f"--pixel {pixel!r}: give the numeric pixel id from Events Manager")
    for p in images:
        if not p.is_file():
            raise BadInput(f"--image {p}: no such file")
        if p.suffix.lower() not in (".jpg", ".jpeg", ".png"):
            raise BadInput(f"--image {p}: use a JPG or PNG file")
    opts = Options(account, page, pixel, tuple(images), text_options, utm)
    data = read_data(file, MAX_CHECK_BYTES, "plan file")
    if not isinstance(data, dict):
        raise BadInput(f"{file}: expected one plan or one variants set (a JSON object)")
    if "vary" in data and "variants" in data:
        return _variants(file, data, brief, opts), opts
    return _plan(file, data, opts), opts


def _plan(file: Path, data: dict[str, Any], opts: Options) -> Request:
    from adsage.checks.plan import check_plan
    from adsage.meta.sources import plan_requests
    from adsage.models.plan import CampaignPlan
    from adsage.models.validation import validate_or_bad_input

    plan = validate_or_bad_input(CampaignPlan, data, str(file))
    errors = [f for f in check_plan(plan) if f.severity == "error"]
    if errors:
        first = errors[0]
        raise AdsageError(
            f"{file}: the plan fails `adsage check plan` ({len(errors)} errors; first: "
            f"{first.field}: {first.message}); fix it, nothing was sent"
        )
    return plan_requests(plan, opts)


def _variants(file: Path, data: dict[str, Any], brief: Path | None, opts: Options) -> Request:
    from adsage.meta.sources import variant_requests
    from adsage.models.brief import load_brief
    from adsage.models.validation import validate_or_bad_input
    from adsage.variants.models import VariantSet

    vs = validate_or_bad_input(VariantSet, data, str(file))
    if not vs.ok:
        raise AdsageError(
            f"{file}: the variants set has error findings; fix them, nothing was sent"
        )
    if brief is None:
        raise BadInput(
            f"--brief: a variants set carries no schedule or targeting; pass the brief {file} "
            "was made from"
        )
    return variant_requests(vs, load_brief(brief), opts)


def live_graph(settings: Settings) -> Graph:
    from adsage.meta.graph import Graph

    token = settings.meta_access_token.get_secret_value() if settings.meta_access_token else ""
    if not token.strip():
        raise BadInput(
            "the Marketing API needs a token: set META_ACCESS_TOKEN (permissions "
            "ads_management, ads_read)"
        )
    return Graph(token.strip(), graph_url=settings.graph_url, version=settings.graph_version)


def _undo(run: str, settings: Settings) -> None:
    from adsage.meta.publish import undo as remove
    from adsage.state.store import open_state

    graph = live_graph(settings)
    removed = remove(run.strip(), graph, open_state(settings))
    sys.stdout.write(json.dumps({"run": run, "deleted": removed}, indent=2) + "\n")
    sys.stderr.write(f"run {run}: {len(removed)} objects deleted\n")


def _emit(payload: dict[str, Any], out: Path | None) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
        return
    from adsage.atomic_files import write_text_atomic

    write_text_atomic(out, text)
    sys.stderr.write(f"written to {out}\n")


def register(app: typer.Typer) -> None:
    app.command()(publish)
