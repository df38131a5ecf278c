"""A list numbered 1, 2, 3 in one style is read as siblings, not as a tree.

Names at mixed levels of the nomenclature (an official sub kegiatan, an official
kegiatan, a name the nomenclature lacks) in a plain list say nothing about which row
is under which. A row is put under another only when the budgets add up, when the
nomenclature names the one a kegiatan and every row under it a sub kegiatan, or when
the layout states it (italics, numbering with depth, a program's own total); then a
kegiatan whose total is wrong is still reported, with one sub kegiatan or more.
"""

from __future__ import annotations

import pytest

from lkjaudit.model.report import RowKind

from conftest import compact, findings_for, report_from

_HEADER = (
    "| No | Kegiatan | Pagu | Realisasi Anggaran | Target | Realisasi"
    " | Capaian (%) | Efisiensi (%) |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
)
_SUB = "Penyusunan Dokumen Perencanaan Perangkat Daerah"  # an official sub kegiatan
_KEGIATAN = "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"
_UNKNOWN = "Fasilitasi Penyelenggaraan Musrenbang Kecamatan"  # in no nomenclature
_PROGRAM = "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"
# none of the budgets is the sum of the rows below it
_FLAT = [(_SUB, "20.000.000"), (_KEGIATAN, "50.000.000"), (_UNKNOWN, "30.000.000")]
_PARENT = "parent-equals-sum-of-children"


def _report(rows: list[tuple[str, str]], numbers: str = "", total: str = "") -> str:
    """A report of one Tabel 3.10 of (name, pagu) rows, realised in full.

    ``numbers``: the No of each row, space-separated (default 1, 2, 3 …; ``-`` for
    none); ``total``: a Jumlah row's pagu and realisasi.
    """
    nos = numbers.split() if numbers else [str(i + 1) for i in range(len(rows))]
    lines = [
        f"| {no.strip('-')} | {name} | {pagu} | {pagu} | 1 kali | 1 kali"
        " | 100,00 | 0,00 |"
        for no, (name, pagu) in zip(nos, rows, strict=True)
    ]
    if total:
        lines.append(f"|  | Jumlah | {total} | {total} |  |  |  |  |")
    return (
        "# Laporan Kinerja Kecamatan Contoh Tahun 2024\n\n"
        "Tabel 3.10 Realisasi Kinerja dan Anggaran\n\n"
        + _HEADER
        + "\n".join(lines)
        + "\n"
    )


def _shape(text: str) -> list[tuple[str | None, str | None]]:
    """(level, the name of its parent) of each row of the report's only table."""
    table = report_from(text, "laporan.md").tables[0]
    names = {r.index: r.cells[1].text.strip("*") for r in table.rows}
    return [
        (
            r.level.value if r.level else None,
            names.get(-1 if r.parent is None else r.parent),
        )
        for r in table.rows
        if r.kind == RowKind.DATA
    ]


def _both(row: int, line: int, expected: str, actual: str) -> list[list[object]]:
    """A parent's findings on its pagu and on its realisasi anggaran."""
    return [
        [_PARENT, f"tabel-3.10/row:{row}/col:{col}", line, expected, actual]
        for col in ("anggaran", "realisasi_anggaran")
    ]


# must not fire


def test_a_flat_list_at_mixed_levels_is_not_a_tree() -> None:
    text = _report(_FLAT)
    assert _shape(text) == [
        ("sub_kegiatan", None),
        ("kegiatan", None),
        ("sub_kegiatan", None),
    ]
    assert findings_for(text, source="laporan.md") == []


def test_a_flat_list_counts_every_row_in_its_total() -> None:
    # Jumlah 100.000.000 = 20 + 50 + 30 juta: no row is inside another
    text = _report(_FLAT, total="100.000.000")
    assert findings_for(text, source="laporan.md") == []


def test_the_same_list_unnumbered_is_not_a_tree_either() -> None:
    # 50.000.000 is the sum of no run of the rows below it, and the nomenclature
    # does not name the row below a sub kegiatan
    text = _report(_FLAT, numbers="- - -")
    assert [level for level, _ in _shape(text)] == [
        "sub_kegiatan",
        "kegiatan",
        "sub_kegiatan",
    ]
    assert findings_for(text, source="laporan.md") == []


@pytest.mark.parametrize("budget", ["100.000.000", ""])
def test_a_flat_list_under_a_program_stays_flat(budget: str) -> None:
    # the program's 100.000.000 is all three rows', not its kegiatan's 50.000.000;
    # a program without a budget says nothing either way
    text = _report([(_PROGRAM, budget), *_FLAT])
    assert _shape(text)[1:] == [
        ("sub_kegiatan", _PROGRAM),
        ("kegiatan", _PROGRAM),
        ("sub_kegiatan", _PROGRAM),
    ]
    assert findings_for(text, source="laporan.md") == []


def test_a_flat_list_keeps_a_kegiatan_its_rows_add_up_to() -> None:
    # 50.000.000 = 30 + 20 juta: the budgets put both rows under the kegiatan,
    # though the nomenclature does not know the first of them
    rows = [(_KEGIATAN, "50.000.000"), (_UNKNOWN, "30.000.000"), (_SUB, "20.000.000")]
    text = _report(rows)
    assert _shape(text) == [
        ("kegiatan", None),
        ("sub_kegiatan", _KEGIATAN),
        ("sub_kegiatan", _KEGIATAN),
    ]
    assert findings_for(text, source="laporan.md") == []


# must fire


@pytest.mark.parametrize("numbers", ["", "- - - - -"])
def test_a_tree_the_nomenclature_states_keeps_a_wrong_total(numbers: str) -> None:
    # numbered 1, 2, 3 … or not numbered, but every name is official: two
    # kegiatan, each over its own sub kegiatan; the second (one sub kegiatan) is
    # 500.000 over it
    rows = [
        ("Administrasi Umum Perangkat Daerah", "55.000.000"),
        ("Penyediaan Bahan Logistik Kantor", "25.000.000"),
        ("Penyediaan Barang Cetakan dan Penggandaan", "30.000.000"),
        ("Koordinasi Kegiatan Pemberdayaan Desa", "12.500.000"),
        (
            "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan"
            " Pembangunan di Desa",
            "12.000.000",
        ),
    ]
    found = findings_for(_report(rows, numbers), source="laporan.md")
    assert compact(found) == _both(4, 10, "12.000.000", "12.500.000")
    assert "jumlah 1 sub kegiatan di bawahnya 12.000.000" in found[0].message


def test_italics_state_the_tree_of_a_numbered_list() -> None:
    # the same rows, the kegiatan in italics: the row below it is its sub kegiatan
    rows = [_FLAT[0], (f"*{_KEGIATAN}*", "50.000.000"), _FLAT[2]]
    found = findings_for(_report(rows), source="laporan.md")
    assert compact(found) == _both(2, 8, "30.000.000", "50.000.000")


def test_a_program_total_states_the_tree_of_a_numbered_list() -> None:
    # the program's 50.000.000 is its kegiatan's alone: the last row is inside it
    text = _report([(_PROGRAM, "50.000.000"), *_FLAT[1:]])
    found = findings_for(text, source="laporan.md")
    assert compact(found) == _both(2, 8, "30.000.000", "50.000.000")


def test_numbering_with_depth_states_the_tree() -> None:
    text = _report([(_PROGRAM, "50.000.000"), *_FLAT[1:]], numbers="1 1.1 1.1.1")
    found = findings_for(text, source="laporan.md")
    assert compact(found) == _both(2, 8, "30.000.000", "50.000.000")
