"""The Daftar Isi against the headings: which of the two a mismatch is reported at."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

REPORT = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2023

DAFTAR ISI

BAB I PENDAHULUAN\t1
1.1 Latar Belakang\t1
1.2 {toc}\t2
BAB II PENUTUP\t3

BAB I PENDAHULUAN

1.1 LATAR BELAKANG

Laporan ini disusun setiap tahun.

1.2 {heading}

{body}

BAB II PENUTUP

Demikian laporan ini.
"""

AT_TOC = "tabel-ke-1/row:3/col:uraian"
AT_HEADING = "text/heading:1.2"


def _toc(toc: str, heading: str, body: str) -> list[list[object]]:
    text = REPORT.format(toc=toc, heading=heading, body=body)
    return compact(findings_for(text, select=("toc-matches-headings",), lang="en"))


@pytest.mark.parametrize(
    ("toc", "heading", "body", "expected"),
    [
        # the heading's word is found nowhere else, the entry's word is: the
        # heading is misspelt
        (
            "Perjanjian Kinerja",
            "PERJANJN KINERJA",
            "Perjanjian kinerja ditandatangani camat.",
            [
                [
                    "toc-matches-headings",
                    AT_HEADING,
                    16,
                    "1.2 PERJANJIAN KINERJA",
                    "1.2 PERJANJN KINERJA",
                ]
            ],
        ),
        # the entry is misspelt: reported at the entry, the heading expected
        (
            "Perjanjin Kinerja",
            "PERJANJIAN KINERJA",
            "Perjanjian kinerja ditandatangani camat.",
            [
                [
                    "toc-matches-headings",
                    AT_TOC,
                    7,
                    "1.2 PERJANJIAN KINERJA",
                    "1.2 Perjanjin Kinerja",
                ]
            ],
        ),
        # the heading's word is printed elsewhere too: two real words, so the
        # Daftar Isi is the one to bring in line
        (
            "Arah Strategis",
            "ARAH STRATEGI",
            "Strategi kecamatan disusun bersama. Sasaran strategis ditetapkan.",
            [
                [
                    "toc-matches-headings",
                    AT_TOC,
                    7,
                    "1.2 ARAH STRATEGI",
                    "1.2 Arah Strategis",
                ]
            ],
        ),
        # two real words again, but the entry holds the standard term of an LKj
        # section and the heading misses it by a letter: the heading is misspelt
        (
            "Isu Strategis",
            "ISU STRATEGI",
            "Strategi kecamatan disusun bersama. Sasaran strategis ditetapkan.",
            [
                [
                    "toc-matches-headings",
                    AT_HEADING,
                    16,
                    "1.2 ISU STRATEGIS",
                    "1.2 ISU STRATEGI",
                ]
            ],
        ),
        # the heading holds the standard term, the entry misses it: the entry
        (
            "Isu Strategi",
            "ISU STRATEGIS",
            "Strategi kecamatan disusun bersama. Sasaran strategis ditetapkan.",
            [
                [
                    "toc-matches-headings",
                    AT_TOC,
                    7,
                    "1.2 ISU STRATEGIS",
                    "1.2 Isu Strategi",
                ]
            ],
        ),
        # the entry's word is found nowhere but in the entry: no evidence either way
        (
            "Dasar Hukum",
            "DASR HUKUM",
            "Dokumen ditandatangani camat.",
            [
                [
                    "toc-matches-headings",
                    AT_TOC,
                    7,
                    "1.2 DASR HUKUM",
                    "1.2 Dasar Hukum",
                ]
            ],
        ),
        # the same, but the entry holds a standard term of an LKj section: the
        # heading is the one misspelt
        (
            "Perjanjian Kinerja",
            "PERJANJN KINERJA",
            "Dokumen ditandatangani camat.",
            [
                [
                    "toc-matches-headings",
                    AT_HEADING,
                    16,
                    "1.2 PERJANJIAN KINERJA",
                    "1.2 PERJANJN KINERJA",
                ]
            ],
        ),
        # a renamed title, not a typo: the words are unlike
        (
            "Dasar Hukum",
            "LANDASAN HUKUM",
            "Dasar hukum penyusunan laporan.",
            [
                [
                    "toc-matches-headings",
                    AT_TOC,
                    7,
                    "1.2 LANDASAN HUKUM",
                    "1.2 Dasar Hukum",
                ]
            ],
        ),
        # the same title: nothing to report
        ("Dasar Hukum", "DASAR HUKUM", "Dasar hukum penyusunan laporan.", []),
    ],
)
def test_a_mismatch_is_reported_where_the_typo_is(
    toc: str, heading: str, body: str, expected: list[list[object]]
) -> None:
    assert _toc(toc, heading, body) == expected


def test_the_message_says_why_the_heading_is_taken_as_misspelt() -> None:
    text = REPORT.format(
        toc="Perjanjian Kinerja",
        heading="PERJANJN KINERJA",
        body="Perjanjian kinerja ditandatangani camat. Perjanjian itu dilaporkan.",
    )
    (found,) = findings_for(text, select=("toc-matches-headings",), lang="en")
    assert found.message == (
        'Table of contents: "1.2 Perjanjian Kinerja"; heading in the text: '
        '"1.2 PERJANJN KINERJA"; the heading is the one misspelt: \u201cperjanjn\u201d '
        "occurs nowhere else in the report, while \u201cperjanjian\u201d occurs "
        "elsewhere (2\u00d7)"
    )
    assert [r.ref for r in found.related] == [AT_TOC]


def test_the_message_names_the_standard_term_the_heading_misses() -> None:
    text = REPORT.format(
        toc="Isu Strategis", heading="ISU STRATEGI", body="Strategi disusun."
    )
    (found,) = findings_for(text, select=("toc-matches-headings",), lang="en")
    assert found.message == (
        'Table of contents: "1.2 Isu Strategis"; heading in the text: '
        '"1.2 ISU STRATEGI"; the heading is the one misspelt: \u201cisu strategi\u201d'
        " where the standard term of an LKj section is \u201cisu strategis\u201d"
    )


def test_a_heading_is_quoted_with_its_number_as_printed() -> None:
    text = REPORT.replace("1.2 {heading}", "1.2. {heading}").format(
        toc="Dasar Hukum", heading="LANDASAN HUKUM", body="Dasar hukum laporan."
    )
    assert _toc_text(text) == [
        ["toc-matches-headings", AT_TOC, 7, "1.2. LANDASAN HUKUM", "1.2 Dasar Hukum"]
    ]
    text = REPORT.replace("1.2 {heading}", "1.2. {heading}").format(
        toc="Perjanjian Kinerja",
        heading="PERJANJN KINERJA",
        body="Perjanjian kinerja ditandatangani camat.",
    )
    assert _toc_text(text) == [
        [
            "toc-matches-headings",
            AT_HEADING,
            16,
            "1.2. PERJANJIAN KINERJA",
            "1.2. PERJANJN KINERJA",
        ]
    ]


def _toc_text(text: str) -> list[list[object]]:
    return compact(findings_for(text, select=("toc-matches-headings",), lang="en"))
