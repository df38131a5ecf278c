"""The copies of one row carry the same name, and measure it by the same indicator.

Names are compared within a style (tree rows with tree rows, sasaran statements
with statements) after normalising them; a name that reads as an indicator is not
taken as the one the others should carry. An indicator is compared only where each
copy of the row states exactly one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.copies import Copy, index, link_note
from lkjaudit.engine.context import Context, Violation
from lkjaudit.engine.registry import check
from lkjaudit.model.names import canon as canonical
from lkjaudit.model.report import Column, ColumnRole, Report, Row

__all__ = ["IndicatorNamesOptions", "NamesOptions"]

R = ColumnRole


class NamesOptions(BaseModel):
    """Options of the ``names-agree`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    official: bool = False  # report only names that match different official entries
    spelling_ratio: float = 95.0  # closer names differ by spelling only: not reported


def _style(row: Row) -> str:
    return "tree" if row.level is not None else "statement"


@check(
    "names-agree",
    options=NamesOptions,
    scope="report",
    provides=("name", "other", "tables", "code", "other_code", "link_note"),
)
def namesagree(report: Report, opts: NamesOptions, ctx: Context) -> Iterator[Violation]:
    """The copies of one row carry the same name.

    Compares names of the same style (tree rows with tree rows, sasaran statements
    with statements) after normalising case, spacing and known variants; names that
    differ only by spelling (``spelling_ratio``) are left alone. With
    ``official: true`` only names matching two different entries of the official
    nomenclature are reported; without it, only the others.
    """
    from rapidfuzz import fuzz

    for members, names, keys in _named_copies(ctx):
        majority = max(keys.values(), key=lambda g: (_proper(g[0]), len(g)))
        anchor = majority[0]
        agreeing = {id(m) for m in majority}
        for copy in members:
            if id(copy) in agreeing:
                continue
            mine, theirs = names[id(copy)], names[id(anchor)]
            if fuzz.ratio(canonical(mine), canonical(theirs)) >= opts.spelling_ratio:
                continue
            conflict = bool(
                copy.row.nomenclature
                and anchor.row.nomenclature
                and copy.row.nomenclature != anchor.row.nomenclature
            )
            if conflict != opts.official:
                continue
            note, weak = link_note([copy, anchor], ctx.lang)
            col = copy.table.column(R.URAIAN)
            assert col is not None
            yield ctx.violation(
                ctx.cell_location(copy.table, copy.row, col),
                expected=theirs,
                actual=mine,
                related=[
                    ctx.cell_location(o.table, o.row, col_of(o))
                    for o in members
                    if o is not copy
                ],
                confidence=weak,
                name=mine,
                other=theirs,
                tables=", ".join(sorted({o.table.label for o in majority})),
                code=copy.row.nomenclature or "",
                other_code=anchor.row.nomenclature or "",
                link_note=note,
            )


_Named = tuple[list[Copy], dict[int, str], dict[str, list[Copy]]]


def _named_copies(ctx: Context) -> list[_Named]:
    """Copies of one style whose names differ: (copies, names by id, by canon name).

    Computed once per report (both name rules walk them).
    """

    def build() -> list[_Named]:
        found: list[_Named] = []
        for _group, copies in index(ctx).of_kind("entity"):
            by_style: dict[str, list[Copy]] = defaultdict(list)
            for copy in copies:
                by_style[_style(copy.row)].append(copy)
            for members in by_style.values():
                if len(members) < 2:
                    continue
                names = {id(c): c.table.label_of(c.row) for c in members}
                if len(set(names.values())) == 1:
                    continue  # NOTE: the usual case: every copy prints the same name
                keys: dict[str, list[Copy]] = defaultdict(list)
                for copy in members:
                    keys[canonical(names[id(copy)])].append(copy)
                if len(keys) >= 2:
                    found.append((members, names, keys))
        return found

    return ctx.memo("crossref.named", build)


_INDICATOR_WORDS = ("persentase", "presentase", "jumlah", "rata rata", "indeks")


def _proper(copy: Copy) -> bool:
    """False for a name that reads as an indicator ("Persentase …") pasted as a name."""
    return not canonical(copy.table.label_of(copy.row)).startswith(_INDICATOR_WORDS)


def col_of(copy: Copy) -> Column:
    """The name column of a copy's table."""
    col = copy.table.column(R.URAIAN)
    assert col is not None
    return col


class IndicatorNamesOptions(BaseModel):
    """Options of the ``indicator-names-agree`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    spelling_ratio: float = 95.0  # closer texts differ by spelling only: not reported


@check(
    "indicator-names-agree",
    options=IndicatorNamesOptions,
    scope="report",
    provides=("name", "other", "tables", "link_note"),
)
def indicator_names_agree(
    report: Report, opts: IndicatorNamesOptions, ctx: Context
) -> Iterator[Violation]:
    """The copies of one row state the same indicator in every table.

    Only copies that state exactly one indicator take part (a row measured by two
    indicators cannot be paired text by text). Texts are compared after normalising
    case, spacing and known variants; texts that differ only by spelling
    (``spelling_ratio``) are left alone. The indicator most copies state is taken as
    the row's; each copy stating another is reported. When no text is stated by more
    copies than another, nothing tells which is meant and nothing is reported.
    """
    from rapidfuzz import fuzz

    for _group, copies in index(ctx).of_kind("entity"):
        stated = [(c, text) for c in copies if (text := _sole_indicator(c))]
        if len(stated) < 2 or len({text for _, text in stated}) == 1:
            continue  # NOTE: the usual case: every copy states the same text
        keys: dict[str, list[tuple[Copy, str]]] = defaultdict(list)
        for copy, text in stated:
            keys[canonical(text)].append((copy, text))
        groups = sorted(keys.values(), key=len, reverse=True)
        if len(groups) < 2 or len(groups[0]) == len(groups[1]):
            continue
        majority = groups[0]
        anchor, theirs = majority[0]
        for group in groups[1:]:
            for copy, mine in group:
                if (
                    fuzz.ratio(canonical(mine), canonical(theirs))
                    >= opts.spelling_ratio
                ):
                    continue
                note, weak = link_note([copy, anchor], ctx.lang)
                yield ctx.violation(
                    ctx.cell_location(copy.table, copy.row, _indicator_col(copy)),
                    expected=theirs,
                    actual=mine,
                    related=[
                        ctx.cell_location(o.table, o.row, _indicator_col(o))
                        for o, _ in majority
                    ],
                    confidence=weak,
                    name=mine,
                    other=theirs,
                    tables=", ".join(dict.fromkeys(o.table.label for o, _ in majority)),
                    link_note=note,
                )


def _indicator_col(copy: Copy) -> Column:
    col = copy.table.column(R.INDIKATOR)
    assert col is not None
    return col


def _sole_indicator(copy: Copy) -> str:
    """The one indicator a copy's row states, or "" when it states none or several."""
    col = copy.table.column(R.INDIKATOR)
    if col is None:
        return ""
    rows = copy.table.rows
    own = copy.table.entity_row(copy.row)
    texts = []
    for row in rows[own.index - 1 :]:
        if row is not own and row.entity != own.index:
            break
        text = row.cells[col.cells[0]].text
        if any(c.isalpha() for c in text):  # NOTE: "-" states no indicator
            texts.append(text)
    return texts[0] if len(texts) == 1 else ""
