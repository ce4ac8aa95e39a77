"""Linked data: every resource's documents (HTML, Turtle, JSON-LD, N-Triples), the query page, VoID and downloads.

A resource IRI `<w3id root><path>` (vocab.PK without its id/) is served at `<base><path>` and answers 303
to the document its Accept header prefers; `<path>.html|.ttl|.jsonld|.nt` always answer
200 (Wikidata's EntityData). Pages are rendered on the server from Jinja2 templates with
autoescape: every literal comes from an article or a query. A page shows labels rather than
IRIs, the outgoing and incoming links (LodView), every fact's evidence text and source, and
for a force its grades, for a person their posts and claims, for a source its spans.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response

from .. import guard, results, vocab
from ..query import QUERIES_DIR, LocalStore, QueryError, read
from ..workers import Busy
from . import conneg
from .site import QUERY_DIR, W3ID_ROOT, Site, bind, iri_term, page_query, string_term
from .sparql import error_response

TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                        autoescape=select_autoescape(default=True, default_for_string=True))
_COMPACT = sorted(((iri, name) for name, iri in vocab.PREFIXES.items() if name != "pk"), key=lambda p: -len(p[0]))
_LABEL_PROPERTIES = [str(p) for p in (vocab.SKOS.prefLabel, vocab.SCHEMA.name, vocab.DCTERMS.title,
                                      vocab.RDFS.label, vocab.NIF.anchorOf)]
_RDF_TYPE, _EVIDENCE, _ONS_CODE = str(vocab.RDF.type), str(vocab.PEEL.evidence), str(vocab.PEEL.onsPfaCode)
_FORCE, _PERSON = str(vocab.PEEL.PoliceForce), str(vocab.SCHEMA.Person)
_SOURCE_TYPES = {str(vocab.SCHEMA.NewsArticle), str(vocab.SCHEMA.Article), str(vocab.PEEL.PressRelease)}
_SPAN = re.compile(r"^(?P<source>.+)#char=(?P<begin>\d+),(?P<end>\d+)$")
MEDIA_TYPES = {".trig": "application/trig", ".nq": "application/n-quads", ".ttl": "text/turtle",
               ".nt": "application/n-triples", ".jsonld": "application/ld+json"}


def compact(iri: str) -> str:
    for namespace, name in _COMPACT:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{name}:{iri[len(namespace):]}"
    return iri


def _value(binding: dict | None) -> str:
    return "" if binding is None else binding["value"]


def render(name: str, status: int = 200, headers: dict | None = None, **context) -> HTMLResponse:
    return HTMLResponse(TEMPLATES.get_template(name).render(**context), status_code=status, headers=headers)


def _query_tabs() -> list[dict]:
    tabs = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^# title: (.+)$", text, re.M)
        tabs.append({"name": title.group(1).strip() if title else path.stem, "query": text, "file": path.name})
    return tabs


async def query_page(request: Request) -> Response:
    site: Site = request.app.state.site
    return render("query.html", site=site, tabs=_query_tabs(), endpoint=f"{site.base}sparql",
                  downloads=sorted(site.downloads))


async def void(request: Request) -> Response:
    site: Site = request.app.state.site
    described = site.data / "void.ttl" if site.data.is_dir() else None
    if described is None or not described.is_file():
        return PlainTextResponse("this dataset has no VoID description (it was not built by peelkg build)\n",
                                 status_code=404)
    return _file(request, site, described, "text/turtle")


async def download(request: Request) -> Response:
    site: Site = request.app.state.site
    path = site.downloads.get(request.path_params["file"])  # a name from the folder's listing, never a path
    if path is None:
        return PlainTextResponse(f"no such file; offered: {', '.join(sorted(site.downloads))}\n", status_code=404)
    return _file(request, site, path, MEDIA_TYPES[path.suffix])


def _file(request: Request, site: Site, path: Path, media_type: str) -> Response:
    etag = f'"{site.tag}-{path.name}"'
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    return FileResponse(path, media_type=media_type, headers={"ETag": etag})


# --- resources --------------------------------------------------------------------------------

async def resource(request: Request) -> Response:
    site: Site = request.app.state.site
    path = request.path_params["path"]
    stem, dot, extension = path.rpartition(".")
    if not dot or extension not in conneg.DOCUMENT_BY_EXTENSION or "/" in extension:
        stem, extension = path, ""
    term = iri_term(W3ID_ROOT + stem)
    if term is None or not stem:
        return PlainTextResponse("not found\n", status_code=404)
    try:
        if not extension:
            return await _see_other(request, site, stem, term)
        offer = conneg.DOCUMENT_BY_EXTENSION[extension]
        etag = f'"{hashlib.sha256(f"{site.tag}/{path}".encode()).hexdigest()[:32]}"'
        headers = {"ETag": etag, "Link": _links(site, stem)}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        key = ("document", path, request.query_params.get("page", ""))
        cached = site.cache.get(key)
        if cached is not None:
            return Response(cached[0], media_type=cached[1], headers=headers)
        if offer.name == "html":
            response = await _page(request, site, stem, term, headers)
            if response.status_code == 200:
                site.cache.put(key, response.body, offer.media_type)
            return response
        body = await site.run(bind(page_query("document"), "resource", term), offer.name)
        if _empty(body, offer.name):
            return PlainTextResponse(f"nothing is known about {W3ID_ROOT + stem}\n", status_code=404)
        site.cache.put(key, body, offer.media_type)
        return Response(body, media_type=offer.media_type, headers=headers)
    except (QueryError, conneg.NotAcceptable, Busy) as error:
        return error_response(error, site)


def _empty(body: bytes, fmt: str) -> bool:
    if fmt == "jsonld":
        return json.loads(body) in ([], {}, {"@graph": []})
    return not any(line.strip() and not line.startswith(b"@prefix") for line in body.splitlines())


async def _see_other(request: Request, site: Site, stem: str, term: str) -> Response:
    offer = conneg.choose(request.headers.get("accept"), conneg.DOCUMENT_OFFERS)
    exists = json.loads(await site.run(bind(page_query("exists"), "resource", term), "srj"))["boolean"]
    if not exists:
        return PlainTextResponse(f"nothing is known about {W3ID_ROOT + stem}\n", status_code=404,
                                 headers={"Vary": "Accept"})
    return RedirectResponse(f"/{stem}.{offer.extension}", status_code=303, headers={"Vary": "Accept"})


def _links(site: Site, stem: str) -> str:
    alternates = [f'<{site.base}{stem}.{o.extension}>; rel="alternate"; type="{o.media_type}"'
                  for o in conneg.DOCUMENT_OFFERS]
    return ", ".join(alternates + [f'<{W3ID_ROOT}{stem}>; rel="canonical"', f'<{site.base}void>; rel="describedby"'])


def gather(store: LocalStore, term: str) -> dict | None:
    """Every query a resource's page needs, run in one visit to a worker (each answer as SPARQL
    JSON bindings, never written as JSON text to be parsed again); None if nothing is known.
    A visit per query cost a page 4-5 round trips one after the other."""
    rows = _bindings(store, "describe_resource", "resource", term)
    if not rows:
        return None
    types, label = _types_and_label(rows)
    document, reading = _query("document")
    found = {"rows": rows, "jsonld": results.write(store.evaluate(bind(document, "resource", term), reading),
                                                   "jsonld").decode("utf-8")}
    evidence = [row["value"]["value"] for row in rows
                if row["direction"]["value"] == "out" and row["property"]["value"] == _EVIDENCE]
    sources = " ".join(filter(None, map(iri_term, sorted({m.group("source") for m in map(_SPAN.match, evidence) if m}))))
    if sources:
        found["titles"] = _bindings(store, "source_titles", "source", sources)
    if _FORCE in types:
        found["grades"] = _bindings(store, "force_grade_evidence", "force_id",
                                    string_term(term[1:-1].rsplit("/", 1)[-1]))
    if _PERSON in types:
        found["posts"] = _bindings(store, "person_posts", "person", term)
        found["claims"] = _bindings(store, "person_claims", "person", string_term(label or ""))
    if _SOURCE_TYPES & set(types):
        found["spans"] = _bindings(store, "source_spans", "source", term)
    return found


def _bindings(store: LocalStore, name: str, variable: str, value: str) -> list[dict]:
    sparql, reading = _query(name)
    return results.bindings(*store.select(bind(sparql, variable, value), reading))


@functools.cache
def _query(name: str) -> tuple[str, guard.Reading]:
    """A page's query (serve/queries/ or queries/) and the guard's reading of it, which a value
    bound in its VALUES does not change: the guard then reads each once, not on every page."""
    path = QUERY_DIR / f"{name}.rq"
    sparql = (path if path.is_file() else QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
    return sparql, read(sparql)


def _types_and_label(rows: list[dict]) -> tuple[list[str], str | None]:
    types, label = [], None
    for row in rows:
        if row["direction"]["value"] != "out":
            continue
        prop, value = row["property"]["value"], row["value"]
        if prop == _RDF_TYPE:
            types.append(value["value"])
        if label is None and prop in _LABEL_PROPERTIES and value["type"] == "literal":
            label = value["value"]
    return types, label


async def _page(request: Request, site: Site, stem: str, term: str, headers: dict) -> Response:
    iri = W3ID_ROOT + stem
    found = await site.call("page", term)
    if found is None:
        return render("missing.html", status=404, site=site, iri=iri)
    rows = found["rows"]
    types, label = _types_and_label(rows)
    out, incoming = defaultdict(list), defaultdict(list)
    for row in rows:
        item = _item(site, row["value"], _value(row.get("label")))
        (out if row["direction"]["value"] == "out" else incoming)[row["property"]["value"]].append(item)
    page = max(0, int(request.query_params.get("page", "0") or 0)) if request.query_params.get("page", "0").isdigit() else 0
    size = site.settings.page_size
    context = {
        "site": site, "iri": iri, "stem": stem, "label": label or iri, "types": [compact(t) for t in types],
        "out": _paginate(out, page, size), "incoming": _paginate(incoming, page, size),
        "more": any(len(v) > (page + 1) * size for v in (*out.values(), *incoming.values())), "page": page,
        "evidence": _evidence(site, out.get(_EVIDENCE, []), found.get("titles", [])),
        # No "</script>" can close the element early.
        "jsonld": found["jsonld"].replace("<", "\\u003c"),
        "documents": [(o.extension, o.media_type) for o in conneg.DOCUMENT_OFFERS], "ons_code": _ONS_CODE,
    }
    if "grades" in found:
        context["grades"] = _force_grades(site, found["grades"])
    if "posts" in found:
        context["posts"], context["claims"] = found["posts"], found["claims"]
    if "spans" in found:
        context["spans"] = _spans(site, found["spans"])
    return render("resource.html", headers=headers, **context)


def _item(site: Site, value: dict, label: str) -> dict:
    if value["type"] == "uri":
        return {"href": site.page(value["value"]), "text": label or compact(value["value"]),
                "iri": value["value"], "external": not value["value"].startswith(W3ID_ROOT)}
    return {"text": value["value"], "literal": True, "lang": value.get("xml:lang", "")}


def _paginate(groups: dict, page: int, size: int) -> list[tuple[str, str, list]]:
    return [(compact(prop), prop, items[page * size:(page + 1) * size])
            for prop, items in sorted(groups.items()) if items[page * size:(page + 1) * size]]


def _evidence(site: Site, items: list[dict], titles: list[dict]) -> list[dict]:
    """Each fact's evidence: the words, and the source they stand in (its page, anchored at the span)."""
    title_of = {row["source"]["value"]: row["title"]["value"] for row in titles}
    spans = []
    for item in items:
        match = _SPAN.match(item.get("iri", ""))
        if match:
            source = match.group("source")
            spans.append({"text": item["text"], "href": item["href"], "source": source,
                          "title": title_of.get(source, source), "source_href": site.page(source)})
    return spans


def _force_grades(site: Site, rows: list[dict]) -> list[dict]:
    """The force's grades: one table a programme, a row an area, each grade with its sources,
    each linked to a span of that source that states it."""
    programmes: dict[str, dict[str, dict[str, dict[str, str]]]] = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        grades = programmes[_value(row.get("programme"))][row["area"]["value"]]
        grades.setdefault(row["grade"]["value"], {}).setdefault(row["source"]["value"], site.page(row["span"]["value"]))
    return [{"programme": programme or "(programme not stated)",
             "areas": [{"area": area, "grades": [{"grade": g, "class": vocab.slug(g),
                                                  "sources": [{"title": t, "href": h} for t, h in s.items()]}
                                                 for g, s in grades.items()]}
                       for area, grades in areas.items()]}
            for programme, areas in programmes.items()]


def _spans(site: Site, rows: list[dict]) -> list[dict]:
    spans: dict[str, dict] = {}
    for row in rows:
        span = spans.setdefault(row["span"]["value"], {
            "anchor": f"char={row['begin']['value']},{row['end']['value']}", "text": row["text"]["value"],
            "begin": row["begin"]["value"], "end": row["end"]["value"], "facts": []})
        if "fact" in row:
            span["facts"].append({"href": site.page(row["fact"]["value"]), "property": compact(row["property"]["value"]),
                                  "text": _value(row.get("factLabel")) or compact(row["fact"]["value"])})
    return list(spans.values())
