"""The Perjanjian Kinerja is present wherever the report prints it, not where named.

The attachment after the last chapter, a table captioned as the PK in BAB II
("Tabel 2.1 Perjanjian Kinerja …") or a table under the PK's title: each holds the
PK. A sentence about the PK, or a table measured against it ("Capaian Indikator
Perjanjian Kinerja"), does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import read_report

from conftest import compact, findings_for

REPORT = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

BAB I PENDAHULUAN

Kecamatan Contoh dipimpin oleh Camat.

BAB II PERENCANAAN KINERJA

Perjanjian Kinerja Tahun 2024 telah ditandatangani oleh Camat dan Bupati.

{caption}

No\tSasaran Strategis\tIndikator Kinerja\tTarget
1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\t85
2\tMeningkatnya partisipasi warga\tPersentase usulan terakomodir\t60%

BAB III AKUNTABILITAS KINERJA

Pengukuran kinerja dilakukan terhadap sasaran strategis.

BAB IV PENUTUP

Demikian laporan ini disusun.
"""

MISSING = [
    [
        "required-chapters-present",
        "document/lampiran:perjanjian-kinerja",
        None,
        "LAMPIRAN PERJANJIAN KINERJA",
        None,
    ]
]


def _chapters(caption: str) -> list[list[object]]:
    text = REPORT.format(caption=caption)
    return compact(findings_for(text, select=("required-chapters-present",)))


@pytest.mark.parametrize(
    "caption",
    [
        "Tabel 2.1 Perjanjian Kinerja Kecamatan Contoh Tahun 2024",
        "Tabel 2.1. Lampiran Perjanjian Kinerja Tahun 2024",
        "PERJANJIAN KINERJA TAHUN 2024",
    ],
)
def test_a_pk_table_in_a_chapter_is_the_pk(caption: str) -> None:
    assert _chapters(caption) == []


@pytest.mark.parametrize(
    "caption",
    [
        "Tabel 2.1 Capaian Indikator Perjanjian Kinerja Tahun 2024",
        "Tabel 2.1 Sasaran Strategis Kecamatan Contoh",
    ],
)
def test_a_table_about_the_pk_or_a_sentence_is_no_pk(caption: str) -> None:
    assert _chapters(caption) == MISSING


def _docx(tmp_path: Path, caption: str) -> str:
    document = Document()
    for text in ["LAPORAN KINERJA DINAS KESEHATAN TAHUN 2024", "BAB I PENDAHULUAN"]:
        document.add_paragraph(text)
    document.add_paragraph("Dinas Kesehatan dipimpin oleh Kepala Dinas.")
    document.add_paragraph("BAB II PERENCANAAN KINERJA")
    document.add_paragraph(caption)
    rows = [
        ["No", "Sasaran", "Indikator", "Target"],
        ["1", "Menurunnya kematian ibu", "Angka Kematian Ibu", "98"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for k, value in enumerate(values):
            table.cell(r, k).text = value
    for text in [
        "BAB III AKUNTABILITAS KINERJA",
        "Pengukuran kinerja dilakukan terhadap sasaran strategis.",
        "BAB IV PENUTUP",
        "Demikian laporan ini disusun.",
    ]:
        document.add_paragraph(text)
    path = tmp_path / "laporan.docx"
    document.save(str(path))
    return str(path)


def test_a_pk_table_in_a_word_document(tmp_path: Path) -> None:
    options = AuditOptions(select=("required-chapters-present",), strict=True)
    pk = _docx(tmp_path, "Tabel 2.1 Perjanjian Kinerja Dinas Kesehatan Tahun 2024")
    assert compact(audit_report(read_report(pk), options)) == []
    other = _docx(tmp_path, "Tabel 2.1 Indikator Kinerja Utama Dinas Kesehatan")
    assert compact(audit_report(read_report(other), options)) == MISSING
