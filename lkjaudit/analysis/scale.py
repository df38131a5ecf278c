"""Rupiah printed in thousands or millions: the scale a table states for its money.

A budget table may print ``38.650`` for Rp 38.650.000 when a column header
(``Anggaran (Rp ribu)``), the caption (``Tabel 3.4 Realisasi Anggaran (dalam ribuan
rupiah)``) or a note printed just above or below it (``(dalam jutaan rupiah)``,
``dalam Rp. 000``) says so. The scale is the power of ten a printed figure stands
for: 3 for thousands, 6 for millions. Nothing is assumed when nothing is stated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lkjaudit.model.lazyre import lazy

__all__ = ["header_scale", "in_rupiah", "is_scale_note", "stated_scale"]

_POWERS = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12}
_WORD = r"(ribu|juta|miliar|milyar|triliun)(?:an)?"
# NOTE: a scale word before a unit of its own ("ribu ton", "dalam ribuan jiwa")
# counts that unit, not rupiah
_SCALE = rf"{_WORD}\b(?!\s+(?!(?:rupiah|rp)\b)[a-z])"
# NOTE: "Rp 000" (and "Rp. 000.000") is how budget tables write "in thousands"; a
# real amount never has a group of zeros right after the currency
_ZEROS = lazy(r"\brp\.?\s*(?P<zeros>000(?:\.000)*)(?![\d.,]*\d)", re.IGNORECASE)
# a header is the column's own: any scale word in it counts, unless a unit of its
# own follows ("Realisasi (ribu ton)")
_HEADER = lazy(rf"\b{_SCALE}", re.IGNORECASE)
# a caption or a note says more than its scale, so only these forms count: "dalam
# ribuan rupiah", "dalam Rp juta", "(juta rupiah)", "(Rp ribu)", "(jutaan)", "Ket:
# ribuan rupiah"; "ratusan juta rupiah" in a sentence is an amount, not a scale
_STATED = lazy(
    rf"\bdalam\s+(?:satuan\s+)?(?:rp\.?\s*)?{_SCALE}"
    rf"|(?:^|[:(])\s*{_WORD}\s+(?:rupiah|rp)\b"
    rf"|\(\s*(?:rp\.?\s*)?{_WORD}\s*(?:rupiah)?\s*\)",
    re.IGNORECASE,
)
_RUPIAH = lazy(r"\b(?:rp|rupiah)\b", re.IGNORECASE)
_YEAR = lazy(r"\b(?:19|20)\d{2}\b")


def _power(match: re.Match[str]) -> int:
    if "zeros" in match.re.groupindex:
        return 3 * (match.group("zeros").count(".") + 1)
    word = next(w for w in match.groups() if w)
    return _POWERS[word.lower()]


@lru_cache(maxsize=1024)
def header_scale(text: str) -> int:
    """The scale a money column's own header names (``Anggaran (Rp ribu)``), or 0."""
    found = _HEADER.search(text) or _ZEROS.search(text)
    return _power(found) if found else 0


def in_rupiah(header: str) -> bool:
    """Whether a header says its figures are rupiah.

    "(Rp)", "(ribuan rupiah)", "(Rp juta)", "(ribu)" do; "(ribu ton)", a quantity
    in thousands, does not.
    """
    return bool(_RUPIAH.search(header) or header_scale(header))


@lru_cache(maxsize=1024)
def stated_scale(text: str | None) -> int:
    """The scale a caption or a table note states for its rupiah, or 0.

    Only an explicit statement counts: "(dalam ribuan rupiah)", "dalam Rp. 000",
    "(Rp juta)"; a caption that merely mentions an amount ("Rp 5 juta") does not.
    """
    if not text:
        return 0
    found = _STATED.search(text) or _ZEROS.search(text)
    return _power(found) if found else 0


def is_scale_note(text: str) -> bool:
    """A short line that only states the scale of a table's figures.

    "(dalam ribuan rupiah)", "Keterangan: dalam jutaan rupiah", "Sumber: DPA 2024
    (Rp 000)": one line of at most twelve words, stating a scale and quoting no
    figure.
    """
    text = text.strip()
    if not text or "\n" in text or len(text) > 120 or len(text.split()) > 12:
        return False
    if not stated_scale(text):
        return False
    rest = _ZEROS.sub("", _YEAR.sub("", text))
    return not any(ch.isdigit() for ch in rest)
