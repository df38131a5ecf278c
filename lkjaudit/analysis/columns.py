"""Give every logical column a role from what its header means and what it holds.

Header cells in a text export do not always sit above the data they name (a merged
value+unit cell counts as one header cell but two data cells). So the header is read
as *slots* (a leaf label plus the group labels that span it, in header order) and the
slots are matched to the data columns in order, by how well each slot's meaning fits
each column's content: ``Anggaran`` wants rupiah, ``Capaian (%)`` wants
percentages, ``Realisasi`` over rupiah is realised spending, over ``%`` it is
realised performance.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from lkjaudit.analysis.cells import is_unit_row, is_unit_text, norm, text_type
from lkjaudit.analysis.layout import Layout
from lkjaudit.analysis.periods import only_period, only_year, period_of
from lkjaudit.analysis.scale import header_scale, in_rupiah, stated_scale
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Cell, Column, ColumnRole, Table
from lkjaudit.model.values import normalize_unit, parse_value

__all__ = [
    "ReportYear",
    "Slot",
    "assign_columns",
    "column_name",
    "column_years",
    "infer_role",
    "other_years",
    "year_parts",
]

R = ColumnRole
_BUDGET = (
    "anggaran",
    "pagu",
    "alokasi",
    "biaya",
    "dpa",
    "belanja",
    "dana",
    "keuangan",
    "serapan",
    "penyerapan",
)
_PERF = ("kinerja", "fisik", "output", "outcome")
# money a unit takes in: its target and realisasi measure performance, not spending
_REVENUE = ("pendapatan", "penerimaan", "retribusi", "pajak", "pad")
# what a table of revenue names in its caption, its label header or its rows'
# names: "Target dan Realisasi Pajak Daerah", "Jenis Pajak Daerah", "Retribusi
# Pelayanan Pasar", "Lain-lain Pendapatan Asli Daerah yang Sah"
_REVENUE_NAMED = lazy(r"\b(?:" + "|".join((*_REVENUE, "pbjt", "bphtb")) + r")\b")
_CATEGORY = lazy(
    r"^(?:pns|cpns|tkb|tkk|pppk|p3k|honorer|thl|ptt|non pns|baik|"
    r"rusak( ringan| berat)?|"
    r"laki laki|laki|perempuan|l|p|pria|wanita|asn|non asn)$"
    # staff named with the word for staff before them: "Tenaga Honorer",
    # "Pegawai Kontrak", "Tenaga Harian Lepas", "PPPK Paruh Waktu"
    r"|^(?:(?:tenaga|pegawai)(?: kerja)? )?(?:pns|cpns|pppk|p3k|honorer|honor|"
    r"kontrak|harian lepas|thl|ptt|non pns|non asn|outsourcing|alih daya)"
    r"(?: paruh waktu| penuh waktu)?$"
    # staff by education ("SMA/SMK", "D III", "S1", "Sarjana") and by rank
    # ("Golongan III", "Gol. IV", "Eselon III")
    r"|^(?:sd|sltp|smp|slta|sma|smk|sma smk|slta smk|d ?[1-4i]|d ?ii|d ?iii|d ?iv|"
    r"diploma(?: [1-4]| i| ii| iii| iv)?|s ?[1-3]|sarjana|magister|doktor|"
    r"pascasarjana)(?: sederajat)?$"
    r"|^(?:golongan|gol|eselon) (?:i|ii|iii|iv|v)(?: [a-e])?$"
)
_CATEGORY_GROUP = lazy(
    r"status|kondisi|jenis kelamin|kepegawaian|kategori|pendidikan|golongan|eselon"
)
_LABEL = lazy(
    r"\b(?:program|kegiatan|sasaran|tujuan|uraian|jenis|nama|pendidikan|golongan|"
    r"tingkat|eselon|barang|urusan|misi|bidang|jabatan|aset|pangkat|deskripsi)"
)


# a percentage of the column's total, not of the row's own budget or target
_SHARE_HEADER = lazy(
    r"\b(?:proporsi|porsi|komposisi|kontribusi)\b"
    r"|\b(?:terhadap|thd|dari) (?:total|jumlah)\b"
)


# a column judging each row ("Kategori", "Predikat": "Sangat Baik", "Tercapai")
_VERDICT_HEADER = lazy(
    r"\b(?:kategori|predikat|kriteria|status|interpretasi|penilaian|kesimpulan)\b"
)


# a leaf that names only "the figure" of the group above it, beside its unit
_VALUE_LEAVES = frozenset({"nilai", "angka", "besaran"})


@dataclass(frozen=True)
class Slot:
    """A header position: its own label and the labels of the groups above it."""

    position: int
    leaf: str
    groups: tuple[str, ...] = ()
    unit_hint: str | None = None


@lru_cache(maxsize=256)
def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{word}")


def _has(text: str, *words: str) -> bool:
    return any(_word(w).search(text) for w in words)


_HEADS = (
    ("pct", re.compile(r"%|persen|prosentase|presentase|capaian", re.IGNORECASE)),
    ("realisasi", re.compile(r"realisasi", re.IGNORECASE)),
    ("target", re.compile(r"target", re.IGNORECASE)),
)


def _head_word(leaf: str) -> str | None:
    """Which of %/capaian, realisasi or target a label names first."""
    found = [(m.start(), name) for name, rx in _HEADS if (m := rx.search(leaf))]
    return min(found)[1] if found else None


def infer_role(
    leaf: str, groups: list[str] | tuple[str, ...], content: str
) -> ColumnRole:
    """The role a header label means for a column holding ``content``."""
    return _infer_role(leaf, tuple(groups), content)


@lru_cache(maxsize=4096)
def _infer_role(leaf: str, groups: tuple[str, ...], content: str) -> ColumnRole:
    if content == "currency":
        return R.OTHER  # "Rp" alone: the unit of the figures beside it
    t = norm(leaf)
    g = norm(" ".join(groups))
    money = content == "money"
    numeric = content in ("money", "num", "pct", "qty", "dash")
    if re.fullmatch(r"no|nomor|no urut|nmr|nr", t):
        return R.NO
    if _has(t, "efisiensi"):
        return R.EFISIENSI
    if _has(t, "sisa", "selisih", "saldo"):
        return R.SISA
    if _has(t, "keterangan") or t in ("ket", "catatan"):
        return R.KETERANGAN
    if _has(t, "formulasi", "rumus", "cara perhitungan", "cara pengukuran", "definisi"):
        return R.FORMULASI
    if t in ("satuan", "unit", "sat"):
        return R.SATUAN
    if _has(t, "indikator"):
        return R.INDIKATOR
    if g and only_year(t):
        # "2025" or "Tahunan" under "Target", "2024" under "Anggaran" or
        # "Persentase": read as "Target 2025", "Anggaran 2024", "Persentase 2024"
        return _infer_role(f"{' '.join(groups)} {leaf}", (), content)
    if g and t in _VALUE_LEAVES:
        # "Nilai" beside "Satuan" under "Target 2024": the group's figure
        return _infer_role(f"{' '.join(groups)} {leaf}", (), content)
    if g and only_period(t):
        # "TW I" under "Realisasi": the group says what the quarter's figure is
        return _role_from_group(g, content)
    if _has(t, "serapan", "penyerapan", "daya serap", "terserap"):
        # NOTE: the share of the budget spent ("Serapan Anggaran" over bare
        # 94,52), unless it is printed in rupiah: the amount spent
        if money or in_rupiah(t):
            return R.REALISASI_ANGGARAN
        return R.PERSEN_ANGGARAN
    head = _head_word(leaf)
    if head == "pct":
        if _SHARE_HEADER.search(t) and not _has(t, "realisasi", "serap", "capaian"):
            return R.PERSEN_TOTAL  # "% terhadap Total Anggaran": a row's share
        if _has(t, *_BUDGET) or (_has(g, *_BUDGET) and not _has(g, *_PERF)):
            return R.PERSEN_ANGGARAN
        return R.CAPAIAN
    if (
        head in ("realisasi", "target")
        and _has(f"{t} {g}", *_REVENUE)
        and not _has(f"{t} {g}", *_BUDGET)
    ):
        # NOTE: revenue against its target is performance, more being better
        # ("Target Pendapatan", "Realisasi Pendapatan" in rupiah): its capaian
        # is realisasi / target, and no budget is overspent by it; a budget word
        # ("Realisasi Anggaran Pendapatan") keeps it a budget
        return R.REALISASI if head == "realisasi" else R.TARGET
    if head == "realisasi":
        # NOTE: a header in rupiah ("Realisasi (Rp ribu)") holds money whatever
        # its figures look like
        budget_words = (_has(t, *_BUDGET) or in_rupiah(t)) and not _has(t, *_PERF)
        if money or (budget_words and content not in ("pct", "qty")):
            return R.REALISASI_ANGGARAN
        budget_group = _has(g, *_BUDGET) and not _has(g, *_PERF)
        if (not numeric or content == "dash") and budget_group:
            return R.REALISASI_ANGGARAN
        return R.REALISASI
    if head == "target":
        return R.ANGGARAN if money else R.TARGET
    if content == "text" and _LABEL.match(t):
        # NOTE: "Jenis Belanja", "Nama Kegiatan" over names: a label, however
        # budget-like its last word
        return R.URAIAN
    if _has(t, *_BUDGET) or t in ("rp", "rupiah"):
        if _has(g, "realisasi") and not _has(g, "target"):
            return R.REALISASI_ANGGARAN
        return R.ANGGARAN
    if _has(t, "jumlah", "total", "jml"):
        return R.JUMLAH
    if _CATEGORY.match(t) or (t and _CATEGORY_GROUP.search(g) and numeric):
        return R.KATEGORI
    if t and groups and numeric and _CATEGORY.match(f"{norm(groups[-1])} {t}"):
        # "Ringan" and "Berat" under "Rusak": "Rusak Ringan", "Rusak Berat"
        return R.KATEGORI
    if not t and g:
        return _role_from_group(g, content)
    if _LABEL.search(t):
        return R.URAIAN
    return R.OTHER


def _role_from_group(g: str, content: str) -> ColumnRole:
    money = content == "money"
    revenue = _has(g, *_REVENUE) and not _has(g, *_BUDGET)
    if revenue and _head_word(g) in ("realisasi", "target"):
        # NOTE: the figures under "Target Pendapatan" merged over "Rp" and them
        return R.REALISASI if _head_word(g) == "realisasi" else R.TARGET
    if _has(g, "realisasi"):
        return R.REALISASI_ANGGARAN if money else R.REALISASI
    if _has(g, "target"):
        return R.ANGGARAN if money else R.TARGET
    if _has(g, *_BUDGET):
        return R.ANGGARAN if money else R.OTHER
    if _CATEGORY_GROUP.search(g) and content in ("num", "dash"):
        return R.KATEGORI
    return R.OTHER


_TEXT_ROLES = {R.URAIAN, R.INDIKATOR, R.FORMULASI, R.KETERANGAN, R.SATUAN}
_MONEY_ROLES = {R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA}
_PCT_ROLES = {R.CAPAIAN, R.PERSEN_ANGGARAN, R.EFISIENSI, R.PERSEN_TOTAL}


def _fit(role: ColumnRole, content: str) -> float:
    """How well a role suits a column's content (higher is better)."""
    if role == R.OTHER:
        return 0.0
    if content in ("empty", "dash"):
        return 0.5
    if role == R.NO:
        return {"num": 2.0, "mixed": 1.0, "text": 0.5}.get(content, -1.0)
    if role in _TEXT_ROLES:
        return {"text": 2.0, "mixed": 1.0}.get(content, -1.0)
    if role == R.EFISIENSI and content == "text":
        return 0.5  # NOTE: a verdict ("Efisien", "Kurang Efisien"), not a figure
    if role in _MONEY_ROLES:
        return {"money": 3.0, "num": 1.0, "mixed": 0.5}.get(content, -2.0)
    if role in _PCT_ROLES:
        return {"pct": 3.0, "num": 1.0, "mixed": 0.5}.get(content, -1.5)
    if role in (R.TARGET, R.REALISASI):
        # NOTE: in rupiah only where revenue is measured ("Target Pendapatan")
        fits = {"qty": 2.5, "pct": 2.5, "money": 2.5, "num": 2.0, "mixed": 1.0}
        return fits.get(content, 0.0)
    if role in (R.KATEGORI, R.JUMLAH):
        # NOTE: counts in the thousands print their dots as amounts do (98.412
        # visits): typed "money", they are still counts
        return {"num": 2.0, "qty": 1.0, "money": 1.5}.get(content, -1.0)
    return 0.0


def _slots(header: list[list[Cell]], width: int) -> list[Slot]:
    rows = [r for r in header if not is_unit_row(r)]
    unit_rows = [r for r in header if is_unit_row(r)]
    span = max([width] + [len(r) for r in header])
    boundaries: set[int] = set()
    owners: list[list[int | None]] = []
    for row in rows:
        texts = [c.text for c in row] + [""] * (span - len(row))
        owner: list[int | None] = []
        last: int | None = None
        for p in range(span):
            if texts[p]:
                last = p
                owner.append(p)
            elif last is not None and not any(
                b in boundaries for b in range(last + 1, p + 1)
            ):
                owner.append(last)
            else:
                owner.append(None)
        boundaries |= {p for p in range(span) if texts[p]}
        owners.append(owner)
    slots: list[Slot] = []
    for p in range(span):
        labels: list[tuple[str, bool]] = []
        for row, owner in zip(rows, owners, strict=True):
            q = owner[p]
            if q is not None and q < len(row):
                labels.append((row[q].text, q == p))
        own = [text for text, is_own in labels if is_own]
        leaf = own[-1] if own else ""
        groups = [text for text, _ in labels if text != leaf or not own]
        if leaf:
            groups = [text for text in groups if text != leaf]
        hint = next((r[p].text for r in unit_rows if p < len(r) and r[p].text), None)
        if leaf or groups:
            slots.append(
                Slot(position=p, leaf=leaf, groups=tuple(groups), unit_hint=hint)
            )
    return slots


def _content(texts: list[str]) -> str:
    return _content_of(Counter(text_type(t) for t in texts))


def _content_of(counts: Counter[str]) -> str:
    """What a column holds, from how many of its cells are of each type."""
    counts.pop("empty", None)
    dashes = counts.pop("dash", 0)
    counts.pop("bad", None)
    if counts.get("fused"):
        counts.pop("fused")
    if not counts:
        return "dash" if dashes else "empty"
    kind, top = counts.most_common(1)[0]
    if kind == "unit":
        kind = "text"
    if top < 0.6 * sum(counts.values()):
        numeric = ("qty", "pct", "num", "money")  # preference on equal counts
        if sum(counts[k] for k in numeric) >= 0.8 * sum(counts.values()):
            # performance columns mix "100 %" with "4 paket": figures with units
            return max(numeric, key=lambda k: (counts[k], -numeric.index(k)))
        return "mixed"
    return kind


def _value_texts(table: Table, physical: tuple[int, ...]) -> list[str]:
    """The texts of a logical column, a unit cell appended to its value."""
    texts: list[str] = []
    first = physical[0]
    unit_at = physical[1] if len(physical) > 1 else None
    for row in table.rows:
        cells = row.cells
        if first >= len(cells):
            continue
        text = cells[first].text
        if unit_at is not None and unit_at < len(cells) and text:
            unit = cells[unit_at].text
            if unit and is_unit_text(unit):
                text = f"{text} {unit}"
        texts.append(text)
    return texts


def _type_columns(types: list[list[str]]) -> list[tuple[str, ...]]:
    """The cell types of each physical column, top to bottom.

    ``types`` holds the types of the rows as :func:`lay_out` left them, row for
    row; a row shorter than the widest reads "empty" where it has no cell, as
    :func:`_content_of` sets empty cells aside.
    """
    # NOTE: one transposition for the whole table; counting a column row by row
    # in Python cost a step per cell and column
    return list(itertools.zip_longest(*types, fillvalue="empty"))


def _column_content(
    table: Table, columns: list[tuple[str, ...]], physical: tuple[int, ...]
) -> str:
    """What a logical column holds, by the cell types the layout found.

    ``columns`` are the types of each physical column (:func:`_type_columns`).
    A column with a unit cell is typed on its value and unit read together.
    """
    if len(physical) > 1:
        return _content(_value_texts(table, physical))
    at = physical[0]
    content = _content_of(Counter(columns[at] if at < len(columns) else ()))
    if content == "text" and _only_currency(table, at):
        return "currency"
    return content


def _only_currency(table: Table, at: int) -> bool:
    """Whether every filled cell of a physical column is a currency sign alone.

    ``Rp | 86.400.000`` printed in two cells: the ``Rp`` column is the unit of
    the figures beside it, with no role of its own, whatever header it sits under.
    """
    seen = False
    for row in table.rows:
        cells = row.cells
        text = cells[at].text.strip() if at < len(cells) else ""
        if not text:
            continue
        # NOTE: a label column stops at its first cell
        if len(text) > 8 or normalize_unit(text) != "rp":
            return False
        seen = True
    return seen


# what a header slot with words that heads no column costs a match
_UNUSED_NAMED = 0.8


def _match(slots: list[Slot], contents: list[str]) -> list[Slot | None]:
    """Match header slots to data columns in order, best total fit (DP)."""
    n, m = len(slots), len(contents)
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    step: dict[tuple[int, int], str] = {}
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options: list[tuple[float, str]] = []
            if i > 0:
                # NOTE: a header word over no column is rarer than figures of an
                # unexpected kind under it ("Jumlah" over counts with dots)
                unused = _UNUSED_NAMED if slots[i - 1].leaf else 0.0
                options.append((best[i - 1][j] - unused, "slot"))  # header slot unused
            if j > 0:
                options.append((best[i][j - 1] - 0.3, "col"))  # column without slot
            # NOTE: a column of "Rp" signs takes no header: the header over it
            # and its figures names the figures
            if i > 0 and j > 0 and contents[j - 1] != "currency":
                slot = slots[i - 1]
                content = contents[j - 1]
                role = infer_role(slot.leaf, slot.groups, content)
                if content == "num" and role in _PCT_ROLES and "%" in slot.leaf:
                    content = "pct"  # NOTE: "Capaian (%)" over bare "96,00"
                fit = _fit(role, content) + (0.1 if slot.leaf else 0.0)
                near = 0.05 * -abs(slot.position - j + 1)
                options.append((best[i - 1][j - 1] + fit + near, "pair"))
            score, how = max(options, key=lambda o: o[0])
            best[i][j] = score
            step[(i, j)] = how
    matched: list[Slot | None] = [None] * m
    i, j = n, m
    while i > 0 or j > 0:
        how = step[(i, j)]
        if how == "pair":
            matched[j - 1] = slots[i - 1]
            i, j = i - 1, j - 1
        elif how == "slot":
            i -= 1
        else:
            j -= 1
    return matched


@lru_cache(maxsize=512)
def _match_cached(
    slots: tuple[Slot, ...], contents: tuple[str, ...]
) -> list[Slot | None]:
    # NOTE: the same header over the same kinds of content (a table repeated in a
    # lampiran, the pages of one long table) gives the same match.
    return _match(list(slots), list(contents))


_YEAR = lazy(r"\b(?:19|20)\d{2}\b")
# a target for the end of the plan period, not for the year reported
_PLAN_END = lazy(r"\b(?:akhir|renstra|rpjmd|rpjm)\b")
# the plan whose end a target may be set for; a bare "periode" is the plan's only
# with its span of years ("Periode 2021-2026"): "Target s.d. Akhir Periode" in a
# triwulan report is the period reported on
_PLAN = lazy(
    r"\b(?:renstra|rpjmd|rpjm)\b|\bperiode\b.*\b(?:19|20)\d{2} (?:19|20)\d{2}\b"
)
_PERIOD_ROLES = (R.TARGET, R.REALISASI, R.CAPAIAN)


def column_years(col: Column) -> set[str]:
    """The years a column's header and group name."""
    return set(_YEAR.findall(f"{col.header} {col.group}"))


def _reporting_year(columns: list[Column]) -> str | None:
    """The year a table reports on.

    That is its capaian column's year, else the latest year that has both a target
    and a realisasi column, else (realisasi of several years beside no target but
    one for the plan's end) the latest realisasi year.
    """
    capaian = [y for c in columns if c.role == R.CAPAIAN for y in column_years(c)]
    if len(set(capaian)) == 1:
        return capaian[0]
    targets = {y for c in columns if c.role == R.TARGET for y in column_years(c)}
    realised = {y for c in columns if c.role == R.REALISASI for y in column_years(c)}
    both = targets & realised
    if both:
        return max(both)
    yearly = [c for c in columns if c.role == R.REALISASI and len(column_years(c)) == 1]
    plain_targets = [
        c for c in columns if c.role == R.TARGET and not _PLAN.search(norm(c.header))
    ]
    if len(realised) >= 2 and len(yearly) == len(realised) and not plain_targets:
        return max(realised)
    return None


def _is_plan_end(col: Column, year: str | None) -> bool:
    """A target for the plan's end or span (Renstra, RPJMD) rather than the year's."""
    header = norm(col.header)
    if not _PLAN.search(header):
        return False
    years = column_years(col)
    return (
        _has(header, "akhir")
        or len(years) > 1  # the plan's span: "Target RPJMD 2021-2026"
        or (year is not None and bool(years) and year not in years)
    )


# the roles a table dated by year holds once for the year it reports: its
# performance, its budget (Anggaran 2024 | Anggaran 2025) and the efficiency
# of the two (Efisiensi 2024 | Efisiensi 2025)
_YEAR_ROLES = (
    *_PERIOD_ROLES,
    R.ANGGARAN,
    R.REALISASI_ANGGARAN,
    R.SISA,
    R.PERSEN_ANGGARAN,
    R.EFISIENSI,
)
ReportYear = Callable[[], str | None]


def _keep_reporting_year(
    columns: list[Column],
    report_year: ReportYear | None = None,
    roles: tuple[ColumnRole, ...] = _YEAR_ROLES,
) -> None:
    """Keep only the reporting year's columns when a role repeats across years.

    Realisasi 2021, 2022 and 2023, Target 2023, Target Akhir Renstra 2026: the
    others are figures of other periods and are not checked as this year's; in a
    table that dates no column to the year it reports, the one column of a role
    no year dates is that year's (Realisasi 2023 beside Realisasi). A target for
    the plan's end is never this year's, even when it is the only one. When the
    table's own columns do not tell its year (``Anggaran 2024 | Anggaran 2025 |
    Realisasi 2024 | Realisasi 2025``), the report's year does (``report_year``:
    its period, asked only then): last year's and next year's figures are no
    copies of this year's. ``roles`` narrows the roles looked at (a second pass
    over the percentages once their own roles are settled).
    """
    year = _reporting_year(columns)
    if roles == _YEAR_ROLES:
        for col in columns:
            if col.role == R.TARGET and _is_plan_end(col, year):
                col.role = R.OTHER
    for role in roles:
        same = [c for c in columns if c.role == role]
        if len(same) < 2:
            continue
        keep = _of_year(same, role, year)
        if year is None:
            plain = [c for c in keep if not column_years(c)]
            if len(plain) == 1:
                # NOTE: "Realisasi 2023 | Target | Realisasi | Capaian": beside
                # columns dated to a year, the one no year dates is the year reported
                keep = plain
            elif report_year is not None and any(column_years(c) for c in same):
                dated = _of_year(same, role, report_year())
                keep = dated if len(dated) == 1 else keep
        if len(keep) != 1:
            continue  # nothing tells which one is the year's
        for col in same:
            if col is not keep[0]:
                col.role = R.OTHER


def _of_year(same: list[Column], role: ColumnRole, year: str | None) -> list[Column]:
    """The columns of ``same`` that may be the year's (all of them for no year)."""
    return [
        c
        for c in same
        if (year is None or year in column_years(c))
        and not (role == R.TARGET and _PLAN_END.search(norm(c.header)))
    ]


def year_parts(table: Table, role: ColumnRole) -> list[Column]:
    """The columns of ``role`` for another year than the table's.

    ``Anggaran 2024`` beside the year's ``Anggaran 2025`` keeps no role, yet its
    figures add up down the column like the year's.
    """
    if not table.has(role):
        return []
    return [
        col
        for col in table.columns
        if col.role == R.OTHER
        and len(column_years(col)) == 1
        and period_of(col.header) is None  # a quarter's part is summed as such
        and infer_role(col.header, _groups(col), col.content) == role
    ]


def _groups(col: Column) -> tuple[str, ...]:
    return tuple(col.group.split(" / ")) if col.group else ()


def other_years(table: Table) -> dict[str, dict[ColumnRole, Column]]:
    """Each other year's columns by the role they play for that year.

    ``Anggaran | Realisasi | %`` over ``2024 | 2025`` each, in a report of 2025:
    the 2025 columns hold the table's roles, and ``Anggaran 2024``,
    ``Realisasi 2024`` and ``% 2024`` are last year's budget, spending and
    percentage, to be recomputed among themselves (never compared with this
    year's copies elsewhere). A column of another year plays the role of the
    year's column its header reads like (the first ``Capaian 2024`` is the first
    ``Capaian 2025``'s, the ``%`` after last year's spending that after this
    year's). Empty unless the columns holding roles are dated to one year;
    a role two columns of one year could play is left out.
    """
    if all(c.role != R.OTHER for c in table.columns):
        return {}  # NOTE: the usual table: no column of another year
    dated: dict[str, list[Column]] = {}
    for col in table.columns:
        years = column_years(col)
        plan = _PLAN_END.search(norm(col.header))
        if len(years) == 1 and period_of(col.header) is None and not plan:
            dated.setdefault(next(iter(years)), []).append(col)
    own = {y for y, cols in dated.items() if any(c.role != R.OTHER for c in cols)}
    if len(own) != 1:
        return {}
    (year,) = own
    found: dict[str, dict[ColumnRole, Column]] = {}
    for other, cols in dated.items():
        if other == year or any(c.role != R.OTHER for c in cols):
            continue
        roles = _as_year(cols, dated[year], table.columns)
        if roles:
            found[other] = roles
    return found


def _as_year(
    cols: list[Column], year: list[Column], columns: list[Column]
) -> dict[ColumnRole, Column]:
    """The roles of another year's ``cols``, paired in order with the year's."""

    def read(col: Column) -> ColumnRole:
        blank = _as_other_year(col, columns)
        return blank or infer_role(col.header, _groups(col), col.content)

    paired: dict[ColumnRole, list[Column]] = {}
    for role in {read(c) for c in cols}:
        mine = [c for c in cols if read(c) == role]
        theirs = [c for c in year if read(c) == role]
        if len(mine) != len(theirs):
            continue  # NOTE: nothing tells which of the year's columns each is
        for col, like in zip(mine, theirs, strict=True):
            if like.role != R.OTHER:
                paired.setdefault(like.role, []).append(col)
    return {role: cols[0] for role, cols in paired.items() if len(cols) == 1}


def column_name(col: Column) -> str:
    """A column as its header names it (``Target TW III``, ``Anggaran 2024``).

    A leaf that only dates its group's figure (``2024`` under ``Anggaran``) is
    named with the group; a group that only dates its leaves (``Tahun 2023``
    over ``Target``, or the fiscal year: ``Tahun Anggaran 2024`` over
    ``Pagu (Rp)``) is named after the leaf (``Target Tahun 2023``,
    ``Pagu (Rp) Tahun Anggaran 2024``), so each year's column says its year
    however the header prints it.
    """
    if col.group and (only_period(col.header) or only_year(col.header)):
        return f"{col.group} {col.header}"
    if col.group and (unit := _UNIT_LEAF.fullmatch(col.header.strip())):
        # NOTE: "Rp" under "Realisasi" names the realisasi in rupiah
        return f"{col.group} ({unit['unit']})"
    if col.header and not _YEAR.search(col.header):
        dating = [g for g in _groups(col) if _dates(g)]
        if len(dating) == 1:
            return f"{col.header} {dating[0]}"
    return col.header or col.group


# a leaf that only gives its group's unit: "Rp", "(Rp)", "%"
_UNIT_LEAF = lazy(r"\(?\s*(?P<unit>rp\.?|rupiah|%|persen)\s*\)?", re.IGNORECASE)
# a group naming the fiscal year alone: "Tahun Anggaran 2024", "T.A. 2024"
_FISCAL_YEAR = lazy(r"(?:tahun anggaran|t a)(?: ta)? (?:19|20)\d{2}")


def _dates(group: str) -> bool:
    """True when a group label names one year and nothing else (or its fiscal year)."""
    if not _YEAR.search(group):
        return False
    return only_year(group) or _FISCAL_YEAR.fullmatch(norm(group)) is not None


def _budget_percent(columns: list[Column], roles: set[ColumnRole]) -> None:
    """``Realisasi (%)`` beside rupiah columns and no target is the budget %."""
    if R.TARGET in roles or R.PERSEN_ANGGARAN in roles:
        return
    if not {R.ANGGARAN, R.REALISASI_ANGGARAN} <= roles:
        return
    for col in columns:
        header = norm(col.header)
        if col.role == R.REALISASI and ("%" in col.header or _has(header, "persen")):
            col.role = R.PERSEN_ANGGARAN
            return


def _spent_percent(columns: list[Column]) -> None:
    """Of two capaian columns, a bare ``%`` right after the spending is the budget's.

    ``Target | Realisasi | Capaian (%) | Anggaran | Realisasi Anggaran | %``: the
    last % is of the budget, as its place says.
    """
    if sum(c.role == R.CAPAIAN for c in columns) < 2:
        return
    for before, col in itertools.pairwise(columns):
        if (
            col.role == R.CAPAIAN
            and before.role == R.REALISASI_ANGGARAN
            and not _has(norm(col.header), "capaian", "kinerja", "fisik", *_PERF)
        ):
            col.role = R.PERSEN_ANGGARAN


def _stated_money(columns: list[Column], stated: int) -> None:
    """In a table stated in thousands (or millions) of rupiah: ``Realisasi`` is spent.

    Its figures (``36.208,500``) need not look like rupiah, but with a budget column
    and no target in the table they are the realised spending.
    """
    roles = {c.role for c in columns}
    if not stated or R.ANGGARAN not in roles or R.TARGET in roles:
        return
    if R.REALISASI_ANGGARAN in roles:
        return
    for col in columns:
        if col.role == R.REALISASI and col.content in ("num", "money", "dash"):
            col.role = R.REALISASI_ANGGARAN
            return


_MONEY = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA)


def _scales(columns: list[Column], stated: int) -> None:
    """Each money column's scale: its own header's, else the table's stated one."""
    for col in columns:
        if col.role in _MONEY:
            # NOTE: each label on its own: "Rp Ribu" above "Pagu" is no "ribu pagu"
            labels = (col.group, col.header, col.unit_hint or "")
            own = next((s for s in map(header_scale, labels) if s), 0)
            col.scale = own or stated


# the budget as revised during the year: what the realisasi is measured against
_REVISED = lazy(r"\b(?:perubahan|pergeseran|revisi|p apbd|papbd)\b")


def _keep_revised_budget(columns: list[Column]) -> None:
    """Of an original and a revised budget column, keep the revised one's role.

    ``Anggaran Murni | Anggaran Perubahan | Realisasi | %``: the realisasi, the sisa
    and the % are of the budget after the revision, and so are its copies in the
    other tables; the original budget is a figure of its own.
    """
    budgets = [c for c in columns if c.role == R.ANGGARAN]
    revised = [c for c in budgets if _REVISED.search(norm(f"{c.group} {c.header}"))]
    if len(budgets) < 2 or len(revised) != 1:
        return
    for col in budgets:
        if col is not revised[0]:
            col.role = R.OTHER


def _quarter_parts(columns: list[Column]) -> None:
    """Of a role split by quarter, keep the role for the total, not for the parts.

    ``Realisasi`` over ``TW I | TW II | TW III | s.d. TW III``: the table's
    realisasi is the one up to the quarter reported; ``Target Tahunan`` beside
    ``Target`` over ``TW I … TW IV``: the target is the year's. The parts keep no
    role (:mod:`lkjaudit.checks.quarters` reads them by their header); with no
    total beside them (``Realisasi TW I | Realisasi TW II | Realisasi TW III``)
    nothing says whether the table's figure is the last quarter's or their sum,
    so none of them takes the role and no ratio is judged from a guess. A capaian
    naming the quarter reported (``Capaian s.d. TW III``) in a table that splits
    its target by quarter is measured against the target up to that quarter, not
    the year's: it is left to that module too.

    One target dated to the quarter reported (``Target TW III``, ``Target s.d.
    TW III``, ``Target Semester I``) beside the year's is no split: the year's
    keeps the role (its copies are the year's target of the other tables), the
    quarter's is read by its header (:func:`lkjaudit.analysis.targets.period_target`),
    and a capaian up to that quarter keeps its role: the ``ratio`` rules judge it
    against the target its printed figures follow.
    """
    split = single = False
    _target_up_to(columns)
    for role in (R.REALISASI, R.REALISASI_ANGGARAN, R.TARGET, R.ANGGARAN):
        same = [c for c in columns if c.role == role]
        parts = [
            c
            for c in same
            if (p := period_of(c.header)) is not None and not p.cumulative
        ]
        if len(same) < 2 or not parts or _across_years(parts):
            continue
        whole = [c for c in same if c not in parts]
        for col in parts:
            if len(whole) <= 1 or only_period(col.header):
                col.role = R.OTHER
        if role == R.TARGET:
            split, single = True, len(parts) == len(whole) == 1
    if not split:
        return
    for col in columns:
        p = period_of(col.header) if col.role == R.CAPAIAN else None
        if p is not None and not (single and p.cumulative):
            col.role = R.OTHER


def _across_years(parts: list[Column]) -> bool:
    """The same quarter of different years: a comparison, no split by quarter.

    ``Realisasi TW I 2024 | Realisasi TW I 2025`` holds last year's figure beside
    this year's; the year's is kept by :func:`_keep_reporting_year`.
    """
    years = [frozenset(column_years(c)) for c in parts]
    return (
        len({period_of(c.header) for c in parts}) == 1
        and all(len(y) == 1 for y in years)
        and len(set(years)) == len(parts)
    )


def _group_subtotals(columns: list[Column]) -> None:
    """A Jumlah under a group of categories is that group's total, not the row's.

    ``PNS | | | PPPK | | | Jumlah`` over ``L | P | Jml | L | P | Jml |``: each
    ``Jml`` adds up the L and P of its own group, the last ``Jumlah`` the four
    of them. A Jumlah sharing its group with every category of the table (all
    under ``Status Kepegawaian``) is the row's total still.
    """
    categories = [c for c in columns if c.role == R.KATEGORI]
    for col in columns:
        if col.role != R.JUMLAH or not col.group:
            continue
        mine = [c for c in categories if c.group == col.group]
        if mine and len(mine) < len(categories):
            col.role = R.SUBJUMLAH


_TOTAL_GROUP = lazy(r"^(jumlah|total|jml\.?)$")


def _total_group(columns: list[Column]) -> None:
    """A ``Jumlah`` group over the same categories as the groups beside it.

    ``Golongan I | | Golongan II | | Jumlah | |`` over ``L | P | L | P | L | P |
    L + P``: the Jumlah's ``L`` adds up every group's L, its ``P`` every P, so
    neither is a category of the row (counted, they would double its total).
    Each is read as a group total (added up by its header across the groups),
    and the one column beside them under ``Jumlah`` (``L + P``, ``Total``,
    ``Jumlah``) is the row's Jumlah, the sum of the groups' categories. Nothing
    changes unless every other group repeats the same labels and the Jumlah's
    labels are among them, and the table has no Jumlah column of its own.
    """
    categories = [c for c in columns if c.role == R.KATEGORI and c.group]
    by_group: dict[str, list[Column]] = {}
    for col in categories:
        by_group.setdefault(col.group, []).append(col)
    totals = [g for g in by_group if _TOTAL_GROUP.search(norm(g))]
    others = [g for g in by_group if g not in totals]
    if len(totals) != 1 or len(others) < 2:
        return
    if any(c.role == R.JUMLAH and c.group != totals[0] for c in columns):
        return
    labels = {frozenset(norm(c.header) for c in by_group[g]) for g in others}
    if len(labels) != 1:
        return
    (shared,) = labels
    mine = by_group[totals[0]]
    if len(shared) < 2 or not all(norm(c.header) in shared for c in mine):
        return
    rest = [
        c
        for c in columns
        if c.group == totals[0] and c not in mine and c.content in ("num", "qty")
    ]
    for col in mine:
        col.role = R.SUBJUMLAH
    if len(rest) == 1:
        rest[0].role = R.JUMLAH


def _target_up_to(columns: list[Column]) -> None:
    """``Target s.d. TW III`` beside the year's target: the year's keeps the role."""
    targets = [c for c in columns if c.role == R.TARGET]
    up_to = [
        c
        for c in targets
        if (p := period_of(c.header)) is not None and p.cumulative and p.quarter
    ]
    year = [c for c in targets if period_of(c.header) is None]
    if len(up_to) == 1 and len(year) == 1:
        up_to[0].role = R.OTHER


_PERCENT_ROLES = (R.CAPAIAN, R.PERSEN_ANGGARAN)


def _postprocess(
    columns: list[Column], stated: int = 0, report_year: ReportYear | None = None
) -> None:
    _total_group(columns)
    _group_subtotals(columns)
    _quarter_parts(columns)
    _keep_reporting_year(columns, report_year)
    _keep_revised_budget(columns)
    _stated_money(columns, stated)
    roles = {c.role for c in columns}
    _budget_percent(columns, roles)
    _spent_percent(columns)
    # NOTE: "Capaian 2024 | % 2024 | Capaian 2025 | % 2025": two percentages a
    # year are told apart only now (the % after the spending is the budget's);
    # each role is the year's again
    percents = Counter(c.role for c in columns if c.role in _PERCENT_ROLES)
    if any(n > 1 for n in percents.values()):
        _keep_reporting_year(columns, report_year, _PERCENT_ROLES)
    roles = {c.role for c in columns}
    for col in columns:
        explicit = _has(norm(col.header), "capaian", "kinerja")
        if (
            col.role == R.CAPAIAN
            and not explicit
            and not ({R.TARGET, R.REALISASI} & roles)
        ):
            if {R.JUMLAH, R.KATEGORI} & roles:
                col.role = R.PERSEN_TOTAL
            elif {R.ANGGARAN, R.REALISASI_ANGGARAN} & roles:
                col.role = R.PERSEN_ANGGARAN
    if R.URAIAN not in {c.role for c in columns}:
        for col in columns:
            if _VERDICT_HEADER.search(norm(col.header)):
                continue  # "Kategori: Sangat Baik" judges a row, it does not name it
            if col.role == R.OTHER and col.content in ("text", "mixed"):
                col.role = R.URAIAN
                break
    assign_keys(columns)


def assign_keys(columns: list[Column]) -> None:
    """Each column's key: its role (``kategori``, ``kategori_2``), else its place."""
    seen: Counter[str] = Counter()
    for col in columns:
        base = col.role.value if col.role != R.OTHER else f"c{col.index + 1}"
        seen[base] += 1
        col.key = base if seen[base] == 1 else f"{base}_{seen[base]}"


_SATUAN_HEADER = frozenset({"satuan", "unit", "sat"})


def _shared_unit_column(layout: Layout) -> int | None:
    """A unit column headed ``Satuan``: the unit of the row, not of one value.

    ``Indikator | Target | Satuan | Realisasi``: the unit is the target's and the
    realisation's alike, so it is not paired with the value before it but kept as
    the table's Satuan column, which every target and realisation reads. A table
    with two Satuan columns (one per value) pairs each as printed.
    """
    named = [
        j
        for row in layout.header
        if not is_unit_row(row)
        for j, cell in enumerate(row)
        if norm(cell.text) in _SATUAN_HEADER
    ]
    if len(named) != 1 or named[0] not in layout.unit_columns:
        return None
    return named[0]


def _satuan_column(layout: Layout) -> int | None:
    """The position of the table's one column headed ``Satuan``, or None."""
    named = {
        j
        for row in layout.header
        if not is_unit_row(row)
        for j, cell in enumerate(row)
        if norm(cell.text) in _SATUAN_HEADER
    }
    return next(iter(named)) if len(named) == 1 else None


# a unit a header names in parentheses: "Target (jiwa)", "Luas (ha)"
_HEADER_UNIT = lazy(r"\(([^()]{1,24})\)")
# parentheses that name no unit: a period, a stage of the budget, a plan, a
# roman or arabic number
_NO_UNIT = lazy(
    r"\d|^[ivxl]+$|\b(?:tw|triwulan|semester|tahun|thn|murni|perubahan|induk|"
    r"kumulatif|rencana|renstra|rpjmd|rpjm|renja|rkpd|rka|dppa|apbn|indikatif|"
    r"awal|akhir|sd|s d|apbd|dpa|pk|lalu|"
    r"berjalan|n)\b"
)


def _header_unit(slot: Slot) -> str | None:
    """The unit other than rupiah or % that a header names for its figures."""
    for text in (slot.leaf, slot.unit_hint or ""):
        for found in _HEADER_UNIT.findall(text):
            unit = normalize_unit(found)
            if not unit or unit in ("rp", "%") or in_rupiah(f"({found})"):
                continue
            if _NO_UNIT.search(norm(found)) or not is_unit_text(found.strip()):
                continue
            return unit
    return None


def _names_budget(slot: Slot | None) -> bool:
    """Whether a header says its column is money: a budget word, or rupiah."""
    if slot is None:
        return False
    t, g = norm(slot.leaf), norm(" ".join(slot.groups))
    rupiah = any(in_rupiah(x) for x in (slot.leaf, slot.unit_hint or "", *slot.groups))
    return (
        rupiah
        or t in ("rp", "rupiah")
        or _has(t, *_BUDGET)
        or (_has(g, *_BUDGET) and not _has(g, *_PERF) and not _has(t, *_PERF))
    )


def _rupiah_cells(table: Table, at: int) -> int:
    """How many cells of a physical column print ``Rp`` before their figure."""
    count = 0
    for row in table.rows:
        cells = row.cells
        if at < len(cells):
            text = cells[at].text
            # NOTE: "Rp", "IDR" and "rupiah" all hold an r: a cell without one is
            # read no further
            if ("r" in text or "R" in text) and parse_value(text).unit == "rp":
                count += 1
    return count


def _counts(
    table: Table,
    physical: list[tuple[int, ...]],
    contents: list[str],
    matched: list[Slot | None],
    satuan: int | None,
) -> list[str]:
    """Contents with grouped whole numbers that are counts, not rupiah, as ``num``.

    ``12.500`` reads as rupiah only for want of a unit. A column whose header
    names no budget and whose cells print no ``Rp`` holds counts when its header
    names another unit (``Target (jiwa)``); and, when it stands before the
    table's budget columns, when the table's Satuan column gives the row's unit,
    or when the budget columns print ``Rp`` and it does not (a realised spending
    after its budget keeps its reading however it prints its figures).
    """
    budget = [
        k
        for k, (content, slot) in enumerate(zip(contents, matched, strict=True))
        if content == "money" and _names_budget(slot)
    ]
    rupiah = {k: _rupiah_cells(table, physical[k][0]) for k in budget}
    marked = any(n >= 2 for n in rupiah.values())
    units = (
        {
            normalize_unit(row.cells[satuan].text)
            for row in table.rows
            if satuan < len(row.cells) and is_unit_text(row.cells[satuan].text)
        }
        if satuan is not None
        else set()
    )
    by_satuan = bool(units - {None, "rp", "-"}) and "rp" not in units
    first_budget = min(budget, default=len(contents))
    result = list(contents)
    for k, (content, slot) in enumerate(zip(contents, matched, strict=True)):
        if content != "money" or slot is None or k in budget:
            continue
        if _rupiah_cells(table, physical[k][0]):
            continue
        before = k < first_budget
        if _header_unit(slot) or ((by_satuan or marked) and before):
            result[k] = "num"
    return result


def assign_columns(
    table: Table, layout: Layout, report_year: ReportYear | None = None
) -> None:
    """Build ``table.columns``: unit columns paired, roles and formulas assigned.

    ``report_year`` gives the report's year, for a table that repeats a role
    over years and does not tell which year it reports.
    """
    physical: list[tuple[int, ...]] = []
    shared = _shared_unit_column(layout)
    for j in range(table.ncols):
        if j in layout.unit_columns and physical and j != shared:
            physical[-1] = (physical[-1][0], j)
        else:
            physical.append((j,))
    by_position = _type_columns(layout.types)
    contents = [_column_content(table, by_position, cols) for cols in physical]
    slots = _slots(layout.header, table.ncols)
    matched: list[Slot | None] = (
        _match_cached(tuple(slots), tuple(contents))
        if slots
        else [None] * len(physical)
    )
    if "money" in contents and slots:
        satuan = _satuan_column(layout)
        counts = _counts(table, physical, contents, matched, satuan)
        if counts != contents:
            contents = counts
            matched = _match_cached(tuple(slots), tuple(contents))
    columns: list[Column] = []
    for index, (cols, content, slot) in enumerate(
        zip(physical, contents, matched, strict=True)
    ):
        leaf = slot.leaf if slot else ""
        groups = list(slot.groups) if slot else []
        role = infer_role(leaf, groups, content) if slot else R.OTHER
        columns.append(
            Column(
                index=index,
                cells=cols,
                key="",
                header=leaf,
                group=" / ".join(groups),
                unit_hint=slot.unit_hint if slot else None,
                role=role,
                content=content,
            )
        )
    _caption_years(columns, table.caption or "")
    _read_blank_years(columns)
    _revenue_targets(table, columns)
    stated = stated_scale(table.caption) or stated_scale(table.note)
    _postprocess(columns, stated, report_year)
    _scales(columns, stated)
    _numbering(table, layout, columns)
    table.columns = columns


def _revenue_targets(table: Table, columns: list[Column]) -> None:
    """``Target (Rp) | Realisasi (Rp)`` of revenue: the target and its realisation.

    A target and a realisation in rupiah that name nothing of their own are a
    budget and its spending, unless the table is one of revenue: its caption or
    its label header names revenue (``Target dan Realisasi Pajak Daerah``,
    ``Jenis Pajak Daerah``), or most of its rows' names do (``Pajak Reklame``,
    ``Retribusi Pasar``). Revenue above its target is performance, not a budget
    overspent; a budget word anywhere in the table's headers (``Pagu``,
    ``Anggaran``, ``Belanja``) keeps them a budget.
    """
    targets = [
        c
        for c in columns
        if c.role == R.ANGGARAN and _head_word(norm(c.header)) == "target"
    ]
    spent = [
        c
        for c in columns
        if c.role == R.REALISASI_ANGGARAN
        and _head_word(norm(c.header) or norm(c.group)) == "realisasi"
    ]
    if len(targets) != 1 or len(spent) != 1:
        return
    if any(_has(norm(f"{c.header} {c.group}"), *_BUDGET) for c in columns):
        return
    if not _revenue_table(table, columns):
        return
    targets[0].role, spent[0].role = R.TARGET, R.REALISASI


def _revenue_table(table: Table, columns: list[Column]) -> bool:
    """Whether the caption, the label header or most rows' names name revenue."""
    if _REVENUE_NAMED.search(norm(table.caption or "")):
        return True
    label = next((c for c in columns if c.role == R.URAIAN), None)
    if label is None:
        return False
    if _REVENUE_NAMED.search(norm(label.header)):
        return True
    names = [
        norm(row.cells[label.cells[0]].text)
        for row in table.rows
        if label.cells[0] < len(row.cells) and row.cells[label.cells[0]].text
    ]
    named = sum(1 for name in names if _REVENUE_NAMED.match(name))
    return len(names) >= 2 and 2 * named > len(names)


# what a caption says a table's years hold: ``Realisasi`` and the words that
# qualify it (``Realisasi Capaian Kinerja``, ``Realisasi Anggaran``), or ``Target``
_CAPTION_HOLDS = lazy(
    r"\b(?:realisasi|target)(?:\s+(?:capaian|kinerja|anggaran|keuangan|fisik))*\b",
    re.IGNORECASE,
)
# any other word naming what a figure is, anywhere else in the caption
_CAPTION_OTHER = lazy(
    r"\b(?:realisasi|target|capaian|persen|persentase|efisiensi|sisa)\b|%"
    r"|\b(?:" + "|".join(_BUDGET) + r")\b"
)
_FIGURE_ROLES = frozenset(
    {
        R.TARGET,
        R.REALISASI,
        R.CAPAIAN,
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.SISA,
        R.PERSEN_ANGGARAN,
        R.EFISIENSI,
        R.PERSEN_TOTAL,
        R.JUMLAH,
        R.KATEGORI,
    }
)


def _caption_years(columns: list[Column], caption: str) -> None:
    """Columns headed by bare years read with what the caption says they hold.

    ``No | Indikator | Satuan | 2023 | 2024 | Keterangan`` under the caption
    ``Perbandingan Realisasi Kinerja Tahun 2023 dan Tahun 2024`` reads as
    ``Realisasi 2023 | Realisasi 2024``, as if the caption's words were a group
    over the years. Only when the years are the table's only figures (no column
    holds a role of its own) and the caption names one thing they hold: a
    caption naming none (``Perbandingan Kinerja 2023 dan 2024``: realisasi or
    capaian?) or two (``Target dan Realisasi``) leaves them without a role.
    """
    bare = [
        c
        for c in columns
        if c.role == R.OTHER
        and not c.group
        and only_year(c.header)
        and len(column_years(c)) == 1
        and c.content not in ("text", "mixed", "currency")
    ]
    if len(bare) < 2 or len({frozenset(column_years(c)) for c in bare}) < len(bare):
        return
    if any(c.role in _FIGURE_ROLES for c in columns):
        return
    found = _CAPTION_HOLDS.findall(caption)
    if len(found) != 1:
        return
    (holds,) = found
    rest = norm(_CAPTION_HOLDS.sub(" ", caption))
    if _CAPTION_OTHER.search(rest):
        return
    for col in bare:
        role = infer_role(col.header, (holds,), col.content)
        if role in (R.OTHER, R.KATEGORI, R.JUMLAH):
            continue
        col.group = holds
        col.role = role


def _undated(col: Column) -> tuple[str, str]:
    """A column's header and group with their years taken out."""
    return (
        norm(_YEAR.sub(" ", col.header)),
        norm(_YEAR.sub(" ", col.group)),
    )


def _read_blank_years(columns: list[Column]) -> None:
    """A year's column of dashes plays the role of the same column of another year.

    ``Realisasi 2024`` all ``-`` beside ``Realisasi 2025`` in rupiah is last
    year's spending, not a realised performance: its figures tell nothing, its
    header read with the other year's figures does.
    """
    for col in columns:
        role = _as_other_year(col, columns)
        if role is not None:
            col.role = role


def _as_other_year(col: Column, columns: list[Column]) -> ColumnRole | None:
    """The role a blank dated column reads as beside its other years' copies."""
    if col.content not in ("dash", "empty") or len(years := column_years(col)) != 1:
        return None
    key = _undated(col)
    roles = {
        infer_role(col.header, _groups(col), other.content)
        for other in columns
        if other.content not in ("dash", "empty")
        and column_years(other) != years
        and _undated(other) == key
    }
    return roles.pop() if len(roles) == 1 else None


_FORMULA = lazy(r"^\(?(\d{1,2})\)?\s*(?:=\s*(.+))?$")


def _numbering(table: Table, layout: Layout, columns: list[Column]) -> None:
    if layout.numbering is None:
        return
    labelled = [(p, c.text) for p, c in enumerate(layout.numbering) if c.text]
    by_position = {p: col for col in columns for p in col.cells}
    for k, (p, text) in enumerate(labelled):
        match = _FORMULA.match(text.strip())
        if not match:
            continue
        col = columns[k] if len(labelled) == len(columns) else by_position.get(p)
        if col is None:
            continue
        col.number = match.group(1)
        if match.group(2):
            col.formula = match.group(2).replace(" ", "")
