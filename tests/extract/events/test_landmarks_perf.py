"""The landmarks' cues searched all at once find the sentences the cues one by one find."""

from __future__ import annotations

import re

from sitroom.extract.events.landmarks import any_cue, landmark_dates, landmarks
from sitroom.extract.events.records import EventMention


def test_no_landmark_cue_refers_to_a_group_or_sets_a_flag_inside_it() -> None:
    # one pattern of them all finds what one of them finds only so: a numbered group moves, an inline flag is refused
    for landmark in landmarks():
        for cue in landmark.cues:
            assert not re.search(r"\\[1-9]|\(\?P[=<]|\(\?[aiLmsux]", cue.pattern), (landmark.name, cue.pattern)


def test_the_joined_cues_match_a_sentence_exactly_when_one_cue_does() -> None:
    sentences = [
        "IS-K claimed the attack on Moscow's Crocus City Hall in March that killed more than 140 people.",
        "This followed a massive attack on a mosque in Al-Arish, which killed at least 305 people.",
        "Gunmen attacked a village near Diffa on Tuesday, killing five people.",
        "The army said it repelled an attack on its base.",
    ]
    for sentence in sentences:
        one_by_one = any(c.search(sentence) for lm in landmarks() for c in lm.cues)
        assert (any_cue().search(sentence) is not None) == one_by_one
    assert any_cue().search(sentences[0]) and not any_cue().search(sentences[3])


def test_an_attack_whose_sentence_names_no_landmark_keeps_its_date() -> None:
    text = "Gunmen attacked a village near Diffa on Tuesday, killing five people."
    event = EventMention("attack", "attacked", 7, 15, 0, len(text), text, date="2024-03-19", country="NE")
    landmark_dates([event], "2024-03-21")
    assert (event.date, event.country) == ("2024-03-19", "NE")
