"""State bodies in the entity records (resolve/actors): ministries with or without their owner, armies, police and
numbered units, bodies named after a place's possessive or by a state's adjective, and bodies the knowledge base lacked
(sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated
from tests.resolve.conftest import canonicals, canonicals_of_form, entity_mentions, named

from sitroom.extract.events.credit import _outlet
from sitroom.models import EntityMention
from sitroom.resolve.actor_kb import load_actor_kb
from sitroom.resolve.places import demonyms

# the reference days the tests' sentences are written around
events_on_2019_06_14 = events_dated("2019-06-14")


def mentions_and_aliases(nlp: Language, text: str) -> list[EntityMention]:
    """The mentions the extractors read and the shorter forms inside them the entity records keep."""
    doc = nlp(text)
    return [*doc._.entity_mentions, *doc._.entity_aliases]


# A ministry written without its owner is the ministry of the one country its sentence names, by name, people or
# towns.

def ministries(nlp: Language, text: str) -> dict[str, set[str]]:
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for m in [*doc._.entity_mentions, *doc._.entity_aliases]:
        if "ministry" in m.text.lower():
            out.setdefault(m.text, set()).add(m.canonical)
    return out


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "canonical"), [
    # the towns of the sentence, though the page names another country more
    ("Police arrested three men in the cities of Tangier and Meknes, according to the interior ministry. "
     "Pakistan has also arrested people. Pakistan said so.", "interior ministry", "Moroccan Ministry of Interior"),
    # the people's adjective in the sentence
    ("Russia said a lot. Russia agreed. Tunisian security forces have killed three suspected militants, the "
     "interior ministry said on Sunday.", "interior ministry", "Tunisian Ministry of Interior"),
])
def test_actors_a_ministry_is_the_state_its_sentence_names(
        ents_nlp: Language, text: str, form: str, canonical: str) -> None:
    assert ministries(ents_nlp, text).get(form) == {canonical}


@pytest.mark.model
def test_actors_a_sentence_naming_several_states_leaves_the_ministry_to_the_page(ents_nlp: Language) -> None:
    text = ("Niger mourned the victims in Niamey on Friday. Niger closed its border. The defense ministry said "
            "the force of soldiers from Niger, Nigeria, Chad and Cameroon swept the Lake Chad basin.")
    assert ministries(ents_nlp, text).get("defense ministry") == {"Nigerien Ministry of Defence"}


@pytest.mark.model
def test_actors_the_same_ministry_again_keeps_the_state_its_first_sentence_gave(ents_nlp: Language) -> None:
    text = ("A cell operating in Fez was dismantled, according to the interior ministry. Syria and Syria again. "
            "Syria, Syria. The interior ministry reported that one member was convicted.")
    assert ministries(ents_nlp, text).get("interior ministry") == {"Moroccan Ministry of Interior"}


@pytest.mark.model
def test_actors_a_neighbour_named_by_its_name_alone_does_not_own_the_ministry(ents_nlp: Language) -> None:
    text = ("Niger mourned the victims in Niamey. Niger closed its schools. Hundreds of jihadists attacked the camp "
            "near the border with Mali on Tuesday, according to the defence ministry.")
    assert ministries(ents_nlp, text).get("defence ministry") == {"Nigerien Ministry of Defence"}


@pytest.mark.model
def test_actors_a_bracketed_acronym_spelling_the_words_before_it_names_a_body(ents_nlp: Language) -> None:
    text = ("The field teams of the Displacement Tracking Matrix (DTM) recorded the arrival of 1,593 people. "
            "The DTM said more would come.")
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get("Displacement Tracking Matrix") == "Displacement Tracking Matrix"
    assert found.get("DTM") == "Displacement Tracking Matrix"


@pytest.mark.model
def test_actors_letters_in_brackets_that_spell_no_name_make_no_body(ents_nlp: Language) -> None:
    text = "The field teams of the Displacement Tracking Matrix (IOM) recorded the arrival of 1,593 people."
    assert "Displacement Tracking Matrix" not in {m.canonical for m in entity_mentions(ents_nlp, text)}


# A ministry written with no owner after one of the same portfolio named with its owner ("Morocco's Ministry of
# Interior said... The Interior Ministry further added") refers back to that one, not to the theatre country the page
# names in passing; with none named so, the theatre rule still holds.

@pytest.mark.model
def test_a_bare_ministry_refers_back_to_the_one_named_with_its_owner(ents_nlp: Language) -> None:
    text = ("Morocco's Ministry of Interior said police dismantled a cell of seven men. The cell acted at the "
            "behest of Islamic State commanders in Syria, Iraq and Libya. The Interior Ministry further added "
            "that the cell planned to recruit more youth.")
    found = {m.text: m.canonical for m in mentions_and_aliases(ents_nlp, text)}
    assert found.get("The Interior Ministry", found.get("Interior Ministry")) == "Moroccan Ministry of Interior"


@pytest.mark.model
def test_a_bare_ministry_with_no_owner_named_before_is_still_the_theatres(ents_nlp: Language) -> None:
    # the page names the US more, but no ministry with its owner written: the home-front ministry is Syria's
    text = ("The US struck targets. US officials and the US envoy spoke. Police in Syria raided a hideout near "
            "Daraya. The Interior Ministry said the cell was dismantled.")
    found = {m.text: m.canonical for m in mentions_and_aliases(ents_nlp, text)}
    assert found.get("Interior Ministry") == "Syrian Ministry of Interior"


@pytest.mark.model
def test_an_owner_of_another_portfolio_does_not_decide(ents_nlp: Language) -> None:
    # "Morocco's foreign ministry" says nothing of whose interior ministry a page about Syria names
    text = ("Morocco's Foreign Ministry condemned the attack. Police in Syria raided a hideout near Daraya, in "
            "Syria. The Interior Ministry said the cell was dismantled in Syria.")
    found = {m.text: m.canonical for m in mentions_and_aliases(ents_nlp, text)}
    assert found.get("Interior Ministry") == "Syrian Ministry of Interior"


# A foreign ministry named by its office, or by its state's name, goes by "Ministry of Foreign Affairs of <State>";
# one written with its people's adjective keeps the adjective, and "the foreign ministry" after it is the same body.


def names(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in entity_mentions(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "canonical"), [
    # the office's full name with no owner: the state the page is about
    ("Gunmen stormed a building in Tripoli, Libya. Libya said the Ministry of Foreign Affairs was hit by a car "
     "bomb and Libya mourned three dead.", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Libya"),
    # the state's name as the owner
    ("Nigeria’s Ministry of Foreign Affairs confirmed the strikes in Sokoto State on Friday.",
     "Nigeria’s Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Nigeria"),
    # the people's adjective written: kept
    ("The German Foreign Ministry confirmed the return of the women from Syria.", "German Foreign Ministry",
     "German Foreign Ministry"),
])
def test_a_foreign_ministry_named_by_its_office_takes_its_state_after_it(
        ents_nlp: Language, text: str, form: str, canonical: str) -> None:
    assert names(ents_nlp, text).get(form) == canonical


@pytest.mark.model
def test_the_foreign_ministry_after_the_adjective_form_is_that_ministry(ents_nlp: Language) -> None:
    text = ("Germany brought home 11 women from a camp in Syria, the German Foreign Ministry said on Sunday. "
            "The Foreign Ministry said most of the children were sick.")
    found = {m.canonical for m in entity_mentions(ents_nlp, text) if "Foreign" in m.text}
    assert found == {"German Foreign Ministry"}


def test_libyas_electoral_commission_and_foreign_ministry_go_by_their_official_names() -> None:
    kb = load_actor_kb()
    assert kb.lookup("Libyan High Electoral Commission").canonical == "High National Elections Commission"
    assert kb.lookup("Libyan Foreign Ministry").canonical == "Ministry of Foreign Affairs of Libya"


@pytest.mark.model
def test_a_ministry_of_national_defense_is_its_states_defence_ministry(ents_nlp: Language) -> None:
    text = ("The Ministry of National Defense said on Friday that ten soldiers died in Niger, where the army repelled "
            "an attack near Tillaberi.")
    assert names(ents_nlp, text).get("Ministry of National Defense") == "Nigerien Ministry of Defence"


@pytest.mark.model
@pytest.mark.parametrize("written", ["Operation Fansan Yanma", "Operation FANSAN YAMMA", "Operation Fansar Yanma"])
def test_the_north_west_operation_goes_by_one_spelling(ents_nlp: Language, written: str) -> None:
    text = f"Troops of {written} rescued 62 hostages in Kebbi State on Monday, the army said."
    found = {m.canonical for m in entity_mentions(ents_nlp, text) if "anma" in m.text.lower()
             or "amma" in m.text.lower()}
    assert found == {"Operation Fansan Yamma"}


@pytest.mark.model
def test_puntlands_offensive_is_operation_hilaac_by_any_of_its_names(ents_nlp: Language) -> None:
    text = ("Puntland forces, under the Hilaac Campaign, have captured two bases in the Cal Miskaad mountains, "
            "officials said.")
    assert names(ents_nlp, text).get("Hilaac Campaign") == "Operation Hilaac"


@pytest.mark.model
def test_wagner_alone_is_the_group_on_a_page_about_mali(ents_nlp: Language) -> None:
    text = ("Mali's army spokesman said the Malian Armed Forces do not work with Wagner, but with Russian "
            "instructors, after the ambush near Gao in Mali.")
    assert names(ents_nlp, text).get("Wagner") == "Wagner Group"


@pytest.mark.parametrize(("written", "branch"), [
    ("ISIS branch in Somalia", "Islamic State Somalia Province"),
    ("ISIS wing in Somalia", "Islamic State Somalia Province"),
    ("IS Khorasan branch", "Islamic State Khorasan Province"),
    ("Islamic State Khurasan Chapter", "Islamic State Khorasan Province"),
])
def test_the_groups_part_in_a_place_is_the_branch_there(written: str, branch: str) -> None:
    found = load_actor_kb().lookup(written)
    assert found is not None and found.canonical == branch


# States the knowledge base gives no people's name, their armies and ministries, the platforms the groups post on, and
# the bodies the entity records keep beside the extractors' mentions (a lower-case ministry, a possessed force's
# owner, a state's police by its adjective).

def test_a_possessive_state_without_a_listed_people_takes_its_adjective(ents_nlp: Language) -> None:
    # Algeria has no "Algerians" in the knowledge base: its adjective comes from data/demonyms.toml
    ms = entity_mentions(ents_nlp, "Algeria's army killed five militants on Tuesday in the east.")
    assert [m.canonical for m in ms if m.text == "Algeria's army"] == ["National People's Army"]


def test_a_possessive_place_that_is_no_state_is_not_an_army(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Kano's army of street vendors came out on Tuesday.")
    assert not any(m.type == "armed_group" for m in ms)


def test_the_adjective_form_of_an_army_takes_its_full_name(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The Tunisian army said it killed two militants. He served in the Cameroon army.")
    assert [m.canonical for m in ms if m.type == "armed_group"] == ["Tunisian Armed Forces", "Cameroon Armed Forces"]


def test_tunisian_forces_stay_the_security_forces(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Tunisian forces killed two militants near Kasserine.")
    assert [m.canonical for m in ms if m.text == "Tunisian forces"] == ["Tunisian Security Forces"]


def test_a_ministry_of_national_defence_by_its_portfolio(ents_nlp: Language) -> None:
    text = "Algeria's army killed five militants in Algeria, the Defence Ministry said."
    ms = entity_mentions(ents_nlp, text)
    assert [m.canonical for m in ms if m.text == "Defence Ministry"] == ["Algerian Ministry of National Defence"]


def test_the_platforms_the_groups_post_on(ents_nlp: Language) -> None:
    text = "The group named the bomber on its Telegram channel, and he had posted on his Facebook page."
    ms = entity_mentions(ents_nlp, text)
    assert {m.text: m.canonical for m in ms if m.type == "organization"} == {
        "Telegram": "Telegram", "Facebook": "Facebook",
    }


def test_a_telegram_in_lower_case_is_a_message(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The minister sent a telegram of condolence to the families.")
    assert not any(m.canonical == "Telegram" for m in ms)


def entity_aliases(nlp: Language, text: str) -> list[EntityMention]:
    return list(nlp(text)._.entity_aliases)


def test_a_lower_case_ministry_is_the_state_s_in_the_records(ents_nlp: Language) -> None:
    text = "The interior ministry said five people were killed in Kabul, Afghanistan, on Sunday."
    assert not any(m.text == "interior ministry" for m in entity_mentions(ents_nlp, text))  # not an actor
    aliases = entity_aliases(ents_nlp, text)
    assert [m.canonical for m in aliases if m.text == "interior ministry"] == ["Afghan Interior Ministry"]


def test_a_lower_case_ministry_of_no_known_state_is_nothing(ents_nlp: Language) -> None:
    aliases = entity_aliases(ents_nlp, "The interior ministry said five people were killed.")
    assert not any("ministry" in m.text for m in aliases)


def test_the_owner_of_a_possessed_force_is_a_mention_of_its_country(ents_nlp: Language) -> None:
    text = "On Thursday, Egypt’s military said that security forces had killed 53 militants."
    assert [m.canonical for m in entity_mentions(ents_nlp, text)] == ["Egyptian Armed Forces"]
    assert [(m.text, m.canonical) for m in entity_aliases(ents_nlp, text)] == [("Egypt", "Egypt")]


def test_a_state_s_police_by_its_adjective(ents_nlp: Language) -> None:
    text = "The Turkish police detained 20 suspects, and Spanish police arrested two more."
    # "Turkish police" is a name of the knowledge base since the twenty-fourth session, "Spanish police" since the
    # twenty-eighth
    found = [*entity_mentions(ents_nlp, text), *entity_aliases(ents_nlp, text)]
    assert {m.text: m.canonical for m in found} == {
        "Turkish police": "Turkish National Police", "Spanish police": "Spanish National Police",
    }


def test_a_city_s_police_is_not_a_state_s(ents_nlp: Language) -> None:
    text = "Kano police said two suspects were arrested, and Borno police confirmed it."
    assert not any("police" in m.text for m in entity_aliases(ents_nlp, text))


# Every state of the campaign's reports has its demonym ("Sri Lankan", "Maldivian"), and a state's police named by it
# is that police.

def test_demonyms_of_south_asian_and_african_states() -> None:
    table = demonyms()
    assert (table["Sri Lankan"], table["Maldivian"], table["Ivorian"]) == ("LK", "MV", "CI")


@pytest.mark.model
def test_a_states_police_named_by_its_demonym_makes_the_arrest(nlp: Language) -> None:
    found = events_on_2019_06_14(
        nlp, "Sri Lankan police arrested five suspects linked to the Islamic State on Friday in Colombo.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "LK", "Sri Lanka Police")]


# Nigeria's armed forces as a whole, as its releases name them, are not its army.


def test_the_armed_forces_of_nigeria_are_one_body_apart_from_the_army(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp,
                         "Troops of the Armed Forces of Nigeria (AFN) killed 12 ISWAP fighters in Borno State on "
                            "Monday. The AFN said the Nigerian Armed Forces would continue.")
    assert named(ms, "Armed Forces of Nigeria") == {"Armed Forces of Nigeria", "AFN", "Nigerian Armed Forces"}
    assert not named(ms, "Nigerian Army")


def test_the_nigerian_army_and_military_stay_the_army(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp,
                         "The Nigerian Army said its troops cleared the camp; the Nigerian military confirmed it.")
    assert named(ms, "Nigerian Army") == {"Nigerian Army", "Nigerian military"}
    assert not named(ms, "Armed Forces of Nigeria")


# "AFP" is the Australian Federal Police on a page about Australia, and a photo credit keeps the news agency.


@pytest.mark.model
def test_the_afp_on_an_australian_page_is_the_federal_police(ents_nlp: Language) -> None:
    text = ("A Melbourne man was charged in Australia after returning from Syria. His travel back to Australia was "
            "negotiated between the man, the AFP and Victoria Police. Australian officials in Canberra said the "
            "AFP would oppose bail in Australia.")
    assert canonicals_of_form(ents_nlp, text, "AFP") == {"Australian Federal Police"}


@pytest.mark.model
def test_a_photo_credit_stays_the_news_agency_where_the_federal_police_is_written_out(ents_nlp: Language) -> None:
    text = ("Andika—AFP/Getty Images Police search houses in Kediri, Indonesia. Indonesian police arrested nine "
            "suspects after receiving leads from the Australian Federal Police, officials said.")
    assert canonicals_of_form(ents_nlp, text, "AFP") == {"Agence France-Presse"}


@pytest.mark.model
def test_isd_is_singapores_security_service_unless_the_think_tank_is_written_out(ents_nlp: Language) -> None:
    detained = "ISD has detained a 17-year-old under the Internal Security Act, the ministry said in Singapore."
    assert canonicals_of_form(ents_nlp, detained, "ISD") == {"Internal Security Department"}
    tracked = ("Researchers at the Institute for Strategic Dialogue tracked the accounts. ISD said the videos "
               "spread quickly.")
    assert canonicals_of_form(ents_nlp, tracked, "ISD") == {"Institute for Strategic Dialogue"}


# The bare "Internal Security Forces" on a page that names the Asayish are the Asayish; on a page that never does,
# another state's police keep the name of their own.


def test_the_internal_security_forces_of_a_page_naming_the_asayish_are_the_asayish(ents_nlp: Language) -> None:
    text = ("The Internal Security Forces (Asayish) launched a sweep of the camp in Hasakah on Friday. "
            "The Asayish said nine suspects were detained.")
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Internal Security Forces") == {"Asayish"}


def test_the_internal_security_forces_of_a_page_without_the_asayish_keep_their_name(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The Internal Security Forces arrested two suspects in Aleppo province on Friday.")
    assert "Asayish" not in canonicals(ms, "Internal Security Forces")


def test_the_justice_department_is_the_us_department_of_justice(ents_nlp: Language) -> None:
    text = ("The man was arrested at the airport on Friday, the Department of Justice (DOJ) said. The Justice "
            "Department charged him with attempting to support the Islamic State.")
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Department of Justice") == {"U.S. Department of Justice"}
    assert canonicals(ms, "DOJ") == {"U.S. Department of Justice"}
    assert canonicals(ms, "Justice Department") == {"U.S. Department of Justice"}


# The Kurdish-led administration of north-east Syria as wire copy names it ("Kurdish authorities", "the Kurdish
# administration"): the body that runs the camps and hands people over (gold/real README, repatriation).

AANES = "Autonomous Administration of North and East Syria"


def _canonicals(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in nlp(text)._.entity_mentions}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Kurdish authorities in northeast Syria on Monday handed over 20 children to a delegation.\n",
         "Kurdish authorities"),
        ("The transfer follows an agreement brokered by the Kurdish administration and tribal leaders.\n",
         "Kurdish administration"),
        ("Some 2,000 people left al-Hol, said an official of the Kurdish-led administration.\n",
         "Kurdish-led administration"),
    ],
)
def test_the_kurdish_administration_is_the_autonomous_administration(nlp: Language, text: str, form: str) -> None:
    names = _canonicals(nlp, text)
    assert any(form in mention and canonical == AANES for mention, canonical in names.items())


@pytest.mark.model
def test_the_iraqi_regions_government_keeps_its_own_name(nlp: Language) -> None:
    names = _canonicals(nlp, "The Kurdistan Regional Government said Peshmerga forces repelled the attack.\n")
    assert "Kurdistan Regional Government" in names.values()
    assert AANES not in names.values()


# The shorter forms inside a longer knowledge-base match, numbered military units, bodies of the campaign's states.

def test_a_shorter_form_inside_a_longer_one_is_a_mention_of_the_same_actor(ents_nlp: Language) -> None:
    text = "The Islamic State group claimed the attack through its Amaq news agency on Friday."
    ms = mentions_and_aliases(ents_nlp, text)
    # the extractors count one naming of each: the shorter forms are aliases only
    assert [m.text for m in ents_nlp(text)._.entity_mentions if m.canonical == "Islamic State"] == [
        "Islamic State group"]
    assert canonicals(ms, "Islamic State") == {"Islamic State"}
    assert canonicals(ms, "Islamic State group") == {"Islamic State"}
    assert canonicals(ms, "Amaq") == {"Amaq"}


def test_the_words_after_the_article_name_the_actor_too(ents_nlp: Language) -> None:
    ms = mentions_and_aliases(ents_nlp, "Jets of the international coalition struck a hideout near Raqqa.")
    assert canonicals(ms, "international coalition") == {"Global Coalition to Defeat Daesh/ISIS"}
    # a shorter form of another actor inside a name stays no mention of that actor
    ms = mentions_and_aliases(ents_nlp, "The Islamic State West Africa Province claimed the raid.")
    assert "Islamic State" not in {m.text for m in ms}


def test_a_numbered_unit_keeps_its_number(ents_nlp: Language) -> None:
    text = ("Troops of the 45th Infantry Battalion and the 1st Scout Ranger Battalion clashed with gunmen, "
            "and soldiers of 222 Battalion repelled an attack, the 1st Brigade Combat Team said.")
    ms = mentions_and_aliases(ents_nlp, text)
    assert canonicals(ms, "45th Infantry Battalion") == {"45th Infantry Battalion"}
    assert canonicals(ms, "1st Scout Ranger Battalion") == {"1st Scout Ranger Battalion"}
    assert canonicals(ms, "222 Battalion") == {"222 Battalion"}
    assert canonicals(ms, "1st Brigade Combat Team") == {"1st Brigade Combat Team"}
    assert not any(m.canonical == "Scout Ranger Battalion" for m in ms)


def test_a_year_before_a_unit_word_is_no_unit(ents_nlp: Language) -> None:
    ms = mentions_and_aliases(ents_nlp, "In 2017 Brigade commanders met in Marawi to plan the assault.")
    assert not any(m.text.startswith("2017") for m in ms)
    # a unit named by the force it belongs to is no mention the extractors credit, only an entity of the records
    doc = ents_nlp("The 7th Division of the Nigerian Army raided an ISWAP camp in Bama on Monday.")
    assert not any(m.text.endswith("7th Division") for m in doc._.entity_mentions)
    assert [m.canonical for m in doc._.entity_aliases] == ["7th Division"]


def test_the_philippine_army_is_its_own_body_below_the_armed_forces(ents_nlp: Language) -> None:
    ms = mentions_and_aliases(ents_nlp,
                              "The Philippine Army said Philippine troops killed two militants in Lanao del Sur.")
    assert canonicals(ms, "Philippine Army") == {"Philippine Army"}
    assert canonicals(ms, "Philippine troops") == {"Armed Forces of the Philippines"}


def test_the_defence_and_security_forces_are_the_state_s_force(ents_nlp: Language) -> None:
    ms = mentions_and_aliases(
        ents_nlp, "In Niger, the Defense and Security Forces killed 20 militants near Tillaberi, Niger said.")
    assert canonicals(ms, "Defense and Security Forces") == {"Nigerien Defense and Security Forces"}
    ms = mentions_and_aliases(
        ents_nlp, "In Mozambique, the Defence and Security Forces retook Mocimboa da Praia, Mozambique said.")
    assert canonicals(ms, "Defence and Security Forces") == {"Armed Defence Forces of Mozambique"}


def test_forms_of_the_campaign_s_bodies(ents_nlp: Language) -> None:
    ms = mentions_and_aliases(ents_nlp,
                              "Niger Republic troops fought Lakurawa fighters while Operation Shuja went on in Ituri.")
    assert canonicals(ms, "Niger Republic") == {"Niger"}
    assert canonicals(ms, "Lakurawa") == {"Islamic State Sahel Province"}
    assert canonicals(ms, "Operation Shuja") == {"Operation Shujaa"}


def test_an_unknown_acronym_is_the_one_body_whose_words_it_spells(ents_nlp: Language) -> None:
    text = "Forces of the Libyan National Army advanced on Sirte. The LNA said ten fighters died there."
    ms = mentions_and_aliases(ents_nlp, text)
    assert canonicals(ms, "LNA") == {"Libyan National Army"}
    # letters no body of the text spells stay their own body
    ms = mentions_and_aliases(ents_nlp,
                              "Forces of the Libyan National Army advanced on Sirte. The GNA said ten fighters died.")
    assert "Libyan National Army" not in canonicals(ms, "GNA")


def test_a_title_case_acronym_of_a_branch(ents_nlp: Language) -> None:
    ms = mentions_and_aliases(ents_nlp, "Iswap fighters attacked a base in Borno state on Sunday, the army said.")
    assert canonicals(ms, "Iswap") == {"Islamic State West Africa Province"}


def test_a_listed_ministry_goes_by_its_listed_name(ents_nlp: Language) -> None:
    text = ("A blast in Kabul killed five, Afghan officials said. The Interior Ministry said Afghan forces were "
            "deployed across Afghanistan.")
    ms = mentions_and_aliases(ents_nlp, text)
    assert canonicals(ms, "Interior Ministry") == {"Afghan Interior Ministry"}
    # other states' ministries keep the generated name
    text = "A blast in Damascus killed five. The Interior Ministry said Syrian forces were deployed across Syria."
    ms = mentions_and_aliases(ents_nlp, text)
    assert canonicals(ms, "Interior Ministry") == {"Syrian Ministry of Interior"}


def test_a_bare_body_s_bracketed_acronym_goes_with_it(ents_nlp: Language) -> None:
    text = ("In the Lemdou area of Niger, the Defense and Security Forces (FDS) engaged the militants, the ministry "
            "said. The FDS lost two men in Niger.")
    ms = mentions_and_aliases(ents_nlp, text)
    assert canonicals(ms, "FDS") == {"Nigerien Defense and Security Forces"}
    # on a page about another state the bare name and its letters stay as written
    text = ("In the Lemdou area of Chad, the Defense and Security Forces (FDS) engaged the militants, the ministry "
            "said. The FDS lost two men in Chad.")
    assert "Nigerien Defense and Security Forces" not in canonicals(mentions_and_aliases(ents_nlp, text), "FDS")


# A numbered unit's short form that runs its number into its words' initials ("6ID", "90IB", "5MIB", "601IBde") is the
# unit the text names in full, so that a release the short form issues ("the 5MIB said") speaks for that unit.

def test_a_units_number_run_into_its_initials_is_the_unit(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp,
                         "Soldiers of the 7th Infantry Division (7ID) seized the camp on Monday. The 7ID said two "
                            "gunmen surrendered to the 42nd Mechanized Infantry Battalion, and the 42MIB took them in.")
    assert named(ms, "7th Infantry Division") >= {"7th Infantry Division", "7ID"}
    assert named(ms, "42nd Mechanized Infantry Battalion") >= {"42nd Mechanized Infantry Battalion", "42MIB"}


def test_a_short_unit_word_after_the_initials_still_spells_them(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The 703rd Infantry Brigade (703IBde) said the rebels fled into the hills.")
    assert named(ms, "703rd Infantry Brigade") >= {"703rd Infantry Brigade", "703IBde"}


def test_a_short_form_two_units_fit_or_another_number_stays_alone(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The 3rd Infantry Battalion and the 3rd Independent Brigade joined the 9th Infantry "
                            "Division. The 3IB and the 8ID said so.")
    assert not any(m.text in ("3IB", "8ID") and m.canonical[:1].isdigit() and m.canonical != m.text for m in ms)


# A body's generic last words in lower case; bodies the knowledge base lacked.

def test_a_name_with_its_generic_last_words_in_lower_case_is_the_body(ents_nlp: Language) -> None:
    text = "Troops of the Pakistan army and Popular Mobilization forces fought Boko haram and Islamic State."
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Pakistan army") == {"Pakistan Army"}
    assert canonicals(ms, "Popular Mobilization forces") == {"Popular Mobilization Forces"}
    assert canonicals(ms, "Boko haram") == {"Boko Haram"}


def test_an_ordinary_phrase_in_lower_case_stays_no_body(ents_nlp: Language) -> None:
    # after "an" the phrase is the idea, not the group; a name's first word in lower case names nothing
    ms = entity_mentions(ents_nlp, "The preacher called for an Islamic state in the region, not for a pakistan army.")
    assert not any(m.canonical == "Islamic State" for m in ms)
    assert not any(m.canonical == "Pakistan Army" for m in ms)


def test_bodies_of_the_campaigns_areas_are_known(ents_nlp: Language) -> None:
    text = ("The Puntland Security Forces (PSF) raided a base, while Puntland security forces held Bosaso. "
            "The LNA and the Wagner Group met MUJAO envoys; Doctors Without Borders and UNICEF sent aid.")
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Puntland Security Forces") == {"Puntland Security Force"}
    assert canonicals(ms, "PSF") == {"Puntland Security Force"}
    # a page that names the unit means it by the lower-case plural too (the gold of ca157, ca248, ca367)
    assert canonicals(ms, "Puntland security forces") == {"Puntland Security Force"}
    assert canonicals(ms, "LNA") == {"Libyan National Army"}
    assert canonicals(ms, "Wagner Group") == {"Wagner Group"}
    assert canonicals(ms, "MUJAO") == {"Movement for Oneness and Jihad in West Africa"}
    assert canonicals(ms, "Doctors Without Borders") == {"Doctors Without Borders"}
    assert canonicals(ms, "UNICEF") == {"UNICEF"}


def test_a_page_that_never_writes_maute_names_dawlah_islamiyah_plainly(ents_nlp: Language) -> None:
    # Dawlah Islamiyah has several factions: the Maute name comes only from a page that writes it
    ms = entity_mentions(ents_nlp, "Soldiers killed two Dawlah Islamiyah members in Maguindanao, the army said.")
    assert canonicals(ms, "Dawlah Islamiyah") == {"Dawlah Islamiyah"}


def test_a_page_on_lanao_names_the_maute_faction(ents_nlp: Language) -> None:
    # Lanao is the Maute faction's home: its Dawlah Islamiyah is the Maute group, whether or not the page says so
    ms = entity_mentions(ents_nlp, "Soldiers killed two Dawlah Islamiyah members in Lanao del Sur, the army said.")
    assert canonicals(ms, "Dawlah Islamiyah") == {"Dawlah Islamiyah-Maute Group"}


def test_a_page_that_writes_maute_keeps_the_full_name(ents_nlp: Language) -> None:
    text = "Soldiers killed two Dawlah Islamiyah members in Lanao del Sur. The Maute Group had held Marawi."
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Dawlah Islamiyah") == {"Dawlah Islamiyah-Maute Group"}
    assert canonicals(ms, "Maute Group") == {"Dawlah Islamiyah-Maute Group"}


def test_a_byline_or_credit_names_a_person(ents_nlp: Language) -> None:
    # the NER takes these bylines for organisations
    for text, name in (("Lakurawa terrorists\n\nBy Akeem Atoyebi\n\nAt least 15 people were reported killed.",
                        "Akeem Atoyebi"),
                       ("Troops clash with ISWAP in Yobe\n\nBY MUSA IDRIS UMAR, MAY 03, 2025 | 09:40 PM\n\n"
                        "At least four soldiers died.", "MUSA IDRIS UMAR")):
        ms = entity_mentions(ents_nlp, text)
        assert {m.type for m in ms if m.text == name} == {"person"}


def test_a_byline_of_a_desk_or_an_ordinary_by_names_no_one(ents_nlp: Language) -> None:
    text = "By Our Correspondent\n\nThe town was taken by Islamic State Fighters on Monday."
    ms = entity_mentions(ents_nlp, text)
    assert not any(m.type == "person" for m in ms)


def test_a_rank_of_three_words_and_an_undotted_excellency_are_no_part_of_a_name(ents_nlp: Language) -> None:
    text = "Private First Class Jeffrey Carino was wounded. H.E Felix Tshisekedi visited Beni on Monday."
    ms = entity_mentions(ents_nlp, text)
    persons = {m.canonical for m in ms if m.type == "person"}
    assert "Jeffrey Carino" in persons and "Felix Tshisekedi" in persons
    assert not any(c.startswith(("Class", "H.E")) for c in persons)


def test_bodies_named_by_their_letters_alone(ents_nlp: Language) -> None:
    text = "The FDLR and the BIR were blamed, UPI and PTI reported, citing a CIS statement."
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "FDLR") == {"Democratic Forces for the Liberation of Rwanda"}
    assert canonicals(ms, "BIR") == {"Rapid Intervention Battalion"}
    assert canonicals(ms, "UPI") == {"United Press International"}
    assert canonicals(ms, "PTI") == {"Press Trust of India"}


def test_pakistans_party_keeps_its_letters_where_the_page_spells_it_out(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp,
                         "Leaders of Pakistan Tehreek-e-Insaf (PTI) condemned the blast. PTI called a strike.")
    assert canonicals(ms, "PTI") == {"Pakistan Tehreek-e-Insaf"}


# A body named after a place's possessive drops the mark ("Puntland's Counterterrorism Operations Command" is the
# "Puntland Counterterrorism Operations Command"), a common noun's possessive stays ("the Sheriff's Office"); an
# acronym spells the words of a body written out earlier without its small words ("the Ministry of Home Affairs... MHA
# said"); national bodies by their own-language or portfolio names.

def canonical_of(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


@pytest.mark.model
def test_a_body_named_after_a_place_s_possessive_drops_the_mark(nlp: Language) -> None:
    ms = entity_mentions(nlp, "According to a statement from Puntland\u2019s Counterterrorism Operations Command, "
                              "the operation followed tips from residents.")
    assert canonical_of(ms, "Puntland\u2019s Counterterrorism Operations Command") == {
        "Puntland Counterterrorism Operations Command"}


@pytest.mark.model
def test_a_common_noun_s_possessive_stays_in_the_name(nlp: Language) -> None:
    ms = entity_mentions(nlp, "The Sheriff's Office said it was investigating the threat.")
    assert canonical_of(ms, "Sheriff's Office") == {"Sheriff's Office"}


@pytest.mark.model
def test_an_acronym_of_a_body_written_out_without_its_small_words(nlp: Language) -> None:
    ms = entity_mentions(nlp, "A man was arrested after he tried to join ISIS, the Ministry of Home Affairs "
                              "said on Tuesday. He had hoped to hide his tracks, MHA said.")
    assert canonical_of(ms, "MHA") == {"Ministry of Home Affairs"}


@pytest.mark.model
@pytest.mark.parametrize(("form", "canonical"), [
    ("Policía Nacional", "Spanish National Police"),
    ("Canadian Foreign Ministry", "Global Affairs Canada"),
])
def test_national_bodies_by_their_other_names(form: str, canonical: str) -> None:
    actor = load_actor_kb().lookup(form)
    assert actor is not None and actor.canonical == canonical


@pytest.mark.model
def test_the_peace_and_security_council_named_without_its_union_is_the_african_union_s(nlp: Language) -> None:
    ms = entity_mentions(nlp, "The Peace and Security Council (PSC) of the African Union is on a field mission to "
                              "Mozambique. The 15 members of the PSC are interested.")
    assert canonical_of(ms, "Peace and Security Council") == {"African Union Peace and Security Council"}
    assert canonical_of(ms, "PSC") == {"African Union Peace and Security Council"}


# Bodies the knowledge base knows: the SDF's press office and Iraq's federal police; MEMRI, a monitor that reports.

def test_the_sdf_press_office_is_a_body_of_its_own(ents_nlp: Language) -> None:
    text = "The SDF Media Center said in a statement that its units arrested two ISIS members near Deir ez-Zor."
    assert canonicals_of_form(ents_nlp, text, "SDF Media Center") == {"SDF Media Center"}


def test_the_sdf_press_office_by_its_other_name_is_the_same_body(ents_nlp: Language) -> None:
    text = "According to the SDF Press Center, the raid in Hasakah ended with the arrest of a cell leader."
    assert canonicals_of_form(ents_nlp, text, "SDF Press Center") == {"SDF Media Center"}


def test_the_sdf_press_office_reports_raids_it_does_not_make() -> None:
    assert _outlet("SDF Media Center", "sdf_media_center")


def test_the_federal_police_on_a_page_about_iraq_are_iraqs(ents_nlp: Language) -> None:
    text = ("Iraqi forces pushed into Hawija on Thursday. The federal police took the village of al-Bayd, the army "
            "said, and the counter-terrorism units cleared the Iraqi town of Rashad.")
    assert "federal police" in named(entity_mentions(ents_nlp, text), "Iraqi Federal Police")


def test_the_federal_police_elsewhere_are_not_iraqs(ents_nlp: Language) -> None:
    text = "Australia's federal police arrested a teenager in Sydney on Tuesday, Australian officials said."
    assert "Iraqi Federal Police" not in {m.canonical for m in entity_mentions(ents_nlp, text)}


def test_the_iraqi_federal_police_by_their_full_name(ents_nlp: Language) -> None:
    text = "Units of the Iraqi Federal Police entered the western side of Mosul on Sunday."
    assert canonicals_of_form(ents_nlp, text, "Iraqi Federal Police") == {"Iraqi Federal Police"}


def test_memri_by_its_acronym_is_the_research_institute(ents_nlp: Language) -> None:
    text = "The Islamic State claimed the attack in Cabo Delgado, according to a translation by MEMRI."
    assert canonicals_of_form(ents_nlp, text, "MEMRI") == {"Middle East Media Research Institute"}


def test_memri_reports_claims_it_makes_no_attack() -> None:
    assert _outlet("MEMRI", "memri")
