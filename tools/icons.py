"""Write _static/icons.css: the few Font Awesome icons the theme's pages use, as CSS masks.

The theme draws its icons with Font Awesome's JavaScript (about 1.5 MB, on every page). The book
leaves that script out (see _templates/webpack-macros.html) and draws the icons it shows from
this small stylesheet instead, made from the same icon outlines (Font Awesome Free, icons under
CC BY 4.0, https://fontawesome.com/license/free).

    python tools/icons.py            write _static/icons.css
    python tools/icons.py --check    exit 1 if _static/icons.css is not what this would write
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "_static" / "icons.css"
# Every icon the theme's header, navigation and admonitions show (tests/test_site.py checks the
# built pages use no other).
ICONS = ("angle-left", "angle-right", "arrow-up", "bars", "circle-half-stroke", "github", "lightbulb", "list",
         "magnifying-glass", "moon", "outdent", "sun", "download", "file", "file-pdf", "expand", "chevron-down",
         "chevron-right", "square-caret-down", "square-caret-up", "xmark", "link", "circle-info",
         "triangle-exclamation")
# The theme marks an admonition's title with an icon glyph in its ::after: drawn here instead.
ADMONITIONS = {"": "circle-info", "tip": "lightbulb", "hint": "lightbulb", "important": "circle-info",
               "note": "circle-info", "seealso": "circle-info", "attention": "triangle-exclamation",
               "caution": "triangle-exclamation", "warning": "triangle-exclamation",
               "danger": "triangle-exclamation", "error": "triangle-exclamation"}


def fontawesome_js() -> str:
    import pydata_sphinx_theme

    path = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static" / "scripts" / "fontawesome.js"
    return path.read_text(encoding="utf-8")


def outlines(script: str) -> dict[str, tuple[int, int, str]]:
    """Width, height and path of each icon (the first definition of a name wins: solid before brands)."""
    found: dict[str, tuple[int, int, str]] = {}
    for name, width, height, path in re.findall(r'"?([a-z0-9-]+)"?:\[(\d+),(\d+),\[[^\]]*\],"[0-9a-f]+","(M[^"]+)"\]', script):
        found.setdefault(name, (int(width), int(height), path))
    return found


def css(script: str) -> str:
    shapes = outlines(script)
    missing = [name for name in ICONS if name not in shapes]
    if missing:
        raise SystemExit(f"icons not in the theme's Font Awesome: {', '.join(missing)}")
    lines = [
        "/* Written by tools/icons.py from the theme's Font Awesome Free icons (CC BY 4.0,",
        "   https://fontawesome.com/license/free): the icons the pages show, without the 1.5 MB script. */",
        ".fa-solid, .fas, .fab, .far, .fa-brands, .fa-regular {",
        "  display: inline-block; width: 1em; height: 1em; vertical-align: -0.125em;",
        "  background-color: currentColor; -webkit-mask: var(--nlcn-icon) center / contain no-repeat;",
        "  mask: var(--nlcn-icon) center / contain no-repeat; font-style: normal;",
        "}",
        ".fa-lg { font-size: 1.25em; vertical-align: -0.2em; }",
        "/* The theme's stylesheet would draw each icon as a glyph of Font Awesome's web fonts (300 KB);",
        "   with no glyph to draw, the browser fetches none of them. */",
        ".fa-solid::before, .fas::before, .fab::before, .far::before, .fa-brands::before, .fa-regular::before { content: none !important; }",
    ]
    for name in ICONS:
        lines.append(f'.fa-{name} {{ --nlcn-icon: {_url(shapes[name])}; width: {shapes[name][0] / shapes[name][1]:.4g}em; }}')
    lines += [
        ".admonition > .admonition-title::after, div.admonition > .admonition-title::after {",
        "  content: \"\" !important; font: inherit !important; background-color: currentColor;",
        "  -webkit-mask: var(--nlcn-icon) center / contain no-repeat; mask: var(--nlcn-icon) center / contain no-repeat;",
        "}",
    ]
    for kind, name in ADMONITIONS.items():
        selector = f".admonition{'.' + kind if kind else ''} > .admonition-title::after"
        lines.append(f"{selector}, div{selector} {{ --nlcn-icon: {_url(shapes[name])}; }}")
    return "\n".join(lines) + "\n"


def _url(shape: tuple[int, int, str]) -> str:
    width, height, path = shape
    svg = f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}'><path d='{path}'/></svg>"
    return f'url("data:image/svg+xml,{quote(svg, safe=" =:/,.-")}")'


def main(argv: list[str]) -> int:
    text = css(fontawesome_js())
    if "--check" in argv:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python tools/icons.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
