"""Score the converter on a corpus with gold facts, through the five named queries.

A corpus is a folder of NNN_name.txt articles, each with NNN_name.gold.json beside it
(schema in tests/corpus/README.md). The corpus is built like any other folder, then
grades.rq, grade_counts.rq, people.rq, claims.rq and inspections.rq are run on it and
their rows compared with the gold: precision, recall and F1 per fact type.
"""
from __future__ import annotations

import difflib
import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph

from . import dataset, results, vocab
from .query import LocalStore, lexical, read, read_query
from .text import InputError, fold, read_source

FACT_TYPES = ("grades", "grade_counts", "people", "quotes", "inspector", "dates")
TARGETS = {"grades": 0.95, "grade_counts": 0.95, "people": 0.9, "quotes": 0.9, "inspector": 0.9, "dates": 0.9}
PRECISION_TARGETS = {"grades": 0.98}
QUOTE_SIMILARITY = 0.9
QUOTE_MIN_WORDS = 5  # fewer make no quote (tests/corpus/README.md); a reported statement may be shorter
HONORIFICS = re.compile(r"^(?:(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|baroness|professor|prof)\.?\s+)+")


@dataclass
class Score:
    gold: set = field(default_factory=set)
    predicted: set = field(default_factory=set)
    matched_gold: set = field(default_factory=set)
    matched_predicted: set = field(default_factory=set)

    @property
    def precision(self) -> float:
        return len(self.matched_predicted) / len(self.predicted) if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return len(self.matched_gold) / len(self.gold) if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def match_exact(self) -> None:
        both = self.gold & self.predicted
        self.matched_gold, self.matched_predicted = set(both), set(both)


def norm(value) -> str:
    """Case, quote marks, dashes, spacing, honorifics, edge punctuation and accents aside: 'Zoë
    Billingham' and 'Zoe Billingham' are one name, as they are one person in the graph (the
    person's IRI is an ASCII slug), which then holds both spellings."""
    text = unicodedata.normalize("NFKD", fold(str(value))).lower()
    text = unicodedata.normalize("NFKC", "".join(c for c in text if not unicodedata.combining(c)))
    text = HONORIFICS.sub("", re.sub(r"\s+", " ", text).strip())
    return text.strip(" \"'.,;:!?")


def force_name(value) -> str:
    """A force's name as norm gives it, any of its labels as its preferred one: 'Devon and Cornwall Police' and 'Devon &
    Cornwall Police' are one force, as they are one IRI in the graph (a force the vocabulary lacks keeps its name)."""
    name = norm(value)
    lex = vocab.lexicon()
    force = lex.forces.concept_of.get(name)  # (the lexicon's own map of every force label to its IRI)
    return norm(lex.label[force]) if force else name


def person_name(value) -> str:
    """A person's name as norm gives it, a hyphen between its words as a space: 'Ron Barclay-Smith' and 'Ron Barclay
    Smith' are one person in the graph too (the person's IRI is a slug of the name's words)."""
    return norm(value).replace("-", " ")


def read_gold(corpus: Path) -> dict[str, dict]:
    """file name of each article -> its gold facts; an article without gold (or gold without article) is an error."""
    articles = {p.name: p for p in corpus.glob("*.txt")}
    golds = {p.name.removesuffix(".gold.json") + ".txt": p for p in corpus.glob("*.gold.json")}
    if not articles:
        raise InputError(f"{corpus}: no .txt articles")
    missing = sorted(set(articles) ^ set(golds))
    if missing:
        raise InputError(f"{corpus}: articles and gold files do not pair up: {', '.join(missing)}")
    gold = {}
    for name, path in sorted(golds.items()):
        try:
            gold[name] = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as err:
            raise InputError(f"{path}: not valid JSON: {err}") from err
    return gold


def _rows(store: LocalStore, name: str) -> list[dict[str, str]]:
    variables, rows = store.select(read_query(name))
    return [{v: lexical(t) for v, t in zip(variables, row)} for row in rows]


def _quoted_in(text: str, quote: str) -> bool:
    """True when `quote` stands in `text` straight after an opening quote mark, or after one and a space ('“ Avon and
    …'): a direct quote; or, where the page lost a paragraph's opening mark, from its line's start to a closing mark
    (the quote going on from the paragraph before)."""
    folded, wanted = fold(text), fold(quote)
    at = folded.find(wanted)
    while at >= 0:
        if at and folded[at - 1] in "\"'":
            return True
        # (The mark before the space opens: white space or a colon before it, not a word that a closing one follows.)
        if at > 1 and folded[at - 1] in " \t" and folded[at - 2] == '"' and (at == 2 or folded[at - 3] in " \t\n:"):
            return True
        if (not at or folded[at - 1] == "\n") and folded.startswith('"', at + len(wanted)):
            return True
        at = folded.find(wanted, at + 1)
    return False


def _inferred_by_source(named: pyoxigraph.Store, graphs: list[pyoxigraph.NamedNode]) -> dict[str, list]:
    """Each source's inferred triples: those about a subject the rule derived from that source's
    text (its prov:wasDerivedFrom span). The inferred graphs are per rule, not per source."""
    derived = pyoxigraph.NamedNode(str(vocab.PROV.wasDerivedFrom))
    spans = str(vocab.source_iri(""))
    by_source: dict[str, list] = {}
    for graph in graphs:
        origins: dict = {}
        for quad in named.quads_for_pattern(None, derived, None, graph):
            origins.setdefault(quad.subject, set()).add(quad.object.value[len(spans):].split("#")[0])
        for quad in named.quads_for_pattern(None, None, None, graph):
            for source in origins.get(quad.subject, ()):
                by_source.setdefault(source, []).append(pyoxigraph.Triple(quad.subject, quad.predicate, quad.object))
    return by_source


def _article_rows(store: LocalStore, name: str) -> list[tuple[str, dict[str, str]]]:
    """(file name, row) of a named query run on each article's own graph, with the reference graph
    and the inferences drawn from that article's text: what that article states, as the gold gives
    it per article. Over the whole corpus, a person's post or an inspection's inspector or period
    found in one article would count for another."""
    named = store.with_named_graphs()
    graphs = list(named.named_graphs())
    sources, inferred = str(vocab.source_graph_iri("")), str(vocab.inferred_graph_iri(""))
    reference = pyoxigraph.NamedNode(str(vocab.REFERENCE_GRAPH))
    inferences = _inferred_by_source(named, [g for g in graphs if g.value.startswith(inferred)])
    identifier = pyoxigraph.NamedNode(str(vocab.DCTERMS.identifier))
    sparql = read_query(name)
    reading = read(sparql)
    found = []
    for graph in graphs:
        if not graph.value.startswith(sources):
            continue
        article = next((q.object.value for q in named.quads_for_pattern(None, identifier, None, graph)), None)
        # The article's inferences go into a graph of their own for this one query, then leave.
        own = pyoxigraph.NamedNode(graph.value + "#inferred")
        named.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object, own)
                     for t in inferences.get(graph.value[len(sources):], ()))
        try:
            solutions = store.evaluate(sparql, reading, default_graph=[graph, reference, own])
            variables, rows = results.solution_rows(solutions)
        finally:
            named.remove_graph(own)
        found += [(article, {v: lexical(term) for v, term in zip(variables, row)}) for row in rows]
    return found


def score(store: LocalStore, gold: dict[str, dict], texts: dict[str, str]) -> dict[str, Score]:
    scores = {kind: Score() for kind in FACT_TYPES}
    for source, g in gold.items():
        scores["grades"].gold |= {(source, force_name(f), norm(a), norm(gr)) for f, a, gr in g["grades"]}
        scores["grade_counts"].gold |= {(source, force_name(f), norm(gr), int(n)) for f, gr, n in g["grade_counts"]}
        scores["people"].gold |= {(source, person_name(p), norm(r)) for p, r in g["people"]}
        scores["quotes"].gold |= {(source, person_name(s), norm(t)) for s, t in g["quotes"]}
        if g.get("force"):
            scores["inspector"].gold |= {(source, force_name(g["force"]), person_name(i)) for i in g["inspector"]}
            scores["dates"].gold |= {(source, force_name(g["force"]), k, v) for k, v in g["dates"].items() if v}
    org_quotes = {(s, norm(t)) for s, g in gold.items() for _, t in g.get("org_quotes", [])}
    org_texts: dict[str, list[str]] = {}
    for s, t in org_quotes:
        org_texts.setdefault(s, []).append(t)
    org_speakers = {(s, person_name(o), norm(t)) for s, g in gold.items() for o, t in g.get("org_quotes", [])}
    person_quotes = {(s, t) for s, _, t in scores["quotes"].gold}
    for row in _rows(store, "grades"):
        scores["grades"].predicted.add((row["source"], force_name(row["force"]), norm(row["area"]), norm(row["grade"])))
    for row in _rows(store, "grade_counts"):
        scores["grade_counts"].predicted.add((row["source"], force_name(row["force"]), norm(row["grade"]), int(row["count"])))
    for source, row in _article_rows(store, "people"):
        scores["people"].predicted.add((source, person_name(row["person"]), norm(row["role"])))
    for row in _rows(store, "claims"):
        source = row["source"]
        said, quote = (source, norm(row["text"])), (source, person_name(row["speaker"]), norm(row["text"]))
        # An organisation's words are no person's quote; but a person may say the same words too (the HMI's report
        # quoted as the inspectorate's and in her own mouth): credited to anyone but that organisation, they are scored.
        # (A reported statement of four words that a headline quotes is no quote: 'We are extraordinarily proud'.)
        # (Part of an organisation's words is theirs too: another source quoting the report's first sentence alone puts
        # that claim's evidence in this source's longer quote of it.)
        of_org = said in org_quotes or any(said[1] in t for t in org_texts.get(source, ()))
        if source in texts and len(row["text"].split()) >= QUOTE_MIN_WORDS and _quoted_in(texts[source], row["text"]) and \
                (not of_org or (said in person_quotes and quote not in org_speakers)):
            scores["quotes"].predicted.add(quote)
    # An article's inspector and dates are those of its own inspection (its force's), as that article gives them.
    for source, row in _article_rows(store, "inspections"):
        force = force_name(row["force"])
        if source not in gold or not gold[source].get("force") or force_name(gold[source]["force"]) != force:
            continue
        for person in filter(None, (row.get("inspector") or "").split("; ")):
            scores["inspector"].predicted.add((source, force, person_name(person)))
        scores["dates"].predicted |= {(source, force, key, row[key])
                                      for key in ("published", "period_start", "period_end") if row.get(key)}
    for kind, s in scores.items():
        if kind == "quotes":
            _match_quotes(s)
            _drop_cuts_of_right_quotes(s, texts)
        else:
            s.match_exact()
    return scores


def _match_quotes(s: Score) -> None:
    """Same source and speaker, and texts that agree but for punctuation and the odd word; texts that agree
    exactly first, so that a shorter quote sharing most of a longer one's words (the same words cut short by
    another source) cannot take the longer one's place."""
    s.match_exact()
    for predicted in sorted(s.predicted - s.matched_predicted):
        for wanted in sorted(s.gold - s.matched_gold):
            if predicted[:2] == wanted[:2] and \
                    difflib.SequenceMatcher(None, predicted[2], wanted[2]).ratio() >= QUOTE_SIMILARITY:
                s.matched_gold.add(wanted)
                s.matched_predicted.add(predicted)
                break


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    found, at = [], text.find(words)
    while at >= 0:
        found.append((at, at + len(words)))
        at = text.find(words, at + 1)
    return found


def _drop_cuts_of_right_quotes(s: Score, texts: dict[str, str]) -> None:
    """A quote found that no gold quote is, whose words stand in its article only inside a right quote of the same
    speaker's (span within span), is that quote again, cut shorter: corroboration gives an article another
    source's shorter cut of a quote it prints in full (one claim, two wordings). It counts for nothing, neither
    found nor right; words the article prints elsewhere too (a headline repeating part of a quote) still count."""
    right: dict[tuple[str, str], list[str]] = {}
    for source, speaker, words in s.matched_predicted:
        right.setdefault((source, speaker), []).append(words)
    normed: dict[str, str] = {}
    for quote in sorted(s.predicted - s.matched_predicted):
        source, speaker, words = quote
        longer = [w for w in right.get((source, speaker), ()) if words in w and words != w]
        if not longer or source not in texts or not words:
            continue
        text = normed.setdefault(source, norm(texts[source]))
        inside = [span for w in longer for span in _spans(text, w)]
        cuts = _spans(text, words)
        if cuts and all(any(a <= start and end <= b for a, b in inside) for start, end in cuts):
            s.predicted.discard(quote)


def read_texts(corpus: Path, gold: dict[str, dict]) -> dict[str, str]:
    """Each article's text as the converter reads it (line ends and character references read alike)."""
    return {name: read_source(corpus / name, max_bytes=None).text for name in gold}


def evaluate(corpus: Path, out: Path | None = None) -> dict[str, Score]:
    gold = read_gold(corpus)
    with tempfile.TemporaryDirectory(prefix="peelkg-eval-") as tmp:
        target = out or Path(tmp) / "build"
        dataset.build(corpus, target)
        store = LocalStore()
        store.load(target)
        return score(store, gold, read_texts(corpus, gold))


def _words(value: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", norm(value)) if len(w) > 2 or w.isdigit()]


def place(kind: str, fact: tuple, texts: dict[str, str]) -> str:
    """Where its article states (or should state) a fact: 'file:line' of the line that shares the
    most of its words, the quote's own line for quotes."""
    if fact[0] not in texts:
        return ""
    names = [fact[0]]
    values = fact[1:] if kind == "people" else fact[2:]  # a line is found by what it says, not by whose it is
    if kind == "quotes":
        wanted = [_words(values[-1])[:8]]
    else:
        wanted = [_words(str(v)) for v in values]
    best = (0.0, "", 0)
    for name in names:
        for number, line in enumerate(texts[name].splitlines(), 1):
            have = set(_words(line))
            if kind == "quotes":
                hit = float(all(w in have for w in wanted[0]))
            else:
                hit = sum(len(have & set(w)) / len(w) for w in wanted if w)
            if hit > best[0]:
                best = (hit, name, number)
    return f"{best[1]}:{best[2]}" if best[1] else names[0]


def render(scores: dict[str, Score], details: bool = False, texts: dict[str, str] | None = None) -> str:
    lines = [f"{'fact type':<14}{'gold':>6}{'found':>7}{'right':>7}{'precision':>11}{'recall':>8}{'F1':>7}  target"]
    for kind in FACT_TYPES:
        s = scores[kind]
        target = f"F1 ≥ {TARGETS[kind]:.2f}" + (f", P ≥ {PRECISION_TARGETS[kind]:.2f}" if kind in PRECISION_TARGETS else "")
        met = s.f1 >= TARGETS[kind] and s.precision >= PRECISION_TARGETS.get(kind, 0)
        lines.append(f"{kind:<14}{len(s.gold):>6}{len(s.predicted):>7}{len(s.matched_predicted):>7}"
                     f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}  {target} {'ok' if met else 'MISSED'}")
        if details:
            for label, facts in (("missing", s.gold - s.matched_gold), ("extra:  ", s.predicted - s.matched_predicted)):
                for fact in sorted(facts, key=str):
                    where = place(kind, fact, texts) if texts else ""
                    shown = fact[1:] if where else fact
                    lines.append(f"    {label} {where + ': ' if where else ''}{' | '.join(map(str, shown))}")
    invented = scores["grades"].predicted - scores["grades"].matched_predicted
    lines.append(f"invented grades: {len(invented)} (grades the articles do not state; the target is 0)")
    return "\n".join(lines)
