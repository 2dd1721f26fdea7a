"""Child processes for the throughput benches: wall, CPU and peak RSS from ``wait4`` per
child, medians over runs interleaved with their floor's runs (the machines are shared).

``ADSAGE_BENCH_SRC`` puts another source tree first on the children's path, so one run can
measure a before/after pair: ``git archive <commit> src | tar -x -C /tmp/old`` then
``ADSAGE_BENCH_SRC=/tmp/old/src``.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", **extra}
    src = os.environ.get("ADSAGE_BENCH_SRC")
    if src:
        env["PYTHONPATH"] = os.pathsep.join([src, str(ROOT), env.get("PYTHONPATH", "")])
    else:
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


def measure(
    cmd: list[str], env: dict[str, str], ok: tuple[int, ...] = (0, 1), capture: bool = False
) -> dict[str, Any]:
    """One child: wall seconds, CPU seconds (user + system) and peak RSS in MiB of exactly
    this child, plus its stdout when ``capture``."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=err
        )
        out = proc.stdout.read() if proc.stdout is not None else b""
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in ok:
            err.seek(0)
            tail = err.read()[-400:].decode("utf-8", "replace")
            raise RuntimeError(f"{' '.join(cmd[:5])} exited {proc.returncode}: {tail}")
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / 1024,
        "stdout": out.decode("utf-8", "replace"),
    }


def paired(
    cmds: dict[str, list[str]], env: dict[str, str], runs: int, ok: tuple[int, ...] = (0, 1)
) -> dict[str, dict[str, float]]:
    """Each command ``runs`` times, interleaved, as medians per command."""
    samples: dict[str, list[dict[str, Any]]] = {k: [] for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            samples[name].append(measure(cmd, env, ok))
    return {
        name: {
            key: round(statistics.median(s[key] for s in got), 3)
            for key in ("wall_s", "cpu_s", "peak_mib")
        }
        for name, got in samples.items()
    }


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else 0.0


def load_test_module(relative: str, name: str) -> Any:
    """A helper module from tests/ (data generators shared with the tests)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
