"""Known public officials whose surname alone is too common to stand for them (resolve/persons,
data/known_persons.toml): their full name in another spelling is still theirs (names written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import canonicals_of_form

from sitroom.resolve.persons import _known_spelling, known_names, known_persons


@pytest.mark.parametrize(("written", "known"), [
    ("Lloyd J. Austin III", "Lloyd Austin"),  # an initial and a generational suffix are no other person
    ("Nafi’u Abubakar", "Nafiu Abubakar"),
    ("Bernardino Raphael", "Bernardino Rafael"),
    ("Ali Kaliora", "Ali Kalora"),
])
def test_a_known_official_without_a_surname_entry_spelt_another_way(written: str, known: str) -> None:
    assert _known_spelling(written) == known


def test_a_common_surname_alone_does_not_stand_for_a_known_official() -> None:
    # listed by full name only: "Austin" or "Abubakar" alone names no one in particular
    assert "Lloyd Austin" in known_names()
    assert "austin" not in known_persons()
    assert "abubakar" not in known_persons()


def test_another_given_name_with_the_official_s_surname_is_someone_else() -> None:
    assert _known_spelling("Austin Edwards") is None
    assert _known_spelling("Musa Abubakar") is None


# A head of government, minister or commander of the campaign's theatres named by surname alone is the full name the
# annotated pages write for such figures.

@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "full"), [
    ("Shettima said on Monday that the troops had cleared the camps near Lake Chad.", "Shettima", "Kashim Shettima"),
    ("The gunmen had surrendered, General Brawner told reporters in Zamboanga.", "Brawner", "Romeo Brawner"),
    ("Mr Chume said the joint forces had retaken the district.", "Chume", "Cristovao Chume"),
])
def test_a_theatre_official_named_by_surname_alone_is_the_full_name(ents_nlp: Language, text: str, form: str,
                                                                    full: str) -> None:
    assert canonicals_of_form(ents_nlp, text, form) == {full}


@pytest.mark.model
def test_another_given_name_with_an_official_s_surname_keeps_its_own_name(ents_nlp: Language) -> None:
    text = "Musa Shettima, a trader in Maiduguri, said the road had been closed since Friday."
    assert canonicals_of_form(ents_nlp, text, "Musa Shettima") == {"Musa Shettima"}
