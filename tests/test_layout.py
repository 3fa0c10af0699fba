"""From a chapter you find its code by its name: a chapter imports `analysis.book` and its own
page module `analysis.pages.<chapter>`, nothing else from the analysis package, and every page
module belongs to a chapter; the model below the pages imports no page, chart or book code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHAPTERS = REPO / "chapters"
PAGES = REPO / "src" / "analysis" / "pages"
MODEL = REPO / "src" / "analysis" / "model"
CODE_CELL = re.compile(r"```\{code-cell\}[^\n]*\n(.*?)```", re.S)


def code_cells(chapter: Path) -> list[str]:
    """The Python of a chapter's code cells (cell options such as `:tags:` left out)."""
    cells = CODE_CELL.findall(chapter.read_text(encoding="utf-8"))
    return ["\n".join(line for line in cell.splitlines() if not line.startswith(":")) for cell in cells]


def analysis_imports(source: str) -> set[str]:
    """The analysis modules (and names imported from them) that Python code imports."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "analysis"}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "analysis":
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def chapters_with_code() -> list[Path]:
    return sorted(p for p in CHAPTERS.glob("*.md") if code_cells(p))


@pytest.mark.parametrize("chapter", chapters_with_code(), ids=lambda p: p.stem)
def test_a_chapter_imports_only_the_book_and_its_own_page(chapter):
    imported = set().union(*(analysis_imports(cell) for cell in code_cells(chapter)))
    assert imported == {"analysis.book", f"analysis.pages.{chapter.stem}"}


def test_every_page_module_is_named_after_a_chapter():
    pages = {p.stem for p in PAGES.glob("*.py")} - {"__init__"}
    assert pages == {p.stem for p in chapters_with_code()}


def test_the_model_imports_no_page_chart_or_book_code():
    for module in MODEL.glob("*.py"):
        imported = analysis_imports(module.read_text(encoding="utf-8"))
        wrong = {m for m in imported if m.startswith(("analysis.pages", "analysis.charts", "analysis.book", "analysis.facts"))}
        assert not wrong, f"{module.name} imports {sorted(wrong)}"


def test_the_check_notices_a_chapter_importing_another_page(tmp_path):
    chapter = tmp_path / "timeline.md"
    chapter.write_text("```{code-cell} ipython3\n:tags: [remove-cell]\nfrom analysis import book\n"
                       "from analysis.pages import timeline as page, network\n```\n", encoding="utf-8")
    imported = set().union(*(analysis_imports(cell) for cell in code_cells(chapter)))
    assert imported == {"analysis.book", "analysis.pages.timeline", "analysis.pages.network"}


def test_the_icon_style_sheet_is_made_from_the_themes_icons():
    """_static/icons.css is what tools/icons.py makes from the installed theme's Font Awesome."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "tools/icons.py", "--check"], cwd=Path(__file__).resolve().parents[1], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
