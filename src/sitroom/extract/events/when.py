"""When an event happened: the dates of a trigger's clause, offsets ("two days after the attack"),
report days ("said on Monday") as opposed to event days, and the pick among several dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.symbols import AUX, VERB
from spacy.tokens import Token

from sitroom.annotate.extensions import child_indices, doc_text, token_deps, token_pos, token_words
from sitroom.clean.dates import date_in_stamp, date_of_date_line, date_of_dateline
from sitroom.extract.events.clauses import end_of, occurs_verb
from sitroom.extract.events.records import SUBJECTS
from sitroom.extract.events.syntax import ancestors, count_of, dominates, has_word, per_token, tree_distance
from sitroom.extract.events.triggers import held_since_owners
from sitroom.extract.events.vocab import Vocab
from sitroom.models import Timex
from sitroom.resolve.dates import MONTHS, WEEKDAYS


def _self_report(head: Token, verb: Token, vocab: Vocab) -> bool:
    """ "CENTCOM announced on Sunday that its forces conducted strikes", "the ministry said on Monday it
    had dismantled a cell": who reports is who acted (the clause's subject is a pronoun or a pronoun's
    force), so the day of the announcement is the day told for the act. Not when the clause links the
    speaker to the event as a claim ("IS said on Friday it was behind an attack")."""
    clause = head if head.pos_ in ("VERB", "AUX") else _clause_verb(head)
    if clause is None or clause.i == verb.i or not dominates(verb, clause):
        return False
    if _claim_link(head, clause, vocab):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in ("it", "they", "we") or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)

# the dependencies of what "make" turns its object into ("made this known", "made it public")
_RESULT_DEPS = ("ccomp", "oprd", "acomp", "xcomp")

def tells(verb: Token, vocab: Vocab) -> bool:
    """The verb tells of something: a reporting verb ("said on Monday"), or "make" with what turns its object into a
    telling ("made this known in a statement in Abuja on Monday", "made it known on Friday that troops had repelled
    the attack"), the parse hanging the date on "made" or on "known"."""
    lemma = verb.lemma_.lower()
    if lemma in vocab.reporting:
        return True
    if lemma == "make":
        return any(c.dep_ in _RESULT_DEPS and c.lower_ in vocab.made_telling for c in verb.children)
    return verb.lower_ in vocab.made_telling and verb.dep_ in _RESULT_DEPS and verb.head.lemma_.lower() == "make"

def _claim_link(head: Token, clause: Token, vocab: Vocab) -> bool:
    """A word of ``clause`` above the trigger ties a speaker to the event as its author ("said on Friday it was
    behind an attack")."""
    return any(n.lower_ in vocab.claim_links or n.lemma_.lower() in vocab.claim_links
               for n in ancestors(head)[1:] if dominates(clause, n))

def said_on(head: Token, tok: Token, vocab: Vocab) -> bool:
    """The date is the day a claim or report was made about the event ("The Islamic State on Saturday
    claimed responsibility for a knife attack"), which is often not the day it happened."""
    verb = _clause_verb(tok)
    return (
        verb is not None
        and verb.i != head.i
        and dominates(verb, head)
        and (verb.lemma_.lower() == "claim" or tells(verb, vocab))
        and not (head.i < tok.i and _claim_day_before(verb, vocab))
    )

def _claim_day_before(verb: Token, vocab: Vocab) -> bool:
    """A claim's verb holds a date told before it ("The terror group on Tuesday claimed", "On Tuesday, IS claimed"):
    the claim's day, so that a date told after the trigger it claims is the deed's
    (``_claim_day_beside_deed``)."""
    return verb.lemma_.lower() in vocab.claim_verbs and any(
        t.ent_type_ == "DATE" and (v := _clause_verb(t)) is not None and v.i == verb.i
        for t in verb.doc[verb.left_edge.i : verb.i])

def _said_verb(verb: Token | None, tok: Token, vocab: Vocab) -> Token | None:
    """The verb a date belongs to, where the parse hung it on a reported clause though it stands before that
    clause's subject: "the group said on Friday it was behind an attack" -> "said", not "was" (but "sources said
    that on Monday the forces killed him": after "that" the date is the clause's)."""
    if verb is not None and tells(verb, vocab):
        return _fronted_report(verb, tok) or verb
    if verb is None or verb.dep_ != "ccomp" or not tells(verb.head, vocab):
        return verb
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < tok.i), None)
    return verb.head if subj is not None and mark is None and verb.head.i < tok.i < subj.i else verb

def _fronted_report(verb: Token, tok: Token) -> Token | None:
    """The reported clause told first, the date closing it right before the comma of the attribution ("Five
    militants were killed in airstrikes in Kirkuk yesterday, the Iraqi military said"): the parse hangs the date on
    "said", but it ends the report, not the saying (which would follow the verb: "..., the military said on
    Monday"). That clause's verb, or None."""
    report = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if report is None or subj is None or not tok.i < subj.i < verb.i:
        return None
    # (only the date's own words and the comma between: "in Sulu Saturday morning, a military spokesman said")
    gap = [t.text for t in tok.doc[tok.i + 1 : subj.left_edge.i] if t.ent_type_ not in ("DATE", "TIME")]
    return report if gap == [","] else None

def _trailing_attribution(verb: Token, head: Token) -> bool:
    """The telling closes the sentence after a comma, its teller first ("conducted a joint operation in Tuz Khurmatu,
    a security source reported on Friday", "carried out an attack on Alela village, burning down houses, security
    sources reported on Sunday"), but the parse hung it below the deed as a clause of a noun or of the verb: the
    whole sentence before it is what was told, so its day is the report's, as with "the military said on Friday"."""
    if verb.i < head.i or verb.dep_ not in ("acl", "advcl"):
        return False
    teller = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if teller is None or teller.i > verb.i or teller.pos_ not in ("NOUN", "PROPN") or teller.i < head.i:
        return False
    start = teller.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","

def _clause_verb(tok: Token) -> Token | None:
    """The verb a word hangs on: "on Tuesday" -> "rose"."""
    for node in ancestors(tok)[1:]:
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None

def opens_span(tok: Token, vocab: Vocab) -> bool:
    """The date sits in a "since" phrase or clause: it opens a span ("Since December, at least 174 soldiers have
    been killed", "since taking power last year"), it dates no happening of its sentence; unless a clause of its
    own tells what happened then ("since February, when the ADF killed 23 people")."""
    if any(c.dep_ == "relcl" for c in tok.children):
        return False
    for node in [tok, *ancestors(tok)]:
        if node.dep_ == "prep" and node.lower_ in vocab.since_words:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in vocab.since_words for c in node.children):
            return True
    return False

def story_days(timexes: list[tuple[Timex, Token]], vocab: Vocab) -> list[tuple[int, str]]:
    """(offset, day) of the days an article names, in text order, but for those of a report or a claim ("police
    said Friday", "the group claimed on Saturday"): the conventions leave an event only a claim dates at its month."""
    text = doc_text(timexes[0][1].doc) if timexes else ""
    return [(tx.start, str(tx.value)) for tx, tok in timexes
            if tx.precision == "day" and tx.value and not reported_day(tok, vocab) and not page_stamp(tx, text)]

# what a page's date stamp line may hold besides its date: "• Sunday 26, August 2018 in 5:43 PM", "Posted on
# 12 May 2024 at 10:30 GMT"
_STAMP_REST = re.compile(
    r"(?:[\W\d_]|\b(?:in|at|on|by|date|published|posted|updated|last|am|pm|a\.m|p\.m|gmt|utc|hrs|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)*", re.I)
# what closes the words before a date that ends its line with a stamp's rest ("• Sunday, " in "... 54. Monday, July
# 31, 2023 | 14:00")
_STAMP_LEAD = re.compile(
    r"(?:[\s,•]|\b(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)*$", re.I)
# a short label and a dash or bar before such a date: a dateline, a byline or a section stamp ("Democratic Republic of
# the Congo — January 4, 2026", "By News Desk - September 20 2021", "NEWS | May 8, 2020")
_STAMP_LABEL = re.compile(r"[^.!?\n]{1,60}\s[-–—|]")
# ... or a finished sentence the page's date was glued after ("... has risen to 54. Monday, July 31, 2023 | 14:00")
_SENTENCE_CLOSED = re.compile(r".*[.!?][\"”’]?")
# how far into its line a wire dateline's date may stand ("Zamboanga City, Philippines, 4 Dzulqa'dah 1437/27 August
# 2016 (MINA) – ...")
_DATELINE_REACH = 120

def page_stamp(tx: Timex, text: str) -> bool:
    """The date is the page's own stamp, not a day of its story: a line that holds nothing but the date and the hour
    ("• Sunday 26, August 2018 in 5:43 PM", "Published 4 December 2021"), or a wire dateline's date that the line
    splitter left glued to the lede ("Zamboanga City, ... 27 August 2016 (MINA) – ... engaged the bandits in a
    firefight yesterday"), or a date closing its line after a label and a dash ("Democratic Republic of the Congo —
    January 4, 2026") or glued after the line's last sentence ("... has risen to 54. Monday, July 31, 2023 | 14:00").
    The day the page was filed tells no event of an article whose story days are its own."""
    start = text.rfind("\n", 0, tx.start) + 1
    end = text.find("\n", tx.end)
    line = text[start : end if end >= 0 else len(text)]
    if date_of_date_line(line) is not None or date_in_stamp(line)[0]:
        return True
    before, after = line[: tx.start - start], line[tx.end - start :]
    if _STAMP_REST.fullmatch(before + after):
        return True
    if _STAMP_REST.fullmatch(after):
        # the date closes its line after a label and a dash, or after the line's last sentence: the page's stamp
        lead = _STAMP_LEAD.sub("", before)
        if _STAMP_LABEL.fullmatch(lead) or _SENTENCE_CLOSED.fullmatch(lead):
            return True
    return tx.start - start < _DATELINE_REACH and date_of_dateline(line) == str(tx.value)

def page_year(reference: str | None, timexes: list[tuple[Timex, Token]]) -> str | None:
    """The reference, but for a year-only one that the text writes itself: that is the latest year an undated page
    names (``clean.prepare``), most often a thing's past ("ISWA, which split from Boko Haram in 2016", "IS, which
    emerged in Afghanistan in 2014", "more than 20 were killed during 2025", on pages years later), no year of the
    page. A year the text never writes is the page's own (its address), which dates what the text leaves undated."""
    if not reference or len(reference) != 4:
        return reference
    if any(str(tx.value or "").startswith(reference) for tx, _tok in timexes):
        return None
    return reference

@per_token
def reported_day(tok: Token, vocab: Vocab) -> bool:
    """The date is the day of a report or a claim ("police said Friday"): when it was told, not what happened."""
    if _dates_a_report(tok, vocab):
        return True  # "last Friday's reports", "Monday's statement"
    verb = _clause_verb(tok)
    if verb is not None and tells(verb, vocab) and _fronted_report(verb, tok) is not None:
        return False  # "killed in Kirkuk yesterday, the military said": the report's own day
    return verb is not None and (verb.lemma_.lower() == "claim" or tells(verb, vocab)
                                 or verb.lemma_.lower() in vocab.aftermath_verbs or _published(verb, vocab))

def _published(verb: Token, vocab: Vocab) -> bool:
    """ "a statement issued Thursday", "the group released a video on Sunday": the verb puts out a report."""
    if verb.lemma_.lower() not in vocab.publish_verbs:
        return False
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        nouns.append(verb.head)
        while nouns[-1].dep_ == "appos":  # "its weekly magazine "Al Naba" (the news) published on Thursday"
            nouns.append(nouns[-1].head)
    return any(n.lemma_.lower() in vocab.report_nouns for n in nouns)

def _teller_of_release(verb: Token, head: Token, vocab: Vocab) -> Token | None:
    """``verb`` puts out a report ("a statement posted on Tuesday", ``_published``) whose telling verb, above it,
    tells the trigger ("The group said in a statement posted late on Tuesday that its fighters attacked ..."): that
    telling verb, the date being the report's. None otherwise (the trigger's own verb is the one that hangs the
    report: "released a video on Sunday showing the execution")."""
    if not _published(verb, vocab) or dominates(verb, head):
        return None
    teller = _clause_verb(verb)
    if teller is None or teller.i == head.i or not tells(teller, vocab):
        return None
    return teller if dominates(teller, head) else None

def _offset_days(node: Token, vocab: Vocab) -> int | None:
    """The stated distance of a temporal clause or phrase in days: "two days after" = 2, "hours after" = 0."""
    for holder in (node, *[c for c in node.children if c.dep_ in ("mark", "prep")]):
        for child in holder.children:
            unit = child.lower_
            adverb = child.dep_ == "advmod" and vocab.offset_units.get(unit) == 0  # "shortly after"
            if (child.dep_ == "npadvmod" or adverb) and unit in vocab.offset_units:
                if vocab.offset_units[unit] == 0:
                    # ("hours after" is the same day, "24 hours after" the next)
                    hours = count_of(child, vocab) if unit in vocab.hour_units else None
                    return (hours or 0) // HOURS_PER_DAY
                n = count_of(child, vocab)
                if n is None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children):
                    n = 1  # "a day after", "a week before"
                return None if n is None else n * vocab.offset_units[unit]
    return None
HOURS_PER_DAY = 24
# an offset this long ("four years after") dates an event to its year only
YEAR_OFFSET_DAYS = 300
# ... and one this long ("a month after", "two months before") to its month only: a month counted from a day is no day
MONTH_OFFSET_DAYS = 28


def shifted_day(day: str, shift: int) -> tuple[str, str]:
    """(value, precision) of ``day`` moved by ``shift`` days: the day, the month of a month's offset, the year of a
    year's."""
    moved = dt.date.fromisoformat(day) + dt.timedelta(days=shift)
    if abs(shift) >= YEAR_OFFSET_DAYS:
        return str(moved.year), "year"
    if abs(shift) >= MONTH_OFFSET_DAYS:
        return moved.isoformat()[:7], "month"
    return moved.isoformat(), "day"

def _temporal_shift(head: Token, tok: Token, vocab: Vocab, coarse: bool = False) -> int | None:
    """Days to add to a date of ``tok`` to date the trigger: 0 when they share the clause, the signed offset
    when the trigger sits in an "after"/"before" clause or phrase below the date, None when unknown. A ``coarse``
    date (a month) holds what happened just before it: "He issued his ultimatum in November after gunmen massacred
    300 worshippers" dates the massacre to November too, where a day would not ("arrested on Friday after the
    attack": the attack may be days older) nor a year ("came into the limelight in 2014 after insurgents killed 58
    students": the years of a background may run apart)."""
    for node in ancestors(head):
        if dominates(node, tok):
            return _date_in_other_clause(tok, node, vocab)
        if _told_later(node, vocab):
            return None
        word = _temporal_word(node, vocab)
        if word in vocab.after_words or word in vocab.before_words:
            days = _offset_days(node, vocab)
            if days is None:
                right_after = node.dep_ == "prep" and _right_after(node, tok)
                # (not "since": "in November, the first attack since the group seized Mosul" reaches back years)
                just_before = coarse and word in vocab.after_words and word not in vocab.since_words
                came_about = (node.dep_ == "prep" and word in vocab.after_words and word not in vocab.since_words
                              and _occurrence_of(node, vocab))
                return 0 if right_after or just_before or came_about else None
            return -days if word in vocab.after_words else days
    return 0

def _occurrence_of(node: Token, vocab: Vocab) -> bool:
    """The "after"/"following" phrase hangs on a verb of occurring whose subject names a happening ("The incident
    occurred in the early hours of September 15, following an ambush on troops", "the clash occurred on Sunday
    afternoon, following an attempted raid"): it tells how that happening came about, the same one, so the day the
    verb holds is the trigger's. (A clause is another deed: "the attack happened on Thursday after rebels overran the
    military formation" may tell a day after the overrunning.)"""
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX") or not occurs_verb(verb, vocab):
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subj is not None and subj.pos_ == "NOUN" and (
        subj.lemma_.lower() in vocab.incident_nouns or bool(_types_of(subj, vocab)))

def _told_later(node: Token, vocab: Vocab) -> bool:
    """``node`` is a verb joined to the one before it with "later" ("Fighters loyal to Daesh first appeared in eastern
    Afghanistan in 2014, and later carried out attacks in other regions", "split from al-Shabab in October 2015 and
    later occupied Qandala"): it happened after the first verb's date, by an untold distance, so that date is not its
    own."""
    return node.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in vocab.later_words and c.i < node.i
                                       for c in node.children)

def _right_after(phrase: Token, tok: Token) -> bool:
    """The date's phrase follows the "after"/"before" phrase that holds the trigger with nothing between: "arrested
    after the attack in Villach on Saturday" is the attack's day, whatever verb the parse hung the date on (the
    arrest, soon after, falls on it or the day after)."""
    opener = tok.head if tok.head.dep_ == "prep" else tok
    return opener.left_edge.i == phrase.right_edge.i + 1

def distance_anchor(head: Token, vocab: Vocab) -> tuple[int, int, int, int, int, bool, tuple[str, ...]] | None:
    """The trigger sits in an "after"/"before" phrase or clause that states its distance ("two days after the
    attack in Manchester, ...", "The massacre comes just two days after the military carried out a raid"): the
    days to add to the day of the clause it hangs on, that clause's character span and the phrase's own (the
    event of the clause is one outside the phrase), whether the clause is the page's present ("This comes a
    day after ...": the page's day), and the kinds of event the clause's subject names when it points back at one
    told before ("The operation comes a day after ...": that operation's day, the subject being no mention of its
    own)."""
    for node in ancestors(head):
        word = _temporal_word(node, vocab)
        if word is None or word in vocab.since_words:
            continue
        if word not in vocab.after_words and word not in vocab.before_words:
            continue
        days = _offset_days(node, vocab)
        if days is None:
            days = _offset_days(node.head, vocab)
        if days is None or days >= YEAR_OFFSET_DAYS:
            return None
        shift = -days if word in vocab.after_words else days
        clause = node.head
        subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        present = (clause.tag_ in ("VBZ", "VBP") and subj is not None and subj.lower_ in ("this", "it")
                   and subj.pos_ == "PRON") or _present_perfect(clause)
        return (shift, clause.left_edge.idx, end_of(clause), node.left_edge.idx, end_of(node), present,
                _anaphor_kinds(subj, vocab))
    return None

def _anaphor_kinds(subj: Token | None, vocab: Vocab) -> tuple[str, ...]:
    """The kinds of event a definite subject noun names ("The operation", "This attack"): it points back at one the
    text told before. None for another subject."""
    if subj is None or subj.pos_ != "NOUN":
        return ()
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in subj.children):
        return ()
    return tuple(sorted(_types_of(subj, vocab)))

def _present_perfect(verb: Token) -> bool:
    """ "Barely 24 hours after insurgents attacked the base in Rann, ISWAP fighters have infiltrated Mallam Fatori": a
    news page's present perfect tells what has just happened, on the page's day."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children)

def time_reference(head: Token, vocab: Vocab) -> bool:
    """The trigger is the object of an "after"/"before" phrase: another event the text dates by ("a week
    before the massacres"), not one it reports."""
    return head.dep_ == "pobj" and (head.head.lower_ in vocab.after_words or head.head.lower_ in vocab.before_words)

def _temporal_word(node: Token, vocab: Vocab) -> str | None:
    """The subordinator of an adverbial clause or the preposition of a phrase ("after", "before", ...); "after" for
    the phrase of a response ("in retaliation for the beheading", "in response to an attack"): what it names came
    first."""
    if node.dep_ == "advcl":
        return next((c.lower_ for c in node.children if c.dep_ == "mark"), None)
    if node.dep_ != "prep":
        return None
    if node.lower_ in ("for", "to") and node.head.lemma_.lower() in vocab.response_nouns:
        return "after"
    return node.lower_

def _date_in_other_clause(tok: Token, meeting: Token, vocab: Vocab) -> int | None:
    """0 when the date is the trigger's clause's; when it sits in an "after"/"before" clause or phrase of that
    clause ("the bombings came days after officials warned ... following a shootout on Friday"), it dates the
    earlier or later happening: shifted by a stated offset, else unknown (None)."""
    for node in ancestors(tok):
        if node.i == meeting.i:
            return 0
        word = _temporal_word(node, vocab)
        if word in vocab.since_words:
            return 0  # a span's opening: _opens_span decides ("Since November 30, forces have launched ...")
        if word in vocab.after_words or word in vocab.before_words:
            days = _offset_days(node, vocab)
            if days is None:
                days = _offset_days(node.head, vocab) if node.head.i == meeting.i else None
            if days is None:
                return None
            return days if word in vocab.after_words else -days
    return 0

def _opens_span(tok: Token, head: Token, vocab: Vocab) -> bool:
    """The date sits in a "since" phrase or clause of its own, below where it meets the trigger: it opens a
    span ("the 28th since Iraq began retrieving its nationals in 2021"), it does not date the event; unless the
    trigger is told in a "when" clause right after the date ("on high alert since January 2016, when gunmen carried
    out a series of attacks in Jakarta"), whatever the parse hung that clause on."""
    when = when_after(tok)
    if when is not None and head.i > when.i:
        return False
    for node in [tok, *ancestors(tok)]:
        if dominates(node, head):
            return False
        mark = next((c.lower_ for c in node.children if c.dep_ == "mark"), None) if node.dep_ == "advcl" else None
        if node.dep_ == "prep" and node.lower_ in vocab.since_words and node.head.i in held_since_owners(head, vocab):
            return False  # "Mosul has been under IS control since June 2014": when the group took it
        if mark in vocab.since_words or (node.dep_ == "prep" and node.lower_ in vocab.since_words):
            return not (node.dep_ == "prep" and has_word(node.head, vocab.start_verbs))
    return False

def when_after(tok: Token) -> Token | None:
    """The "when" that opens a clause right after the date ``tok`` stands in ("since January 2016, when ...")."""
    doc, i = tok.doc, tok.i + 1
    while i < len(doc) and doc[i].ent_type_ == "DATE" and doc[i].ent_iob_ == "I":
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return doc[i] if i < len(doc) and doc[i].lower_ == "when" and doc[i].sent == tok.sent else None

def _in_purpose(tok: Token, head: Token) -> bool:
    """The date sits in an infinitive below the trigger that says what it was for: "arrested ten suspects in
    a series of operations to secure the elections this year" is not dated by the elections' year."""
    for node in ancestors(tok):
        if node.i == head.i:
            return False
        if node.text.isupper() and len(node.text) > 1:
            continue  # "pledged allegiance to IS in 2019": the parse took the acronym for an infinitive
        if node.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" and c.dep_ == "aux" for c in node.children):
            return dominates(head, node)
    return False

def span_purpose_cues(timexes: list[tuple[Timex, Token]], vocab: Vocab) -> list[tuple[bool, bool]]:
    """For each of a sentence's dates: whether a "since" phrase or clause stands over it, and whether an
    infinitive's verb does. Only then can ``_opens_span``, ``_in_purpose`` hold, whatever the trigger: most dates
    have neither, and the two were asked for every trigger and date of the sentence."""
    cues: list[tuple[bool, bool]] = []
    if not timexes:
        return cues
    # (each word's label, form, part of speech and children read from the per-document lists, by index: the walks
    # made a Token for every child of every word up from every date, and a string-store look-up per test)
    doc = timexes[0][1].doc
    words, labels, kids, pos = token_words(doc), token_deps(doc), child_indices(doc), token_pos(doc)
    since_words = vocab.since_words
    for _tx, tok in timexes:
        chain = [node.i for node in ancestors(tok)]
        since = any(
            (labels[n] == "prep" and words[n][1] in since_words)
            or (labels[n] == "advcl" and any(labels[c] == "mark" and words[c][1] in since_words for c in kids[n]))
            for n in chain
        )
        purpose = any(
            pos[n] in (VERB, AUX) and any(labels[c] == "aux" and doc[c].tag_ == "TO" for c in kids[n])
            for n in chain
        )
        cues.append((since, purpose))
    return cues

def _in_other_relative(tok: Token, head: Token) -> bool:
    """The date sits in a relative clause that holds neither the trigger nor hangs on a word of the trigger's phrase:
    "The group, which broke away from Boko Haram in 2016, said its fighters attacked the town" tells when the group
    split, not the attack ("an operation with Somali forces that concluded Aug. 23": the clause may be hung on any
    word of the trigger's phrase, it still tells of the trigger). A "where" clause tells of the place it hangs on, even
    in the trigger's phrase: "an operation in the area near the border where 17 soldiers were killed in February" is
    not February's."""
    for node in ancestors(tok):
        if dominates(node, head):
            return False
        if node.dep_ == "relcl":
            return node.head.i != head.i and (not dominates(head, node.head) or _place_relative(node))
    return False

def _outside_own_subject_relative(tok: Token, head: Token) -> bool:
    """The trigger sits in a relative clause on the subject and the date outside it: the clause tells which subject
    the main clause is about, by where it is or what it did, and the date is the main clause's. "Marawi, where the
    bombing took place, was devastated in 2017 when the city was besieged" dates what befell the place, not the
    bombing; "the group that figured in the encounter with pursuing soldiers were earlier reported as coddling three
    suspects in the bombing on December 3" (or "The man who carried out the attack was arrested on Sunday") dates what
    is told of the group, not the deed that names it. A clause on a place further in goes on with the story
    ("insurgents have been present in the village of Muaja since Friday, where they abducted a group of young
    people": Friday's)."""
    for node in ancestors(head):
        if node.dep_ == "relcl":
            return node.head.dep_ in ("nsubj", "nsubjpass") and not dominates(node, tok)
    return False


def _place_relative(clause: Token) -> bool:
    """The relative clause opens with "where": it tells what happened at its noun, a place."""
    return any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < clause.i for c in clause.children)
# the dependencies of a word that stands before the noun it dates: "the Easter Sunday bombings", "Sunday's attack"
_PREMODIFIERS = ("compound", "nmod", "amod", "poss", "npadvmod", "nummod")

def _types_of(tok: Token, vocab: Vocab) -> set[str]:
    words = {tok.lemma_.lower(), tok.lower_}
    return {name for name, tv in vocab.types.items() if words & (tv.nouns | tv.verbs)}

def _names_other_event(tok: Token, head: Token, vocab: Vocab) -> bool:
    """The date stands before an event noun of another kind inside the trigger's phrase, which it names: "arrested
    the suspects linked with the Easter Sunday bombings", "Easter attack plotters arrested" date the bombings,
    not the arrests (a date after the noun, "in an airstrike on Monday", may be the trigger's own)."""
    node = tok
    while node.dep_ in _PREMODIFIERS and node.head.i > node.i and node.head.i != head.i:
        # ("Easter attack plotters": the parse hangs the date and the noun after it side by side on the last word)
        nouns = [c for c in node.head.children if c.dep_ == "compound" and node.i < c.i and c.pos_ == "NOUN"]
        node = node.head
        for noun in [*nouns, node]:
            if noun.pos_ == "NOUN" and dominates(head, noun):
                other = _types_of(noun, vocab)
                if other and not other & _types_of(head, vocab):
                    return True
    return False

def _told_as_earlier(head: Token, verb: Token, vocab: Vocab) -> bool:
    """Below the reporting ``verb``, the trigger sits in an "after"/"before" phrase or clause or a response's phrase
    ("AFRICOM said on Wednesday the airstrike was conducted in response to an attack on partner forces"): the report
    tells of the happening that phrase hangs on, its day is not the one the phrase names."""
    for node in ancestors(head):
        if node.i == verb.i:
            return False
        word = _temporal_word(node, vocab)
        if word in vocab.after_words or word in vocab.before_words:
            return True
    return False

def _dates_a_report(tok: Token, vocab: Vocab) -> bool:
    """The date stands before a report noun it dates ("Based on last Friday's reports, only 12 were recorded killed",
    "Monday's statement said ..."): the day the report came out, not one of the happening it tells."""
    noun = tok.head
    if (tok.dep_ in ("poss", "compound", "nmod", "npadvmod") and noun.i > tok.i
            and noun.lemma_.lower() in vocab.report_nouns):
        return True
    # ... or in a phrase after it, or after the participle that tells it came out ("According to an MSA statement
    # from Wednesday, a horde of men had staged an attack", "In a statement released on Tuesday, the group described
    # the ambush as precise"): the report's day too, not the day of what it tells
    # (right after them only: "said in a statement that fighters shot at tourists in Bamiyan on Friday" tells the
    # attack's day, wherever the parse hangs it)
    word = noun if tok.dep_ == "pobj" and noun.dep_ == "prep" else tok if tok.dep_ == "npadvmod" else None
    if word is None or word.i != word.head.i + 1:
        return False
    noun = word.head
    if noun.dep_ == "acl" and noun.pos_ == "VERB" and noun.i == noun.head.i + 1:
        noun = noun.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in vocab.report_nouns

def _support_of(head: Token, verb: Token) -> bool:
    return head.head.i == verb.i and head.dep_ in ("dobj", "nsubjpass")

# verbs of speaking to the press that no report verb covers ("Speaking to journalists on Monday after a meeting")
_SPEAKING = ("speak", "talk", "brief")

def _told_after_meeting(head: Token, verb: Token, vocab: Vocab) -> bool:
    """The trigger is a meeting in an "after"/"following" phrase of the telling verb the date hangs on, with no stated
    distance ("the government said yesterday after the National Security Council meeting", "Speaking to journalists
    on Monday after a meeting with the President, the governor described ..."): those who met speak of it as they
    come out, so the day of the telling is the meeting's (unlike an attack, which a teller may come back to days
    later)."""
    if "meeting" not in _types_of(head, vocab) or not (tells(verb, vocab) or verb.lemma_.lower() in _SPEAKING):
        return False
    for node in ancestors(head)[1:]:
        if node.i == verb.i:
            return False
        word = _temporal_word(node, vocab)
        if word in vocab.after_words or word in vocab.before_words:
            # (the phrase may hang on the clause the telling opens: "Speaking ... on Monday, after a meeting ...,
            # Zulum described")
            told = node.head.i == verb.i or (verb.dep_ == "advcl" and verb.head.i == node.head.i)
            return word in vocab.after_words and told and _offset_days(node, vocab) is None
    return False

def event_timexes(
    head: Token, timexes: list[tuple[Timex, Token]], vocab: Vocab, reported: list[tuple[Timex, Token]] | None = None,
    finest: list[Timex] | None = None, cues: list[tuple[bool, bool]] | None = None,
) -> list[tuple[Timex, Token]]:
    """The dates of a sentence that can date the trigger's event, shifted where the text gives an offset.

    Dropped: a date said with a reporting verb ("officials said on Monday"), a date of a casualty-toll
    clause ("the toll rose to seven on Tuesday") and a date of the clause an "after"/"before" clause hangs
    on when no offset is stated. A date inside the trigger's own phrase always counts ("Sunday's attack").
    ``reported`` collects the dropped days of a report about the event (not a claim: "said on Friday it was
    behind an attack").
    ``finest``: ``finest_dates`` of ``timexes``, when the caller keeps it for all the triggers of the sentence;
    ``cues``: likewise ``span_purpose_cues``.
    """
    out: list[tuple[Timex, Token]] = []
    finest = finest if finest is not None else finest_dates(timexes)
    cues = cues if cues is not None else span_purpose_cues(timexes, vocab)
    for (_tx, tok), tx, (since, purpose) in zip(timexes, finest, cues, strict=True):
        if (
            (since and _opens_span(tok, head, vocab))
            or (purpose and _in_purpose(tok, head))
            or _names_other_event(tok, head, vocab)
        ):
            continue
        if _dates_a_report(tok, vocab) and tok.head.i != head.i:
            if reported is not None:  # "Monday's statement said troops raided a hideout": as "said on Monday"
                reported.append((tx, tok))
            continue
        if _in_other_relative(tok, head) or _outside_own_subject_relative(tok, head):
            continue
        if not dominates(head, tok):
            verb = _said_verb(_clause_verb(tok), tok, vocab)
            if verb is not None and verb.i != head.i:
                if _told_after_meeting(head, verb, vocab):
                    out.append((tx, tok))
                    continue
                if (
                    (tells(verb, vocab) or verb.lemma_.lower() in vocab.aftermath_verbs)
                    and not _support_of(head, verb)
                    and not _self_report(head, verb, vocab)
                ):
                    if (reported is not None and (dominates(verb, head) or _trailing_attribution(verb, head))
                            and not _claim_link(head, verb, vocab) and not _told_as_earlier(head, verb, vocab)):
                        reported.append((tx, tok))
                    continue
                teller = _teller_of_release(verb, head, vocab)
                if teller is not None:
                    # "said in a statement posted late on Tuesday that one of its members attacked": the day the
                    # statement came out, not the attack's (told apart: "The attack took place on Monday night")
                    if reported is not None and dominates(teller, head) and not _claim_link(head, teller, vocab):
                        reported.append((tx, tok))
                    continue
                subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
                if subj is not None and has_word(subj, vocab.toll) and not dominates(subj, tok):
                    continue  # the toll's day, not one inside its phrase ("the toll from the bombing on Sunday")
            shift = _temporal_shift(head, tok, vocab, coarse=tx.precision == "month")
            if shift is None:
                continue
            if shift and tx.value and tx.precision == "day":
                try:
                    value, precision = shifted_day(str(tx.value), shift)
                except ValueError:
                    continue
                # ("four years after": the year, not a day; "a month after": the month)
                tx = replace(tx, value=value, precision=precision)
            elif shift and tx.precision == "day":
                continue
            elif abs(shift) >= MONTH_OFFSET_DAYS:
                # a month or a year counted months away ("came two months after people returned in June"): the count
                # is too loose to move a coarse date by, as it was before month offsets were read
                continue
        out.append((tx, tok))
    return _claim_day_beside_deed(head, out, vocab)

def _claim_day_beside_deed(
    head: Token, dated: list[tuple[Timex, Token]], vocab: Vocab
) -> list[tuple[Timex, Token]]:
    """Of two days the claim's verb holds, one told before the trigger and one after it ("The terror group on Tuesday
    claimed responsibility for an attack on Peshmerga in Kirkuk late on Sunday"), the first is the claim's (told by
    the verb, as "said on Tuesday") and the second the deed's, told with what was done; the parse may hang both on
    the verb, the same distance from the trigger. Without a day after the trigger, the claim's day stays the
    happening's (a claim dates an attack it alone tells)."""
    def claim_verb(tok: Token) -> Token | None:
        verb = _clause_verb(tok)
        if verb is None or verb.i == head.i or verb.lemma_.lower() not in vocab.claim_verbs:
            return None
        return verb if dominates(verb, head) else None
    after = [claim_verb(tok) for tx, tok in dated if tok.i > head.i and tx.precision == "day"]
    if not any(after):
        return dated
    return [(tx, tok) for tx, tok in dated
            if not (tok.i < head.i and (verb := claim_verb(tok)) is not None and tok.i < verb.i
                    and any(v is not None and v.i == verb.i for v in after))]

def pick_date(
    head: Token, timexes: list[tuple[Timex, Token]], lo: int = -1, hi: int = 10**9
) -> tuple[str, str | None, int] | None:
    """(value, precision, distance) of the timex nearest the trigger in the tree, within [lo, hi)."""
    cands = [(tree_distance(head, tok), abs(tok.i - head.i), tx, tok) for tx, tok in timexes if lo <= tx.start < hi]
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0], c[1]))
    dist, _, tx, _ = cands[0]
    # "raided an army base in the early hours of Thursday, ..., the military said, marking the second assault this
    # week": a coarser date nearer in the parse that holds a finer one of the trigger's is the same time, told less
    # exactly; the finer one dates the event
    finer = next((c[2] for c in cands[1:] if c[2].value and tx.value and len(str(c[2].value)) > len(str(tx.value))
                  and str(c[2].value).startswith(str(tx.value)) and _may_hold(tx, c[2])), None)
    if finer is not None:
        tx = finer
    value, precision = str(tx.value), tx.precision
    if len(value) == 7 and not any(ch.isdigit() for ch in tx.text):
        # "in December in 2017": a month that names no year takes the year given right beside it
        for other, _tok in timexes:
            gap = doc_text(head.doc)[min(tx.end, other.end) : max(tx.start, other.start)]
            if other.value and len(other.value) == 4 and len(gap) <= 6 and gap.strip(" ,") in ("", "in", "of"):
                value = f"{other.value}-{value[5:7]}"
    return value, precision, dist
# a weekend, whose days are the Friday night to the Sunday
_WEEKEND = re.compile(r"\bweekend\b", re.I)
_WEEKEND_DAYS = (4, 5, 6)


def _may_hold(coarse: Timex, fine: Timex) -> bool:
    """``fine`` can be a day of the time ``coarse`` names: any day of a month, only a Friday to a Sunday of a
    weekend ("President Marcos on Monday promised justice for four soldiers killed over the weekend": the Monday is
    the promise's, no day of the weekend's killing)."""
    if not _WEEKEND.search(coarse.text) or len(str(fine.value)) != 10:
        return True
    try:
        return dt.date.fromisoformat(str(fine.value)).weekday() in _WEEKEND_DAYS
    except ValueError:
        return True
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
# ("on Monday (March 27)": a bracket may open between the two names)
_SAME_DAY_GAP = re.compile(r"[\s,(]*(?:(?:morning|afternoon|evening|night)[\s,(]*)?", re.I)
# "Two weeks earlier, on the evening of May 17", "Three days later, on October 24": a preposition and the part of
# the day may stand before a stated date set beside a counted one (not before a finer name of a coarser one: "last
# week on Tuesday" is no Tuesday of the page's week)
_STATED_BESIDE_GAP = re.compile(
    r",\s*(?:on )?(?:the )?(?:(?:early |late )?(?:morning|afternoon|evening|night|hours) of )?", re.I
)
_DIGIT = re.compile(r"\d")

def finest_dates(timexes: list[tuple[Timex, Token]]) -> list[Timex]:
    """``_finest_beside`` of each of a sentence's dates: it asks nothing of the trigger."""
    text = doc_text(timexes[0][1].doc) if timexes else ""
    return [_finest_beside(tx, timexes, text) for tx, _tok in timexes]

def _finest_beside(tx: Timex, timexes: list[tuple[Timex, Token]], text: str) -> Timex:
    """ "on Saturday night, November 12": two names of one day side by side, wherever the parse hung the
    second; the finer one dates the event. Of a day counted from another ("Two weeks earlier, on the evening of
    May 17") and the date the text states beside it, the stated one. Of a weekday and a date ("liberated on
    Monday (March 27)"), the date: the weekday is counted back from the page's day, which may be a photo's day
    before it."""
    for other, _tok in timexes:
        gap = text[min(tx.end, other.end) : max(tx.start, other.start)]
        rank, own = _PRECISION_RANK.get(other.precision or "", 0), _PRECISION_RANK.get(tx.precision or "", 0)
        stated = rank == own > 0 and bool(_DIGIT.search(other.text)) and not _DIGIT.search(tx.text)
        beside = _SAME_DAY_GAP.fullmatch(gap) or (stated and _STATED_BESIDE_GAP.fullmatch(gap))
        if other is not tx and beside and (rank > own or stated):
            tx = other
    return tx


# "last week", "this month", "yesterday": a time told relative to a day the page does not give
_RELATIVE_TIME = re.compile(r"\b(?:(?:last|this|past) (?:week|month|weekend)|yesterday|today)\b", re.I)
_TIME_WORD = re.compile(r"[a-z]+", re.I)
_DAY_NUMBER = re.compile(r"\b\d{1,2}\b")


def time_told(text: str) -> str | None:
    """What a time phrase the page's day cannot resolve still names, as a key two mentions can compare: its month
    with its day if it gives one ("m:09", "m:10-31"), else its weekday ("d:6" for Sunday), else its relative span
    ("r:last week"); None for a stretch of time ("nearly 20 years") or a bare number."""
    words = [w.lower() for w in _TIME_WORD.findall(text)]
    month = next((w for w in words if w in MONTHS and len(w) > 2), None)
    if month is not None:
        day = next((int(n) for n in _DAY_NUMBER.findall(text) if 1 <= int(n) <= 31), None)
        return f"m:{MONTHS[month]:02d}" + (f"-{day:02d}" if day is not None else "")
    day = next((w for w in words if w in WEEKDAYS and len(w) > 3), None)
    if day is not None:
        return f"d:{WEEKDAYS[day]}"
    relative = _RELATIVE_TIME.search(text)
    return f"r:{relative.group(0).lower()}" if relative else None
