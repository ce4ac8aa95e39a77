"""The build cache: each converted article, keyed by its text's sha256 and the converter's fingerprint.

An entry is data, never a pickle (loading a pickle runs code, and a cache is a folder that
anyone who can write to it can fill): a JSON header naming each value's dataclass, from a
fixed list, followed by the raw bytes of the serialised graphs, compressed by zlib at its
fastest level (an article's ~110 KB shrink about tenfold). A damaged or foreign entry reads
as missing, and the article is converted again.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import typing
import zlib
from collections.abc import Iterable
from pathlib import Path

from .processes import alive

LAYOUT = "4"  # of an entry: a new layout never reads an old one
SUFFIX = ".json.zlib"
TAG = "CACHEDIR.TAG"  # https://bford.info/cachedir/: backup tools skip the folder
_TAG_TEXT = "Signature: 8a477f597d28d172789f06886806bc55\n# the peelkg build cache: safe to delete\n"
_VERSION_FOLDER = re.compile(r"^[0-9a-f]{16}-[0-9]+$")
_ENTRY = re.compile(r"^[0-9a-f]{64}" + re.escape(SUFFIX) + "$")
_PARTIAL = re.compile(r"^\.[0-9a-f]{64}\.([0-9]+)\.tmp$")


def _dataclasses(root: type) -> dict[str, type]:
    """Every dataclass reachable from `root`'s field types, by name: the only types an entry may name."""
    found: dict[str, type] = {}

    def visit(hint) -> None:
        if dataclasses.is_dataclass(hint) and isinstance(hint, type) and hint.__name__ not in found:
            found[hint.__name__] = hint
            for field_type in typing.get_type_hints(hint).values():
                visit(field_type)
        for argument in typing.get_args(hint):
            visit(argument)
    visit(root)
    return found


def _encode(value, blobs: list[bytes]):
    if dataclasses.is_dataclass(value):
        return {"@": type(value).__name__,
                **{f.name: _encode(getattr(value, f.name), blobs) for f in dataclasses.fields(value)}}
    if isinstance(value, (tuple, list)):
        return [_encode(item, blobs) for item in value]
    if isinstance(value, bytes):
        blobs.append(value)
        return {"@bytes": len(blobs) - 1}
    if isinstance(value, dt.date):
        return {"@date": value.isoformat()}
    if value is None or isinstance(value, (str, int)):
        return value
    raise TypeError(f"the cache cannot store a {type(value).__name__}")


class Cache:
    """Converted articles of type `kind` in `folder`/<fingerprint>-<layout>/<sha256>.json.zlib."""

    def __init__(self, folder: Path | None, fingerprint: str, kind: type) -> None:
        self.root = folder
        self.folder = folder / f"{fingerprint}-{LAYOUT}" if folder else None
        self.kind = kind
        self._types = _dataclasses(kind)

    def _path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}{SUFFIX}"

    def get(self, sha256: str):
        """The entry for a text, or None when there is none or it cannot be read back whole."""
        if self.folder is None:
            return None
        try:
            data = zlib.decompress(self._path(sha256).read_bytes())
            header, _, rest = data.partition(b"\0")
            head = json.loads(header)
            blobs, offset = [], 0
            for size in head["blobs"]:
                blobs.append(rest[offset:offset + size])
                offset += size
            if offset != len(rest):
                return None
            value = self._decode(head["value"], blobs)
        except (OSError, zlib.error, ValueError, KeyError, TypeError, IndexError):
            return None
        return value if isinstance(value, self.kind) else None

    def _decode(self, value, blobs: list[bytes]):
        if isinstance(value, list):
            return tuple(self._decode(item, blobs) for item in value)
        if not isinstance(value, dict):
            return value
        if "@bytes" in value:
            return blobs[value["@bytes"]]
        if "@date" in value:
            return dt.date.fromisoformat(value["@date"])
        cls = self._types[value["@"]]  # KeyError: a type the cache never writes
        return cls(**{k: self._decode(v, blobs) for k, v in value.items() if k != "@"})

    def put(self, sha256: str, value) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tag = self.root / TAG
        if not tag.exists():
            tag.write_text(_TAG_TEXT)
        blobs: list[bytes] = []
        head = json.dumps({"value": _encode(value, blobs), "blobs": [len(b) for b in blobs]},
                          ensure_ascii=True, separators=(",", ":")).encode()
        tmp = self.folder / f".{sha256}.{os.getpid()}.tmp"
        tmp.write_bytes(zlib.compress(b"\0".join([head, b"".join(blobs)]), 1))
        tmp.replace(self._path(sha256))

    def trim(self, keep: Iterable[str]) -> None:
        """Keep only the entries of the texts in `keep`: remove other texts' entries, other
        fingerprints' and layouts' folders, and partial writes of processes that are gone.
        Only names the cache itself writes are ever removed."""
        if self.folder is None or not self.root.is_dir():
            return
        for other in self.root.iterdir():
            if other != self.folder and other.is_dir() and not other.is_symlink() and _VERSION_FOLDER.match(other.name):
                shutil.rmtree(other, ignore_errors=True)
        if not self.folder.is_dir():
            return
        wanted = {f"{sha}{SUFFIX}" for sha in keep}
        for entry in self.folder.iterdir():
            partial = _PARTIAL.match(entry.name)
            if (_ENTRY.match(entry.name) and entry.name not in wanted) or (partial and not alive(int(partial[1]))):
                entry.unlink(missing_ok=True)
