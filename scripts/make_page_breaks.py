"""Write the PDF fixtures whose tables a page break cuts inside their header.

    python scripts/make_page_breaks.py        # needs LibreOffice (soffice)

Each is a kecamatan's Tabel 3.4 of nine narrow columns (its text twin gives the
findings the tests assert), put in a Word document by python-docx and printed to
PDF by LibreOffice; the number of one-line paragraphs above the table decides
where the page break falls (counted for LibreOffice 7.4):

* ``cut-header.pdf``: the caption and the header's first line end a page, the
  rest of the header (``m/Kegiatan/Sub Kegiatan``, ``si (Rp)``) opens the next;
* ``cut-header-rows.pdf``: a header of two rows (``Kinerja`` and ``Anggaran``
  merged over three columns each) cut inside its first row;
* ``new-header.pdf``: the table (without its total row) ends a page with a full
  row, and the next page opens with another table of the same columns and a
  header of its own, no caption between: two tables.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "readers" / "fixtures"

TITLE = "LAPORAN KINERJA KECAMATAN SUKAREJA TAHUN 2024"
PAD = "Kecamatan Sukareja melaksanakan tugas pemerintahan umum."
CAPTION = (
    "Tabel 3.4 Realisasi Capaian Kinerja dan Anggaran Program, Kegiatan dan "
    "Sub Kegiatan Tahun 2024"
)
HEADER = [
    "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Realisasi",
    "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)",
]  # fmt: skip
ROWS = [
    [
        "7.01.02",
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "Persentase pelayanan administrasi terpadu kecamatan sesuai standar",
        "100%",
        "95%",
        "95,00",
        "Rp 40.250.000",
        "Rp 37.430.000",
        "92,99",
    ],
    [
        "7.01.02.2.01",
        "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        "Jumlah dokumen hasil koordinasi penyelenggaraan kegiatan pemerintahan",
        "4 dokumen",
        "4 dokumen",
        "100,00",
        "Rp 18.750.000",
        "Rp 17.900.000",
        "95,47",
    ],
    [
        "7.01.02.2.02",
        "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
        "Jumlah dokumen pelaksanaan urusan pemerintahan yang dilimpahkan",
        "2 dokumen",
        "2 dokumen",
        "100,00",
        "Rp 21.500.000",
        "Rp 19.530.000",
        "90,84",
    ],
    [
        "7.01.05",
        "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
        "Persentase pelanggaran Perda yang ditindaklanjuti",
        "90%",
        "81%",
        "95,00",
        "Rp 41.500.000",
        "Rp 39.475.000",
        "95,12",
    ],
    [
        "7.01.05.2.01",
        "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
        "Jumlah laporan hasil koordinasi ketenteraman dan ketertiban umum",
        "12 laporan",
        "12 laporan",
        "100,00",
        "Rp 41.500.000",
        "Rp 39.475.000",
        "95,12",
    ],
    [
        "7.01.06",
        "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
        "Persentase lembaga kemasyarakatan desa yang aktif",
        "80%",
        "84%",
        "105,00",
        "Rp 25.000.000",
        "Rp 23.100.000",
        "93,40",
    ],
    [
        "7.01.06.2.01",
        "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan",
        "Jumlah lembaga kemasyarakatan yang dibina",
        "11 lembaga",
        "11 lembaga",
        "100,00",
        "Rp 25.000.000",
        "Rp 23.100.000",
        "92,40",
    ],
    [
        "7.01.07",
        "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
        "Persentase desa yang menetapkan APBDes tepat waktu",
        "100%",
        "90%",
        "90,00",
        "Rp 18.200.000",
        "Rp 17.654.000",
        "97,00",
    ],
    [
        "7.01.07.2.01",
        "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa",
        "Jumlah desa yang difasilitasi dalam penyusunan peraturan desa",
        "11 desa",
        "10 desa",
        "90,91",
        "Rp 18.200.000",
        "Rp 17.654.000",
        "97,00",
    ],
]
TOTAL = ["", "JUMLAH", "", "", "", "", "Rp 124.950.000", "Rp 117.695.000", "94,16"]
OTHER_HEADER = [
    "No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi",
    "Capaian (%)", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)",
]  # fmt: skip
OTHER_ROWS = [
    [
        "1",
        "Meningkatnya kualitas pelayanan publik",
        "Indeks kepuasan masyarakat",
        "80",
        "84",
        "105,00",
        "Rp 60.000.000",
        "Rp 55.000.000",
        "Rp 5.000.000",
    ],
    [
        "2",
        "Meningkatnya ketentraman dan ketertiban umum",
        "Persentase gangguan yang ditangani",
        "90%",
        "81%",
        "95,00",
        "Rp 40.000.000",
        "Rp 38.000.000",
        "Rp 2.500.000",
    ],
]
SENTENCES = [
    "Anggaran kegiatan Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan "
    "sebesar Rp 25.000.000 terealisasi Rp 23.100.000 atau 92,40%.",
    "Anggaran kegiatan Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala "
    "Desa sebesar Rp 18.500.000.",
]
WIDTH = Cm(1.7)


def table(document: object, rows: list[list[str]]) -> object:
    made = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    made.style = "Table Grid"
    made.autofit = False
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = made.cell(i, j)
            cell.width = WIDTH
            cell.text = text
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    return made


def opening(pads: int) -> object:
    document = Document()
    document.add_paragraph(TITLE)
    for _ in range(pads):
        document.add_paragraph(PAD)
    document.add_paragraph(CAPTION)
    return document


def cut_header(target: Path) -> None:
    document = opening(49)
    table(document, [HEADER, *ROWS, TOTAL])
    for sentence in SENTENCES:
        document.add_paragraph(sentence)
    document.save(str(target))


def cut_header_rows(target: Path) -> None:
    document = opening(48)
    top = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Kinerja"]
    top += ["", "", "Anggaran", "", ""]
    low = ["", "", "", *HEADER[3:]]
    made = table(document, [top, low, *ROWS, TOTAL])
    for j in range(3):
        made.cell(0, j).merge(made.cell(1, j))  # type: ignore[attr-defined]
    made.cell(0, 3).merge(made.cell(0, 5))  # type: ignore[attr-defined]
    made.cell(0, 6).merge(made.cell(0, 8))  # type: ignore[attr-defined]
    for sentence in SENTENCES:
        document.add_paragraph(sentence)
    document.save(str(target))


def new_header(target: Path) -> None:
    document = opening(3)
    table(document, [HEADER, *ROWS])
    document.add_paragraph("")
    table(document, [OTHER_HEADER, *OTHER_ROWS])
    document.add_paragraph("")
    document.add_paragraph(SENTENCES[1])
    document.save(str(target))


def to_pdf(source: Path, target: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        sys.exit("make_page_breaks: LibreOffice (soffice) is needed")
    with tempfile.TemporaryDirectory() as tmp:
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        subprocess.run(
            [office, profile, "--headless", "--convert-to", "pdf", "--outdir", tmp]
            + [str(source)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.move(str(Path(tmp) / f"{source.stem}.pdf"), target)


def main() -> None:
    makers = {
        "cut-header": cut_header,
        "cut-header-rows": cut_header_rows,
        "new-header": new_header,
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in makers.items():
            docx = Path(tmp) / f"{name}.docx"
            make(docx)
            to_pdf(docx, OUT / f"{name}.pdf")
            print(f"wrote {name}.pdf")


if __name__ == "__main__":
    main()
