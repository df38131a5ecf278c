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


ARITHMETIC = ("tag:arithmetic", "number-well-formed")


def test_seed_arithmetic_findings_are_exactly_the_known_errors(seed_text: str) -> None:
    assert compact(findings_for(seed_text, source=SEED, select=ARITHMETIC)) == EXPECTED


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
    found = findings_for(seed_text, source=SEED, lang="en", select=ARITHMETIC)
    assert found[0].message == (
        "Achievement 36,63%; expected 39,21% (realisasi / target = 33,33% / 85%)"
    )


# What the prose, the dates, the people and the structure of the seed get wrong,
# found by the rules of issue 4, and nothing else.
PROSE = ("tag:prose", "tag:dates", "tag:people", "tag:structure")
EXPECTED_PROSE = [
    # Daftar Isi "1.2. Isu Strategis Organisasi"; the heading reads "ISU STRATEGI"
    [
        "toc-matches-headings",
        "tabel-ke-1/row:5/col:uraian",
        41,
        "1.2 ISU STRATEGI ORGANISASI",
        "1.2. Isu Strategis Organisasi",
    ],
    # Daftar Isi "2.2. Perjanjian Kinerja"; the heading is misspelt "PERJANJN"
    [
        "toc-matches-headings",
        "tabel-ke-1/row:9/col:uraian",
        45,
        "2.2 PERJANJN KINERJA TAHUN 2024",
        "2.2. Perjanjian Kinerja Tahun 2024",
    ],
    # "sasaran pertama ... 79,67% ... sudah tercapai sesuai dengan target": 79,67% of
    # target is not the target reached
    [
        "qualitative-claim-agrees-with-figures",
        "text/paragraph:82/sentence:3",
        427,
        "79,67%",
        "sesuai dengan target",
    ],
    # BAB III repeats Tabel 3.2's 36,63%; 33,33% / 85% = 39,21%
    [
        "text-figure-matches-table",
        "text/paragraph:85/sentence:1",
        436,
        "39,21%",
        "36,63%",
    ],
    # "jumlah pegawai sebanyak 19 orang ... PNS sebanyak 12 orang": Tabel 3.5 (by
    # status PNS/CPNS/TKB, named in the sentence) counts 18 in all and 11 PNS
    [
        "text-count-matches-table",
        "text/paragraph:94/sentence:1",
        461,
        "18 orang",
        "19 orang",
    ],
    [
        "text-count-matches-table",
        "text/paragraph:94/sentence:1",
        461,
        "11 orang",
        "12 orang",
    ],
    # Tabel 3.9 (assets) numbers 1 … 11, then starts again at 5
    ["row-numbers-in-sequence", "tabel-3.9/row:12/col:no", 536, "12", "5"],
    # the inventory lists Almari, Sound System and UPS twice each
    ["inventory-item-listed-once", "tabel-3.9/row:19/col:uraian", 543, None, "Almari"],
    [
        "inventory-item-listed-once",
        "tabel-3.9/row:75/col:uraian",
        602,
        None,
        "Soundsystem",
    ],
    ["inventory-item-listed-once", "tabel-3.9/row:81/col:uraian", 608, None, "UPS"],
    # "4 program dari total 6 program yang capaiannya di atas 50%": Tabel 3.10 has two
    # above 50% (62,71%, 59,93%); four only when 50% itself counts ("at least")
    [
        "count-claim-holds-as-worded",
        "text/paragraph:114/sentence:1",
        660,
        "2",
        "4",
    ],
    # Tabel 3.10 is followed by Tabel 3.16
    ["table-numbers-in-sequence", "tabel-3.16", 666, "Tabel 3.11", "Tabel 3.16"],
    # BAB IV: 36,33% for the same 39,21%
    [
        "text-figure-matches-table",
        "text/paragraph:123/sentence:3",
        755,
        "39,21%",
        "36,33%",
    ],
    # "Hari Selasa 02 Juli 2024" in a Triwulan II report (1 April - 30 June 2024)
    [
        "event-within-period",
        "text/paragraph:151/sentence:1",
        847,
        "1 April 2024 – 30 Juni 2024",
        "2 Juli 2024",
    ],
    # "Hari Rabu Tanggal 28 Juni 2024": 28 June 2024 was a Friday
    [
        "weekday-matches-date",
        "text/paragraph:152/sentence:1",
        851,
        "Jumat",
        "Rabu",
    ],
]


def test_seed_prose_findings_are_exactly_the_known_errors(seed_text: str) -> None:
    assert compact(findings_for(seed_text, source=SEED, select=PROSE)) == EXPECTED_PROSE


def test_every_seed_finding_is_known(seed_text: str) -> None:
    everything = compact(findings_for(seed_text, source=SEED))
    known = EXPECTED + EXPECTED_PROSE
    assert sorted(map(str, everything)) == sorted(map(str, known))


def test_seed_prose_findings_point_at_their_tables(seed_text: str) -> None:
    found = {
        (f.rule_id, f.location.line): [r.ref for r in f.related]
        for f in findings_for(seed_text, source=SEED, select=PROSE)
    }
    assert found[("text-figure-matches-table", 436)] == ["tabel-3.2/row:2/col:capaian"]
    assert found[("text-figure-matches-table", 755)] == ["tabel-3.2/row:2/col:capaian"]
    assert found[("text-count-matches-table", 461)] in (
        ["tabel-3.5/row:7/col:jumlah"],
        ["tabel-3.5/row:7/col:kategori"],
    )
    # the two programmes strictly above 50%
    assert found[("count-claim-holds-as-worded", 660)] == [
        "tabel-3.10/row:1/col:capaian",
        "tabel-3.10/row:3/col:capaian",
    ]


def test_seed_correct_claims_draw_nothing(seed_text: str) -> None:
    lines = {
        f.location.line for f in findings_for(seed_text, source=SEED, select=PROSE)
    }
    # 70,91% and 79,67% (427), S1 8 orang 44,44% (475), golongan III 6 orang (489),
    # 55,66% (744, 756), 79,67% of 89% (754), Kamis 27 Juni 2024 (843), the Camat's
    # NIP (33, 807, 839) and the PK's 10 Januari 2024 (794, 828)
    assert not lines & {475, 489, 744, 754, 756, 843, 33, 807, 839, 794, 828, 29}
    assert [
        f.rule_id
        for f in findings_for(seed_text, source=SEED, select=PROSE)
        if f.location.line == 427
    ] == ["qualitative-claim-agrees-with-figures"]
