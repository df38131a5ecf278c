"""``Baik | Rusak Ringan | Rusak Berat | Jumlah``: the grades printed flat.

With no ``Rusak`` label over them, the two grades still share their first word:
"*… unit dalam kondisi rusak*" is their sum on the row the sentence names (the
JUMLAH row when it names none), as under ``Rusak`` over ``Ringan | Berat``.
"*Rusak ringan*" or "*rusak berat*" alone is still its own column. And the row
total's message names a grade under ``Rusak`` by its group (Rusak Ringan 2).
"""

from __future__ import annotations

from pathlib import Path

from lkjaudit.analysis import analyze
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.checks.groups import unsummed_groups
from lkjaudit.readers import load_report

COUNT = "text-count-matches-table"
ROW_SUM = "row-total-equals-sum-of-categories"
_HEAD = "| No | Jenis Barang | Baik | Rusak Ringan | Rusak Berat | Jumlah |"


def _report(tmp_path: Path, sentence: str, head: str = _HEAD) -> str:
    lines = [
        "# LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2025",
        "",
        "Tabel 3.8 Kondisi Sarana dan Prasarana Kantor",
        "",
        head,
        "|" + " --- |" * 6,
        "| 1 | Komputer | 10 | 1 | 1 | 12 |",
        "| 2 | Kendaraan Roda Dua | 5 | 1 | 0 | 6 |",
        "| | JUMLAH | 15 | 2 | 1 | 18 |",
        "",
        sentence,
        "",
    ]
    path = tmp_path / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def _found(path: str) -> list[list[object]]:
    report = load_report(path)
    return [
        [f.rule_id, f.location.ref, f.expected, f.actual]
        for f in audit_report(report, AuditOptions(strict=True))
    ]


def test_units_said_rusak_are_the_flat_grades_sum(tmp_path: Path) -> None:
    # JUMLAH: Rusak Ringan 2 + Rusak Berat 1 = 3
    wrong = "Dari tabel di atas, sebanyak 4 unit dalam kondisi rusak."
    assert _found(_report(tmp_path, wrong)) == [
        [COUNT, "text/paragraph:3/sentence:1", "3 unit", "4 unit"],
    ]
    right = "Dari tabel di atas, sebanyak 3 unit dalam kondisi rusak."
    assert _found(_report(tmp_path, right)) == []


def test_units_said_rusak_on_a_named_row(tmp_path: Path) -> None:
    # Komputer: 1 + 1 = 2, not the JUMLAH's 3
    wrong = "Sebanyak 3 unit komputer dalam kondisi rusak."
    assert _found(_report(tmp_path, wrong)) == [
        [COUNT, "text/paragraph:3/sentence:1", "2 unit", "3 unit"],
    ]
    right = "Sebanyak 2 unit komputer dalam kondisi rusak."
    assert _found(_report(tmp_path, right)) == []


def test_one_grade_is_still_its_own_column(tmp_path: Path) -> None:
    wrong = "Dari tabel di atas, sebanyak 3 unit dalam kondisi rusak ringan."
    assert _found(_report(tmp_path, wrong)) == [
        [COUNT, "text/paragraph:3/sentence:1", "2 unit", "3 unit"],
    ]
    right = "Dari tabel di atas, sebanyak 2 unit dalam kondisi rusak ringan."
    assert _found(_report(tmp_path, right)) == []
    berat = "Dari tabel di atas, sebanyak 1 unit dalam kondisi rusak berat."
    assert _found(_report(tmp_path, berat)) == []


def test_only_a_shared_first_word_of_asset_grades_is_a_group(tmp_path: Path) -> None:
    report = analyze(load_report(_report(tmp_path, "")))
    (table,) = report.tables
    groups = unsummed_groups(table)
    assert [(g.name, [c.header for c in g.parts]) for g in groups] == [
        ("Rusak", ["Rusak Ringan", "Rusak Berat"]),
    ]
    # a staff table's categories sharing a word are no group of its own
    staff = (
        "# LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2025\n\n"
        "Tabel 3.1 Jumlah Pegawai\n\n"
        "| No | Jabatan | PNS | Tenaga Honorer | Tenaga Kontrak | Jumlah |\n"
        "|" + " --- |" * 6 + "\n"
        "| 1 | Camat | 1 | 0 | 0 | 1 |\n"
        "| 2 | Staf | 5 | 3 | 2 | 10 |\n"
        "| | JUMLAH | 6 | 3 | 2 | 11 |\n"
    )
    path = tmp_path / "staff.md"
    path.write_text(staff, encoding="utf-8")
    (table,) = analyze(load_report(str(path))).tables
    assert unsummed_groups(table) == []


def test_row_total_message_names_the_grades_group(tmp_path: Path) -> None:
    path = tmp_path / "grouped.md"
    path.write_text(
        "# LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2025\n\n"
        "Tabel 3.8 Kondisi Sarana dan Prasarana Kantor\n\n"
        "| No | Jenis Barang | Baik | Rusak | | Jumlah |\n"
        "|" + " --- |" * 6 + "\n"
        "| | | | Ringan | Berat | |\n"
        "| 1 | Komputer | 10 | 2 | 1 | 14 |\n"
        "| 2 | Kendaraan Roda Dua | 5 | 1 | 0 | 6 |\n"
        "| | JUMLAH | 15 | 3 | 1 | 19 |\n",
        encoding="utf-8",
    )
    findings = audit_report(load_report(str(path)), AuditOptions(strict=True))
    assert [
        [f.rule_id, f.location.ref, f.expected, f.actual, f.evidence.get("parts")]
        for f in findings
    ] == [
        [
            ROW_SUM,
            "tabel-3.8/row:1/col:jumlah",
            "13",
            "14",
            "Baik 10 + Rusak Ringan 2 + Rusak Berat 1",
        ],
    ]
