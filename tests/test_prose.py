"""Every number in the report's prose is computed from the data: none is typed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis import prose

REPO = Path(__file__).resolve().parents[1]


def toc_chapters(book: Path = REPO) -> list[Path]:
    toc = yaml.safe_load((book / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]] + [c["file"] for part in toc.get("parts", []) for c in part.get("chapters", [])]
    return [book / f"{f}.md" for f in files]


def test_no_chapter_has_a_hand_typed_figure():
    chapters = toc_chapters()
    assert len(chapters) > 10 and all(p.exists() for p in chapters)
    problems = prose.check_chapters(chapters)
    assert not problems, "\n".join(map(str, problems))


def test_no_chapter_of_the_dutch_edition_has_a_hand_typed_figure():
    chapters = toc_chapters(REPO / "nl")
    assert len(chapters) >= 4 and all(p.exists() for p in chapters)
    problems = prose.check_chapters(chapters)
    assert not problems, "\n".join(map(str, problems))


CHAPTER = """---
jupytext:
  text_representation:
    format_name: myst
---

# A chapter

```{code-cell} ipython3
facts = {"ties": 53, "year": 2019}
```

The register holds {glue:text}`ties` ties since {glue:text}`year`; see [the list](page-2.md).
{PLANTED}

:::{admonition} Recommendation
:class: tip
Keep it {glue:text}`ties` strong.
:::
"""


@pytest.mark.parametrize(
    "planted, figure",
    [
        ("Nieuwsuur counted 36 municipalities.", "3"),
        ("The China paper of 2019 changed course.", "2"),
        ("About a quarter of the ties ended.", "quarter"),
        ("Twenty-seven municipalities had a tie.", "Twenty-seven"),
        ("Bijna veertig gemeenten hadden een band.", "veertig"),
        ("Costs fell by 3.5%.", "3"),
    ],
)
def test_a_planted_figure_is_caught(planted, figure):
    found = prose.hand_typed(CHAPTER.replace("{PLANTED}", planted), "planted.md")
    assert [f.text for f in found][:1] == [figure]
    assert found[0].line == 14 and "planted.md:14" in str(found[0])


def test_a_figure_inside_an_admonition_is_caught():
    text = CHAPTER.replace("{PLANTED}", "").replace("Keep it {glue:text}`ties` strong.", "Keep all 12 provinces.")
    assert [f.text for f in prose.hand_typed(text)] == ["1", "2"]


def test_glued_figures_code_cells_options_and_link_targets_are_not_figures():
    assert prose.hand_typed(CHAPTER.replace("{PLANTED}", "Some ties ended; one was renewed.")) == []
