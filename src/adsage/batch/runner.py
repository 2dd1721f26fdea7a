"""Run variant generation over many briefs and survive being killed.

Each finished brief is checkpointed in the state store under ``ADSAGE_HOME`` before it is
reported, keyed by a hash of the brief's bytes, the options, the engine and the model; a
restarted batch loads finished jobs instead of redoing them, and the output is assembled
from the per-brief results in the order the briefs were given, so a resumed run writes the
same file as an uninterrupted one (nothing lost, nothing twice).  Model calls wait on the
network, so threads give real concurrency there; offline generation is CPU-bound and runs
in the calling thread.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from adsage.batch.shared import POLL, SharedQueue
from adsage.config import Settings
from adsage.drafting.base import Engine
from adsage.errors import AdsageError, BadInput

if TYPE_CHECKING:
    from adsage.export import Sheet, SheetOptions
    from adsage.models.brief import Brief
    from adsage.variants.models import VariantSet

NAMESPACE = "variants.batch"
KEY_VERSION = 1
Status = Literal["done", "resumed", "failed"]
Progress = Callable[[int, int, Path, Status], None]
_LOOKUPS = 8  # more briefs than this: list the stored checkpoints once, not a lookup each


@dataclass
class JobResult:
    path: Path
    key: str
    result: VariantSet | None = None
    error: str | None = None
    resumed: bool = False
    exit_code: int = 1  # of a failure: 2 when the brief itself is bad input
    brief: Brief | None = None


@dataclass
class BatchResult:
    jobs: list[JobResult] = field(default_factory=list)

    @property
    def sets(self) -> list[VariantSet]:
        return [j.result for j in self.jobs if j.result is not None]

    @property
    def failures(self) -> list[tuple[Path, str]]:
        return [(j.path, j.error) for j in self.jobs if j.error is not None]

    @property
    def exit_code(self) -> int:
        """0 when every brief went through, else the worst failure's code (2: bad input)."""
        return max((j.exit_code for j in self.jobs if j.error is not None), default=0)

    @property
    def ok(self) -> bool:
        return not self.failures and all(s.ok for s in self.sets)

    @property
    def briefs(self) -> list[Brief | None]:
        """The brief of each set in :attr:`sets` (the export reads schedule and budget)."""
        return [j.brief for j in self.jobs if j.result is not None]

    def sheet(self, options: SheetOptions | None = None) -> Sheet:
        from adsage.export import variant_sheet

        return variant_sheet(self.sets, self.briefs, options)

    def rows(self, *, campaign: str | None = None) -> list[dict[str, str]]:
        from adsage.export import SheetOptions

        return self.sheet(SheetOptions(campaign=campaign)).rows


def engine_id(settings: Settings) -> tuple[str, str]:
    """Engine and model as they enter the checkpoint key (model runs differ per model)."""
    if settings.llm != "openai":
        return "offline", ""
    from adsage.drafting.llm import DEFAULT_OPENAI_MODEL

    model = settings.model or ("" if settings.openai_base_url else DEFAULT_OPENAI_MODEL)
    return "openai", f"{settings.openai_base_url or ''}|{model}"


def job_key(raw: bytes, *, vary: str, n: int, settings: Settings) -> str:
    engine, model = engine_id(settings)
    options = json.dumps(
        {"v": KEY_VERSION, "vary": vary, "n": n, "engine": engine, "model": model},
        sort_keys=True,
    )
    return hashlib.sha256(raw + b"\x00" + options.encode()).hexdigest()


def run_batch(
    briefs: Sequence[Path],
    *,
    vary: str,
    n: int,
    settings: Settings,
    engine_factory: Callable[[], Engine] | None = None,
    concurrency: int = 4,
    progress: Progress | None = None,
) -> BatchResult:
    """Generate a variant set per brief; failures are recorded per brief, never raised."""
    from adsage.state.store import open_state
    from adsage.variants.generate import check_options

    check_options(vary, n)
    store = open_state(settings)
    jobs = [_prepare(Path(p), vary, n, settings) for p in briefs]
    total, done = len(jobs), 0

    def report(job: JobResult, status: Status) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, job.path, status)

    # One look at which checkpoints exist instead of one per brief; a checkpoint another
    # worker writes after this look is picked up by the queue (see settle_elsewhere).
    stored = set(store.keys(NAMESPACE)) if len(jobs) > _LOOKUPS else None
    pending: list[JobResult] = []
    for job in jobs:
        if job.error is None:
            known = stored is None or job.key in stored
            saved = store.get(NAMESPACE, job.key) if known else None
            if saved is not None and _restore(job, saved):
                report(job, "resumed")
                continue
            pending.append(job)
        else:
            report(job, "failed")

    factory = engine_factory or _default_factory(settings)
    workers = max(1, concurrency) if settings.llm == "openai" else 1
    groups: dict[str, list[JobResult]] = {}  # identical briefs share a key: drafted together
    for job in pending:
        groups.setdefault(job.key, []).append(job)
    batch = [j.key for j in jobs if j.key]
    queue = SharedQueue(store, NAMESPACE, batch, list(groups), settings)

    def run_group(key: str) -> None:
        for job in groups[key]:
            _run(job, vary, n, settings, factory)

    def settle(key: str, take_next: bool = False) -> str | None:
        """Checkpoint and release a drafted key; ``take_next``: take the next key in the
        same transaction and return it."""
        jobs = groups.pop(key)
        done_jobs = [j for j in jobs if j.result is not None]
        # identical briefs share the key: the last one's checkpoint is saved together with
        # the key's release (one commit per brief)
        last = done_jobs[-1] if done_jobs else None
        for job in done_jobs[:-1]:
            store.put(NAMESPACE, job.key, _checkpoint(job))
        value = _checkpoint(last) if last is not None else None
        failed = next((j for j in jobs if j.result is None), None)
        take_next = take_next and bool(groups)  # as the loop does: none taken after the last
        if failed is None:
            following = queue.settle(key, value, take_next=take_next)
        else:
            error = failed.error or "failed"
            following = queue.settle(key, value, error, failed.exit_code, take_next=take_next)
        if following is not None:
            holding.add(following)
        for job in jobs:
            report(job, "done" if job.result is not None else "failed")
        return following

    def settle_elsewhere() -> bool:
        """Report briefs other workers finished or failed; False when none changed."""
        moved = False
        for key, st in queue.status(list(groups)).items():
            if st["saved"]:
                saved = store.get(NAMESPACE, key) or {}
                for job in groups.pop(key):
                    if not _restore(job, saved):
                        job.error = "its saved result cannot be read; run the batch again"
                    report(job, "resumed" if job.error is None else "failed")
                moved = True
            elif st["state"] == "failed" and st["owner"] != queue.owner:
                for job in groups.pop(key):
                    job.error, job.exit_code = st["error"], int(st["exit_code"] or 1)
                    report(job, "failed")
                moved = True
        return moved

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="adsage-batch")
    running: dict[Future[None], str] = {}
    holding: set[str] = set()  # taken, not yet settled: handed back if this run stops
    taken: str | None = None  # the next key, taken with the last one's settling
    try:
        while groups:
            while len(running) < workers and (key := taken or queue.take()) is not None:
                holding.add(key)
                taken = None
                if workers == 1:  # offline drafting is CPU-bound: stay in this thread
                    run_group(key)
                    taken = settle(key, take_next=True)
                    holding.discard(key)
                    continue
                running[pool.submit(run_group, key)] = key
            if running:
                finished, _ = wait(running, timeout=POLL, return_when=FIRST_COMPLETED)
                for fut in finished:
                    key = running.pop(fut)
                    fut.result()
                    settle(key)
                    holding.discard(key)
            elif groups and not settle_elsewhere():
                time.sleep(POLL)  # the rest is held by other workers
    except BaseException:
        for fut in running:
            fut.cancel()
        with suppress(Exception):  # the original error matters more than this courtesy
            queue.hand_back(holding)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return BatchResult(jobs)


def _checkpoint(job: JobResult) -> dict[str, Any]:
    assert job.result is not None  # only finished jobs are checkpointed
    return {"path": str(job.path), "set": _dump(job.result)}


def _prepare(path: Path, vary: str, n: int, settings: Settings) -> JobResult:
    from adsage.inputs import read_bytes
    from adsage.models.brief import MAX_BRIEF_BYTES

    try:  # bounded: /dev/zero among the briefs costs 64 KB, and load_brief reports it
        raw = read_bytes(path, MAX_BRIEF_BYTES, "brief")
    except BadInput as exc:
        return JobResult(path, "", error=str(exc).removeprefix(f"{path}: "), exit_code=2)
    return JobResult(path, job_key(raw, vary=vary, n=n, settings=settings))


def _restore(job: JobResult, saved: dict[str, object]) -> bool:
    """Load a checkpoint; an unreadable one (older format) just means the job runs again."""
    from pydantic import ValidationError

    from adsage.variants.models import VariantSet

    try:
        result = VariantSet.model_validate(saved.get("set"))
    except ValidationError:
        return False
    job.result = result.model_copy(update={"brief_name": job.path.stem})
    job.resumed = True
    job.brief = _brief(job.path)
    return True


def _brief(path: Path) -> Brief | None:
    """The brief again for a resumed job (same bytes as when it ran: the key hashes them)."""
    from adsage.models.brief import load_brief

    try:
        return load_brief(path)
    except AdsageError:
        return None


def _dump(result: VariantSet) -> dict[str, object]:
    data: dict[str, object] = result.model_dump(mode="json")
    return data


def _run(
    job: JobResult, vary: str, n: int, settings: Settings, factory: Callable[[], Engine]
) -> None:
    """One brief; every failure becomes the job's one-line reason."""
    from adsage.models.brief import load_brief
    from adsage.variants.generate import generate_variants

    try:
        brief = load_brief(job.path)
        job.brief = brief
        job.result = generate_variants(
            brief, vary, n, settings=settings, engine=factory(), name=job.path.stem
        )
    except AdsageError as exc:  # the message names the file; the caller prints the path
        job.error = _line(str(exc).removeprefix(f"{job.path}: "))
        job.exit_code = exc.exit_code
    except Exception as exc:  # a bug or a library error in one brief must not stop the rest
        job.error = _line(f"{type(exc).__name__}: {exc}")


def _line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else "unexpected error"
    return first[:300]


def _default_factory(settings: Settings) -> Callable[[], Engine]:
    def make() -> Engine:
        from adsage.advisor.plan import make_engine

        return make_engine(settings)

    return make
