"""Small, format-independent judgements about single cells and rows."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Cell
from lkjaudit.model.values import ValueKind, parse_value

__all__ = [
    "HEADER_WORDS",
    "cell_type",
    "is_header_like",
    "is_numbering_row",
    "is_unit_row",
    "is_unit_text",
    "norm",
    "signature",
    "text_type",
]

HEADER_WORDS = lazy(
    r"\b(?:no|nomor|program|kegiatan|sub|sasaran|tujuan|indikator|target|realisasi|"
    r"capaian|anggaran|pagu|alokasi|biaya|sisa|jumlah|total|uraian|kondisi|baik|"
    r"rusak|keterangan|ket|satuan|unit|pendidikan|golongan|status|pns|cpns|tkb|"
    r"pppk|tahun|triwulan|tw|efisiensi|kinerja|formulasi|eselon|diklat|jenis|nama|"
    r"barang|dana|keuangan|persentase|nilai|kode|misi|urusan|output|outcome|"
    r"laki|perempuan|kepegawaian|tingkat|bidang|renja|dpa|rp)\b|%",
    re.IGNORECASE,
)
_GROUPED = lazy(r"\d\.\d{3}(?!\d)")
# two groups of thousands at least: a figure of millions
_MILLIONS = lazy(r"\d\.\d{3}\.\d{3}(?!\d)")
_YEAR = lazy(r"^(?:19|20)\d{2}$")
_NUMBERING = lazy(r"^\(?(\d{1,2})\)?(?:\s*=\s*(.+))?$")
_UNIT_PAREN = lazy(r"^\(?\s*(?:rp\.?|%|rupiah|persen|\w{1,8})\s*\)?$", re.I)

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_NUMBER, _DASH, _MALFORMED = ValueKind.NUMBER, ValueKind.DASH, ValueKind.MALFORMED
_RANGE = ValueKind.RANGE


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Lower case, letters and digits only, single spaces."""
    return " ".join(re.findall(r"[0-9a-z%]+", text.lower()))


def signature(cells: list[Cell]) -> str:
    """A row's text without layout, for spotting a repeated header."""
    return "|".join(norm(c.text) for c in cells if c.text)


def is_numbering_row(cells: list[Cell]) -> bool:
    """True for a column-number row such as ``1 2 3 4 5 6=5/4 7``."""
    texts = [c.text for c in cells if c.text]
    if len(texts) < 3:
        return False
    numbers = []
    for text in texts:
        match = _NUMBERING.match(text.replace(" ", ""))
        if not match:
            return False
        numbers.append(int(match.group(1)))
    return numbers[0] in (0, 1, 2) and all(
        b > a for a, b in itertools.pairwise(numbers)
    )


def is_unit_row(cells: list[Cell]) -> bool:
    """True for a header row that only names units: ``(Rp.) (Rp.) (Rp.)``."""
    texts = [c.text for c in cells if c.text]
    return bool(texts) and all(
        t.startswith("(") and _UNIT_PAREN.match(t) for t in texts
    )


def is_header_like(cells: list[Cell]) -> bool:
    """True when a row reads as a header: words only, and header vocabulary."""
    texts = [c.text for c in cells if c.text]
    if not texts:
        return False
    for text in texts:
        value = parse_value(text)
        if value.kind in (_NUMBER, _MALFORMED, _RANGE) and not _YEAR.match(text):
            return False
        if value.kind == _DASH and len(texts) > 1:
            return False
    return any(HEADER_WORDS.search(t) for t in texts)


# NOTE: a unit starts with a letter; the rest, word characters, slashes, spaces,
# dots and hyphens
_UNIT_WORDS = lazy(r"[A-Za-z][\w/ .\-]*")


@lru_cache(maxsize=4096)
def is_unit_text(text: str) -> bool:
    """True for a short unit such as ``%``, ``‰``, ``dokumen`` or ``orang/ bulan``."""
    # NOTE: memoised: a unit column repeats a few words down every row, and the
    # column typing reads each row's unit again
    if not text or len(text) > 30:
        return False
    if text in ("%", "‰"):
        return True
    if any(ch.isdigit() for ch in text):
        return False
    return len(text.split()) <= 3 and _UNIT_WORDS.fullmatch(text) is not None


def cell_type(cell: Cell) -> str:
    """Classify a cell for alignment and column typing.

    One of ``empty``, ``dash``, ``money``, ``pct``, ``qty``, ``num``, ``unit``,
    ``text``, ``bad`` (malformed number), ``fused`` (several numbers).
    """
    return text_type(cell.text)


@lru_cache(maxsize=65536)
def text_type(text: str) -> str:
    """:func:`cell_type` of a cell's text."""
    if not text:
        return "empty"
    value = parse_value(text)
    kind = value.kind
    if kind == _DASH:
        if value.unit is None or value.unit == "rp":
            # NOTE: "Rp -", an accounting format's zero, is a dash in rupiah
            return "dash"
        return "pct" if value.unit == "%" else "qty"
    if kind == _MALFORMED:
        return "bad"
    if kind == _RANGE:
        # NOTE: a target range ("60 - 85 %", "≥ 80") is typed as the figures it spans
        return "pct" if value.unit == "%" else ("qty" if value.unit else "num")
    if kind == _NUMBER:
        if len(value.parts) > 1:
            return "fused"
        if value.unit == "rp":
            return "money"
        if value.unit == "%":
            return "pct"
        if value.unit:
            return "qty"
        number = value.number
        if number is not None and abs(number) >= 10000 and value.decimals == 0:
            return "money"
        if number is not None and _GROUPED.search(text) and value.decimals == 0:
            return "money"
        if value.decimals == 2 and _MILLIONS.search(text):
            # NOTE: rupiah and sen, as accounting exports print them; a measure
            # with two decimals ("12.500,50" ha, "64.200,50" ton) is no money
            return "money"
        return "num"
    if is_unit_text(text):
        return "unit"
    return "text"
