"""The whole report as one PDF, from the built site: a title page with the version and date,
then every chapter and appendix in the book's order, printed by headless Chromium.

    python tools/pdf.py [SITE]        (make pdf; make book runs it when Chromium is installed)

Each edition has its PDF: the English one from SITE, the Dutch one from SITE/nl (when built).

The chapters' articles are put one after another into one HTML document that uses the site's
own style sheets (with their print rules: no navigation or controls, tables that wrap, link
addresses printed) and the charts' drawn SVGs, and Chromium prints it. The PDF goes to
_static/downloads/ in the built site, where the downloads page links it.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis import project  # noqa: E402
from analysis.words import say  # noqa: E402

NAME = "dutch-local-governments-and-china.pdf"
# Each edition's folder in the site (and in the repository), its language and its PDF's name.
EDITIONS = {"": ("en", NAME), "nl/": ("nl", "nederlandse-overheden-en-china.pdf")}


def article(page: Path) -> str:
    """The page's article (its content, without the theme's navigation)."""
    text = page.read_text(encoding="utf-8")
    found = re.search(r'<article class="bd-article">(.*?)</article>', text, flags=re.S)
    if not found:
        raise SystemExit(f"{page}: no article found")
    body = found.group(1)
    # Pictures are printed at once (no lazy loading), each from its desktop drawing.
    body = body.replace(' loading="lazy"', "")
    body = re.sub(r"<source [^>]*>", "", body)
    return body


def styles(page: Path) -> list[str]:
    """The page's style-sheet links, wherever their rel attribute stands."""
    return re.findall(r'<link[^>]+rel="stylesheet"[^>]*>', page.read_text(encoding="utf-8"))


def document(site: Path, edition: str = "") -> str:
    """One HTML document: the title page, then every chapter's article, each starting a page,
    in the edition's language (`site`: the edition's built folder)."""
    from analysis import facts
    from analysis.model.views import Views
    from analysis.package import load_validated

    lang = EDITIONS[edition][0]
    package = load_validated()
    version = package.descriptor.get("version", "")
    # Dated by the data, not by the day of printing: the same data print the same title page.
    dated = facts.compute(Views(package, lang), ["data_cutoff"])["data_cutoff"]
    chapters = project.chapters(edition)
    first = site / f"{chapters[0][0]}.html"
    head = "\n".join(dict.fromkeys(styles(first)))
    parts = [
        '<section class="nlcn-title-page">'
        f"<h1>{html.escape(chapters[0][1])}</h1>"
        f"<p>{html.escape(say(SUBTITLE, lang))}</p>"
        f"<p>{html.escape(say('Version {version}.', lang, version=version))} {html.escape(dated)}</p>"
        f"<p>{html.escape(project.site_url() + edition)} · {html.escape(say('licence CC BY 4.0', lang))}</p>"
        "</section>"
    ]
    for file, _title in chapters:
        parts.append(f'<section class="nlcn-print-chapter">{article(site / f"{file}.html")}</section>')
    base = (site / "chapters").as_uri() + "/"
    title = say("{title}, version {version}", lang, title=chapters[0][1], version=version)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><base href="{base}">'
        f"<title>{html.escape(title)}</title>{head}</head>"
        f'<body class="nlcn-print">{"".join(parts)}</body></html>'
    )


SUBTITLE = "Fact-finding and needs assessment of Dutch local governments' partnerships with China"


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def build(site: Path, edition: str = "") -> Path:
    """Print the edition's PDF from its built folder (`site`: the whole site; the edition's
    folder lies below it)."""
    browser = chromium()
    if browser is None:
        raise SystemExit("headless Chromium is needed to print the PDF (make system-deps)")
    root = site
    site = site / edition
    out = site / "_static" / "downloads" / EDITIONS[edition][1]
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        source = site / "chapters" / "_print.html"
        source.write_text(document(site, edition), encoding="utf-8")
        try:
            subprocess.run(
                [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={folder}",
                 "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--no-pdf-header-footer",
                 "--virtual-time-budget=20000", f"--print-to-pdf={out}", source.as_uri()],
                check=True, capture_output=True, timeout=600,
            )
        finally:
            source.unlink(missing_ok=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", out.read_bytes()))
    print(f"{out.relative_to(root)}: {pages} pages, {out.stat().st_size / 1e6:.1f} MB")
    return out


if __name__ == "__main__":
    built = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "_build" / "html"
    for edition in EDITIONS:
        if (built / edition / "chapters" / "index.html").exists():
            build(built, edition)
