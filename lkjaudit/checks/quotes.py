"""Linking a sentence to the table rows it talks about, by meaning.

A sentence names its subject: an ordinal (``sasaran kedua``), a name
(``program Pembinaan dan Pengawasan Pemerintahan Desa``), an indicator
(``persentase desa yang menetapkan LPPDes tepat waktu``), a staff or asset row
(``S1``, ``golongan ruang III``, ``kendaraan roda dua``) or a category column
(``PNS``, ``kondisi baik``). Rows are found by the share of their name's words
the sentence contains, never by a table number. A sentence without a subject of its
own continues the subject of the sentence before it in the same paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, pairwise
from operator import itemgetter
from typing import Generic, TypeVar

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import split_code
from lkjaudit.model.report import (
    Column,
    ColumnRole,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.claims import ProseClaims
from lkjaudit.prose.outline import toc_tables
from lkjaudit.prose.owners import before_unit
from lkjaudit.prose.position import table_near
from lkjaudit.prose.rates import with_rates
from lkjaudit.prose.text import tokens

__all__ = ["Entity", "ProseIndex", "prose_index"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_DATA, _TOTAL = RowKind.DATA, RowKind.TOTAL

_ORDINALS = {
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
}
_ORDINAL = lazy(
    r"\b(?P<kind>sasaran|program|kegiatan|tujuan|indikator)(?:\s+strategis)?\s+"
    r"(?:ke[-\s]?)?(?P<n>pertama|kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|"
    r"kedelapan|\d{1,2})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Entity:
    """A row a sentence can talk about."""

    table: Table = field(repr=False)
    row: Row = field(repr=False)
    kind: str  # sasaran, program, kegiatan, sub_kegiatan, tujuan, indikator, item, row
    ordinal: int  # position among the table's entities of that kind
    label: frozenset[str]
    indikator: frozenset[str]
    # the other names its name or indicator gives in brackets, by which a sentence
    # may name it alone: a short name ("(BPHTB)": "Realisasi BPHTB sebesar …"), a
    # name in another language ("(Net Death Rate/NDR)")
    alias: tuple[frozenset[str], ...] = ()


def _table_kind(table: Table) -> str:
    """What the rows of a table without a tree are, from its name column's header."""
    col = table.column(R.URAIAN)
    header = (col.header if col else "").lower()
    if TableKind.STAFF in table.kinds or TableKind.ASSETS in table.kinds:
        return "item"
    if col is None and table.column(R.INDIKATOR) is not None:
        return "indikator"  # NOTE: a table that names its rows by indicator only
    if "sasaran strategis" in header:
        return "sasaran"
    if "program" in header:
        return "program"
    for kind in ("sasaran", "kegiatan", "tujuan", "indikator"):
        if kind in header:
            return kind
    # NOTE: rows of another table (kinds of spending, sources of funds) are named
    # as a program is, in full; "item" is only for staff and asset rows, whose
    # short names are matched apart
    return "row"


def _entities(report: Report) -> list[Entity]:
    skip = toc_tables(report)
    found: list[Entity] = []
    # NOTE: a long report repeats its names across tables: each distinct text is
    # read into words once per report (no bounded cache to outgrow)
    names: dict[tuple[str, bool], frozenset[str]] = {}
    for table in report.tables:
        if table.id not in skip and table.columns:
            found.extend(_table_entities(table, names))
    return found


def _table_entities(
    table: Table, names: dict[tuple[str, bool], frozenset[str]]
) -> Iterator[Entity]:
    counters: dict[str, int] = {}
    plain = _table_kind(table)
    col = table.column(R.INDIKATOR)
    indikator = col.cells[0] if col is not None else None  # NOTE: found once
    labels: dict[int, str] = {}  # an entity's name, by its first row
    for row in table.rows:
        if row.kind == _TOTAL:
            continue
        own = table.entity_row(row)
        # NOTE: an enum's value read through its property costs a call per row
        kind = own.level._value_ if own.level is not None else plain
        if row.kind == _DATA:
            counters[kind] = counters.get(kind, 0) + 1
        # NOTE: an item's aside tells it apart ("Non ASN (PPPK dan honorer)")
        item = kind == "item"
        # NOTE: a name is the same with or without the official code before it
        text = labels.get(id(own))
        if text is None:
            text = labels[id(own)] = split_code(table.label_of(own))[1]
        label = names.get((text, item))
        if label is None:
            label = names[text, item] = tokens(text) if item else _name_tokens(text)
        named = text
        text = row.cells[indikator].text if indikator is not None else ""
        ind = names.get((text, item))
        if ind is None:
            ind = names[text, item] = tokens(text) if item else _name_tokens(text)
        alias = _alias(f"{named} {text}") if not item and "(" in named + text else ()
        yield Entity(table, row, kind, counters.get(kind, 0), label, ind, alias)


_ASIDE = lazy(r"\([^()]*\)")
# in brackets after a name: other names for it, apart by "/" or ";"
_BRACKETS = lazy(r"\(([^()]*)\)")
# a short name: letters in capitals, perhaps with digits or a hyphen ("BPHTB",
# "PBB-P2", "BOR"), not a unit ("Rp", "%")
_ACRONYM = lazy(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?")
# a name in words, each capitalised ("Net Death Rate", "Bed Occupancy Rate")
_GLOSS = lazy(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,4}")


def _alias(text: str) -> tuple[frozenset[str], ...]:
    """The other names a row's name or indicator gives in brackets.

    Each short name (two capitals at least, ten characters at most) when the
    text gives one only, and each name in capitalised words: "Angka Kematian
    Bersih (Net Death Rate/NDR)" is also "Net Death Rate" and "NDR".
    """
    shorts: set[str] = set()
    glosses: list[frozenset[str]] = []
    for inside in _BRACKETS.findall(text):
        for part in re.split(r"[/;]", inside):
            part = part.strip()
            if _ACRONYM.fullmatch(part) and len(part) <= 10:
                if sum(ch.isupper() for ch in part) >= 2:
                    shorts.add(part)
            elif _GLOSS.fullmatch(part) and (words := tokens(part)):
                glosses.append(words)
    found = [tokens(shorts.pop())] if len(shorts) == 1 else []
    return tuple(dict.fromkeys(w for w in [*found, *glosses] if w))


def _name_tokens(name: str) -> frozenset[str]:
    """The words a sentence must cover to name a row, without a name's aside.

    "Waktu tanggap (response time) penanganan kejadian bencana": a sentence saying
    "waktu tanggap penanganan kejadian bencana" names it in full; the words in
    brackets (a gloss, an abbreviation) are not required. Staff and asset rows
    keep theirs: their names are short, and the aside may be what tells them apart.
    """
    if "(" not in name:
        return tokens(name)
    return tokens(_ASIDE.sub(" ", name)) or tokens(name)


def _coverage(
    name: frozenset[str], words: frozenset[str], short: bool
) -> tuple[float, int]:
    if not name:
        return 0.0, 0
    hits = len(name & words)
    cov = hits / len(name)
    if cov >= 0.75 and (hits >= 2 or (short and hits == len(name))):
        return cov, hits
    return 0.0, 0


# NOTE: when a name fits rows in many tables (a generated report repeats its
# tables), only the rows of the tables nearest the sentence are kept.
NEAREST_TABLES = 6
# NOTE: a sentence is matched first against the rows of the WINDOW tables nearest
# it, and against the whole report only when none of them names it in full. A report
# of ordinary length has fewer tables than that and is searched whole at once; in a
# very long, repetitive one most sentences stay within their window instead of
# being scored against every copy of every name.
WINDOW = 32

_Key = tuple[str, frozenset[str], frozenset[str], tuple[frozenset[str], ...]]


def _names(key: _Key) -> tuple[frozenset[str], ...]:
    """A group's names: its label, its indicator and its other names."""
    return (key[1], key[2], *key[3])


T = TypeVar("T")


class _Postings(Generic[T]):
    """Items filed under their tables' positions, to take those of a window."""

    __slots__ = ("_items", "_pos", "nested")

    def __init__(self) -> None:
        self._pos: list[int] = []
        self._items: list[T] = []
        # NOTE: whether some item is a row with a parent or children in its tree
        self.nested = False

    @classmethod
    def of(cls, pairs: list[tuple[int, T]]) -> _Postings[T]:
        """Postings of (position, item) pairs already in position order."""
        postings: _Postings[T] = cls()
        postings._pos = [pos for pos, _ in pairs]
        postings._items = [item for _, item in pairs]
        return postings

    def add(self, pos: int, item: T) -> None:
        # NOTE: filled in document order, so positions never decrease
        self._pos.append(pos)
        self._items.append(item)

    def positions(self) -> list[int]:
        """The distinct table positions items are filed under, in order."""
        # NOTE: positions never decrease: the distinct ones are already in order
        return list(dict.fromkeys(self._pos))

    def within(self, lo: int, hi: int) -> list[T]:
        """The items of tables at positions lo ≤ p < hi, in document order."""
        pos = self._pos
        if lo <= 0 and (not pos or pos[-1] < hi):
            return self._items
        return self._items[bisect_left(pos, lo) : bisect_left(pos, hi)]


def _word_postings(groups: dict[_Key, _Postings[Entity]]) -> dict[str, _Postings[_Key]]:
    """The groups each indexed word names, filed under the tables they have rows in.

    Prefix filtering: a name matches only when the text holds at least three
    quarters of its words, so a matching text must hold one of the name's (missing
    allowed + 1) rarest words. Only those are indexed, and a sentence full of common
    words ("pelayanan", "kegiatan") touches few groups. Each word files a group once
    per table the group has rows in; a word's groups are in table order, those of a
    table in the order the groups first appear.
    """
    counts = Counter(
        chain.from_iterable(name for key in groups for name in _names(key))
    )
    # NOTE: many groups share a label or an indicator: each name's rarest words are
    # ranked once (the counts are final by now)
    rarest: dict[frozenset[str], list[str]] = {}
    filed: dict[str, list[tuple[int, _Key]]] = {}
    for key, members in groups.items():
        indexed: set[str] = set()
        for name in _names(key):
            words = rarest.get(name)
            if words is None:
                keep = len(name) - (3 * len(name) + 3) // 4 + 1
                ranked = sorted(sorted(name), key=counts.__getitem__)
                words = rarest[name] = ranked[:keep]
            indexed.update(words)
        pairs = [(pos, key) for pos in members.positions()]
        for word in indexed:
            found = filed.get(word)
            if found is None:
                filed[word] = found = []
            found.extend(pairs)
    postings: dict[str, _Postings[_Key]] = {}
    for word, pairs in filed.items():
        pairs.sort(key=itemgetter(0))  # stable: a table's groups keep their order
        postings[word] = _Postings.of(pairs)
    return postings


class ProseIndex:
    """The entities of a report's tables, and the report's claims.

    Entities with the same kind and words are scored once (a group); a word index
    finds the groups a text shares words with, among the tables near the text, so
    resolving costs what the text's words touch, not the size of the report.
    """

    def __init__(
        self,
        entities: list[Entity],
        claims: ProseClaims,
        tables: list[Table],
        starts: dict[str, int],
    ):
        self.entities = entities
        self.claims = claims
        self.tables = tables  # data tables (the table of contents left out)
        self._at = starts  # the near line each table starts on, by id
        self._pos = {id(t): k for k, t in enumerate(tables)}  # NOTE: ids may repeat
        self._groups: dict[_Key, _Postings[Entity]] = {}
        # NOTE: few sentences name a row by its ordinal: filed on the first that does
        self._ordinals: dict[tuple[str, int], _Postings[Entity]] | None = None
        groups = self._groups
        for pos, entity in self._placed():
            key = (entity.kind, entity.label, entity.indikator, entity.alias)
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Postings()
            group.add(pos, entity)
            if not group.nested:
                own = entity.table.entity_row(entity.row)
                group.nested = own.parent is not None or bool(own.children)
        self._postings = _word_postings(self._groups)
        # the groups a text's words name in a window, scored (see _scored)
        self._scores: dict[
            tuple[frozenset[str], bool, int, int],
            list[tuple[tuple[float, int], _Postings[Entity]]],
        ] = {}
        self._starts = [self.at(t) for t in tables]  # tables are in order
        self._ordered = all(a <= b for a, b in pairwise(self._starts))
        # the rows named after a unit, by the words of their name before it
        # (filed on the first text that asks, see resolve_unitless)
        self._unitless: dict[str, list[tuple[frozenset[str], int, Entity]]] | None = (
            None
        )

    def _placed(self) -> Iterator[tuple[int, Entity]]:
        """The entities with their tables' positions, in document order."""
        table: Table | None = None
        pos = 0
        for entity in self.entities:  # NOTE: a table's rows come together
            if entity.table is not table:
                table = entity.table
                pos = self._pos[id(table)]
            yield pos, entity

    def _ordinal(self, kind: str, number: int) -> _Postings[Entity] | None:
        """The entities that are the number-th of their kind in their tables."""
        if self._ordinals is None:
            self._ordinals = {}
            for pos, entity in self._placed():
                place = (entity.kind, entity.ordinal)
                same = self._ordinals.get(place)
                if same is None:
                    same = self._ordinals[place] = _Postings()
                same.add(pos, entity)
        return self._ordinals.get((kind, number))

    def at(self, table: Table) -> int:
        """The near line a table starts on (:mod:`lkjaudit.prose.position`)."""
        return self._at.get(table.id, 0)

    def tables_near(self, at: int) -> Iterator[Table]:
        """The data tables nearest a reading line, those above it first.

        Above it from the nearest up, then below it from the nearest down.
        """
        k = bisect_right(self._starts, at)
        yield from reversed(self.tables[:k])
        yield from self.tables[k:]

    def window(self, at: int | None) -> tuple[int, int]:
        """The positions lo ≤ p < hi of the WINDOW tables nearest a reading line.

        Taken one by one from the nearest, the one above first when two are as
        near; the count taken from above is found by bisection, not one by one.
        """
        starts = self._starts
        if at is None or len(starts) <= WINDOW:
            return 0, len(starts)
        split = bisect_right(starts, at)
        if not self._ordered:
            return _window_stepwise(starts, at, split)
        # NOTE: the k-th table above (from 0) is among the WINDOW nearest when
        # fewer than WINDOW - k tables below are strictly nearer than it; that
        # holds for the first few k and then never again
        low, high = 0, min(split, WINDOW)
        while low < high:
            k = (low + high) // 2
            nearer = bisect_left(starts, 2 * at - starts[split - 1 - k], split) - split
            if k + nearer < WINDOW:
                low = k + 1
            else:
                high = k
        return split - low, split + WINDOW - low

    def _near_members(self, members: list[Entity], at: int | None) -> list[Entity]:
        """The members of a group in the tables nearest a reading line (all without).

        Members are in document order, so the nearest tables are found by bisection
        and a walk outwards.
        """
        if at is None or len(members) <= NEAREST_TABLES:
            return members
        starts = [self.at(e.table) for e in members]
        left = bisect_right(starts, at) - 1
        right = left + 1
        keep: set[str] = set()
        while len(keep) < NEAREST_TABLES and (left >= 0 or right < len(members)):
            if right >= len(members) or (
                left >= 0 and at - starts[left] <= starts[right] - at
            ):
                keep.add(members[left].table.id)
                left -= 1
            else:
                keep.add(members[right].table.id)
                right += 1
        return [e for e in members if e.table.id in keep]

    def resolve(
        self,
        text: str,
        need: Callable[[Entity], bool],
        *,
        items: bool = False,
        at: int | None = None,
    ) -> list[Entity]:
        """The rows a piece of text names, best first (ties kept); [] for none.

        Only entities for which ``need`` holds are considered (a table with the
        column the claim restates). ``items`` matches staff and asset rows, whose
        names are short (``S1``). ``at`` (a reading line) keeps, among equally good
        rows, those of the tables nearest to it. The WINDOW tables nearest it are
        searched first; the whole report only when none of them names the text in
        full.
        """
        words = tokens(text)
        lo, hi = self.window(at)
        best, top = self._best(text, words, need, items, at, lo, hi)
        if top[0] < 1 and (lo, hi) != (0, len(self.tables)):
            # NOTE: nothing near names the text in full: the whole report is
            # searched, as a name the text holds only partly may be bettered far off
            best, top = self._best(text, words, need, items, at, 0, len(self.tables))
        return self.nearest(best, at)

    def resolve_measured(
        self,
        text: str,
        need: Callable[[Entity], bool],
        *,
        at: int | None = None,
    ) -> list[Entity]:
        """The one indicator a text names but for its name's leading measure words.

        "Pemantauan stok, pasokan dan harga pangan terlaksana 35 kali" names the
        row "Jumlah kegiatan pemantauan stok, pasokan dan harga pangan": what is
        counted, without the words that say it is counted (*jumlah*, *jumlah
        kegiatan*, *persentase*, *banyaknya*). Those words, at the start of a
        name, are taken as said; any other word of the name still counts. Only
        rows whose names start with such words are considered, and [] unless they
        are all one name (two rows named so would each be a guess).
        """
        words = tokens(text)
        if not words:
            return []
        leads: dict[int, frozenset[str]] = {}

        def lead(entity: Entity) -> frozenset[str]:
            key = id(entity)
            found = leads.get(key)
            if found is None:
                found = leads[key] = _measure_words(entity)
            return found

        def measured(entity: Entity) -> bool:
            implied = lead(entity)
            if not implied or entity.kind == "item":
                return False
            said = words | implied
            return any(
                name and _coverage(name, said, False)[0] > 0 and not name <= implied
                for name in (entity.label, entity.indikator)
            )

        text = " ".join(sorted(words | _MEASURE))
        found = self.resolve(text, measured, at=at)
        names = {(e.label, e.indikator) for e in found}
        if len(names) != 1:
            return []

        def other(entity: Entity) -> bool:
            return (entity.label, entity.indikator) not in names and measured(entity)

        # NOTE: a second name the words fit, however less well, makes both guesses
        if self.resolve(text, other, at=at):
            return []
        return [e for e in found if need(e)]

    def resolve_unitless(
        self,
        text: str,
        need: Callable[[Entity], bool],
        *,
        at: int | None = None,
    ) -> list[Entity]:
        """The one row a text names by its name's words before the unit it names.

        "Nilai SAKIP" names the row "Nilai SAKIP Dinas Pertanian dan Ketahanan
        Pangan": a report's own unit, closing the name, goes without saying. The
        words up to the unit (an office, an official: :func:`before_unit`) must
        be covered as a name's are (three quarters, two words at least), and [] is
        returned unless they are all one name (two rows of the same measure for
        two units would each be a guess).
        """
        words = tokens(text)
        if not words:
            return []
        if self._unitless is None:
            self._unitless = {}
            for k, entity in enumerate(self.entities):
                if entity.kind == "item":
                    continue
                name = split_code(
                    entity.table.label_of(entity.table.entity_row(entity.row))
                )[1]
                said = name.split()
                short = before_unit(said)
                if len(short) == len(said):
                    continue
                cut = _name_tokens(" ".join(short))
                for word in cut:
                    self._unitless.setdefault(word, []).append((cut, k, entity))
        fits: dict[int, Entity] = {}
        for word in words:
            for cut, k, entity in self._unitless.get(word, ()):
                if k not in fits and _coverage(cut, words, False)[0] > 0:
                    fits[k] = entity
        if len({entity.label for entity in fits.values()}) != 1:
            return []
        found = [fits[k] for k in sorted(fits) if need(fits[k])]
        return self.nearest(found, at)

    def _best(
        self,
        text: str,
        words: frozenset[str],
        need: Callable[[Entity], bool],
        items: bool,
        at: int | None,
        lo: int,
        hi: int,
    ) -> tuple[list[Entity], tuple[float, int]]:
        """The best rows of the tables at positions lo ≤ p < hi, and their score."""
        best: list[Entity] = []
        top: tuple[float, int] = (0.0, 0)
        # NOTE: rows in a tree that a name matched, any score: a row named beside
        # its parent is the more specific (see _specific)
        nested: list[Entity] = []

        def offer(score: tuple[float, int], members: _Postings[Entity] | None) -> None:
            nonlocal best, top
            if members is None or score[0] == 0:
                return
            if score < top and not members.nested:
                return
            found = [
                e
                for e in self._near_members(members.within(lo, hi), at)
                if (e.kind == "item") == items and need(e)
            ]
            if not found:
                return
            if members.nested:
                nested.extend(found)
            if score > top:
                top, best = score, found
            elif score == top:
                best = best + found

        for m in _ORDINAL.finditer(text):
            number = _ORDINALS.get(m.group("n").lower()) or int(m.group("n"))
            offer((2.0, 0), self._ordinal(m.group("kind").lower(), number))
        ordinal = top[0] > 1
        for score, members in self._scored(words, items, lo, hi):
            offer(score, members)
        if nested and not ordinal:
            best = _specific(best, nested, words)
        return best, top

    def _scored(
        self, words: frozenset[str], items: bool, lo: int, hi: int
    ) -> list[tuple[tuple[float, int], _Postings[Entity]]]:
        """The groups of the tables at lo ≤ p < hi that words name, with their scores.

        In the order they are offered; scored once per words and window (the
        clauses of a sentence's claims share their texts, and each is read for
        several kinds of figure).
        """
        place = (words, items, lo, hi)
        found = self._scores.get(place)
        if found is not None:
            return found
        keys: dict[_Key, None] = {}
        for word in sorted(words):
            postings = self._postings.get(word)
            if postings is not None:
                keys.update(dict.fromkeys(postings.within(lo, hi)))
        found = self._scores[place] = []
        for key in keys:
            kind, label, ind, aliases = key
            if (kind == "item") != items:
                continue  # NOTE: offer() would keep none of its rows
            # NOTE: a cheap bound first: a name whose words the text cannot cover to
            # three quarters scores 0 (most candidates stop here)
            lab = (
                _coverage(label, words, items)
                if 4 * len(label & words) >= 3 * len(label)
                else (0.0, 0)
            )
            other = (
                _coverage(ind, words, False)
                if 4 * len(ind & words) >= 3 * len(ind)
                else (0.0, 0)
            )
            if lab[0] or other[0]:
                # NOTE: a word of the text counts once, though both names hold it:
                # in a table named by its indicators only, label and indikator are
                # one text, and a row named twice would outrank its copies
                hits = (
                    lab[1] + other[1]
                    if not (lab[0] and other[0])
                    else len((label | ind) & words)
                )
                found.append(((max(lab[0], other[0]), hits), self._groups[key]))
            elif covered := [a for a in aliases if a <= words]:
                # NOTE: named by another name alone ("Realisasi BPHTB …")
                found.append(((1.0, max(map(len, covered))), self._groups[key]))
        return found

    def nearest(self, found: list[Entity], at: int | None) -> list[Entity]:
        """The entities in the tables nearest a reading line (all without one)."""
        tables = {e.table.id: e.table for e in found}
        if at is None or len(tables) <= NEAREST_TABLES:
            return found
        ranked = sorted(tables.values(), key=lambda t: abs(self.at(t) - at))
        keep = {t.id for t in ranked[:NEAREST_TABLES]}
        return [e for e in found if e.table.id in keep]


# the words at the start of an indicator's name that say it is counted or
# measured, not what is: "Jumlah (kegiatan) …", "Persentase …", "Banyaknya …"
_MEASURE_LEAD = lazy(
    r"^\s*(?:jumlah|persentase|prosentase|banyaknya|frekuensi)(?:\s+kegiatan)?\b",
    re.IGNORECASE,
)
_MEASURE = frozenset(
    {"jumlah", "persentase", "prosentase", "banyaknya", "frekuensi", "kegiatan"}
)


def _measure_words(entity: Entity) -> frozenset[str]:
    """The leading measure words of a row's name (its indicator's, else its label)."""
    table, row = entity.table, entity.row
    col = table.column(R.INDIKATOR)
    texts = [row.cells[col.cells[0]].text] if col is not None else []
    texts.append(split_code(table.label_of(table.entity_row(row)))[1])
    for text in texts:
        m = _MEASURE_LEAD.match(text)
        if m is not None:
            return tokens(m.group(0))
    return frozenset()


def _specific(
    best: list[Entity], nested: list[Entity], words: frozenset[str]
) -> list[Entity]:
    """The best rows, each replaced by its descendants the text names too.

    "Pada kegiatan Pelayanan Penyelamatan …, penyediaan logistik penyelamatan …
    terealisasi 97,30%": the text names a kegiatan in full and one of its sub
    kegiatan in part (without "Kabupaten/Kota"); a reader takes the figure for the
    most specific row named, the sub kegiatan. A descendant counts only when words
    of its own name it, not just the words it shares with its ancestor (a sub
    kegiatan named after its kegiatan is not named by the kegiatan's name). Of
    several, the deepest, then the best named, ties kept.
    """
    tops = {_row_key(e): e for e in best}
    below: dict[tuple[int, int], list[Entity]] = {}
    for entity in nested:
        table = entity.table
        key = _row_key(entity)
        if key in tops:
            continue
        parent = table.entity_row(entity.row).parent
        while parent is not None:
            above = tops.get((id(table), parent))
            if above is not None:
                own = (entity.label | entity.indikator) & words
                if own - above.label - above.indikator:
                    below.setdefault((id(table), parent), []).append(entity)
                break
            parent = table.rows[parent - 1].parent
    if not below:
        return best
    found: list[Entity] = []
    for entity in best:
        under = below.get(_row_key(entity))
        if under is None:
            found.append(entity)
            continue
        deepest = max(_depth(e) for e in under)
        under = [e for e in under if _depth(e) == deepest]
        ranked = [(_named(e, words), e) for e in under]
        top = max(score for score, _ in ranked)
        found.extend(e for score, e in ranked if score == top)
    return list({id(e): e for e in found}.values())


def _row_key(entity: Entity) -> tuple[int, int]:
    return id(entity.table), entity.table.entity_row(entity.row).index


def _depth(entity: Entity) -> int:
    table = entity.table
    depth, parent = 0, table.entity_row(entity.row).parent
    while parent is not None:
        depth, parent = depth + 1, table.rows[parent - 1].parent
    return depth


def _named(entity: Entity, words: frozenset[str]) -> tuple[float, int]:
    """How well a text names a row: its best name's coverage, then words it holds."""
    names = (entity.label, entity.indikator)
    cover = max(len(n & words) / len(n) if n else 0.0 for n in names)
    return cover, len((entity.label | entity.indikator) & words)


def _window_stepwise(starts: list[int], at: int, split: int) -> tuple[int, int]:
    """:meth:`ProseIndex.window` one table at a time, for starts out of order."""
    lo = hi = split
    while hi - lo < WINDOW:
        if hi >= len(starts) or (lo > 0 and at - starts[lo - 1] <= starts[hi] - at):
            lo -= 1
        else:
            hi += 1
    return lo, hi


@per_report
def prose_index(report: Report) -> ProseIndex:
    """The index of a report, built once per report object."""
    skip = toc_tables(report)
    tables = [t for t in report.tables if t.id not in skip]
    starts = {t.id: table_near(report, t) for t in report.tables}
    # NOTE: the claims with the rates and index scores the sentences quote
    return ProseIndex(_entities(report), with_rates(report), tables, starts)


def column_for(table: Table, metric: str) -> Column | None:
    """The column of a table that holds a metric ("capaian", "anggaran", …)."""
    if metric == "efisiensi":
        return efisiensi_column(table)
    role = _ROLES.get(metric)
    return table.column(role) if role is not None else None


_ROLES = {role.value: role for role in ColumnRole}
_YEAR = lazy(r"\b(?:19|20)\d{2}\b")
# the columns an efisiensi is computed from, narrowed to the reported year
_EFISIENSI_OPERANDS = (R.CAPAIAN, R.PERSEN_ANGGARAN, R.ANGGARAN, R.REALISASI_ANGGARAN)


def _years(col: Column) -> frozenset[str]:
    return frozenset(_YEAR.findall(f"{col.header} {col.group}"))


def efisiensi_column(table: Table) -> Column | None:
    """The efisiensi column of the year a table reports, if it can be told.

    Usually the table's one efisiensi column. In a table of two years
    (``Efisiensi 2023 | … | Efisiensi 2024``) both keep the role; the year's is
    the one dated to the years of the table's own capaian and budget columns
    (the other years' lost their role), and none when no single column is. Two
    efisiensi columns not each dated to a year of its own leave the first.
    """
    found = table.columns_with(R.EFISIENSI)
    if len(found) < 2:
        return found[0] if found else None
    dated = [_years(c) for c in found]
    years = [next(iter(y)) for y in dated if len(y) == 1]
    if not (len(years) == len(found) == len(set(years))):
        return found[0]
    own = frozenset(
        y
        for role in _EFISIENSI_OPERANDS
        if (col := table.column(role)) is not None
        for y in _years(col)
    )
    mine = [c for c, y in zip(found, dated, strict=True) if y == own]
    return mine[0] if len(mine) == 1 else None
