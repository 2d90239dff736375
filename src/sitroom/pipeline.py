"""The per-document work as a pure function, batched through ``nlp.pipe`` and spread over processes.

``process_documents(docs)`` maps Document -> DocResult and depends on nothing but its input and the
installed model, so a distributed engine (Spark, Dask, Beam) can map the same function over partitions:
``partition.map(lambda batch: list(process_documents(batch)))``.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.annotate import build_nlp, make_doc
from sitroom.annotate.extensions import doc_sents, doc_text
from sitroom.models import DocResult, Document, Entity, Mention, PlaceRecord, Sentence
from sitroom.resolve.places import place_entity_mentions

BATCH_SIZE = 32  # STACK.md: nlp.pipe is fastest at batch 16-64 on this machine kind


def is_extractable(document: Document) -> bool:
    """Only English text goes through the English extractors; other languages are stored as they are."""
    return document.language in (None, "en")


def doc_result(document: Document, doc: Doc) -> DocResult:
    """Collect what the components put on ``doc`` into the DocResult contract."""
    text = doc_text(doc)  # sliced, not ``s.text``: that joins the sentence's tokens again, one Token at a time
    sentences = [
        Sentence(doc_id=document.id, index=i, start=s.start_char, end=s.end_char, text=text[s.start_char : s.end_char])
        for i, s in enumerate(doc_sents(doc))
    ]
    entities: dict[str, Entity] = {}
    place_entities, actor_mentions = place_entity_mentions(
        doc._.place_mentions or [], [*(doc._.entity_mentions or []), *(doc._.entity_aliases or [])],
        doc._.unplaced_names or [], doc_text(doc),
    )
    for m in [*actor_mentions, *place_entities]:
        ent = entities.setdefault(
            m.entity_id, Entity(id=m.entity_id, canonical=m.canonical, type=m.type, mentions=[], wikidata=m.wikidata)
        )
        ent.mentions.append(Mention(text=m.text, doc_id=document.id, start=m.start, end=m.end))
        if m.role and m.role not in ent.roles:
            ent.roles.append(m.role)
    places: dict[str, PlaceRecord] = {}
    for pm in doc._.place_mentions or []:
        p = pm.place
        # the record is the gazetteer's place, one country whatever side of a shared lake the events were on
        rec = places.setdefault(
            p.id,
            PlaceRecord(
                id=p.id, name=p.name, country=p.listed_country or p.country, lat=p.lat, lon=p.lon,
                geonames_id=p.geonames_id, mentions=[], admin1=p.admin1, precision=p.precision,
            ),
        )
        rec.mentions.append(Mention(text=pm.text, doc_id=document.id, start=pm.start, end=pm.end))
    return DocResult(
        document=document,
        sentences=sentences,
        events=list(doc._.events or []),
        figures=list(doc._.figures or []),
        quotes=list(doc._.quotes or []),
        entities=list(entities.values()),
        places=list(places.values()),
    )


def process_documents(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[DocResult]:
    """Document -> DocResult for each document, in order. Non-English documents pass through unextracted."""
    pending: list[Document] = []
    loaded: list[Language] = [nlp] if nlp is not None else []

    def flush() -> Iterator[DocResult]:
        if not pending:
            return
        if not loaded:  # load the model only when there is English text to run it on
            loaded.append(build_nlp())
        pipe = loaded[0]
        docs = (make_doc(pipe, d.text, d.id, d.reference_date) for d in pending)
        for document, doc in zip(pending, pipe.pipe(docs, batch_size=batch_size), strict=True):
            result = doc_result(document, doc)
            # The components' per-document tables and the extension values in ``doc.user_data`` hold Spans, which
            # hold the Doc: a cycle, so every finished Doc (its tables a list per token) outlived the young
            # collections and waited in the oldest generation for a full collection to walk and free it. Nothing
            # reads the Doc after its result: emptied, it is freed by reference counting when dropped.
            doc.user_data.clear()
            yield result
        pending.clear()

    for document in documents:
        if not is_extractable(document):
            yield from flush()
            yield DocResult(document=document, skipped_reason=f"language:{document.language}")
            continue
        pending.append(document)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def _worker_batch(documents: list[Document]) -> list[DocResult]:
    return list(process_documents(documents))


PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 0.5


def _die_with_parent(arm_pdeathsig: bool) -> None:
    """Pool worker initializer: end this worker when the process that started the pool dies.

    A kill -9 of the parent gives the pool no chance to shut down, and each orphaned worker holds a loaded
    model (~355 MB). On Linux the kernel sends SIGKILL at the parent's death (PR_SET_PDEATHSIG); everywhere,
    a daemon thread also polls the parent id, which changes when the parent dies and the worker is
    re-parented (that also covers the forkserver start method, whose server exits with the parent).
    The signal fires when the parent *thread* that forked us ends, so it is armed only for pools started
    from the main thread; a pool started from a worker thread relies on the watch alone.
    """
    parent = os.getppid()
    if arm_pdeathsig:
        _set_pdeathsig()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="sitroom-parent-watch", daemon=True).start()


def _set_pdeathsig() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl (musl oddities, sandboxes): the watch thread still works
        pass


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)  # no cleanup to do: results go to a parent that is gone


T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def process_parallel(
    documents: Iterable[Document], workers: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[DocResult]:
    """``process_documents`` over ``workers`` processes, results in input order, a batch at a time.

    Each worker loads the model once; batches are bounded so memory stays flat on long runs.
    """
    if workers <= 1:
        yield from process_documents(documents, batch_size=batch_size)
        return
    # Keep a bounded number of batches in flight: enough to keep every worker busy.
    in_flight = workers * 2
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from_main_thread = threading.current_thread() is threading.main_thread()
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent,
                             initargs=(from_main_thread,)) as pool:
        futures = []
        for chunk in chunked(documents, batch_size):
            futures.append(pool.submit(_worker_batch, chunk))
            if len(futures) >= in_flight:
                yield from futures.pop(0).result()
        for fut in futures:
            yield from fut.result()
