"""Where a build may write, and how: a dataset folder is replaced only by a whole new one.

`--out` must be missing, empty, or an earlier build holding nothing but the files a build
writes; it may not be, or contain, the articles' folder or the working directory. The new
dataset is written into a temporary folder beside it (`.NAME.peelkg-new.PID.*`) and
swapped in by renames; a build killed half-way leaves that folder behind, and the next
build into the same place removes it once its process is gone.
"""
from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .text import InputError
from .processes import alive

MANIFEST = "manifest.json"
GENERATOR = "peelkg"  # the manifest's "generator": what marks a folder as a peelkg build


def check_out(out: Path, seeds: Path, written: frozenset[str]) -> None:
    """Raise InputError unless a build may replace `out` (`written`: the names a build writes)."""
    if out.is_symlink():
        raise InputError(f"{out}: a symbolic link; give the folder itself as --out")
    target = out.resolve()
    for what, guarded in (("the articles' folder (--seeds)", seeds), ("the working directory", Path.cwd())):
        guarded = guarded.resolve()
        if target == guarded or target in guarded.parents:
            raise InputError(f"{out}: refusing to write the dataset there: it is or contains {what}, {guarded}")
    if not target.exists():
        return
    if not target.is_dir():
        raise InputError(f"{out}: not a folder; --out must be a missing or empty folder, or an earlier build")
    entries = sorted(p.name for p in target.iterdir())
    if entries and not is_build(target):
        raise InputError(f"{out}: neither empty nor a peelkg build (it has no {MANIFEST} written by peelkg); "
                         "choose another --out")
    foreign = [name for name in entries if name not in written]
    if foreign:
        raise InputError(f"{out}: holds files a build did not write ({', '.join(foreign[:5])}); "
                         "move them elsewhere or choose another --out")


def check_writable(out: Path) -> None:
    """Raise InputError if `out`, or the folder it is made in, is read-only."""
    target = out.resolve()
    if target.parent.is_dir() and not _writable(target.parent):
        raise InputError(f"{out}: its folder {target.parent} is read-only")
    if target.is_dir() and not _writable(target):
        raise InputError(f"{out}: read-only; a build replaces the whole folder")


def _writable(folder: Path) -> bool:
    """Writable, and not marked read-only by its owner: root may write anywhere, but a folder
    without its owner's write permission says it is not to be changed."""
    return os.access(folder, os.W_OK | os.X_OK) and bool(folder.stat().st_mode & stat.S_IWUSR)


def is_build(folder: Path) -> bool:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    # Builds before the manifest named its generator are known by their keys.
    return isinstance(manifest, dict) and (manifest.get("generator") == GENERATOR
                                           or {"input", "triples", "quads", "warnings"} <= manifest.keys())


def _staging_names(out: Path) -> tuple[str, str]:
    """Name prefixes of a build's temporary folders beside `out`: the new dataset, the old one."""
    return f".{out.name}.peelkg-new.", f".{out.name}.peelkg-old."


def remove_stale(out: Path, written: frozenset[str]) -> list[Path]:
    """Remove what builds into `out` that were killed left beside it: their temporary folders,
    once the process that made them is gone, when they hold only files a build writes."""
    removed = []
    parent = out.resolve().parent
    if not parent.is_dir():
        return removed
    for entry in sorted(parent.iterdir()):
        prefix = next((p for p in _staging_names(out) if entry.name.startswith(p)), None)
        if prefix is None or entry.is_symlink() or not entry.is_dir():
            continue
        pid = entry.name[len(prefix):].split(".")[0]
        if not pid.isdigit() or alive(int(pid)):
            continue
        if all(p.name in written and p.is_file() and not p.is_symlink() for p in entry.iterdir()):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A temporary folder beside `out` that replaces it when the block succeeds, and is removed when it fails."""
    out.parent.mkdir(parents=True, exist_ok=True)
    new, _ = _staging_names(out)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f"{new}{os.getpid()}.", dir=out.parent))
    except OSError as err:
        raise InputError(f"{out.parent}: cannot write the dataset there: {err.strerror}") from err
    tmp.chmod(0o755)  # mkdtemp makes it private; the dataset is for everyone
    try:
        yield tmp
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap(new: Path, out: Path, attempts: int = 5) -> None:
    """Rename `new` to `out`, the old `out` aside first; another build swapping into `out` at the
    same moment can make a rename fail, and the swap is then tried again."""
    old = out.with_name(f"{_staging_names(out)[1]}{os.getpid()}")
    for attempt in range(attempts):
        moved = False
        try:
            if out.exists():
                out.rename(old)
                moved = True
            new.rename(out)
        except OSError:
            if moved and not out.exists():
                old.rename(out)
                moved = False
            if attempt == attempts - 1:
                raise
            continue
        finally:
            if moved:
                shutil.rmtree(old, ignore_errors=True)
        return
