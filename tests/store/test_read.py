"""The read API: filters, single records, search and stats over a small stored corpus."""

from __future__ import annotations

import pytest

from sitroom.errors import SitroomError
from sitroom.models import DocResult, stable_id
from sitroom.store import Store
from sitroom.store.query import Where

IS_ID = stable_id("armed_group", "Islamic State")


def test_read_events_filter_by_type_and_country(store: Store) -> None:
    attacks = store.events(type="attack")
    assert len(attacks) == 2
    assert {e["type"] for e in attacks} == {"attack"}
    assert [e["type"] for e in store.events(country="sy")] == ["strike", "strike"]
    assert store.events(type="attack", country="SY") == []


def test_read_events_filter_by_actor_name_or_id(store: Store) -> None:
    by_name = store.events(actor="islamic state")
    assert len(by_name) == 2 and all(e["actor"] == "Islamic State" for e in by_name)
    assert [e["id"] for e in store.events(actor=IS_ID)] == [e["id"] for e in by_name]
    assert store.events(actor="Islamic") == []  # names match whole, not as substrings


def test_read_events_filter_by_date_span(store: Store) -> None:
    # The strikes are dated to March 2024 (month precision), the attacks to 14 May 2024.
    assert {e["type"] for e in store.events(since="2024-03-31", until="2024-04")} == {"strike"}
    assert {e["type"] for e in store.events(since="2024-05")} == {"attack"}
    assert {e["type"] for e in store.events(until="2024")} == {"attack", "strike"}
    assert store.events(since="2025") == []
    assert len(store.events()) == 6  # undated pledges included when no date filter is given


def test_read_events_are_newest_first_with_evidence(store: Store) -> None:
    got = store.events()
    assert [e["date"] for e in got] == ["2024-05-14", "2024-05-14", "2024-03", "2024-03", None, None]
    for e in got:
        assert e["evidence"], e
        assert all(ev["doc_id"] == e["doc_id"] for ev in e["evidence"])
    claimed = next(e for e in got if e["claimed"])
    assert [ev["text"].split()[1] for ev in claimed["evidence"]] == ["State", "group"]


def test_read_events_filter_by_place_and_paging(store: Store) -> None:
    assert {e["place"] for e in store.events(place="mosul")} == {"Mosul"}
    assert len(store.events(place="gn:170792")) == 2
    first, second = store.events(limit=1), store.events(limit=1, offset=1)
    assert first[0]["id"] != second[0]["id"]
    assert [e["id"] for e in store.events(limit=2)] == [first[0]["id"], second[0]["id"]]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [({"type": "riot"}, "type"), ({"since": "May 2024"}, "since"), ({"until": "2024-13"}, "until"),
     ({"limit": -1}, "limit"), ({"offset": -5}, "offset")],
)
def test_read_events_bad_filters_are_e402(store: Store, kwargs: dict[str, object], name: str) -> None:
    with pytest.raises(SitroomError) as err:
        store.events(**kwargs)
    assert err.value.code == "E402"
    assert err.value.message.startswith(f"bad filter {name}=")


def test_read_event_by_id_has_evidence_and_document(store: Store, corpus: list[DocResult]) -> None:
    source = corpus[1].events[0]
    got = store.event(source.id)
    assert got["killed"] == 4 and got["claimed"] is True
    assert got["evidence"] == [e.as_dict() for e in source.evidence]
    assert got["document"]["title"] == corpus[1].document.title
    with pytest.raises(SitroomError) as err:
        store.event("nope")
    assert err.value.code == "E401"


def test_read_figures_filters(store: Store) -> None:
    usd = store.figures(unit="USD")
    assert len(usd) == 2 and all(f["value"] == 250_000_000.0 for f in usd)
    assert len(store.figures(subject="PLEDGE")) == 2
    assert store.figures(unit="troops") == []
    assert store.figures(is_target=True) == []
    assert usd[0]["evidence"][0]["text"].startswith("Donors pledged")


def test_read_quotes_by_speaker_and_topic(store: Store) -> None:
    assert len(store.quotes(speaker="doe")) == 2
    assert len(store.quotes(speaker=stable_id("person", "Jane Doe"))) == 2
    assert len(store.quotes(about="regroup")) == 2
    assert store.quotes(about="ceasefire") == []
    assert store.quotes(speaker="Smith") == []


def test_read_entities_merged_across_documents(store: Store) -> None:
    ents = store.entities()
    assert [e["canonical"] for e in ents] == ["Islamic State", "Jane Doe"]  # most mentioned first
    assert ents[0]["n_documents"] == 3 and ents[0]["n_mentions"] == 4
    assert [e["canonical"] for e in store.entities(type="person")] == ["Jane Doe"]
    # q matches a surface form as well as the canonical name
    assert [e["id"] for e in store.entities(q="IS")] == [IS_ID]
    assert store.entities(q="Hezbollah") == []
    assert store.entities(type="person")[0]["roles"] == ["coalition spokeswoman"]


def test_read_places_with_mentions_and_events(store: Store) -> None:
    got = {p["name"]: p for p in store.places()}
    assert set(got) == {"Mosul", "Deir ez-Zor"}
    assert got["Mosul"]["n_events"] == 2 and got["Mosul"]["country"] == "IQ"
    assert got["Deir ez-Zor"]["precision"] == "province"


def test_read_documents_and_document(store: Store, corpus: list[DocResult]) -> None:
    docs = store.documents()
    assert [d["source_path"] for d in docs] == ["corpus/a.txt", "corpus/b.txt", "corpus/c.txt", "corpus/d.txt"]
    assert "text" not in docs[0]
    assert docs[0]["n_events"] == 3 and docs[0]["n_quotes"] == 1
    assert len(store.documents(limit=2, offset=3)) == 1
    full = store.document(corpus[1].document.id)
    assert full["text"] == corpus[1].document.text
    assert len(full["sentences"]) == 5
    assert [e["type"] for e in full["events"]] == ["attack", "pledge", "strike"]  # document order
    assert [e["canonical"] for e in full["entities"]] == ["Islamic State", "Jane Doe"]
    assert [m["text"] for m in full["entities"][0]["mentions"]] == ["Islamic State", "IS"]
    assert {p["name"] for p in full["places"]} == {"Mosul", "Deir ez-Zor"}
    with pytest.raises(SitroomError) as err:
        store.document("missing")
    assert err.value.code == "E401"


def test_read_search_matches_text_and_title(store: Store) -> None:
    hits = store.search("CHECKPOINT")
    assert {h["source_path"] for h in hits} == {"corpus/a.txt", "corpus/c.txt"}
    assert all("checkpoint" in h["snippet"] for h in hits)
    assert [h["source_path"] for h in store.search("Report b")] == ["corpus/b.txt"]
    assert store.search("100%") == []  # % is literal, not a wildcard
    with pytest.raises(SitroomError):
        store.search("  ")


def test_read_stats(store: Store) -> None:
    stats = store.stats()
    assert stats["counts"]["documents"] == 4
    assert stats["events_by_type"] == {"attack": 2, "pledge": 2, "strike": 2}
    assert stats["documents_by_language"] == {"en": 3, "fr": 1}
    assert stats["event_dates"] == {"first": "2024-03-01", "last": "2024-05-14"}
    assert stats["published"] == {"first": "2024-04-02", "last": "2024-05-14"}


EVENT_FILTER_CASES: list[dict[str, str]] = [
    {}, {"type": "attack"}, {"type": "strike", "country": "sy"}, {"actor": "islamic state"}, {"actor": IS_ID},
    {"place": "mosul"}, {"since": "2024-05"}, {"until": "2024-04", "type": "strike"}, {"since": "2025"},
    {"type": "attack", "country": "SY"},
]


@pytest.mark.parametrize("filters", EVENT_FILTER_CASES)
def test_read_count_events_agrees_with_events(store: Store, filters: dict[str, str]) -> None:
    assert store.count_events(**filters) == len(store.events(**filters, limit=10_000))


def test_read_count_events_by_document_and_bad_filter(store: Store, corpus: list[DocResult]) -> None:
    doc_id = corpus[1].document.id
    assert store.count_events(doc_id=doc_id) == len(corpus[1].events) > 0
    with pytest.raises(SitroomError) as err:
        store.count_events(type="riot")  # the same validation as events()
    assert err.value.code == "E402"


@pytest.mark.parametrize(
    "filters", [{}, {"speaker": "doe"}, {"speaker": stable_id("person", "Jane Doe")}, {"about": "regroup"},
                {"about": "ceasefire"}, {"speaker": "doe", "about": "regroup"}],
)
def test_read_count_quotes_agrees_with_quotes(store: Store, filters: dict[str, str]) -> None:
    assert store.count_quotes(**filters) == len(store.quotes(**filters, limit=10_000))


@pytest.mark.parametrize("kwargs", [{}, {"type": "person"}, {"q": "IS"}, {"q": "Hezbollah"}])
def test_read_count_entities_agrees_with_entities(store: Store, kwargs: dict[str, str]) -> None:
    assert store.count_entities(**kwargs) == len(store.entities(**kwargs, limit=10_000))


def test_read_count_places_documents_and_search_agree_with_lists(store: Store) -> None:
    assert store.count_places() == len(store.places()) == 2
    assert store.count_documents() == len(store.documents()) == 4
    for text in ("checkpoint", "CHECKPOINT", "Report b", "100%", "nothing like this"):
        assert store.count_search(text) == len(store.search(text, limit=10_000)), text


def test_read_documents_count_records_per_page(store: Store) -> None:
    everything = {d["id"]: d for d in store.documents()}
    for offset in range(4):
        [one] = store.documents(limit=1, offset=offset)
        assert one == everything[one["id"]]  # counts do not depend on which page a document is on
    assert sum(d["n_events"] for d in everything.values()) == store.counts()["events"]


def test_read_where_keeps_terms_and_parameters_in_step() -> None:
    assert Where().sql == "" and Where().params == []
    where = Where().add("a = ?", 1).add("(b = ? OR c = ?)", "x", "y")
    assert where.sql == "WHERE a = ? AND (b = ? OR c = ?)"
    assert where.params == [1, "x", "y"]


def test_read_store_methods_keep_the_query_signature_and_docs(store: Store) -> None:
    import inspect

    from sitroom.store import records

    assert Store.events.__doc__ == records.events.__doc__
    assert list(inspect.signature(store.count_quotes).parameters) == ["speaker", "about", "doc_id"]
