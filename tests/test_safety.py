"""Hostile and careless inputs through the `peelkg` command: each ends with the promised exit
code and a one-line message naming the place, and no file the build did not write is touched."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from peelkg import cli, output
from peelkg.text import read_source

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLE = sorted(SEEDS.glob("*.txt"))[0]


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def work(tmp_path, monkeypatch) -> Path:
    """A working directory holding a copy of the seeds, as a user's checkout would."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _meta(url: str):
    def setup(work: Path) -> None:
        (work / "seeds" / f"{ARTICLE.stem}.meta.toml").write_text(f'url = "{url}"\n')
    return setup


def _file(work: Path) -> None:
    (work / "somefile").write_text("a user's notes\n")


def _read_only(work: Path) -> None:
    assert cli.main(["build", "--out", "ro"]) == cli.EXIT_OK
    (work / "ro").chmod(0o555)


def _big(work: Path) -> None:
    (work / "seeds" / "big.txt").write_text("Kent Police was rated good. " * 40_000)


def _unreadable_bytes(work: Path) -> None:
    (work / "seeds" / "latin1.txt").write_bytes("Kent Police was rated \xff good".encode("latin-1"))


# id, setup, arguments, exit code, what stderr must say
CASES = [
    ("out-is-the-working-directory", None, ["build", "--out", "."], 2, r"^peelkg: error: \.: refusing .* working directory|--seeds"),
    ("out-is-the-absolute-working-directory", None, ["build", "--out", "{work}"], 2, r"refusing to write the dataset there"),
    ("out-is-the-seeds", None, ["build", "--out", "seeds"], 2, r"seeds: refusing .*--seeds"),
    ("out-is-a-parent-of-the-seeds", None, ["build", "--out", ".."], 2, r"\.\.: refusing"),
    ("out-is-root", None, ["build", "--out", "/"], 2, r"/: refusing"),
    ("out-is-a-file", _file, ["build", "--out", "somefile"], 2, r"somefile: not a folder"),
    ("out-is-read-only", _read_only, ["build", "--out", "ro", "--no-cache"], 2, r"ro: read-only"),
    ("out-holds-other-files", lambda w: (w / "mine").mkdir() or (w / "mine" / "a.txt").write_text("x"),
     ["build", "--out", "mine"], 2, r"mine: neither empty nor a peelkg build"),
    ("meta-url-without-scheme", _meta("www.bbc.co.uk/news/x"), ["build"], 2, r"\.meta\.toml: 'url' must be an absolute http"),
    ("meta-url-with-a-space", _meta("https://www.bbc.co.uk/news/a b"), ["build"], 2, r"\.meta\.toml: 'url'"),
    ("meta-url-javascript", _meta("javascript:alert(1)"), ["build"], 2, r"\.meta\.toml: 'url'"),
    ("article-over-the-size-limit", _big, ["build"], 2, r"big\.txt: 1,120,000 bytes, over the limit of 1,000,000"),
    ("article-not-utf8", _unreadable_bytes, ["build"], 2, r"latin1\.txt:1: not UTF-8"),
    ("seeds-missing", None, ["build", "--seeds", "nowhere"], 2, r"nowhere: not a folder of articles"),
    ("size-limit-not-a-number", None, ["build", "--max-article-bytes", "lots"], 2, r"not a number of bytes"),
    ("validate-a-missing-file", None, ["validate", "nothing.ttl"], 2, r"^peelkg: error: nothing\.ttl: cannot read"),
    ("validate-a-corrupt-file", lambda w: (w / "cut.ttl").write_text("@prefix x: <http://x/> .\nx:a x:b"),
     ["validate", "cut.ttl"], 2, r"^peelkg: error: cut\.ttl:\d+:\d+: "),
    ("query-load", None, ["query", "LOAD <http://127.0.0.1:9/x>", "--data", "{build}"], 2, r"LOAD .* is refused"),
    ("query-insert", None, ["query", "INSERT DATA { <a:b> <a:c> <a:d> }", "--data", "{build}"], 2,
     r"INSERT .* is refused"),
    ("query-service", None, ["query", "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--data", "{build}"],
     2, r"SERVICE .* is refused"),
    ("query-syntax-error", None, ["query", "SELECT * { ?s ?p }", "--data", "{build}"], 2,
     r"syntax error at line 1, column 18"),
]


@pytest.mark.parametrize("case, setup, argv, code, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_exits_2_and_names_the_place(work, capsys, case, setup, argv, code, message):
    if setup:
        setup(work)
    before = tree(work)
    got = cli.main([a.replace("{work}", str(work)).replace("{build}", str(ROOT / "build")) for a in argv])
    err = capsys.readouterr().err
    assert got == code, err
    assert re.search(message, err, re.M), err
    assert "Traceback" not in err
    assert tree(work) == before, "a refused build changed files"


def test_a_folder_a_build_may_replace(work):
    """Missing, empty, and an earlier build are fine: the earlier build is replaced whole."""
    (work / "empty").mkdir()
    for out in ("missing/deeper", "empty"):
        assert cli.main(["build", "--out", out]) == cli.EXIT_OK
        assert output.is_build(work / out)
    assert cli.main(["build", "--out", "empty", "--no-cache"]) == cli.EXIT_OK


def test_a_symlink_out_of_the_seeds_is_not_read(work, capsys, tmp_path_factory):
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    secret.write_text("Kent Police was rated outstanding in every area. The password is hunter2.\n")
    (work / "seeds" / "passwd.txt").symlink_to(secret)
    (work / "seeds" / "inside.txt").symlink_to(work / "seeds" / ARTICLE.name)  # inside: read (as a duplicate)
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    err = capsys.readouterr().err
    assert re.search(r"seeds/passwd\.txt: warning \[outside-seeds\]: not read: .*symbolic link", err)
    assert re.search(r"seeds/inside\.txt: warning \[duplicate-text\]: the same text as " + re.escape(ARTICLE.name), err)
    for name in ("peel.nq", "peel.ttl", "peel.jsonld"):
        assert b"hunter2" not in (work / "out" / name).read_bytes()


def test_control_characters_are_removed_with_a_warning(work, capsys):
    article = work / "seeds" / ARTICLE.name
    lines = article.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2][:5] + "\x00\x1b[31m" + lines[2][5:]
    article.write_text("".join(lines), encoding="utf-8")
    assert cli.main(["build", "--out", "out", "--include-texts"]) == cli.EXIT_OK
    err = capsys.readouterr().err
    assert f"seeds/{ARTICLE.name}:3:6: warning [control-character]: 2 control character(s) removed, the first U+0000" in err
    data = (work / "out" / "peel.nq").read_bytes()
    assert b"\\u0000" not in data and b"\\u001B" not in data and b"[31m" in data


def test_windows_line_ends_read_as_line_ends(tmp_path):
    """An article saved with CRLF (or old Macs' CR) line ends gives the facts the same text with '\\n' gives."""
    from peelkg.extract import extract
    from peelkg.text import read_source
    text = ("Kent Police PEEL 2023-25 inspection\n\nHMICFRS graded Kent Police in eight areas.\n\nPreventing crime\nGood\n\n"
            "Investigating crime\nRequires improvement\n\nChief Constable Tom Reed said: \"We will act on it.\"\n")
    facts = {}
    for name, ending in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        (tmp_path / f"{name}.txt").write_bytes(text.replace("\n", ending).encode("utf-8"))
        source = read_source(tmp_path / f"{name}.txt")
        assert "\r" not in source.text
        found = extract(source)
        facts[name] = ({(j.area, j.grade) for j in found.judgements}, {(m.person, m.role) for m in found.memberships})
    assert len(facts["lf"][0]) == 2 and facts["lf"][1]
    assert facts["crlf"] == facts["cr"] == facts["lf"]


def test_html_character_references_read_as_their_characters(tmp_path):
    """Text copied out of a web page or a feed with HTML's character references ('&#8217;', '&quot;', '&amp;') gives
    the facts the characters give, with a note placing the first; what only looks like one stays as written."""
    from peelkg.extract import extract
    text = ("Kent Police\u2019s PEEL 2023-25 inspection\n\nHMICFRS graded Kent Police in eight areas, R&D and Q&A aside "
            "(&c.; &nosuch;).\n\nPreventing crime\nGood\n\nInvestigating crime\nRequires improvement\n\n"
            "Chief Constable Tom Reed said: \"We will act on it & report back.\"\n")
    escaped = text.replace("&", "&amp;").replace("\u2019", "&#8217;").replace('"', "&quot;")
    facts, notes = {}, []
    for name, body in (("plain", text), ("escaped", escaped)):
        (tmp_path / f"{name}.txt").write_text(body, encoding="utf-8")
        source = read_source(tmp_path / f"{name}.txt", notes=notes)
        assert source.text == text
        found = extract(source)
        facts[name] = ({(j.area, j.grade) for j in found.judgements}, {(m.person, m.role) for m in found.memberships},
                       {c.text for c in found.claims if c.direct})
    assert len(facts["plain"][0]) == 2 and facts["plain"][1] and facts["plain"][2]
    assert facts["escaped"] == facts["plain"]
    assert [(n.file.name, n.line, n.column, n.code) for n in notes] == [("escaped.txt", 1, 12, "character-reference")]
    assert "first &#8217;" in notes[0].message


def test_keep_going_builds_the_rest_and_lists_the_bad(work, capsys):
    _unreadable_bytes(work)
    _big(work)
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_INPUT
    assert not (work / "out").exists()
    capsys.readouterr()
    assert cli.main(["build", "--out", "out", "--keep-going"]) == cli.EXIT_OK
    captured = capsys.readouterr()
    skipped = [l for l in captured.err.splitlines() if l.startswith("peelkg: skipped: ")]
    assert len(skipped) == 2 and any("latin1.txt:1: not UTF-8" in l for l in skipped) \
        and any("big.txt: 1,120,000 bytes" in l for l in skipped)
    assert "2 sources" in captured.out and "2 article(s) skipped" in captured.out
    # Up to date: the skipped are listed again.
    assert cli.main(["build", "--out", "out", "--keep-going"]) == cli.EXIT_OK
    again = capsys.readouterr()
    assert "up to date" in again.out and len([l for l in again.err.splitlines() if "skipped" in l]) == 2


def test_nothing_readable_is_an_error_even_with_keep_going(tmp_path, capsys):
    (tmp_path / "only.txt").write_bytes(b"\xff\xfe")
    assert cli.main(["build", "--seeds", str(tmp_path), "--out", str(tmp_path / "out"), "--keep-going"]) == 2
    assert "no article could be read" in capsys.readouterr().err


def test_two_files_with_one_text_build_a_valid_dataset(work, capsys):
    shutil.copy(work / "seeds" / ARTICLE.name, work / "seeds" / "copy.txt")
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    assert "seeds/copy.txt: warning [duplicate-text]" in capsys.readouterr().err
    for name in ("peel.trig", "peel.ttl", "peel.nq", "peel.nt", "peel.jsonld"):
        assert cli.main(["validate", str(work / "out" / name)]) == cli.EXIT_OK


@pytest.mark.parametrize("damage", ["empty", "flip"])
def test_a_damaged_output_file_is_rebuilt_not_up_to_date(work, capsys, damage):
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    good = tree(work / "out")
    nt = work / "out" / "peel.nt"
    data = nt.read_bytes()
    nt.write_bytes(b"" if damage == "empty" else data[:100] + bytes([data[100] ^ 1]) + data[101:])
    capsys.readouterr()
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    assert "written" in capsys.readouterr().out
    assert tree(work / "out") == good


def test_a_query_on_a_damaged_build_is_refused_not_answered_short(work, capsys):
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    (work / "out" / "peel.nt").write_bytes(b"")
    capsys.readouterr()
    assert cli.main(["query", "grades", "--data", "out"]) == cli.EXIT_INPUT
    assert re.search(r"out/peel\.nt: 0 bytes where the build wrote [\d,]+; rebuild it", capsys.readouterr().err)


def test_the_published_dataset_holds_spans_not_texts(work):
    import pyoxigraph as ox
    from peelkg import vocab
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    assert cli.main(["build", "--out", "with", "--include-texts"]) == cli.EXIT_OK
    text = ARTICLE.read_text(encoding="utf-8")
    source = ox.NamedNode(str(vocab.source_iri(read_source(ARTICLE).id)))
    schema_text = ox.NamedNode(str(vocab.SCHEMA.text))

    anchor = ox.NamedNode(str(vocab.NIF.anchorOf))

    def texts(folder: Path, name: str) -> tuple[list[str], int]:
        """The source's schema:text, and how many spans quote it."""
        fmt = ox.RdfFormat.from_extension(name.rsplit(".", 1)[1])
        statements = list(ox.parse(path=folder / name, format=fmt))
        return ([q.object.value for q in statements if q.subject == source and q.predicate == schema_text],
                sum(q.predicate == anchor and q.subject.value.startswith(source.value) for q in statements))
    for name in ("peel.nt", "peel.ttl", "peel.trig", "peel.nq", "peel.jsonld"):
        without, spans = texts(work / "out", name)
        assert without == [] and spans > 20
        assert texts(work / "with", name) == ([text], spans)
    assert "whole texts are not" in (work / "out" / "void.ttl").read_text()
    assert "whole texts are not" not in (work / "with" / "void.ttl").read_text()


def test_the_cache_is_data_trimmed_to_the_last_build(work):
    cache = work / ".peelkg-cache"
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    entries = sorted(cache.glob("*/*.json.zlib"))
    assert len(entries) == 2 and (cache / "CACHEDIR.TAG").is_file()
    for entry in entries:
        header = zlib.decompress(entry.read_bytes()).partition(b"\0")[0]
        assert json.loads(header)["value"]["@"] == "Converted"  # JSON, never a pickle
    (work / "seeds" / ARTICLE.name).unlink()
    (cache / "keep-me").write_text("not the cache's")
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    assert len(list(cache.glob("*/*.json.zlib"))) == 1
    assert (cache / "keep-me").read_text() == "not the cache's"


def test_a_pickle_in_the_cache_is_never_loaded(work, monkeypatch):
    """A planted entry that would run code when unpickled is read as a damaged entry."""
    import pickle
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    (entry, *_) = sorted((work / ".peelkg-cache").glob("*/*.json.zlib"))

    class Boom:
        def __reduce__(self):
            return (os.system, ("touch pwned",))
    entry.write_bytes(zlib.compress(pickle.dumps(Boom())))
    assert cli.main(["build", "--out", "out", "--seeds", "seeds"]) == cli.EXIT_OK
    shutil.rmtree(work / "out")
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    assert not (work / "pwned").exists()


def _interruptible() -> None:
    # A shell without job control starts a background job (`pytest &`) with SIGINT ignored, and a child inherits
    # that: the command then rightly ignores Ctrl-C, as any program does, and the test would see a build finish.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run(args: list[str], cwd: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "peelkg.cli", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible, **kwargs)


def _many_articles(work: Path, n: int) -> None:
    """`n` distinct articles: enough for the build to take a few seconds with worker processes."""
    text = ARTICLE.read_text(encoding="utf-8")
    for i in range(n):
        (work / "seeds" / f"{i:04d}.txt").write_text(f"{text}\nNote {i}.\n", encoding="utf-8")


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.append(int(status.parent.name))
    return found


def _wait_for(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_killed_build_leaves_no_worker_and_no_folder_behind(work):
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    before = tree(work / "out")
    _many_articles(work, 400)
    build = _run(["build", "--out", "out", "--jobs", "2", "--no-cache"], work)
    assert _wait_for(lambda: len(_children(build.pid)) >= 2), "the build started no workers"
    workers = _children(build.pid)
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    assert _wait_for(lambda: not any(Path(f"/proc/{w}").exists() and _state(w) != "Z" for w in workers), 10), \
        "workers outlived the build"
    assert tree(work / "out") == before
    # What the killed build left beside out is removed by the next one.
    for name in ("seeds",):
        shutil.rmtree(work / name)
    shutil.copytree(SEEDS, work / "seeds")
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK
    assert sorted(p.name for p in work.iterdir() if p.name.startswith(".out")) == []


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return "gone"


def test_ctrl_c_exits_130_without_a_traceback(work):
    _many_articles(work, 400)
    build = _run(["build", "--out", "out", "--jobs", "2", "--no-cache"], work)
    assert _wait_for(lambda: len(_children(build.pid)) >= 2), "the build started no workers"
    workers = _children(build.pid)
    build.send_signal(signal.SIGINT)
    out, err = build.communicate(timeout=60)
    assert build.returncode == 130, err
    assert "Traceback" not in err and "peelkg: interrupted" in err
    assert not (work / "out").exists()
    assert not [p for p in work.iterdir() if p.name.startswith(".out.")]
    assert all(_state(w) in ("gone", "Z") for w in workers)


def test_concurrent_builds_into_one_folder_leave_one_whole_build(work):
    _many_articles(work, 40)
    builds = [_run(["build", "--out", "out", "--no-cache", "--cache", f"cache{i}"], work) for i in range(3)]
    results = [b.communicate(timeout=300) for b in builds]
    assert all(b.returncode == 0 for b in builds), results
    assert cli.main(["validate", "out/peel.trig"]) == cli.EXIT_OK
    assert cli.main(["build", "--out", "out"]) == cli.EXIT_OK  # the one that won is whole: up to date
    assert not [p for p in work.iterdir() if p.name.startswith(".out.")]
