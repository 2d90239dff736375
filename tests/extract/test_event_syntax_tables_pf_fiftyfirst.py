"""The event rules' word tests read from the per-document tables (session 51, speed): each answers as the walk
over spaCy's Tokens it replaced, on short texts."""

from __future__ import annotations

from spacy.language import Language

from sitroom.annotate.extensions import doc_text
from sitroom.extract.events.records import DocIndex
from sitroom.extract.events.syntax import has_word, listed_in, may_have_word, told_as_more
from sitroom.extract.events.tolls import official_count
from sitroom.extract.events.vocab import vocab


def test_listed_in_is_every_word_that_may_have_a_listed_word(nlp: Language) -> None:
    doc = nlp("Troops attacked the camps. Airstrikes hit two bases, and the attack killed 12 fighters.")
    listed = frozenset({"attack", "base", "airstrike"})
    for sent in doc.sents:
        assert listed_in(sent, listed) == [i for i in range(sent.start, sent.end) if may_have_word(doc, i, listed)]
    assert [doc[i].text for i in listed_in(doc[:], listed)] == ["attacked", "Airstrikes", "bases", "attack"]


def test_has_word_reads_a_capitalised_plural_name_as_its_noun(nlp: Language) -> None:
    doc = nlp("Airstrikes killed 15 extremists near Mosul.")
    assert has_word(doc[0], frozenset({"airstrike"}))  # lemma or form, or the form less its "s" if a name
    assert not has_word(doc[1], frozenset({"airstrike"}))


def test_told_as_more_is_a_casualty_word_told_with_also(nlp: Language) -> None:
    words = vocab()
    doc = nlp("A civilian was also killed in the blast.")
    assert told_as_more(next(t for t in doc if t.lower_ == "killed"), words)
    other = nlp("A civilian was killed in the blast.")
    assert not told_as_more(next(t for t in other if t.lower_ == "killed"), words)


def test_a_count_of_bodies_is_no_official_count(nlp: Language) -> None:
    words = vocab()
    doc = nlp("Officials said 12 bodies were taken to hospital.")
    assert doc_text(doc) == doc.text
    count = next(t for t in doc if t.text == "bodies")
    assert not official_count(count, words, DocIndex(doc, words))  # "12 bodies": maybe only some of the dead


def test_names_listed_before_a_plural_settlement_noun_are_found_from_the_word_index(nlp: Language) -> None:
    from sitroom.extract.events.unlisted import _listed_before_plural

    doc = nlp("The militants attacked Mbau, Kisiki and Oicha villages on Monday.")
    found = list(_listed_before_plural(doc[:], vocab()))
    assert [(first.text, root.text) for first, root, _ in found] == [("Mbau", "Mbau")]  # the first name, its root
    assert [doc.text[s:e] for s, e in found[0][2]] == ["Oicha", "Kisiki", "Mbau"]
    assert list(_listed_before_plural(nlp("The militants attacked the villages on Monday.")[:], vocab())) == []
