"""An updated picture is the rebuilt picture: ingesting a corpus in random batches, in random orders, and
updating after each batch stores exactly what rebuilding after each batch stores (every picture table and
the id history, row for row)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.update_corpus import corpus

from sitroom.store import Store, picture_update
from sitroom.store.picture import PICTURE_TABLES

SETTINGS = settings(max_examples=12, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _snapshot(st_: Store) -> dict[str, list[tuple[Any, ...]]]:
    con = st_._con
    out = {}
    for table in (*PICTURE_TABLES, "picture_ids"):
        rows = con.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out


def _run(seed: int, n_docs: int, order: list[int], cuts: list[int], tmp: Path) -> tuple[int, int]:
    docs = corpus(seed, n_docs)
    docs = [docs[i] for i in order]
    bounds = sorted({0, *(c % (n_docs + 1) for c in cuts), n_docs})
    batches = [docs[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    updated = 0
    full_rebuilds = 0
    real = picture_update.rebuild_picture

    def counting(*args: Any, **kwargs: Any) -> dict[str, int]:
        nonlocal full_rebuilds
        full_rebuilds += 1
        return real(*args, **kwargs)

    with Store(tmp / "rebuilt.duckdb") as rebuilt, Store(tmp / "updated.duckdb") as updated_store:
        for batch in batches:
            rebuilt.write_results(batch)
            rebuilt.rebuild_picture()
            updated_store.write_results(batch)
            picture_update.rebuild_picture = counting  # type: ignore[assignment]
            try:
                picture_update.update_picture(updated_store._con, max_new_share=1.0)
            finally:
                picture_update.rebuild_picture = real  # type: ignore[assignment]
            updated += 1
            assert _snapshot(updated_store) == _snapshot(rebuilt)
            assert not updated_store.picture_stale()
    return updated, full_rebuilds


@pytest.mark.slow  # two databases per example, a picture per batch in each: about two minutes
@SETTINGS
@given(seed=st.integers(0, 10_000), n_docs=st.integers(2, 14), data=st.data())
def test_update_after_each_batch_equals_rebuild_after_each_batch(seed: int, n_docs: int, data: st.DataObject) -> None:
    order = data.draw(st.permutations(range(n_docs)))
    cuts = data.draw(st.lists(st.integers(1, n_docs), min_size=1, max_size=3))
    with tempfile.TemporaryDirectory() as tmp:
        updates, full = _run(seed, n_docs, order, cuts, Path(tmp))
    # The first picture of an empty database is always a full rebuild; later ones are updates.
    assert full >= 1 and updates >= full


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_updates_do_not_fall_back_to_rebuilding(tmp_path: Path, seed: int) -> None:
    n = 12
    updates, full = _run(seed, n, list(range(n)), [4, 8], tmp_path)
    assert updates == 3
    assert full == 1  # only the first batch: the other two are updated in place


def _toll_doc(i: int, published: str | None, date_: str | None, place: str | None, killed: int) -> Any:
    """One attack in Iraq (at Mosul, or naming only the country) on an invented page."""
    from tests.store.update_corpus import PLACES

    from sitroom.models import DocResult, Document, Event, Evidence, PlaceRecord, stable_id

    doc_id = stable_id("toll-doc", i)
    text = f"Gunmen killed {killed} people in {place or 'Iraq'}."
    p = PLACES[place] if place else None
    places = [PlaceRecord(**{**p.__dict__, "mentions": []})] if p else []
    event = Event(id=stable_id(doc_id, "event", 0), doc_id=doc_id, type="attack", date=date_,
                  date_precision=None if date_ is None else ("year" if len(date_) == 4 else "day"), country="IQ",
                  place=place, lat=p.lat if p else None, lon=p.lon if p else None, actor=None, target=None,
                  killed=killed, wounded=None, claimed=False, evidence=[Evidence(doc_id, 0, len(text), text)],
                  trigger="killed", place_id=p.id if p else None, geo_precision=p.precision if p else "country")
    document = Document(id=doc_id, text=text, source_path=f"t/{i}.txt", title=f"T{i}", url=f"https://t.example/{i}",
                        source="Example Wire", published=published, reference_date=published, language="en")
    return DocResult(document=document, events=[event], figures=[], quotes=[], entities=[], places=places)


@pytest.mark.parametrize("first_dated", [True, False])
@pytest.mark.parametrize("vague", [(None, None), ("2022-05-01", "2022")])  # (page date, report date)
def test_update_attaches_vague_reports_by_country_and_toll_as_a_rebuild_does(
        tmp_path: Path, first_dated: bool, vague: tuple[str | None, str | None]) -> None:
    # An undated report (undated page) or a year-only one at Mosul joins the one attack "in Iraq" with its
    # toll, whichever arrives first: the update must reach it by country and toll, not by day or place.
    dated = [_toll_doc(0, "2022-03-03", "2022-03-02", None, 13),
             _toll_doc(1, "2021-06-02", "2021-06-01", "Tal Afar", 3)]
    loose = [_toll_doc(2, vague[0], vague[1], "Mosul", 15)]
    batches = [dated, loose] if first_dated else [loose, dated]
    with Store(tmp_path / "r.duckdb") as rebuilt, Store(tmp_path / "u.duckdb") as updated:
        for batch in batches:
            rebuilt.write_results(batch)
            rebuilt.rebuild_picture()
            updated.write_results(batch)
            picture_update.update_picture(updated._con, max_new_share=1.0)
        assert _snapshot(updated) == _snapshot(rebuilt)
        assert updated._con.execute("SELECT count(*) FROM picture_events").fetchone() == (2,)


def _named_doc(i: int, name: str, etype: str, as_place: bool) -> Any:
    """A page naming ``name`` as a place of the gazetteer, or as an entity of type ``etype``."""
    from sitroom.models import DocResult, Document, Entity, Mention, PlaceRecord, stable_id

    doc_id = stable_id("named-doc", i)
    text = f"Officials spoke about {name} on Monday."
    at = text.index(name)
    mention = Mention(text=name, doc_id=doc_id, start=at, end=at + len(name))
    places = [PlaceRecord(id="p:hol", name=name, country="SY", lat=36.38, lon=41.15, geonames_id=None,
                          mentions=[mention], admin1="SY-HA", precision="point")] if as_place else []
    entities = [] if as_place else [Entity(id=stable_id(etype, name), canonical=name, type=etype,
                                           mentions=[mention], roles=[])]
    document = Document(id=doc_id, text=text, source_path=f"n/{i}.txt", title=f"N{i}", url=f"https://n.example/{i}",
                        source="Example Wire", published=f"2024-03-0{i + 1}", reference_date=None,
                        language="en")
    return DocResult(document=document, events=[], figures=[], quotes=[], entities=entities, places=places)


@pytest.mark.parametrize("place_first", [True, False])
def test_update_reads_the_places_a_person_may_be_named_after(tmp_path: Path, place_first: bool) -> None:
    # A tagger's "person" Al-Hol is the camp a page of the database places on the map: an update resolves
    # it as a rebuild does, whichever page came first.
    person, camp = _named_doc(0, "Al-Hol", "person", False), _named_doc(1, "Al-Hol", "location", True)
    batches = [[camp], [person]] if place_first else [[person], [camp]]
    with Store(tmp_path / "r.duckdb") as rebuilt, Store(tmp_path / "u.duckdb") as updated:
        for batch in batches:
            rebuilt.write_results(batch)
            rebuilt.rebuild_picture()
            updated.write_results(batch)
            picture_update.update_picture(updated._con, max_new_share=1.0)
            assert _snapshot(updated) == _snapshot(rebuilt)
        types = updated._con.execute("SELECT type FROM picture_entities").fetchall()
        assert types == [("location",)]


def _people_doc(path: str, names: list[tuple[str, str, list[str]]], said: str | None = None) -> Any:
    """A page at ``path`` naming each (canonical, type, surface forms); with ``said``, the first name says it."""
    from sitroom.models import DocResult, Document, Entity, Evidence, Mention, Quote, stable_id

    doc_id = stable_id("people-doc", path)
    text = " ".join(f"{form} was named." for _, _, forms in names for form in forms)
    if said:
        text += f' "{said}," {names[0][2][0]} said.'
    entities, at = [], 0
    for canonical, etype, forms in names:
        mentions = []
        for form in forms:
            at = text.index(form, at)
            mentions.append(Mention(text=form, doc_id=doc_id, start=at, end=at + len(form)))
            at += len(form)
        entities.append(Entity(id=stable_id(etype, canonical), canonical=canonical, type=etype, mentions=mentions))
    quotes = []
    if said:
        start = text.index(said)
        quotes.append(Quote(id=stable_id(doc_id, "quote"), doc_id=doc_id, speaker=names[0][0], text=said,
                            direct=True, date="2024-03-01", evidence=[Evidence(doc_id, start, len(text), text[start:])],
                            speaker_id=entities[0].id))
    document = Document(id=doc_id, text=text, source_path=path, title=path, url=f"https://p.example/{path}",
                        source="Example Wire", published="2024-03-01", reference_date=None, language="en")
    return DocResult(document=document, events=[], figures=[], quotes=quotes, entities=entities, places=[])


def _update_in_batches(tmp_path: Path, batches: list[list[Any]]) -> tuple[Store, int]:
    """Each batch written to two stores, one rebuilt and one updated, the pictures compared after each;
    returns the updated store (open) and how often the update resolved every entity record again."""
    resolved = 0
    real = picture_update._entities_resolved

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal resolved
        resolved += 1
        return real(*args, **kwargs)

    rebuilt, updated = Store(tmp_path / "r.duckdb"), Store(tmp_path / "u.duckdb")
    with rebuilt:
        for batch in batches:
            rebuilt.write_results(batch)
            rebuilt.rebuild_picture()
            updated.write_results(batch)
            picture_update._entities_resolved = counting  # type: ignore[assignment]
            try:
                picture_update.update_picture(updated._con, max_new_share=1.0)
            finally:
                picture_update._entities_resolved = real  # type: ignore[assignment]
            assert _snapshot(updated) == _snapshot(rebuilt)
    return updated, resolved


def test_new_mentions_that_rename_a_group_rename_it_in_the_stored_documents(tmp_path: Path) -> None:
    # Two pages name "Shabaab", three new ones "al-Shabaab": one group, named after the majority, so what
    # an old page's statement is about is now called the new way. No stored record changes group: the
    # update takes the group's counts, it does not resolve every record again.
    old = [_people_doc("a/0.txt", [("Sam Vale", "person", ["Sam Vale"]), ("Shabaab", "armed_group", ["Shabaab"])],
                       said="Shabaab will regroup"),
           _people_doc("a/1.txt", [("Shabaab", "armed_group", ["Shabaab"])])]
    new = [_people_doc(f"b/{i}.txt", [("al-Shabaab", "armed_group", ["al-Shabaab"])]) for i in range(3)]
    updated, resolved = _update_in_batches(tmp_path, [old, new])
    with updated:
        about = updated._con.execute("SELECT about FROM picture_statements").fetchall()
        names = updated._con.execute("SELECT canonical FROM picture_entities ORDER BY canonical").fetchall()
    assert about == [(["al-Shabaab"],)] and names == [("Sam Vale",), ("al-Shabaab",)]
    assert resolved == 0  # (the first picture is a rebuild: there is nothing to update)


def test_a_new_longer_name_that_regroups_a_stored_one_resolves_every_record(tmp_path: Path) -> None:
    # "Karim Haddad" of a stored page is "Karim Haddad Saleh" once a page names him in full: a stored record
    # changes group, which per-group counts cannot say; the update resolves every record, as a rebuild.
    old = [_people_doc("a/0.txt", [("Karim Haddad", "person", ["Karim Haddad"])], said="Raqqa will hold")]
    new = [_people_doc("b/0.txt", [("Karim Haddad Saleh", "person", ["Karim Haddad Saleh"])])]
    updated, resolved = _update_in_batches(tmp_path, [old, new])
    with updated:
        names = updated._con.execute("SELECT canonical FROM picture_entities").fetchall()
    assert names == [("Karim Haddad Saleh",)]
    assert resolved == 1


def test_a_group_appearing_earlier_takes_a_shared_surface_form_in_stored_documents(tmp_path: Path) -> None:
    # "IS" names the Islamic State and the Intelligence Service on one stored page; the group first seen in
    # export order claims the form. A new page sorting first names the Islamic State: it now claims "IS" on
    # the stored page, so what that page's statement is about changes, as in a rebuild.
    service = ("Intelligence Service", "organization", ["Intelligence Service", "IS"])
    state = ("Islamic State", "armed_group", ["Islamic State", "IS"])
    old = [_people_doc("c/1.txt", [service]),
           _people_doc("c/2.txt", [("Sam Vale", "person", ["Sam Vale"]), state, service], said="IS will regroup")]
    new = [_people_doc("c/0.txt", [state])]
    updated, resolved = _update_in_batches(tmp_path, [old, new])
    with updated:
        about = updated._con.execute("SELECT about FROM picture_statements").fetchall()
    assert about == [(["Islamic State"],)]
    assert resolved == 0
