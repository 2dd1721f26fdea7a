"""Send the built requests, record every created id, continue after a crash, undo a run.

A run is keyed by the plan's content hash (plan, account, page, pixel, images), so running the
same command again after a failure skips what the state store says exists and creates the
rest; nothing is ever created twice and nothing is ever set active.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.errors import AdsageError, BadInput
from adsage.meta.build import REF, Request, Step

if TYPE_CHECKING:
    from adsage.meta.graph import Graph
    from adsage.state.store import StateStore

RUN_PREFIX = "pub-"
_TIME_FIELDS = ("start_time", "end_time")
_LABEL = {"campaign": "campaign", "adset": "ad set", "creative": "creative", "ad": "ad"}


class PublishError(AdsageError):
    """A request Meta refused: one line with the object, Meta's reason and how to clean up."""


def run_id(plan_hash: str) -> str:
    return RUN_PREFIX + plan_hash[:16]


def check_account(value: str | None) -> str:
    if not value:
        raise BadInput("--account: give the ad account id (act_123...) or set META_AD_ACCOUNT_ID")
    value = value.strip()
    if re.fullmatch(r"\d{5,20}", value):
        value = "act_" + value
    if not re.fullmatch(r"act_\d{5,20}", value):
        raise BadInput(f"--account {value!r}: write the ad account id as act_ followed by digits")
    return value


@dataclass
class Outcome:
    run: str
    created: list[dict[str, str]] = field(default_factory=list)
    reused: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"run": self.run, "created": self.created, "reused": self.reused}


def resolve(value: Any, ids: dict[str, str]) -> Any:
    """Replace ``$ref:KEY`` strings with the ids the run has created so far."""
    if isinstance(value, str) and value.startswith(REF):
        return ids[value[len(REF) :]]
    if isinstance(value, dict):
        return {k: resolve(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, ids) for v in value]
    return value


def account_zone(graph: Graph, account: str) -> str | None:
    """The ad account's IANA time zone: Meta reads schedule times in it unless told otherwise."""
    body = graph.get((account,), {"fields": "timezone_name"})
    zone = body.get("timezone_name")
    return zone if isinstance(zone, str) and zone else None


def localise(params: dict[str, Any], zone: str | None) -> dict[str, Any]:
    """Give schedule times the account zone's UTC offset for that day (DST included), so a
    start at midnight means midnight where the advertiser is, whatever Meta assumes."""
    if zone is None:
        return params
    from datetime import datetime
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return params
    out = dict(params)
    for name in _TIME_FIELDS:
        value = out.get(name)
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", value):
            out[name] = datetime.fromisoformat(value).replace(tzinfo=tz).isoformat()
    return out


def publish(
    request: Request,
    graph: Graph,
    store: StateStore,
    account: str,
    images: dict[str, Path],
    *,
    after_step: Callable[[Step, str], None] | None = None,
    zone: str | None = None,
) -> Outcome:
    """Create every object the run does not have yet; all of them PAUSED."""
    run = run_id(request.plan_hash)
    done = {r["step"]: r for r in store.published(run)}
    ids = {k: r["object_id"] for k, r in done.items()}
    out = Outcome(run)
    for step in request.steps:
        if step.key in done:
            out.reused.append(_entry(step, ids[step.key]))
            continue
        params = localise(resolve(step.params, ids), zone)
        try:
            object_id = _send(graph, step, params, account, images)
        except AdsageError as exc:
            raise PublishError(_stopped(step, str(exc), store, run)) from None
        ids[step.key] = object_id
        store.record_published(run, step.key, step.kind, object_id, account)
        out.created.append(_entry(step, object_id))
        if after_step is not None:
            after_step(step, object_id)
    return out


def _send(
    graph: Graph, step: Step, params: dict[str, Any], account: str, images: dict[str, Path]
) -> str:
    if step.kind == "geo":
        key = graph.geo_key(params)
        if key is None:
            raise BadInput(f"Meta knows no location named {step.name!r} [field q]")
        return key
    return graph.create(step.kind, account, params, images.get(step.name))


def _entry(step: Step, object_id: str) -> dict[str, str]:
    return {"step": step.key, "kind": step.kind, "name": step.name, "id": object_id}


def _stopped(step: Step, reason: str, store: StateStore, run: str) -> str:
    made = [r for r in store.published(run) if r["kind"] in _LABEL]
    what = f"{_LABEL.get(step.kind, step.kind)} {step.name!r}"
    if not made:
        return f"{what}: {reason}; nothing was created"
    listed = ", ".join(f"{_LABEL[r['kind']]} {r['object_id']}" for r in made)
    return (
        f"{what}: {reason}; already created (paused): {listed}; re-run the same command to "
        f"continue, or remove them with: adsage publish --undo {run}"
    )


def undo(run: str, graph: Graph, store: StateStore) -> list[dict[str, str]]:
    """Delete what the run created, newest first (ads before ad sets before the campaign)."""
    if not run.startswith(RUN_PREFIX):
        raise BadInput(f"--undo {run!r}: give the run id a publish printed (pub-...)")
    rows = store.published(run)
    if not rows:
        raise BadInput(f"--undo {run}: no objects recorded for this run (already undone?)")
    removed: list[dict[str, str]] = []
    for row in reversed(rows):
        if row["kind"] != "geo":
            try:
                graph.delete(row["kind"], row["object_id"], row["account"])
            except AdsageError as exc:
                raise PublishError(
                    f"{_LABEL.get(row['kind'], row['kind'])} {row['object_id']}: {exc}; "
                    f"{len(removed)} objects removed, run --undo {run} again to go on"
                ) from None
            removed.append(row)
        store.forget_published(run, row["step"])
    return removed


@contextlib.contextmanager
def run_lock(home: Path, run: str) -> Iterator[None]:
    """One publish of a run at a time: two at once would both see a step missing and create it
    twice. The second one stops at once with a clear line instead of waiting."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(home / f"{run}.publish.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise AdsageError(
            f"another `adsage publish` of this plan (run {run}) is running; wait for it to "
            "finish, then run the command again to see what it created"
        ) from None
    try:
        yield
    finally:
        lock.release()
