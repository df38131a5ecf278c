"""Linking a rate or an index score quoted in a sentence to its indicator's row.

A rate (``78 per 100.000 kelahiran hidup``) or score (``mencapai 84,12``) read by
:mod:`lkjaudit.prose.rates` restates the realisasi or target of the indicator
the sentence names before it: only a row whose indicator the text names (to
three quarters of its words, an acronym of its name counting as the name: *IKM*
for *Indeks Kepuasan Masyarakat*) and whose unit fits. A rate fits a row in that
rate (the same base and, when both write it, the same counted thing: per 100.000
KH is no rate per 1.000 KH nor per 100.000 penduduk) or in no unit; a score fits
a row in no unit, a score's unit (*nilai*, *indeks*, *skor*, *poin*) or a rate,
never one in %, rupiah or a counted noun. The row's unit is read from its target
and realisasi cells, its Satuan, the indicator's name ("Angka Kematian Ibu (per
100.000 KH)") and last the column's header.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from lkjaudit.checks.quotes import Entity, ProseIndex, column_for, prose_index
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import ColumnRole, Report, Row, Table
from lkjaudit.model.values import Value
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.claims import FigureClaim
from lkjaudit.prose.rates import Base, rate_base
from lkjaudit.prose.text import tokens

__all__ = ["RowUnit", "acronyms", "fits", "rated_rows", "row_unit"]

R = ColumnRole

UnitKind = Literal["none", "rate", "score", "percent", "other"]
# the units of an index or score
_SCORE_UNITS = frozenset(
    {"nilai", "indeks", "index", "skor", "score", "poin", "point", "angka", "level"}
)
_PERCENT_UNITS = frozenset({"%", "persen", "prosen", "percent"})
# a name that says its indicator is a percentage ("Persentase …", "… (%)")
_PERCENT_NAME = lazy(r"^\W*(?:persentase|prosentase)\b|\(\s*%\s*\)", re.I)
_ASIDE = lazy(r"\(([^()]*)\)")
# an acronym as written in a sentence: "IKM", "AKI", "AKB"
_ACRONYM = lazy(r"\b[A-Z]{2,8}\b")
# the small words an acronym leaves out ("Indeks Pembangunan Manusia", "Angka
# Kematian Ibu dan Bayi")
_SMALL = frozenset(
    {"dan", "di", "ke", "dari", "yang", "pada", "untuk", "dengan", "serta", "atau"}
)


# a score after a colon: the words before it, back to the clause's start
_NAMED_BEFORE_COLON = lazy(r"([^:;]*):\s*$")


@dataclass(frozen=True)
class RowUnit:
    """What an indicator row counts in: a rate (with its base), a score, %, …."""

    kind: UnitKind
    base: Base | None = None


_NONE = RowUnit("none")


def _of_text(text: str) -> RowUnit | None:
    """The unit a Satuan cell or a value's unit word writes, None for nothing."""
    text = " ".join(text.split())
    if not text or text in ("-", "--"):
        return None
    base = rate_base(text)
    if base is not None:
        return RowUnit("rate", base)
    word = text.lower().strip(" .()")
    if word in _PERCENT_UNITS:
        return RowUnit("percent")
    if word in _SCORE_UNITS:
        return RowUnit("score")
    return RowUnit("other")


def _of_value(value: Value) -> RowUnit | None:
    base = rate_base(value.raw)
    if base is not None:
        return RowUnit("rate", base)
    if value.unit is None or value.number is None:
        return None
    return _of_text(value.unit)


def row_unit(table: Table, row: Row) -> RowUnit:
    """What an indicator row counts in, by its cells, Satuan, name and header."""
    cols = [c for c in (table.column(R.REALISASI), table.column(R.TARGET)) if c]
    for col in cols:
        if (found := _of_value(table.value(row, col))) is not None:
            return found
    satuan = table.column(R.SATUAN)
    if (
        satuan is not None
        and (found := _of_text(table.cell(row, satuan).text)) is not None
    ):
        return found
    name = table.indicator_of(row)
    base = rate_base(name)
    if base is not None:
        return RowUnit("rate", base)
    if _PERCENT_NAME.search(name):
        return RowUnit("percent")
    for col in cols:
        header = f"{col.header} {col.group}"
        if "%" in header or "persen" in header.lower():
            return RowUnit("percent")
    return _NONE


def fits(claim: FigureClaim, unit: RowUnit) -> bool:
    """Whether a rate or score may restate a figure of a row in this unit."""
    if claim.figure.kind == "score":
        return unit.kind in ("none", "score", "rate")
    if unit.kind == "none":
        return True
    base = rate_base(claim.figure.value.unit or "")
    if unit.kind != "rate" or base is None or unit.base is None:
        return False
    same = base.noun == unit.base.noun or not (base.noun and unit.base.noun)
    return base.number == unit.base.number and same


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).upper()


@per_report
def acronyms(report: Report) -> dict[str, str]:
    """The acronyms of the report's indicators, each with the one name it stands for.

    The initials of an indicator's words ("Angka Kematian Ibu": AKI; its small
    words left out or not), at least three letters, and an acronym its name
    writes in brackets ("Indeks Kepuasan Masyarakat (IKM)"). An acronym two
    names share stands for neither.
    """
    found: dict[str, set[str]] = {}
    for entity in prose_index(report).entities:
        if not (entity.indikator or entity.kind == "indikator"):
            continue
        name = entity.table.indicator_of(entity.row)
        plain = " ".join(_ASIDE.sub(" ", name).split())
        words = re.findall(r"[^\W\d_]+", plain)
        keys = {
            _initials(words),
            _initials([w for w in words if w.lower() not in _SMALL]),
        }
        keys = {k for k in keys if len(k) >= 3 and len(words) >= 3}
        keys |= {
            aside.strip()
            for aside in _ASIDE.findall(name)
            if _ACRONYM.fullmatch(aside.strip())
        }
        for key in keys:
            found.setdefault(key, set()).add(plain.lower())
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def _spelled(text: str, names: dict[str, str]) -> str:
    """A text with each indicator acronym in it followed by the name it stands for."""
    if not names:
        return text

    def spell(match: re.Match[str]) -> str:
        word = match.group(0)
        return f"{word} {names[word]}" if word in names else word

    return _ACRONYM.sub(spell, text)


def rated_rows(
    report: Report,
    index: ProseIndex,
    claim: FigureClaim,
    texts: tuple[str, ...],
    named: Callable[[Entity, frozenset[str]], bool],
) -> list[Entity]:
    """The indicator rows a rate or score restates a figure of.

    ``texts`` are the texts that may name the row, nearest first (for a figure
    after a colon, only the words before the colon); the first that names
    (``named``: the row's indicator, not its sasaran) rows with the claim's
    column gives them, with the rows of the same indicator in the other tables
    (a figure quoted as one copy prints it agrees with the report: copies that
    differ are reported apart), kept when their unit fits the figure. None: not
    judged.
    """

    def need(entity: Entity) -> bool:
        if claim.sub_unit and not claim.sub_unit <= entity.label | entity.indikator:
            return False  # NOTE: only the row of the sub-unit the claim names
        return column_for(entity.table, claim.metric) is not None

    named_before = _NAMED_BEFORE_COLON.search(claim.before)
    if named_before is not None:
        # NOTE: "Indeks Kepuasan Masyarakat: 84,21" names its row before the
        # colon, and only there: in "IKM per unit layanan: Puskesmas A: 78,2"
        # the figure is Puskesmas A's, no row's
        texts = (named_before.group(1),)
    names = acronyms(report)
    at = claim.sentence.near  # NOTE: the index measures nearness by near lines
    for text in texts:
        text = _spelled(text, names)
        words = tokens(text)
        found = [e for e in index.resolve(text, need, at=at) if named(e, words)]
        if found:
            rows = _copies(report, found, need)
            return [e for e in rows if fits(claim, row_unit(e.table, e.row))]
    return []


def _indicator(entity: Entity) -> frozenset[str]:
    return entity.indikator or entity.label


@per_report
def _by_indicator(report: Report) -> dict[frozenset[str], list[Entity]]:
    """The report's rows by the words of their indicator."""
    found: dict[frozenset[str], list[Entity]] = {}
    for entity in prose_index(report).entities:
        if entity.indikator or entity.kind == "indikator":
            found.setdefault(_indicator(entity), []).append(entity)
    return found


def _copies(
    report: Report, found: list[Entity], need: Callable[[Entity], bool]
) -> list[Entity]:
    """The rows found and the rows of the same indicators in other tables."""
    rows = list(found)
    copies = _by_indicator(report)
    for entity in found:
        for other in copies.get(_indicator(entity), []):
            if need(other) and not any(other is e for e in rows):
                rows.append(other)
    return rows
