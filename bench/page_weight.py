"""Bytes a reader's browser fetches for each built page: the HTML plus every script, style
sheet, image and font it loads. Fonts are counted whenever a loaded style sheet names them
(WOFF2 only where a WOFF2 file is offered, as every current browser takes it), which overstates
what a browser fetches. Images inside <noscript> are not fetched and not counted.

Font Awesome's web fonts, which the theme's style sheet names, are not counted: the book draws
its icons from _static/icons.css and draws no glyph in those fonts, so no browser fetches them
(the accessibility check fails any page that does).

Two figures per page: raw bytes on disk, and bytes transferred with gzip compression, as web
servers (GitHub Pages among them) send text files."""

from __future__ import annotations

import gzip
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.assets: list[str] = []
        self._noscript = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "noscript":
            self._noscript += 1
        elif tag == "script" and attrs.get("src"):
            self.assets.append(attrs["src"])
        elif tag == "link" and attrs.get("href") and ("stylesheet" in (attrs.get("rel") or "") or attrs.get("rel") == "preload"):
            self.assets.append(attrs["href"])
        elif tag == "img" and attrs.get("src") and not self._noscript:
            self.assets.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "noscript":
            self._noscript -= 1


def _local(page: Path, ref: str) -> Path | None:
    ref = ref.split("?")[0].split("#")[0]
    if not ref or ref.startswith(("http:", "https:", "data:", "//")):
        return None
    path = (page.parent / ref).resolve()
    return path if path.is_file() else None


def page_weight(page: Path) -> tuple[int, dict[str, int]]:
    parser = _Assets()
    parser.feed(page.read_text(encoding="utf-8"))
    files: dict[Path, int] = {}
    for ref in parser.assets:
        path = _local(page, ref)
        if path is None or path in files:
            continue
        files[path] = path.stat().st_size
        if path.suffix == ".css":
            urls = CSS_URL.findall(path.read_text(encoding="utf-8", errors="replace"))
            woff2_stems = {Path(u.split("?")[0]).stem for u in urls if u.split("?")[0].endswith(".woff2")}
            for inner in urls:
                bare = inner.split("?")[0]
                if Path(bare).stem in woff2_stems and not bare.endswith(".woff2"):
                    continue
                font = _local(path, inner)
                if font is not None and "fontawesome" in font.parts:
                    continue  # never drawn, never fetched (see above)
                if font is not None and font not in files:
                    files[font] = font.stat().st_size
    total = page.stat().st_size + sum(files.values())
    return total, {str(p): s for p, s in files.items()}


COMPRESSED_ALREADY = {".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp"}


def transferred(path: Path) -> int:
    """Bytes on the wire: gzip-compressed for text, as is for already compressed formats."""
    data = path.read_bytes()
    if path.suffix in COMPRESSED_ALREADY:
        return len(data)
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def page_transferred(page: Path) -> int:
    _, files = page_weight(page)
    return transferred(page) + sum(transferred(Path(p)) for p in files)


def all_pages(site: Path) -> list[dict]:
    pages = [p for p in sorted(site.rglob("*.html")) if "_static" not in p.parts and p.stat().st_size > 1000]
    return [{"page": str(p.relative_to(site)), "raw_bytes": page_weight(p)[0], "transferred_bytes": page_transferred(p)} for p in pages]


if __name__ == "__main__":
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "_build/html")
    for row in sorted(all_pages(site), key=lambda r: -r["transferred_bytes"]):
        print(f"{row['transferred_bytes'] / 1e6:6.2f} MB transferred  {row['raw_bytes'] / 1e6:6.2f} MB raw  {row['page']}")
