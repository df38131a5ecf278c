"""Infer the Program → Kegiatan → Sub Kegiatan tree of a table.

Programs announce themselves ("PROGRAM …"). Below a program, which rows are kegiatan
and which are sub kegiatan is decided by weighing every signal the report gives:

* the official nomenclature (a name found as a kegiatan or as a sub kegiatan);
* hierarchical numbering in the No column (``1.2`` vs ``1.2.3``);
* italics, when the table sets some rows in italics and not others;
* the indicator: "Persentase …"/"Rata-rata …" measure kegiatan, "Jumlah …" counts
  sub kegiatan outputs, and a ``%`` target versus a countable unit;
* budgets that add up: a kegiatan's anggaran is the sum of its sub kegiatan.

A small dynamic programme picks the split of each program's rows into kegiatan
segments with the best total score, so one wrong italic or one missing name does not
break the tree, and a real arithmetic error does not reshape it either.

Italics and numbering with depth state the tree; without them the hints are weak, so
the budgets weigh more. In a table numbered 1, 2, 3 … row after row with no program
row, the rows are siblings unless their budgets add up or the nomenclature (names or
codes) names one a kegiatan and every row under it a sub kegiatan. In any other
table without italics or numbering with depth, a kegiatan whose rows below contradict
its budget keeps them only when the nomenclature says so. The rows left out stay
flat, each at its own level, directly under the program (if any). A program that
states its budget decides for its rows: they are read flat only when they then add
up to it and the tree's kegiatan do not (see :class:`_Gate`).
"""

from __future__ import annotations

import enum
import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from lkjaudit.analysis.names import is_program_label, lookup
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import code_level, split_code
from lkjaudit.model.report import Column, ColumnRole, Level, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind

__all__ = ["infer_tree"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_FIGURE_KINDS = (ValueKind.NUMBER, ValueKind.DASH)
_MALFORMED = ValueKind.MALFORMED
_ZERO = Decimal(0)
_ITALIC = operator.attrgetter("italic")
_DATA, _CONTINUATION = RowKind.DATA, RowKind.CONTINUATION
_PROGRAM, _KEGIATAN, _SUB = Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN
_ONLY_KEGIATAN, _ONLY_SUB = frozenset({_KEGIATAN}), frozenset({_SUB})
_PCT_INDICATOR = lazy(
    r"^\W*(?:persentase|presentase|prosentase|rata rata|rata-rata|indeks|tingkat|"
    r"nilai|cakupan|rasio|angka)\b",
    re.IGNORECASE,
)
_COUNT_INDICATOR = lazy(
    r"^\W*(?:jumlah|banyaknya|terlaksananya|tersedianya|terselenggaranya|"
    r"terfasilitasinya|dokumen|laporan)\b",
    re.IGNORECASE,
)
_DOTTED = lazy(r"^\d+(?:\.\d+)*\.?$")
_INTEGER = lazy(r"^(\d+)\.?$")


# NOTE: memoised by text: the cells before a name are row numbers ("1", "2.1")
# and official codes, which recur from row to row and from table to table
@lru_cache(maxsize=4096)
def _code_in_name(text: str) -> str | None:
    """The level of the official code a name starts with, if any."""
    code, _ = split_code(f"{text} ·")
    return code_level(code) if code is not None else None


@lru_cache(maxsize=4096)
def _code_alone(text: str) -> str | None:
    """The level of the official code that is a cell's whole text, if any."""
    code, rest = split_code(f"{text} ·")
    return code_level(code) if code is not None and rest == "·" else None


@lru_cache(maxsize=4096)
def _depth(text: str) -> int | None:
    """The depth of a dotted row number ("1.2" is 2), None for anything else."""
    if not _DOTTED.match(text) or split_code(f"{text} ·")[0] is not None:
        return None  # an official code is weighed by code_level, not as numbering
    return text.rstrip(".").count(".") + 1


def _amount(value: Value | None) -> Decimal | None:
    if value is None:
        return None
    if value.kind in _FIGURE_KINDS:
        return value.number
    if value.kind == _MALFORMED:
        return value.repair
    return None


class _Signals:
    def __init__(self, table: Table, uraian: Column) -> None:
        self.uraian = uraian
        self.at = uraian.cells[0]
        self.no = table.column(R.NO)
        indikator = table.column(R.INDIKATOR)
        target = table.column(R.TARGET) or table.column(R.REALISASI)
        anggaran = table.column(R.ANGGARAN)
        realisasi = table.column(R.REALISASI_ANGGARAN)
        # the physical cell or the logical column each signal is read from, if any
        self.no_at = self.no.cells[0] if self.no is not None else None
        self.indikator_at = indikator.cells[0] if indikator is not None else None
        self.target_at = target.index if target is not None else None
        self.anggaran_at = anggaran.index if anggaran is not None else None
        self.realisasi_at = realisasi.index if realisasi is not None else None
        # NOTE: read by settle_gate, once the table is known to hold a tree; the
        # row's code level is read twice (a program? then its lean), once each
        self.italic: set[int] = set()
        self.use_italic = False
        self.gate = _Gate.NONE
        self._codes: dict[int, str | None] = {}

    def settle_gate(self, data: list[Row], programs: bool) -> None:
        """Read what the layout says of the tree (:class:`_Gate`).

        ``programs``: some rows are programs, and a numbering that runs on through
        them only counts rows.
        """
        # NOTE: a row is in italics only when one of its first three cells is; that
        # test alone settles the rows of a table with no italics at all
        self.italic = {
            r.index for r in data if True in map(_ITALIC, r.cells[:3]) and r.italic
        }
        self.use_italic = 0 < len(self.italic) < len(data)
        depths = [self.depth(r) for r in data]
        if self.use_italic or any(d is not None and d > 1 for d in depths):
            self.gate = _Gate.NONE
        elif not programs and self._numbered_flat(data):
            self.gate = _Gate.FLAT
        else:
            self.gate = _Gate.PLAIN

    def _numbered_flat(self, data: list[Row]) -> bool:
        """True when the No column numbers every row 1, 2, 3 … at one depth."""
        if self.no is None or len(data) < 2:
            return False
        at = self.no.cells[0]
        previous: int | None = None
        for row in data:
            match = _INTEGER.match(row.cells[at].text)
            if match is None:
                return False
            number = int(match.group(1))
            if previous is not None and number != previous + 1:
                return False
            previous = number
        return True

    def label(self, row: Row) -> str:
        return row.cells[self.uraian.cells[0]].text

    def code_level(self, row: Row) -> str | None:
        """The level of the official code the row gives, before or in its name."""
        codes = self._codes
        if row.index in codes:
            return codes[row.index]
        at = self.at
        cells = row.cells
        level = _code_in_name(cells[at].text)
        if level is None:
            for cell in cells[:at]:
                level = _code_alone(cell.text)
                if level is not None:
                    break
        codes[row.index] = level
        return level

    def depth(self, row: Row) -> int | None:
        if self.no_at is None:
            return None
        return _depth(row.cells[self.no_at].text)

    def lean(self, row: Row) -> tuple[float, Level | None]:
        """How the row leans, and the level its official code or name gives.

        The lean is positive when the row looks like a kegiatan, negative when it
        looks like a sub kegiatan.
        """
        # NOTE: the parts are multiples of a quarter, so their sum is exact in any
        # order
        cells = row.cells
        score, named = _name_lean(cells[self.at].text)
        level = self.code_level(row)
        if level == "kegiatan":
            score += 3.0
            named = _KEGIATAN
        elif level == "sub_kegiatan":
            score -= 3.0
            named = _SUB
        if self.no_at is not None:
            depth = _depth(cells[self.no_at].text)
            if depth == 2:
                score += 3.0
            elif depth is not None and depth >= 3:
                score -= 3.0
        if self.use_italic:
            score += 1.0 if row.index in self.italic else -0.25
        if self.indikator_at is not None:
            score += _indicator_lean(cells[self.indikator_at].text)
        if self.target_at is not None:
            value = _value_at(row, self.target_at)
            unit = value.unit if value is not None else None
            if unit == "%":
                score += 0.5
            elif unit:
                score -= 0.5
        return score, named

    def budget(self, row: Row) -> tuple[Decimal | None, Decimal | None]:
        """The row's anggaran and realisasi anggaran, when it has them."""
        a = _amount(_value_at(row, self.anggaran_at))
        r = _amount(_value_at(row, self.realisasi_at))
        return a, r


def _value_at(row: Row, column: int | None) -> Value | None:
    """The row's parsed value in a logical column; None without one."""
    # NOTE: as Table.value, read by position: run for every row of a program table
    if column is None or column >= len(row.values):
        return None
    return row.values[column]


# NOTE: memoised by text, as lookup is: the same names and indicators recur from
# table to table
@lru_cache(maxsize=8192)
def _name_lean(label: str) -> tuple[float, Level | None]:
    """How a row's name leans (see :meth:`_Signals.lean`), and the level it names."""
    score = 0.0
    entries, match = lookup(label)
    levels = {e.level for e in entries}
    weight = 3.0 if match >= 99 else 2.0
    named: Level | None = None
    if levels == _ONLY_KEGIATAN:
        score += weight
        named = _KEGIATAN
    elif levels == _ONLY_SUB:
        score -= weight
        named = _SUB
    if _PCT_INDICATOR.match(label):
        score += 0.5
    return score, named


@lru_cache(maxsize=8192)
def _indicator_lean(indicator: str) -> float:
    """How a row's indicator leans: measuring a kegiatan, or counting outputs."""
    if _PCT_INDICATOR.match(indicator):
        return 1.0
    if _COUNT_INDICATOR.match(indicator):
        return -1.0
    return 0.0


_MAX_SEGMENT = 80  # a kegiatan with more sub kegiatan than this is not plausible
_NOT_KEGIATAN = -2.5  # a row this sure to be a sub kegiatan never starts a kegiatan
_LOOSE_COST = 1.0  # a sub kegiatan left out of the kegiatan above it, in a flat list


class _Gate(enum.Enum):
    """What a table's layout says of its tree.

    ``NONE``: italics set some rows apart, or the numbering has depth (``1.2.3``);
    the layout states the tree, and the hints are weighed as they are.
    ``FLAT``: no program row, and the rows are numbered 1, 2, 3 … one after another
    in one style: a list of siblings, where a row is put under another only when
    their budgets add up or the nomenclature names the one a kegiatan and every row
    under it a sub kegiatan. ``PLAIN``: neither; a kegiatan whose sub kegiatan's
    budgets contradict its own (no run of them adds up to its anggaran or realisasi)
    keeps them only when the nomenclature says so, and under a program that
    states its budget, that budget decides (:func:`_split`).
    """

    NONE = "none"
    FLAT = "flat"
    PLAIN = "plain"


# the role of a row under its program: it starts a kegiatan, it is a sub kegiatan
# of the kegiatan above it, or it is a sub kegiatan with no kegiatan above it
_STARTS, _UNDER, _LOOSE = 1, 0, -1
_ALL_LOOSE, _ONE_LOOSE = -1, -2  # back-pointers: every row before; the last row


def _split(rows: list[Row], signals: _Signals, program: Row | None) -> list[int]:
    """For rows under one program, the role of each (:data:`_STARTS` …)."""
    read = [signals.lean(r) for r in rows]
    lean = [score for score, _ in read]
    named = [level for _, level in read]
    budgets = [signals.budget(r) for r in rows]
    gate = signals.gate
    runs = _Runs(lean, budgets, judged=gate == _Gate.PLAIN)
    if gate == _Gate.NONE:
        return _best_split(lean, named, runs, _Gate.NONE)
    gated = _best_split(lean, named, runs, gate)
    # NOTE: the program's own total arbitrates: the rows are left flat only when
    # they add up to it and the tree's kegiatan do not. Without that total there is
    # nothing to arbitrate, and the tree read without the gate is not worked out.
    total = signals.budget(program) if program is not None else (None, None)
    if total == (None, None):
        return gated
    tree = _best_split(lean, named, runs, _Gate.NONE)
    if gated == tree:
        return gated
    if _tops_add_up(gated, budgets, total) and not _tops_add_up(tree, budgets, total):
        return gated
    return tree


def _tops_add_up(
    roles: list[int],
    budgets: list[tuple[Decimal | None, Decimal | None]],
    total: tuple[Decimal | None, Decimal | None],
) -> bool:
    """True when the rows right under the program add up to its own budget."""
    tops = [b for b, role in zip(budgets, roles, strict=True) if role != _UNDER]
    for part, whole in enumerate(total):
        values = [b[part] for b in tops]
        if whole is None or any(v is None for v in values):
            continue
        if sum((v for v in values if v is not None), Decimal(0)) == whole:
            return True
    return False


class _Runs:
    """What every reading of one program's rows shares, worked out once.

    The running sum of the rows' lean, and for each row that may start a kegiatan
    the ends of the runs below it whose anggaran or realisasi anggaran add up to
    its own (:meth:`_Prefix.sums_from`). ``judged``: also how far down the budgets
    can tell (:meth:`_Prefix.judged_until`), which only the ``PLAIN`` gate asks.
    """

    def __init__(
        self,
        lean: list[float],
        budgets: list[tuple[Decimal | None, Decimal | None]],
        *,
        judged: bool,
    ) -> None:
        n = len(lean)
        self.lean_sum = [0.0]
        for value in lean:
            self.lean_sum.append(self.lean_sum[-1] + value)
        anggaran = _Prefix([a for a, _ in budgets])
        realisasi = _Prefix([r for _, r in budgets])
        nothing: tuple[set[int], set[int]] = (set(), set())
        self.adding: list[tuple[set[int], set[int]]] = [nothing] * n
        self.judged = [-1] * n
        for start in range(n):
            if lean[start] <= _NOT_KEGIATAN:
                continue  # NOTE: it starts no kegiatan in any reading
            last = min(n, start + _MAX_SEGMENT)
            self.adding[start] = (
                anggaran.sums_from(start, last, allow_zero=True),
                realisasi.sums_from(start, last, allow_zero=False),
            )
            if judged:
                self.judged[start] = max(
                    anggaran.judged_until(start, allow_zero=True),
                    realisasi.judged_until(start, allow_zero=False),
                )


def _best_split(
    lean: list[float],
    named: list[Level | None],
    runs: _Runs,
    gate: _Gate,
) -> list[int]:
    """The roles with the best total score.

    ``runs``: the rows' lean summed, and which runs of rows their budgets add up
    (:class:`_Runs`). Behind a ``gate`` (see :class:`_Gate`) a kegiatan has sub
    kegiatan only when their budgets allow it or the nomenclature names it a
    kegiatan and each of them a sub kegiatan, and any row may stay loose, at a
    small cost.
    """
    n = len(lean)
    lean_sum = runs.lean_sum
    gated, flat = gate != _Gate.NONE, gate == _Gate.FLAT
    if gated:
        # the first row from each index on that the nomenclature does not name a
        # sub kegiatan (n: none)
        sub_run = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            sub_run[k] = sub_run[k + 1] if named[k] == _SUB else k
    # NOTE: rows before the first kegiatan may be sub kegiatan directly under the
    # program (or under nothing, in a flat table); back[end] == _ALL_LOOSE marks that
    # prefix.
    best = [0.0] + [-total for total in lean_sum[1:]]
    back = [0] + [_ALL_LOOSE] * n
    # NOTE: pushed forward from each start: for a given end the starts are tried in
    # the same ascending order, so ties resolve as in the textbook recurrence.
    for start in range(n):
        if gated:
            score = best[start] - lean[start] - _LOOSE_COST
            if score > best[start + 1]:
                best[start + 1], back[start + 1] = score, _ONE_LOOSE
        if lean[start] <= _NOT_KEGIATAN:
            continue
        base = best[start] + lean[start]
        below = lean_sum[start + 1]
        last = min(n, start + _MAX_SEGMENT)
        score = base
        if n > 1:
            score -= 0.5
        if score > best[start + 1]:
            best[start + 1], back[start + 1] = score, start
        sums_a, sums_r = runs.adding[start]
        ends: Iterable[int] = range(start + 2, last + 1)
        if gated:
            # NOTE: nothing but weak hints puts rows under it: past the rows the
            # nomenclature names sub kegiatan of a kegiatan it names, only the ends
            # the budgets allow
            nominal = start + 1
            if named[start] == _KEGIATAN:
                nominal = min(last, sub_run[start + 1])
            if flat:
                allowed: Iterable[int] = sorted(
                    e for e in sums_a | sums_r if e > nominal
                )
            else:
                # where the budgets can say the rows add up to it and do not
                first = min(sums_a | sums_r, default=n + 1)
                judged = runs.judged[start]
                allowed = range(max(nominal + 1, min(first, judged + 1)), last + 1)
            ends = itertools.chain(range(start + 2, nominal + 1), allowed)
        # NOTE: every lean is a multiple of a quarter, and so is every bonus and
        # cost, so each score is exact: base - (lean_sum[end] - below) is reach -
        # lean_sum[end] to the last bit, and the ends that improve on their best can
        # be picked out before any is updated (each end is met once per start)
        reach = base + below
        if sums_a or sums_r:
            for end in ends:
                score = reach - lean_sum[end]
                if end in sums_a:
                    score += 2.5
                if end in sums_r:
                    score += 0.5
                if score > best[end]:
                    best[end], back[end] = score, start
        else:
            for end in [e for e in ends if reach - lean_sum[e] > best[e]]:
                best[end], back[end] = reach - lean_sum[end], start
    roles = [_LOOSE] * n
    end = n
    while end > 0 and back[end] != _ALL_LOOSE:
        if back[end] == _ONE_LOOSE:
            end -= 1
            continue
        start = back[end]
        roles[start] = _STARTS
        roles[start + 1 : end] = [_UNDER] * (end - start - 1)
        end = start
    return roles


class _Prefix:
    """Prefix sums of one budget column, to test "parent = sum of children" fast.

    The ends of the runs of rows that add up to a row's figure are found by their
    prefix sum, not by trying every end: by bisection when no figure is negative
    (the sums then never fall), else through an index of every prefix sum.
    """

    def __init__(self, values: list[Decimal | None]) -> None:
        self.values = values
        n = len(values)
        figures = [_ZERO if v is None else v for v in values]
        self.sums = list(itertools.accumulate(figures, initial=_ZERO))
        self.rising = min(figures, default=_ZERO) >= 0
        self.ends: dict[Decimal, list[int]] = {}  # a prefix sum -> its ends, in order
        if not self.rising:
            for end, total in enumerate(self.sums):
                self.ends.setdefault(total, []).append(end)
        # the first row without a figure at or after each position (n: none)
        self.gap = [n] * (n + 1)
        if None in values:
            for k in range(n - 1, -1, -1):
                self.gap[k] = k if values[k] is None else self.gap[k + 1]

    def judged_until(self, start: int, *, allow_zero: bool) -> int:
        """The last end up to which the rows after ``start`` all have a figure.

        Enough to say whether those rows add up to its figure; -1 when its own
        figure says nothing: none, or zero unless ``allow_zero`` (as in
        :meth:`sums_from`).
        """
        parent = self.values[start]
        if parent is None or (parent == 0 and not allow_zero):
            return -1
        return self.gap[start + 1]

    def sums_from(self, start: int, last: int, *, allow_zero: bool) -> set[int]:
        """The ends up to ``last`` whose rows after ``start`` add up to its budget."""
        parent = self.values[start]
        if parent is None or (parent == 0 and not allow_zero):
            return set()
        total = parent + self.sums[start + 1]
        # NOTE: a row without a budget stops the run: no later end adds up either
        stop = min(last, self.gap[start + 1])
        if not self.rising:
            ends = self.ends.get(total)
            if ends is None:
                return set()
            return set(ends[bisect_left(ends, start + 2) : bisect_right(ends, stop)])
        sums = self.sums
        found = set()
        end = bisect_left(sums, total, start + 2, stop + 1)
        while end <= stop and sums[end] == total:
            found.add(end)
            end += 1
        return found


def infer_tree(table: Table) -> bool:
    """Set ``level`` and ``parent`` on the rows of a program table; True if a tree."""
    uraian = table.column(R.URAIAN)
    if uraian is None:
        return False
    at = uraian.cells[0]
    data = [r for r in table.rows if r.kind == _DATA]
    signals = _Signals(table, uraian)
    programs = {
        r.index
        for r in data
        if is_program_label(r.cells[at].text) or signals.code_level(r) == "program"
    }
    if not programs and not _mostly_known(data, at):
        return False  # not a table of programs, kegiatan or sub kegiatan
    signals.settle_gate(data, bool(programs))
    segments: list[tuple[Row | None, list[Row]]] = []
    current: tuple[Row | None, list[Row]] = (None, [])
    for row in data:
        if row.index in programs:
            if current[0] is not None or current[1]:
                segments.append(current)
            current = (row, [])
        else:
            current[1].append(row)
    segments.append(current)
    # NOTE: rows are visited in table order, so children are listed in that order
    for program, rows in segments:
        if program is not None:
            code = _official_code(signals.label(program), _PROGRAM)
            program.level, program.nomenclature = _PROGRAM, code
        if not rows:
            continue
        kegiatan: Row | None = None
        for row, role in zip(rows, _split(rows, signals, program), strict=True):
            if role == _STARTS:
                level, owner = _KEGIATAN, program
                kegiatan = row
            elif role == _UNDER and kegiatan is not None:
                level, owner = _SUB, kegiatan
            else:
                level, owner = _SUB, program
            code = _official_code(signals.label(row), level)
            if owner is None:
                row.level, row.parent, row.nomenclature = level, None, code
            else:
                row.level, row.parent = level, owner.index
                row.nomenclature = code
                owner.children.append(row.index)
    for row in table.rows:
        if row.kind == _CONTINUATION and row.entity is not None:
            owner = table.row(row.entity)
            row.level, row.parent = owner.level, owner.parent
    return True


def _mostly_known(rows: list[Row], at: int) -> bool:
    """True when the nomenclature knows half the names in column ``at`` (one at least).

    The names are looked up only until the count is settled either way.
    """
    need = max(1, (len(rows) + 1) // 2)
    known = 0
    for k, row in enumerate(rows):
        if lookup(row.cells[at].text)[0]:
            known += 1
            if known >= need:
                return True
        elif known + len(rows) - k - 1 < need:
            return False
    return False


@lru_cache(maxsize=8192)
def _official_code(label: str, level: Level) -> str | None:
    """The code of the one official entry at ``level`` the name matches closely."""
    entries, score = lookup(label)
    codes = {e.kode for e in entries if e.level == level}
    if score >= 95 and len(codes) == 1:
        return codes.pop()
    return None
