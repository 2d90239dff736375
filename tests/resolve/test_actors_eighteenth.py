"""Session 19 entity-name rules: the shorter forms inside a longer knowledge-base match, numbered military units,
bodies of the campaign's states."""

from __future__ import annotations

from spacy.language import Language

from sitroom.models import EntityMention


def mentions(nlp: Language, text: str) -> list[EntityMention]:
    """The mentions the extractors read and the shorter forms inside them the entity records keep."""
    doc = nlp(text)
    return [*doc._.entity_mentions, *doc._.entity_aliases]


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_a_shorter_form_inside_a_longer_one_is_a_mention_of_the_same_actor(ents_nlp: Language) -> None:
    text = "The Islamic State group claimed the attack through its Amaq news agency on Friday."
    ms = mentions(ents_nlp, text)
    # the extractors count one naming of each: the shorter forms are aliases only
    assert [m.text for m in ents_nlp(text)._.entity_mentions if m.canonical == "Islamic State"] == [
        "Islamic State group"]
    assert canonicals(ms, "Islamic State") == {"Islamic State"}
    assert canonicals(ms, "Islamic State group") == {"Islamic State"}
    assert canonicals(ms, "Amaq") == {"Amaq"}


def test_the_words_after_the_article_name_the_actor_too(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Jets of the international coalition struck a hideout near Raqqa.")
    assert canonicals(ms, "international coalition") == {"Global Coalition to Defeat Daesh/ISIS"}
    # a shorter form of another actor inside a name stays no mention of that actor
    ms = mentions(ents_nlp, "The Islamic State West Africa Province claimed the raid.")
    assert "Islamic State" not in {m.text for m in ms}


def test_a_numbered_unit_keeps_its_number(ents_nlp: Language) -> None:
    text = ("Troops of the 45th Infantry Battalion and the 1st Scout Ranger Battalion clashed with gunmen, "
            "and soldiers of 222 Battalion repelled an attack, the 1st Brigade Combat Team said.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "45th Infantry Battalion") == {"45th Infantry Battalion"}
    assert canonicals(ms, "1st Scout Ranger Battalion") == {"1st Scout Ranger Battalion"}
    assert canonicals(ms, "222 Battalion") == {"222 Battalion"}
    assert canonicals(ms, "1st Brigade Combat Team") == {"1st Brigade Combat Team"}
    assert not any(m.canonical == "Scout Ranger Battalion" for m in ms)


def test_a_year_before_a_unit_word_is_no_unit(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "In 2017 Brigade commanders met in Marawi to plan the assault.")
    assert not any(m.text.startswith("2017") for m in ms)
    # a unit named by the force it belongs to is no mention the extractors credit, only an entity of the records
    doc = ents_nlp("The 7th Division of the Nigerian Army raided an ISWAP camp in Bama on Monday.")
    assert not any(m.text.endswith("7th Division") for m in doc._.entity_mentions)
    assert [m.canonical for m in doc._.entity_aliases] == ["7th Division"]


def test_the_philippine_army_is_its_own_body_below_the_armed_forces(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The Philippine Army said Philippine troops killed two militants in Lanao del Sur.")
    assert canonicals(ms, "Philippine Army") == {"Philippine Army"}
    assert canonicals(ms, "Philippine troops") == {"Armed Forces of the Philippines"}


def test_the_defence_and_security_forces_are_the_state_s_force(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "In Niger, the Defense and Security Forces killed 20 militants near Tillaberi, Niger said.")
    assert canonicals(ms, "Defense and Security Forces") == {"Nigerien Defense and Security Forces"}
    ms = mentions(ents_nlp, "In Mozambique, the Defence and Security Forces retook Mocimboa da Praia, Mozambique said.")
    assert canonicals(ms, "Defence and Security Forces") == {"Armed Defence Forces of Mozambique"}


def test_forms_of_the_campaign_s_bodies(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Niger Republic troops fought Lakurawa fighters while Operation Shuja went on in Ituri.")
    assert canonicals(ms, "Niger Republic") == {"Niger"}
    assert canonicals(ms, "Lakurawa") == {"Islamic State Sahel Province"}
    assert canonicals(ms, "Operation Shuja") == {"Operation Shujaa"}


def test_an_unknown_acronym_is_the_one_body_whose_words_it_spells(ents_nlp: Language) -> None:
    text = "Forces of the Libyan National Army advanced on Sirte. The LNA said ten fighters died there."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "LNA") == {"Libyan National Army"}
    # letters no body of the text spells stay their own body
    ms = mentions(ents_nlp, "Forces of the Libyan National Army advanced on Sirte. The GNA said ten fighters died.")
    assert "Libyan National Army" not in canonicals(ms, "GNA")


def test_a_title_case_acronym_of_a_branch(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Iswap fighters attacked a base in Borno state on Sunday, the army said.")
    assert canonicals(ms, "Iswap") == {"Islamic State West Africa Province"}


def test_a_listed_ministry_goes_by_its_listed_name(ents_nlp: Language) -> None:
    text = ("A blast in Kabul killed five, Afghan officials said. The Interior Ministry said Afghan forces were "
            "deployed across Afghanistan.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Interior Ministry") == {"Afghan Interior Ministry"}
    # other states' ministries keep the generated name
    text = "A blast in Damascus killed five. The Interior Ministry said Syrian forces were deployed across Syria."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Interior Ministry") == {"Syrian Ministry of Interior"}


def test_a_bare_body_s_bracketed_acronym_goes_with_it(ents_nlp: Language) -> None:
    text = ("In the Lemdou area of Niger, the Defense and Security Forces (FDS) engaged the militants, the ministry "
            "said. The FDS lost two men in Niger.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "FDS") == {"Nigerien Defense and Security Forces"}
    # on a page about another state the bare name and its letters stay as written
    text = ("In the Lemdou area of Chad, the Defense and Security Forces (FDS) engaged the militants, the ministry "
            "said. The FDS lost two men in Chad.")
    assert "Nigerien Defense and Security Forces" not in canonicals(mentions(ents_nlp, text), "FDS")
