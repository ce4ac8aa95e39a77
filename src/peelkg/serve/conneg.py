"""Content negotiation, decided in one place (RFC 9110 §12.5.1: q-values, wildcards, the most specific range wins)."""
from __future__ import annotations

from dataclasses import dataclass

from ..results import BOOLEAN, GRAPH, SOLUTIONS


@dataclass(frozen=True)
class Offer:
    media_type: str  # type/subtype, lower case, without parameters
    name: str  # a results.FORMATS key, or a page format ("html")
    extension: str = ""  # the linked-data document suffix that names it


# The first offer is the default, for a request without Accept or with */*.
QUERY_OFFERS = {
    SOLUTIONS: (
        Offer("application/sparql-results+json", "srj"),
        Offer("application/sparql-results+xml", "srx"),
        Offer("text/csv", "csv"),
        Offer("text/tab-separated-values", "tsv"),
        Offer("application/json", "srj"),
        Offer("application/xml", "srx"),
    ),
    BOOLEAN: (
        Offer("application/sparql-results+json", "srj"),
        Offer("application/sparql-results+xml", "srx"),
        Offer("application/json", "srj"),
        Offer("application/xml", "srx"),
    ),
    GRAPH: (
        Offer("text/turtle", "turtle", "ttl"),
        Offer("application/n-triples", "ntriples", "nt"),
        Offer("application/ld+json", "jsonld", "jsonld"),
        Offer("application/rdf+xml", "rdfxml", "rdf"),
        Offer("application/n-quads", "nquads", "nq"),
        Offer("application/trig", "trig", "trig"),
    ),
}
HTML = Offer("text/html", "html", "html")
# A resource's documents (Wikidata's EntityData: .ttl and .jsonld beside the negotiated one).
DOCUMENT_OFFERS = (HTML, *(o for o in QUERY_OFFERS[GRAPH] if o.extension in ("ttl", "jsonld", "nt")))
DOCUMENT_BY_EXTENSION = {o.extension: o for o in DOCUMENT_OFFERS}
# /sparql without a query: the query page for a browser, the service description for RDF clients.
DESCRIPTION_OFFERS = (*QUERY_OFFERS[GRAPH], HTML)


class NotAcceptable(Exception):
    """No offer matches the Accept header; the message lists what is offered."""

    def __init__(self, offers: tuple[Offer, ...]) -> None:
        self.offers = offers
        super().__init__("none of the requested media types is offered; offered: "
                         + ", ".join(dict.fromkeys(o.media_type for o in offers)))


def _ranges(accept: str) -> list[tuple[str, str, float, int]]:
    """(type, subtype, q, specificity) of each media range in an Accept header."""
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        main, _, sub = media.partition("/")
        q = 1.0
        extra = 0
        for parameter in fields[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
            else:
                extra = 1  # text/html;level=1 is more specific than text/html
        specificity = 0 if main == "*" else 1 if sub == "*" else 2 + extra
        ranges.append((main, sub, q, specificity))
    return ranges


def choose(accept: str | None, offers: tuple[Offer, ...]) -> Offer:
    """The offer the Accept header prefers; ties go to the earlier offer. NotAcceptable if none."""
    if not accept or not accept.strip():
        return offers[0]
    ranges = _ranges(accept)
    if not ranges:
        return offers[0]
    best, best_q = None, 0.0
    for offer in offers:
        main, _, sub = offer.media_type.partition("/")
        matching = [(spec, q) for m, s, q, spec in ranges
                    if (m == "*" or m == main) and (s == "*" or s == sub) and not (m == "*" and s != "*")]
        if not matching:
            continue
        q = max(matching)[1]  # the most specific range decides, even when it lowers q
        if q > best_q:
            best, best_q = offer, q
    if best is None:
        raise NotAcceptable(offers)
    return best
