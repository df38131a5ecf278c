"""The language side: sentences, figures, dates, periods, NIPs, claims."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkjaudit.model.report import PageStart, Paragraph, Report
from lkjaudit.prose.claims import read_claims
from lkjaudit.prose.dates import find_dates, report_period
from lkjaudit.prose.figures import figures
from lkjaudit.prose.outline import headings, toc
from lkjaudit.prose.people import nip_problems, person_key
from lkjaudit.prose.text import split

from conftest import report_from


def test_sentences_keep_their_lines_and_skip_abbreviations() -> None:
    para = Paragraph(
        text="Camat Drs. Budi, S.Sos. memimpin rapat.\nRapat dihadiri 12 orang. "
        "Hasilnya\nbaik.",
        line=40,
    )
    report = Report(source="t.txt", format="text", paragraphs=[para])
    found = split(para, 0, report)
    assert [s.text for s in found] == [
        "Camat Drs. Budi, S.Sos. memimpin rapat.",
        "Rapat dihadiri 12 orang.",
        "Hasilnya baik.",
    ]
    assert [s.place(report) for s in found] == [(None, 40), (None, 41), (None, 41)]
    assert found[2].place(report, len("Hasilnya ")) == (None, 42)
    assert [s.at for s in found] == [40, 41, 41]


def test_a_word_hyphenated_at_a_line_end_is_one_word() -> None:
    para = Paragraph(text="semua permasalahan-\npermasalahan dan 2023 -\n2024", line=3)
    [sentence] = split(para, 0)
    assert sentence.text == "semua permasalahan-permasalahan dan 2023 - 2024"
    assert sentence.row_at(len("semua permasalahan-p")) == 1


def test_sentences_of_a_paragraph_over_a_page_break() -> None:
    # a PDF paragraph: two lines at the foot of page 11, one at the top of page 12
    para = Paragraph(
        text="Jumlah pegawai sebanyak 19 orang\nyang terdiri atas PNS sebanyak\n"
        "12 orang. Sisanya TKB.",
        page=11,
        line=44,
        line_end=1,
        continued=[PageStart(at=2, page=12, line=1)],
    )
    table = Report(source="t.pdf", format="pdf", paragraphs=[para])
    found = split(para, 0, table)
    assert found[0].place(table) == (11, 44)
    assert found[0].place(table, found[0].text.index("12 orang")) == (12, 1)
    assert found[1].place(table) == (12, 1)
    # reading order runs on over the page: page 11 holds 45 lines
    assert [s.at for s in found] == [44, 46]


def test_a_word_paragraph_is_one_block_whatever_its_line_breaks() -> None:
    para = Paragraph(text="Lumajang, 10 Juli 2024\nCAMAT PASIRIAN", line=7, line_end=7)
    assert [para.place(k) for k in range(3)] == [(None, 7)] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("capaian 79,67 % dan 80 persen", [("pct", "79.67"), ("pct", "80")]),
        (
            "pagu Rp. 1.925.038.095,- dan Rp 2,5 miliar",
            [("rp", "1925038095"), ("rp", "2.5E+9")],
        ),
        (
            "sebanyak 19 orang dan 21 (dua puluh satu) desa",
            [("count", "19"), ("count", "21")],
        ),
        # a number, a year, a stage or a table is no count
        ("Nomor 53 Tahun 2014 tanggal 5", []),
        ("golongan ruang III sebanyak 6 orang", [("count", "6")]),
        ("pada tahun 2023 sebanyak 42 orang", [("count", "42")]),
        ("TA 2024 sebanyak 3 desa; T.A. 2024 ada", [("count", "3")]),
        ("Tahap 2 mencapai 43,73% dan Triwulan 3 sebesar", [("pct", "43.73")]),
        ("Tabel 3 berikut, Bab 4 memuat, Semester 1 tahun", []),
        ("No. 5 Tahun 2020 tentang periode 2021 dimulai", []),
        # a bare year before a word that is no counted noun: a year
        ("Di 2023 terdapat 5 unit", [("count", "5")]),
        # real counts stay, a counted noun after a year-like number too
        (
            "sebanyak 19 orang, sebanyak 12 dokumen dan 3 desa",
            [("count", "19"), ("count", "12"), ("count", "3")],
        ),
        ("sebanyak 2023 orang", [("count", "2023")]),
    ],
)
def test_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.kind, str(f.number)) for f in figures(text)] == expected


def test_count_figures_carry_their_noun_as_unit() -> None:
    (fig,) = figures("terdiri atas 12 orang")
    assert fig.noun == "orang" and fig.value.unit == "orang"


@pytest.mark.parametrize(
    ("text", "day", "weekday"),
    [
        ("Hari Rabu Tanggal 28 Juni 2024", date(2024, 6, 28), 2),
        ("Selasa, 02/07/2024 pukul 19.30", date(2024, 7, 2), 1),
        ("Jum'at 5 Jan 2024", date(2024, 1, 5), 4),
        ("pada 17 Agustus 2023", date(2023, 8, 17), None),
        ("tanggal 3 Nopember 2023", date(2023, 11, 3), None),
    ],
)
def test_dates(text: str, day: date, weekday: int | None) -> None:
    (mention,) = find_dates(text)
    assert mention.date == day and mention.weekday == weekday


def test_month_without_day_and_impossible_dates() -> None:
    (month,) = find_dates("Lumajang, Juli 2024")
    assert month.day is None and month.latest == date(2024, 7, 31)
    (bad,) = find_dates("31 Juni 2024")
    assert not bad.valid and bad.date is None
    assert find_dates("Peraturan Nomor 53 Tahun 2014") == []


@pytest.mark.parametrize(
    ("cover", "start", "end"),
    [
        (
            "LAPORAN KINERJA\n\nTriwulan II Tahun 2024",
            date(2024, 4, 1),
            date(2024, 6, 30),
        ),
        ("LAPORAN KINERJA TW IV 2023", date(2023, 10, 1), date(2023, 12, 31)),
        (
            "LKjIP\n\nSemester II Tahun Anggaran 2022",
            date(2022, 7, 1),
            date(2022, 12, 31),
        ),
        ("LAPORAN KINERJA\n\nTAHUN 2023", date(2023, 1, 1), date(2023, 12, 31)),
        (
            "LAPORAN KINERJA TRIWULAN KETIGA TAHUN 2024\n\nRenstra 2021 - 2026",
            date(2024, 7, 1),
            date(2024, 9, 30),
        ),
    ],
)
def test_report_period_from_the_cover(cover: str, start: date, end: date) -> None:
    period = report_period(report_from(cover + "\n\nKATA PENGANTAR\n\nIsi.\n"))
    assert period is not None and (period.start, period.end) == (start, end)


def test_no_period_without_a_cover_year() -> None:
    assert report_period(report_from("LAPORAN KINERJA\n\nKATA PENGANTAR\n")) is None


@pytest.mark.parametrize(
    ("nip", "problems"),
    [
        ("196709161988091001", []),
        ("198204172006042013", []),
        ("196713161988091001", ["birth"]),
        ("196709161988131001", ["tmt"]),
        ("200001012010011001", ["young"]),
        ("196709161988093000", ["gender", "sequence"]),
        ("19670916198809100", ["length"]),
    ],
)
def test_nip_problems(nip: str, problems: list[str]) -> None:
    assert [key for key, _ in nip_problems(nip)] == problems


def test_nip_appointed_after_the_report() -> None:
    assert nip_problems("199001012025011001", on=date(2024, 6, 30)) == [
        ("future", "202501")
    ]


def test_person_key_ignores_titles_and_degrees() -> None:
    assert person_key("Drs. H. AHMAD SUBAGIO, M.Si") == person_key("Ahmad Subagio")


def test_headings_and_table_of_contents() -> None:
    report = report_from(
        "LAPORAN KINERJA\n\nDAFTAR ISI\n\nBAB I PENDAHULUAN\t1\n1.1 Latar Belakang\t1\n"
        "BAB II PENUTUP\t3\n\nBAB I\n\nPENDAHULUAN\n\n1.1. LATAR BELAKANG\n\nIsi.\n\n"
        "## BAB II PENUTUP\n\nSelesai.\n"
    )
    assert [(h.number, h.title) for h in headings(report) if h.number] == [
        ("BAB I", "PENDAHULUAN"),
        ("1.1", "LATAR BELAKANG"),
        ("BAB II", "PENUTUP"),
    ]
    assert [(e.number, e.title, e.page) for e in toc(report)] == [
        ("BAB I", "PENDAHULUAN", "1"),
        ("1.1", "Latar Belakang", "1"),
        ("BAB II", "PENUTUP", "3"),
    ]


@pytest.mark.parametrize(
    ("sentence", "count", "total", "comparator"),
    [
        (
            "Terdapat 4 program dari total 6 program yang capaiannya di atas 50%.",
            4,
            6,
            ">",
        ),
        ("Ada 3 kegiatan yang realisasinya mencapai 100%.", 3, None, ">="),
        ("Sebanyak 2 sasaran dengan capaian minimal 90 persen.", 2, None, ">="),
        ("Hanya 1 program yang capaian kinerjanya kurang dari 60%.", 1, None, "<"),
        ("Terdapat 2 indikator yang capaian kinerjanya 0%.", 2, None, "="),
        (
            "5 program dari 7 program capaiannya sama dengan atau lebih dari 80%.",
            5,
            7,
            ">=",
        ),
    ],
)
def test_counting_claims(
    sentence: str, count: int, total: int | None, comparator: str
) -> None:
    (claim,) = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).counting
    assert (claim.count, claim.total, claim.comparator) == (count, total, comparator)


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        (
            "Capaian sasaran kedua sebesar 36,63% dari target 85%.",
            ["capaian", "target"],
        ),
        ("Sasaran ini terealisasi sebesar 33,33%.", ["realisasi"]),
        ("Realisasi anggaran triwulan II mencapai 55,66%.", ["persen_anggaran"]),
        (
            "Pagu program sebesar Rp 7.200.000 dengan sisa Rp 4.800.000.",
            ["anggaran", "sisa"],
        ),
        ("Pegawai S1 sebanyak 8 orang (44,44%).", ["staff", "share"]),
        ("Komputer sebanyak 14 unit.", ["asset"]),
        ("Desa yang dibina sebanyak 11 desa dengan 3 kali kunjungan.", []),
    ],
)
def test_figure_claims_know_what_they_restate(
    sentence: str, metrics: list[str]
) -> None:
    claims = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).figures
    assert [c.metric for c in claims] == metrics


@pytest.mark.parametrize(
    ("sentence", "positive"),
    [
        ("Kegiatan pendukungnya sudah tercapai sesuai dengan target.", True),
        ("Sasaran ini melampaui target.", True),
        ("Indikator ini belum mencapai target.", False),
        ("Ke depan kegiatan akan dilaksanakan agar sesuai target.", None),
    ],
)
def test_qualitative_claims(sentence: str, positive: bool | None) -> None:
    found = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).qualitative
    assert [q.positive for q in found] == ([] if positive is None else [positive])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"abcdeRpNIP %.,:;-()/\n\t0123456789",
                *(
                    "Juni ",
                    "Rabu ",
                    "BAB ",
                    "Tabel 3.",
                    "orang ",
                    "capaian ",
                    "target ",
                ),
            ]
        ),
        max_size=120,
    ).map("".join)
)
def test_no_text_crashes_the_prose_rules(text: str) -> None:
    from conftest import findings_for

    findings_for(
        "LAPORAN KINERJA TRIWULAN II TAHUN 2024\n\n" + text,
        select=("tag:prose", "tag:dates", "tag:people", "tag:structure"),
    )


def test_decimal_figures_are_exact() -> None:
    (fig,) = figures("sebesar 39,21%")
    assert fig.number == Decimal("39.21") and fig.value.decimals == 2


def test_counts_of_people_outside_staff_sentences_are_not_staff_claims() -> None:
    text = "LAPORAN KINERJA\n\nJumlah penduduk kecamatan sebanyak 45.000 orang.\n"
    assert read_claims(report_from(text)).figures == []


def test_on_schedule_is_not_a_target_claim() -> None:
    text = "LAPORAN KINERJA\n\nPembangunan dilaksanakan sesuai target waktu.\n"
    assert read_claims(report_from(text)).qualitative == []


def test_status_dates_and_repeated_merged_numbers_are_not_findings() -> None:
    from conftest import findings_for

    text = (
        "LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN I TAHUN 2024\n\n"
        "Sisa anggaran kegiatan per 31 Desember 2023 telah disetor.\n\n"
        "Tabel 3.1 Capaian Program\n\n"
        "No\tProgram\tIndikator\tTarget\tRealisasi\tCapaian\n"
        "1\tProgram A\tIndikator satu\t100%\t50%\t50%\n"
        "2\tProgram B\tIndikator dua\t100%\t40%\t40%\n"
        "2\tProgram B\tIndikator tiga\t100%\t60%\t60%\n"
        "3\tProgram C\tIndikator empat\t100%\t70%\t70%\n"
    )
    assert findings_for(text) == []
