"""Capaian formulas a report states in its sentences, and for which indicators.

Reports say how they compute a lower-is-better indicator's capaian, often
indicator by indicator: "Untuk indikator Persentase Penduduk Miskin digunakan
rumus (2 − realisasi/target) × 100%, sedangkan untuk Tingkat Pengangguran
Terbuka digunakan rumus target/realisasi × 100%". A sentence is cut into
clauses (at a semicolon, *sedangkan*, *adapun*, *serta*, or a comma before
*dan*); a clause that writes exactly one formula states it for the indicators
named in it, and for the lower-is-better indicators as a whole when it says so
(*semakin rendah semakin baik*, *indikator negatif*). When such a clause lists
the indicators it means (after *yaitu*, *yakni* or *ialah*: "Untuk indikator
yang semakin kecil semakin baik, yaitu persentase PMKS dan jumlah aduan
masyarakat, capaian dihitung dengan rumus target dibagi realisasi"), the formula
is stated for those only, each named by its indicator's name or the first words
of it; *antara lain*, *seperti*, *misalnya* list examples, not all of them. A
*dan* in a list may be a word of a name ("persentase sarana dan prasarana
rusak"): the list is cut where its names name the report's rows. A list cut off
by the clause split ("yaitu A, dan B, capaian dihitung …") is read from the
clause it began in.

The formulas are written with the words *realisasi* and *target* (or
*rencana*), divided by ``/``, ``:`` or *dibagi*; brackets are optional. 2 −
realisasi / target is also written (2 × target − realisasi) / target, 1 +
(target − realisasi) / target and (target − (realisasi − target)) / target.

A clause may also state the rule for a target range: "capaian BOR 100% bila
realisasi berada dalam rentang nilai ideal" (or "bila realisasi berada dalam
rentang target, capaian 100%"). It holds for the indicators the clause names,
by their name or the short name in brackets after it (``Bed Occupancy Rate
(BOR)``), or for every indicator whose target is a range when the clause
speaks of them as a whole ("untuk indikator dengan target berupa rentang").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import ColumnRole, Report
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.text import sentences, words

__all__ = ["StatedFormulas", "stated_formulas"]

_R = r"realisasi"
_T = r"(?:target|rencana)"
_DIV = r"\s*(?:/|:|÷|dibagi(?:\s+dengan)?)\s*"
_MINUS = r"\s*[-−–—]\s*"
_PLUS = r"\s*\+\s*"
_TIMES = r"\s*(?:[x×*]\s*)?"
# NOTE: tried in this order at each place, so "2 − realisasi / target" is not read
# as the realisasi / target inside it
_FORMULAS = lazy(
    rf"(?P<two_minus>\b2{_MINUS}{_R}{_DIV}{_T}"
    rf"|\b2{_TIMES}{_T}{_MINUS}{_R}{_DIV}{_T}"
    rf"|\b1{_PLUS}{_T}{_MINUS}{_R}{_DIV}{_T}"
    rf"|\b{_T}{_PLUS}{_T}{_MINUS}{_R}{_DIV}{_T}"
    rf"|\b{_T}{_MINUS}{_R}{_MINUS}{_T}{_DIV}{_T})"
    rf"|(?P<inverse>\b{_T}{_DIV}{_R}\b)"
    rf"|(?P<standard>\b{_R}{_DIV}{_T}\b)",
    re.IGNORECASE,
)
_BRACKETS = str.maketrans("()[]{}", "      ")
# where a sentence's clauses part
_CLAUSE = lazy(
    r";|,\s*(?:dan|sedangkan|adapun|serta)\b|\b(?:sedangkan|adapun|serta)\b",
    re.IGNORECASE,
)
# a clause that speaks of the lower-is-better indicators as a whole
_LOWER = lazy(
    r"\b(?:semakin|makin)\s+(?:rendah|kecil|sedikit|turun)\s+(?:semakin|makin)\s+baik"
    r"|\b(?:indikator|polaritas)\s+negatif\b",
    re.IGNORECASE,
)
# a clause stating that a realisasi within a target range has met it: 100%
_IF = r"(?:bila|jika|apabila|kalau|selama)"
_WITHIN = (
    rf"{_IF}\s+(?:nilai\s+)?realisasi(?:nya)?\s+(?:\w+\s+){{0,2}}?"
    r"(?:di\s*)?(?:dalam|pada|masuk)\s+(?:\w+\s+)?(?:rentang|kisaran|range)\b"
)
_HUNDRED = r"\b100\s*(?:%|persen)"
_RANGE_MET = lazy(
    rf"{_HUNDRED}[^;]{{0,40}}?{_WITHIN}|{_WITHIN}[^;]{{0,80}}?{_HUNDRED}",
    re.IGNORECASE,
)
# a clause on the indicators whose target is a range, as a whole
_RANGED_ALL = lazy(
    r"\btarget(?:nya)?\s+(?:yang\s+)?(?:berupa|dalam\s+bentuk|berbentuk)\s+"
    r"(?:rentang|kisaran|range)\b",
    re.IGNORECASE,
)
_ABBREVIATION = lazy(r"\(\s*([A-Z][A-Za-z0-9]{1,9})\s*\)")
# the words that open an exhaustive list of the indicators meant
_LISTED = lazy(r"\b(?:yaitu|yakni|ialah)\b", re.IGNORECASE)
# where a list of names ends: a semicolon, or what is said of them
_LIST_END = lazy(r";|\b(?:capaian|rumus|dihitung|digunakan|menggunakan|diukur)\b", re.I)
# between the names of a list
_LIST_SEP = lazy(r",|\b(?:dan|serta)\b", re.IGNORECASE)
# words before a name that are no part of it
_LIST_LEAD = ("indikator", "untuk", "pada", "adalah")
# NOTE: a name must be this long (in words) to be looked for in a clause: one
# word ("Jumlah", "Capaian") names no indicator
_MIN_WORDS = 2
# the fewest first words of a name that may stand for it in a list
_MIN_START = 3


@dataclass(frozen=True)
class StatedFormulas:
    """The formulas a report's sentences state: per clause, and for its family."""

    clauses: tuple[tuple[str, str], ...]  # (" words of the clause ", formula)
    # the formula stated for lower-is-better indicators as a whole: none when
    # the clause lists the ones it means (those are in ``listed``)
    lower: str | None
    # the names a clause on lower-is-better indicators lists as all it means,
    # each with the formula it states for them
    listed: tuple[tuple[tuple[str, ...], str], ...] = ()
    # the clauses stating that a realisasi within a target range has met it
    # (100%), as words; and whether one says so of every range target
    ranged: tuple[str, ...] = ()
    ranged_all: bool = False

    def range_met(self, name: str) -> bool:
        """Whether the report states that ``name``'s realisasi within range is 100%.

        The indicator is named by its name (two words or more, as :meth:`of`
        looks for it) or by the short name in brackets after it (``BOR`` of
        ``Bed Occupancy Rate (BOR)``), or all are when a clause speaks of the
        indicators whose target is a range as a whole.
        """
        if self.ranged_all:
            return True
        if not self.ranged:
            return False
        needles = []
        named = words(re.sub(r"\([^)]*\)", " ", name))
        if len(named) >= _MIN_WORDS:
            needles.append(f" {' '.join(named)} ")
        needles += [f" {short.lower()} " for short in _ABBREVIATION.findall(name)]
        return any(n in text for n in needles for text in self.ranged)

    def of(self, name: str) -> str | None:
        """The formula stated for the indicator ``name``; None if none or several.

        The name is looked for as whole words in each clause that states a
        formula, without what it says in brackets (its unit: "(per 1.000 KH)").
        """
        named = words(re.sub(r"\([^)]*\)", " ", name))
        if len(named) < _MIN_WORDS:
            return None
        needle = f" {' '.join(named)} "
        found = {formula for text, formula in self.clauses if needle in text}
        return found.pop() if len(found) == 1 else None

    def listed_of(self, name: str) -> str | None:
        """The formula stated for the lower-is-better indicators listed, for ``name``.

        Among the names a clause lists, the first words of an indicator's name
        may stand for it, three at least ("jumlah aduan masyarakat" for "Jumlah
        aduan masyarakat terkait layanan sosial"; two words, "persentase
        sarana", are too general to name a longer name); None when none does, or
        two lists differ.
        """
        if not self.listed:
            return None
        named = tuple(words(re.sub(r"\([^)]*\)", " ", name)))
        found = {
            formula
            for item, formula in self.listed
            if named == item or (len(item) >= _MIN_START and named[: len(item)] == item)
        }
        return found.pop() if len(found) == 1 else None


@per_report
def stated_formulas(report: Report) -> StatedFormulas:
    """The capaian formulas the report's sentences state (read once per report)."""
    clauses: list[tuple[str, str]] = []
    lower: set[str] = set()
    listed: list[tuple[tuple[str, ...], str]] = []
    rows: frozenset[tuple[str, ...]] | None = None
    ranged: list[str] = []
    ranged_all = False
    for sentence in sentences(report):
        text = sentence.text.translate(_BRACKETS)
        if _RANGE_MET.search(text) is not None:
            for start, end in _clause_spans(text):
                clause = text[start:end]
                if _RANGE_MET.search(clause) is not None:
                    said = f" {' '.join(words(clause))} "
                    ranged.append(said)
                    # NOTE: "untuk BOR dan ALOS yang targetnya berupa rentang":
                    # those named, not every target that is a range
                    ranged_all = ranged_all or (
                        _RANGED_ALL.search(clause) is not None
                        and not _names_a_row(said, report)
                    )
        if _FORMULAS.search(text) is None:
            continue
        if rows is None:
            rows = _row_names(report)
        for start, end in _clause_spans(text):
            clause = text[start:end]
            stated = {m.lastgroup for m in _FORMULAS.finditer(clause)}
            if len(stated) != 1:
                continue
            formula = stated.pop()
            assert formula is not None
            clauses.append((f" {' '.join(words(clause))} ", formula))
            if formula == "standard":
                continue
            family = _LOWER.search(clause)
            if family is None:
                # NOTE: "…, yaitu A, dan B, capaian dihitung …": the list the
                # clauses were cut in runs on into this one
                names = _listed_before(text, start, rows)
                listed.extend((name, formula) for name in names)
                continue
            names = _names_listed(text, start + family.end(), rows)
            if names:
                listed.extend((name, formula) for name in names)
            else:
                lower.add(formula)
    return StatedFormulas(
        tuple(clauses),
        lower.pop() if len(lower) == 1 else None,
        tuple(listed),
        tuple(ranged),
        ranged_all,
    )


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """Where each clause of ``text`` starts and ends (:data:`_CLAUSE` parts them)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for found in _CLAUSE.finditer(text):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(text)))
    return spans


@per_report
def _row_texts(report: Report) -> frozenset[str]:
    """The names of the report's table rows as printed: indicator and label."""
    found: set[str] = set()
    for table in report.tables:
        col = table.column(ColumnRole.INDIKATOR)
        for row in table.data_rows():
            text = row.cells[col.cells[0]].text if col is not None else ""
            found.update(name for name in (text, table.label_of(row)) if name)
    return frozenset(found)


def _row_names(report: Report) -> frozenset[tuple[str, ...]]:
    """The names of the report's table rows, as words: indicator and label."""
    found: set[tuple[str, ...]] = set()
    for name in _row_texts(report):
        named = tuple(words(re.sub(r"\([^)]*\)", " ", name)))
        if len(named) >= _MIN_WORDS:
            found.add(named)
    return frozenset(found)


def _names_a_row(said: str, report: Report) -> bool:
    """Whether a clause's words (spaced) name a row: its name, or its short name."""
    names, shorts = _row_names(report), _row_shorts(report)
    return any(f" {' '.join(name)} " in said for name in names) or any(
        f" {short} " in said for short in shorts
    )


def _row_shorts(report: Report) -> frozenset[str]:
    """The short names in brackets the report's rows give (``BOR``), lower case."""
    return frozenset(
        short.lower()
        for name in _row_texts(report)
        for short in _ABBREVIATION.findall(name)
    )


def _names_row(item: tuple[str, ...], rows: frozenset[tuple[str, ...]]) -> bool:
    """Whether a listed name names a row (:meth:`StatedFormulas.listed_of`'s test)."""
    if item in rows:
        return True
    return len(item) >= _MIN_START and any(row[: len(item)] == item for row in rows)


def _listed_before(
    text: str, start: int, rows: frozenset[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """The names a list begun in an earlier clause gives, when it runs into this one.

    "Untuk indikator yang semakin kecil semakin baik, yaitu A, dan B, capaian
    dihitung dengan rumus …": the clauses were cut at ", dan", and the formula's
    clause holds only the list's end. The list is the one after the last
    lower-is-better family before ``start``, with no formula between them, when
    it ends (at what is said of the names) past ``start``.
    """
    family = None
    for found in _LOWER.finditer(text, 0, start):
        family = found
    if family is None or _FORMULAS.search(text[family.end() : start]) is not None:
        return []
    marker = _LISTED.search(text, family.end())
    if marker is None or marker.start() >= start:
        return []
    end = _LIST_END.search(text, marker.end())
    if end is None or end.start() < start:
        return []
    return _names_listed(text, family.end(), rows)


def _names_listed(
    text: str, at: int, rows: frozenset[tuple[str, ...]] = frozenset()
) -> list[tuple[str, ...]]:
    """The names listed right after ``at`` by *yaitu*, *yakni* or *ialah*, if any.

    The list runs to a semicolon or to what is said of the names (*capaian*,
    *rumus*, *dihitung* …), across the commas and *dan* between them; a name
    of one word is none. A *dan* (or *serta*) may be a word of a name
    ("persentase sarana dan prasarana rusak"): between two commas, the list is
    cut at the *dan* that leave the most names of ``rows`` (the report's row
    names), and at every one when no cut names more.
    """
    marker = _LISTED.search(text, at)
    if marker is None or text[at : marker.start()].strip(" ,") != "":
        return []
    end = _LIST_END.search(text, marker.end())
    names: list[tuple[str, ...]] = []
    for chunk in text[marker.end() : end.start() if end else len(text)].split(","):
        for item in _cut(chunk, rows):
            named = list(item)
            while named and named[0] in _LIST_LEAD:
                named = named[1:]
            if len(named) >= _MIN_WORDS:
                names.append(tuple(named))
    return names


# NOTE: past this many, a piece of a list is cut at every dan (2 ** n ways)
_MAX_JOINS = 6


def _cut(chunk: str, rows: frozenset[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A piece of a list between commas, cut into names at its *dan* and *serta*.

    Of the ways to cut it, the one whose names name the most rows; on a tie,
    the one with the most names (cut at every *dan*).
    """
    parts = _LIST_SEP.split(chunk)
    joins = _LIST_SEP.findall(chunk)
    if len(joins) > _MAX_JOINS or not rows:
        return [tuple(words(part)) for part in parts]
    best: tuple[tuple[int, int], list[tuple[str, ...]]] | None = None
    for mask in range(2 ** len(joins)):
        pieces: list[tuple[str, ...]] = []
        current = words(parts[0])
        for k, join in enumerate(joins):
            if mask >> k & 1:
                current = [*current, *words(join), *words(parts[k + 1])]
            else:
                pieces.append(tuple(current))
                current = words(parts[k + 1])
        pieces.append(tuple(current))
        score = (sum(_names_row(_lead_off(p), rows) for p in pieces), len(pieces))
        if best is None or score > best[0]:
            best = (score, pieces)
    assert best is not None
    return best[1]


def _lead_off(named: tuple[str, ...]) -> tuple[str, ...]:
    """A listed name without the words before it that are no part of it."""
    k = 0
    while k < len(named) and named[k] in _LIST_LEAD:
        k += 1
    return named[k:]
