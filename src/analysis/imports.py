"""Which of its own modules each module of the analysis package imports, read from the source."""

from __future__ import annotations

import ast
from collections.abc import Collection
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def module_files(package_dir: Path = PACKAGE_DIR) -> dict[str, Path]:
    """Every module under a package directory by dotted name (a package by its __init__.py)."""
    files = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        files[".".join((package_dir.name, *parts))] = path
    return files


def _absolute(name: str, is_package: bool, module: str | None, level: int) -> str:
    """The dotted name a `from ... import` statement imports from, relative ones resolved."""
    if level == 0:
        return module or ""
    base = name if is_package else name.rpartition(".")[0]
    for _ in range(level - 1):
        base = base.rpartition(".")[0]
    return f"{base}.{module}" if module else base


def imports_of(name: str, path: Path, modules: Collection[str]) -> set[str]:
    """The modules among `modules` that a module's source imports, in any statement: those
    inside functions count too, since they run as soon as the function does. `from a import b`
    imports module a.b when there is one, and a (its __init__) otherwise."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(name, path.name == "__init__.py", node.module, node.level)
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        found.update(t for t in targets if t in modules and t != name)
    return found


def import_graph(package_dir: Path = PACKAGE_DIR) -> dict[str, set[str]]:
    """Every module of the package and the package's modules it imports."""
    files = module_files(package_dir)
    return {name: imports_of(name, path, files) for name, path in files.items()}


def source_files(module: str, package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The source of a module and of every package module it imports, directly or not, with the
    __init__.py of each package they sit in (importing a module runs those too)."""
    files = module_files(package_dir)
    seen: set[str] = set()
    todo = [module]
    while todo:
        current = todo.pop()
        if current in seen or current not in files:
            continue
        seen.add(current)
        todo += imports_of(current, files[current], files)
        todo += [current.rsplit(".", depth)[0] for depth in range(1, current.count(".") + 1)]
    return [files[name] for name in sorted(seen)]
