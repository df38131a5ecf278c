"""A quarter's figure is a copy of the same quarter's figure in another table.

A triwulan report prints a kegiatan's spending by quarter (``Realisasi TW I |
TW II | TW III | TW IV``) in one table and again in another (a breakdown up to
the quarter reported). The quarter columns keep no role of their own, yet the
TW II of one table and the TW II of the other are one fact: same kegiatan,
same figure, same quarter, same reading (one quarter's part, or the running
total up to it), same year. Any of those differing makes two facts.

Two such copies that differ, one against one, with nothing else in the report
to tell which is right, are one finding at the later copy with no expected
figure (the ``None`` in the assertions below).
"""

from __future__ import annotations

import pytest

from lkjaudit.model.finding import Confidence, Finding

from conftest import compact, findings_for

RULE = "figure-same-in-every-table"
_KEGIATAN = ("Penyediaan Jasa Surat Menyurat", "Penyediaan Bahan Logistik Kantor")
_ANGGARAN = ("100.000.000", "80.000.000")
_COVER = "LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN II TAHUN 2024"

# a table: its caption, the headers after "No | Kegiatan | Anggaran (Rp)", and
# each kegiatan's figures under them
_Table = tuple[str, list[str], list[list[str]]]


def _render(fmt: str, cover: str, tables: list[_Table]) -> str:
    """A report of whole tables (caption, headers, rows) as Markdown or text."""
    lines = [f"# {cover}" if fmt == "md" else cover, ""]
    for caption, heads, rows in tables:
        if fmt == "md":
            lines += [f"**{caption}**", "", "| " + " | ".join(heads) + " |"]
            lines.append("|" + "---|" * len(heads))
            lines += ["| " + " | ".join(cells) + " |" for cells in rows]
        else:
            lines += [caption, "", "\t".join(heads)]
            lines += ["\t".join(cells) for cells in rows]
        lines.append("")
    return "\n".join(lines) + "\n"


def _kegiatan(table: _Table) -> _Table:
    """A table of the kegiatan: number, name and budget before its own columns."""
    caption, heads, rows = table
    full = [
        [str(no), name, pagu, *figures]
        for no, (name, pagu, figures) in enumerate(
            zip(_KEGIATAN, _ANGGARAN, rows, strict=True), start=1
        )
    ]
    return caption, ["No", "Kegiatan", "Anggaran (Rp)", *heads], full


def _check(
    fmt: str, tables: list[_Table], cover: str = _COVER, lang: str = "id"
) -> tuple[str, list[Finding]]:
    text = _render(fmt, cover, [_kegiatan(t) for t in tables])
    found = findings_for(text, select=(RULE,), source=f"test.{fmt}", lang=lang)
    return text, found


def _line(text: str, needle: str, occurrence: int) -> int:
    """The 1-based line of the ``occurrence``-th line holding ``needle``."""
    seen = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return seen[occurrence - 1]


_ROMAN = ("I", "II", "III", "IV")
_TW = [f"Realisasi TW {q} (Rp)" for q in _ROMAN]
# the quarterly table: TW II of the first kegiatan is 27.000.000
_QUARTERLY: _Table = (
    "Tabel 1 Realisasi Anggaran per Triwulan",
    _TW,
    [
        ["20.000.000", "27.000.000", "-", "-"],
        ["10.000.000", "15.000.000", "-", "-"],
    ],
)


def _breakdown(first_tw2: str, caption: str = "Tabel 2 Rincian Realisasi") -> _Table:
    return (
        caption,
        _TW[:2],
        [["20.000.000", first_tw2], ["10.000.000", "15.000.000"]],
    )


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_quarter_that_differs_between_two_tables_is_found(fmt: str) -> None:
    text, found = _check(fmt, [_QUARTERLY, _breakdown("25.000.000")])
    assert compact(found) == [
        [
            RULE,
            "tabel-2/row:1/col:c5",
            _line(text, _KEGIATAN[0], 2),
            None,
            "25.000.000",
        ]
    ]
    # NOTE: one copy against one, and neither table says more: the finding is
    # at the later copy, claims neither figure, and says so
    assert found[0].message == (
        "realisasi anggaran TW II Penyediaan Jasa Surat Menyurat: tertulis"
        " 25.000.000, sedangkan 1 salinan lain (Tabel 1) menulis 27.000.000;"
        " kedua angka berbeda dan tidak ada hal lain dalam laporan yang"
        " menunjukkan mana yang benar"
    )
    assert found[0].confidence == Confidence.LOW
    assert found[0].location.table == "Tabel 2"
    assert [r.ref for r in found[0].related] == ["tabel-1/row:1/col:c5"]


def test_the_quarter_is_named_in_english_too() -> None:
    _, found = _check("md", [_QUARTERLY, _breakdown("25.000.000")], lang="en")
    assert [f.message for f in found] == [
        "realised spending in TW II of Penyediaan Jasa Surat Menyurat: printed"
        " 25.000.000, while 1 other copy (Tabel 1) prints 27.000.000; the two"
        " figures disagree and nothing else in the report tells which is right"
    ]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_quarters_that_agree_are_not_reported(fmt: str) -> None:
    _, found = _check(fmt, [_QUARTERLY, _breakdown("27.000.000")])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_quarter_is_no_copy_of_the_total_up_to_it(fmt: str) -> None:
    # TW II alone is 27.000.000; up to TW II it is 20.000.000 + 27.000.000
    so_far: _Table = (
        "Tabel 2 Rincian Realisasi",
        ["Realisasi TW I (Rp)", "Realisasi s.d. TW II (Rp)"],
        [["20.000.000", "47.000.000"], ["10.000.000", "25.000.000"]],
    )
    _, found = _check(fmt, [_QUARTERLY, so_far])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_two_quarters_are_not_one_fact(fmt: str) -> None:
    later: _Table = (
        "Tabel 2 Rincian Realisasi Semester II",
        ["Realisasi TW III (Rp)", "Realisasi TW IV (Rp)"],
        [["25.000.000", "30.000.000"], ["15.000.000", "20.000.000"]],
    )
    first_half: _Table = (
        "Tabel 1 Realisasi Anggaran Semester I",
        _TW[:2],
        [["20.000.000", "27.000.000"], ["10.000.000", "15.000.000"]],
    )
    _, found = _check(fmt, [first_half, later])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_same_quarter_of_two_years_is_not_one_fact(fmt: str) -> None:
    last_year: _Table = (
        "Tabel 1 Realisasi Anggaran per Triwulan Tahun 2023",
        _QUARTERLY[1],
        _QUARTERLY[2],
    )
    this_year = _breakdown("25.000.000", "Tabel 2 Rincian Realisasi Tahun 2024")
    _, found = _check(fmt, [last_year, this_year])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_same_quarter_of_one_year_named_twice_is_compared(fmt: str) -> None:
    # the year in each caption, the same: one fact
    one: _Table = (
        "Tabel 1 Realisasi Anggaran per Triwulan Tahun 2024",
        _QUARTERLY[1],
        _QUARTERLY[2],
    )
    two = _breakdown("25.000.000", "Tabel 2 Rincian Realisasi Tahun 2024")
    text, found = _check(fmt, [one, two])
    assert compact(found) == [
        [
            RULE,
            "tabel-2/row:1/col:c5",
            _line(text, _KEGIATAN[0], 2),
            None,
            "25.000.000",
        ]
    ]


# a table whose realisasi names no period, captioned with the total up to TW II
_UP_TO_TW2 = "Tabel 2 Realisasi Anggaran s.d. Triwulan II Tahun 2024"


def _spent(caption: str, first: str) -> _Table:
    sisa = f"{100_000_000 - int(first.replace('.', '')):,}".replace(",", ".")
    return (
        caption,
        ["Realisasi (Rp)", "Sisa (Rp)"],
        [[first, sisa], ["25.000.000", "55.000.000"]],
    )


_SO_FAR: _Table = (
    "Tabel 1 Realisasi Anggaran Kumulatif",
    ["Realisasi s.d. TW I (Rp)", "Realisasi s.d. TW II (Rp)"],
    [["20.000.000", "47.000.000"], ["10.000.000", "25.000.000"]],
)


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_plain_realisasi_up_to_the_report_quarter_is_that_quarter_total(
    fmt: str,
) -> None:
    # a TW II report; Tabel 2 is captioned "s.d. Triwulan II": its realisasi is
    # the total up to TW II, the copy of Tabel 1's s.d. TW II (not of s.d. TW I).
    # 45.000.000 is what Tabel 2's own anggaran − sisa gives: the reference
    text, found = _check(fmt, [_SO_FAR, _spent(_UP_TO_TW2, "45.000.000")])
    assert compact(found) == [
        [
            RULE,
            "tabel-1/row:1/col:realisasi_anggaran_2",
            _line(text, _KEGIATAN[0], 1),
            "45.000.000",
            "47.000.000",
        ]
    ]
    # NOTE: s.d. TW II is Tabel 1's own realisasi in a TW II report: the fact
    # is named as every table's realisasi is
    assert found[0].message.startswith(
        "realisasi anggaran Penyediaan Jasa Surat Menyurat: tertulis"
        " 47.000.000, sedangkan 1 salinan lain (Tabel 2) menulis 45.000.000"
    )


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_plain_realisasi_up_to_the_quarter_is_not_the_quarter_before(
    fmt: str,
) -> None:
    # the same figures agreeing: s.d. TW I (20.000.000) is another fact
    _, found = _check(fmt, [_SO_FAR, _spent(_UP_TO_TW2, "47.000.000")])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_plain_realisasi_up_to_the_quarter_is_not_that_quarter_alone(
    fmt: str,
) -> None:
    # TW II alone is 27.000.000, up to TW II 47.000.000: two facts
    _, found = _check(fmt, [_QUARTERLY, _spent(_UP_TO_TW2, "47.000.000")])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_caption_up_to_another_quarter_than_the_report_names_no_period(
    fmt: str,
) -> None:
    # a TW III report: the table "s.d. Triwulan II" is not read as the
    # report's own total, and no quarter column is compared with it
    _, found = _check(
        fmt,
        [_QUARTERLY, _spent(_UP_TO_TW2, "27.000.000")],
        cover="LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN III TAHUN 2024",
    )
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_quarter_target_that_differs_between_two_tables_is_found(fmt: str) -> None:
    # an indicator's target split by quarter beside the year's, in two tables
    heads = ["No", "Indikator", "Target", "Target TW I", "Target TW II", "Realisasi"]
    name = "Persentase surat yang terkirim tepat waktu"
    one: _Table = (
        "Tabel 1 Target Kinerja per Triwulan",
        heads,
        [["1", name, "100%", "25%", "50%", "50%"]],
    )
    two: _Table = (
        "Tabel 2 Rencana Aksi",
        heads,
        [["1", name, "100%", "25%", "45%", "50%"]],
    )
    text = _render(fmt, _COVER, [one, two])
    found = findings_for(text, select=(RULE,), source=f"test.{fmt}")
    assert compact(found) == [
        [RULE, "tabel-2/row:1/col:c5", _line(text, name, 2), None, "45%"]
    ]
    assert found[0].message.startswith("target TW II Persentase surat")


# a row that is a kegiatan and its indicator at once, the indicator copied into
# an indicator table and the kegiatan into a budget table
_INDICATOR = "Persentase surat yang terkirim tepat waktu"
_ROW_HEADS = [
    "No",
    "Kegiatan",
    "Indikator",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Anggaran (Rp)",
    "Realisasi Anggaran (Rp)",
]


def _both(realisasi: str, target: str = "100%") -> list[_Table]:
    kegiatan: _Table = (
        "Tabel 1 Pengukuran Kinerja Kegiatan",
        _ROW_HEADS,
        [
            ["1", _KEGIATAN[0], _INDICATOR, "100%", "100%", "100"],
            ["2", _KEGIATAN[1], "Persentase logistik terpenuhi", "100%", "90%", "90"],
        ],
    )
    kegiatan[2][0].extend(["100.000.000", "90.000.000"])
    kegiatan[2][1].extend(["80.000.000", "70.000.000"])
    indicators: _Table = (
        "Tabel 2 Capaian Indikator Kegiatan",
        ["No", "Indikator", "Target", "Realisasi", "Capaian (%)"],
        [
            ["1", _INDICATOR, target, realisasi, realisasi.rstrip("%")],
            ["2", "Persentase logistik terpenuhi", "100%", "90%", "90"],
        ],
    )
    budget: _Table = (
        "Tabel 3 Realisasi Anggaran Kegiatan",
        ["No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"],
        [
            ["1", _KEGIATAN[0], "100.000.000", "90.000.000"],
            ["2", _KEGIATAN[1], "80.000.000", "70.000.000"],
        ],
    )
    return [kegiatan, indicators, budget]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_an_indicator_copy_in_a_kegiatan_row_is_compared(fmt: str) -> None:
    # Tabel 1's row is a copy of the kegiatan (with Tabel 3) and of its
    # indicator (with Tabel 2): the indicator's realisasi is compared too (each
    # copy's capaian fits its own print: a tie, the later copy claiming neither)
    text = _render(fmt, _COVER, _both("95%"))
    found = findings_for(text, select=(RULE,), source=f"test.{fmt}")
    assert compact(found) == [
        [RULE, "tabel-2/row:1/col:realisasi", _line(text, _INDICATOR, 2), None, "95%"]
    ]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_an_indicator_target_in_a_kegiatan_row_is_compared(fmt: str) -> None:
    text = _render(fmt, _COVER, _both("100%", target="95%"))
    found = findings_for(text, select=(RULE,), source=f"test.{fmt}")
    assert compact(found) == [
        [RULE, "tabel-2/row:1/col:target", _line(text, _INDICATOR, 2), "100%", "95%"]
    ]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_an_indicator_copy_in_a_kegiatan_row_that_agrees_is_not_reported(
    fmt: str,
) -> None:
    text = _render(fmt, _COVER, _both("100%"))
    assert compact(findings_for(text, select=(RULE,), source=f"test.{fmt}")) == []


_TARGETS = ["No", "Indikator", "Target", *(f"Target TW {q}" for q in _ROMAN)]


def _targets(caption: str, figures: list[str]) -> _Table:
    return (caption, _TARGETS, [["1", _INDICATOR, "100%", *figures]])


_RUNNING = _targets("Tabel 1 Target Triwulan", ["25%", "50%", "75%", "100%"])


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_quarters_that_run_are_totals_up_to_them(fmt: str) -> None:
    # Tabel 1's quarters run to the year's 100%: its "TW II" 50% is the target
    # up to TW II, a copy of Tabel 2's "Target s.d. TW II" (45%: one differs)
    up_to: _Table = (
        "Tabel 2 Rencana Aksi",
        ["No", "Indikator", "Target", "Target s.d. TW II"],
        [["1", _INDICATOR, "100%", "45%"]],
    )
    text = _render(fmt, _COVER, [_RUNNING, up_to])
    found = findings_for(text, select=(RULE,), source=f"test.{fmt}")
    assert compact(found) == [
        [RULE, "tabel-2/row:1/col:c4", _line(text, _INDICATOR, 2), None, "45%"]
    ]
    assert found[0].message.startswith("target s.d. TW II Persentase surat")


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_quarters_that_run_are_not_quarters_of_their_own(fmt: str) -> None:
    # Tabel 2's quarters add up to the year's: its TW II 25% is that quarter's
    # alone, no copy of Tabel 1's 50% up to TW II
    own = _targets("Tabel 2 Target per Triwulan", ["25%", "25%", "25%", "25%"])
    text = _render(fmt, _COVER, [_RUNNING, own])
    assert compact(findings_for(text, select=(RULE,), source=f"test.{fmt}")) == []


# a table of plain realisasi (its caption names no period), and one of the
# totals up to TW I and up to TW II with no plain realisasi beside them
_PLAIN: _Table = (
    "Tabel 1 Realisasi Anggaran Kegiatan",
    ["Realisasi (Rp)"],
    [["75.000.000"], ["30.000.000"]],
)


def _so_far(first_tw2: str) -> _Table:
    return (
        "Tabel 2 Rincian Realisasi Kumulatif",
        ["Realisasi s.d. TW I (Rp)", "Realisasi s.d. TW II (Rp)"],
        [["40.000.000", first_tw2], ["10.000.000", "30.000.000"]],
    )


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_total_up_to_the_reports_quarter_is_the_tables_figure(fmt: str) -> None:
    # s.d. TW I (40.000.000) is no copy of the plain realisasi of a TW II report
    _, found = _check(fmt, [_PLAIN, _so_far("75.000.000")])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_total_up_to_the_reports_quarter_is_compared(fmt: str) -> None:
    text, found = _check(fmt, [_PLAIN, _so_far("70.000.000")])
    assert compact(found) == [
        [
            RULE,
            "tabel-2/row:1/col:realisasi_anggaran_2",
            _line(text, _KEGIATAN[0], 2),
            None,
            "70.000.000",
        ]
    ]
    assert found[0].message == (
        "realisasi anggaran Penyediaan Jasa Surat Menyurat: tertulis"
        " 70.000.000, sedangkan 1 salinan lain (Tabel 1) menulis 75.000.000;"
        " kedua angka berbeda dan tidak ada hal lain dalam laporan yang"
        " menunjukkan mana yang benar"
    )
    assert [r.ref for r in found[0].related] == ["tabel-1/row:1/col:realisasi_anggaran"]


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize(
    "cover",
    [
        "LAPORAN KINERJA KECAMATAN CONTOH",  # no period: a guess either way
        "LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN III TAHUN 2024",  # none is its
    ],
)
def test_no_total_of_the_reports_period_is_compared_with_no_plain_figure(
    fmt: str, cover: str
) -> None:
    _, found = _check(fmt, [_PLAIN, _so_far("70.000.000")], cover=cover)
    assert compact(found) == []


def _lone(label: str, first: str) -> _Table:
    return (
        "Tabel 2 Rincian Realisasi Kumulatif",
        [f"Realisasi {label} (Rp)"],
        [[first], ["30.000.000"]],
    )


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_lone_total_up_to_an_earlier_quarter_is_no_copy_of_a_plain_figure(
    fmt: str,
) -> None:
    # a TW II report: s.d. TW I (40.000.000) is no copy of a plain realisasi
    _, found = _check(fmt, [_PLAIN, _lone("s.d. TW I", "40.000.000")])
    assert compact(found) == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize(
    ("label", "cover"),
    [
        ("s.d. TW II", _COVER),  # the TW II report's own total
        # NOTE: as before: with no period on the cover, the one column is the
        # table's figure
        ("s.d. TW I", "LAPORAN KINERJA KECAMATAN CONTOH"),
    ],
)
def test_a_lone_total_that_is_the_tables_figure_is_compared(
    fmt: str, label: str, cover: str
) -> None:
    text, found = _check(fmt, [_PLAIN, _lone(label, "70.000.000")], cover=cover)
    assert compact(found) == [
        [
            RULE,
            "tabel-2/row:1/col:realisasi_anggaran",
            _line(text, _KEGIATAN[0], 2),
            None,
            "70.000.000",
        ]
    ]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_quarter_itself_is_the_total_of_a_first_quarter_report(fmt: str) -> None:
    so_far: _Table = (
        "Tabel 2 Rincian Realisasi",
        ["Realisasi s.d. TW I (Rp)", "Realisasi s.d. TW II (Rp)"],
        [["40.000.000", "-"], ["12.000.000", "-"]],
    )
    plain: _Table = (
        "Tabel 1 Realisasi Anggaran Kegiatan",
        ["Realisasi (Rp)"],
        [["40.000.000"], ["10.000.000"]],
    )
    cover = "LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN I TAHUN 2024"
    text, found = _check(fmt, [plain, so_far], cover=cover)
    assert compact(found) == [
        [
            RULE,
            "tabel-2/row:2/col:realisasi_anggaran",
            _line(text, _KEGIATAN[1], 2),
            None,
            "12.000.000",
        ]
    ]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_plain_target_is_the_years_not_the_reports_quarter(fmt: str) -> None:
    # a TW II report: Tabel 2's "s.d. TW II" (50%) is no copy of Tabel 1's
    # plain target (the year's 100%), nor is its "s.d. TW I"; its "s.d. TW IV"
    # is, and differs
    up_to: _Table = (
        "Tabel 2 Rencana Aksi",
        ["No", "Indikator", *(f"Target s.d. TW {q}" for q in _ROMAN)],
        [["1", _INDICATOR, "25%", "50%", "75%", "95%"]],
    )
    year: _Table = (
        "Tabel 1 Target Kinerja",
        ["No", "Indikator", "Target", "Realisasi"],
        [["1", _INDICATOR, "100%", "50%"]],
    )
    text = _render(fmt, _COVER, [year, up_to])
    found = findings_for(text, select=(RULE,), source=f"test.{fmt}")
    assert compact(found) == [
        [RULE, "tabel-2/row:1/col:target_4", _line(text, _INDICATOR, 2), None, "95%"]
    ]
