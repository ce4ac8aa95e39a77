"""SHACL-SPARQL's queries before anything runs them: their prefixes (sh:prefixes, owl:imports*,
sh:declare) and the syntax rules for queries with pre-bound variables (SHACL 1.0 §5.3.1 and
appendix A: no MINUS, SERVICE or VALUES, no `AS ?var` for a pre-bound variable, every
subquery returns them). A dataset clause (FROM) is refused too: it would make rdflib load a
URL, and the data graph is SHACL's to give. check_queries runs on every shapes graph before
either engine, so a shapes graph cannot make validation reach the network.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import Graph, Variable
from rdflib.namespace import OWL
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from peelkg.vocab import SH

from . import twins
from .terms import rdflib_pairs, show

QUERY_KEYS = (SH.select, SH.ask)
OPTIONAL_PREBOUND = ("currentShape", "shapesGraph")
_FORBIDDEN = {"MinusGraphPattern": "MINUS", "ServiceGraphPattern": "SERVICE", "InlineData": "VALUES",
              "ValuesClause": "VALUES"}
_RULES = "SHACL's rules for queries with pre-bound variables (§5.3.1, appendix A)"


class ShapesError(ValueError):
    """A shapes graph that SHACL says a processor must refuse (an ill-formed or forbidden query, a bad prefix)."""


def prefixes(g: Graph, node) -> dict[str, str]:
    """Prefix -> namespace for the query of `node`: sh:declare of its sh:prefixes and of what they owl:imports."""
    ontologies, todo = set(), list(g.objects(node, SH.prefixes))
    while todo:
        ontology = todo.pop()
        if ontology not in ontologies:
            ontologies.add(ontology)
            todo += g.objects(ontology, OWL.imports)  # within the shapes graph: nothing is fetched
    declared: dict[str, str] = {}
    for ontology in sorted(ontologies, key=str):
        for decl in g.objects(ontology, SH.declare):
            prefix, namespace = g.value(decl, SH.prefix), g.value(decl, SH.namespace)
            if prefix is None or namespace is None:
                raise ShapesError(f"a sh:declare of {show(ontology)} needs sh:prefix and sh:namespace")
            if declared.setdefault(str(prefix), str(namespace)) != str(namespace):
                raise ShapesError(f"prefix {prefix}: is declared for two namespaces (<{declared[str(prefix)]}>, "
                                  f"<{namespace}>) in the sh:prefixes of {show(node, rdflib_pairs(g))}")
    return declared


def prologue(declared: dict[str, str]) -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(declared.items()))


def _parameters(g: Graph) -> dict:
    """Validator node -> the parameter names of its constraint component (also pre-bound)."""
    out: dict = {}
    for component in g.subjects(SH.parameter, None):
        names = set()
        for parameter in g.objects(component, SH.parameter):
            path = g.value(parameter, SH.path)
            if path is not None:
                names.add(str(path).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1])
        for key in (SH.validator, SH.nodeValidator, SH.propertyValidator):
            for validator in g.objects(component, key):
                out.setdefault(validator, set()).update(names)
    return out


def check_queries(g: Graph) -> None:
    """Raise ShapesError for a query of the shapes graph that does not parse or that the rules forbid.

    A query with a Python twin (twins.py: shapes.ttl's own, tests/test_shapes.py checks each
    against these rules) is known to keep them: parsing the build's queries with rdflib in
    every worker would cost more than validating its articles."""
    parameters = _parameters(g)
    for key in QUERY_KEYS:
        for node, text in sorted(g.subject_objects(key), key=lambda pair: (str(pair[0]), str(pair[1]))):
            declared = prefixes(g, node)
            if key == SH.select and twins.twin(str(text), declared) is not None:
                continue
            prebound = {"this", *OPTIONAL_PREBOUND} | parameters.get(node, set()) | (
                {"value"} if key == SH.ask else set())
            check_query(str(text), prebound, declared, f"the {show(key)} of {show(node, rdflib_pairs(g))}")


def check_query(text: str, prebound: set[str], declared: dict[str, str], where: str) -> None:
    try:
        tree = parseQuery(text)
    except Exception as err:  # noqa: BLE001 - pyparsing's errors have no common base worth naming
        raise ShapesError(f"{where} does not parse as SPARQL: {err}") from None
    query = tree[1]
    if _get(query, "datasetClause"):
        raise ShapesError(f"{where} names a dataset (FROM): SHACL validates the data graph it is given")
    _walk(query, prebound, where)
    try:
        translateQuery(tree, initNs=declared)
    except Exception as err:  # noqa: BLE001 - rdflib raises a bare Exception for an undeclared prefix
        raise ShapesError(f"{where}: {err} (declare it with sh:prefixes and sh:declare)") from None


def _walk(node, prebound: set[str], where: str) -> None:
    if isinstance(node, CompValue):
        name = node.name
        if name in _FORBIDDEN:
            raise ShapesError(f"{where} uses {_FORBIDDEN[name]}, which {_RULES} forbid")
        var = _get(node, "var" if name == "Bind" else "evar") if name in ("Bind", "vars") else None
        if var is not None and str(var) in prebound:
            raise ShapesError(f"{where} assigns ?{var} (AS ?{var}), a pre-bound variable, which {_RULES} forbid")
        if name == "SubSelect":
            returned = _projected(node)
            missing = sorted(prebound - set(OPTIONAL_PREBOUND) - returned)
            if missing:
                raise ShapesError(f"{where} has a subquery that does not return "
                                  f"{', '.join('?' + v for v in missing)}, which {_RULES} require")
    for child in _children(node):
        _walk(child, prebound, where)


def _projected(select: CompValue) -> set[str]:
    """The variables a SELECT returns: its projection, or for SELECT * those in scope (not a FILTER's)."""
    projection = _get(select, "projection")
    if projection:
        return {str(_get(item, "evar") or _get(item, "var")) for item in projection}
    return _in_scope(_get(select, "where"))


def _in_scope(node) -> set[str]:
    if isinstance(node, Variable):
        return {str(node)}
    children = _children(node)
    if isinstance(node, CompValue):
        name = node.name
        if name in ("Filter", "MinusGraphPattern"):
            return set()
        if name == "SubSelect":
            return _projected(node)
        if name == "Bind":
            return {str(node["var"])}
        if name == "InlineData":
            return {str(v) for v in _get(node, "var") or ()}
        children = [v for k, v in node.items() if k != "expr"]  # an expression's variables are not bound by it
    return set().union(*map(_in_scope, children))


def _children(node):
    """The parts of a parse tree node (CompValue or list), none for a term."""
    if isinstance(node, CompValue):
        return node.values()
    return node if isinstance(node, (list, tuple)) else ()


def _get(node: CompValue, key: str):
    """node[key], None where absent (CompValue.get does not take a default)."""
    return node[key] if key in node else None


def uses(text: str, variable: str) -> bool:
    """Does the query mention ?variable or $variable anywhere (parsed, not by its text)?"""
    return variable in _variables(parseQuery(text)[1])


def _variables(node) -> set[str]:
    if isinstance(node, Variable):
        return {str(node)}
    return set().union(*map(_variables, _children(node)))


# Group braces, after strings, IRIs and comments (whose braces are text): where pre-binding goes
_TOKENS = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
                     r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*|\{''')


_SUBQUERY = re.compile(r"(?:\s|#[^\n]*)*SELECT\b", re.IGNORECASE)


def prebind(query: str, bindings: dict[str, object]) -> str:
    """The query with variables pre-bound as SHACL defines it (appendix A: every basic graph
    pattern joined with the bindings): a VALUES block opens each group. Terms are IRIs or
    literals (a blank node cannot be written in VALUES); SHACL forbids VALUES in the query
    itself, so none is there to clash."""
    names = sorted(bindings)
    block = (f" VALUES ({' '.join('?' + n for n in names)}) "
             f"{{ ({' '.join(str(bindings[n]) for n in names)}) }} ")
    if any(isinstance(t, ox.BlankNode) for t in bindings.values()):
        raise ValueError("a blank node cannot be pre-bound in a query's text")
    out, last = [], 0
    for token in _TOKENS.finditer(query):
        # a subquery's braces hold it alone; its own WHERE group takes the block
        if token.group() == "{" and not _SUBQUERY.match(query, token.end()):
            out.append(query[last:token.end()] + block)
            last = token.end()
    return "".join(out) + query[last:]
