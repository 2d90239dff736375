"""Two name words a page ran together ("DelfinLorenzana") are the person's name with the space put back; a name
with a capital of its own inside ("McDonald", "MacKenzie") and a brand ("SunStar", "YouTube") stay whole
(resolve/persons)."""

from __future__ import annotations

import spacy

from sitroom.resolve.persons import canonical_name


def test_two_glued_name_words_get_their_space_back() -> None:
    doc = spacy.blank("en")("Defense Secretary RobertoMendoza said so .")
    assert canonical_name(doc[2:3], [None] * len(doc)) == "Roberto Mendoza"


def test_names_and_brands_with_a_capital_inside_stay_whole() -> None:
    doc = spacy.blank("en")("Ronald McDonald , Ian MacKenzie , SunStar , YouTube , Fiorello LaGuardia")
    marks = [None] * len(doc)
    assert [canonical_name(doc[a:b], marks) for a, b in ((0, 2), (3, 5), (6, 7), (8, 9), (10, 12))] == [
        "Ronald McDonald", "Ian MacKenzie", "SunStar", "YouTube", "Fiorello LaGuardia"]
