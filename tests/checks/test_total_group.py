"""A ``Jumlah`` group over the same L / P as the groups beside it.

``Golongan I | | Golongan II | | Golongan III | | Jumlah | |`` over ``L | P | L
| P | L | P | L | P | L + P``: the Jumlah's L adds up every group's L, its P
every P, and ``L + P`` is the row's Jumlah, the sum of the groups' categories.
Read as categories, the Jumlah's L and P double the row's count and hide a
wrong ``L + P``.
"""

from __future__ import annotations

from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

ROW_SUM = "row-total-equals-sum-of-categories"
SUMS = ("tag:sum", "tag:category-count")

_TOP = ["No", "Unit Kerja", "Golongan I", "", "Golongan II", "", "Golongan III", ""]
_TOP += ["Jumlah", "", ""]
_SUB = ["", "", "L", "P", "L", "P", "L", "P", "L", "P", "{total}"]


def _table(rows: list[list[str]], total: str = "L + P") -> str:
    grid = [_TOP, [c.format(total=total) for c in _SUB], *rows]
    lines = [f"| {' | '.join(r)} |" for r in grid]
    rule = "|" + " --- |" * len(_TOP)
    return "\n".join(
        [
            "# LAPORAN KINERJA BADAN CONTOH TAHUN 2024",
            "",
            "Tabel 1.1 Jumlah Pegawai Berdasarkan Golongan",
            "",
            lines[0],
            rule,
            *lines[1:],
        ]
    )


def _rows(l_plus_p: str = "9", men: str = "4") -> list[list[str]]:
    return [
        ["1", "Sekretariat", "1", "0", "2", "3", "1", "2", men, "5", l_plus_p],
        ["2", "Bidang Mutasi", "0", "1", "1", "1", "3", "2", "4", "4", "8"],
        ["", "JUMLAH", "1", "1", "3", "4", "4", "4", "8", "9", "17"],
    ]


def test_the_jumlah_group_holds_group_totals_and_the_row_total() -> None:
    (table,) = report_from(_table(_rows()), "t.md").tables
    roles = [(c.group, c.header, c.role) for c in table.columns[8:]]
    assert roles == [
        ("Jumlah", "L", ColumnRole.SUBJUMLAH),
        ("Jumlah", "P", ColumnRole.SUBJUMLAH),
        ("Jumlah", "L + P", ColumnRole.JUMLAH),
    ]


def test_a_wrong_l_plus_p_is_found() -> None:
    found = compact(
        findings_for(_table(_rows(l_plus_p="10")), select=SUMS, source="t.md")
    )
    assert [f[:2] + f[3:] for f in found] == [
        [ROW_SUM, "tabel-1.1/row:1/col:jumlah", "9", "10"]
    ]


def test_a_wrong_jumlah_l_is_the_sum_of_every_group_l() -> None:
    """Only the row's L is reported: the JUMLAH's L, right for the rows' groups,
    is counted with the row at the figure its groups give."""
    found = findings_for(_table(_rows(men="5")), select=SUMS, source="t.md")
    assert [[f.rule_id, f.location.ref, f.expected, f.actual] for f in found] == [
        [ROW_SUM, "tabel-1.1/row:1/col:subjumlah", "4", "5"]
    ]


def test_a_right_table_is_not_reported() -> None:
    assert findings_for(_table(_rows()), select=SUMS, source="t.md") == []


def test_a_total_headed_total_is_the_row_total_too() -> None:
    (table,) = report_from(_table(_rows(), total="Total"), "t.md").tables
    assert table.columns[10].role == ColumnRole.JUMLAH
