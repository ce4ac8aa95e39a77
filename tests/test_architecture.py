"""The pipeline flows one way (docs/MODEL.md, STYLE.md): a stage imports only `vocab`, `facts`,
`processes`, `limits` (settings with their defaults) and the stages to its left; only `cli` imports
them all; only `vocab` spells our IRIs."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "peelkg"
SHARED = {"vocab", "facts", "processes", "limits"}
STAGES = ["text", "extract", "corroborate", "rdf", "shacl", "validate", "checks", "serialise", "void", "output", "cache",
          "dataset", "guard", "results", "query", "remote", "workers", "evaluate", "serve", "cli"]


def stage_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_stages(path: Path) -> set[str]:
    """The peelkg modules a file imports (relative or absolute), by top-level name."""
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for peelkg/x.py, 1 for peelkg/extract/x.py
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level == 0:
                if base.startswith("peelkg"):
                    parts = base.split(".")[1:]
                    found.update(parts[:1] or [a.name for a in node.names])
            elif node.level <= depth:  # inside the subpackage: its own stage
                found.add(path.relative_to(PACKAGE).parts[0])
            else:
                found.update(base.split(".")[:1] if base else [a.name for a in node.names])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("peelkg."))
    return {name for name in found if not name.startswith("__")} - {stage_of(path), ""}  # __version__ is no stage


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


def test_every_module_has_a_place():
    assert MODULES
    for path in MODULES:
        assert stage_of(path) in SHARED | set(STAGES), f"{path.name}: add it to STAGES in its pipeline place"


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_imports_flow_one_way(path: Path):
    stage = stage_of(path)
    imports = imported_stages(path)
    if stage in SHARED:
        allowed = set() if stage in ("vocab", "processes") else {"vocab"}
    else:
        allowed = SHARED | set(STAGES[:STAGES.index(stage)])
    assert imports <= allowed, f"{path.name} ({stage}) imports {sorted(imports - allowed)}"


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_only_vocab_spells_our_iris(path: Path):
    if path.name != "vocab.py":
        assert "w3id.org/peelkg" not in path.read_text(), f"{path.name}: use peelkg.vocab"


def test_the_wheel_lists_every_package_and_data_file():
    """setuptools ships only the packages pyproject.toml names: a subpackage left out makes an
    installed `peelkg` fail on import (as `peelkg.shacl` once did, in CI's wheel check only)."""
    import fnmatch
    import tomllib

    setup = tomllib.loads((PACKAGE.parent.parent / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(setup["packages"])
    data = setup["package-data"]
    for init in PACKAGE.rglob("__init__.py"):
        name = ".".join(("peelkg",) + init.parent.relative_to(PACKAGE).parts)
        assert name in listed, f"{name} is missing from pyproject.toml's packages"
    for path in PACKAGE.rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
            owner = next(p for p in path.parents if (p / "__init__.py").exists())
            package = ".".join(("peelkg",) + owner.relative_to(PACKAGE).parts)
            relative = str(path.relative_to(owner))
            assert any(fnmatch.fnmatch(relative, pattern) for pattern in data.get(package, [])), \
                f"{path.relative_to(PACKAGE)} is not in pyproject.toml's package-data"
