"""Link the same program, kegiatan, sub kegiatan, sasaran or indicator across tables.

An LKj states the same facts several times: a program's budget in the Perjanjian
Kinerja, the program tree, the efficiency table and the budget table; a target in the
PK, Tabel 2.x and Tabel 3.x. This module finds the copies, in three passes that keep
the cost near-linear in the number of rows:

1. **exact**: the same level and the same name once :func:`~.names.canon` has removed
   case, markup, spacing and known spelling variants (a dictionary, no pairs);
2. **indicator**: two rows whose indicator texts are the same (and unique in their
   tables) are the same entity, even when the rows are named differently (a sasaran
   program "Terselenggaranya fasilitasi kebutuhan operasional kantor" and the program
   it measures);
3. **fuzzy**: what is still unlinked is compared with rapidfuzz, but only inside a
   block: rows of the same level under parents already linked, rows carrying the same
   budget figure, or the few top-level rows. A row with two equally good candidates in
   one table is recorded as ambiguous and left unlinked.

Every link keeps its name similarity, so a finding built on a weak link can say so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import key
from lkjaudit.model.report import (
    Ambiguity,
    ColumnRole,
    Level,
    Link,
    LinkGroup,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)
from lkjaudit.model.values import ValueKind, parse_value

__all__ = ["link_report", "program_name"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_NUMBER = ValueKind.NUMBER
_DATA, _TOTAL = RowKind.DATA, RowKind.TOTAL
_LEVEL_NAMES = {level: level.value for level in Level}
_PROGRAM_IN_TEXT = lazy(r"\bp\w{0,2}r?o?g\w{0,2}r\w*m\b\s+(.+)$", re.IGNORECASE)
_ACCEPT = 90.0  # a fuzzy name score that links by itself
_WITH_EVIDENCE = 70.0  # enough when the budget or the position agrees too
_AMBIGUOUS_MARGIN = 3.0
_MAX_FIGURE_BLOCK = 12  # a budget shared by more rows than this identifies none of them


def program_name(label: str) -> str | None:
    """The program a label names: "Terfasilitasinya Program X" -> "X"."""
    match = _PROGRAM_IN_TEXT.search(label)
    return match.group(1).strip() if match else None


_Budget = Callable[[Row], Decimal | None]
_UNREAD = Decimal(-1)  # NOTE: a budget not read yet (a budget read is None or >= 1e5)


@dataclass(eq=False, slots=True)
class _Rec:
    """One row of one table seen as an entity or as an indicator.

    ``group`` is the record's place in the union-find: records are numbered as
    they are made. The budget is read only when the fuzzy pass asks for it: most
    rows link by name, and their budgets are never compared.
    """

    table: Table
    row: Row
    kind: str  # "entity" or "indicator"
    level: str
    name: str
    key: str
    group: int
    owner: _Rec | None = None  # the entity of an indicator
    parent: _Rec | None = None  # the tree parent of an entity
    ordinal: int = 0
    budget_of: _Budget | None = None
    read: Decimal | None = _UNREAD
    score: float = 100.0
    basis: str = "name"
    ambiguous: bool = False
    named: bool = False  # the name states which program (or kegiatan) it is

    @property
    def budget(self) -> Decimal | None:
        """The row's anggaran when it is large enough to identify the row."""
        read = self.read
        if read is _UNREAD:
            read = self.read = self.budget_of(self.row) if self.budget_of else None
        return read


class _Union:
    """Union-find over the records' numbers, which also notes who was ever joined.

    A record joined to no other is alone in its group: the fuzzy pass asks that
    for every record, and the flag answers without grouping them all.
    """

    def __init__(self, size: int) -> None:
        self.parent: list[int] = list(range(size))
        self.joined = bytearray(size)

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # NOTE: a group of one is joined only through its one record, so a record
        # never passed here in a real union is still alone
        self.joined[a] = self.joined[b] = 1
        if ra < rb:
            self.parent[rb] = ra
        else:
            self.parent[ra] = rb


_Entity = tuple[str, str, bool]


def _entity_level(table: Table) -> Callable[[Row], _Entity | None]:
    """(level, name, named) of a row of ``table`` as an entity, or None.

    None for rows that are not one. ``named`` is True when the name itself says
    which program or kegiatan the row is (a tree row, or a statement
    "Terfasilitasinya Program X"). What depends on the table alone is decided once.
    """
    col = table.column(R.URAIAN)
    if col is None:
        return lambda row: None
    at = col.cells[0]
    listed = TableKind.CATEGORY_COUNT not in table.kinds and any(
        table.has(role) for role in (R.TARGET, R.ANGGARAN, R.INDIKATOR, R.CAPAIAN)
    )
    header = f"{col.header} {col.group}".lower()

    def level_of(row: Row) -> _Entity | None:
        label = row.cells[at].text
        if not label:
            return None
        if row.level is not None:
            level = _LEVEL_NAMES[row.level]
            name = label
            if level == "program":
                name = program_name(label) or label
            return level, name, True
        if not listed:
            return None
        named = program_name(label)
        if "program" in header or named:
            return "program", named or label, named is not None
        if "tujuan" in header:
            return "tujuan", label, False
        if "sasaran" in header:
            return "sasaran", label, False
        return "item", label, False

    return level_of


def _budget(table: Table) -> _Budget | None:
    """A row's anggaran when it is large enough to identify the row."""
    col = table.column(R.ANGGARAN)
    if col is None:
        return None
    at = col.index

    def budget(row: Row) -> Decimal | None:
        value = row.values[at] if at < len(row.values) else parse_value("")
        if value.kind != _NUMBER or not value.number:
            return None
        number = col.rupiah(value.number)  # NOTE: compared across tables in rupiah
        return number if number >= 100000 else None

    return budget


def _records(report: Report) -> tuple[list[_Rec], list[_Rec]]:
    entities: list[_Rec] = []
    indicators: list[_Rec] = []
    for table in report.tables:
        ind_col = table.column(R.INDIKATOR)
        ind_at = ind_col.cells[0] if ind_col is not None else None
        level_of = _entity_level(table)
        budget_of = _budget(table)
        by_row: dict[int, _Rec] = {}
        siblings: dict[int | None, int] = defaultdict(int)
        for row in table.rows:
            if row.kind == _TOTAL:
                continue
            if row.kind == _DATA:
                found = level_of(row)
                if found is not None:
                    level, name, named = found
                    parent = by_row.get(row.parent) if row.parent is not None else None
                    siblings[row.parent] += 1
                    rec = _Rec(
                        table,
                        row,
                        "entity",
                        level,
                        name,
                        key(name),
                        len(entities),
                        parent=parent,
                        ordinal=siblings[row.parent],
                        budget_of=budget_of,
                        named=named,
                    )
                    by_row[row.index] = rec
                    entities.append(rec)
            if ind_at is not None:
                text = row.cells[ind_at].text
                keyed = key(text) if text else ""
                if keyed:
                    owner = table.entity_row(row).index
                    rec = _Rec(table, row, "indicator", "indicator", text, keyed, -1)
                    rec.owner = by_row.get(owner)
                    indicators.append(rec)
    # NOTE: the indicators are numbered after every entity
    start = len(entities)
    for number, rec in enumerate(indicators, start):
        rec.group = number
    return entities, indicators


def _exact(records: list[_Rec], union: _Union) -> None:
    """Link records of one level with the same normalised name.

    A row under a parent links only with rows under a copy of that parent (parents
    are linked first), so the same sub kegiatan name under two programs stays two
    entities. A row without a parent (a flat list) links with the one entity of that
    name, or, when there are several, is left to the fuzzy pass, which reports the
    ambiguity. A name printed twice under one parent in one table is paired in order.
    """
    # NOTE: every record is of one level, so the level is left out of the keys
    occurrence: dict[tuple[object, ...], int] = defaultdict(int)
    seen: _Seen = {}
    loose: list[_Rec] = []
    owned: list[_Rec] = []
    roots_by_name: dict[str, set[int]] = defaultdict(set)
    find, union_of = union.find, union.union
    for rec in records:
        owner = rec.parent if rec.kind == "entity" else rec.owner
        if owner is None:
            loose.append(rec)
            continue
        owned.append(rec)
        name = rec.key
        root = find(owner.group)
        counted = (id(rec.table), name, root)
        occurrence[counted] += 1
        roots_by_name[name].add(root)
        at = (name, root, occurrence[counted])
        first = seen.get(at)
        if first is None:
            seen[at] = rec
        elif first.table is not rec.table:
            union_of(first.group, rec.group)
    if not loose:
        return
    anchored: dict[str, _Rec] = {}
    for rec in owned:
        if len(roots_by_name[rec.key]) == 1:
            anchored.setdefault(rec.key, rec)
    for rec in loose:
        name = rec.key
        target = anchored.get(name)
        if target is not None and target.table is not rec.table:
            union_of(target.group, rec.group)
        elif not roots_by_name[name]:
            occurrence[(id(rec.table), name)] += 1
            _join(seen, (name, occurrence[(id(rec.table), name)]), rec, union)


_Seen = dict[tuple[object, ...], _Rec]


def _join(seen: _Seen, key: tuple[object, ...], rec: _Rec, union: _Union) -> None:
    first = seen.get(key)
    if first is None:
        seen[key] = rec
    elif first.table is not rec.table:
        union.union(first.group, rec.group)


def _by_indicator(indicators: list[_Rec], union: _Union) -> None:
    """Two entities whose (unique) indicators are the same are the same entity."""
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for ind in indicators:
        counts[(id(ind.table), ind.key)] += 1
    first: dict[str, _Rec] = {}
    for ind in indicators:
        if ind.owner is None or counts[(id(ind.table), ind.key)] != 1:
            continue
        if ind.key.count(" ") < 3:  # NOTE: a key's words are one space apart
            continue  # fewer than four words: too generic to identify an entity
        other = first.setdefault(ind.key, ind)
        if other is ind or other.owner is None or other.table is ind.table:
            continue
        if ind.owner.row.level is not None and other.owner.row.level is not None:
            continue  # two tree rows: their names, budgets and positions link them
        if ind.owner.named and other.owner.named and ind.owner.key != other.owner.key:
            continue  # both name their program, and not the same one
        if other.owner.level != ind.owner.level and "item" not in (
            other.owner.level,
            ind.owner.level,
        ):
            continue
        a, b = union.find(other.owner.group), union.find(ind.owner.group)
        if a != b:
            union.union(a, b)
            if ind.owner.key != other.owner.key and ind.owner.basis == "name":
                ind.owner.basis = "indicator"


def _tables_of(group: list[_Rec]) -> set[int]:
    return {id(r.table) for r in group}


def _fuzzy(
    records: list[_Rec], union: _Union, ambiguous: list[Ambiguity], kind: str
) -> None:
    """Link rows left alone after exact matching, inside small blocks."""
    lonely = _lonely(records, union)
    if not lonely:
        return
    blocks: dict[tuple[object, ...], list[_Rec]] = defaultdict(list)
    for rec in records:
        for block in _blocks(rec, union):
            blocks[block].append(rec)
    members: dict[int, set[int]] = defaultdict(set)  # group -> tables in it
    for rec in records:
        members[union.find(rec.group)].add(id(rec.table))
    for rec in lonely:
        if rec.ambiguous:
            continue
        candidates = _candidates(rec, union, blocks, members)
        for options in candidates.values():
            options.sort(key=lambda item: -item[0])
            found = _ambiguity(rec, options, kind)
            if found is not None:
                rec.ambiguous = True
                ambiguous.append(found)
                continue
            _link_lonely(rec, options[0][1], union, members)


def _lonely(records: list[_Rec], union: _Union) -> list[_Rec]:
    """The rows no other row is linked to yet (none when all are in one table)."""
    if len(_tables_of(records)) < 2:
        return []
    joined = union.joined
    return [rec for rec in records if not joined[rec.group]]


def _candidates(
    rec: _Rec,
    union: _Union,
    blocks: dict[tuple[object, ...], list[_Rec]],
    members: dict[int, set[int]],
) -> dict[int, list[tuple[float, _Rec]]]:
    """The rows of other tables close enough to a lonely row, by table, scored.

    A row qualifies by its name alone, or by a less close name and evidence, or by
    two kinds of evidence; evidence adds to its score.
    """
    from rapidfuzz import fuzz  # NOTE: only when something is left to match

    candidates: dict[int, list[tuple[float, _Rec]]] = defaultdict(list)
    seen: set[int] = set()
    for block in _blocks(rec, union):
        members_of_block = blocks[block]
        if block[0] == "budget" and len(members_of_block) > _MAX_FIGURE_BLOCK:
            continue
        for other in members_of_block:
            if other.table is rec.table or id(other) in seen or other.ambiguous:
                continue
            if id(rec.table) in members[union.find(other.group)]:
                continue  # that row already has a copy in this table
            seen.add(id(other))
            score = float(fuzz.token_sort_ratio(rec.key, other.key))
            evidence = _evidence(rec, other, union)
            if (
                score >= _ACCEPT
                or (score >= _WITH_EVIDENCE and evidence)
                or (evidence == 2)
            ):
                candidates[id(other.table)].append((score + 5 * evidence, other))
    return candidates


def _ambiguity(
    rec: _Rec, options: list[tuple[float, _Rec]], kind: str
) -> Ambiguity | None:
    """The rows of one table that match a row equally well (best first), if any."""
    best_score = options[0][0]
    if len(options) < 2 or best_score - options[1][0] >= _AMBIGUOUS_MARGIN:
        return None
    return Ambiguity(
        kind=kind,
        source=Link(table=rec.table.id, row=rec.row.index),
        candidates=[
            Link(table=o.table.id, row=o.row.index, score=s)
            for s, o in options
            if best_score - s < _AMBIGUOUS_MARGIN
        ],
    )


def _link_lonely(
    rec: _Rec, best: _Rec, union: _Union, members: dict[int, set[int]]
) -> None:
    """Link a lonely row to its best match, noting how it was matched."""
    from rapidfuzz import fuzz  # NOTE: only when something is left to match

    if union.find(best.group) == union.find(rec.group):
        return
    joined = members[union.find(best.group)] | members[union.find(rec.group)]
    union.union(best.group, rec.group)
    members[union.find(rec.group)] = joined
    rec.score = float(fuzz.token_sort_ratio(rec.key, best.key))
    rec.basis = "fuzzy" if rec.score >= _ACCEPT else "figure"


def _blocks(rec: _Rec, union: _Union) -> list[tuple[object, ...]]:
    """The small sets of rows a record is compared with."""
    blocks: list[tuple[object, ...]] = []
    if rec.kind == "indicator":
        if rec.owner is not None:
            blocks.append(("owner", union.find(rec.owner.group)))
        return blocks
    if rec.parent is not None:
        blocks.append(("parent", rec.level, union.find(rec.parent.group)))
    else:
        blocks.append(("top", rec.level))
    if rec.budget is not None:
        blocks.append(("budget", rec.budget))
    return blocks


def _evidence(rec: _Rec, other: _Rec, union: _Union) -> int:
    """0, 1 or 2: the budget agrees, and/or the same position under a linked parent."""
    if rec.level != other.level:
        return 0
    found = 0
    if rec.budget is not None and rec.budget == other.budget:
        found += 1
    if (
        rec.parent is not None
        and other.parent is not None
        and union.find(rec.parent.group) == union.find(other.parent.group)
        and rec.ordinal == other.ordinal
    ):
        found += 1
    return found


def _groups(records: list[_Rec], union: _Union, kind: str) -> list[LinkGroup]:
    grouped: dict[int, list[_Rec]] = defaultdict(list)
    joined, find = union.joined, union.find
    for rec in records:
        if joined[rec.group]:  # NOTE: a record never joined has no copies
            grouped[find(rec.group)].append(rec)
    out: list[LinkGroup] = []
    for members in grouped.values():
        table = members[0].table
        if all(m.table is table for m in members):
            continue  # NOTE: rows of one table only: no copies
        first = members[0]
        links = [
            Link(table=m.table.id, row=m.row.index, score=m.score, basis=m.basis)
            for m in members
        ]
        out.append(
            LinkGroup(kind=kind, level=first.level, name=first.name, members=links)
        )
    return out


def link_report(report: Report) -> Report:
    """Fill ``report.links`` and ``report.ambiguous``; returns the report."""
    entities, indicators = _records(report)
    union = _Union(len(entities) + len(indicators))
    # NOTE: level by level, parents before children: a child is matched only under a
    # copy of its parent, exactly first and then within small fuzzy blocks.
    ambiguous: list[Ambiguity] = []
    by_level: dict[str, list[_Rec]] = defaultdict(list)
    for rec in entities:
        by_level[rec.level].append(rec)
    for level in ("program", "sasaran", "tujuan", "item", "kegiatan", "sub_kegiatan"):
        of_level = by_level[level]
        _exact(of_level, union)
        if level != "item":
            _fuzzy(of_level, union, ambiguous, "entity")
    _exact(indicators, union)
    _by_indicator(indicators, union)
    _fuzzy(indicators, union, ambiguous, "indicator")
    report.links = _groups(entities, union, "entity") + _groups(
        indicators, union, "indicator"
    )
    report.ambiguous = ambiguous
    return report
