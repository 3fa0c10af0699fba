"""Helpers to show that the same commit gives the same bytes: run a piece of the build in
fresh processes (different hash seeds, time zones and working directories) and compare every
file it writes.

    first, second = run_twice(code, tmp_path)   # code writes into the directory in sys.argv[1]
    assert_same_files(first, second)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

# Differences between two runs that must not change a single output byte.
VARIANTS = [
    {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"},
    {"PYTHONHASHSEED": "2", "TZ": "Asia/Shanghai", "LC_ALL": "C.UTF-8"},
]


def file_digests(root: Path) -> dict[str, str]:
    """sha256 of every file under root, by path relative to root."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*")) if path.is_file()
    }


def assert_same_files(first: Path, second: Path) -> None:
    a, b = file_digests(first), file_digests(second)
    assert a, f"nothing was written to {first}"
    assert sorted(a) == sorted(b), f"different files: {sorted(set(a) ^ set(b))}"
    differing = [name for name in a if a[name] != b[name]]
    assert not differing, f"files differ between two runs: {differing}"


def run_twice(code: str, tmp_path: Path, timeout: int = 600) -> tuple[Path, Path]:
    """Run `python -c code OUTDIR` in two fresh processes at once, each with its own variant
    of the environment and working directory; return the two output directories."""
    runs = []
    for number, variant in enumerate(VARIANTS, start=1):
        out, cwd = tmp_path / f"run{number}" / "out", tmp_path / f"run{number}" / "cwd"
        out.mkdir(parents=True)
        cwd.mkdir(parents=True)
        env = {**os.environ, **variant}
        runs.append((out, subprocess.Popen([sys.executable, "-c", code, str(out)], cwd=cwd, env=env,
                                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    for out, process in runs:
        _, err = process.communicate(timeout=timeout)
        assert process.returncode == 0, err[-3000:]
    return runs[0][0], runs[1][0]
