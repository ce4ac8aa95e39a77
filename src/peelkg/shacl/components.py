"""The SHACL Core constraint components the fast engine implements (those ontology/shapes.ttl
uses), each as a check over all focus nodes of a property shape in one graph at once:
check(view, focus_nodes, values per focus node) -> [(focus, value or None, component)]."""
from __future__ import annotations

from collections import Counter
from typing import Callable

import pyoxigraph as ox

from peelkg.vocab import SH

from .xsd import any_lexical, compare, number, well_formed

# value-type components, the ones allowed inside sh:or
VALUE_COMPONENTS = {SH["class"]: "ClassConstraintComponent", SH.datatype: "DatatypeConstraintComponent",
                    SH.nodeKind: "NodeKindConstraintComponent"}
PROPERTY_COMPONENTS = {
    **VALUE_COMPONENTS,
    SH.minCount: "MinCountConstraintComponent", SH.maxCount: "MaxCountConstraintComponent",
    SH.pattern: "PatternConstraintComponent", SH.minLength: "MinLengthConstraintComponent",
    SH.minInclusive: "MinInclusiveConstraintComponent", SH.hasValue: "HasValueConstraintComponent",
    SH.lessThan: "LessThanConstraintComponent", SH["or"]: "OrConstraintComponent",
    SH.uniqueLang: "UniqueLangConstraintComponent",
}
# at a node shape the focus node is the one value node: the components that read value nodes one by one
NODE_COMPONENTS = {key: name for key, name in PROPERTY_COMPONENTS.items()
                   if key not in (SH.minCount, SH.maxCount, SH.lessThan, SH.uniqueLang)}
_NODE_KINDS = {str(SH.IRI): (ox.NamedNode,), str(SH.Literal): (ox.Literal,), str(SH.BlankNode): (ox.BlankNode,),
               str(SH.BlankNodeOrIRI): (ox.BlankNode, ox.NamedNode),
               str(SH.IRIOrLiteral): (ox.NamedNode, ox.Literal),
               str(SH.BlankNodeOrLiteral): (ox.BlankNode, ox.Literal)}


def _datatype_test(param) -> Callable:
    """sh:datatype: a literal of that datatype whose lexical form XSD accepts."""
    datatype, literal = param.value, ox.Literal
    if any_lexical(datatype):
        return lambda view, v: type(v) is literal and v.datatype == param
    return lambda view, v: type(v) is literal and v.datatype == param and well_formed(v.value, datatype)


def _value_test(component: str, param) -> Callable:
    """test(view, value) -> bool for a value-type constraint."""
    if component == "ClassConstraintComponent":
        return lambda view, v: view.is_instance(v, view.classes(param))
    if component == "DatatypeConstraintComponent":
        return _datatype_test(param)
    if component == "NodeKindConstraintComponent":
        kinds = _NODE_KINDS[param.value]
        return lambda view, v: isinstance(v, kinds)
    raise ValueError(component)


def _unique_lang(view, fs, vs) -> list:
    """A result for each language tag two values of a focus node share."""
    out = []
    for focus, values in zip(fs, vs):
        tags = Counter(v.language.lower() for v in values if type(v) is ox.Literal and v.language)
        out += [(focus, None, "UniqueLangConstraintComponent") for n in tags.values() if n > 1]
    return out


def _value_check(component: str, test: Callable) -> Callable:
    """A check from a per-value test(view, value) -> bool."""
    def check(view, focus_nodes, values_list):
        return [(f, v, component) for f, values in zip(focus_nodes, values_list) for v in values
                if not test(view, v)]
    return check


def constraint_check(component: str, param) -> Callable:
    if component == "MinCountConstraintComponent":
        return lambda view, fs, vs: [(f, None, component) for f, values in zip(fs, vs) if len(values) < param]
    if component == "MaxCountConstraintComponent":
        return lambda view, fs, vs: [(f, None, component) for f, values in zip(fs, vs) if len(values) > param]
    if component == "HasValueConstraintComponent":
        return lambda view, fs, vs: [(f, None, component) for f, values in zip(fs, vs) if param not in values]
    if component == "ClassConstraintComponent":
        def check_class(view, fs, vs):
            classes, is_instance = view.classes(param), view.is_instance
            return [(f, v, component) for f, values in zip(fs, vs) for v in values if not is_instance(v, classes)]
        return check_class
    if component == "DatatypeConstraintComponent":  # the commonest check: the test inlined
        datatype, literal, lexical = param.value, ox.Literal, not any_lexical(param.value)
        return lambda view, fs, vs: [
            (f, v, component) for f, values in zip(fs, vs) for v in values
            if not (type(v) is literal and v.datatype == param and (not lexical or well_formed(v.value, datatype)))]
    if component == "NodeKindConstraintComponent":
        kinds = _NODE_KINDS[param.value]
        return lambda view, fs, vs: [(f, v, component) for f, values in zip(fs, vs) for v in values
                                     if not isinstance(v, kinds)]
    if component == "OrConstraintComponent":
        members = [[_value_test(c, p) for c, p in member] for member in param]

        def any_member(view, v):
            for tests in members:
                for test in tests:
                    if not test(view, v):
                        break
                else:
                    return True
            return False
        return _value_check(component, any_member)
    if component == "PatternConstraintComponent":
        return _value_check(component, lambda view, v: type(v) is not ox.BlankNode and param.search(v.value))
    if component == "MinLengthConstraintComponent":
        return _value_check(component, lambda view, v: type(v) is not ox.BlankNode and len(v.value) >= param)
    if component == "MinInclusiveConstraintComponent":
        bound = number(param)

        def at_least(view, v):
            n = number(v)
            return n is not None and not n.is_nan() and n >= bound
        return _value_check(component, at_least)
    if component == "UniqueLangConstraintComponent":  # param: is it true (only true activates it)
        return _unique_lang if param else (lambda view, fs, vs: [])
    if component == "LessThanConstraintComponent":
        def less_than(view, fs, vs):
            return [(focus, v, component) for focus, values in zip(fs, vs) if values
                    for v in values if any(compare(v, w) != -1 for w in view.objects(focus, param))]
        return less_than
    raise ValueError(component)
