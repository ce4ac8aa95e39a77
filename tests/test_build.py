"""`peelkg build` end to end on the seeds: reproducible, atomic, clear about bad input."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peelkg import cli, dataset, rdf, serialise, vocab
from peelkg.text import InputError, read_source

ROOT = Path(__file__).resolve().parent.parent
SEEDS, BUILD = ROOT / "seeds", ROOT / "build"
OUTPUTS = ("peel.trig", "peel.nq", "peel.ttl", "peel.nt", "peel.jsonld", "void.ttl", "manifest.json")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dataset.BuildResult:
    return dataset.build(SEEDS, tmp_path_factory.mktemp("build") / "build")


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_committed_build_is_reproducible(built):
    """build/ is what `peelkg build` writes from seeds/, byte for byte."""
    assert sorted(contents(built.out)) == sorted(OUTPUTS)
    assert contents(built.out) == contents(BUILD), "build/ is stale: run `peelkg build` and commit it"


def test_two_builds_are_identical(built, tmp_path):
    again = dataset.build(SEEDS, tmp_path / "again")
    assert contents(again.out) == contents(built.out)


def test_turtle_written_beside_the_rest_is_the_same(built, tmp_path, monkeypatch):
    """Large builds write the merge (N-Triples, Turtle) in a second process; the files do not change."""
    monkeypatch.setattr(serialise, "APART", 0)
    again = dataset.build(SEEDS, tmp_path / "again")
    assert contents(again.out) == contents(built.out)


def test_every_serialisation_holds_the_same_dataset(built):
    """TriG and JSON-LD are joined from per-graph pieces: each must read back as the N-Quads do,
    and Turtle and N-Triples as their merge."""
    import pyoxigraph as ox

    def read(name: str, fmt) -> set:
        return set(ox.parse(path=str(built.out / name), format=fmt))
    quads = read("peel.nq", ox.RdfFormat.N_QUADS)
    assert len(quads) == built.quads
    assert read("peel.trig", ox.RdfFormat.TRIG) == quads
    assert read("peel.jsonld", ox.RdfFormat.JSON_LD) == quads
    merged = {q.triple for q in quads}
    assert len(merged) == built.triples
    assert {q.triple for q in read("peel.nt", ox.RdfFormat.N_TRIPLES)} == merged
    assert {q.triple for q in read("peel.ttl", ox.RdfFormat.TURTLE)} == merged


# sha256 of ../shared/seeds/*.txt, the articles the project was given.
SEED_DIGESTS = {
    "000_ccf06247f826bedc.txt": "b9b7e6dcfa9cd36793cd5dfbdcee03b1adc0b322aad3e11a13249fb066e1701e",
    "001_09057eabbd9dc706.txt": "df32834de51e93e01073690af30e9451e8cce2de5995c57aa940d9731af19368",
}


def test_seed_copies_are_byte_identical():
    import hashlib
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(SEEDS.glob("*.txt"))} == SEED_DIGESTS
    shared = ROOT.parent / "shared" / "seeds"
    for original in sorted(shared.glob("*.txt")):  # the shared folder, where this checkout has it beside
        assert (SEEDS / original.name).read_bytes() == original.read_bytes()


def test_unchanged_inputs_are_a_no_op(tmp_path):
    out = tmp_path / "out"
    dataset.build(SEEDS, out)
    before = contents(out)
    assert dataset.build(SEEDS, out).up_to_date
    assert contents(out) == before


def test_a_violation_fails_the_build_and_keeps_the_previous_dataset(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    dataset.build(SEEDS, out)
    before = contents(out)
    real = rdf.article_quads

    def without_grades(facts):  # a converter bug: judgements that lose their grade
        return [q for q in real(facts) if not str(q.predicate.value).endswith("#grade")]

    monkeypatch.setattr(rdf, "article_quads", without_grades)
    code = cli.main(["build", "--seeds", str(SEEDS), "--out", str(out), "--no-cache"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_INVALID
    assert "peel:JudgementShape" in err and "peel:grade" in err and "000_ccf06247f826bedc.txt" in err
    assert contents(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "a temporary folder was left behind"


def test_a_violation_in_a_shared_graph_fails_the_build(tmp_path, monkeypatch):
    """The reference and inferred graphs are validated by the build itself, not by a worker."""
    import pyoxigraph as ox
    real = dataset.reference_quads
    graph = ox.NamedNode(str(vocab.REFERENCE_GRAPH))
    stray = ox.NamedNode(str(vocab.PK["judgement/stray"]))

    def with_a_bare_judgement():
        return real() + [ox.Quad(stray, ox.NamedNode(str(vocab.RDF.type)), ox.NamedNode(str(vocab.PEEL.Judgement)), graph)]
    monkeypatch.setattr(dataset, "reference_quads", with_a_bare_judgement)
    with pytest.raises(dataset.BuildFailed) as failed:
        dataset.build(SEEDS, tmp_path / "out")
    assert any(f.focus == "pk:judgement/stray" and f.source == str(vocab.REFERENCE_GRAPH)
               for f in failed.value.report.violations), failed.value.report.render()
    assert not (tmp_path / "out").exists()


def test_bad_input_names_the_file_and_writes_nothing(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "002_broken.txt").write_bytes("Kent Police was rated \xff good".encode("latin-1"))
    code = cli.main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_INPUT
    assert "002_broken.txt" in err and "not UTF-8" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", "   \n", "empty"),
    ("bom.txt", "\ufeffKent Police", "byte-order mark"),
])
def test_unreadable_articles(tmp_path, name, content, problem):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as raised:
        dataset.build(tmp_path, tmp_path / "out")
    assert name in str(raised.value)


def test_bad_metadata_names_the_file(tmp_path):
    shutil.copy(SEEDS / "001_09057eabbd9dc706.txt", tmp_path)
    (tmp_path / "001_09057eabbd9dc706.meta.toml").write_text('publishr = "BBC"\n')
    with pytest.raises(InputError, match=r"001_09057eabbd9dc706\.meta\.toml: unknown key\(s\) publishr"):
        dataset.build(tmp_path, tmp_path / "out")


def test_a_folder_without_articles_is_an_error(tmp_path, capsys):
    assert cli.main(["build", "--seeds", str(tmp_path), "--out", str(tmp_path / "out")]) == cli.EXIT_INPUT
    assert "no .txt articles" in capsys.readouterr().err


def test_source_flaws_are_warnings_with_a_place(tmp_path, capsys):
    folder = ROOT / "tests" / "conflicts" / "self-contradiction"
    code = cli.main(["build", "--seeds", str(folder), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_OK
    line = next(l for l in err.splitlines() if "[grade-count-mismatch]" in l)
    assert line.startswith(str(folder / "a.txt") + ":") and ": warning [grade-count-mismatch]: stated counts sum to 8" in line


def test_convert_writes_turtle(capsys):
    import rdflib
    assert cli.main(["convert", str(SEEDS / "001_09057eabbd9dc706.txt")]) == cli.EXIT_OK
    graph = rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")
    grades = {str(o) for o in graph.objects(None, rdflib.URIRef("https://w3id.org/peelkg/def#grade"))}
    assert "https://w3id.org/peelkg/id/grade/requires-improvement" in grades


def test_validate_exit_codes(built, tmp_path, capsys):
    assert cli.main(["validate", str(built.out / "peel.trig")]) == cli.EXIT_OK
    broken = tmp_path / "broken.nq"
    lines = (built.out / "peel.nq").read_text().splitlines()
    broken.write_text("\n".join(l for l in lines if "/def#speaker>" not in l) + "\n")
    assert cli.main(["validate", str(broken)]) == cli.EXIT_INVALID
    assert "peel:speaker" in capsys.readouterr().out


def count_conversions(monkeypatch) -> list[str]:
    """The names of the articles converted from now on (read from the cache ones are not)."""
    converted: list[str] = []
    real_extract = dataset.extract

    def counting(source):
        converted.append(source.name)
        return real_extract(source)
    monkeypatch.setattr(dataset, "extract", counting)
    return converted


@pytest.fixture
def cached_build(tmp_path):
    """The seeds copied and built once with a cache: (seeds, cache, out, the build's result)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    cache, out = tmp_path / "cache", tmp_path / "out"
    return seeds, cache, out, dataset.build(seeds, out, cache_dir=cache)


def test_cached_articles_are_not_converted_again(cached_build, monkeypatch):
    """Cache keyed by the text's sha256 and the converter's fingerprint: an unchanged
    article is read from it, a changed one converted, and another fingerprint starts afresh."""
    seeds, cache, out, first = cached_build
    converted = count_conversions(monkeypatch)

    shutil.rmtree(out)
    again = dataset.build(seeds, out, cache_dir=cache)
    assert converted == []
    assert (again.triples, again.quads) == (first.triples, first.quads)
    assert contents(out) == contents(BUILD)

    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    dataset.build(seeds, out, cache_dir=cache)
    assert converted == [edited.name]

    converted.clear()
    (old,) = [p for p in cache.iterdir() if p.is_dir()]
    monkeypatch.setattr(dataset, "CONVERTER_VERSION", "a newer converter")
    dataset.build(seeds, out, cache_dir=cache)
    assert sorted(converted) == sorted(p.name for p in seeds.glob("*.txt"))
    assert old.exists() is False and len([p for p in cache.iterdir() if p.is_dir()]) == 1


def test_a_damaged_cache_entry_is_converted_again(cached_build, monkeypatch):
    """A cache file that does not read back (cut short, overwritten) costs a conversion, not the build."""
    seeds, cache, out, _ = cached_build
    damaged = sorted(seeds.glob("*.txt"))[0]
    (entry,) = cache.glob(f"*/{read_source(damaged).sha256}.*")
    entry.write_bytes(entry.read_bytes()[:100])
    converted = count_conversions(monkeypatch)

    shutil.rmtree(out)
    dataset.build(seeds, out, cache_dir=cache)
    assert converted == [damaged.name]
    assert contents(out) == contents(BUILD)


def built_store(tmp_path: Path, articles: dict[str, str]):
    """The articles built into a dataset, checked valid, and loaded into a store to query."""
    import pyoxigraph as ox

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text)
    result = dataset.build(seeds, tmp_path / "out")
    assert result.report.conforms, result.report.render()
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "peel.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def test_a_quote_said_twice_in_other_wording_is_one_claim_with_one_text(tmp_path):
    """The same words quoted twice, once with a closing full stop and once without, are one claim
    (its IRI ignores end punctuation): it keeps the first wording and both spans, and the build is
    valid (two schema:text values broke ClaimShape-text on a real article)."""
    store = built_store(tmp_path, {"kent.txt": (
        "Kent Police rated good by inspectors\n\n"
        "Kent Police was rated good at preventing crime by His Majesty's Inspectorate of Constabulary.\n\n"
        'Commissioner Ann Jones said: "This is unique, and great news for the whole of Kent."\n\n'
        "She added that officers had worked hard.\n\n"
        '"This is unique, and great news for the whole of Kent", Ms Jones said again at the meeting.\n')})
    rows = list(store.query(
        f"PREFIX peel: <{vocab.PEEL}> PREFIX schema: <{vocab.SCHEMA}> "
        "SELECT ?claim (GROUP_CONCAT(DISTINCT ?text; separator='|') AS ?texts) (COUNT(DISTINCT ?e) AS ?spans) "
        "WHERE { GRAPH ?g { ?claim a peel:DirectQuote ; schema:text ?text ; peel:evidence ?e } } GROUP BY ?claim"))
    assert [(r["texts"].value, int(r["spans"].value)) for r in rows] == \
        [("This is unique, and great news for the whole of Kent.", 2)]


def test_a_quote_cut_mid_word_is_no_part_of_the_whole_quote(tmp_path):
    """One article quotes a chief constable in full, another's page ends mid-word inside the same quote:
    the cut quote is that article's alone (the whole quote's article gains no claim of a word it never printed),
    while a quote cut at a word's end is the whole quote's too (one claim, two sources)."""
    import pyoxigraph as ox

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    lead = "Kent Police was rated good at preventing crime by His Majesty's Inspectorate of Constabulary.\n\n"
    (seeds / "full.txt").write_text(
        "Kent Police rated good\n\n" + lead + 'Chief Constable Tim Smith said: "This report will be '
        'concerning for Kent residents but we have clear plans to improve."\n')
    (seeds / "cut.txt").write_text(
        "Kent Police rated good by inspectors\n\n" + lead + 'Chief Constable Tim Smith said: "This report will be '
        "concerning for Ke")
    (seeds / "words.txt").write_text(
        "Kent Police given good rating\n\n" + lead + 'Chief Constable Tim Smith said: "This report will be '
        "concerning for Kent")
    dataset.build(seeds, tmp_path / "out")
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "peel.nq"), format=ox.RdfFormat.N_QUADS)
    rows = {(r["words"].value, r["file"].value) for r in store.query(
        f"PREFIX peel: <{vocab.PEEL}> PREFIX nif: <{vocab.NIF}> PREFIX dct: <{vocab.DCTERMS}> "
        "SELECT ?words ?file WHERE { GRAPH ?g { ?claim a peel:DirectQuote ; peel:evidence ?e . "
        "?e nif:anchorOf ?words ; nif:referenceContext ?src . ?src dct:identifier ?file } }")}
    assert ("This report will be concerning for Ke", "cut.txt") in rows
    assert ("This report will be concerning for Ke", "full.txt") not in rows
    assert ("This report will be concerning for Kent", "full.txt") in rows


def test_two_spellings_of_one_name_are_one_person_with_one_name(tmp_path):
    """'Mark Burns-Williamson' in a caption and 'Mark Burns Williamson' in the text have one IRI (the name's slug):
    the first spelling is its schema:name, the other its schema:alternateName, and the build is valid (two names
    broke PersonShape-name on a real article)."""
    store = built_store(tmp_path, {"wyp.txt": (
        "West Yorkshire Police rated good\n\n"
        "Police and Crime Commissioner Mark Burns-Williamson at the force's headquarters.\n\n"
        "West Yorkshire Police was rated good at treating the public fairly by His Majesty's Inspectorate of Constabulary.\n\n"
        'Police and Crime Commissioner Mark Burns Williamson said: "This is a good result for everyone in the county."\n')})
    rows = list(store.query(
        f"PREFIX schema: <{vocab.SCHEMA}> SELECT ?name ?other WHERE {{ GRAPH ?g {{ "
        "?p a schema:Person ; schema:name ?name OPTIONAL { ?p schema:alternateName ?other } } }"))
    assert [(r["name"].value, r["other"].value if r["other"] else None) for r in rows] == \
        [("Mark Burns-Williamson", "Mark Burns Williamson")]
