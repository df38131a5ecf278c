"""Linking every figure claim of a report to the cells it restates: one walk.

The walk goes sentence by sentence and carries each paragraph's subject forward
(a sentence without a subject of its own continues the one before it). For each
figure claim it finds the cells by meaning (:mod:`lkjaudit.checks.quotes`) and
judges the claim against the value each cell should hold
(:mod:`lkjaudit.checks.truth`): ok, contradicts, or unmatched (no row named and the
figure in no column of its kind).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from lkjaudit.analysis.columns import infer_role, other_years
from lkjaudit.analysis.names import official_name
from lkjaudit.analysis.periods import Period, period_of
from lkjaudit.analysis.rows import is_average_row
from lkjaudit.checks.arithmetic import RatioOptions, exact_ratios
from lkjaudit.checks.common import is_figure
from lkjaudit.checks.common import printed as printed_figure
from lkjaudit.checks.copied import copied
from lkjaudit.checks.crossref.agreement import Item, agree
from lkjaudit.checks.groups import Group, group_truth, unsummed_groups
from lkjaudit.checks.interval import Interval, agrees, printed
from lkjaudit.checks.quarters import quarter_parts
from lkjaudit.checks.quotes import (
    NEAREST_TABLES,
    Entity,
    ProseIndex,
    column_for,
    prose_index,
)
from lkjaudit.checks.rates import fits, rated_rows, row_unit
from lkjaudit.checks.root_rows import RootIndex
from lkjaudit.checks.truth import CAPAIAN, Truth, truth
from lkjaudit.checks.witnesses import BUDGET, Said, in_table_said
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import (
    Column,
    ColumnRole,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)
from lkjaudit.model.values import Value, ValueKind, format_value
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.claims import (
    SPENDING_KIND,
    FigureClaim,
    named_owner,
    past_acquisition,
    sisa_subject,
    speaks_of_budget,
)
from lkjaudit.prose.figures import same_noun
from lkjaudit.prose.owners import OwnerNames, owner_labels
from lkjaudit.prose.places import elsewhere_claims
from lkjaudit.prose.rates import RATED
from lkjaudit.prose.revenue import revenue_column, revenue_row
from lkjaudit.prose.subunits import sub_unit_claims
from lkjaudit.prose.text import CONTRAST, Sentence, contrast_start, tokens

__all__ = ["Cell", "Verdict", "owner_names", "quoted", "walk"]

R = ColumnRole
HUNDRED = Decimal(100)
# metrics a table without their column states through anggaran and realisasi
DERIVED = ("sisa", "persen_anggaran", "persen_sisa")
# metrics a table states through no column but always computes (sisa / anggaran)
_COMPUTED = ("persen_sisa",)
# derived figures in percent (no power of ten of the budget columns)
_PERCENTS = ("persen_anggaran", "persen_sisa")
# the unit as a whole: a sentence saying so does not continue the last subject
_WHOLE = lazy(r"\b(?:keseluruhan|secara\s+umum|total|seluruh)\b", re.I)
_TOTAL_WORDS = lazy(r"\b(?:jumlah|total|seluruh|keseluruhan|semua)\b", re.I)
# the staff as a whole before a count: the staff noun, then only the unit's name,
# a date and a linking word ("Pegawai Kecamatan Watugede per 30 Juni 2025
# sebanyak", "memiliki pegawai berjumlah"); "pegawai yang akan pensiun sebanyak"
# and "Pegawai PPPK sebanyak" (a status, a level of schooling, a sex, a rank: a
# category, whether or not a table has its column) are some of them
_CATEGORY_WORD = (
    r"(?!(?i:pns|cpns|pppk|p3k|asn|tkb|thl|tkk|ptt|honorer|honor|non|kontrak|"
    r"laki|perempuan|pria|wanita|struktural|fungsional|pelaksana|golongan|gol|"
    r"eselon|s[1-3]|d[1-4]|sma|smk|smp|sd|slta|sltp|sarjana|magister|diploma)\b)"
)
_ALL_STAFF = lazy(
    r"\b(?i:pegawai|aparatur(?:\s+sipil\s+negara)?|asn|personil|personel|sdm|"
    r"sumber\s+daya\s+manusia)(?:nya)?"
    rf"(?:\s+(?:{_CATEGORY_WORD}[A-Z][\w./-]*|\d[\d./-]*|per|pada|tanggal|tahun|akhir|bulan|"
    r"semester|triwulan|s\.?\s?d\.?|sampai|dengan|hingga|saat|ini|di|kecamatan|"
    r"kelurahan))*"
    r"\s+(?i:sebanyak|berjumlah|sejumlah|tercatat|ada|adalah|yaitu|yakni)\s*$",
)
# what may follow a count of all the staff: its end, or its parts
_WHOLE_TAIL = lazy(
    r"\s*(?:$|[,;.:]|\(|(?:yang\s+)?(?:terdiri|meliputi|dengan\s+rincian)\b)",
    re.IGNORECASE,
)
# what a count's words after its label say of it: "1 unit kendaraan roda dua yang
# rusak berat", "3 unit komputer dalam kondisi rusak ringan" (the words that
# qualify it, up to the end of its clause)
_QUALIFIER = lazy(
    r"\s*(?:yang|dalam|dengan)\b(?:\s+(?:masih|sudah|telah|berada|dalam|dengan|"
    r"kondisi(?:nya)?|keadaan|berstatus))*\s+(?P<rest>[^,;:()]*)",
    re.IGNORECASE,
)
# a condition no category column may match ("yang rusak": light or heavy)
_CONDITION = lazy(r"\b(?:kondisi(?:nya)?|keadaan|rusak|baik|layak)\b", re.I)
# the words that end a qualifier ("yang rusak berat dan akan dihapus")
_QUALIFIER_END = lazy(
    r"\b(?:dan|serta|atau|sedangkan|sementara|namun|tetapi|yang|di|ke|dari|pada|"
    r"untuk|oleh|terdiri|sebanyak|sejumlah|berjumlah|atas|antara|ini|itu|tersebut)\b"
    r"|\d",
    re.IGNORECASE,
)
# a count followed by what some of them do or will do: "4 orang PPPK telah
# mengikuti pelatihan", "3 orang PNS akan memasuki masa pensiun": a subgroup (the
# verb right after the count's label, or within it when the label ran on)
_SUBGROUP_VERB = r"\b(?:mengikuti|memasuki|menempuh|menjalani|pensiun)\b"
_SUBGROUP_IN = lazy(_SUBGROUP_VERB, re.I)
_SUBGROUP = lazy(
    r"\s*(?:yang\s+)?(?:(?:telah|sudah|sedang|akan|masih|belum)\s+)*" + _SUBGROUP_VERB,
    re.IGNORECASE,
)
# a kind of spending is a part of the budget, never its whole: a clause about one
# that names no row of a table is no claim about the JUMLAH row
_SPENDING_KIND = lazy(SPENDING_KIND, re.I)
# the budget figures a table's total row states too
_BUDGET_METRICS = ("anggaran", "realisasi_anggaran", *DERIVED)
# the kinds of figure a sentence's figure found under none of its own may be
_ELSEWHERE = (
    "capaian",
    "realisasi",
    "target",
    "persen_anggaran",
    "anggaran",
    "realisasi_anggaran",
    "sisa",
)
# the figures of an indicator's row a sentence may quote
_PERFORMANCE = ("capaian", "realisasi", "target")
# an indicator's figures a quarter may date, and the role of their quarter columns
_DATED_ROLES = {"realisasi": R.REALISASI, "target": R.TARGET}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# the rows that own their spending: a programme, kegiatan or sub kegiatan
_OWNERS = frozenset({"program", "kegiatan", "sub_kegiatan"})


def _is_owner(entity: Entity) -> bool:
    return entity.kind in _OWNERS


# "masing-masing": each of the rows named before it
_EACH = lazy(r"\bmasing-?\s*masing\b", re.I)
# how many earlier claims of a sentence are searched for the row a figure is about
EARLIER = 4


@dataclass(frozen=True)
class Cell:
    """A table cell a claim restates.

    A table without a sisa or budget % column still states both through its
    anggaran and realisasi: such a figure is ``derived`` (the metric it computes),
    ``col`` is the row's realisasi and ``inputs`` the columns it is computed from.
    """

    table: Table
    row: int
    col: Column
    truth: Truth
    derived: str | None = None
    inputs: tuple[Column, ...] = ()
    # a figure of a group's columns added up (PNS › L + PNS › P), or its share:
    # the group's label (PNS)
    group: str = ""
    # a target or realisasi its copies in other tables print otherwise:
    # "settled" when the copy rule settles the figure (``truth`` is that figure),
    # "tie" when nothing does; ``copies`` are the other tables' (label, figure)
    dispute: Literal["", "settled", "tie"] = ""
    copies: tuple[tuple[str, str], ...] = ()


@dataclass
class Verdict:
    """What became of one figure claim."""

    claim: FigureClaim
    outcome: Literal["ok", "contradicts", "unmatched", "skipped"]
    cells: list[Cell] = field(default_factory=list)


def _cell(
    report: Report, table: Table, row_index: int, col: Column, capaian: RatioOptions
) -> Cell | None:
    """A cell and the value it should hold (a budget figure: as supported).

    A capaian is judged as the capaian rule with the options ``capaian`` judges it.
    """
    found = truth(table, table.row(row_index), col, report, capaian)
    return Cell(table, row_index, col, found) if found is not None else None


def _derived(
    report: Report, table: Table, row_index: int, metric: str, capaian: RatioOptions
) -> Cell | None:
    """A row's sisa (anggaran − realisasi) or budget % (realisasi / anggaran).

    Only for a table that has no column of its own for the metric.
    """
    if not _derivable(table, metric):
        return None
    pagu_col = table.column(R.ANGGARAN)
    left_col = table.column(R.SISA) if metric == "persen_sisa" else None
    spent_col = left_col or table.column(R.REALISASI_ANGGARAN)
    assert pagu_col is not None and spent_col is not None
    pagu = _cell(report, table, row_index, pagu_col, capaian)
    spent = _cell(report, table, row_index, spent_col, capaian)
    if pagu is None or spent is None:
        return None
    base, used = pagu.truth.interval, spent.truth.interval
    if metric == "sisa":
        interval, unit, decimals = base - used, pagu.truth.printed.unit, 0
    elif base.lo <= 0 <= base.hi:
        return None
    else:
        if metric == "persen_sisa" and left_col is None:
            used = base - used  # NOTE: no sisa column: anggaran − realisasi
        interval, unit, decimals = (used / base).scale(HUNDRED), "%", 2
    mid = interval.mid
    value = Value(format_value(mid, decimals, unit), ValueKind.NUMBER, mid, unit)
    return Cell(
        table,
        row_index,
        spent_col,
        Truth(interval, value, False),
        metric,
        (pagu_col, spent_col),
    )


# the figures a copy rule settles between a table's copies
_COPIED = (R.REALISASI, R.TARGET)


@per_report
def _copy_facts(report: Report) -> dict[tuple[int, int, int], list[Item]]:
    """Each target or realisasi copy whose copies print two figures or more.

    Keyed by the copy's table, row and column, with the fact's copies.
    """
    from lkjaudit.checks.crossref.figures import report_facts

    found: dict[tuple[int, int, int], list[Item]] = {}
    for _, role, items, clusters, _ in report_facts(report):
        if role not in _COPIED or clusters is None or len(clusters) < 2:
            continue
        for copy, col, _ in items:
            found[(id(copy.table), copy.row.index, col.index)] = items
    return found


# a cell as its table, row, column and derived metric give it
_CellKey = tuple[int, int, int, str | None]


def _key(cell: Cell) -> _CellKey:
    return (id(cell.table), cell.row, cell.col.index, cell.derived)


def _disputed(report: Report, cell: Cell) -> Cell:
    """A cell whose copies print another figure, as the copy rule settles them.

    A miscopy the other copies settle should hold their figure: the cell at
    that figure, ``dispute`` "settled". The copy they settle is right as it is.
    Copies that nothing settles (one against one, each confirmed by its own
    table or neither) leave no figure to expect: ``dispute`` "tie".
    """
    if cell.dispute or cell.derived is not None or cell.col.role not in _COPIED:
        return cell
    items = _copy_facts(report).get((id(cell.table), cell.row, cell.col.index))
    if items is None:
        return cell
    own = next(
        (
            item
            for item in items
            if item[0].table is cell.table
            and item[0].row.index == cell.row
            and item[1].index == cell.col.index
        ),
        None,
    )
    if own is None:
        return cell
    mine = own[2]
    copies = tuple(
        (copy.table.label, printed_figure(copy.table, copy.row, col, value))
        for copy, col, value in items
        if copy.table is not cell.table and not agree(own, (copy, col, value))
    )
    settled = copied(report, cell.table, cell.table.row(cell.row), cell.col)
    if settled is not None:
        value = Value(
            format_value(settled.value, settled.decimals, mine.unit),
            ValueKind.NUMBER,
            settled.value,
            mine.unit,
            settled.decimals,
        )
        exact = Interval.exact(settled.value)
        return replace(
            cell,
            truth=Truth(printed(value) if settled.decimals else exact, mine, True),
            dispute="settled",
            copies=tuple(
                (where, figure)
                for where, figure in copies
                if any(said.where == where for said in settled.witnesses)
            ),
        )
    if any(
        copied(report, copy.table, copy.row, col) is not None for copy, col, _ in items
    ):
        return cell  # NOTE: the copy the others settle on
    return replace(cell, dispute="tie", copies=copies)


def _clauses(claim: FigureClaim) -> tuple[tuple[str, ...], bool]:
    """The texts that may name the row of a claim's figure, nearest first.

    The text since the previous figure, then since each earlier claim (a few at
    most), then the whole sentence before it; but not past a clause about the whole
    ("…, sehingga secara keseluruhan realisasi anggaran mencapai 96,27%", "…,
    sedangkan total realisasi anggaran … atau 96,27%"): the figure is the total's,
    and True says so. Nor past a clause naming a kind of spending ("Realisasi
    anggaran Program … 96,41%, dengan belanja modal sebesar Rp …"): the figure is
    that kind's, part of whatever an earlier clause named.
    """
    texts: list[str] = []
    for text in (claim.before, *claim.earlier[:EARLIER]):
        texts.append(text)
        if _WHOLE.search(text):
            return tuple(dict.fromkeys(texts)), True
        if _SPENDING_KIND.search(text):
            return tuple(dict.fromkeys(texts)), False
    texts.append(claim.prefix)
    return tuple(dict.fromkeys(texts)), False


def _of_a_kind(claim: FigureClaim) -> bool:
    """Whether a budget figure is about one kind of spending, not a row or the whole.

    The kind is named in the figure's own clause and no word of the whole follows
    it there (the clause is cut at a comma: "Realisasi anggaran 96,27%, dengan
    belanja modal sebesar Rp …" is belanja modal's amount, whatever the clause
    before it said of the whole). A bare "sisa" opening the clause is the sisa of
    what the clause before it quoted ("Realisasi belanja modal sebesar 90,00%,
    sisanya sebesar 10,00%": belanja modal's).
    """
    clause = re.split(r"[,;]", claim.prefix)[-1]
    if claim.metric in ("sisa", "persen_sisa"):
        clause = sisa_subject(claim.prefix) + clause
    kinds = list(_SPENDING_KIND.finditer(clause))
    return bool(kinds) and not _WHOLE.search(clause, kinds[-1].end())


# two kinds of spending or more listed before a figure ("berupa belanja operasi
# dan belanja modal sebesar Rp …", "terdiri dari belanja pegawai, belanja barang
# dan jasa, dan belanja modal dengan total Rp …"): the figure is their sum
_KIND_LIST = lazy(
    rf"{SPENDING_KIND}(?:\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
    rf"{SPENDING_KIND})+",
    re.IGNORECASE,
)


def _kinds_listed(claim: FigureClaim) -> set[str] | None:
    """The kinds of spending a list in the figure's clause names, or None.

    None when the clause names one kind, or none, or when the figure's own
    label follows the list ("… belanja operasi dan belanja modal, realisasi
    belanja modal sebesar Rp …").
    """
    clause = re.split(r"[;:]", claim.prefix)[-1]
    lists = list(_KIND_LIST.finditer(clause))
    if not lists or _SPENDING_KIND.search(clause, lists[-1].end()):
        return None
    return {
        kind.group(0).lower().split()[1]
        for kind in _SPENDING_KIND.finditer(lists[-1].group(0))
    }


def _whole_budget(kinds: set[str]) -> bool:
    """Whether the kinds listed make a unit's whole budget: operasi and modal.

    Belanja operasi is belanja pegawai and belanja barang dan jasa (with hibah,
    bantuan and subsidi); a unit's budget is belanja operasi and belanja modal.
    """
    operasi = "operasi" in kinds or {"pegawai", "barang"} <= kinds
    return operasi and "modal" in kinds


# a programme or kegiatan described by words of no programme's name: "anggaran
# kegiatan pembinaan PKK tingkat kecamatan", "kegiatan Camat dan Sekretaris Camat
# untuk perjalanan dinas", "program kerja Camat"
_DESCRIBED = lazy(
    r"\b(?:sub\s*kegiatan|kegiatan|program)\s+(?!(?:dan|serta|maupun|ini|itu|"
    r"tersebut|tahun)\b)[^\W\d_]",
    re.IGNORECASE,
)
# how far from the total an amount may be and still be the total mistyped
_NEAR = Decimal("0.1")


def _described(claim: FigureClaim) -> bool:
    """Whether a budget figure's clause describes a programme or kegiatan.

    Not when it speaks of the whole (*total*, *seluruh* …) or names the
    programmes and kegiatan together ("program dan kegiatan").
    """
    clause = CONTRAST.split(claim.prefix)[-1]
    if _WHOLE.search(clause):
        return False
    return _DESCRIBED.search(clause) is not None


def _near_total(cell: Cell, claim: FigureClaim) -> bool:
    """Whether a rupiah amount is within a tenth of a total it may mistype."""
    if claim.figure.value.unit != "rp" or claim.figure.number is None:
        return False
    total = quoted(cell, claim)
    if not total:
        return False
    return abs(claim.figure.number - total) <= _NEAR * abs(total)


def _owner(claim: FigureClaim, names: OwnerNames) -> frozenset[str] | None:
    """The words of the programme, kegiatan or sub kegiatan a figure's clause names.

    "Anggaran Program Penunjang Urusan Pemerintahan Daerah sebesar Rp …": the
    programme's budget, whichever tables hold a row of it. Empty when the clause
    points back to one ("anggaran program ini"), None when it names none or
    speaks of the whole (*total*, *keseluruhan*, "program dan kegiatan Kecamatan
    …"); words that name no programme ("program kerja Camat", "kegiatan pelayanan
    publik") are none (:mod:`lkjaudit.prose.owners`).
    """
    clause = CONTRAST.split(claim.prefix)[-1]
    if _WHOLE.search(clause):
        return None
    name = named_owner(clause, names)
    return tokens(name) if name is not None else None


@per_report
def owner_names(report: Report) -> OwnerNames:
    """What names a programme or kegiatan: a report's rows and the official list."""
    return OwnerNames(owner_labels(report), official_name)


def _named_by(entity: Entity, owner: frozenset[str] | None) -> bool:
    """Whether a row may be the one a programme's name (or none) in a clause means."""
    if not owner:
        return True
    return 4 * len(owner & entity.label) >= 3 * len(owner)


def _owned_table(table: Table, owner: frozenset[str]) -> bool:
    """Whether a table's caption (or the heading above it) names a programme.

    "Realisasi Anggaran Program Penunjang … menurut Jenis Belanja": its JUMLAH is
    that programme's budget.
    """
    words = tokens(f"{table.caption or ''} {table.section or ''}")
    return bool(owner) and 4 * len(owner & words) >= 3 * len(owner)


def _derivable(table: Table, metric: str) -> bool:
    """Whether a table states a metric only through its anggaran and realisasi."""
    if metric in _COMPUTED:
        spent = table.column(R.SISA) or table.column(R.REALISASI_ANGGARAN)
    else:
        spent = table.column(R.REALISASI_ANGGARAN)
    return (
        metric in DERIVED
        and column_for(table, metric) is None
        and table.column(R.ANGGARAN) is not None
        and spent is not None
    )


def _metric_cell(
    report: Report, table: Table, row_index: int, metric: str, capaian: RatioOptions
) -> Cell | None:
    """The cell of a row holding a metric, or the figure its budget columns give."""
    col = column_for(table, metric)
    if col is not None:
        return _cell(report, table, row_index, col, capaian)
    return _derived(report, table, row_index, metric, capaian)


def _fits(claim: FigureClaim, cell: Cell) -> bool:
    """Whether a cell can be what the claim restates.

    A percentage restates a realisasi or target only in percent: "47,20%" is no
    restatement of a realisation of 212,4 miliar rupiah, nor of a revenue's
    realisation in a column of rupiah printed bare (``Realisasi (Rp)``); a
    count ("47.835 orang") only of a row counted in its noun.
    """
    if cell.col.role not in (R.REALISASI, R.TARGET):
        return True
    unit = cell.truth.printed.unit
    if claim.figure.kind == "count":
        noun = claim.figure.noun
        return unit is not None and noun is not None and same_noun(unit.lower(), noun)
    if claim.figure.kind != "pct":
        return True
    return unit == "%" or (unit is None and cell.col.content != "money")


def _any(entity: Entity) -> bool:
    return True


# what a percentage an indicator reached may restate
_ATTAINED = ("realisasi", "capaian")


def _sub_unit_row(entity: Entity, claim: FigureClaim) -> bool:
    """Whether a row may be a claim's: any, or the row of the sub-unit it names.

    "Capaian IKM Puskesmas Sukamulya sebesar 95,37%" restates the row of
    Puskesmas Sukamulya (a table of IKM per unit layanan), not the IKM row.
    """
    return not claim.sub_unit or claim.sub_unit <= entity.label | entity.indikator


def _named_by_unit(entity: Entity, words: frozenset[str]) -> bool:
    """Whether a text names a row by its words (a sub-unit's row has no indicator)."""
    return bool(entity.label) and entity.label <= words


def _indicator_named(entity: Entity, words: frozenset[str]) -> bool:
    """Whether a text names a row's indicator (to three quarters of its words)."""
    name = entity.indikator or (
        entity.label if entity.kind == "indikator" else frozenset()
    )
    hits = len(name & words)
    return bool(name) and 4 * hits >= 3 * len(name) and hits >= min(2, len(name))


def _attained_metrics(report: Report, entity: Entity) -> tuple[str, ...]:
    """What a percentage reached restates of a row: by the unit it counts in.

    The realisasi of an indicator in %, the capaian of one in another unit; either
    when the row prints no unit.
    """
    table, row = entity.table, entity.row
    unit = None
    for role in (R.REALISASI, R.TARGET):
        col = table.column(role)
        if col is not None and (value := table.value(row, col)).unit is not None:
            unit = value.unit
            break
    if unit == "%":
        return ("realisasi",)
    return ("capaian",) if unit is not None else _ATTAINED


def _near(index: ProseIndex, cells: list[Cell], at: int) -> list[Cell]:
    return sorted(cells, key=lambda c: abs(index.at(c.table) - at))


def _readings(cell: Cell, claim: FigureClaim, interval: Interval) -> list[Interval]:
    """A cell's figure as a sentence may quote it.

    A table in thousands of rupiah (``38.650``) is quoted in rupiah
    (``Rp 38.650.000``); a figure quoted without ``Rp`` may also be the table's
    own print.
    """
    scale = _scale(cell)
    if not scale:
        return [interval]
    whole = interval.scale(Decimal(1).scaleb(scale))
    return [whole] if claim.figure.value.unit == "rp" else [whole, interval]


def quoted(cell: Cell, claim: FigureClaim) -> Decimal:
    """The figure a sentence should quote for a cell, in the claim's own terms."""
    mid = cell.truth.interval.mid
    if claim.figure.value.unit != "rp" or not _scale(cell):
        return mid
    return cell.col.rupiah(mid)


def _scale(cell: Cell) -> int:
    """The power of ten a cell's figure stands for (a derived budget % has none)."""
    return 0 if cell.derived in _PERCENTS else cell.col.scale


def _shown(claim: FigureClaim) -> Interval:
    """Every number that rounds (half up) to the figure as the sentence prints it.

    "Rp 2,4 miliar" stands for [2.350.000.000; 2.450.000.000), "92,38%" for
    [92,375; 92,385).
    """
    half = Decimal(5).scaleb(claim.figure.place - 1)
    number = claim.figure.number
    return Interval(number - half, number + half, number)


# the powers of ten a unit of rupiah stands for ("miliar rupiah", "juta Rp")
_RUPIAH_SCALE = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12}


def _in_rupiah(cell: Cell, claim: FigureClaim) -> bool:
    """Whether an amount in Rp is a realisasi a row counts in (some) rupiah.

    "Rp 212,4 miliar" restates 212,4 in a row whose unit is "miliar rupiah".
    """
    unit = (cell.truth.printed.unit or "").lower().split()
    if claim.figure.kind != "rp" or not ({"rupiah", "rp"} & set(unit)):
        return False
    power = _RUPIAH_SCALE.get(unit[0], 0) if len(unit) > 1 else 0
    return _overlaps(cell.truth.interval.scale(Decimal(1).scaleb(power)), claim)


def _overlaps(expected: Interval, claim: FigureClaim) -> bool:
    shown = _shown(claim)
    return expected.lo < shown.hi and expected.hi >= shown.lo


def _agrees(cell: Cell, claim: FigureClaim) -> bool:
    """Whether a claim quotes the cell's figure as it should be (or as rightly)."""
    truth = cell.truth
    return any(
        _overlaps(reading, claim)
        for interval in (truth.interval, *truth.others)
        for reading in _readings(cell, claim, interval)
    )


# the subject a sentence continues, resolved only when a claim asks for it
_Carry = Callable[[], list[Entity]]


class _Topic:
    """The sentences of a paragraph (or list item) so far, and what they name.

    A sentence's own rows are resolved only when a later claim of the paragraph
    needs the subject carried to it: most claims name their rows themselves.
    """

    def __init__(self, index: ProseIndex, talking: set[int]) -> None:
        self._index = index
        self._talking = talking  # the paragraphs with claims (others carry none)
        self._sentences: list[Sentence] = []
        self._own: dict[int, list[Entity]] = {}  # a sentence's rows, by position

    def add(self, sentence: Sentence) -> None:
        self._sentences.append(sentence)

    def carry(self) -> _Carry:
        """The subject after the sentences added so far: the last that names rows."""
        count = len(self._sentences)
        return lambda: self._subject(count)

    def _subject(self, count: int) -> list[Entity]:
        for k in range(count - 1, -1, -1):
            if own := self._rows(k):
                return own
        return []

    def _rows(self, k: int) -> list[Entity]:
        own = self._own.get(k)
        if own is None:
            sentence = self._sentences[k]
            own = self._own[k] = (
                self._index.resolve(sentence.text, _any, at=sentence.near)
                if sentence.paragraph in self._talking
                else []
            )
        return own


class _Subjects(Mapping[tuple[int, int], list[Entity]]):
    """The subject each sentence carries, by (paragraph, position), read on demand."""

    def __init__(self) -> None:
        self._carry: dict[tuple[int, int], _Carry] = {}

    def add(self, key: tuple[int, int], carry: _Carry) -> None:
        self._carry[key] = carry

    def __getitem__(self, key: tuple[int, int]) -> list[Entity]:
        return self._carry[key]()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._carry)

    def __len__(self) -> int:
        return len(self._carry)


# the budget column that holds a revenue figure in a budget table
_BUDGET_OF_REVENUE = {"realisasi": "realisasi_anggaran", "target": "anggaran"}


def _dated_claims(report: Report, dated: list[FigureClaim]) -> list[FigureClaim]:
    """The figures of another year that are the unit's own.

    Another place's or a national figure ("Cakupan imunisasi nasional tahun 2023
    sebesar 94,3%") is left out, and a sub-unit's kept only for a table that has
    its row (:func:`elsewhere_claims`, :func:`sub_unit_claims`), each read from
    the start of its sentence.
    """
    kept: list[FigureClaim] = []
    for claim in dated:
        for own in sub_unit_claims(report, elsewhere_claims(report, [claim])):
            if own is not None:
                kept.append(own)
    return kept


class _Pass:
    """One walk over the sentences, carrying each paragraph's subject forward."""

    def __init__(self, report: Report, capaian: RatioOptions) -> None:
        self.report = report
        self.capaian = capaian
        self.index: ProseIndex = prose_index(report)
        self.verdicts: list[Verdict] = []
        self.subjects = _Subjects()
        self._by_claim: dict[int, list[Cell]] = {}
        # the texts that may name a claim's row, cut at a contrast (see _texts)
        self._texts_of: dict[int, tuple[tuple[str, ...], str | None]] = {}
        self._sentence_claims: dict[int, list[FigureClaim]] = {}
        # where the label a count took from the words after it ends in its sentence
        self._label_used: dict[int, int] = {}
        self._total_cache: dict[tuple[str, bool], list[Cell]] = {}
        self._item_cache: dict[str, list[Table]] = {}
        self._value_cache: dict[str, dict[int, list[Cell]]] = {}
        self._roots: RootIndex | None = None  # built when a claim first needs it
        # capaian cells a sentence right by their printed operands shows wrong:
        # (table id, row) → the exact figure, its formula and the sentence's claim
        self.blamed: dict[tuple[int, int], tuple[Interval, str, FigureClaim]] = {}
        claims = self.index.claims
        by_sentence: dict[tuple[int, int], list[FigureClaim]] = {}
        for claim in claims.figures:
            key = (claim.sentence.paragraph, claim.sentence.position)
            by_sentence.setdefault(key, []).append(claim)
        # NOTE: a figure of another year after the sentence's own (its verdict
        # reads no subject and gives none)
        for claim in _dated_claims(report, claims.dated):
            key = (claim.sentence.paragraph, claim.sentence.position)
            by_sentence.setdefault(key, []).append(claim)
        self._other_years: dict[int, dict[str, dict[ColumnRole, Column]]] = {}
        # only paragraphs with claims need their subjects carried
        talking = {c.sentence.paragraph for c in claims.figures} | {
            q.sentence.paragraph for q in claims.qualitative
        }
        talking |= {c.sentence.paragraph for c in claims.dated}
        topic = _Topic(self.index, talking)
        for sentence in claims.sentences:
            key = (sentence.paragraph, sentence.position)
            if claims.starts_topic(sentence):
                topic = _Topic(self.index, talking)
            carry = topic.carry()  # NOTE: the sentences before this one's
            topic.add(sentence)
            mine = by_sentence.get(key, [])
            self._sentence_claims[id(sentence)] = mine
            for claim in mine:
                self.verdicts.append(self._judge(claim, carry))
            self.subjects.add(key, topic.carry())

    def _cell(self, table: Table, row_index: int, col: Column) -> Cell | None:
        """A cell and the value it should hold (:func:`_cell`, this pass's options)."""
        return _cell(self.report, table, row_index, col, self.capaian)

    def _target_cell(self, table: Table, row_index: int, target: Target) -> Cell | None:
        """A cell of a column, or a group's columns added up on a row.

        ``9 orang PNS`` under ``PNS › L`` and ``PNS › P`` with no ``PNS › Jml``:
        the group's figures on the row, summed exactly (:func:`group_truth`), as
        a figure computed from them (``derived`` ``group``, its columns as
        ``inputs``).
        """
        if isinstance(target, Column):
            return self._cell(table, row_index, target)
        row = table.row(row_index)
        found = group_truth(self.report, table, row, target)
        if found is None:
            return None
        return Cell(
            table, row_index, target.parts[0], found, "group", target.parts, target.name
        )

    def _metric(self, table: Table, row_index: int, metric: str) -> Cell | None:
        """A row's cell of a metric, or its derived figure (:func:`_metric_cell`)."""
        return _metric_cell(self.report, table, row_index, metric, self.capaian)

    # ------------------------------------------------------------------ figures

    def _judge(self, claim: FigureClaim, carry: _Carry) -> Verdict:
        if claim.year is not None:
            return self._of_year(claim)
        if claim.metric == "share":
            if self._subgroup_share(claim):
                return Verdict(claim, "skipped")
            cells = self._share_cells(claim)
        elif claim.metric == "attained":
            return self._attained(claim)
        elif claim.figure.kind in RATED:
            return self._rated(claim)
        elif claim.revenue:
            cells = self._revenue_cells(claim)
            if not cells:
                # NOTE: revenue no table of revenue holds: nothing to compare
                self._by_claim[id(claim)] = []
                return Verdict(claim, "skipped")
        elif claim.metric in ("staff", "asset"):
            # NOTE: a count of staff or assets in a report with no table of them
            # has nothing to be compared with: no table should have held it
            items = self._item_cells(claim) if self._item_tables(claim.metric) else None
            if items is None:
                self._by_claim[id(claim)] = []
                return Verdict(claim, "skipped")
            cells = items
        else:
            rows = self._named_cells(claim, carry)
            named = self._quarter_cells(claim, rows)
            cells = [c for c in named if _fits(claim, c)]
            if rows and not cells:
                # NOTE: the rows it names hold no figure of the claim's kind
                self._by_claim[id(claim)] = []
                return Verdict(claim, "skipped")
        self._by_claim[id(claim)] = cells
        if cells:
            return self._verdict(claim, cells)
        if claim.figure.kind == "count" and claim.metric not in ("staff", "asset"):
            # NOTE: "jumlah penduduk mencapai 45.000 orang": an indicator's count
            # no row names is of something the tables need not hold
            return Verdict(claim, "skipped")
        return self._unanchored(claim)

    def _revenue_cells(self, claim: FigureClaim) -> list[Cell]:
        """The cells a revenue figure restates: a row of a table of revenue.

        The row its clause names ("Pendapatan jasa layanan rawat jalan
        terealisasi sebesar Rp …"), else the table's total: when the clause
        speaks of the whole (*total*, *seluruh* …), or the amount is within a
        tenth of the total (a part of the revenue no row holds, "pendapatan dari
        jasa parkir", is not the whole). Never a row of the budget: revenue is not
        spending.
        """
        tables = [
            t
            for t in self.index.tables
            if (col := column_for(t, claim.metric)) is not None and revenue_column(col)
        ]
        ids = {id(t) for t in tables}

        def need(entity: Entity) -> bool:
            return id(entity.table) in ids and _sub_unit_row(entity, claim)

        found: list[Entity] = []
        if tables:
            for text in _clauses(claim)[0]:
                if found := self.index.resolve(text, need, at=claim.sentence.near):
                    break
        if found:
            return [
                c
                for e in found
                if (c := self._metric(e.table, e.row.index, claim.metric)) is not None
            ]
        if budget := self._budget_revenue_cells(claim):
            return budget
        if not tables:
            return []
        whole = _WHOLE.search(CONTRAST.split(claim.prefix)[-1]) is not None
        return [
            c
            for c in self._totals(claim.metric)
            if id(c.table) in ids and (whole or _near_total(c, claim))
        ]

    def _budget_revenue_cells(self, claim: FigureClaim) -> list[Cell]:
        """The revenue row of a budget table a revenue figure's clause names.

        An APBD table prints "Pendapatan Asli Daerah" under ``Anggaran |
        Realisasi`` beside its spending: "Realisasi Pendapatan Asli Daerah …
        sebesar Rp …" is that row's Realisasi, its target the row's Anggaran.
        Only a row the clause names, and only one named for revenue: never the
        table's total, which adds spending in.
        """
        metric = _BUDGET_OF_REVENUE[claim.metric]

        def need(entity: Entity) -> bool:
            table = entity.table
            return (
                column_for(table, metric) is not None
                and entity.kind != "item"
                and revenue_row(table.label_of(table.entity_row(entity.row)))
                and _sub_unit_row(entity, claim)
            )

        for text in _clauses(claim)[0]:
            if found := self.index.resolve(text, need, at=claim.sentence.near):
                return [
                    c
                    for e in found
                    if (c := self._metric(e.table, e.row.index, metric)) is not None
                ]
        return []

    def _quarter_cells(self, claim: FigureClaim, cells: list[Cell]) -> list[Cell]:
        """A figure dated to a quarter is its quarter's figure first.

        "Realisasi anggaran Program X pada triwulan III sebesar Rp …" quotes the
        programme's TW III column where its table splits the spending by quarter
        (``TW I | TW II | TW III | s.d. TW III`` under ``Realisasi``): that cell is
        put before the running total, which stays a reading (reports say "pada
        triwulan III" of the total up to it too). The quarter is read from the
        words since the figure before it; "s.d. triwulan III" names the total.

        An indicator's realisasi or target is dated the same way, by the words
        before it, else after it, else its sentence's one period: "pada triwulan
        II terealisasi 11 kali" is the TW II column's, "target 150 orang sampai
        dengan triwulan III" the running target (a ``Target s.d. TW III`` column,
        else the quarters' targets added up), each before the row's own cell.
        """
        if claim.metric == "realisasi_anggaran" and claim.figure.kind == "rp":
            role = R.REALISASI_ANGGARAN
            period = period_of(claim.before)
        elif claim.metric in _DATED_ROLES and not claim.revenue:
            role = _DATED_ROLES[claim.metric]
            period = _period(claim)
        else:
            return cells
        if period is None or period.quarter is None:
            return cells
        if period.cumulative and role == R.REALISASI_ANGGARAN:
            return cells
        if period.cumulative and period.quarter == 4:
            return cells  # NOTE: "s.d. triwulan IV": the year's figure
        out: list[Cell] = []
        for cell in cells:
            # NOTE: the row's own cell tells the unit its quarters are counted in
            dated = self._dated_cells(cell, role, period) if _fits(claim, cell) else []
            if role == R.TARGET and not dated:
                # NOTE: a quarter's target no column holds is not the year's
                continue
            out += [own for own in dated if own.col is not cell.col]
            out.append(cell)
        return out

    def _dated_cells(self, cell: Cell, role: ColumnRole, period: Period) -> list[Cell]:
        """A row's cells of a role dated to a period, the most specific first.

        One quarter's: its column. Up to a quarter: the running total's column,
        else for a target the quarters' targets added up; and a target's column
        of that quarter, which tables use for the target up to it too.
        """
        assert period.quarter is not None
        own = self._one_quarter(cell, role, period.quarter)
        if not period.cumulative:
            return [own] if own is not None else []
        running = self._running(cell, role, period.quarter)
        found = [running] if running is not None else []
        if role == R.TARGET and own is not None:
            found.append(own)
        return found

    def _one_quarter(self, cell: Cell, role: ColumnRole, quarter: int) -> Cell | None:
        """A row's cell in the column of one quarter's figure of a role."""
        col = quarter_parts(cell.table, role).get(quarter)
        return self._cell(cell.table, cell.row, col) if col is not None else None

    def _running(self, cell: Cell, role: ColumnRole, quarter: int) -> Cell | None:
        """A row's figure of a role up to a quarter (``s.d. TW III``).

        Its own column when the table has one; else, for a target, the quarters'
        targets up to it added up, exactly (each present, none a running total).
        """
        table = cell.table
        for col in table.columns:
            period = period_of(col.header)
            if (
                period is not None
                and period.cumulative
                and period.quarter == quarter
                and (col.role == role or _role_of(col) == role)
            ):
                return cell if col is cell.col else self._cell(table, cell.row, col)
        if role != R.TARGET:
            return None
        parts = quarter_parts(table, role)
        cols = tuple(parts.get(q) for q in range(1, quarter + 1))
        if None in cols or len(cols) < 2:
            return None
        summed = tuple(c for c in cols if c is not None)
        name = f"Target s.d. TW {_ROMAN[quarter]}"
        found = group_truth(
            self.report, table, table.row(cell.row), Group(name, summed)
        )
        if found is None:
            return None
        return Cell(table, cell.row, summed[0], found, "group", summed, name)

    def _verdict(self, claim: FigureClaim, cells: list[Cell]) -> Verdict:
        if (paired := self._respective(claim, cells)) is not None:
            cells = paired
            if any(_agrees(c, claim) for c in cells):
                return Verdict(claim, "ok", cells)
            return Verdict(claim, "contradicts", [self._settled(claim, cells)])
        each = "masing" in claim.before.lower() and len({c.row for c in cells}) > 1
        if each:
            # NOTE: every row named must hold the figure; a row printed in two
            # tables that differ holds it when either copy does, as one figure
            # does (the miscopy is the copy rule's to report)
            bad = [
                self._settled(claim, copies)
                for copies in self._facts(cells)
                if not any(_agrees(c, claim) for c in copies)
            ]
            return (
                Verdict(claim, "contradicts", bad)
                if bad
                else Verdict(claim, "ok", cells)
            )
        if any(_agrees(c, claim) for c in cells):
            return Verdict(claim, "ok", cells)
        if any(self._witnessed(c, claim) for c in cells):
            # NOTE: the table is wrong there and the text right: the sum of the
            # rows above a mistyped JUMLAH, and the % computed from that sum
            return Verdict(claim, "ok", cells)
        if (other := self._other_column(claim, cells)) is not None:
            return other
        if any(self._blame(c, claim) for c in cells):
            return Verdict(claim, "ok", cells)
        return Verdict(claim, "contradicts", [self._settled(claim, cells)])

    def _settled(self, claim: FigureClaim, cells: list[Cell]) -> Cell:
        """The cell a sentence agreeing with none of a row's cells is told.

        The nearest, at the figure its copies settle, never a miscopy's
        (:func:`_disputed`).
        """
        near = _near(self.index, cells, claim.sentence.near)[0]
        return _disputed(self.report, near)

    def _facts(self, cells: list[Cell]) -> list[list[Cell]]:
        """Cells grouped by the fact they print.

        A target or realisasi whose copies differ is one group (its copies, in
        every table); any other cell is a group of its own.
        """
        facts = _copy_facts(self.report)
        groups: dict[object, list[Cell]] = {}
        for cell in cells:
            items = facts.get((id(cell.table), cell.row, cell.col.index))
            key = (
                id(items) if items is not None and cell.derived is None else _key(cell)
            )
            groups.setdefault(key, []).append(cell)
        return list(groups.values())

    def _other_column(self, claim: FigureClaim, cells: list[Cell]) -> Verdict | None:
        """A figure of a kind carried from an earlier clause, read as its row's other.

        "… dengan capaian 104,00%, dan Tingkat Pengangguran Terbuka sebesar 5,04%":
        the kind was not said of the figure, and 5,04% is the row's realisasi; a
        figure whose own words name its kind is judged as named. A capaian printed
        without its % ("Capaian IKM sebesar 84,1") may be the figure reached, in
        whatever unit: its row's realisasi when it equals it. So may an amount
        read as a programme's spending ("Program X terealisasi sebesar Rp 212,4
        miliar") be its indicator's realisation counted in rupiah.
        """
        if claim.carried:
            metrics: tuple[str, ...] = _PERFORMANCE
        elif claim.bare or (
            claim.metric == "realisasi_anggaran" and claim.figure.kind == "rp"
        ):
            metrics = ("realisasi",)
        else:
            return None
        for cell in cells:
            for metric in metrics:
                if metric == claim.metric:
                    continue
                other = self._metric(cell.table, cell.row, metric)
                if other is None or not (claim.bare or _fits(claim, other)):
                    continue
                if _agrees(other, claim) or _in_rupiah(other, claim):
                    return Verdict(replace(claim, metric=metric), "ok", [other])
        return None

    def _blame(self, cell: Cell, claim: FigureClaim) -> bool:
        """Whether a sentence right by the printed operands shows a capaian wrong.

        A capaian printed 98,34 for 5,02 / 5,10 passes the rule only at the edge of
        its operands' rounding (5,02 may be 5,0249…); a sentence quoting 98,43, what
        the printed operands give exactly, is right and the cell is the wrong one:
        it is reported at the sentence's figure (:attr:`blamed`), not the sentence.
        """
        if (
            cell.col.role != R.CAPAIAN
            or cell.derived is not None
            or cell.truth.recomputed
            or cell.col is not cell.table.column(R.CAPAIAN)
        ):
            return False
        exact = exact_ratios(cell.table, cell.table.row(cell.row))
        printed_value = cell.truth.printed
        for formula, (rounded, point) in exact.items():
            if (
                agrees(rounded, printed_value)
                and not agrees(point, printed_value)
                and _overlaps(point, claim)
            ):
                self.blamed[(id(cell.table), cell.row)] = (point, formula, claim)
                return True
        return False

    def _attained(self, claim: FigureClaim) -> Verdict:
        """Judge a percentage an indicator named before it reached.

        "Persentase arsip yang tertata mencapai 84%" restates the indicator's
        realisasi when the indicator is counted in %, else its capaian ("Jumlah
        dokumen yang didigitalisasi mencapai 85%"). Only a row whose indicator the
        clause names is linked (a sasaran's or programme's name is not one); a row
        with no unit printed may be quoted by either figure, and is not judged when
        neither agrees. The verdict carries the claim as the figure it was read as.
        """

        def need(entity: Entity) -> bool:
            return _sub_unit_row(entity, claim) and any(
                column_for(entity.table, m) is not None for m in _ATTAINED
            )

        found = self._rows_named(claim, need)
        read: dict[_CellKey, str] = {}
        unsure: set[_CellKey] = set()
        for entity in found:
            metrics = _attained_metrics(self.report, entity)
            for metric in metrics:
                cell = self._metric(entity.table, entity.row.index, metric)
                if cell is not None:
                    read[_key(cell)] = metric
                    self._by_claim.setdefault(id(claim), []).append(cell)
                    if len(metrics) > 1:
                        unsure.add(_key(cell))
        cells = self._by_claim.setdefault(id(claim), [])
        if not cells:
            return Verdict(claim, "skipped")
        verdict = self._verdict(claim, cells)
        if verdict.outcome == "contradicts" and _key(verdict.cells[0]) in unsure:
            return Verdict(claim, "skipped")
        as_read = replace(claim, metric=read[_key(verdict.cells[0])])
        return Verdict(as_read, verdict.outcome, verdict.cells)

    def _rows_named(
        self, claim: FigureClaim, need: Callable[[Entity], bool]
    ) -> list[Entity]:
        """The rows of an indicator (or a sub-unit) a claim's first clause names.

        A sub-unit's row is named by the sub-unit, not by an indicator; the first
        of the claim's clauses that names some row decides.
        """
        named_row = _named_by_unit if claim.sub_unit else _indicator_named
        for text in _clauses(claim)[0]:
            words = tokens(text)
            named = self.index.resolve(text, need, at=claim.sentence.near)
            if found := [e for e in named if named_row(e, words)]:
                return found
        return [] if claim.sub_unit else self._root_named(claim, need, True)

    def _texts(self, claim: FigureClaim) -> tuple[tuple[str, ...], str | None]:
        """The texts that may name a claim's row (:func:`_clauses`), and its clause.

        A contrast ("…, sedangkan Nilai SAKIP sebesar 70,85 …", *sementara*,
        *namun*, *adapun*, ";") opens a clause with a subject of its own: when
        that clause names a row (in full, or by its name's words before the unit
        it names, :meth:`ProseIndex.resolve_unitless`), the texts stop at it and
        the clause is returned too; an earlier clause's row is never the figure's.
        Else the clause is None and the texts are :func:`_clauses`'s.
        """
        key = id(claim)
        found = self._texts_of.get(key)
        if found is not None:
            return found
        texts = _clauses(claim)[0]
        text = claim.sentence.text
        start = contrast_start(text, len(claim.prefix))
        clause = text[start : len(claim.prefix)] if start is not None else None
        at = claim.sentence.near
        if clause is not None and (
            self.index.resolve(clause, _any, at=at)
            or self.index.resolve_unitless(clause, _any, at=at)
        ):
            # NOTE: the texts since earlier claims of the same clause stay
            own = tuple(t for t in texts if t in clause)
            found = (*own, clause), clause
        else:
            found = texts, None
        self._texts_of[key] = found
        return found

    def _root_named(
        self,
        claim: FigureClaim,
        need: Callable[[Entity], bool],
        indicator: bool = False,
    ) -> list[Entity]:
        """The rows a claim's clauses name by the noun of their verb, or the reverse.

        "*Penilaian kinerja … terhadap 3.680 orang ASN*" for "*Jumlah ASN yang
        dinilai kinerjanya*" (:mod:`lkjaudit.checks.root_rows`); only when the
        clauses name no row by their words. A count's own label ("*orang ASN*")
        is a word of what it counts.
        """
        if self._roots is None:
            self._roots = RootIndex(self.index.entities)
        label = claim.label_after
        for text in self._texts(claim)[0]:
            words = tokens(f"{text} {label}" if label else text)
            if found := self._roots.rows(words, need, indicator):
                return self.index.nearest(found, claim.sentence.near)
        return []

    def _year_columns(self, table: Table, year: int) -> dict[ColumnRole, Column]:
        """A table's columns of another year by role (:func:`other_years`)."""
        if id(table) not in self._other_years:
            self._other_years[id(table)] = other_years(table)
        return self._other_years[id(table)].get(str(year), {})

    def _of_year(self, claim: FigureClaim) -> Verdict:
        """Judge a figure the sentence dates to another year against that year's.

        "Cakupan imunisasi dasar lengkap turun dari 94,3% pada tahun 2023 menjadi
        …" quotes the 2023 realisasi of the row it names: the column of that year
        playing the role (``Realisasi 2023`` beside ``Realisasi 2024``), at the
        precision printed. Never this year's figure: with no such column (or a row
        whose unit leaves its role open) the figure is not judged.
        """
        year = claim.year
        assert year is not None

        def need(entity: Entity) -> bool:
            return _sub_unit_row(entity, claim) and bool(
                self._year_columns(entity.table, year)
            )

        found = self._rows_named(claim, need)
        cells: list[Cell] = []
        read: dict[_CellKey, str] = {}
        for entity in found:
            columns = self._year_columns(entity.table, year)
            metrics = (
                _attained_metrics(self.report, entity)
                if claim.metric == "attained"
                else (claim.metric,)
            )
            held = [m for m in metrics if R(m) in columns]
            if len(held) != 1:
                continue  # NOTE: none of that year, or which one is unsure
            cell = self._cell(entity.table, entity.row.index, columns[R(held[0])])
            if cell is not None and _fits(claim, cell):
                read[_key(cell)] = held[0]
                cells.append(cell)
        self._by_claim[id(claim)] = cells
        if not cells:
            return Verdict(claim, "skipped")
        verdict = self._verdict(claim, cells)
        return Verdict(
            replace(claim, metric=read[_key(verdict.cells[0])]),
            verdict.outcome,
            verdict.cells,
        )

    def _rated(self, claim: FigureClaim) -> Verdict:
        """Judge a rate or an index score against its indicator's row.

        Only rows whose indicator the sentence names and whose unit fits
        (:mod:`lkjaudit.checks.rates`); a claim with none is not judged.
        """
        texts, clause = self._texts(claim)
        # NOTE: a sub-unit's row is named by the sub-unit, not by an indicator
        named = _named_by_unit if claim.sub_unit else _indicator_named
        rows = rated_rows(self.report, self.index, claim, texts, named)
        if not rows and clause is not None and not claim.sub_unit:
            # NOTE: "…, sedangkan Nilai SAKIP sebesar 70,85": the row the contrast
            # names by its words before the unit's name
            rows = [
                e
                for e in self.index.resolve_unitless(
                    clause,
                    lambda e: column_for(e.table, claim.metric) is not None,
                    at=claim.sentence.near,
                )
                if fits(claim, row_unit(e.table, e.row))
            ]
        if not rows and not claim.sub_unit:
            # NOTE: "Nilai kepuasan pelayanan rawat jalan mencapai 84,12" names
            # "Nilai kepuasan pasien yang dilayani di rawat jalan" by the noun of
            # its verb (:meth:`_root_named`), where its unit fits
            def need(entity: Entity) -> bool:
                return column_for(entity.table, claim.metric) is not None

            rows = [
                e
                for e in self._root_named(claim, need, True)
                if fits(claim, row_unit(e.table, e.row))
            ]
        cells = [
            c
            for e in rows
            if (c := self._metric(e.table, e.row.index, claim.metric)) is not None
        ]
        self._by_claim[id(claim)] = cells
        return self._verdict(claim, cells) if cells else Verdict(claim, "skipped")

    def _witnessed(self, cell: Cell, claim: FigureClaim) -> bool:
        """Whether the claim quotes what the table states for the cell elsewhere.

        A budget figure's witnesses in its own table (its children, the rows above
        a JUMLAH, its row's other figures) and a budget % computed from its
        realisasi's and anggaran's witnesses: a sentence that agrees with them
        disagrees only with a cell that is itself wrong, which the table's own
        rules report.
        """
        if cell.derived is not None:
            return False
        table = cell.table
        row = table.row(cell.row)
        readings: list[Interval] = []
        if cell.col.role in BUDGET:
            readings = [
                Interval.exact(s.value) for s in self._said(table, row, cell.col)
            ]
        elif cell.col.role == R.PERSEN_ANGGARAN:
            readings = self._percent_witnesses(table, row)
        return any(
            _overlaps(interval, claim)
            for reading in readings
            for interval in _readings(cell, claim, reading)
        )

    def _percent_witnesses(self, table: Table, row: Row) -> list[Interval]:
        """A row's budget % from its realisasi's and anggaran's witnesses."""
        spent, budget = table.column(R.REALISASI_ANGGARAN), table.column(R.ANGGARAN)
        if spent is None or budget is None:
            return []
        found: list[Interval] = []
        tops = self._figures(table, row, spent)
        bottoms = self._figures(table, row, budget)
        for k, top in enumerate(tops):
            for j, bottom in enumerate(bottoms):
                if (k or j) and bottom:  # NOTE: one witness at least, no zero
                    found.append(Interval.exact(top / bottom * 100))
        return found

    def _figures(self, table: Table, row: Row, col: Column) -> list[Decimal]:
        """A budget cell's printed figure first, then what its witnesses say."""
        value = table.value(row, col)
        own = [value.number] if is_figure(value) and value.number is not None else []
        return own + [s.value for s in self._said(table, row, col)]

    def _said(self, table: Table, row: Row, col: Column) -> list[Said]:
        """What the cell's own table states for it, its copies aside.

        Its children, the rows above a JUMLAH, its row's other figures; not its
        copies: a sentence is read against the table next to it, and copies that
        differ are reported apart.
        """
        return in_table_said(self.report, table, row, col, True)

    def _respective(self, claim: FigureClaim, cells: list[Cell]) -> list[Cell] | None:
        """The cells of the row a figure of a "masing-masing" list is paired with.

        "Kegiatan A dan Kegiatan B masing-masing menyerap 85% dan 97%": as many
        rows named before "masing-masing" as figures of the kind after it, paired
        in order. None when the sentence is no such list (then "masing-masing 90%"
        is a figure every named row must hold).
        """
        text = claim.sentence.text
        marks = [m for m in _EACH.finditer(text) if m.end() <= claim.figure.start]
        if not marks:
            return None
        mark = marks[-1]
        run = [
            c
            for c in self._sentence_claims.get(id(claim.sentence), [])
            if c.metric == claim.metric and c.figure.start >= mark.end()
        ]
        lowered = text[: mark.start()].lower()
        named: dict[int, list[Cell]] = {}
        for cell in cells:
            name = cell.table.label_of(cell.table.row(cell.row)).lower()
            at = lowered.find(name) if name else -1
            if at < 0:
                return None
            named.setdefault(at, []).append(cell)
        if len(run) < 2 or len(named) != len(run):
            return None
        order = [named[at] for at in sorted(named)]
        return next(order[k] for k, c in enumerate(run) if c is claim)

    def _named_cells(self, claim: FigureClaim, carry: _Carry) -> list[Cell]:
        """The cells of the rows a claim names, else of the total rows.

        Rows of tables with a column of the claim's kind first; a sisa or budget %
        is computed from the budget columns of a table that has none only when no
        such table has the row (the same for total rows).
        """
        metric = claim.metric
        ways = (False, True) if metric in DERIVED else (False,)
        listed = (
            _kinds_listed(claim)
            if metric in ("anggaran", "realisasi_anggaran", *DERIVED)
            else None
        )
        if listed is not None:
            # NOTE: the sum of the kinds listed, no one kind's row: the total when
            # they make the whole budget, else no cell says it
            return self._totals_of(claim, ways) if _whole_budget(listed) else []
        for derived in ways:
            if cells := self._rows_cells(claim, carry, derived):
                return cells
        if metric not in ("anggaran", "realisasi_anggaran", *DERIVED):
            return []
        if _of_a_kind(claim):
            return []
        if self._names_other_row(claim):
            # NOTE: "Realisasi anggaran 94,50%, sedangkan angka infeksi
            # nosokomial sebesar 0,92%": the budget word was the clause before's;
            # this clause names an indicator's row, no total of the budget
            return []
        return self._totals_of(claim, ways)

    def _names_other_row(self, claim: FigureClaim) -> bool:
        """Whether a budget figure's own clause names a row, and no budget word.

        Its kind was then read from the clause before a contrast ("sedangkan",
        "sementara") or a joining word ("dengan BOR 78,42% … dan angka infeksi
        nosokomial 0,92%"), and this clause speaks of another thing.
        """
        last = CONTRAST.split(claim.prefix)[-1]
        own = _JOINED.split(last)[-1]
        if own == claim.prefix or speaks_of_budget(own):
            return False
        return bool(self.index.resolve(own, lambda e: True, at=claim.sentence.near))

    def _totals_of(self, claim: FigureClaim, ways: tuple[bool, ...]) -> list[Cell]:
        """The total rows a budget figure of the whole restates.

        Only a programme's own table, when the figure's clause names one.
        """
        metric = claim.metric
        owner = _owner(claim, owner_names(self.report))
        described = owner is None and _described(claim)
        for derived in ways:
            cells = self._totals(metric, derived)
            if owner is not None:
                # NOTE: a programme's budget is not the JUMLAH of a table of the
                # unit's budget, only of a table that is the programme's own
                cells = [c for c in cells if _owned_table(c.table, owner)]
            elif described:
                # NOTE: "anggaran kegiatan pembinaan PKK … Rp 5.000.000" is a part
                # of the budget; only an amount the total's own size (a mistyped
                # total) speaks of the whole
                cells = [c for c in cells if _near_total(c, claim)]
            if cells:
                return cells
        return []

    def _rows_cells(
        self, claim: FigureClaim, carry: _Carry, derived: bool
    ) -> list[Cell]:
        metric = claim.metric

        def need(entity: Entity) -> bool:
            if not _sub_unit_row(entity, claim):
                return False
            if derived:
                return _derivable(entity.table, metric)
            return column_for(entity.table, metric) is not None

        at = claim.sentence.near
        # NOTE: the row the figure's own clause names, else an earlier clause's
        # ("belanja pegawai Rp … atau 96,12%, sedangkan belanja modal Rp … atau
        # 95,09%": the second % is of belanja modal), else the sentence's
        found = []
        texts, clause = self._texts(claim)
        for text in texts:
            if found := self.index.resolve(text, need, at=at):
                break
        if not found and clause is not None:
            found = self.index.resolve_unitless(clause, need, at=at)
        if not found and claim.figure.kind == "count" and claim.label_after:
            # NOTE: "sebanyak 440 orang ASN telah mengikuti pengembangan
            # kompetensi": a count whose own words after it name its indicator
            own = _AFTER_OWN_END.split(claim.after, maxsplit=1)[0]
            found = self.index.resolve(own, need, at=at)
        if not found:
            found = self._root_named(claim, need)
        if not found and claim.figure.kind == "count" and claim.figure.noun:
            found = self._measured(claim, need)
        if found and _of_a_kind(claim) and self._owned(claim):
            return []
        carried = False
        if (
            not found
            and clause is None
            and not _WHOLE.search(claim.prefix)
            and not _of_a_kind(claim)
            and not _averaged(claim)
        ):
            # NOTE: a programme named by a name of its own that no table holds
            # continues only a row of that name ("kegiatan Penyediaan Jasa" after
            # a sentence on Penyediaan Jasa Kantor), no other row
            owner = _owner(claim, owner_names(self.report))
            # NOTE: a mean's row ("Rata-rata Capaian") is no subject a later
            # sentence goes on with
            rows = [
                e for e in carry() if _named_by(e, owner) and not is_average_row(e.row)
            ]
            found = [e for e in rows if need(e)] or self._same_rows(rows, need, at)
            carried = True
        cells = [
            c
            for e in found
            if (c := self._metric(e.table, e.row.index, metric)) is not None
        ]
        if carried and cells and metric in _BUDGET_METRICS:
            # NOTE: a sentence with no subject of its own may continue the last
            # one's or speak of the whole ("… Program A Rp …. Realisasi anggaran
            # sampai akhir tahun Rp 3,03 miliar …"): the total row of the same
            # table is a reading too
            tables = {c.table.id for c in cells}
            cells += [c for c in self._totals(metric, derived) if c.table.id in tables]
        return cells

    def _measured(
        self, claim: FigureClaim, need: Callable[[Entity], bool]
    ) -> list[Entity]:
        """The indicator a count names without its name's measure words.

        "Pemantauan stok … terlaksana 35 kali" of the row "Jumlah kegiatan
        pemantauan stok …" (:meth:`ProseIndex.resolve_measured`): only a row
        counted in the count's own noun, as the words taken as said are those
        that say the row is a count.
        """

        def fits(entity: Entity) -> bool:
            if not need(entity):
                return False
            cell = self._metric(entity.table, entity.row.index, claim.metric)
            return cell is not None and _fits(claim, cell)

        at = claim.sentence.near
        for text in self._texts(claim)[0]:
            if found := self.index.resolve_measured(text, fits, at=at):
                return found
        return []

    def _owned(self, claim: FigureClaim) -> bool:
        """Whether a kind of spending is a programme's, kegiatan's or sub kegiatan's.

        "Realisasi anggaran Program A 96,41%, dengan belanja modal sebesar Rp …":
        Program A's belanja modal, which no row of spending by kind (the unit's)
        holds. Only a row or a name (:func:`_owner`: "Belanja barang dan jasa
        digunakan untuk kegiatan Penyediaan Jasa Kantor sebesar Rp …", with no
        table of kegiatan) in the figure's clause owns it (a contrast, "sedangkan
        belanja modal …", starts a clause of its own).
        """
        clause = CONTRAST.split(claim.prefix)[-1]
        return bool(
            self.index.resolve(clause, _is_owner, at=claim.sentence.near)
            or _owner(claim, owner_names(self.report))
        )

    def _same_rows(
        self, carry: list[Entity], need: Callable[[Entity], bool], at: int
    ) -> list[Entity]:
        """The carried rows in tables with the claim's column: the same name.

        "Program A … terealisasi 85,5%. Anggaran program ini terealisasi Rp …": the
        first sentence names Program A's row of the performance table (its
        indicator too); the amount is of Program A's row in the budget table.
        """
        found: list[Entity] = []
        for entity in carry:

            def same(other: Entity, entity: Entity = entity) -> bool:
                return (
                    other.kind == entity.kind
                    and other.label == entity.label
                    and need(other)
                )

            for other in self.index.resolve(
                " ".join(sorted(entity.label)), same, at=at
            ):
                if not any(other is e for e in found):
                    found.append(other)
        return found

    def _totals(self, metric: str, derived: bool = False) -> list[Cell]:
        key = (metric, derived)
        if key not in self._total_cache:
            cells = []
            for table in self.index.tables:
                if not (
                    _derivable(table, metric)
                    if derived
                    else column_for(table, metric) is not None
                ):
                    continue
                for row in table.rows:
                    if row.kind == RowKind.TOTAL and (
                        c := self._metric(table, row.index, metric)
                    ):
                        cells.append(c)
            self._total_cache[key] = cells
        return self._total_cache[key]

    def _item_tables(self, metric: str) -> list[Table]:
        if metric not in self._item_cache:
            kind = TableKind.STAFF if metric == "staff" else TableKind.ASSETS
            self._item_cache[metric] = [t for t in self.index.tables if kind in t.kinds]
        return self._item_cache[metric]

    def _item_cells(self, claim: FigureClaim) -> list[Cell] | None:
        """The cells a staff or asset count restates; None: it restates none.

        A count qualified by a condition no category column holds, or followed by
        what some of a row do ("telah mengikuti pelatihan"), is a part of a row
        the table does not show.
        """
        at = claim.sentence.near
        tables = sorted(
            self._item_tables(claim.metric),
            key=lambda t: abs(self.index.at(t) - at),
        )[:NEAREST_TABLES]
        ids = {t.id for t in tables}

        def need(entity: Entity) -> bool:
            return entity.table.id in ids

        # NOTE: since the previous claim, not the previous figure: "pada akhir
        # tahun 2023 sebanyak 42 orang" reads a count in "2023 sebanyak", no claim
        since = claim.earlier[0] if claim.earlier else claim.before
        previous = self._previous(claim)
        if previous is not None and (used := self._label_used.get(id(previous), 0)):
            # NOTE: "16 orang PNS dan 6 orang PPPK": the words after the previous
            # count were its label, none of this one's
            since = claim.sentence.text[used : claim.figure.start]
        if previous is not None and previous.metric == "share":
            # NOTE: "8 orang PNS (50,00% dari seluruh PNS) dan 3 orang PPPK": the
            # words in the share's brackets are the share's, none of this count's
            text = claim.sentence.text
            close = text.find(")", previous.figure.end, claim.figure.start)
            if close >= 0:
                since = text[close + 1 : claim.figure.start]
        # NOTE: "setelah penerimaan PPPK …": what was taken on names no category
        since = past_acquisition(since)
        clause = re.split(r"[,;:]", since)[-1]
        texts: tuple[str, ...] = (clause, claim.after, since)
        labelled = self._own_label(claim, clause, tables, need)
        if labelled:
            self._label_used[id(claim)] = claim.label_end
            texts = (f"{clause} {claim.label_after}", *texts)
        # NOTE: the words past the count's label say what part of its row it is
        tail = claim.sentence.text[claim.label_end if labelled else claim.figure.end :]
        if tail.lstrip().startswith("("):
            tail = tail.split(")", 1)[-1]  # past its bracketed share
        if _SUBGROUP.match(tail) or _SUBGROUP_IN.search(claim.label_after):
            return None  # "4 orang PPPK telah mengikuti pelatihan": some of them
        said: dict[str, Target] = {}
        if claim.figure.noun and not labelled:
            # NOTE: "12 PNS": a count whose unit is a category counts that column
            said = _categories(tables, claim.figure.noun)
        if (qualifier := _QUALIFIER.match(tail)) is not None:
            words = _QUALIFIER_END.split(qualifier["rest"], maxsplit=1)[0]
            said = _categories(tables, words)
            own = tail[: qualifier.start("rest")] + words
            # NOTE: "88 unit dalam kondisi baik dan 7 unit rusak berat": the
            # qualifier is this count's, none of the next one's
            end = len(claim.sentence.text) - len(tail) + len(own)
            self._label_used[id(claim)] = max(self._label_used.get(id(claim), 0), end)
            if not said and _CONDITION.search(own):
                return None  # "yang rusak": a condition no single column holds
        for text in texts:
            rows = self.index.resolve(text, need, items=True, at=claim.sentence.near)
            cats = said or _categories(tables, text)
            if rows:
                return [
                    c
                    for e in rows
                    if (col := cats.get(e.table.id) or _count_column(e.table))
                    and (c := self._target_cell(e.table, e.row.index, col))
                ]
            if cats and (earlier := self._earlier_items(claim)):
                # "8 unit, 7 unit di antaranya dalam kondisi baik": the rows of the
                # count before it in the sentence, in the category's column
                return [
                    c
                    for base in earlier
                    if (col := cats.get(base.table.id))
                    and (c := self._target_cell(base.table, base.row, col))
                ]
            if cats:
                return [
                    c
                    for t in tables
                    if t.id in cats
                    and (c := _total_cell(self._target_cell, t, cats[t.id]))
                ]
            if _TOTAL_WORDS.search(text):
                return self._grand_total(claim, tables)
        if (
            claim.metric == "staff"
            and _ALL_STAFF.search(clause)
            and _WHOLE_TAIL.match(tail)
        ):
            # NOTE: "Pegawai Kecamatan X per 30 Juni 2025 sebanyak 17 orang",
            # "Kecamatan X memiliki pegawai sebanyak 17 orang, terdiri dari …":
            # the staff by no other word is all of them
            return self._grand_total(claim, tables)
        return []

    def _previous(self, claim: FigureClaim) -> FigureClaim | None:
        """The claim just before this one in its sentence."""
        previous = None
        for other in self._sentence_claims.get(id(claim.sentence), []):
            if other is claim:
                break
            previous = other
        return previous

    def _own_label(
        self,
        claim: FigureClaim,
        clause: str,
        tables: list[Table],
        need: Callable[[Entity], bool],
    ) -> bool:
        """Whether the words after a count are its label ("16 orang PNS").

        They are when they name a row or a category column and the clause before
        the count names none of what they name: "PNS 16 orang PPPK 6 orang" labels
        each count before it, "terdiri atas 16 orang PNS dan 6 orang PPPK" after
        it, and "Sekretariat memiliki 9 orang PNS" names the row before the count
        and the category after it.
        """
        label = claim.label_after
        if not label:
            return False
        at = claim.sentence.near
        rows = self.index.resolve(label, need, items=True, at=at)
        if not (rows or _categories(tables, label)):
            return False
        if any(_all_categories(t, clause) for t in tables):
            return False
        return not (rows and self.index.resolve(clause, need, items=True, at=at))

    def _earlier_items(self, claim: FigureClaim) -> list[Cell]:
        """The row cells of the previous count in the same sentence.

        A count in a category column carries its row too: "Sekretariat memiliki
        PNS 9 orang dan PPPK 4 orang" counts the PPPK of the Sekretariat.
        """
        previous: list[Cell] = []
        for other in self._sentence_claims.get(id(claim.sentence), []):
            if other is claim:
                break
            if other.metric == claim.metric:
                previous = self._by_claim.get(id(other), [])
        return previous

    def _grand_total(self, claim: FigureClaim, tables: list[Table]) -> list[Cell]:
        """The total row of the staff or asset table the sentence is about.

        The table whose category columns the sentence names most (PNS and TKB:
        the table by status), the nearest one on a tie.
        """
        named = {t.id: len(_all_categories(t, claim.sentence.text)) for t in tables}
        best = max(named.values(), default=0)
        cells = [
            c
            for t in tables
            if named[t.id] == best
            and (col := _count_column(t))
            and (c := _total_cell(self._target_cell, t, col))
        ]
        return _near(self.index, cells, claim.sentence.near)[:1]

    def _subgroup_share(self, claim: FigureClaim) -> bool:
        """Whether a share follows a count that is no cell it is linked to.

        Its share is then of no total of that cell: "4 orang PPPK (66,67%)" with 6
        PPPK is 4 of the 6. When the share is the count over the cell, the count is
        a part of the cell, and its verdict is withdrawn too.
        """
        count = claim.share_of
        assert count is not None
        bases = self._by_claim.get(id(count), [])
        # NOTE: a count repeating a cell's wrong print still quotes that cell: its
        # share is judged at the corrected count
        if not bases or any(
            _agrees(c, count) or _overlaps(_printed(c), count) for c in bases
        ):
            return False
        part = Interval.exact(count.figure.number)
        for base in bases:
            if base.truth.interval.lo > 0 and _overlaps(
                (part / base.truth.interval).scale(HUNDRED), claim
            ):
                for k in range(len(self.verdicts) - 1, -1, -1):
                    if self.verdicts[k].claim is count:
                        self.verdicts[k] = Verdict(count, "skipped")
                        break
                break
        return True

    def _share_cells(self, claim: FigureClaim) -> list[Cell]:
        assert claim.share_of is not None
        cells = []
        for base in self._by_claim.get(id(claim.share_of), []):
            cells.extend(self._shares(claim, base))
        return cells

    def _shares(self, claim: FigureClaim, base: Cell) -> list[Cell]:
        """The shares a count's bracketed or "atau" percentage may state.

        A row's Jumlah is its share of the column's total: the table's own %
        column when it has one, else computed. A category cell of the total row
        ("16 orang PNS (72,73%)") is its share of that row's Jumlah. An inner
        category cell may be either, the column's total alone when the words after
        the percentage name the category ("… dari seluruh PNS").
        """
        table = base.table
        row = table.row(base.row)
        jumlah = table.column(R.JUMLAH)
        own = table.column(R.PERSEN_TOTAL)
        whole_row = row.kind == RowKind.TOTAL
        counted = base.col is _count_column(table)
        if counted and own is not None:
            found = self._cell(table, base.row, own)
            return [found] if found is not None else []
        readings: list[Cell | None] = []
        category = base.col.role in _PARTS and base.col is not jumlah
        of_category = bool(_all_categories(table, claim.after))
        if category and jumlah is not None and not of_category:
            readings.append(
                _share_of(
                    base,
                    self._cell(table, base.row, jumlah),
                    "row",
                )
            )
        if not whole_row:
            whole = _scope_total(self._target_cell, base)
            readings.append(_share_of(base, whole, "column"))
        elif counted:
            readings.append(_share_of(base, base, "column"))  # "22 orang (100%)"
        return [c for c in readings if c is not None]

    def _unanchored(self, claim: FigureClaim) -> Verdict:
        """Judge a claim naming no row: is its figure in any column of its kind."""
        if claim.metric == "share" and not self._by_claim.get(id(claim.share_of)):
            return Verdict(claim, "skipped")
        number = claim.figure.number
        # NOTE: a capaian printed without its % may be a figure reached (loosely
        # so called): found as a realisasi, it is read as that
        metrics = (claim.metric, "realisasi") if claim.bare else (claim.metric,)
        for metric in metrics:
            for bucket in (int(number) - 1, int(number), int(number) + 1):
                for cell in self._values(metric).get(bucket, []):
                    if metric == claim.metric and not _fits(claim, cell):
                        continue
                    if _agrees(cell, claim) or any(
                        _overlaps(i, claim)
                        for i in _readings(cell, claim, _printed(cell))
                    ):
                        read = replace(claim, metric=metric)
                        return Verdict(read, "ok", [cell])
        return Verdict(claim, "unmatched", self._printed_elsewhere(claim))

    def _printed_elsewhere(self, claim: FigureClaim) -> list[Cell]:
        """A cell of another kind that prints a figure found under none of its own.

        "Realisasi … atau 37,08%" read as a realisasi is in no realisasi column,
        but a budget % column prints it: the finding says so rather than that no
        table holds it.
        """
        if claim.metric not in _ELSEWHERE:
            return []
        number = claim.figure.number
        for metric in _ELSEWHERE:
            if metric == claim.metric:
                continue
            for bucket in (int(number) - 1, int(number), int(number) + 1):
                for cell in self._values(metric).get(bucket, []):
                    if cell.derived is None and any(
                        _overlaps(i, claim)
                        for i in _readings(cell, claim, _printed(cell))
                    ):
                        return [cell]
        return []

    def _values(self, metric: str) -> dict[int, list[Cell]]:
        """Every cell that can hold a figure of this kind, by its whole part."""
        if metric in self._value_cache:
            return self._value_cache[metric]
        roles: tuple[ColumnRole, ...]
        if metric in ("share", "staff", "asset"):
            tables = self._item_tables("staff" if metric == "share" else metric)
            roles = (R.PERSEN_TOTAL,) if metric == "share" else (R.JUMLAH, *_PARTS)
        else:
            # NOTE: a sisa % has no column of its own, only its derived figure
            roles = tuple(r for r in ColumnRole if r.value == metric)
            tables = self.index.tables
        found: dict[int, list[Cell]] = {}

        def file(cell: Cell | None) -> None:
            if cell is not None:
                scale = _scale(cell)
                for value in {cell.truth.interval.mid, cell.truth.printed.number}:
                    if value is not None:
                        found.setdefault(int(value), []).append(cell)
                        if scale:  # NOTE: quoted in rupiah too
                            whole = int(value.scaleb(scale))
                            found.setdefault(whole, []).append(cell)

        for table in tables:
            # NOTE: only the reported year's efisiensi (another year's keeps the role)
            columns = (
                [c for c in (column_for(table, metric),) if c is not None]
                if metric == "efisiensi"
                else [c for c in table.columns if c.role in roles]
            )
            for col in columns:
                for row in table.rows:
                    file(self._cell(table, row.index, col))
            if metric in DERIVED and not any(c.role in roles for c in table.columns):
                for row in table.rows:
                    file(_derived(self.report, table, row.index, metric, self.capaian))
        self._value_cache[metric] = found
        return found


# "tingkat efisiensi rata-rata 10%", "capaian kinerja secara rata-rata 100,21%":
# a mean over the rows, no one row's figure
_AVERAGE = lazy(r"\b(?:rata-?\s*rata|rerata)\b", re.I)
# the same said right after the figure: "sebesar 100,21% secara rata-rata",
# "95% (rata-rata)", "100,21% rata-rata per program"
_AVERAGE_AFTER = lazy(
    r"\s*(?:\(\s*)?(?:(?:secara|dengan|sebagai|yaitu|merupakan)\s+)?(?:nilai\s+)?"
    r"(?:rata-?\s*rata|rerata)\b",
    re.I,
)


# a word joining a further subject to a clause: "…, dengan BOR …", "… dan angka …"
_JOINED = lazy(r"(?:,\s*|\s)(?:dengan|dan|serta)\s", re.IGNORECASE)


def _averaged(claim: FigureClaim) -> bool:
    """Whether a figure's own clause speaks of a mean: it continues no row.

    Whatever its metric ("Capaian kinerja rata-rata program sebesar 100,21%"
    after a sentence on one programme is no figure of that programme's row), and
    whether the mean is said before the figure or right after it ("… sebesar
    100,21% secara rata-rata", "… 95% (rata-rata)"); a row the sentence names
    itself is still read by the walk.
    """
    return (
        _AVERAGE.search(CONTRAST.split(claim.before)[-1]) is not None
        or _AVERAGE_AFTER.match(claim.after) is not None
    )


def _share_of(part: Cell, whole: Cell | None, reading: str) -> Cell | None:
    """A count's share of a total (part / whole × 100), at its exact value."""
    if whole is None or whole.truth.interval.lo <= 0:
        return None
    interval = (part.truth.interval / whole.truth.interval).scale(HUNDRED)
    mid = interval.mid
    value = Value(format_value(mid, 2, "%"), ValueKind.NUMBER, mid, "%")
    same_row = whole.row == part.row and whole.col is not part.col
    own = part.inputs if part.group else (part.col,)
    inputs = (*own, whole.col) if same_row else own
    return Cell(
        part.table,
        part.row,
        part.col,
        Truth(interval, value, False),
        f"share_{reading}",
        inputs,
        part.group,
    )


# a column, or a group of category columns no column adds up (PNS › L + P)
Target = Column | Group
_CellAt = Callable[[Table, int, Target], "Cell | None"]


def _target(cell: Cell) -> Target:
    """What a cell restates: its column, or the group whose columns it adds up."""
    if cell.derived == "group":
        return Group(cell.group, cell.inputs)
    return cell.col


def _scope_total(cell_at: _CellAt, cell: Cell) -> Cell | None:
    """The total row below a cell, in its column: the total it is a part of."""
    for row in cell.table.rows:
        if row.kind == RowKind.TOTAL and row.index > cell.row:
            return cell_at(cell.table, row.index, _target(cell))
    return None


def _printed(cell: Cell) -> Interval:
    value = cell.truth.printed
    if value.decimals:
        return printed(value)
    return Interval.exact(value.number or Decimal(0))


# the columns that count a part of a row's Jumlah: a category, a group's total
_PARTS = (R.KATEGORI, R.SUBJUMLAH)


def _categories(tables: list[Table], text: str) -> dict[str, Target]:
    """Category columns (PNS, Baik, Rusak Ringan …) named in a text, per table."""
    found: dict[str, Target] = {}
    for table in tables:
        named = _all_categories(table, text)
        if len(named) == 1:
            found[table.id] = named[0]
    return found


# a sex written by its initial under a staff table's header (L | P): a sentence
# names it in full ("7 orang perempuan"); read so only beside the other initial
_SEX_INITIALS = {
    frozenset({"l"}): frozenset({"laki"}),
    frozenset({"p"}): frozenset({"perempuan"}),
}


def _all_categories(table: Table, text: str) -> list[Target]:
    """The category columns a text names; a group's own total by its group.

    ``9 orang PNS`` under ``PNS | | |`` over ``L | P | Jml``: the PNS › Jml;
    over ``L | P`` alone, the group's columns (added up). A group whose own
    category the text names too is not named apart from it.
    """
    words = tokens(text)
    columns = table.columns_with(R.KATEGORI)
    heads = [tokens(col.header) for col in columns]
    if {"l", "p"} <= {w for head in heads for w in head}:
        heads = [_SEX_INITIALS.get(head, head) for head in heads]
    named: list[Target] = [
        col for col, head in zip(columns, heads, strict=True) if head and head <= words
    ]
    named += [
        col
        for col in table.columns_with(R.SUBJUMLAH)
        if (group := tokens(col.group)) and group <= words
    ]
    return named + [
        group
        for group in unsummed_groups(table)
        if (name := tokens(group.name))
        and name <= words
        and not any(c in named for c in group.parts)
    ]


def _count_column(table: Table) -> Column | None:
    return table.column(R.JUMLAH) or (
        table.columns_with(R.KATEGORI)[0]
        if len(table.columns_with(R.KATEGORI)) == 1
        else None
    )


def _total_cell(cell_at: _CellAt, table: Table, col: Target) -> Cell | None:
    for row in table.rows:
        if row.kind == RowKind.TOTAL:
            return cell_at(table, row.index, col)
    return None


@per_report
def walk(report: Report, capaian: RatioOptions = CAPAIAN) -> _Pass:
    """The claims pass of a report, computed once per report object and options.

    A quoted capaian is compared with the capaian as the capaian rule with the
    options ``capaian`` judges it (:func:`~lkjaudit.checks.truth.capaian_options`).
    """
    return _Pass(report, capaian)


def _period(claim: FigureClaim) -> Period | None:
    """The quarter an indicator's figure is dated to, and whether up to it.

    By the words since the figure before it ("pada triwulan II terealisasi 11
    kali"), else the words after it ("target 150 orang sampai dengan triwulan
    III"), else the one period its sentence names; none when the sentence names
    two.
    """
    if claim.metric == "target" and _ANNUAL.search(claim.before):
        return None  # NOTE: "dari target tahunan 600 orang": the year's
    for text in (claim.before, claim.after):
        if _QUARTER_WORD.search(text):
            return period_of(text)
    return _sentence_period(claim.sentence.text)


@lru_cache(maxsize=256)
def _sentence_period(text: str) -> Period | None:
    """The one period a sentence names (read once per sentence, not per figure)."""
    return period_of(text) if _QUARTER_WORD.search(text) else None


# where the words after a count stop naming what it counts: "sebanyak 440 orang
# ASN telah mengikuti … atau 73,33% dari target"
_AFTER_OWN_END = lazy(
    r"\b(?:dari|atau|sehingga|dibandingkan|dibanding|daripada|melebihi|melampaui|"
    r"terhadap|sedangkan|namun|tetapi|karena|dengan)\b",
    re.I,
)
# a target the words before it date to the year: "target tahunan", "target 2024"
_ANNUAL = lazy(r"\b(?:tahunan|(?:19|20)\d\d)\b", re.I)


# a word that may date a figure to a quarter (a cheap test before period_of)
_QUARTER_WORD = lazy(r"\b(?:triwulan|tw|trw|smt|semester|kumulatif)\b", re.I)


def _role_of(col: Column) -> ColumnRole:
    """The role a column's header would take alone (a quarter column keeps OTHER)."""
    return infer_role(col.header, (col.group,) if col.group else (), col.content)
