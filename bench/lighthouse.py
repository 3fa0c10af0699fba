"""Lighthouse (pinned in tools/lighthouse) on built pages, served gzip-compressed from 127.0.0.1
as a web server would: each page's mobile performance score and the bytes it transferred.

    python bench/lighthouse.py [--sample] [SITE]

Every page is audited (`--sample` audits only every chapter, the search page and the first,
middle and last generated page of each kind, which share their template and assets with the
others of their kind), one after another in one Chrome (tools/lighthouse/run.mjs).
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "lighthouse"
LIGHTHOUSE = TOOL / "node_modules" / "lighthouse" / "cli" / "index.js"
TEXT = {".html", ".js", ".css", ".svg", ".json", ".csv", ".txt", ".xml", ".map", ".geojson", ".md", ".ipynb"}


class Compressed(SimpleHTTPRequestHandler):
    """Static files, text compressed with gzip when the browser accepts it (as GitHub Pages does)."""

    cache: dict[Path, bytes] = {}

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in TEXT or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        if path not in self.cache:
            self.cache[path] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = self.cache[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path) -> tuple[ThreadingHTTPServer, int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Compressed, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def install() -> None:
    """npm ci of the pinned Lighthouse, once."""
    stamp = TOOL / "node_modules" / ".installed"
    if stamp.is_file():
        return
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=TOOL, check=True)
    stamp.touch()


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise SystemExit("headless Chromium is needed (make system-deps)")
    return found


RUNNER = TOOL / "run.mjs"


def audit_all(urls: list[str]) -> list[dict]:
    """Lighthouse's mobile performance audit (its default simulated throttling) of every address,
    one after another in one Chrome (tools/lighthouse/run.mjs)."""
    result = subprocess.run(
        ["node", str(RUNNER)], input="\n".join(urls) + "\n", capture_output=True, text=True, check=True,
        env={"CHROME_PATH": chromium(), "PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(Path.home())},
        timeout=60 * 60 * 3,
    )
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def pages(site: Path, every: bool) -> list[str]:
    """The pages to audit, as paths below the site."""
    built = sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "_static" not in p.parts and "_sources" not in p.parts)
    if every:
        return [p for p in built if p != "index.html"]  # the root index only redirects
    # The chapters of both editions, then three pages of each generated kind.
    chosen = [p for p in built if p.removeprefix("nl/").count("/") <= 1 and p.removeprefix("nl/") not in ("index.html", "genindex.html")]
    kinds = {
        "tie": [p for p in built if p.startswith("chapters/ties/")],
        "Chinese authority": [p for p in built if p.startswith("chapters/authorities/cn-")],
        "Dutch authority": [p for p in built if p.startswith("chapters/authorities/nl-") and "class=\"nlcn-facts\"" in (site / p).read_text(encoding="utf-8") and "Ties of " in (site / p).read_text(encoding="utf-8")],
        "census only": [p for p in built if p.startswith("chapters/authorities/nl-") and "Ties of " not in (site / p).read_text(encoding="utf-8")],
    }
    for group in kinds.values():
        if group:
            chosen += sorted({group[0], group[len(group) // 2], group[-1]})
    return chosen


def run(site: Path, every: bool = False) -> list[dict]:
    install()
    server, port = serve(site)
    try:
        chosen = pages(site, every)
        prefix = f"http://127.0.0.1:{port}/"
        results = [{"page": r.pop("url")[len(prefix):], **r} for r in audit_all([prefix + page for page in chosen])]
        for result in results:
            print(f"{result['score']:.2f}  {result['transferred_bytes'] / 1000:7.1f} kB  {result['page']}")
        return results
    finally:
        server.shutdown()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    site = Path(args[0]) if args else ROOT / "_build" / "html"
    run(site, every="--sample" not in sys.argv)
