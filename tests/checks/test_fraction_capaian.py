"""A capaian column printed as fractions of one (``0,39`` for 39,21%).

Some spreadsheets keep the capaian as the bare ratio. A column whose every
figure reads so (none fits as a percentage, none prints ``%``, two or more fit)
is judged as fractions: a right one is not reported, a wrong one is told the
fraction it should print. One ``0,39`` among percentages is wrong.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULE = ("capaian-equals-realisasi-over-target",)


def _report(*rows: tuple[str, str, str]) -> str:
    lines = [
        "LAPORAN KINERJA DINAS CONTOH TAHUN 2024",
        "",
        "Tabel 3.1 Capaian Kinerja Sasaran",
        "",
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
    ]
    names = [
        "Persentase desa dengan akses air minum layak",
        "Persentase rumah tangga ber-PHBS",
        "Persentase balita ditimbang",
        "Persentase sekolah sehat",
    ]
    lines += [
        f"{k}\t{name}\t" + "\t".join(row)
        for k, (name, row) in enumerate(zip(names, rows, strict=False), 1)
    ]
    return "\n".join([*lines, ""])


# 39,21 / 100, 45 / 60, 72,5 / 80 and 90 / 75: 0,39, 0,75, 0,91 and 1,20
RIGHT = [
    ("100", "39,21", "0,39"),
    ("60", "45", "0,75"),
    ("80", "72,5", "0,91"),
    ("75", "90", "1,20"),
]


def test_a_column_of_fractions_is_right_as_fractions() -> None:
    # each row was told its percentage: 0,39 should be 39,21
    assert findings_for(_report(*RIGHT), select=RULE) == []


def test_a_row_wrong_as_a_fraction_is_told_the_fraction() -> None:
    # 45 / 60 = 0,75, printed 0,57
    rows = [RIGHT[0], ("60", "45", "0,57"), *RIGHT[2:]]
    found = findings_for(_report(*rows), select=RULE)
    assert compact(found) == [[*RULE, "tabel-3.1/row:2/col:capaian", 7, "0,75", "0,57"]]
    assert found[0].evidence["computed"] == "45 / 60"


def test_one_fraction_among_percentages_is_wrong() -> None:
    rows = [("100", "39,21", "0,39"), ("60", "45", "75,00"), ("80", "72,5", "90,63")]
    assert compact(findings_for(_report(*rows), select=RULE)) == [
        [*RULE, "tabel-3.1/row:1/col:capaian", 6, "39,21", "0,39"]
    ]


def test_a_column_printing_a_percent_sign_is_no_fraction_column() -> None:
    rows = [("100", "39,21", "0,39 %"), ("60", "45", "0,75 %"), ("80", "72,5", "0,91")]
    assert compact(findings_for(_report(*rows), select=RULE)) == [
        [*RULE, "tabel-3.1/row:1/col:capaian", 6, "39,21%", "0,39 %"],
        [*RULE, "tabel-3.1/row:2/col:capaian", 7, "75,00%", "0,75 %"],
        [*RULE, "tabel-3.1/row:3/col:capaian", 8, "90,63%", "0,91"],
    ]


def test_one_fraction_that_fits_is_too_few_for_a_fraction_column() -> None:
    # one row fits as a fraction, the other fits nothing: no column of fractions
    rows = [("100", "39,21", "0,39"), ("60", "45", "0,57")]
    assert compact(findings_for(_report(*rows), select=RULE)) == [
        [*RULE, "tabel-3.1/row:1/col:capaian", 6, "39,21", "0,39"],
        [*RULE, "tabel-3.1/row:2/col:capaian", 7, "75,00", "0,57"],
    ]


def _found(*rows: tuple[str, str, str]) -> list[list[object]]:
    return compact(findings_for(_report(*rows), select=RULE))


def test_a_row_of_nothing_yet_does_not_make_fractions_percentages() -> None:
    # a semester indicator with nothing realised in TW I: 0 is 0 either way
    zero = ("100", "-", "0,00")
    assert _found(RIGHT[0], RIGHT[1], zero) == []
    assert _found(RIGHT[0], ("60", "45", "0,57"), RIGHT[2], zero) == [
        [*RULE, "tabel-3.1/row:2/col:capaian", 7, "0,75", "0,57"]
    ]


def test_a_sentence_and_a_count_read_fractions_as_the_percentages_they_are() -> None:
    text = _report(*RIGHT) + (
        "\nPersentase desa dengan akses air minum layak tercapai 39,21% dengan "
        "capaian {c}%.\n\nDari 4 indikator, {n} indikator mencapai atau melampaui "
        "target.\n"
    )
    rules = ("text-figure-*", "count-claim-*")
    assert findings_for(text.format(c="39", n="1"), select=rules) == []
    found = findings_for(text.format(c="93", n="2"), select=rules)
    assert [[f[0], *f[3:]] for f in compact(found)] == [
        ["text-figure-matches-table", "39%", "93%"],
        ["count-claim-holds", "1", "2"],
    ]
