"""Rule average-row-equals-mean-of-rows: a row of averages (Rata-rata Capaian,
Rerata) holds the mean of the rows above it, by any reading reports use."""

from __future__ import annotations

from conftest import compact, findings_for

RULE = "average-row-equals-mean-of-rows"
HEAD = (
    "| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |\n"
    "|:--:|---|:--:|--:|--:|--:|\n"
)


def _report(*rows: str, caption: str = "Tabel 3.1 Capaian Indikator Kinerja") -> str:
    return f"# Laporan Kinerja\n\n**{caption}**\n\n" + HEAD + "\n".join(rows) + "\n"


def _found(text: str, *, rules: tuple[str, ...] = (RULE,)) -> list[list[object]]:
    return compact(findings_for(text, select=rules, source="test.md"))


# three indicators: 105,00 + 98,00 + 90,00 = 293,00; mean 97,67, capped 96,00
ROWS = (
    "| 1 | Persentase dokumen perencanaan yang tepat waktu | % | 90,00 | 94,50 | 105,00 |",
    "| 2 | Indeks Kepuasan Masyarakat | indeks | 80,00 | 78,40 | 98,00 |",
    "| 3 | Persentase usulan musrenbang yang diakomodasi | % | 60,00 | 54,00 | 90,00 |",
)
AVERAGE_LINE = 10  # the line of the row after ROWS


def _average(figure: str, label: str = "**Rata-rata Capaian**") -> str:
    return f"| | {label} | | | | {figure} |"


def test_a_wrong_average_is_reported_with_the_plain_mean() -> None:
    text = _report(*ROWS, _average("95,67"))
    assert _found(text) == [
        [RULE, "tabel-3.1/row:4/col:capaian", AVERAGE_LINE, "97,67", "95,67"]
    ]


def test_the_message_names_the_rows_averaged() -> None:
    (finding,) = findings_for(
        _report(*ROWS, _average("95,67")), select=(RULE,), source="test.md", lang="en"
    )
    assert finding.message == (
        "Row of averages, column Capaian (%): printed 95,67; expected 97,67 "
        "(the mean of the 3 rows above it)"
    )


def test_a_right_average_is_not_reported() -> None:
    assert _found(_report(*ROWS, _average("97,67"))) == []


def test_an_average_of_capaian_capped_at_100_is_not_reported() -> None:
    assert _found(_report(*ROWS, _average("96,00"))) == []


def test_other_labels_of_a_row_of_averages_are_judged() -> None:
    for label in ("Rerata (%)", "RATA-RATA", "Rata-rata Capaian Kinerja"):
        found = _found(_report(*ROWS, _average("90,00", label)))
        assert [f[3:] for f in found] == [["97,67", "90,00"]], label


def test_an_indicator_measuring_an_average_is_never_judged() -> None:
    # a real indicator, its No left empty under the indicator above and numbered
    for no in ("", "4"):
        row = f"| {no} | Rata-rata lama sekolah | tahun | 8,00 | 8,12 | 101,50 |"
        assert _found(_report(*ROWS, row)) == []


def test_a_table_with_one_data_row() -> None:
    row = ROWS[0]
    assert _found(_report(row, _average("105,00"))) == []
    assert _found(_report(row, _average("100,50"))) == [
        [RULE, "tabel-3.1/row:2/col:capaian", 8, "105,00", "100,50"]
    ]


def test_rows_without_a_figure_are_left_out() -> None:
    empty = "| 4 | Persentase desa dengan peta rawan bencana | % | 50,00 | | |"
    dash = "| 5 | Persentase kegiatan yang dievaluasi | % | 100,00 | - | - |"
    text = _report(*ROWS, empty, dash, _average("97,67"))
    assert _found(text) == []
    # counting the "-" as zero is a reading reports use too: 293 / 4
    assert _found(_report(*ROWS, empty, dash, _average("73,25"))) == []
    assert [f[3:] for f in _found(_report(*ROWS, dash, _average("80,00")))] == [
        ["97,67", "80,00"]
    ]


GROUPED = (
    "| **A** | **Meningkatnya kualitas perencanaan** | | | | |",
    ROWS[0],
    ROWS[1],
    "| | **Rata-rata Sasaran A** | | | | {a} |",
    "| **B** | **Meningkatnya partisipasi masyarakat** | | | | |",
    ROWS[2],
    "| 4 | Persentase RT yang menyampaikan usulan | % | 80,00 | 76,00 | 95,00 |",
    "| | **Rata-rata Sasaran B** | | | | {b} |",
)


def _grouped(a: str, b: str, *more: str) -> str:
    return _report(*(r.format(a=a, b=b) for r in GROUPED), *more)


def test_an_average_under_each_group_covers_its_group_only() -> None:
    # A: (105 + 98) / 2 = 101,50; B: (90 + 95) / 2 = 92,50
    assert _found(_grouped("101,50", "92,50")) == []
    assert _found(_grouped("101,50", "97,00")) == [
        [RULE, "tabel-3.1/row:8/col:capaian", 14, "92,50", "97,00"]
    ]


def test_an_overall_average_under_the_groups_averages() -> None:
    # every indicator: 388 / 4 = 97,00; the groups' averages: 194 / 2 = 97,00;
    # the mean of the capped figures: 383 / 4 = 95,75
    overall = "| | **Rata-rata Capaian** | | | | {} |"
    for right in ("97,00", "95,75"):
        assert _found(_grouped("101,50", "92,50", overall.format(right))) == []
    assert [
        f[3:] for f in _found(_grouped("101,50", "92,50", overall.format("99,00")))
    ] == [["97,00", "99,00"]]


def test_an_average_of_the_sasaran_means_is_not_reported() -> None:
    headed = [r for r in GROUPED if "Rata-rata" not in r]
    # A: 101,50, B: 92,50 -> 97,00; plainly 388 / 4 = 97,00 too: make B one row
    headed.remove(GROUPED[6])
    # plain (105 + 98 + 90) / 3 = 97,67; per sasaran (101,50 + 90) / 2 = 95,75
    assert _found(_report(*headed, _average("95,75"))) == []
    assert [f[3:] for f in _found(_report(*headed, _average("94,00")))] == [
        ["97,67", "94,00"]
    ]


def test_a_sasaran_row_with_its_own_figure_is_no_indicator() -> None:
    sasaran = "| A | Meningkatnya kualitas perencanaan | | | | 97,67 |"
    # its 97,67 is no fourth row of the mean: still 97,67
    assert _found(_report(sasaran, *ROWS, _average("97,67"))) == []
    assert [f[3:] for f in _found(_report(sasaran, *ROWS, _average("90,00")))] == [
        ["97,67", "90,00"]
    ]


WRONG_ROW = (
    "| 3 | Persentase usulan musrenbang yang diakomodasi | % | 60,00 | 54,00 | 80,00 |"
)


def test_a_wrong_capaian_is_reported_once_the_average_from_either_figure() -> None:
    rules = (RULE, "capaian-equals-realisasi-over-target")
    capaian = [
        "capaian-equals-realisasi-over-target",
        "tabel-3.1/row:3/col:capaian",
        9,
        "90,00",
        "80,00",
    ]
    # the mean of the printed capaian (283 / 3 = 94,33) and of the right ones (97,67)
    for right in ("94,33", "97,67"):
        text = _report(ROWS[0], ROWS[1], WRONG_ROW, _average(right))
        assert _found(text, rules=rules) == [capaian]
    # neither: the plain mean of the rows as they should be printed
    (average,) = findings_for(
        _report(ROWS[0], ROWS[1], WRONG_ROW, _average("93,00")),
        select=(RULE,),
        source="test.md",
        lang="en",
    )
    assert (average.expected, average.actual) == ("97,67", "93,00")
    assert average.message.endswith("; row 3 counted at 90,00, not 80,00)")


def test_an_average_row_with_its_own_operands_is_left_to_the_ratio_rule() -> None:
    row = "| | Rata-rata | % | 76,67 | 75,63 | 90,00 |"
    assert _found(_report(*ROWS, row)) == []


BUDGET = (
    "**Tabel 3.2 Realisasi Anggaran per Program**\n\n"
    "| No | Program | Anggaran (Rp) | Realisasi (Rp) | Serapan (%) |\n"
    "|:--:|---|--:|--:|--:|\n"
    "| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota "
    "| 1.000.000.000 | 950.000.000 | 95,00 |\n"
    "| 2 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik "
    "| 200.000.000 | 180.000.000 | 90,00 |\n"
    "| | Rata-rata | | | {} |\n"
)


def test_an_average_serapan_in_a_budget_table() -> None:
    # the plain mean (92,50) and total realisasi over total anggaran (94,17)
    for right in ("92,50", "94,17"):
        assert _found("# Laporan Kinerja\n\n" + BUDGET.format(right)) == []
    assert _found("# Laporan Kinerja\n\n" + BUDGET.format("96,00")) == [
        [RULE, "tabel-3.2/row:3/col:persen_anggaran", 9, "92,50", "96,00"]
    ]


def test_a_group_average_is_not_the_mean_of_the_groups_averages_above() -> None:
    # a third sasaran's average covers its own rows (90,00), never the mean of
    # the two averages above it (101,50 and 92,50 -> 97,00)
    third = (
        "| **C** | **Meningkatnya tertib administrasi** | | | | |",
        ROWS[2],
        "| | **Rata-rata Sasaran C** | | | | {} |",
    )
    assert (
        _found(
            _grouped("101,50", "92,50", third[0], third[1], third[2].format("90,00"))
        )
        == []
    )
    assert _found(
        _grouped("101,50", "92,50", third[0], third[1], third[2].format("97,00"))
    ) == [[RULE, "tabel-3.1/row:11/col:capaian", 17, "90,00", "97,00"]]


def test_indicators_on_continuation_rows_of_their_sasaran_are_averaged() -> None:
    text = (
        "# Laporan Kinerja\n\n**Tabel 3.1 Capaian Sasaran Strategis**\n\n"
        "| No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi "
        "| Capaian (%) |\n|:--:|---|---|--:|--:|--:|\n"
        "| 1 | Meningkatnya kualitas perencanaan | Persentase dokumen tepat waktu "
        "| 90,00 | 94,50 | 105,00 |\n"
        "| | | Indeks Kepuasan Masyarakat | 80,00 | 78,40 | 98,00 |\n"
        "| 2 | Meningkatnya partisipasi masyarakat | Persentase usulan "
        "diakomodasi | 60,00 | 54,00 | 90,00 |\n"
        "| | Rata-rata Capaian | | | | {} |\n"
    )
    # plainly 293 / 3 = 97,67; per sasaran (101,50 + 90,00) / 2 = 95,75
    for right in ("97,67", "95,75"):
        assert _found(text.format(right)) == []
    assert [f[1:] for f in _found(text.format("99,00"))] == [
        ["tabel-3.1/row:4/col:capaian", 10, "97,67", "99,00"]
    ]


def test_in_a_budget_tree_the_programs_are_averaged() -> None:
    text = (
        "# Laporan Kinerja\n\n**Tabel 3.2 Realisasi Anggaran**\n\n"
        "| Program / Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Serapan (%) |\n"
        "|---|--:|--:|--:|\n"
        "| **Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota** "
        "| 1.000.000.000 | 950.000.000 | 95,00 |\n"
        "| Administrasi Keuangan Perangkat Daerah | 800.000.000 | 800.000.000 "
        "| 100,00 |\n"
        "| Administrasi Umum Perangkat Daerah | 200.000.000 | 150.000.000 "
        "| 75,00 |\n"
        "| **Program Penyelenggaraan Pemerintahan dan Pelayanan Publik** "
        "| 200.000.000 | 180.000.000 | 90,00 |\n"
        "| Penyelenggaraan Urusan Pemerintahan Umum | 200.000.000 | 180.000.000 "
        "| 90,00 |\n"
        "| Rata-rata | | | {} |\n"
    )
    # the two programs: (95 + 90) / 2 = 92,50, or their total realisasi over
    # total anggaran, 1.130 / 1.200 = 94,17; never the five rows' mean, 90,00
    for right in ("92,50", "94,17"):
        assert _found(text.format(right)) == []
    assert [f[1:] for f in _found(text.format("90,00"))] == [
        ["tabel-3.2/row:6/col:persen_anggaran", 12, "92,50", "90,00"]
    ]
