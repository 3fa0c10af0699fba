"""Build both editions of the book at once: the English one into _build/html, the Dutch one (nl/)
into _build/nl, then copied to _build/html/nl, where the site publishes it.

    python tools/build_editions.py [ROOT] [-- EXTRA JUPYTER-BOOK OPTIONS]   (make book, make book-strict)

Each build is mostly one process at a time (Sphinx, or the kernel running a chapter), so on two
cores both editions build in about the time of one. They share nothing they write: each has its
own execution cache and output folder, their charts' files are named by their content, the
validated package is kept under one name written atomically, and only the English edition writes
the downloads. Each edition's output is printed when it finishes, one after the other; the command
fails if either build fails, and the site gets no Dutch copy then.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

JB = Path(sys.executable).with_name("jupyter-book")


def commands(extra: list[str]) -> dict[str, list[str]]:
    """The two builds, each run from the book's root."""
    return {
        "en": [str(JB), "build", ".", "--builder", "html", *extra],
        "nl": [str(JB), "build", "nl", "--builder", "html", "--path-output", "_build/nl", *extra],
    }


def build(root: Path, extra: list[str] = ()) -> int:
    """Run both builds in `root` at once; copy the Dutch one into the site if both succeed."""
    root = Path(root).resolve()
    running = {}
    with tempfile.TemporaryDirectory(prefix="nlcn-editions-") as folder:
        for edition, command in commands(list(extra)).items():
            log = open(Path(folder) / f"{edition}.log", "w+", encoding="utf-8")
            running[edition] = (subprocess.Popen(command, cwd=root, stdout=log, stderr=subprocess.STDOUT), log)
        failed = []
        for edition, (process, log) in running.items():
            code = process.wait()
            log.seek(0)
            sys.stdout.write(log.read())
            log.close()
            if code != 0:
                failed.append(edition)
    if failed:
        print(f"build_editions: the {' and '.join(failed)} edition failed (see its output above)", file=sys.stderr)
        return 1
    site = root / "_build" / "html" / "nl"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(root / "_build" / "nl" / "_build" / "html", site)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    extra = args[args.index("--") + 1:] if "--" in args else []
    paths = args[: args.index("--")] if "--" in args else args
    raise SystemExit(build(Path(paths[0]) if paths else Path(__file__).resolve().parents[1], extra))
