"""A small deployment for tests: one ``chroma run``, one state database, N Slack workers.

Every process binds 127.0.0.1 on a port found free at run time; every worker has its own
empty ADSAGE_HOME, so anything it knows comes from the shared database and Chroma server.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fake_slack import FakeSlack
from slack_support import Bot, free_port, server_env


def chroma_binary() -> str:
    exe = Path(sys.executable).with_name("chroma")
    return str(exe) if exe.exists() else (shutil.which("chroma") or "")


def _wait_http(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"{url} did not come up:\n{text[-3000:]}")
        time.sleep(0.2)


def stop(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM, wait: float = 30) -> int:
    if proc.poll() is None:
        proc.send_signal(sig)
    try:
        return proc.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


@dataclass
class Worker:
    bot: Bot
    proc: subprocess.Popen[bytes]
    home: Path

    def health(self) -> tuple[int, dict[str, Any]]:
        try:
            with urllib.request.urlopen(self.bot.url + "/healthz", timeout=5) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())


@dataclass
class Cluster:
    root: Path
    fake: FakeSlack
    database_url: str
    chroma_url: str = ""
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start_chroma(self) -> str:
        port = free_port()
        log = self.root / "chroma.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [chroma_binary(), "run", "--path", str(self.root / "chroma-data")]
                + ["--host", "127.0.0.1", "--port", str(port)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.procs.append(proc)
        self.chroma_url = f"http://127.0.0.1:{port}"
        _wait_http(self.chroma_url + "/api/v2/heartbeat", proc, log, timeout=60)
        return self.chroma_url

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        return server_env(
            self.fake,
            home,
            ADSAGE_CHROMA_URL=self.chroma_url,
            ADSAGE_DATABASE_URL=self.database_url,
            **extra,
        )

    def worker(self, name: str, **extra: str) -> Worker:
        home = self.root / f"home-{name}"
        log = self.root / f"worker-{name}.log"
        port = free_port()
        cmd = [sys.executable, "-m", "adsage", "slack", "--http", "--host", "127.0.0.1"]
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [*cmd, "--port", str(port)],
                env=self.env(home, **extra),
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        _wait_http(url + "/healthz", proc, log)
        return Worker(Bot(url, self.fake, log), proc, home)

    def close(self) -> None:
        for proc in reversed(self.procs):
            stop(proc, wait=15)
