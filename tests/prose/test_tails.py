"""Searching from a sentence's last words finds what a search of all of it finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkjaudit.prose import claims
from lkjaudit.prose.tails import found_before, last_pieces, runs_start, tail_start
from lkjaudit.prose.text import CLAUSES, CONTRAST

# the words the anchored patterns hold, and others, so that matches are frequent
_WORDS = [
    "sisa",
    "sisanya",
    "kurang",
    "target",
    "capaian",
    "sebesar",
    "sekitar",
    "hanya",
    "lagi",
    "dari",
    "naik",
    "lebih",
    "tinggi",
    "rendah",
    "tidak",
    "di",
    "atas",
    "paling",
    "sedikit",
    "hampir",
    "rumus",
    "dibagi",
    "dikali",
    "x",
    "×",
    "mencapai",
    "sesuai",
    "dengan",
    "melampaui",
    "realisasi",
    "anggaran",
    "belanja",
    "modal",
    "pagu",
    "dana",
    "yang",
    "telah",
    "dialokasikan",
    "digunakan",
    "untuk",
    "berupa",
    "alokasi",
    "Program",
    "Kegiatan",
    "Keuangan",
    "Desa",
    "kegiatan",
    "sedangkan",
    "namun",
    "95,5%",
    "Rp",
    "1.000",
    "12",
    "orang",
    ",",
    ";",
    ":",
    "(",
    "besar",
]
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=120).map(" ".join)


def _naive_keyword(text: str) -> re.Match[str] | None:
    found = None
    for match in claims._KEYWORD.finditer(text):
        reached = (
            match.lastgroup == "target"
            and claims._REACHED.search(text, 0, match.start()) is not None
            and not claims._LABEL_END.fullmatch(text, match.end())
        )
        if not (claims._in_name(text, match) or reached):
            found = match
    return found


_LONG = "Program Keuangan Desa dan realisasi anggaran sebesar 95,5% , " * 4


@settings(max_examples=150, deadline=None)
@given(_TEXTS, st.integers(0, 2_000))
# a target reached, and one labelling the figure after it ("target sebesar")
@example(f"{_LONG}capaian mencapai target sebesar", -1)
@example(f"{_LONG}capaian mencapai target , sisa 12 orang", -1)
# a name's keyword far back, and a keyword split by the end of the text
@example(f"{_LONG}dana yang dialokasikan untuk Program Kegiatan Keuangan", -1)
@example(f"{_LONG}penyerapan anggaran", len(_LONG) + 14)
# phrases of several words: a bound, a gap, a change, a formula
@example(f"{_LONG}tidak lebih besar dari Rp", -1)
@example(f"{_LONG}sisanya target sebesar hanya lagi dari target", -1)
@example(f"{_LONG}lebih tinggi sebesar sekitar hanya", -1)
@example(f"{_LONG}rumus realisasi dibagi target dikali", -1)
def test_anchored_searches_from_the_last_words_find_the_same(
    text: str, at: int
) -> None:
    end = len(text) if at < 0 else at % (len(text) + 1)
    head = text[:end]
    for pattern, start in (
        (claims._BOUND_BEFORE, tail_start(text, end, 5)),
        (claims._OPERAND, tail_start(text, end, 1)),
        (claims._REACHED, tail_start(text, end, 2)),
        (claims._GAP_BEFORE, runs_start(text, end, claims._GAP_FILLER, 1)),
        (claims._CHANGE_BEFORE, runs_start(text, end, claims._CHANGE_FILLER, 2)),
    ):
        whole = pattern.search(head)
        part = pattern.search(text, start, end)
        assert (whole and whole.span()) == (part and part.span()), pattern.pattern
    for pattern in (claims._USE, claims._ALLOCATING):
        assert found_before(pattern, text, end, 6) == bool(pattern.search(head))
    for pattern in (CLAUSES, CONTRAST, claims._CLAUSE_END):
        pieces = pattern.split(head)
        assert last_pieces(pattern, text, end, 1, blank=True) == pieces[-1:]
        assert (
            last_pieces(pattern, text, end, 2) == [p for p in pieces if p.strip()][-2:]
        )
    assert (
        claims._own_clause(head)
        == CONTRAST.split(claims._OWN_CLAUSE.split(head)[-1])[-1]
    )
    naive = _naive_keyword(head)
    found = claims._keyword_before(text, end)
    assert (naive and (naive.span(), naive.lastgroup)) == (
        found and (found.span(), found.lastgroup)
    )
