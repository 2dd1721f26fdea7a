"""Disk full (and over-quota) while writing an export, and a writer killed mid-file.

Three real failures, no mocks at the write boundary: a tiny tmpfs that really runs out of
space (needs mount rights, skipped otherwise), a file-size limit (``RLIMIT_FSIZE``, so the
kernel refuses the write with EFBIG) and ``kill -9`` while the temp file is half written.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from rel_support import ADSAGE, ROOT, env_for, temp_leftovers, wait_until

from adsage.export.files import ExportError, write_csv

BIG_ROWS = [{"Ad Name": f"ad {i}", "Body": "x" * 1000} for i in range(300)]  # ~300 KB


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KB tmpfs, unmounted afterwards."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); RLIMIT test covers it")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_keeps_the_previous_file_and_leaves_no_temp(tiny_disk: Path) -> None:
    out = tiny_disk / "ads.csv"
    write_csv([{"Ad Name": "old", "Body": "previous export"}], out)
    before = out.read_bytes()
    with pytest.raises(ExportError) as err:
        write_csv(BIG_ROWS, out)
    assert err.value.errno == errno.ENOSPC
    assert str(err.value) == (
        f"cannot write {out}: No space left on device; free some disk space or write to "
        "another folder; the previous file is unchanged"
    )
    assert out.read_bytes() == before
    assert temp_leftovers(tiny_disk) == []


def test_disk_full_through_the_cli_is_one_line(tiny_disk: Path, tmp_path: Path) -> None:
    out = tiny_disk / "ads.csv"
    out.write_text("previous", "utf-8")
    filler = tiny_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # take every free page
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    cmd = [ADSAGE, "variants", str(ROOT / "examples" / "brief.yaml"), "--vary", "headline"]
    done = subprocess.run(
        [*cmd, "--n", "3", "--csv", str(out)],
        env=env_for(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"error: cannot write {out}: No space left on device; free some disk space or write "
        "to another folder; the previous file is unchanged"
    )
    assert "Traceback" not in done.stderr
    assert out.read_text("utf-8") == "previous"
    assert temp_leftovers(tiny_disk) == []


_LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from adsage.export.files import ExportError, write_csv
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
    rows = [{"Ad Name": f"ad {i}", "Body": "x" * 1000} for i in range(300)]
    try:
        write_csv(rows, Path(sys.argv[1]))
    except ExportError as exc:
        print(exc.errno, exc, sep="|")
    """
)


def test_file_size_limit_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "ads.csv"
    out.write_text("previous", "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _LIMITED, str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    code, message = done.stdout.strip().split("|")
    assert int(code) == errno.EFBIG, done.stderr
    assert message == (
        f"cannot write {out}: File too large; free some disk space or write to another "
        "folder; the previous file is unchanged"
    )
    assert out.read_text("utf-8") == "previous"
    assert temp_leftovers(tmp_path) == []


_SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from adsage.export.files import atomic_write
    def write(fh):
        fh.write(b"half of the new export")
        fh.flush()
        print("writing", flush=True)
        time.sleep(60)
    atomic_write(Path(sys.argv[1]), write)
    """
)


def test_kill_9_mid_write_keeps_the_old_file_and_the_next_write_cleans_up(
    tmp_path: Path,
) -> None:
    out = tmp_path / "ads.csv"
    write_csv([{"Ad Name": "old", "Body": "previous export"}], out)
    before = out.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(out)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    wait_until(lambda: bool(temp_leftovers(tmp_path)), timeout=10, what="the temp file")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert out.read_bytes() == before  # the half-written file never replaced the old one
    assert len(temp_leftovers(tmp_path)) == 1  # what kill -9 leaves behind ...
    write_csv([{"Ad Name": "new", "Body": "next export"}], out)
    assert temp_leftovers(tmp_path) == []  # ... is removed by the next write
    assert b"next export" in out.read_bytes()
