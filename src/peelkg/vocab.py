"""Namespaces, IRI minting and label lookups over the Turtle vocabularies in ontology/.

The only module that spells IRIs (docs/MODEL.md is the contract); everything the
converter recognises (grades, areas, forces, organisations, roles, programmes) comes
from the SKOS labels loaded here, not from Python literals.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

_PACKAGE = Path(__file__).resolve().parent
# Installed from a wheel, the ontology and the named queries are package data beside this
# module; in the source tree (and an editable install) they are at the repository's root.
_DATA = _PACKAGE if (_PACKAGE / "ontology").is_dir() else _PACKAGE.parent.parent
ONTOLOGY_DIR = _DATA / "ontology"
QUERIES_DIR = _DATA / "queries"

PEEL = Namespace("https://w3id.org/peelkg/def#")
PK = Namespace("https://w3id.org/peelkg/id/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
VOID = Namespace("http://rdfs.org/ns/void#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
MEDIA_TYPE = Namespace("https://www.iana.org/assignments/media-types/")
CC_BY_4 = URIRef("https://creativecommons.org/licenses/by/4.0/")

PREFIXES: dict[str, str] = {
    "peel": str(PEEL),
    "pk": str(PK),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "org": str(ORG),
    "skos": str(SKOS),
    "dct": str(DCTERMS),
    "foaf": str(FOAF),
    "nif": str(NIF),
    "dcat": str(DCAT),
    "void": str(VOID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "sh": str(SH),
}

REFERENCE_GRAPH = PK["graph/reference"]
SHAPES_GRAPH = PK["graph/shapes"]  # where a SPARQL constraint's $shapesGraph finds the shapes during validation
# The default graph that queries and checks read: the merge of the named graphs, each triple
# once (a store is a set; Oxigraph's union default graph repeats a triple once per graph).
MERGE_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': 'Ash-Edwards, Jonathan' -> 'ash-edwards-jonathan'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# IRI minting: one function a resource kind, following docs/MODEL.md.
def source_iri(source_id: str) -> URIRef:
    return PK[f"source/{source_id}"]


def span_iri(source_id: str, start: int, end: int) -> URIRef:
    return PK[f"source/{source_id}#char={start},{end}"]


def source_graph_iri(source_id: str) -> URIRef:
    return PK[f"graph/source/{source_id}"]


def inferred_graph_iri(rule: str) -> URIRef:
    return PK[f"graph/inferred/{rule}"]


def inspection_iri(force: str, programme: str, earlier: bool = False) -> URIRef:
    """A force's inspection of a cycle; `earlier`: its inspection before the one of an untold cycle a source reports
    on, its own cycle untold too (facts.Inspection.earlier)."""
    return PK[f"inspection/{local_slug(force)}/{local_slug(programme)}" + ("/earlier" if earlier else "")]


def judgement_iri(inspection: str, area: str, grade: str) -> URIRef:
    return URIRef(f"{inspection}/judgement/{local_slug(area)}/{local_slug(grade)}")


def grade_count_iri(inspection: str, grade: str, count: int) -> URIRef:
    return URIRef(f"{inspection}/grade-count/{local_slug(grade)}/{count}")


def person_iri(name: str) -> URIRef:
    return PK[f"person/{slug(name)}"]


def person_key(name: str) -> str:
    """A person's first initial and surname, the same for the forms of one name coverage writes ('Andy' and 'Andrew
    Cooke', 'Zoe' and 'Zoë Billingham')."""
    words = slug(name).split("-")
    return f"{words[0][:1]} {words[-1]}"


def organisation_iri(name: str) -> URIRef:
    return PK[f"org/{slug(name)}"]


def office_iri(role: str, force: str) -> URIRef:
    return PK[f"org/{local_slug(role)}/{local_slug(force)}"]


UNNAMED_ORGANISATIONS = PK["org/unnamed/"]


def unnamed_organisation_iri(role: str, person: str) -> URIRef:
    return URIRef(f"{UNNAMED_ORGANISATIONS}{local_slug(role)}/{slug(person)}")


def membership_iri(person: str, role: str, organisation: str) -> URIRef:
    org_part = str(organisation).removeprefix(str(PK)).replace("/", "-")
    return PK[f"membership/{local_slug(person)}/{local_slug(role)}/{org_part}"]


def claim_iri(digest: str) -> URIRef:
    return PK[f"claim/{digest}"]


def event_iri(source_id: str, name: str) -> URIRef:
    return PK[f"event/{source_id}/{slug(name)}"]


def local_slug(iri: URIRef | str) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def rule_iri(rule: str) -> URIRef:
    return PK[f"rule/{rule}"]


# --- the vocabularies, loaded from ontology/ -------------------------------------------

VOCAB_FILES = ("peel.ttl", "vocab/*.ttl")


def ontology_files() -> list[Path]:
    files: list[Path] = []
    for pattern in VOCAB_FILES:
        files.extend(sorted(ONTOLOGY_DIR.glob(pattern)))
    return files


@lru_cache(maxsize=1)
def reference_graph() -> Graph:
    """The ontology and every concept scheme, as one rdflib graph."""
    graph = Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


# One character for one character, so offsets survive folding.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2022": "*", "\u00b7": "*",
})


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Straight quotes, hyphens for dashes, plain spaces; same length as `text`.

    Articles (text.py) and the vocabularies' phrases fold alike, so a phrase matches however
    the article types its quotes, dashes and spaces."""
    # Only non-ASCII characters fold: translating just their runs is much faster than
    # str.translate over a whole article, most of which is ASCII.
    return _NON_ASCII.sub(lambda run: run.group().translate(_FOLD), text)


def trie_alternation(phrases, after_first: str = "", space: str = " ") -> str:
    """The phrases as one regex alternation shaped like a trie, so re tests each next character
    once instead of trying every phrase at every position. At a node, longer continuations come
    before the phrase that ends there: a match is the longest phrase that lets the rest of the
    pattern match, as with a longest-first alternation, since (for ASCII phrases in one case) two
    characters at a node never match the same text character, even ignoring case. `after_first`
    goes after each first character: a look-behind there, rather than before, keeps re's skip
    ahead to the possible first characters."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def branches(node: dict, prefix: str = "") -> str:
        options = [(space if ch == " " else re.escape(ch)) + prefix + branches(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            options.append("")
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return branches(trie, after_first) if trie else "(?!)"


_FEW_FIRST_LETTERS = 6  # phrases opening on no more letters than these are found faster by re's skip to them


@dataclass(frozen=True)
class Phrases:
    """Phrases that signal concepts, matched case-insensitively on whole words, longest first."""

    pattern: re.Pattern[str]
    lower_case_pattern: re.Pattern[str] | None  # the same, case-sensitive, for lower-cased ASCII text
    concept_of: dict[str, str]  # folded lower-case phrase -> concept IRI
    wraps: bool = False  # a space of a phrase may be a line break in the text, and more spaces (hard-wrapped, indented)

    @classmethod
    def build(cls, pairs: list[tuple[str, str]], case_sensitive: bool = False, wraps: bool = False) -> "Phrases":
        concept_of: dict[str, str] = {}
        for phrase, iri in sorted(pairs):
            key = fold(phrase).strip()
            key = key if case_sensitive else key.lower()
            if key:
                concept_of.setdefault(key, iri)
                # (a list inside a name may drop its commas: "building supporting and protecting the workforce")
                if ", " in key:
                    concept_of.setdefault(key.replace(", ", " "), iri)
        # Whole words: the first letter must not follow [\w-], the last must not precede it. Phrases opening on many
        # letters leave re's skip little to pass over: the look-behind first rejects a word's inner letters sooner.
        # (a wrapped line's indentation may follow the break: '… preventing' / '    crime')
        space = "[ \n] *" if wraps else " "
        if len({key[0].lower() for key in concept_of}) > _FEW_FIRST_LETTERS:
            alternation = r"(?<![\w-])" + trie_alternation(concept_of, space=space) + r"(?![\w-])"
        else:
            alternation = trie_alternation(concept_of, after_first=r"(?<![\w-].)", space=space) + r"(?![\w-])"
        if case_sensitive:
            return cls(re.compile(alternation), None, concept_of, wraps)
        # Case-insensitive matching costs re its fast skip to the first letters: ASCII text (the
        # common case) is lower-cased and matched case-sensitively instead.
        lower_case = re.compile(alternation) if all(key.isascii() for key in concept_of) else None
        return cls(re.compile(alternation, re.IGNORECASE), lower_case, concept_of, wraps)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, lower: str | None = None):
        """(start, end, concept IRI) of each non-overlapping match in text[pos:endpos] (`lower` is text.lower(), where
        the caller has it)."""
        end = len(text) if endpos is None else endpos
        if self.lower_case_pattern is not None and text.isascii():
            matches = self.lower_case_pattern.finditer(text.lower() if lower is None else lower, pos, end)
        else:
            matches = self.pattern.finditer(text, pos, end)
        for m in matches:
            key = " ".join(m.group().split()) if self.wraps else m.group()
            iri = self.concept_of.get(key) or self.concept_of.get(key.lower())
            if iri:
                yield m.start(), m.end(), iri


@dataclass(eq=False)  # one per vocabulary load; hashed by identity for caches
class Lexicon:
    """Every label the converter reads text with, from the SKOS vocabularies."""

    label: dict[str, str] = field(default_factory=dict)  # concept IRI -> prefLabel
    grades: Phrases | None = None
    programmes: Phrases | None = None
    programme_years: dict[str, tuple[int, int]] = field(default_factory=dict)
    umbrella_programme: str = ""
    programme_published: dict[str, tuple[str, str]] = field(default_factory=dict)  # IRI -> ('YYYY-MM', 'YYYY-MM')
    programme_previous: dict[str, str] = field(default_factory=dict)
    programme_scale: dict[str, frozenset[str]] = field(default_factory=dict)  # programme IRI -> grade IRIs
    reports_by_pillar: frozenset[str] = frozenset()  # programmes that reported on each pillar apart (2014-2017)
    year_labels: Phrases | None = None  # '2016', '2021/22': a programme only in a sentence about an inspection
    area_names: dict[str, Phrases] = field(default_factory=dict)  # programme IRI -> names
    area_topics: dict[str, Phrases] = field(default_factory=dict)  # programme IRI -> topics
    area_programme: dict[str, str] = field(default_factory=dict)
    # Every cycle's area names at once, each phrase standing for itself (its folded key), and
    # what it names in each programme: the cycle is settled after the phrase is read.
    area_phrases: Phrases | None = None
    area_senses: dict[str, dict[str, str]] = field(default_factory=dict)  # phrase key -> {programme: area}
    area_graded: frozenset[str] = frozenset()
    area_graded_apart: frozenset[str] = frozenset()  # areas other inspections graded too (peel:gradedApart)
    programme_graded: dict[str, int] = field(default_factory=dict)  # programme IRI -> how many areas it grades
    # person_key -> the (first, last) years of each of their terms as one of HM Inspectors (last None: open)
    inspector_terms: dict[str, tuple[tuple[int, int | None], ...]] = field(default_factory=dict)
    unmatched_roles: dict[str, str] = field(default_factory=dict)  # prefLabel -> role whose labels are not looked for

    @property
    def most_graded(self) -> int:
        """The most areas any inspection grades: a count above it is of something else (forces)."""
        return max(self.programme_graded.values(), default=0)
    heading_phrases: frozenset[str] = frozenset()  # area phrases read only on a line of a table or list
    other_grades: frozenset[str] = frozenset()  # grade words of assessments other than PEEL ('fair', 'poor')
    grade_glosses: frozenset[str] = frozenset()  # a newspaper's words for grades, read only where the grade comes first
    label_words: frozenset[str] = frozenset()  # every word of every label, lower case: what a word print split may be
    pillar_phrases: tuple[str, ...] = ()  # the names of the areas that have questions under them (2014-2019)
    pillar_adjectives: dict[str, str] = field(default_factory=dict)  # 'effective' -> 'effectiveness' (a pillar phrase)
    graded_questions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # pillar IRI -> its graded questions
    area_gerunds: frozenset[str] = frozenset()  # the gerunds area names open on ('treating'), for their finite forms
    grade_by_rank: dict[int, str] = field(default_factory=dict)  # peel:rank -> grade IRI
    forces: Phrases | None = None
    force_area_name: dict[str, str] = field(default_factory=dict)
    organisations: Phrases | None = None  # known organisations other than forces
    org_types: dict[str, frozenset[str]] = field(default_factory=dict)
    roles: Phrases | None = None
    role_post_in: dict[str, str] = field(default_factory=dict)  # role IRI -> class IRI
    role_post_at: dict[str, str] = field(default_factory=dict)  # role IRI -> the one organisation it is in
    role_forces: dict[str, frozenset[str]] = field(default_factory=dict)  # role IRI -> the only forces that have it
    role_elsewhere: dict[str, str] = field(default_factory=dict)  # role IRI -> what its title means in other forces
    role_in_office_of: dict[str, str] = field(default_factory=dict)  # role IRI -> the role whose office it is in
    role_broader: dict[str, str] = field(default_factory=dict)  # role IRI -> the post it is a kind of (skos:broader)
    # Titles matched with their case ('AM', 'MS'), each standing for itself, and the roles each can name.
    role_titles: Phrases | None = None
    title_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    org_covers: dict[str, frozenset[str]] = field(default_factory=dict)  # organisation IRI -> forces it covers
    inspectorate: str = ""


LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _labels(graph: Graph, concept, props=LABELS, welsh: bool = True) -> list[str]:
    """The concept's labels; its Welsh ones (@cy) only if `welsh`."""
    return [str(o) for p in props for o in graph.objects(concept, p) if welsh or getattr(o, "language", None) != "cy"]


# The last two items of a list in a name: "building, supporting and protecting the workforce".
_LIST_END = re.compile(r",( [^,]+?) and ")


def _serial_comma(labels: list[str]) -> list[str]:
    """The labels, and those naming a list also with the serial comma ("A, B, and C"): one name either way."""
    return labels + [variant for label in labels if (variant := _LIST_END.sub(r",\1, and ", label, count=1)) != label]


def _all_of_the(labels: list[str]) -> list[str]:
    """The labels, and those with 'all the' also as 'all of the' and the other way round ('treats all of the people it
    serves with fairness and respect'): one name either way."""
    variants = [label.replace(" all the ", " all of the ") if " all the " in label else label.replace(" all of the ", " all the ")
                for label in labels if " all the " in label or " all of the " in label]
    return labels + [v for v in variants if v not in labels]


_HOW_IT = re.compile(r"^(?:how|the way) (?:it|the force|the constabulary) ")


def _swapped_halves(names: dict[str, list]) -> dict[str, list]:
    """Each cycle's area names, and those joining two area names with 'and' also in the other order: 'supporting
    victims and protecting vulnerable people' names the question 'protecting vulnerable people and supporting
    victims' (read as its two halves, it would be two areas of a later cycle)."""
    known = {fold(label).lower() for pairs in names.values() for label, _ in pairs}
    out = {}
    for programme, pairs in names.items():
        own = {fold(label).lower() for label, _ in pairs}
        swapped = []
        for label, area in pairs:
            halves = fold(label).lower().split(" and ")
            if len(halves) == 2 and all(h in known for h in halves) and (turned := f"{halves[1]} and {halves[0]}") not in own:
                swapped.append((turned, area))
                own.add(turned)
        out[programme] = pairs + swapped
    return out


# Words the press spells more than one way: every label with one spelling also has the others.
_SPELLINGS = (("anti-social", "antisocial", "anti social"), ("re-offending", "reoffending", "re offending"),
              ("organised", "organized"), ("workplace", "work place", "work-place"),
              ("vulnerable people", "people who are vulnerable"),
              # (whom a force serves, in other words or with 'that': 'treating everyone that it serves with fairness',
              # 'treating those it serves with fairness and respect')
              (" the people it serves", " everyone it serves", " those it serves"), (" it serves", " that it serves"),
              # ('how it treats its own workforce with fairness and respect')
              (" its workforce", " its own workforce", " that workforce"), (" its staff", " its own staff"),
              # ('the way it treats both the public and its workforce'; 'good at reducing crime, keeping people safe and …')
              (" the public and", " both the public and"), ("reducing crime and keeping", "reducing crime, keeping"),
              # ('good at treating members of the public fairly'; 'understanding its current and likely future demand')
              (" the public", " members of the public"), (" current and", " its current and"),
              ("treatment of the public", "treatment towards the public"),
              # ('its management of known offenders and suspects', 'how well it managed the most prolific offenders')
              (" offenders", " known offenders", " prolific offenders", " the most prolific offenders"))


def _spellings(labels: list[str]) -> list[str]:
    """The labels, and each also with the other spellings of its words ('antisocial behaviour', 'anti-social behaviour')."""
    out = list(labels)
    known = set(labels)
    for spellings in _SPELLINGS:
        for label in list(out):
            for spelling in spellings:
                if spelling in label.lower():
                    for other in spellings:
                        if (variant := re.sub(re.escape(spelling), other, label, flags=re.I)) not in known:
                            known.add(variant)
                            out.append(variant)
    return out


def _verb_forms(labels: list[str], verbs: frozenset[str]) -> list[str]:
    """The labels, and those led by a verb in the present ('manages offenders') also in the past, as reported speech has
    them ('the way it managed offenders'), and in the plural ('the way they manage offenders'). Only a word whose '-ing'
    form leads some area's label (`verbs`) is a verb here; an irregular verb gives a non-word ('keeped'), which no
    text matches."""
    def forms(verb: str) -> tuple[str, str, str] | None:
        """(base, '-ing', past) of a present-tense verb, or None."""
        if not verb.endswith("s") or verb.endswith("ss"):
            return None
        base = verb[:-1]
        return (base, base[:-1] + "ing", base + "d") if base.endswith("e") else (base, base + "ing", base + "ed")

    def past(word: str) -> str:
        f = forms(word)
        return f[2] if f and f[1] in verbs else word

    known = set(labels)
    out = []
    for label in labels:
        verb, _, rest = label.partition(" ")
        f = forms(verb) if rest else None
        if f is None or f[1] not in verbs:
            continue
        base, _, past_verb = f
        # (a verb later in the label goes into the past with it: 'ensured its workforce behaved ethically and lawfully')
        past_rest = " ".join(past(word) for word in rest.split(" "))
        for variant in (f"{past_verb} {rest}", f"{past_verb} {past_rest}", f"{base} {rest}"):
            if variant not in known:
                known.add(variant)
                out.append(variant)
    return labels + out


def _misspellings(labels: list[str]) -> list[str]:
    """A pillar's one-word name as coverage mistypes it, a letter dropped or two swapped ('Effectivness',
    'effecitveness'): words of nine letters or more, whose first letter stays, so no variant is a word."""
    out = []
    for label in labels:
        if " " in label or len(label) < 9:
            continue
        out += [label[:i] + label[i + 1:] for i in range(1, len(label))]
        out += [label[:i] + label[i + 1] + label[i] + label[i + 2:] for i in range(1, len(label) - 1) if label[i] != label[i + 1]]
    return sorted(set(out) - set(labels))


_INITIALS = re.compile(r"[A-Z]{2,7}")


def _with_initials(labels: list[str], names: list[tuple[str, str]]) -> list[str]:
    """The labels, and those holding an organisation's name also with its initials in brackets after the name, as
    statements write a post: 'National Police Chiefs' Council (NPCC) Chair' for 'National Police Chiefs' Council chair'.
    `names`: (an organisation's name, its initials)."""
    out = list(labels)
    for label in labels:
        for name, initials in sorted(names, key=lambda pair: -len(pair[0])):  # the longest name the label holds
            m = re.search(rf"\b{re.escape(name)}\b(?!['\u2019]| of\b)", label, re.I)
            if m:
                out.append(f"{label[:m.end()]} ({initials}){label[m.end():]}")
                break
    return out


@lru_cache(maxsize=2)
def lexicon(welsh: bool = False) -> Lexicon:
    """The vocabulary as the extractors look it up; with the Welsh names (@cy) of grades and areas only for text in
    Welsh, where no English word shares them ('da' is good in Welsh; 'DA' is domestic abuse in English)."""
    g = reference_graph()
    lex = Lexicon()
    for concept, label in g.subject_objects(SKOS.prefLabel):
        lex.label[str(concept)] = str(label)
    for term, label in g.subject_objects(RDFS.label):  # classes and properties: what minted organisations are named after
        lex.label.setdefault(str(term), str(label))

    def members(cls: URIRef) -> list[URIRef]:
        return sorted(set(g.subjects(RDF.type, cls)))

    grade_pairs = []
    for grade in members(PEEL.Grade):
        grade_pairs += [(label, str(grade)) for label in _labels(g, grade, (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, PEEL.glossLabel), welsh)]
    lex.grade_glosses = frozenset(fold(str(label)).lower() for label in g.objects(None, PEEL.glossLabel))
    lex.label_words = frozenset(word for p in (*LABELS, PEEL.glossLabel, RDFS.label) for label in g.objects(None, p)
                                for word in _WORD.findall(fold(str(label)).lower()))
    lex.grades = Phrases.build(grade_pairs, wraps=True)
    lex.other_grades = frozenset(fold(label).lower() for concept in g.subjects(SKOS.inScheme, PK["scheme/baseline-grades"])
                                 for label in _labels(g, concept, welsh=welsh))
    lex.grade_by_rank = {int(g.value(grade, PEEL.rank)): str(grade) for grade in members(PEEL.Grade)}

    programme_pairs, year_pairs = [], []
    for programme in members(PEEL.InspectionProgramme):
        programme_pairs += [(label, str(programme)) for label in _labels(g, programme)]
        year_pairs += [(str(label), str(programme)) for label in g.objects(programme, PEEL.yearLabel)]
        start, end = g.value(programme, SCHEMA.startDate), g.value(programme, SCHEMA.endDate)
        if start is not None and end is not None:
            lex.programme_years[str(programme)] = (int(str(start)[:4]), int(str(end)[:4]))
        else:
            lex.umbrella_programme = str(programme)
        first, last = g.value(programme, PEEL.reportsPublishedFrom), g.value(programme, PEEL.reportsPublishedUntil)
        if first is not None and last is not None:
            lex.programme_published[str(programme)] = (str(first)[:7], str(last)[:7])
        previous = g.value(programme, PEEL.previousProgramme)
        if previous is not None:
            lex.programme_previous[str(programme)] = str(previous)
        lex.programme_scale[str(programme)] = frozenset(str(grade) for grade in g.objects(programme, PEEL.gradeScale))
        if g.value(programme, PEEL.reportsByPillar) is not None and g.value(programme, PEEL.reportsByPillar).toPython() is True:
            lex.reports_by_pillar |= {str(programme)}
    # The umbrella "PEEL" label alone must not name a cycle.
    lex.programmes = Phrases.build([(l, p) for l, p in programme_pairs if p != lex.umbrella_programme])
    lex.year_labels = Phrases.build(year_pairs)

    names: dict[str, list] = {}
    topics: dict[str, list] = {}
    graded, graded_apart = set(), set()
    verbs = frozenset(label.split(" ", 1)[0] for area in members(PEEL.AssessmentArea)
                      for label in _labels(g, area, welsh=welsh) if label.split(" ", 1)[0].endswith("ing"))
    for area in members(PEEL.AssessmentArea):
        programme = str(g.value(area, PEEL.programme))
        lex.area_programme[str(area)] = programme
        labels = _spellings(_verb_forms(_all_of_the(_serial_comma(_labels(g, area, LABELS + (PEEL.headingLabel,), welsh))), verbs))
        if (None, SKOS.broader, area) in g:
            labels += _misspellings(_labels(g, area, (SKOS.prefLabel,)))
        names.setdefault(programme, []).extend((label, str(area)) for label in labels)
        topics.setdefault(programme, []).extend((str(t), str(area)) for t in g.objects(area, PEEL.topicLabel))
        if g.value(area, PEEL.graded) is not None and g.value(area, PEEL.graded).toPython() is True:
            graded.add(str(area))
        if g.value(area, PEEL.gradedApart) is not None and g.value(area, PEEL.gradedApart).toPython() is True:
            graded_apart.add(str(area))
    names = _swapped_halves(names)
    lex.area_names = {p: Phrases.build(v) for p, v in names.items()}
    lex.area_topics = {p: Phrases.build(v) for p, v in topics.items()}
    lex.area_graded = frozenset(graded)
    lex.area_graded_apart = frozenset(graded_apart)
    for area in graded:
        lex.programme_graded[lex.area_programme[area]] = lex.programme_graded.get(lex.area_programme[area], 0) + 1
    for programme, phrases in sorted(lex.area_names.items()):
        for key, area in phrases.concept_of.items():
            lex.area_senses.setdefault(key, {})[programme] = area
    # "how it protects vulnerable people" is a 2021/22 label, but the text may use it of any cycle whose area
    # "protects vulnerable people" names: a phrase of 'how it' before an area's name names that area in each cycle.
    for key, senses in lex.area_senses.items():
        base = _HOW_IT.sub("", key)
        if base != key and base in lex.area_senses:
            for programme, area in lex.area_senses[base].items():
                senses.setdefault(programme, area)
    lex.area_phrases = Phrases.build([(key, key) for key in lex.area_senses], wraps=True)
    lex.area_gerunds = frozenset(word for key in lex.area_senses if (word := key.split(" ", 1)[0]).endswith("ing"))
    named = {fold(str(o)).lower() for area in members(PEEL.AssessmentArea) for o in _labels(g, area, welsh=welsh)}
    lex.heading_phrases = frozenset(fold(str(o)).lower() for o in g.objects(None, PEEL.headingLabel)) - named
    lex.pillar_phrases = tuple(sorted({str(g.value(pillar, SKOS.prefLabel)).lower()
                                       for pillar in g.objects(None, SKOS.broader) if (pillar, RDF.type, PEEL.AssessmentArea) in g}))
    lex.pillar_adjectives = {str(adjective).lower(): str(g.value(pillar, SKOS.prefLabel)).lower()
                             for pillar, adjective in g.subject_objects(PEEL.adjectiveLabel)}
    questions: dict[str, list[str]] = {}
    for question, pillar in g.subject_objects(SKOS.broader):
        if str(question) in lex.area_graded and (pillar, RDF.type, PEEL.AssessmentArea) in g:
            questions.setdefault(str(pillar), []).append(str(question))
    lex.graded_questions = {pillar: tuple(sorted(qs)) for pillar, qs in questions.items()}

    force_pairs = []
    for force in members(PEEL.PoliceForce):
        force_pairs += [(label, str(force)) for label in _labels(g, force)]
        area_name = g.value(force, PEEL.areaName)
        if area_name is not None:
            lex.force_area_name[str(force)] = str(area_name)
    lex.forces = Phrases.build(force_pairs)

    org_pairs = []
    for org in sorted(set(g.subjects(RDF.type, ORG.FormalOrganization)) - set(members(PEEL.PoliceForce))):
        org_pairs += [(label, str(org)) for label in _labels(g, org)]
        lex.org_types[str(org)] = frozenset(str(t) for t in g.objects(org, RDF.type))
        covers = frozenset(str(f) for f in g.objects(org, PEEL.coversForce))
        if covers:
            lex.org_covers[str(org)] = covers
        if (org, RDF.type, PEEL.Inspectorate) in g and not lex.inspectorate:
            lex.inspectorate = str(org)
    lex.organisations = Phrases.build(org_pairs)
    initials = {iri: label for label, iri in org_pairs if _INITIALS.fullmatch(label)}
    org_names = [(label, initials[iri]) for label, iri in org_pairs if iri in initials and " " in label]

    role_pairs = []
    for role in members(ORG.Role):
        if (role, PEEL.labelsUnmatched, Literal(True)) in g:
            lex.unmatched_roles[str(g.value(role, SKOS.prefLabel))] = str(role)
        else:
            role_pairs += [(label, str(role)) for label in _with_initials(_labels(g, role), org_names)]
        for prop, table in ((PEEL.postIn, lex.role_post_in), (PEEL.postAt, lex.role_post_at),
                            (PEEL.elsewhereRole, lex.role_elsewhere), (PEEL.inOfficeOf, lex.role_in_office_of),
                            (SKOS.broader, lex.role_broader)):
            value = g.value(role, prop)
            if value is not None:
                table[str(role)] = str(value)
        forces = frozenset(str(f) for f in g.objects(role, PEEL.postInForce))
        if forces:
            lex.role_forces[str(role)] = forces
        for title in g.objects(role, PEEL.caseSensitiveLabel):
            lex.title_roles[str(title)] = tuple(sorted(lex.title_roles.get(str(title), ()) + (str(role),)))
    lex.roles = Phrases.build(role_pairs)
    lex.role_titles = Phrases.build([(title, title) for title in lex.title_roles], case_sensitive=True)

    terms: dict[str, list[tuple[int, int | None]]] = {}
    for term in members(SCHEMA.OrganizationRole):
        person, start, end = g.value(term, SCHEMA.member), g.value(term, SCHEMA.startDate), g.value(term, SCHEMA.endDate)
        terms.setdefault(person_key(str(person).rsplit("/", 1)[-1]), []).append(
            (int(str(start)[:4]), int(str(end)[:4]) if end is not None else None))
    lex.inspector_terms = {key: tuple(sorted(found, key=str)) for key, found in terms.items()}
    return lex
