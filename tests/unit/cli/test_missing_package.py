"""A package missing from the installation ends in one line that says how to mend it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = (
    "import sys; sys.modules['sqlalchemy'] = None\n"  # as if it were not installed
    "from adsage.cli import main; main(['chat', '--lang', 'pl'])\n"
)


def test_a_missing_package_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    env = {"ADSAGE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input="/quit\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith("error: the 'sqlalchemy' package is missing")
    assert "reinstall adsage" in lines[0]
