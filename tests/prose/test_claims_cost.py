"""Reading the claims of a sentence costs its length, however many figures it has."""

from __future__ import annotations

import gc
import time

from lkjaudit.model.report import Paragraph, Report
from lkjaudit.prose.claims import read_claims

# six figures: a capaian, a realised amount and its share, a staff count, a
# target reached and a gap (no claim)
_UNIT = (
    "capaian Indikator Kinerja sebesar 95,50% dari target, realisasi anggaran "
    "Rp 1.234.000 atau 90,10%, sebanyak 12 orang PNS dan target 80% tercapai, "
    "sisa 3,5% serta "
)
_FIGURES = 6


def _metrics(units: int, opening: str) -> tuple[float, list[str]]:
    text = f"{opening} pada tahun 2024 {_UNIT * units}selesai."
    report = Report(
        source="t.txt", format="text", paragraphs=[Paragraph(text=text, line=1)]
    )
    gc.disable()  # NOTE: a collection's cost is the heap's, not the sentence's
    try:
        start = time.process_time()
        claims = read_claims(report)
        seconds = time.process_time() - start
    finally:
        gc.enable()
    assert len(claims.sentences) == 1
    return seconds, [c.metric for c in claims.figures]


def test_a_sentence_of_many_figures_is_read_in_time_linear_in_its_length() -> None:
    # before each figure the text before it was searched again from the start, a
    # cost of the sentence's length squared (2,000 figures took minutes). Four
    # times the figures must cost well under the sixteen times a square would:
    # measured 7-9 (some slicing of the text before a figure is still copied)
    _, one = _metrics(1, "Kinerja")  # NOTE: also compiles the lazy patterns
    small, large = 1000 // _FIGURES, 4000 // _FIGURES
    times = {}
    for units in (small, large):
        runs = [_metrics(units, word) for word in ("Secara umum", "Dengan demikian")]
        times[units] = min(seconds for seconds, _ in runs)
        metrics = runs[0][1]
        # every unit after the first reads as the first does on its own
        assert len(metrics) == len(one) * units
        assert metrics[len(one) :] == one * (units - 1)
    ratio = times[large] / times[small]
    assert ratio < 12.0, (times, ratio)
