"""The package's import graph: no cycles between modules, and the layers point one way.

Extraction reads a parsed text and must not reach into resolution, storage or the command line
(what it needs from the knowledge base comes in as a callable); storage keeps what the pipeline
produced and must not reach back into extraction. Every module is parsed, not imported, so
imports inside functions count too; imports under `if TYPE_CHECKING:` do not run, so they count
for the layers but not for cycles.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
# (importer prefix, forbidden imported prefixes)
FORBIDDEN = [
    ("newsledger.extract", ("newsledger.resolve", "newsledger.store", "newsledger.cli")),
    ("newsledger.store", ("newsledger.extract",)),
]


@dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    line: int
    runtime: bool  # False under `if TYPE_CHECKING:`


def modules(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file of the package under `root`."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def edges(root: Path, package: str) -> list[Edge]:
    """Every import of one package module by another, anywhere in the file."""
    known = modules(root, package)
    found: list[Edge] = []
    for name, path in known.items():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        is_package = path.name == "__init__.py"
        typing_only = _type_checking_lines(tree)
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the importer's package, up level - 1
                    here = name.split(".") if is_package else name.split(".")[:-1]
                    here = here[: len(here) - (node.level - 1)]
                    base = ".".join(here + ([base] if base else []))
                # "from pkg import mod" imports the module; "from mod import name" the module.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                    for alias in node.names
                ]
            for target in targets:
                while target and target not in known:  # "import a.b.c" of a name in a.b
                    target = target.rpartition(".")[0]
                if target and target != name:
                    runtime = node.lineno not in typing_only
                    found.append(Edge(name, target, node.lineno, runtime))
    return list(dict.fromkeys(found))  # "from m import a, b" is one import of m


def cycles(graph_edges: list[Edge]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), over runtime imports."""
    graph: dict[str, set[str]] = {}
    for edge in graph_edges:
        if edge.runtime:
            graph.setdefault(edge.importer, set()).add(edge.imported)
            graph.setdefault(edge.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def forbidden(graph_edges: list[Edge]) -> list[str]:
    """The imports that cross a layer the wrong way, as 'importer:line -> imported'."""
    return [
        f"{e.importer}:{e.line} -> {e.imported}"
        for e in graph_edges
        for importer, banned in FORBIDDEN
        if _under(e.importer, importer) and any(_under(e.imported, b) for b in banned)
    ]


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


@pytest.fixture(scope="module")
def package_edges() -> list[Edge]:
    return edges(SRC, "newsledger")


def test_no_import_cycles(package_edges):
    assert cycles(package_edges) == []


def test_layers_point_one_way(package_edges):
    assert forbidden(package_edges) == []


def test_the_graph_sees_every_kind_of_import(package_edges):
    """The walker finds absolute, from-package and function-level imports in the real tree."""
    pairs = {(e.importer, e.imported) for e in package_edges}
    assert ("newsledger.pipeline", "newsledger.extract.events") in pairs
    assert ("newsledger.extract.events", "newsledger.extract.events_lexicon") in pairs
    assert len(modules(SRC, "newsledger")) > 40


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_a_cycle_through_a_function_level_relative_import_is_found(tmp_path):
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/extract/__init__.py": "",
            "pkg/extract/a.py": "from . import b\n",
            "pkg/extract/b.py": "def f():\n    from ..extract.a import thing\n",
            "pkg/store/__init__.py": "",
            "pkg/store/c.py": "import pkg.extract.b\n",
            "pkg/d.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.e import E\n"
            ),
            "pkg/e.py": "from pkg import d\n",
        },
    )
    found = edges(tmp_path, "pkg")
    assert cycles(found) == [["pkg.extract.a", "pkg.extract.b"]]  # d <-> e is typing only
    banned = [("pkg.store", ("pkg.extract",))]
    crossing = [
        f"{e.importer} -> {e.imported}"
        for e in found
        for importer, prefixes in banned
        if _under(e.importer, importer) and any(_under(e.imported, p) for p in prefixes)
    ]
    assert crossing == ["pkg.store.c -> pkg.extract.b"]
