"""Annotate: the spaCy pipeline (statistical model + sitroom rule components), checked at start."""

from sitroom.annotate.nlp import COMPONENTS, MODEL_PACKAGE, build_nlp, check_order, make_doc

__all__ = ["COMPONENTS", "MODEL_PACKAGE", "build_nlp", "check_order", "make_doc"]
