"""Link lines: a line the page cut off in mid-sentence is the article's own sentence, not a link to another story."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_06_20 = events_dated("2024-06-20")

LEDE = (
    "Islamic State West Africa Province (ISWAP) fighters have freed a UN worker and nine other captives, officials "
    "said on Monday.\nThe captives were released after negotiations, the officials said.\n"
)


@pytest.mark.model
def test_an_attack_on_a_line_cut_off_in_mid_sentence_is_kept(nlp: Language) -> None:
    text = LEDE + (
        "The insurgents, it would be recalled, had attacked a convoy of travellers close to Matari village along the "
        "Maiduguri-Damaturu highway, during which the UN worker was kidnapped at"
    )
    assert [(e.type, e.country) for e in events_on_2024_06_20(nlp, text)] == [("attack", "NG")]


@pytest.mark.model
def test_an_attack_on_a_headline_line_without_a_full_stop_is_another_story(nlp: Language) -> None:
    text = LEDE + "Gunmen kill 10 travellers in convoy attack near Damaturu\nThe captives are now with the military."
    assert [e.type for e in events_on_2024_06_20(nlp, text)] == []
