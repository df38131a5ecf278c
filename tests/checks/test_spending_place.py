"""Where spending above the budget is reported when a row is stated in several tables.

The copy in the table that shows the most budget columns is the place, read with
that table's own columns. A Perjanjian Kinerja that lists the programme's budget
but no spending is never the place: before, when its copy came first, the
finding was placed in the PK's table, on a spending column it does not have
(``tabel-2.1/row:1/col:realisasi_anggaran``), read with the budget table's
columns.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULE = "spending-within-budget"

_PK = """Tabel 2.1 Perjanjian Kinerja Tahun 2024

| No | Program | Keterangan | Anggaran (Rp) |
|---|---|---|---|
| 1 | Program Pemberdayaan Sosial | PK | 400.000.000 |
| 2 | Program Rehabilitasi Sosial | PK | 500.000.000 |
"""
_BUDGET = """Tabel 3.3 Realisasi Anggaran per Program Tahun 2024

| No | Program | Anggaran (Rp) | Realisasi (Rp) |
|---|---|---|---|
| 1 | Program Pemberdayaan Sosial | 400.000.000 | {spent} |
| 2 | Program Rehabilitasi Sosial | 500.000.000 | 480.000.000 |
"""
_DETAIL = """Tabel 3.4 Sisa dan Serapan Anggaran per Program Tahun 2024

| No | Program | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) | Serapan (%) |
|---|---|---|---|---|---|
| 1 | Program Pemberdayaan Sosial | 400.000.000 | {spent} | -10.000.000 | 102,50 |
| 2 | Program Rehabilitasi Sosial | 500.000.000 | 480.000.000 | 20.000.000 | 96,00 |
"""
_TITLE = "# LAPORAN KINERJA DINAS SOSIAL KABUPATEN WATUGEDE TAHUN 2024\n"


def _report(*tables: str, spent: str = "410.000.000") -> str:
    return "\n".join([_TITLE, *(t.format(spent=spent) for t in tables)])


def _findings(text: str) -> list:
    return findings_for(text, select=(RULE,), source="laporan.md")


def test_a_pk_copy_before_the_budget_table_is_not_the_place() -> None:
    text = _report(_PK, _BUDGET)
    assert text.splitlines()[13].startswith("| 1 | Program Pemberdayaan")
    (found,) = _findings(text)
    assert compact([found]) == [
        [RULE, "tabel-3.3/row:1/col:realisasi_anggaran", 14]
        + ["≤ 400.000.000", "410.000.000"]
    ]
    assert [r.ref for r in found.related] == ["tabel-3.3/row:1/col:anggaran"]


def test_the_copy_in_the_table_with_the_most_budget_columns_is_the_place() -> None:
    text = _report(_PK, _BUDGET, _DETAIL)
    assert text.splitlines()[20].startswith("| 1 | Program Pemberdayaan")
    (found,) = _findings(text)
    assert compact([found]) == [
        [RULE, "tabel-3.4/row:1/col:realisasi_anggaran", 21]
        + ["≤ 400.000.000", "410.000.000"]
    ]
    assert [r.ref for r in found.related] == [
        "tabel-3.4/row:1/col:anggaran",
        "tabel-3.3/row:1/col:realisasi_anggaran",
    ]


def test_spending_within_the_budget_beside_a_pk_draws_nothing() -> None:
    assert _findings(_report(_PK, _BUDGET, spent="400.000.000")) == []
    assert _findings(_report(_PK, _BUDGET, _DETAIL, spent="390.000.000")) == []
