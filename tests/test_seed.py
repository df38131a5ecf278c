"""The real Pasirian TW II 2024 report: every arithmetic error it contains is found at
the right line, and nothing else is."""

from __future__ import annotations

from lkjaudit.model.finding import Severity
from lkjaudit.model.report import ColumnRole, Level, RowKind

from conftest import compact, findings_for, report_from

SEED = "samples/pasirian-tw2-2024.txt"

# the rule families of issue 4 (text, dates, people, document structure)
PROSE = ("tag:prose", "tag:dates", "tag:people", "tag:structure")

EXPECTED = [
    # issue 3: Tabel 2.2 names the first sasaran differently from Tabel 3.2 and the PK
    [
        "row-names-agree",
        "tabel-2.2/row:1/col:uraian",
        276,
        "Meningkatnya penyelenggaraan pelayanan publik di kecamatan",
        "Mengoptimalkan Fasilitas dan Koordinasi Kecamatan",
    ],
    # ... and Tabel 2.3 the first sasaran program differently from Tabel 3.3 and 3.10
    [
        "row-names-agree",
        "tabel-2.3/row:1/col:uraian",
        282,
        "Terselenggaranya fasilitasi kebutuhan operasional kantor",
        "Terfasilitasinya Program Penunjang Urusan Pemerintah Daerah Kabupaten/Kota",
    ],
    # ... and its second sasaran program's indicator "Pelayanan Administrasi
    # Kecamatan" where the four tables that measure it say "Pelayanan PATEN"
    [
        "indicator-names-agree",
        "tabel-2.3/row:2/col:indikator",
        283,
        "Persentase Pelayanan PATEN sesuai SP dan SOP",
        "Persentase Pelayanan Administrasi Kecamatan sesuai SP dan SOP",
    ],
    # the RKPDes target: 95% in Tabel 2.3, 100% in Tabel 3.3, 3.4, 3.10 and the PK table
    ["figure-same-in-every-table", "tabel-2.3/row:6/col:target", 289, "100%", "95%"],
    # Tabel 3.1 sets the goal's target, 60,5 (B-), and leaves its realisation empty
    ["realisasi-stated", "tabel-3.1/row:1/col:realisasi", 309, None, None],
    # Tabel 3.2: 33,33% / 85% = 39,21%, printed 36,63%
    [
        "capaian-equals-realisasi-over-target",
        "tabel-3.2/row:2/col:capaian",
        316,
        "39,21%",
        "36,63%",
    ],
    # the program's 62,71% leaves out its "-" kegiatan; most parents average them all
    ["rollup-same-method", "tabel-3.4/row:1/col:realisasi", 341, "53,75%", "62,71 %"],
    [
        "performance-within-target",
        "tabel-3.4/row:6/col:realisasi",
        346,
        "≤ 1 Laporan",
        "2 laporan",
    ],
    # output reported, nothing spent
    ["output-has-spending", "tabel-3.4/row:7/col:realisasi_anggaran", 350, "> 0", "-"],
    # Administrasi Keuangan 62,50%: no averaging of 200%, 50%, 50%, 100% gives it
    ["rollup-reproducible", "tabel-3.4/row:8/col:realisasi", 351, "100%", "62,50 %"],
    [
        "performance-within-target",
        "tabel-3.4/row:9/col:realisasi",
        352,
        "≤ 12 orang/bulan",
        "24 orang/bulan",
    ],
    ["output-has-spending", "tabel-3.4/row:15/col:realisasi_anggaran", 360, "> 0", "-"],
    ["rollup-same-method", "tabel-3.4/row:16/col:realisasi", 361, "66,67%", "80 %"],
    ["output-has-spending", "tabel-3.4/row:21/col:realisasi_anggaran", 369, "> 0", "-"],
    ["output-has-spending", "tabel-3.4/row:27/col:realisasi_anggaran", 375, "> 0", "-"],
    # a kegiatan named after its indicator ("Persentase …"); Tabel 3.16 has the name
    [
        "row-names-agree",
        "tabel-3.4/row:36/col:uraian",
        388,
        "Fasilitasi Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
        "Persentase Fasilitasi Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
    ],
    ["output-has-spending", "tabel-3.4/row:37/col:realisasi_anggaran", 389, "> 0", "-"],
    [
        "performance-within-target",
        "tabel-3.4/row:41/col:realisasi",
        395,
        "≤ 1 dokumen",
        "2 dokumen",
    ],
    # Tabel 3.4: the mistyped budget, confirmed by its three sub kegiatan and Tabel 3.16
    [
        "number-well-formed",
        "tabel-3.4/row:43/col:anggaran",
        397,
        "482.947.500",
        "482.9R47.500",
    ],
    # 95,10% of the budget spent for 30,18% of the output
    [
        "spending-matches-output",
        "tabel-3.4/row:44/col:realisasi_anggaran",
        398,
        None,
        "439.622.500",
    ],
    # target 1 fasilitasi, realisation 50 %
    [
        "target-unit-equals-realisasi-unit",
        "tabel-3.4/row:52/col:realisasi",
        410,
        "fasilitasi",
        "%",
    ],
    # the APBDes target 54,55% printed 54,6 with % in a cell of its own: written
    # as one figure, the way the expected one is (line 924 prints "54,6 %" in
    # one cell and is shown as printed)
    [
        "figure-same-precision-in-every-table",
        "tabel-3.4/row:55/col:target",
        413,
        "54,55%",
        "54,6%",
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
    # two sub kegiatan spending above their budget (112,63% and 106,11%)
    [
        "spending-within-budget",
        "tabel-3.16/row:6/col:realisasi_anggaran",
        676,
        "≤ 1.200.000",
        "1.351.500",
    ],
    # the vehicle sub kegiatan renamed to another official entry
    [
        "row-names-same-official-entry",
        "tabel-3.16/row:31/col:uraian",
        705,
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan "
        "Kendaraan Dinas Operasional atau Lapangan",
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan "
        "Perorangan Dinas atau Kendaraan Dinas Jabatan",
    ],
    [
        "spending-within-budget",
        "tabel-3.16/row:41/col:realisasi_anggaran",
        719,
        "≤ 7.358.750",
        "7.808.650",
    ],
    # the PK lampiran's program budgets against Tabel 3.16, and its total
    [
        "pk-budget-matches-report",
        "tabel-ke-17/row:1/col:anggaran",
        820,
        "Rp 1.925.038.095",
        "Rp. 1.766.454.116",
    ],
    [
        "pk-budget-matches-report",
        "tabel-ke-17/row:3/col:anggaran",
        822,
        "Rp 615.113.750",
        "Rp. 589.324.150",
    ],
    [
        "pk-budget-matches-report",
        "tabel-ke-17/row:7/col:anggaran",
        826,
        "Rp 2.630.445.095",
        "Rp. 2.446.071.516",
    ],
    # the PK "Pengukuran Kinerja Kegiatan" table repeats three of these
    [
        "row-names-agree",
        "pengukuran-kinerja-kegiatan-tahun-anggaran/row:36/col:uraian",
        899,
        "Fasilitasi Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
        "Persentase Fasilitasi Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
    ],
    [
        "number-well-formed",
        "pengukuran-kinerja-kegiatan-tahun-anggaran/row:43/col:anggaran",
        908,
        "482.947.500",
        "482.9R47.500",
    ],
    [
        "figure-same-precision-in-every-table",
        "pengukuran-kinerja-kegiatan-tahun-anggaran/row:55/col:target",
        924,
        "54,55%",
        "54,6 %",
    ],
]


def test_seed_table_findings_are_exactly_the_known_errors(seed_text: str) -> None:
    found = findings_for(seed_text, source=SEED, ignore=PROSE)
    assert compact(found) == EXPECTED


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
        f.rule_id
        for f in findings_for(seed_text, source=SEED)
        if f.severity == Severity.ERROR and f.location.table == "Tabel 3.16"
    ]
    # every sum and percentage holds; what is wrong there is not arithmetic
    assert errors == [
        "spending-within-budget",
        "row-names-same-official-entry",
        "spending-within-budget",
    ]


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
    capaian = next(
        f for f in found if f.rule_id == "capaian-equals-realisasi-over-target"
    )
    assert capaian.message == (
        "Achievement 36,63%; expected 39,21% (Realisasi / Target = 33,33% / 85%)"
    )


def _refs(finding) -> set[str]:
    return {finding.location.ref} | {r.ref for r in finding.related}


def test_cross_table_findings_point_at_every_copy(seed_text: str) -> None:
    found = {
        (f.rule_id, f.location.ref): f for f in findings_for(seed_text, source=SEED)
    }
    rkpdes = found[("figure-same-in-every-table", "tabel-2.3/row:6/col:target")]
    assert {r.split("/")[0] for r in _refs(rkpdes)} == {
        "tabel-2.3",
        "tabel-3.3",
        "tabel-3.4",
        "tabel-3.10",
        "pengukuran-kinerja-kegiatan-tahun-anggaran",
    }
    over = found[("spending-within-budget", "tabel-3.16/row:6/col:realisasi_anggaran")]
    assert {r.split("/")[0] for r in _refs(over)} == {
        "tabel-3.16",
        "tabel-3.4",
        "pengukuran-kinerja-kegiatan-tahun-anggaran",
    }
    unit = found[
        ("target-unit-equals-realisasi-unit", "tabel-3.4/row:52/col:realisasi")
    ]
    assert "pengukuran-kinerja-kegiatan-tahun-anggaran/row:52/col:realisasi" in _refs(
        unit
    )
    vehicle = found[("row-names-same-official-entry", "tabel-3.16/row:31/col:uraian")]
    assert vehicle.confidence.value == "medium"  # linked by budget and position
    assert {r.split("/")[0] for r in _refs(vehicle)} == {
        "tabel-3.16",
        "tabel-3.4",
        "pengukuran-kinerja-kegiatan-tahun-anggaran",
    }
    typo = found[("number-well-formed", "tabel-3.4/row:43/col:anggaran")]
    assert "tabel-3.16/row:43/col:anggaran" in _refs(typo)  # the copy that confirms it
    total = found[("pk-budget-matches-report", "tabel-ke-17/row:7/col:anggaran")]
    assert "Penunjang" in total.message and "Pemberdayaan" in total.message
    assert "tabel-3.16/row:60/col:anggaran" in _refs(total)


def test_no_error_on_copies_that_agree(seed_text: str) -> None:
    errors = [
        f
        for f in findings_for(seed_text, source=SEED)
        if f.severity == Severity.ERROR and f.rule_id.startswith("figure-")
    ]
    assert [f.location.ref for f in errors] == ["tabel-2.3/row:6/col:target"]


# What the prose, the dates, the people and the structure of the seed get wrong,
# found by the rules of issue 4, and nothing else.
EXPECTED_PROSE = [
    # Daftar Isi "1.2. Isu Strategis Organisasi"; the heading reads "ISU STRATEGI",
    # short of the standard term of an LKj section, so the heading is reported
    [
        "toc-matches-headings",
        "text/heading:1.2",
        191,
        "1.2. ISU STRATEGIS ORGANISASI",
        "1.2. ISU STRATEGI ORGANISASI",
    ],
    # Daftar Isi "2.2. Perjanjian Kinerja"; the heading is misspelt "PERJANJN", a
    # word found nowhere else, so the heading is the one reported
    [
        "toc-matches-headings",
        "text/heading:2.2",
        270,
        "2.2. PERJANJIAN KINERJA TAHUN 2024",
        "2.2. PERJANJN KINERJA TAHUN 2024",
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
    # the inventory lists Almari, Sound System and UPS twice each, and Meja Kursi
    # Tamu and TV a second time after "Meja Kursi Tamu/Zice" and "Televisi/ TV"
    ["inventory-item-listed-once", "tabel-3.9/row:19/col:uraian", 543, None, "Almari"],
    [
        "inventory-item-listed-once",
        "tabel-3.9/row:36/col:uraian",
        560,
        None,
        "Meja Kursi Tamu",
    ],
    ["inventory-item-listed-once", "tabel-3.9/row:69/col:uraian", 596, None, "TV"],
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
    # "Hari Selasa 02 Juli 2024" in a Triwulan II report of the year so far
    # ("S/D TW II TAHUN 2024": 1 January - 30 June 2024)
    [
        "event-within-period",
        "text/paragraph:151/sentence:1",
        847,
        "1 Januari 2024 – 30 Juni 2024",
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


def test_a_gap_is_the_difference_of_the_figures_shown(seed_text: str) -> None:
    # 95,10% − 30,18% reads 64,92 points (the unrounded difference is 64,91...)
    found = findings_for(seed_text, source=SEED, select=("spending-matches-output",))
    assert [f.message for f in found] == [
        "Anggaran terserap 95,10% tetapi output baru 30,18% dari target "
        "(selisih 64,92 poin)"
    ]
