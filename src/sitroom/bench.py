"""Speed and memory, measured as ratios in one run (absolute numbers vary ±25 % between runs here).

- words/second of bare ``nlp.pipe`` with the pinned model vs the full sitroom extraction, same texts;
  the target is full ≥ 0.7 × bare;
- each pipeline component's share of the pipeline's time on the same texts (the entity resolver was
  once a timed test: kept here, where timings are read and not asserted);
- resident memory over a long run: RSS after a warm-up vs at the end (flat = no growth with corpus size).
"""

from __future__ import annotations

import gc
import os
import time
from typing import Any

from sitroom.annotate import build_nlp
from sitroom.models import Document
from sitroom.pipeline import process_documents
from sitroom.synth import wire_texts


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux /proc; 0.0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return 0.0


def _documents(texts: list[str]) -> list[Document]:
    return [
        Document(id=f"bench{i}", text=t, source_path=f"bench/{i}.txt", reference_date="2024-03-24", language="en")
        for i, t in enumerate(texts)
    ]


def run_bench(docs: int = 200, memory_docs: int = 0, repeats: int = 2) -> dict[str, Any]:
    texts = list(wire_texts(docs))
    words = sum(len(t.split()) for t in texts)
    bare = build_nlp(extract=False)
    full = build_nlp()
    # Warm both pipelines (lazy gazetteer loads, matcher compilation) before timing.
    list(bare.pipe(texts[:8]))
    list(process_documents(_documents(texts[:8]), nlp=full))

    best_bare = best_full = float("inf")
    for _ in range(repeats):  # interleaved, best of N: the fairest ratio on a noisy shared machine
        t0 = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=32):
            pass
        best_bare = min(best_bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _res in process_documents(_documents(texts), nlp=full):
            pass
        best_full = min(best_full, time.perf_counter() - t0)
    result: dict[str, Any] = {
        "documents": docs,
        "words": words,
        "bare_nlp_pipe_words_per_s": words / best_bare,
        "full_extraction_words_per_s": words / best_full,
        "ratio_full_to_bare": best_bare / best_full,
    }
    result["component_share"] = component_shares(full, texts)
    if memory_docs:
        result.update(memory_run(full, memory_docs))
    return result


def component_shares(nlp: Any, texts: list[str]) -> dict[str, float]:
    """Each pipeline component's fraction of the time spent running all of them over ``texts``."""
    seconds = dict.fromkeys(nlp.pipe_names, 0.0)
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            seconds[name] += time.perf_counter() - t0
    total = sum(seconds.values()) or 1.0
    return {name: spent / total for name, spent in seconds.items()}


def memory_run(nlp: Any, count: int) -> dict[str, Any]:
    """Process ``count`` generated documents, streaming; report RSS after warm-up and at the end."""
    warm = max(200, count // 10)
    start = end = 0.0
    for i, _res in enumerate(process_documents(
        (Document(id=f"m{i}", text=t, source_path="mem", reference_date="2024-03-24", language="en")
         for i, t in enumerate(wire_texts(count, seed=11))),
        nlp=nlp,
    )):
        if i == warm:
            gc.collect()
            start = rss_mb()
    gc.collect()
    end = rss_mb()
    return {"memory_documents": count, "rss_after_warmup_mb": start, "rss_at_end_mb": end,
            "rss_growth_mb": end - start}
