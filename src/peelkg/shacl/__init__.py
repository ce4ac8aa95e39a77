"""SHACL for peelkg: the fast engine the build uses (engine.py, over a plan compile.py makes
from a shapes graph), XSD lexical spaces and comparisons (xsd.py), SHACL-SPARQL's query rules
(sparql.py), and how findings show terms (terms.py). validate.py chooses between this engine
and pySHACL.
"""
from .compile import Unsupported
from .engine import (
    IDENTIFIER,
    SHAPES_FILE,
    SOURCE_CLASSES,
    VOCAB_DIR,
    Engine,
    ValidationFailure,
    binding,
    check_graphs,
    compile_engine,
    project_engine,
    shapes_graph,
    vocab_ntriples,
)
from .sparql import ShapesError, check_queries
from .terms import SEVERITIES, component, curie, path_text, rdflib_graph, rdflib_pairs, severity, show, to_rdflib
from .xsd import XsdLiteral, well_formed

__all__ = ["IDENTIFIER", "SEVERITIES", "SHAPES_FILE", "SOURCE_CLASSES", "VOCAB_DIR", "Engine", "ShapesError",
           "Unsupported", "ValidationFailure", "XsdLiteral", "binding", "check_graphs", "check_queries",
           "compile_engine", "component", "curie", "path_text", "project_engine", "rdflib_graph", "rdflib_pairs",
           "severity", "shapes_graph", "show", "to_rdflib", "vocab_ntriples", "well_formed"]
