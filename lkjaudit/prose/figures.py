"""Figures quoted in sentences: percentages, rupiah amounts and counts with a noun.

``79,67%``, ``79,67 persen``, ``Rp. 1.766.454.116``, ``Rp 2,4 miliar``,
``19 orang``, ``21 (dua puluh satu) Kecamatan``. Numbers that are parts of dates,
years, regulation numbers or NIPs are not figures: only a percentage, an amount
with ``Rp`` or a count followed by its noun is taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.values import Value, parse_value
from lkjaudit.prose.tails import tail_start

__all__ = ["Figure", "figures", "same_noun"]

# NOTE: "rate" and "score" are read apart (:mod:`lkjaudit.prose.rates`)
FigureKind = Literal["pct", "rp", "count", "rate", "score"]

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_SCALE = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12}
_PATTERN = lazy(
    rf"(?P<rp>\bRp\.?\s*(?P<rpnum>{_NUM})(?:\s*(?P<scale>ribu|juta|miliar|milyar|triliun)\b)?(?:,-)?)"
    rf"|(?P<pct>(?<![\d.,])(?P<pctnum>{_NUM})\s*(?:%|persen\b|prosen\b))"
    rf"|(?P<cnt>(?<![\w.,/-])(?P<cntnum>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d.,]\d)"
    r"(?:\s*\([a-z\s-]+\))?\s+(?P<noun>[A-Za-z]+))",
    re.IGNORECASE,
)


_DIGIT = lazy(r"\d")
# a number after these words names a year, a stage or a place in the report, not a
# count: "tahun 2023 sebanyak …", "TA 2024", "Tahap 2 mencapai …", "Tabel 3 berikut",
# "Nomor 53 Tahun 2014"
_NAMING = lazy(
    r"\b(?:tahun|th|ta|t\.a|periode|tahap|triwulan|tw|semester|bab|tabel|gambar|"
    r"grafik|lampiran|no|nomor|nomer|pasal|ayat)\.?\s*$",
    re.IGNORECASE,
)
# a bare year (1900-2099) is a count only of a noun counted in LKj reports
_YEAR = lazy(r"(?:19|20)\d\d")
COUNT_NOUNS = frozenset(
    {
        "orang", "jiwa", "pegawai", "asn", "pns", "pppk", "personil", "personel",
        "unit", "buah", "set", "paket", "desa", "kelurahan", "kecamatan", "dokumen",
        "berkas", "izin", "kegiatan", "program", "indikator", "sasaran", "laporan",
        "kali", "lembaga", "sekolah", "rumah", "kk", "titik", "lokasi", "ekor",
        "pelaku", "usaha", "peserta", "penduduk", "pasien", "kasus",
    }
)  # fmt: skip

# nouns that count the same things: people in *orang* or in *jiwa* (households,
# counted in KK, keluarga or rumah tangga, are other things)
_SAME = {"jiwa": "orang"}


def same_noun(one: str, other: str) -> bool:
    """Whether two count nouns (lower case) count the same things."""
    return _SAME.get(one, one) == _SAME.get(other, other)


@dataclass(frozen=True)
class Figure:
    """One figure in a sentence and where it stands in the sentence text."""

    kind: FigureKind
    value: Value  # parsed the way table cells are (number, decimals, unit)
    noun: str | None  # the counted noun, lower case ("orang", "program")
    start: int
    end: int
    raw: str
    # NOTE: the power of ten of the last digit printed: -2 for "92,38%", 8 for
    # "Rp 2,4 miliar" (a figure stands for every number that rounds to it)
    place: int = 0

    @property
    def number(self) -> Decimal:
        """The figure's number (never None for a figure)."""
        assert self.value.number is not None
        return self.value.number


def _rp(match: re.Match[str]) -> tuple[Value, int] | None:
    """A rupiah amount and the power of ten of its last printed digit."""
    body = match.group("rpnum")
    scale = match.group("scale")
    value = parse_value(f"Rp {body}")
    if value.number is None:
        return None
    if scale:
        power = _SCALE[scale.lower()]
        number = value.number.scaleb(power)
        scaled = Value(raw=match.group(0), kind=value.kind, number=number, unit="rp")
        return scaled, power - value.decimals
    return value, -value.decimals


def figures(text: str) -> list[Figure]:
    """Every figure in a sentence, left to right."""
    return list(_figures(text))


# NOTE: a sentence is read for its figures more than once (its claims, then its
# rates and scores: :mod:`lkjaudit.prose.rates`)
@lru_cache(maxsize=4096)
def _figures(text: str) -> tuple[Figure, ...]:
    found: list[Figure] = []
    if not _DIGIT.search(text):
        return ()
    for match in _PATTERN.finditer(text):
        value: Value | None
        if match.group("rp"):
            amount = _rp(match)
            value, place = amount if amount is not None else (None, 0)
            kind: FigureKind = "rp"
            noun = None
        elif match.group("pct"):
            value = parse_value(match.group("pctnum") + "%", True)
            kind, noun, place = "pct", None, -value.decimals
        else:
            noun = match.group("noun").lower()
            if not _count(text, match, noun):
                continue
            value = parse_value(f"{match.group('cntnum')} {match.group('noun')}")
            kind, place = "count", -value.decimals
        if value is None or value.number is None:
            continue
        found.append(
            Figure(kind, value, noun, match.start(), match.end(), match.group(0), place)
        )
    return tuple(found)


def _count(text: str, match: re.Match[str], noun: str) -> bool:
    """Whether a number before a word counts it: not a year, a stage or a number.

    "tahun 2023 sebanyak …", "Tahap 2 mencapai …" and "Tabel 3 berikut" name a
    year, a stage and a table; a bare 2023 is a year unless a counted noun follows
    it ("2023 orang").
    """
    # NOTE: the naming word is the last run of words before the number: searched
    # from its start, not the sentence's (a long sentence cost its length squared)
    if _NAMING.search(text, tail_start(text, match.start(), 1), match.start()):
        return False
    return not (_YEAR.fullmatch(match.group("cntnum")) and noun not in COUNT_NOUNS)
