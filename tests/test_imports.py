"""No module of the analysis package imports itself back, by any chain of imports."""

from __future__ import annotations

from pathlib import Path

from analysis.imports import PACKAGE_DIR, import_graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A chain of imports that comes back to where it started (first and last the same), or None."""
    on_path: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> list[str] | None:
        on_path.append(module)
        for following in sorted(graph[module]):
            if following in on_path:
                return on_path[on_path.index(following):] + [following]
            if following in graph and following not in done:
                found = visit(following)
                if found:
                    return found
        done.add(on_path.pop())
        return None

    for start in sorted(graph):
        if start not in done:
            found = visit(start)
            if found:
                return found
    return None


def test_no_import_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def test_a_cycle_through_an_import_inside_a_function_is_found(tmp_path):
    package = _write(tmp_path / "pkg", {
        "__init__.py": "",
        "loader.py": "from pkg.checks import run\n",
        "checks/__init__.py": "from pkg.checks.one import run\n",
        "checks/one.py": "def run():\n    from pkg import loader\n    return loader\n",
    })
    graph = import_graph(package)
    assert graph["pkg.checks.one"] == {"pkg.loader"}
    assert find_cycle(graph) == ["pkg.checks", "pkg.checks.one", "pkg.loader", "pkg.checks"]


def test_relative_imports_and_imported_names_resolve_to_modules(tmp_path):
    package = _write(tmp_path / "pkg", {
        "__init__.py": "from pkg.words import WORD\n",
        "words.py": "WORD = 'x'\n",
        "sub/__init__.py": "from . import leaf\nfrom .leaf import thing\n",
        "sub/leaf.py": "from .. import words\nfrom ..words import WORD\nimport pkg.sub\nthing = WORD\n",
    })
    graph = import_graph(package)
    assert graph["pkg"] == {"pkg.words"}
    assert graph["pkg.sub"] == {"pkg.sub.leaf"}
    assert graph["pkg.sub.leaf"] == {"pkg.words", "pkg.sub"}
    assert find_cycle(graph) == ["pkg.sub", "pkg.sub.leaf", "pkg.sub"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_the_package_directory_is_the_analysis_package():
    assert (PACKAGE_DIR / "package.py").is_file()
