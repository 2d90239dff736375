"""Quote speakers on real-page habits (short sentences written for the tests): a participle opener ("Briefing
journalists ..., Major General X, ..., said that") is no speaker; the person named before the verb is."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes]


@pytest.mark.model
def test_the_audience_of_a_long_participle_opener_does_not_speak(nlp: Language) -> None:
    text = ("Briefing journalists on Thursday at the Defence Headquarters, Abuja, Major General Musa Danmadami, "
            "Director, Defence Media Operations, said that “Mallam Ali Kwaya, who is a key member of the council, "
            "was among those neutralized in the strikes”.\n")
    assert _speakers(nlp, text) == ["Musa Danmadami"]


@pytest.mark.model
def test_the_participle_opener_with_another_speech_verb(nlp: Language) -> None:
    text = ("Briefing reporters at the Defence Headquarters, Abuja, Major General Edward Buba, Director, Defence "
            "Media Operations, informed that “troops neutralised 40 terrorists in the last week”.\n")
    assert _speakers(nlp, text) == ["Edward Buba"]


@pytest.mark.model
def test_a_short_participle_opener_keeps_its_speaker(nlp: Language) -> None:
    text = ("Addressing reporters in Maiduguri on Monday, Brigadier General John Okafor, the theatre commander, "
            "said that “the terrorists have been pushed out of the forest and will not return”.\n")
    assert _speakers(nlp, text) == ["John Okafor"]


@pytest.mark.model
def test_the_body_closing_a_persons_role_before_said_is_not_the_speaker(nlp: Language) -> None:
    # a real train sentence (se120): the parser left "said" without a subject, and the body right before it
    # ended the role set off after the general's name
    text = ("Personnel of the Army's 64th Infantry Battalion managed to drive the nine Abu Sayyaf gunmen away "
            "following a series of brief clashes early Saturday in Barangay Sucaten in Sumisip, Basilan.\n\n"
            "\"The remaining members of the terror group who refuse to return to the fold of the law are doing "
            "desperate moves to gain popular support after they've lost it due to the neutralization of their top "
            "leader Radzmil Jannatul, a.k.a. Khubayb, who was killed during an encounter with Army troops last "
            "March 26,\" Lt. Gen. Alfredo Rosario Jr., chief of the military's Western Mindanao Command, said.\n")
    assert _speakers(nlp, text) == ["Alfredo Rosario Jr."]


@pytest.mark.model
def test_the_opening_participle_tagged_a_noun_is_still_an_opener(nlp: Language) -> None:
    # real train lines (wa139): in the page the model tags "Briefing" a noun (even a place), not a participle
    text = ("The neutralized terrorists who were taken down by precison airstrikes of the Nigerian Air Force, NAF, "
            "were conveying about 13 of their wounded colleagues.\n"
            "Briefing journalists on Thursday at the Nigerian Defence Headquarters, Abuja, Major General Musa "
            "Danmadami, Director, Defence Media Opertions, informed that “Mallam Ali Kwaya, who is a key member of "
            "the Islamic State of West Africa Province Shura Council and Mallam Bukar Mainoka were among those "
            "neutralized in the strikes”.\n")
    assert _speakers(nlp, text) == ["Musa Danmadami"]


@pytest.mark.model
def test_a_syrian_military_spokesperson_speaks_for_the_syrian_arab_army(nlp: Language) -> None:
    text = ("Gunmen attacked a bus in the desert, the Syrian military said. \"Five soldiers were killed in the "
            "attack and 20 others wounded,\" it said.\n")
    assert _speakers(nlp, text) == ["Syrian Arab Army", "Syrian Arab Army"]
