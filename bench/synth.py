"""Generate a deterministic synthetic corpus of PEEL articles (plain .txt) with the facts each was written from.

`python bench/synth.py N OUTDIR [--seed S]` writes N articles about all 43 police forces of
England and Wales across the three PEEL programmes, in the styles of the seeds and of
tests/corpus (HMICFRS press releases, BBC-style news, bullet lists, responses by chief
constables and PCCs, articles without grades), plus OUTDIR/_truth.json: for each file, its
facts in the gold schema of tests/corpus/README.md. Forces and area names come from
ontology/vocab/. Every person, quote, grade and date is invented: benchmark data, never
data about the world. The same N and seed give byte-identical files.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "ontology" / "vocab"
PEEL = "https://w3id.org/peelkg/def#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
AREA = "https://w3id.org/peelkg/id/area/"

PROGRAMMES = {  # slug -> (label as written, prefLabel, years an article about it is published in)
    "peel-2023-25": ("PEEL 2023–25", "PEEL 2023–25", (2024, 2025)),
    "peel-2021-22": ("PEEL 2021/22", "PEEL 2021/22", (2022, 2023)),
    "peel-2018-19": ("PEEL 2018/19", "PEEL 2018/19", (2019, 2020)),
}
GRADES = ["outstanding", "good", "adequate", "requires improvement", "inadequate"]
GRADE_WEIGHTS = {"peel-2023-25": [0.02, 0.3, 0.35, 0.25, 0.08], "peel-2021-22": [0.05, 0.35, 0.3, 0.25, 0.05],
                 "peel-2018-19": [0.08, 0.55, 0.0, 0.3, 0.07]}
# The area phrasings news prose uses, each an altLabel in ontology/vocab/areas.ttl.
VERB_FORMS = {"responding-public": "responded to the public", "investigating-crime": "investigated crime",
              "protecting-vulnerable": "protected vulnerable people", "preventing-crime": "prevented crime"}
NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FIRST = [("Alys", "Ms"), ("Bronwen", "Ms"), ("Callum", "Mr"), ("Dervla", "Ms"), ("Emeka", "Mr"), ("Fiona", "Ms"),
         ("Gareth", "Mr"), ("Hollie", "Ms"), ("Imran", "Mr"), ("Jocelyn", "Ms"), ("Kieran", "Mr"), ("Lorna", "Ms"),
         ("Marcus", "Mr"), ("Nadia", "Ms"), ("Oliver", "Mr"), ("Priya", "Ms"), ("Quentin", "Mr"), ("Rhian", "Ms"),
         ("Simon", "Mr"), ("Tamsin", "Ms"), ("Usman", "Mr"), ("Verity", "Ms"), ("Wilf", "Mr"), ("Yasmin", "Ms"),
         ("Angus", "Mr"), ("Beatrix", "Ms"), ("Declan", "Mr"), ("Esther", "Ms"), ("Farid", "Mr"), ("Zara", "Ms")]
LAST = ["Ashcombe", "Brightwell", "Carrow", "Dunmore", "Elstree", "Fairbairn", "Gosling", "Hartnell", "Ingleby",
        "Jessop", "Kettering", "Lowther", "Marchbank", "Nettleton", "Ormerod", "Pendry", "Quarrie", "Rudge",
        "Stainton", "Tolland", "Upshaw", "Varley", "Whitlock", "Yardley", "Tregarth", "Abernethy", "Colquhoun"]
INSPECTORS = ["Alys Penrose", "Marcus Holloway", "Verity Stanmore", "Gareth Quaile", "Nadia Ferrers"]
PARTIES = [("Conservative", "Conservative Party"), ("Labour", "Labour Party"),
           ("Liberal Democrat", "Liberal Democrats"), ("", None)]
FINDINGS = [
    "Inspectors found that {the_force} had improved how quickly it answered emergency calls, but that too many "
    "non-emergency calls were abandoned before they were answered.",
    "The report said officers understood the needs of their communities and that neighbourhood teams worked well "
    "with councils, schools and charities to divert young people away from crime.",
    "However, the inspectorate said supervisors did not always review investigations, and victims were not always "
    "kept informed about the progress of their cases.",
    "The inspectorate also found that {the_force} recorded reasonable grounds for stop and search in most of the "
    "records it reviewed, which it described as an improvement since its last inspection.",
    "Inspectors said the workforce told them they felt supported by their line managers, although some officers "
    "described heavy workloads in the investigation teams.",
    "The report highlighted gaps in how the force identified repeat victims of domestic abuse, and said referrals "
    "to partner agencies were sometimes delayed.",
    "It also said the force had a clear understanding of the demand it faced and was using its budget to recruit "
    "more detectives over the next two years.",
    "Inspectors raised concerns about the number of suspects who were released under investigation without "
    "conditions, and about delays in sending files to the Crown Prosecution Service.",
    "The force's control room was found to have too few call handlers at weekends, when demand was highest, and "
    "callers to the non-emergency number waited an average of eleven minutes.",
    "Inspectors praised a scheme in which officers visit schools to talk about knife crime, saying it had reached "
    "more than four thousand pupils in its first year.",
    "The report said that the force did not always make sure that officers completed risk assessments when they "
    "attended incidents involving children, and that some referrals were not followed up.",
    "It found that the force's approach to managing registered sex offenders was thorough, with visits carried out "
    "on time and risk plans kept up to date.",
    "Inspectors also looked at how the force uses force and stop and search powers, and found that body-worn video "
    "was switched on in almost every case they reviewed.",
    "The inspectorate said the force should do more to understand why some communities have less confidence in "
    "the police, and to explain how it uses its powers.",
]
INSPECTOR_LINES = [
    "I am pleased to see that {force} has made progress since our last inspection, particularly in how it works "
    "with its communities.",
    "However, there are areas where the force needs to improve, and I have been in contact with the chief "
    "constable about our findings.",
    "Too many victims are waiting too long for officers to attend, and that is not acceptable.",
    "The force must make sure that investigations are properly supervised and that victims are kept updated.",
    "We will continue to monitor the progress {force} makes against our recommendations.",
    "I would like to thank the officers and staff of {force} for their cooperation during the inspection.",
]
RESPONSE_LINES = [
    "We welcome the report and accept its recommendations in full, and work is already under way to address them.",
    "I am proud of the officers and staff who work tirelessly to keep our communities safe every day.",
    "There is more for us to do, and we will be working hard over the coming months to make those improvements.",
    "The public deserve a service they can rely on, and I will be holding the chief constable to account for it.",
    "Our call handlers are answering more emergency calls within ten seconds than at any time in the last year.",
]
FOOTERS = ["Follow BBC {region} on Facebook, X and Instagram.", "Notes to editors",
           "Do you have a story? Email newsdesk@example.org", "Related: council budget approved for next year"]
CHIEF_ROLE = {"metropolitan": "commissioner", "city-of-london": "commissioner"}
OVERSIGHT_ROLE = {"metropolitan": "deputy mayor for policing and crime", "greater-manchester": "mayor",
                  "west-yorkshire": "mayor"}


@dataclass
class Force:
    slug: str
    name: str
    aliases: list[str]
    area: str
    country: str


@dataclass
class Area:
    slug: str  # local part under the programme, e.g. preventing-crime
    label: str  # skos:prefLabel
    pillar: bool = False


@dataclass
class Article:
    """One article's text, assembled paragraph by paragraph, and the facts it states (gold schema)."""

    paragraphs: list[str] = field(default_factory=list)
    truth: dict = field(default_factory=dict)

    def add(self, *paragraphs: str) -> None:
        self.paragraphs.extend(paragraphs)

    def text(self) -> str:
        return "\n\n".join(self.paragraphs) + "\n"


def _literals(store: ox.Store, subject: ox.NamedNode, predicate: str) -> list[str]:
    return sorted(q.object.value for q in store.quads_for_pattern(subject, ox.NamedNode(predicate), None))


def load_vocab() -> tuple[list[Force], dict[str, list[Area]]]:
    """The 43 forces of England and Wales, and the graded areas of each programme, from ontology/vocab."""
    store = ox.Store()
    for name in ("forces.ttl", "areas.ttl"):
        store.bulk_load(path=str(VOCAB / name), format=ox.RdfFormat.TURTLE)
    forces = []
    for quad in store.quads_for_pattern(None, ox.NamedNode(PEEL + "dataPoliceUkId"), None):
        country = (_literals(store, quad.subject, SCHEMA + "addressCountry") or [""])[0]
        if country not in ("England", "Wales"):
            continue
        forces.append(Force(quad.object.value, _literals(store, quad.subject, SKOS + "prefLabel")[0],
                            _literals(store, quad.subject, SKOS + "altLabel"),
                            (_literals(store, quad.subject, PEEL + "areaName") or [""])[0], country))
    forces.sort(key=lambda f: f.slug)
    areas: dict[str, list[Area]] = {p: [] for p in PROGRAMMES}
    for quad in store.quads_for_pattern(None, ox.NamedNode(PEEL + "graded"), ox.Literal(True)):
        programme, slug = quad.subject.value.removeprefix(AREA).split("/")
        if programme not in areas:
            continue  # a cycle the synthetic articles do not write about (PEEL 2014 to 2017)
        broader = _literals(store, quad.subject, SKOS + "broader")
        areas[programme].append(Area(slug, _literals(store, quad.subject, SKOS + "prefLabel")[0],
                                     pillar=programme == "peel-2018-19" and not broader))
    for items in areas.values():
        items.sort(key=lambda a: a.slug)
    return forces, areas


class Writer:
    """Writes articles from one random stream; every choice goes through self.rng."""

    def __init__(self, seed: int) -> None:
        self.rng, self.seed, self.inspections = random.Random(seed), seed, {}
        self.forces, self.areas = load_vocab()
        if len(self.forces) != 43:
            raise SystemExit(f"expected the 43 forces of England and Wales in {VOCAB}, found {len(self.forces)}")
        people = random.Random(f"people-{seed}")  # fixed per force, whatever N is
        self.chief = {f.slug: self.person(people) for f in self.forces}
        self.overseer = {f.slug: (self.person(people),
                                  people.choice(PARTIES if f.country == "England" else
                                                PARTIES[:3] + [("Plaid Cymru", "Plaid Cymru")]))
                         for f in self.forces}

    @staticmethod
    def person(rng: random.Random) -> tuple[str, str]:
        """(full name, honorific)"""
        first, honorific = rng.choice(FIRST)
        return f"{first} {rng.choice(LAST)}", honorific

    # -- pieces ---------------------------------------------------------------------------
    def inspection(self, force: Force, programme: str) -> dict:
        """One inspection's outcome, the same in every article about it (so sources corroborate, as real ones do)."""
        key = (force.slug, programme)
        if key not in self.inspections:
            rng = random.Random(f"{self.seed}-{force.slug}-{programme}")
            areas = [a for a in self.areas[programme] if a.pillar] if programme == "peel-2018-19" else \
                [a for a in self.areas[programme] if a.slug != "crime-data-integrity" or rng.random() < 0.3]
            grades = {a.slug: (a, rng.choices(GRADES, GRADE_WEIGHTS[programme])[0]) for a in areas}
            y, m, d = rng.choice(PROGRAMMES[programme][2]), rng.randint(1, 12), rng.randint(1, 28)
            self.inspections[key] = {"grades": grades, "date": (y, m, d), "period": self.period(rng, y, m),
                                     "inspector": rng.choice(INSPECTORS)}
        return self.inspections[key]

    def quote_paragraphs(self, force: Force, lines: list[str], k: int) -> list[str]:
        return [line.format(force=force.name) for line in self.rng.sample(lines, k)]

    @staticmethod
    def counts_sentence(graded: dict, curly: bool) -> tuple[str, list[tuple[str, int]]]:
        tally = [(g, sum(1 for _, grade in graded.values() if grade == g)) for g in GRADES]
        tally = [(g, n) for g, n in tally if n]
        o, c = ("‘", "’") if curly else ("'", "'")
        parts = [f"{o}{g}{c} in {NUMBERS[n]} area{'s' if n > 1 else ''}" for g, n in tally]
        return (", ".join(parts[:-1]) + " and " + parts[-1]) if len(parts) > 1 else parts[0], tally

    @staticmethod
    def period(rng: random.Random, year: int, month: int) -> tuple[str, str, str]:
        """An inspection period ending a few months before publication: (prose, start yyyy-mm, end yyyy-mm)."""
        end = (year * 12 + month - 1) - rng.randint(3, 5)
        start = end - rng.randint(3, 6)
        ey, em, sy, sm = end // 12, end % 12 + 1, start // 12, start % 12 + 1
        prose = f"from {MONTHS[sm - 1]} {sy} to {MONTHS[em - 1]} {ey}" if sy != ey or rng.random() < 0.5 \
            else f"between {MONTHS[sm - 1]} and {MONTHS[em - 1]} {ey}"
        return prose, f"{sy:04d}-{sm:02d}", f"{ey:04d}-{em:02d}"

    def fillers(self, force_ref: str, k: int) -> list[str]:
        return [p.format(the_force=force_ref) for p in self.rng.sample(FINDINGS, k)]

    # -- articles -------------------------------------------------------------------------
    def article(self, force: Force) -> Article:
        programme = self.rng.choices(list(PROGRAMMES), [0.5, 0.3, 0.2])[0]
        style = self.rng.choices(["press", "news", "bullets", "response", "nogrades"], [0.3, 0.3, 0.2, 0.1, 0.1])[0]
        art = Article(truth={"force": force.name, "programme": PROGRAMMES[programme][1], "grades": [],
                             "grade_counts": [], "graded_area_count": None, "people": [], "parties": [],
                             "quotes": [], "org_quotes": [], "inspector": [],
                             "dates": {"published": None, "period_start": None, "period_end": None}})
        getattr(self, style)(art, force, programme)
        return art

    @staticmethod
    def _inspector(art: Article, name: str) -> str:
        art.truth["inspector"] = [name]
        art.truth["people"].append([name, "HM Inspector of Constabulary"])
        return name

    def _quote(self, art: Article, speaker: str, text: str) -> str:
        art.truth["quotes"].append([speaker, text])
        return text

    def _grade(self, art: Article, force: Force, area: Area, grade: str) -> None:
        art.truth["grades"].append([force.name, area.label, grade])

    def press(self, art: Article, force: Force, programme: str) -> None:
        written = PROGRAMMES[programme][0]
        facts = self.inspection(force, programme)
        (y, m, d), graded = facts["date"], facts["grades"]
        best = max(graded.values(), key=lambda ag: -GRADES.index(ag[1]))
        art.truth["dates"]["published"] = f"{y:04d}-{m:02d}-{d:02d}"
        opener = f"date {y:04d}-{m:02d}-{d:02d} " if self.rng.random() < 0.5 else ""
        head = f"{force.name} is {best[1]} at {best[0].label.lower()}, says police inspectorate"
        if opener:
            art.add(opener + f"{force.name} has been assessed by the police inspectorate.")
        else:
            art.add(head, f"Published: {d} {MONTHS[m - 1]} {y}")
            self._grade(art, force, *best)
        art.add("Get the report", f"{written.replace('–25', '–2025')}: An inspection of {force.name}")
        counts, tally = self.counts_sentence(graded, self.rng.random() < 0.5)
        art.add(f"His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has graded "
                f"{force.name}’s performance across {NUMBERS[len(graded)]} areas. It found the force was {counts}.")
        art.truth["graded_area_count"] = len(graded)
        art.truth["grade_counts"] = [[force.name, g, n] for g, n in tally]
        art.add(*self.fillers("the force", self.rng.randint(5, 7)))
        inspector = self._inspector(art, facts["inspector"])
        paragraphs = self.quote_paragraphs(force, INSPECTOR_LINES, 3)
        art.add(f"His Majesty’s Inspector of Constabulary {inspector} said:")
        art.add(*[f"“{self._quote(art, inspector, p)}”" if i == 2 else f"“{self._quote(art, inspector, p)}"
                  for i, p in enumerate(paragraphs)])
        art.add("Notes to editors", "HMICFRS independently assesses the effectiveness and efficiency of police forces "
                "and fire and rescue services, in the public interest.")

    def news(self, art: Article, force: Force, programme: str) -> None:
        written = PROGRAMMES[programme][0]
        facts = self.inspection(force, programme)
        graded = facts["grades"]
        short = force.aliases[0] if force.aliases and self.rng.random() < 0.5 else force.name
        art.add(f"Inspectors 'concerned' at how {force.area} force keeps people safe",
                f"A police watchdog has raised concerns over how {short} is keeping people safe and providing "
                f"victims with an effective service.")
        counts, tally = self.counts_sentence(graded, False)
        counts = counts.replace("'", "").replace(" areas", "").replace(" area", "")
        counts = counts.replace("requires improvement", "requiring improvement")
        art.add(f"{short} was graded in {NUMBERS[len(graded)]} areas as part of the {written} programme and "
                f"rated as {counts}.")
        art.truth["graded_area_count"] = len(graded)
        art.truth["grade_counts"] = [[force.name, g, n] for g, n in tally]
        inspector = self._inspector(art, facts["inspector"])
        line = self.quote_paragraphs(force, INSPECTOR_LINES, 1)[0]
        art.add(f"His Majesty’s Inspector of Constabulary {inspector} said: \"{self._quote(art, inspector, line)}\"")
        prose, start, end = facts["period"]
        art.add(f"His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assessed the "
                f"force {prose}.")
        art.truth["dates"].update(period_start=start, period_end=end)
        ri = [graded[s] for s in VERB_FORMS if s in graded and graded[s][1] == "requires improvement"]
        if ri:
            verbs = [VERB_FORMS[a.slug] for a, _ in ri]
            listed = verbs[0] if len(verbs) == 1 else ", ".join(verbs[:-1]) + " and " + verbs[-1]
            art.add(f"It found it required improvement in how it {listed}.")
            for a, g in ri:
                self._grade(art, force, a, g)
        good = [ag for ag in graded.values() if ag[1] == "good" and ag[0].slug not in VERB_FORMS][:1]
        for a, g in good:
            art.add(f"It was rated good at {a.label.lower()}, but inspectors had \"serious concerns\" over the "
                    f"supervision of investigations.")
            self._grade(art, force, a, g)
        art.add(*self.fillers("the force", self.rng.randint(4, 6)))
        more = self.quote_paragraphs(force, INSPECTOR_LINES, 1)[0]
        art.add(f"\"{self._quote(art, inspector, more)}\"")
        self._responses(art, force, quoted=True)
        art.add(FOOTERS[0].format(region=force.area))

    def bullets(self, art: Article, force: Force, programme: str) -> None:
        written = PROGRAMMES[programme][0]
        facts = self.inspection(force, programme)
        (y, m, d), graded = facts["date"], facts["grades"]
        art.add(f"{force.name}: {written} inspection findings published", f"Published: {d} {MONTHS[m - 1]} {y}")
        art.truth["dates"]["published"] = f"{y:04d}-{m:02d}-{d:02d}"
        art.add(f"{force.name} has been told where it must improve after its {written} inspection by His Majesty's "
                f"Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).")
        listed = self.rng.sample(list(graded.values()), k=min(len(graded), self.rng.randint(3, 6)))
        lines = []
        for a, g in listed:
            lines.append(f"- {g} for {a.label.lower()}")
            self._grade(art, force, a, g)
        art.add("The force was graded as:\n" + "\n".join(lines))
        art.add(*self.fillers("the force", self.rng.randint(5, 6)))
        inspector = self._inspector(art, facts["inspector"])
        a, b = self.quote_paragraphs(force, INSPECTOR_LINES, 2)
        art.add(f"“{self._quote(art, inspector, a)}” said HM Inspector of Constabulary {inspector}.",
                f"“{self._quote(art, inspector, b)}”")
        self._responses(art, force, quoted=self.rng.random() < 0.5)

    def response(self, art: Article, force: Force, programme: str) -> None:
        written = PROGRAMMES[programme][0]
        art.add(f"{force.name} responds to inspection report",
                f"Leaders of {force.name} have responded to last month's {written} report by His Majesty's "
                f"Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).")
        art.add(*self.fillers("the force", self.rng.randint(5, 6)))
        self._responses(art, force, quoted=True)
        art.add(*self.fillers("the constabulary", 3))

    def nogrades(self, art: Article, force: Force, programme: str) -> None:
        art.truth["programme"] = None
        art.add(f"Police watchdog to return to {force.area}",
                f"{force.name} is to be visited again by the police inspectorate later this year, the force has "
                f"confirmed.", "The inspection will look at how the force answers calls from the public and how it "
                "supports victims of crime.")
        art.add(*self.fillers("the force", self.rng.randint(5, 7)))
        self._responses(art, force, quoted=self.rng.random() < 0.5)

    def _responses(self, art: Article, force: Force, quoted: bool) -> None:
        (chief, mr), chief_role = self.chief[force.slug], CHIEF_ROLE.get(force.slug, "chief constable")
        ((overseer, mr2), (adjective, party)), role = self.overseer[force.slug], OVERSIGHT_ROLE.get(
            force.slug, "police and crime commissioner")
        surname = chief.split()[-1]
        art.truth["people"].append([chief, chief_role])
        title = "Commissioner" if chief_role == "commissioner" else "Chief Constable"
        art.add(f"{title} {chief} said the force accepted the findings and that a \"strong focus\" had been applied "
                f"to the issues raised.")
        if quoted:
            line = self.rng.choice(RESPONSE_LINES[:3])
            art.add(f"\"{self._quote(art, chief, line[:-1] + ',')}\" {mr} {surname} said." if self.rng.random() < 0.5
                    else f"{mr} {surname} said: \"{self._quote(art, chief, line)}\"")
        art.truth["people"].append([overseer, role])
        if role == "police and crime commissioner" and party and self.rng.random() < 0.7:
            art.truth["parties"].append([overseer, party])
            intro = f"{adjective} police and crime commissioner {overseer}"
        else:
            intro = f"The {role}, {overseer},"
        line = self.rng.choice(RESPONSE_LINES[2:])
        art.add(f"{intro} said: \"{self._quote(art, overseer, line)}\"")
        art.add(f"{mr2} {overseer.split()[-1]} said a public meeting to discuss the report would be held on "
                f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS)}.")


def generate(n: int, out: Path, seed: int = 0) -> dict[str, dict]:
    writer = Writer(seed)
    out.mkdir(parents=True, exist_ok=True)
    order = list(writer.forces)
    writer.rng.shuffle(order)
    truth = {}
    width = max(5, len(str(n - 1)))
    for i in range(n):
        force = order[i % len(order)]  # every force, evenly
        art = writer.article(force)
        name = f"{i:0{width}d}_{force.slug}.txt"
        (out / name).write_text(art.text(), encoding="utf-8")
        truth[name] = art.truth
    (out / "_truth.json").write_text(json.dumps({"seed": seed, "n": n, "articles": truth}, ensure_ascii=False,
                                                indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    generate(args.n, args.outdir, args.seed)
    print(f"{args.n} articles in {args.outdir} (seed {args.seed})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
