"""The copies of a linked figure agree, and are printed with the same precision.

A fact is one figure (budget, spending, target, realisation) of one linked row,
stated in two tables or more; its copies are compared as
:mod:`~lkjaudit.checks.crossref.agreement` says.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.periods import FactPeriod, fact_period, same_fact
from lkjaudit.checks.common import is_figure, printed
from lkjaudit.checks.copies import Copy, index, index_of, is_pk, link_note
from lkjaudit.checks.crossref.agreement import (
    Item,
    agree,
    clusters_of,
    location,
    precision,
    rupiah,
)
from lkjaudit.checks.crossref.confirm import (
    backs,
    confirmations,
    confirmed,
    confirmed_by,
)
from lkjaudit.checks.crossref.quarters import (
    Key,
    base_column,
    plain_key,
    quarter_columns,
)
from lkjaudit.checks.odd_quarter import quarter_fix
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.support import Support, doubted_rows, supported_value
from lkjaudit.checks.witnesses import BUDGET, data_children, kids_total
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import Column, ColumnRole, Report, Table
from lkjaudit.model.values import Value, ValueKind, format_number

__all__ = ["CopiesOptions", "range_settlements"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_ANGGARAN = R.ANGGARAN
_FIGURE_KINDS = (ValueKind.NUMBER, ValueKind.DASH)
_RANGE = ValueKind.RANGE
_UNKNOWN: Any = object()  # a column whose period is not read yet


class CopiesOptions(BaseModel):
    """Options of the ``copies-agree`` and ``copies-same-precision`` primitives."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    entity_roles: tuple[ColumnRole, ...] = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA)
    indicator_roles: tuple[ColumnRole, ...] = (R.TARGET, R.REALISASI)
    exclude_pk_budget: bool = True  # PK budgets have their own rule (they may change)


def _scale_note(centre: Item, agreeing: list[Item], item: Item, lang: str) -> str:
    """How the scales differ, when the copies print the figure in different scales.

    The expected figure is shown as the item's own table prints it; the note gives
    it in rupiah, or names the tables that print thousands (or millions).
    """
    scale = item[1].scale
    if scale:
        name = phrase(f"scale.{scale}", lang)
        whole = format_number(rupiah(centre) or Decimal(0), max(0, precision(centre)))
        return phrase("scale.own", lang, scale=name, whole=whole)
    scaled = [a for a in agreeing if a[1].scale]
    if not scaled:
        return ""
    name = phrase(f"scale.{scaled[0][1].scale}", lang)
    where = ", ".join(sorted({a[0].table.label for a in scaled}))
    return phrase("scale.other", lang, scale=name, where=where)


def _expected(centre: Item, item: Item) -> str:
    """The centre's figure as ``item``'s table would print it (its scale, its unit)."""
    number = rupiah(centre) or Decimal(0)
    col, value = item[1], item[2]
    unit = centre[2].unit if centre[1].scale == col.scale else value.unit
    if "rp" in (unit, value.unit):
        # NOTE: an "Rp" is how a table writes its amounts: the cell's way counts
        unit = value.unit
    return display(col.as_printed(number), value, unit)


def _printed(item: Item) -> str:
    """A copy's figure as printed, its unit in the one form findings write it."""
    copy, col, value = item
    return printed(copy.table, copy.row, col, value)


# (name, role, copies with a figure, the copies' clusters of agreeing figures,
# the quarter of a fact that quarter columns state, else None); the clusters are
# None for a budget fact whose every copy prints the same figure the same way,
# kept unsplit for its witnesses (:func:`_alike`)
_Fact = tuple[str, ColumnRole, list[Item], list[list[Item]] | None, Key | None]


def _facts(ctx: Context, opts: CopiesOptions) -> list[_Fact]:
    """Every linked fact stated twice or more, with its clusters.

    Computed once per report and options (both copy rules walk the same facts).
    """
    return ctx.memo(f"crossref.facts:{opts!r}", lambda: list(_all_facts(ctx, opts)))


def _all_facts(ctx: Context, opts: CopiesOptions) -> Iterator[_Fact]:
    idx = index(ctx)
    report = ctx.report
    # NOTE: a large report has tens of thousands of copies: what each copy's
    # table gives (its column of each role, whether it is the PK, each column's
    # period, its quarter columns) is read once per table, and each copy's
    # figure straight off its row
    periods: dict[int, FactPeriod | None] = {}
    keys: dict[int, Key | None] = {}
    for kind, roles in (
        ("entity", opts.entity_roles),
        ("indicator", opts.indicator_roles),
    ):
        shapes: dict[int, _Shape] = {}  # of these roles
        # NOTE: the PK's budget copies are left out (they may change)
        skip_pk = [
            kind == "entity" and role == _ANGGARAN and opts.exclude_pk_budget
            for role in roles
        ]
        witnessed = [role in BUDGET for role in roles]
        for group, copies in idx.of_kind(kind):
            found: list[list[Item]] = [[] for _ in roles]
            parts: list[list[tuple[Item, Key]]] | None = None  # NOTE: rarely any
            for copy in copies:
                table = copy.table
                shape = shapes.get(id(table))
                if shape is None:
                    shape = shapes[id(table)] = _shape_of(report, table, roles, skip_pk)
                cols, quarters = shape
                row = copy.row
                inherited, values = row.inherited, row.values
                for k, col, at in cols:
                    if at in inherited:
                        continue
                    value = values[at] if at < len(values) else table.value(row, col)
                    if value.kind in _FIGURE_KINDS and value.number is not None:
                        found[k].append((copy, col, value))
                if quarters is None:
                    continue  # NOTE: the usual table: no quarter columns
                if parts is None:
                    parts = [[] for _ in roles]
                for k, col, key in quarters:
                    if col.index in inherited:
                        continue
                    value = table.value(row, col)
                    if value.kind not in _FIGURE_KINDS or value.number is None:
                        continue
                    if quarter_fix(report, table, row, col) is not None:
                        continue  # NOTE: its row and column blame it: their finding
                    parts[k].append(((copy, col, value), key))
            for k, items in enumerate(found):
                extra = parts[k] if parts is not None else None
                if not extra:
                    if len(items) < 2:
                        continue  # NOTE: stated once: nothing to compare
                    if _alike(items):
                        # NOTE: the usual fact: every copy prints the same figure
                        # the same way, so neither rule finds anything in it; only
                        # a budget copy's witnesses may still set a copy apart
                        if witnessed[k]:
                            yield group.name, roles[k], items, None, None
                        continue
                    yield from _compared(report, group.name, roles[k], items, periods)
                    continue
                role = roles[k]
                facts = _same_period(items, periods, report) if items else []
                for fact, period in _with_quarters(report, facts, extra, copies, keys):
                    if len(fact) > 1 and _two_tables(fact):
                        yield group.name, role, fact, clusters_of(fact), period


def _alike(items: list[Item]) -> bool:
    """True when every copy prints the same figure the same way (unit, decimals, scale).

    Such copies are one cluster however they are split by period
    (:func:`clusters_of`), and none is printed less precisely than another.
    """
    first = items[0]
    shown, scale = first[2], first[1].scale
    number, unit, decimals = shown.number, shown.unit, shown.decimals
    for _, col, value in items:
        if (
            value.number != number
            or value.unit != unit
            or value.decimals != decimals
            or col.scale != scale
        ):
            return False
    return True


def _compared(
    report: Report,
    name: str,
    role: ColumnRole,
    items: list[Item],
    periods: dict[int, FactPeriod | None],
) -> Iterator[_Fact]:
    """The facts of a fact's copies (no quarter column), split by period.

    Nothing when they are stated in one table only; a period's fact in one table is
    left out when the copies are split.
    """
    if not _two_tables(items):
        return  # NOTE: stated in one table only: nothing to compare
    for fact in _same_period(items, periods, report):
        if len(fact) == len(items) or _two_tables(fact):
            yield name, role, fact, clusters_of(fact), None


# a table's column of each role that is read (by the role's position, with the
# column's index), and its quarter columns likewise (None when it has none)
_Shape = tuple[list[tuple[int, Column, int]], list[tuple[int, Column, Key]] | None]


def _shape_of(
    report: Report, table: Table, roles: tuple[ColumnRole, ...], skip_pk: list[bool]
) -> _Shape:
    """What :func:`_all_facts` reads in each copy of a table.

    The roles ``skip_pk`` marks are not read in a table of the PK.
    """
    pk = is_pk(table)
    cols: list[tuple[int, Column, int]] = []
    quarters: list[tuple[int, Column, Key]] = []
    for k, role in enumerate(roles):
        col = base_column(report, table, role)
        of_role = quarter_columns(report, table, role, col)
        if pk and skip_pk[k]:
            continue
        if col is not None:
            cols.append((k, col, col.index))
        quarters += [(k, c, key) for c, key in of_role]
    return cols, quarters or None


def _with_quarters(
    report: Report,
    facts: list[list[Item]],
    extra: list[tuple[Item, Key]],
    copies: list[Copy],
    keys: dict[int, Key | None],
) -> list[tuple[list[Item], Key | None]]:
    """The facts with each quarter column's copy placed in the fact of its period.

    A quarter column's figure joins the fact whose every copy is of exactly its
    period (:func:`~lkjaudit.checks.crossref.quarters.plain_key`), else one of
    its own. A fact a quarter column joined is named by its period; the others
    are as they were. ``keys`` keeps each table column's period across calls.
    """
    placed: list[tuple[list[Item], Key | None, bool]] = []
    for fact in facts:
        found: set[Key | None] = set()
        for copy, col, _ in fact:
            key = keys.get(id(col), _UNKNOWN)
            if key is _UNKNOWN:
                key = keys[id(col)] = plain_key(report, copy.table, col)
            found.add(key)
        placed.append((fact, found.pop() if len(found) == 1 else None, False))
    for item, key in extra:
        at = next((i for i, (_, k, _) in enumerate(placed) if k == key), None)
        if at is None:
            placed.append(([item], key, True))
        else:
            fact, _, _ = placed[at]
            placed[at] = ([*fact, item], key, True)
    rank = {id(copy): i for i, copy in enumerate(copies)}

    def document_order(item: Item) -> tuple[int, int]:
        return rank[id(item[0])], item[1].index

    return [
        (sorted(fact, key=document_order), key) if joined else (fact, None)
        for fact, key, joined in placed
    ]


def _two_tables(items: list[Item]) -> bool:
    """True when the items come from two tables or more."""
    first = items[0][0].table
    return any(item[0].table is not first for item in items)


def _same_period(
    items: list[Item], known: dict[int, FactPeriod | None], report: Report
) -> list[list[Item]]:
    """The copies split into facts of one period each, each in document order.

    ``Realisasi TW III`` beside ``TW I`` and ``TW II`` is that quarter's part, not
    the ``Realisasi s.d. TW III`` of another table (:func:`same_fact`). A copy
    whose column names no period, or names it ambiguously, joins the first fact
    it may belong to; the copies naming a definite period are placed first.
    A realisasi column naming no period in a table whose caption names the
    total up to the report's own quarter is of that total
    (:func:`~lkjaudit.checks.crossref.quarters.plain_key`; ``report`` tells
    the report's quarter). ``known`` keeps each column's period (by the
    column's id) across calls.
    """
    periods = []
    for copy, col, _ in items:
        period = known.get(id(col), _UNKNOWN)
        if period is _UNKNOWN:
            period = known[id(col)] = _period(report, copy.table, col)
        periods.append(period)
    if not any(periods) or all(same_fact(a, b) for a in periods for b in periods):
        return [items]  # NOTE: the usual case: one fact, as printed
    definite = [i for i, p in enumerate(periods) if _definite(p)]
    rest = [i for i, p in enumerate(periods) if not _definite(p)]
    facts: list[list[int]] = []
    for i in definite + rest:
        home = next(
            (f for f in facts if all(same_fact(periods[i], periods[j]) for j in f)),
            None,
        )
        if home is None:
            facts.append([i])
        else:
            home.append(i)
    return [[items[i] for i in sorted(f)] for f in facts]


def _period(report: Report, table: Table, col: Column) -> FactPeriod | None:
    """A column's period, or the caption's when it names one definitely."""
    period = fact_period(table, col)
    if period is not None:
        return period
    key = plain_key(report, table, col)
    return FactPeriod(key.quarter, True) if key is not None else None


def _definite(period: FactPeriod | None) -> bool:
    return period is not None and period.cumulative is not None


def _summed_by(tied: list[list[Item]], side: list[Item]) -> list[tuple[Item, int]]:
    """The copies whose children add up to the side's figure, with their count.

    Any copy of the tie may be one: its own side's (its children restate its
    print) or another side's (its children read this figure, not its own).
    """
    figures = {rupiah(i) for i in side}
    found = []
    for other in tied:
        for item in other:
            copy, col, _ = item
            kids = data_children(copy.table, copy.row)
            total = kids_total(copy.table, kids, col) if kids else None
            if total is not None and col.rupiah(total) in figures:
                found.append((item, len(kids)))
    return found


def _reference(
    report: Report,
    items: list[Item],
    clusters: list[list[Item]],
    *,
    witnessed: bool = False,
) -> tuple[Item, list[Item], bool] | None:
    """The figure most copies agree on (or the sums support), and its cluster.

    On a tie, the one the copies' own tables settle it for (:func:`settle_tie`:
    the children of some copy that add up to a figure are one of its witnesses,
    weighed with the others); else the first in the
    document, and the third value is True: that tie is *open*, nothing in the
    report telling which figure is right (unless some copy is ``witnessed``,
    its witnesses standing behind it). None when every copy agrees, unless
    some are ``witnessed`` (taken at a supported figure: as printed, they may
    still differ).
    """
    best = clusters[0]
    if len(best) == len(items) and not witnessed:
        return None  # every copy agrees
    tied = tied_sides(clusters)
    open_tie = False
    if len(tied) > 1:
        settled = settle_tie(report, tied)
        if settled is not None:
            best = settled
        else:
            # NOTE: no witness, or as many kinds on each side: the first
            # copy is kept as the place the others are told against, not
            # as the right figure
            open_tie = not witnessed
    centre = max(best, key=precision)
    return centre, best, open_tie


def tied_sides(clusters: list[list[Item]]) -> list[list[Item]]:
    """The biggest clusters, each set of copies once, in order.

    Two prints that agree (``54,55`` and ``54,6``) give two clusters of the same
    copies: one side, not a tie.
    """
    sides: list[list[Item]] = []
    seen: set[frozenset[int]] = set()
    for cluster in clusters:
        if len(cluster) != len(clusters[0]):
            continue
        members = frozenset(id(i) for i in cluster)
        if members not in seen:
            seen.add(members)
            sides.append(cluster)
    return sides


def settle_tie(report: Report, tied: list[list[Item]]) -> list[Item] | None:
    """The one tied cluster the copies' own tables stand behind, else None.

    ``tied`` are the sides of the tie (:func:`tied_sides`). The one whose own
    table confirms a copy (:func:`confirmed`), or that the children of some
    copy add up to (:func:`_summed_by`); when none is, the one whose
    figure the ratio on another side's copy was worked out from
    (:func:`backs`). When two sides or more have a witness, they are weighed
    (:func:`_weighed`): the side with more kinds of witness; None when the most
    kinds are on two sides, or no side has any (the tie is open).
    """
    return _settlement(report, tied)[0]


def _settlement(
    report: Report, tied: list[list[Item]]
) -> tuple[list[Item] | None, bool]:
    """:func:`settle_tie`, and whether the sides were weighed to settle it."""
    if len(tied) < 2:
        return (tied[0] if tied else None), False
    # NOTE: children that add up to a side's figure stand behind it as surely as
    # a confirmation, but are one kind of witness: a side with more kinds still
    # outweighs it (once, such a sum settled the tie before any weighing)
    sure = [
        c for c in tied if any(confirmed(report, i) for i in c) or _summed_by(tied, c)
    ]
    if not sure:
        sure = [c for c in tied if _backing(tied, c)]
    if len(sure) < 2:
        return (sure[0] if sure else None), False
    return _weighed(report, tied), True


def _weighed(report: Report, tied: list[list[Item]]) -> list[Item] | None:
    """The side with more kinds of witness than every other, else None.

    A kind is one way the report restates the figure (:func:`_kinds`): a row
    backed by its JUMLAH, its sisa and its % outweighs one backed by its %
    alone; two rows each backed by their capaian leave the tie open.
    """
    counts = [len(_kinds(report, tied, side, "en")) for side in tied]
    top = max(counts)
    winners = [side for side, n in zip(tied, counts, strict=True) if n == top]
    return winners[0] if len(winners) == 1 else None


def _kinds(
    report: Report, tied: list[list[Item]], side: list[Item], lang: str
) -> dict[str, str]:
    """Each kind of witness that stands behind a side's figure, in words.

    The witnesses in its copies' own tables (:func:`confirmations`), the
    children of a copy that add up to its figure (:func:`_summed_by`: one kind,
    whichever side's copy they are under) and the ratio on another side's row
    that reads its figure, not that row's own (:func:`backs`). The copies
    themselves are no kind here: the sides of a tie have as many.
    """
    found: dict[str, str] = {}
    for item in side:
        for key, words in confirmations(report, item, lang).items():
            found.setdefault(key, words)
    for item, n in _summed_by(tied, side):
        words = phrase("basis.children", lang, n=n)
        if not any(item is i for i in side):
            words = phrase("basis.in_table", lang, by=words, where=item[0].table.label)
        found.setdefault("basis.children", words)
    for item, ratio in _backing(tied, side):
        found.setdefault(
            f"basis.{ratio}",
            phrase(
                "basis.in_table",
                lang,
                by=phrase(f"basis.{ratio}", lang),
                where=item[0].table.label,
            ),
        )
    return found


def _backing(tied: list[list[Item]], cluster: list[Item]) -> list[tuple[Item, str]]:
    """The copies outside ``cluster`` whose row's ratio fits its figure, not theirs.

    Each with the ratio column's role (its name in :func:`phrase`'s ``basis.``).
    """
    figure = cluster[0]
    found = []
    for other in tied:
        for item in other:
            if any(item is c for c in cluster):
                continue
            ratio = backs(item, figure)
            if ratio is not None:
                found.append((item, ratio.value))
    return found


def _confirmed_note(
    report: Report, clusters: list[list[Item]], agreeing: list[Item], lang: str
) -> str:
    """Why a tie was settled for the agreeing copies: what their tables say.

    "" unless the copies were tied and it was settled for the reference: its
    own tables confirm it, or another copy's row reads its figure, not that
    copy's own. When both sides had witnesses, the other sides' follow: the
    reference was settled by more kinds of witness.
    """
    tied = tied_sides(clusters)
    if len(tied) < 2:
        return ""
    settled, weighed = _settlement(report, tied)
    if settled is None or not any(a is b for a in agreeing for b in settled):
        return ""
    confirms = any(confirmed(report, i) for i in settled)
    summed = _summed_by(tied, settled)
    own = {id(i): n for i, n in summed if any(i is s for s in settled)}
    notes = []
    if confirms or own:
        for item in agreeing:
            by = confirmed_by(report, item, lang)
            n = own.get(id(item))
            if n is not None:
                # NOTE: a budget copy's children are among its confirmations
                # already; a target's or realisation's are not
                words = phrase("basis.children", lang, n=n)
                by = by if words in by else "; ".join(filter(None, (by, words)))
            if by:
                notes.append(
                    phrase(
                        "basis.confirmed_copy", lang, where=item[0].table.label, by=by
                    )
                )
    if weighed:
        # NOTE: the other sides' witnesses, fewer kinds than the reference's
        for side in tied:
            kinds = {} if side is settled else _kinds(report, tied, side, lang)
            if kinds:
                where = ", ".join(sorted({i[0].table.label for i in side}))
                by = "; ".join(dict.fromkeys(kinds.values()))
                notes.append(phrase("basis.fewer_kinds", lang, where=where, by=by))
    if weighed or not (confirms or own):
        notes += _backed_notes(tied, settled, lang)
        notes += [
            phrase(
                "basis.backed_copy",
                lang,
                where=item[0].table.label,
                by=phrase("basis.children", lang, n=n),
                printed=_printed(item),
            )
            for item, n in summed
            if id(item) not in own
        ]
    return "".join(notes)


def _backed_notes(tied: list[list[Item]], settled: list[Item], lang: str) -> list[str]:
    """That another side's row reads the settled figure, not its own print."""
    return [
        phrase(
            "basis.backed_copy",
            lang,
            where=item[0].table.label,
            by=phrase(f"basis.{ratio}", lang),
            printed=_printed(item),
        )
        for item, ratio in _backing(tied, settled)
    ]


_ROMAN = ("I", "II", "III", "IV")


def _role_name(role: ColumnRole, lang: str, key: Key | None = None) -> str:
    """The figure's name: its role, and the quarter a quarter column's fact is of."""
    name = phrase(f"role.{role.value}", lang)
    if key is None:
        return name
    which = "quarter.up_to" if key.cumulative else "quarter.own"
    return phrase(which, lang, fact=name, quarter=_ROMAN[key.quarter - 1])


@check(
    "copies-agree",
    options=CopiesOptions,
    scope="report",
    provides=(
        "fact",
        "name",
        "count",
        "tables",
        "figure",
        "witnessed",
        "tie",
        "link_note",
        "scale_note",
    ),
)
def copiesagree(
    report: Report, opts: CopiesOptions, ctx: Context
) -> Iterator[Violation]:
    """Every copy of a linked figure (budget, spending, target, realisation) agrees.

    Figures agree when their printed rounding intervals overlap and their units are
    the same. The expected value is the one most copies agree on; on a tie, the one
    the table's own sums support, or the one a copy's own table confirms or
    backs. A tie no witness settles claims no expected value: the later copies
    are reported (with low confidence) as differing from the first, whose figure
    the message names, saying the report does not tell which is right. A budget
    copy that the report's own redundancy shows to be wrong
    (:func:`~lkjaudit.checks.support.supported`) counts at the figure it
    supports; it is reported (as printed) only when the other copies agree with
    that figure.
    Perjanjian Kinerja budgets are left to the ``pk-budget`` primitive. Each
    disagreeing copy is reported with every other copy as a related location.
    A target range (``60 - 85 %``, ``≥ 80``) is compared with its copies as a
    range (both ends, the kind of bound), a tie of two ranges settled by the
    capaian on a copy's row when it fits one alone; a range against a single
    figure is reported with low confidence, a bound and its own figure (``≥ 80``,
    ``80``) as the same target.
    """
    doubted: dict[int, frozenset[int] | None] = {}  # by column: _witnessed_items
    periods: dict[int, FactPeriod | None] = {}  # by column: _same_period
    for fact in _facts(ctx, opts):
        if fact[3] is not None:
            yield from _disagreeing(report, ctx, fact, doubted)
        elif _doubted(report, fact[2], doubted):
            # NOTE: copies that print the same figure differ only when a witness
            # sets one apart: compared as any other fact
            for split in _compared(report, fact[0], fact[1], fact[2], periods):
                yield from _disagreeing(report, ctx, split, doubted)
    for name, role, items in _range_facts(ctx, opts):
        yield from _range_disagreeing(ctx, name, role, items)


def _doubted(
    report: Report, items: list[Item], doubted: dict[int, frozenset[int] | None]
) -> bool:
    """True when some copy sits on a row its column's witnesses dispute.

    Only there may :func:`_witnessed_items` take a copy at another figure.
    ``doubted`` keeps each column's :func:`doubted_rows` as there.
    """
    for copy, col, _ in items:
        rows = doubted.get(id(col), _UNKNOWN)
        if rows is _UNKNOWN:
            rows = doubted[id(col)] = doubted_rows(report, copy.table, col)
        if rows is None or copy.row.index in rows:
            return True
    return False


def _disagreeing(
    report: Report,
    ctx: Context,
    fact: _Fact,
    doubted: dict[int, frozenset[int] | None],
) -> Iterator[Violation]:
    """The findings of one fact's copies (:func:`copiesagree`)."""
    name, role, printed_items, printed_clusters, key = fact
    assert printed_clusters is not None
    items, fixes = _witnessed_items(report, role, printed_items, doubted)
    clusters = clusters_of(items) if fixes else printed_clusters
    found = _reference(report, items, clusters, witnessed=bool(fixes))
    if found is None:
        return
    centre, agreeing, open_tie = found
    inside = {id(a) for a in agreeing}
    for item, original in zip(items, printed_items, strict=True):
        fix = fixes.get(id(item))
        if id(item) in inside:
            if fix is None or agree(original, centre):
                continue  # NOTE: a witnessed copy is wrong only as printed
        elif fix is not None:
            continue  # NOTE: its witnesses give another figure: their finding
        others = [a for a in agreeing if a is not item]
        if not others:
            continue  # NOTE: no other copy says so: its witnesses' finding does
        used = [fixes[id(a)] for a in others if id(a) in fixes]
        note, weak = link_note([c for c, _, _ in items], ctx.lang)
        figure = _expected(centre, original)
        yield ctx.violation(
            location(ctx, item),
            # NOTE: an open tie claims neither figure: the finding, at the later
            # copy, says the copies differ and names the other's figure
            expected=None if open_tie else figure,
            actual=_printed(original),
            related=[location(ctx, other) for other in items if other is not item]
            + [loc for fix in used for loc in fix.locations(ctx)],
            confidence=Confidence.LOW
            if open_tie
            else weak or (Confidence.MEDIUM if used else None),
            figure=figure,
            tie=_tie_note(clusters, ctx.lang) if open_tie else "",
            fact=_role_name(role, ctx.lang, key),
            name=name,
            count=str(len(others)),
            tables=", ".join(sorted({a[0].table.label for a in others})),
            witnessed=_witnessed_copies(others, fixes, ctx)
            + _confirmed_note(report, clusters, others, ctx.lang),
            link_note=note,
            scale_note=_scale_note(centre, others, original, ctx.lang),
        )


# (name, role, copies): a linked target some copy of which prints a range
_RangeFact = tuple[str, ColumnRole, list[Item]]


def _range_facts(ctx: Context, opts: CopiesOptions) -> list[_RangeFact]:
    """Every linked indicator figure stated in two tables or more, one copy a range.

    Its copies are its ranges and its plain figures (a dash is no figure here),
    split by period as any other fact's (:func:`_same_period`); a copy in a
    quarter column is left out. Budget figures are never ranges.
    """
    return ctx.memo(
        f"crossref.ranges:{opts!r}", lambda: _report_range_facts(ctx.report, opts)
    )


def _report_range_facts(report: Report, opts: CopiesOptions) -> list[_RangeFact]:
    """:func:`_range_facts` of a report, read without a run's context."""
    idx = index_of(report)
    periods: dict[int, FactPeriod | None] = {}
    found: list[_RangeFact] = []
    for group, copies in idx.of_kind("indicator"):
        # NOTE: ranges are rare: a group is read only when some copy's
        # row holds one
        if not any(v.kind is _RANGE for c in copies for v in c.row.values):
            continue
        for role in opts.indicator_roles:
            items: list[Item] = []
            for copy in copies:
                col = base_column(report, copy.table, role)
                if col is None or col.index in copy.row.inherited:
                    continue
                value = copy.table.value(copy.row, col)
                if value.kind is _RANGE or (
                    value.kind is ValueKind.NUMBER and value.number is not None
                ):
                    items.append((copy, col, value))
            if not any(v.kind is _RANGE for _, _, v in items):
                continue
            for fact in _same_period(items, periods, report):
                if _two_tables(fact) and any(v.kind is _RANGE for _, _, v in fact):
                    found.append((group.name, role, fact))
    return found


def _same_range(a: Value, b: Value) -> bool:
    """Two ranges with the same ends, each open or closed alike, in one unit.

    ``60 - 85 %`` and ``60–85%`` are one range (and ``60 - 85`` whose unit
    is in no cell); ``≥ 80`` and ``≤ 80`` are not. A strict bound reads as its
    figure (``> 80`` as ``≥ 80``).
    """
    assert a.bounds is not None and b.bounds is not None
    if a.unit and b.unit and a.unit != b.unit:
        return False
    return (a.bounds.low, a.bounds.high) == (b.bounds.low, b.bounds.high)


def _copies_alike(a: Item, b: Item) -> bool:
    """Two copies give the same target: two equal ranges, or two agreeing figures."""
    ranged = (a[2].kind is _RANGE, b[2].kind is _RANGE)
    if ranged == (True, True):
        return _same_range(a[2], b[2])
    if ranged == (False, False):
        return agree(a, b)
    bound, figure = (a[2], b[2]) if ranged[0] else (b[2], a[2])
    return _bound_of(bound, figure)


def _bound_of(bound: Value, figure: Value) -> bool:
    """A bound (``≥ 80``, ``maks. 5``) and its own figure (``80``, ``5``) alone.

    A table that prints the figure of a bound the PK states has dropped its
    sign, not changed the target: the capaian judges a bound from below at its
    figure, and a bound from above is the most a plain target allows.
    """
    assert bound.bounds is not None
    if bound.unit and figure.unit and bound.unit != figure.unit:
        return False
    low, high = bound.bounds.low, bound.bounds.high
    end = low if high is None else high if low is None else None
    return end is not None and end == figure.number


def _range_disagreeing(
    ctx: Context, name: str, role: ColumnRole, items: list[Item]
) -> Iterator[Violation]:
    """The copies of a target, one a range, that differ from most of them.

    Copies are grouped by :func:`_copies_alike`; the biggest group is the
    reference, and each copy outside it is reported with the reference's print
    as its expected figure. On a tie of groups nothing tells which is right: the
    later copies are reported with low confidence and no expected figure. A
    range against a plain figure may be the same target written two ways (its
    low end alone, or the figure it aims at): such a finding has low confidence
    and says so; a bound and its own figure are alike (:func:`_bound_of`).
    Plain figures that differ among themselves are compared by
    :func:`copiesagree`'s own path and left alone here.
    """
    ref = _range_reference(items, ctx.lang)
    if ref is None:
        return
    best, sides, settled, witnessed = ref
    open_tie = sides > 1 and not settled
    centre = best[0]
    note, weak = link_note([c for c, _, _ in items], ctx.lang)
    for item in items:
        if any(item is a for a in best):
            continue
        mixed = (item[2].kind is _RANGE) != (centre[2].kind is _RANGE)
        tie = ""
        if open_tie:
            which = "copies.tie_two" if sides == 2 else "copies.tie_many"
            tie = phrase(which, ctx.lang)
        if mixed:
            tie += phrase("copies.range_figure", ctx.lang)
        figure = _printed(centre)
        confidence = Confidence.MEDIUM if settled else weak
        yield ctx.violation(
            location(ctx, item),
            expected=None if open_tie else figure,
            actual=_printed(item),
            related=[location(ctx, other) for other in items if other is not item],
            confidence=Confidence.LOW if open_tie or mixed else confidence,
            figure=figure,
            tie=tie,
            fact=_role_name(role, ctx.lang),
            name=name,
            count=str(len(best)),
            tables=", ".join(sorted({a[0].table.label for a in best})),
            witnessed=witnessed,
            link_note=note,
            scale_note="",
        )


# the reference copies, how many groups are tied for it, whether the tie was
# settled by the copies' rows, and the note saying how
_RangeRef = tuple[list[Item], int, bool, str]


def _range_reference(items: list[Item], lang: str) -> _RangeRef | None:
    """The copies the others of a range fact are told against.

    As :func:`_range_disagreeing` reads them; None when every copy agrees,
    or the plain figures among them disagree.
    """
    groups: list[list[Item]] = []
    for item in items:
        home = next((g for g in groups if _copies_alike(g[0], item)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    if len(groups) < 2:
        return None
    figures = [i for i in items if i[2].kind is not _RANGE]
    if any(not agree(a, b) for a in figures for b in figures):
        return None  # NOTE: figures that disagree among themselves: the plain path
    biggest = max(len(g) for g in groups)
    tied = [g for g in groups if len(g) == biggest]
    settled = _range_settled(tied, lang) if len(tied) > 1 else None
    if settled is not None:
        return settled[0], len(tied), True, settled[1]
    return tied[0], len(tied), False, ""


def range_settlements(report: Report) -> dict[tuple[int, int, int], Value]:
    """Each target range its other copies put at another range, by its cell.

    Keyed by the table's id, the row's and the column's index: the range most
    copies print, or the one a tie was settled for by a copy's row. Read once
    per report through :func:`~lkjaudit.checks.copies.settled_ranges`.
    """
    found: dict[tuple[int, int, int], Value] = {}
    for _, role, items in _report_range_facts(report, CopiesOptions()):
        ref = _range_reference(items, "id") if role == R.TARGET else None
        if ref is None or (ref[1] > 1 and not ref[2]):
            continue
        centre = ref[0][0][2]
        if centre.kind is not _RANGE:
            continue
        for copy, col, value in items:
            if value.kind is _RANGE and not any(value is b[2] for b in ref[0]):
                found[(id(copy.table), copy.row.index, col.index)] = centre
    return found


def _range_settled(tied: list[list[Item]], lang: str) -> tuple[list[Item], str] | None:
    """Of two ranges tied, the one the capaian on some copy's row fits alone.

    A copy's own row confirms its range when its capaian is one its realisasi
    gives against that range and none against the other's; it backs the other
    range when the reverse holds (the row was worked out from that range, not
    its own print). Returns the side so settled and the note saying why; None
    when neither side or both have such a row, or a side is a single figure.
    """
    if len(tied) != 2 or any(side[0][2].kind is not _RANGE for side in tied):
        return None
    notes: list[list[str]] = [[], []]
    for k, side in enumerate(tied):
        other = tied[1 - k][0][2]
        for item in side:
            own, theirs = _capaian_fits(item, item[2]), _capaian_fits(item, other)
            if own is None or own == theirs:
                continue
            where = item[0].table.label
            by = phrase("basis.capaian", lang)
            if own:
                note = phrase("basis.confirmed_copy", lang, where=where, by=by)
                notes[k].append(note)
            else:
                shown = _printed(item)
                note = phrase(
                    "basis.backed_copy", lang, where=where, by=by, printed=shown
                )
                notes[1 - k].append(note)
    if bool(notes[0]) == bool(notes[1]):
        return None
    k = 0 if notes[0] else 1
    return tied[k], "".join(notes[k])


def _capaian_fits(item: Item, target: Value) -> bool | None:
    """Whether the capaian on a copy's row fits ``target`` (a range) as realisasi's.

    None when the row has no realisasi and capaian figures, or the copy is not
    its table's target column the capaian is worked out from.
    """
    from lkjaudit.checks.arithmetic import range_fits  # NOTE: it reads us

    copy, col, _ = item
    table, row = copy.table, copy.row
    if table.column(ColumnRole.TARGET) is not col:
        return None
    found = [copy.value(role) for role in (ColumnRole.REALISASI, ColumnRole.CAPAIAN)]
    if found[0] is None or found[1] is None:
        return None
    realisasi, capaian = found[0][1], found[1][1]
    if not (is_figure(realisasi) and is_figure(capaian)):
        return None
    return range_fits(row, realisasi, target, capaian)


def _tie_note(clusters: list[list[Item]], lang: str) -> str:
    """That nothing in the report tells which of the tied figures is right."""
    sides = len(tied_sides(clusters))
    return phrase("copies.tie_two" if sides == 2 else "copies.tie_many", lang)


def _witnessed_items(
    report: Report,
    role: ColumnRole,
    items: list[Item],
    doubted: dict[int, frozenset[int] | None],
) -> tuple[list[Item], dict[int, Support]]:
    """The copies with each budget figure at the one its witnesses support.

    Returns the items (a witnessed copy replaced by one holding the supported
    figure, its print kept) and the supports, keyed by the new item's id.
    ``doubted`` keeps each column's :func:`doubted_rows` (by the column's id)
    across calls.
    """
    if role not in BUDGET:
        return items, {}
    out: list[Item] = []
    fixes: dict[int, Support] = {}
    # NOTE: a figure is supported only on a row its column's witnesses dispute
    # (:func:`doubted_rows`): every other copy is as printed, and is not looked
    # up one by one; a column that is no budget column keeps the per-cell path
    for item in items:
        copy, col, _ = item
        rows = doubted.get(id(col), _UNKNOWN)
        if rows is _UNKNOWN:
            rows = doubted[id(col)] = doubted_rows(report, copy.table, col)
        if rows is not None and copy.row.index not in rows:
            out.append(item)
            continue
        value, fix = supported_value(report, copy.table, copy.row, col)
        if fix is None:
            out.append(item)
            continue
        taken = (copy, col, value)
        fixes[id(taken)] = fix
        out.append(taken)
    return out, fixes


def _witnessed_copies(
    agreeing: list[Item], fixes: dict[int, Support], ctx: Context
) -> str:
    """The agreeing copies counted at their witnessed figure, in words."""
    notes = []
    for item in agreeing:
        fix = fixes.get(id(item))
        if fix is None:
            continue
        copy, _, value = item
        notes.append(
            phrase(
                "basis.witnessed_copy",
                ctx.lang,
                where=copy.table.label,
                printed=display(fix.printed, value),
                value=display(fix.value, value),
                by=fix.basis(ctx.lang),
                n=fix.count,
            )
        )
    return "".join(notes)


@check(
    "copies-same-precision",
    options=CopiesOptions,
    scope="report",
    provides=("fact", "name", "tables", "link_note"),
)
def copies_sameprecision(
    report: Report, opts: CopiesOptions, ctx: Context
) -> Iterator[Violation]:
    """Copies that agree only after rounding are printed with the same precision.

    ``54,6%`` in one table and ``54,55%`` in another are the same figure, but the
    report should print it the same way. Reports the less precise copies.
    """
    for name, role, items, clusters, key in _facts(ctx, opts):
        if clusters is None:
            continue  # NOTE: every copy prints the same figure the same way
        cluster = clusters[0]
        finest = max(cluster, key=precision)
        for item in cluster:
            value = item[2]
            if item[1].scale != finest[1].scale:
                continue  # NOTE: a table in thousands or millions rounds by its scale
            if value.decimals >= finest[2].decimals or value.number == finest[2].number:
                continue
            note, weak = link_note([c for c, _, _ in items], ctx.lang)
            yield ctx.violation(
                location(ctx, item),
                expected=_printed(finest),
                actual=_printed(item),
                related=[location(ctx, finest)]
                + [
                    location(ctx, o) for o in items if o is not item and o is not finest
                ],
                confidence=weak,
                fact=_role_name(role, ctx.lang, key),
                name=name,
                tables=finest[0].table.label,
                link_note=note,
            )


def report_facts(report: Report) -> list[_Fact]:
    """Every linked fact of a report, as the rule's default options read them.

    For the checks that take a copy's figure at the one its other copies give
    (:mod:`lkjaudit.checks.copied`, which keeps them once per report).
    """
    return list(_all_facts(Context(report), CopiesOptions()))
