"""Request every source URL once and report which still answer (`make linkcheck`).

Opt-in and not part of `make test`: it needs the network, and websites come and go. Each URL
gets a HEAD request, then a GET where the server refuses HEAD. Results go to
OUT/linkcheck.json (every URL) and OUT/linkcheck.md (the ones to look at). Exit status 1 when
a link is broken (404, 410, other errors, no answer); answers that only refuse robots (401,
403, 429) are listed as blocked, not broken.

    python tools/linkcheck.py [--package datapackage/datapackage.json] [--out _build/linkcheck]
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from analysis import DEFAULT_PATH, load

USER_AGENT = "Mozilla/5.0 (compatible; nl-china-ties-linkcheck/1.0; +https://github.com/nl-china-ties/nl-china-ties)"
BLOCKED = {401, 403, 429}
RETRY_WITH_GET = {400, 403, 405, 406, 501}


@dataclass(frozen=True)
class Result:
    id: str
    url: str
    outcome: str  # ok, blocked or broken
    status: int | None
    final_url: str | None
    detail: str


def _request(url: str, method: str, timeout: float) -> tuple[int, str]:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.geturl()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.geturl() or url


def check_url(source_id: str, url: str, timeout: float = 20.0) -> Result:
    """One URL: HEAD, then GET if the server refuses HEAD."""
    try:
        status, final = _request(url, "HEAD", timeout)
        if status in RETRY_WITH_GET:
            status, final = _request(url, "GET", timeout)
    except Exception as exc:  # timeouts, DNS, TLS, refused connections: all mean "no answer"
        return Result(source_id, url, "broken", None, None, f"{type(exc).__name__}: {exc}")
    if 200 <= status < 400:
        outcome = "ok"
    elif status in BLOCKED:
        outcome = "blocked"
    else:
        outcome = "broken"
    return Result(source_id, url, outcome, status, final, "redirected" if final and final != url else "")


def check_all(items: list[tuple[str, str]], timeout: float = 20.0, workers: int = 8) -> list[Result]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda item: check_url(item[0], item[1], timeout), items))


def write_report(results: list[Result], out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    data = out / "linkcheck.json"
    data.write_text(json.dumps([asdict(r) for r in results], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {name: sum(r.outcome == name for r in results) for name in ("ok", "blocked", "broken")}
    lines = [
        "# Source links",
        "",
        f"{len(results)} source URLs: {counts['ok']} ok, {counts['blocked']} blocked (the site refuses robots), {counts['broken']} broken.",
        "",
        "| source | outcome | status | url | detail |",
        "|---|---|---|---|---|",
    ]
    for r in sorted(results, key=lambda r: (r.outcome != "broken", r.id)):
        if r.outcome != "ok":
            lines.append(f"| {r.id} | {r.outcome} | {r.status or ''} | <{r.url}> | {r.detail.replace('|', '/')} |")
    summary = out / "linkcheck.md"
    summary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package", type=Path, default=DEFAULT_PATH, help="datapackage.json")
    parser.add_argument("--out", type=Path, default=Path("_build/linkcheck"), help="directory for the reports")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per request")
    parser.add_argument("--workers", type=int, default=8, help="requests at a time")
    args = parser.parse_args(argv)
    sources = load(args.package)["sources"]
    items = list(zip(sources["id"], sources["url"]))
    line = {source_id: position + 2 for position, source_id in enumerate(sources["id"])}  # CSV line
    results = check_all(items, args.timeout, args.workers)
    _, summary = write_report(results, args.out)
    broken = [r for r in results if r.outcome == "broken"]
    for r in broken:
        print(f"sources:{line[r.id]}:url: {r.id}: {r.url}: {r.status or r.detail}", file=sys.stderr)
    print(f"{len(results)} source URLs checked, {len(broken)} broken; report: {summary}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
