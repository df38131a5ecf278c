"""The real Pasirian TW II 2024 report: every arithmetic error it contains is found at
the right line, and nothing else is."""

from __future__ import annotations

from conftest import compact, findings_for, report_from

from lkjaudit.model.finding import Severity
from lkjaudit.model.report import ColumnRole, Level, RowKind

SEED = "samples/pasirian-tw2-2024.txt"

EXPECTED = [
    # Tabel 3.2: 33,33% / 85% = 39,21%, printed 36,63%
    [
        "capaian-equals-realisasi-over-target",
        "tabel-3.2/row:2/col:capaian",
        316,
        "39,21%",
        "36,63%",
    ],
    # Tabel 3.4: the mistyped budget, confirmed by its three sub kegiatan
    [
        "number-well-formed",
        "tabel-3.4/row:43/col:anggaran",
        397,
        "482.947.500",
        "482.9R47.500",
    ],
    # Tabel 3.10: 10=9-6 on the merged APBDes and LPPDes rows (6) = 2,93%
    [
        "stated-formula-holds",
        "tabel-3.10/row:7/col:efisiensi",
        657,
        "-2,93%",
        "-54,55%",
    ],
    ["stated-formula-holds", "tabel-3.10/row:8/col:efisiensi", 658, "97,07%", "0%"],
    # the PK "Pengukuran Kinerja Kegiatan" table repeats the mistyped budget
    [
        "number-well-formed",
        "pengukuran-kinerja-kegiatan-tahun-anggaran/row:43/col:anggaran",
        908,
        "482.947.500",
        "482.9R47.500",
    ],
]


def test_seed_arithmetic_findings_are_exactly_the_known_errors(seed_text: str) -> None:
    assert compact(findings_for(seed_text, source=SEED)) == EXPECTED


def test_malformed_budget_is_confirmed_with_high_confidence(seed_text: str) -> None:
    found = [
        f for f in findings_for(seed_text, source=SEED, select=("number-well-formed",))
    ]
    assert {f.confidence.value for f in found} == {"high"}
    assert all(len(f.related) >= 3 for f in found)  # the sub kegiatan it is summed from


def test_no_error_lands_on_the_sixty_rows_of_tabel_3_16(seed_text: str) -> None:
    report = report_from(seed_text, SEED)
    table = report.table("tabel-3.16")
    assert len(table.rows) == 60
    assert [r.kind for r in table.rows].count(RowKind.TOTAL) == 1
    errors = [
        f
        for f in findings_for(seed_text, source=SEED)
        if f.severity == Severity.ERROR and f.location.table == "Tabel 3.16"
    ]
    assert errors == []


def test_seed_tables_are_understood_by_meaning(seed_text: str) -> None:
    report = report_from(seed_text, SEED)
    t316 = report.table("tabel-3.16")
    assert [c.role for c in t316.columns] == [
        ColumnRole.URAIAN,
        ColumnRole.ANGGARAN,
        ColumnRole.REALISASI_ANGGARAN,
        ColumnRole.SISA,
        ColumnRole.PERSEN_ANGGARAN,
    ]
    levels = [r.level for r in t316.rows if r.kind == RowKind.DATA]
    assert levels.count(Level.PROGRAM) == 6
    assert levels.count(Level.KEGIATAN) == 14
    assert levels.count(Level.SUB_KEGIATAN) == 39
    # the italic sub kegiatan of the second program are recognised as sub kegiatan
    assert t316.row(35).level == Level.SUB_KEGIATAN and t316.row(35).parent == 34
    assert t316.row(37).level == Level.SUB_KEGIATAN and t316.row(37).parent == 36
    t310 = report.table("tabel-3.10")
    assert {c.number: c.formula for c in t310.columns if c.formula} == {
        "6": "5/4",
        "9": "8/7",
        "10": "9-6",
    }
    t34 = report.table("tabel-3.4")
    assert [c.role for c in t34.columns] == [
        ColumnRole.URAIAN,
        ColumnRole.INDIKATOR,
        ColumnRole.TARGET,
        ColumnRole.ANGGARAN,
        ColumnRole.REALISASI,
        ColumnRole.REALISASI_ANGGARAN,
    ]
    assert t34.columns[2].cells == (2, 3)  # value and unit in two cells
    # the header repeated after every page break is dropped, the row whose text
    # continues on the next page is joined to its row
    assert len(t34.repeated_headers) == 9
    assert (
        t34.row(6)
        .cells[1]
        .text.endswith(
            "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"
        )
    )
    # fused "25 % 1.200.000" split back into realisasi and realisasi anggaran
    row = next(r for r in t34.rows if r.line == 417)
    assert [t34.value(row, c).raw for c in t34.columns[4:]] == ["25 %", "1.200.000"]


def test_seed_messages_in_english(seed_text: str) -> None:
    found = findings_for(seed_text, source=SEED, lang="en")
    assert found[0].message == (
        "Achievement 36,63%; expected 39,21% (realisasi / target = 33,33% / 85%)"
    )
