"""Write reader fixtures whose layout owes nothing to the text samples.

    python scripts/make_fixtures.py           # DOCX, PDF (LibreOffice) and XLSX
    python scripts/make_fixtures.py --no-office

``tests/readers/fixtures/mekarsari-2024.docx`` is a Word report laid out the way
Word users lay them out: a portrait part with a target table whose header cells are
merged across and down, a landscape part with a budget tree long enough to run over
several pages (header rows repeated, rows allowed to break across a page, sub
kegiatan in italics, a column-number row stating formulas), a staff table with a
grouped header, an asset table split by hand over two pages ("Tabel 3.4
(lanjutan)"), and a closing portrait part. ``mekarsari-2024.pdf`` is that document
converted by LibreOffice. ``mekarsari-2024.xlsx`` keeps the same tables in a
workbook as a planner would: a title row merged across each table, formulas for the
sums and percentages (values stored by LibreOffice), number formats with ``Rp`` and
``%``; ``mekarsari-formulas.xlsx`` is the same workbook before any spreadsheet
program computed it (formulas without stored results).

Every planted error is listed in PLANTED (and asserted in tests/readers/).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "readers" / "fixtures"

# (program, [(kegiatan, [(sub kegiatan, anggaran, realisasi)])])
TREE = [
    (
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        [
            (
                "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                [
                    (
                        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                        4_850_000,
                        4_850_000,
                    ),
                    (
                        "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
                        6_200_000,
                        5_980_000,
                    ),
                    ("Evaluasi Kinerja Perangkat Daerah", 3_100_000, 2_750_000),
                ],
            ),
            (
                "Administrasi Keuangan Perangkat Daerah",
                [
                    ("Penyediaan Gaji dan Tunjangan ASN", 1_284_600_000, 1_262_114_500),
                    (
                        "Penyediaan Administrasi Pelaksanaan Tugas ASN",
                        31_500_000,
                        30_870_000,
                    ),
                ],
            ),
            (
                "Administrasi Umum Perangkat Daerah",
                [
                    (
                        "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                        3_000_000,
                        2_965_000,
                    ),
                    ("Penyediaan Bahan Logistik Kantor", 28_400_000, 27_512_300),
                    ("Penyediaan Barang Cetak dan Penggandaan", 7_250_000, 7_250_000),
                    (
                        "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                        42_000_000,
                        39_640_000,
                    ),
                ],
            ),
            (
                "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
                [
                    ("Penyediaan Jasa Surat Menyurat", 2_400_000, 2_115_000),
                    (
                        "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                        36_000_000,
                        33_487_215,
                    ),
                    ("Penyediaan Jasa Pelayanan Umum Kantor", 186_300_000, 186_300_000),
                ],
            ),
            (
                "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
                [
                    (
                        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan "
                        "Perorangan Dinas atau Kendaraan Dinas Jabatan",
                        24_500_000,
                        23_960_750,
                    ),
                    (
                        "Pemeliharaan Peralatan dan Mesin Lainnya",
                        12_000_000,
                        11_450_000,
                    ),
                    (
                        "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                        55_000_000,
                        54_120_000,
                    ),
                ],
            ),
        ],
    ),
    (
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        [
            (
                "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
                [
                    (
                        "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
                        9_600_000,
                        8_950_000,
                    )
                ],
            ),
            (
                "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja "
                "Perangkat Daerah yang Ada di Kecamatan",
                [
                    (
                        "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Kewenangan Lain yang "
                        "Dilimpahkan",
                        14_000_000,
                        13_240_000,
                    )
                ],
            ),
        ],
    ),
    (
        "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
        [
            (
                "Koordinasi Kegiatan Pemberdayaan Desa",
                [
                    (
                        "Peningkatan Partisipasi Masyarakat Dalam Forum Musyawarah Perencanaan "
                        "Pembangunan di Desa",
                        18_750_000,
                        18_100_000,
                    ),
                    (
                        "Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang "
                        "Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan",
                        11_250_000,
                        10_640_000,
                    ),
                ],
            ),
        ],
    ),
    (
        "PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM",
        [
            (
                "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
                [
                    (
                        "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional "
                        "Indonesia dan Instansi Vertikal di Wilayah Kecamatan",
                        16_800_000,
                        16_350_000,
                    ),
                    (
                        "Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat",
                        8_400_000,
                        8_120_000,
                    ),
                ],
            ),
        ],
    ),
    (
        "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
        [
            (
                "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
                [
                    (
                        "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa",
                        5_400_000,
                        5_100_000,
                    ),
                    (
                        "Fasilitasi Administrasi Tata Pemerintahan Desa",
                        21_600_000,
                        20_980_000,
                    ),
                    (
                        "Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa",
                        12_150_000,
                        11_875_000,
                    ),
                ],
            ),
        ],
    ),
]

# what the report prints instead of the right figure: (row label, column) → text
PLANTED = {
    # sisa of a sub kegiatan with two digits swapped (880.000 is right)
    ("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "sisa"): "808.000",
    # a letter l typed for a one in a realisasi
    ("Penyediaan Bahan Logistik Kantor", "realisasi"): "27.5l2.300",
    # a kegiatan's anggaran that is not the sum of its sub kegiatan
    ("Koordinasi Kegiatan Pemberdayaan Desa", "anggaran"): "31.000.000",
    # serapan of a sub kegiatan: 20.980.000 / 21.600.000 = 97,13%
    ("Fasilitasi Administrasi Tata Pemerintahan Desa", "persen"): "97,31",
}
NOTES = {
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD": (
        "Sisa anggaran berasal dari efisiensi konsumsi rapat karena sebagian rapat "
        "koordinasi diselenggarakan secara daring melalui aplikasi konferensi video "
        "sesuai arahan Sekretariat Daerah, sehingga tidak memerlukan penyediaan makan "
        "dan minum bagi peserta rapat."
    ),
    "Penyediaan Jasa Pelayanan Umum Kantor": (
        "Terserap penuh untuk honorarium tenaga kebersihan, keamanan dan pengemudi "
        "selama dua belas bulan."
    ),
}


def rupiah(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def percent(part: int, whole: int) -> str:
    from decimal import ROUND_HALF_UP, Decimal

    share = (Decimal(part) * 100 / Decimal(whole)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return f"{share:.2f}".replace(".", ",")


def budget_rows() -> list[tuple[str, str, list[str], str]]:
    """(level, label, [anggaran, realisasi, sisa, persen], keterangan) for Tabel 3.2."""
    rows: list[tuple[str, str, list[str], str]] = []
    total_a = total_r = 0

    def figures(label: str, a: int, r: int) -> list[str]:
        out = [rupiah(a), rupiah(r), rupiah(a - r), percent(r, a)]
        for k, key in enumerate(("anggaran", "realisasi", "sisa", "persen")):
            out[k] = PLANTED.get((label, key), out[k])
        return out

    for program, kegiatan in TREE:
        pa = sum(a for _, subs in kegiatan for _, a, _ in subs)
        pr = sum(r for _, subs in kegiatan for _, _, r in subs)
        total_a, total_r = total_a + pa, total_r + pr
        rows.append(("program", program, figures(program, pa, pr), ""))
        for name, subs in kegiatan:
            ka, kr = sum(a for _, a, _ in subs), sum(r for _, _, r in subs)
            rows.append(("kegiatan", name, figures(name, ka, kr), ""))
            for sub, a, r in subs:
                rows.append(("sub", sub, figures(sub, a, r), NOTES.get(sub, "")))
    rows.append(("total", "JUMLAH", figures("JUMLAH", total_a, total_r), ""))
    return rows


# ------------------------------------------------------------------------- DOCX


def _repeat_header(row: object) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)  # type: ignore[attr-defined]


def _text(
    cell: object,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = 9,
    align: str = "left",
) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if k:
            paragraph = cell.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run(line)
        run.bold, run.italic = bold or None, italic or None
        run.font.size = Pt(size)
        if align == "right":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _widths(table: object, widths: list[float]) -> None:
    table.autofit = False  # type: ignore[attr-defined]
    for k, w in enumerate(widths):
        table.columns[k].width = Cm(w)  # type: ignore[attr-defined]
        for cell in table.columns[k].cells:  # type: ignore[attr-defined]
            cell.width = Cm(w)


def caption(document: object, text: str) -> None:
    paragraph = document.add_paragraph(style="Caption")  # type: ignore[attr-defined]
    paragraph.add_run(text)


def target_table(document: object) -> None:
    caption(
        document, "Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2024"
    )
    table = document.add_table(rows=2, cols=6)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    top, sub = table.rows[0].cells, table.rows[1].cells
    for k, label in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja"]):
        _text(top[k], label, bold=True, align="center")
        top[k].merge(sub[k])
    _text(top[3], "Kinerja Tahun 2024", bold=True, align="center")
    top[3].merge(top[5])
    for k, label in enumerate(["Target", "Realisasi", "Capaian (%)"], start=3):
        _text(sub[k], label, bold=True, align="center")
    for row in table.rows:
        _repeat_header(row)
    body = [
        [
            "1",
            "Meningkatnya kualitas pelayanan publik di kecamatan",
            "Indeks Kepuasan Masyarakat",
            "80",
            "84,12",
            "105,15",
        ],
        [
            "2",
            "Meningkatnya akuntabilitas kinerja perangkat daerah",
            "Nilai SAKIP Kecamatan",
            "70",
            "68,5",
            "97,86",
        ],
        [
            "3",
            "Terwujudnya ketenteraman dan ketertiban\nmasyarakat",
            "Persentase kegiatan trantibum yang terlaksana",
            "100%",
            "92,50%",
            "95,20",
        ],
        [
            "",
            "",
            "Persentase desa yang menetapkan APBDes tepat waktu",
            "90%",
            "81,82%",
            "90,91",
        ],
    ]
    for values in body:
        cells = table.add_row().cells
        for k, value in enumerate(values):
            if value:
                _text(cells[k], value, align="right" if k >= 3 else "left")
    last = len(table.rows) - 1
    for k in (0, 1):  # the third sasaran spans its two indicators
        table.cell(last - 1, k).merge(table.cell(last, k))
    _widths(table, [1.0, 4.6, 5.0, 1.8, 1.8, 1.8])


def budget_table(document: object) -> None:
    caption(
        document,
        "Tabel 3.2 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan "
        "Tahun Anggaran 2024",
    )
    table = document.add_table(rows=3, cols=6)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    first, second, numbers = (r.cells for r in table.rows)
    _text(first[0], "Program/Kegiatan/Sub Kegiatan", bold=True, align="center")
    first[0].merge(second[0])
    _text(first[1], "Tahun Anggaran 2024", bold=True, align="center")
    first[1].merge(first[4])
    _text(first[5], "Keterangan", bold=True, align="center")
    first[5].merge(second[5])
    for k, label in enumerate(
        ["Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"], start=1
    ):
        _text(second[k], label, bold=True, align="center")
    for k, label in enumerate(["1", "2", "3", "4=2-3", "5=3/2", "6"]):
        _text(numbers[k], label, align="center", size=8)
    for row in table.rows:
        _repeat_header(row)
    for level, label, figures, note in budget_rows():
        cells = table.add_row().cells
        _text(
            cells[0],
            label,
            bold=level in ("program", "total"),
            italic=level == "sub",
        )
        for k, value in enumerate(figures, start=1):
            _text(cells[k], value, align="right", bold=level == "total")
        if note:
            _text(cells[5], note, size=8)
    _widths(table, [9.0, 3.1, 3.1, 2.8, 1.9, 5.8])


def staff_table(document: object) -> None:
    caption(document, "Tabel 3.3 Jumlah Pegawai menurut Jabatan dan Status Kepegawaian")
    table = document.add_table(rows=2, cols=6)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    top, sub = table.rows[0].cells, table.rows[1].cells
    for k, label in ((0, "No"), (1, "Jabatan"), (5, "Jumlah")):
        _text(top[k], label, bold=True, align="center")
        top[k].merge(sub[k])
    _text(top[2], "Status Kepegawaian", bold=True, align="center")
    top[2].merge(top[4])
    for k, label in enumerate(["PNS", "PPPK", "Honorer"], start=2):
        _text(sub[k], label, bold=True, align="center")
    body = [
        ["1", "Camat", "1", "-", "-", "1"],
        ["2", "Sekretaris Kecamatan", "1", "-", "-", "1"],
        ["3", "Kepala Seksi", "4", "-", "-", "4"],
        ["4", "Pelaksana", "6", "3", "4", "14"],  # 6 + 3 + 4 = 13
        ["", "JUMLAH", "12", "3", "4", "19"],
    ]
    for values in body:
        cells = table.add_row().cells
        for k, value in enumerate(values):
            if value:
                _text(
                    cells[k],
                    value,
                    align="right" if k >= 2 else "left",
                    bold=values[1] == "JUMLAH",
                )
    _widths(table, [1.0, 6.0, 2.0, 2.0, 2.0, 2.0])


def asset_table(document: object) -> None:
    """An asset table the author split by hand: "Tabel 3.4 (lanjutan)" after a break."""
    header = ["No", "Jenis Barang", "Jumlah", "Baik", "Rusak Ringan", "Rusak Berat"]
    parts = [
        [
            ["1", "Meja kerja", "12", "10", "2", "-"],
            ["2", "Kursi kerja", "20", "16", "3", "1"],
            ["3", "Lemari arsip", "6", "5", "1", "-"],
        ],
        [
            ["4", "Komputer PC", "8", "6", "1", "1"],
            ["5", "Laptop", "4", "2", "1", "-"],  # 2 + 1 = 3, not 4
            ["", "JUMLAH", "50", "39", "8", "2"],
        ],
    ]
    for k, rows in enumerate(parts):
        if k:
            document.add_page_break()  # type: ignore[attr-defined]
            caption(document, "Tabel 3.4 (lanjutan)")
        else:
            caption(document, "Tabel 3.4 Sarana dan Prasarana menurut Kondisi Barang")
        table = document.add_table(rows=1, cols=6)  # type: ignore[attr-defined]
        table.style = "Table Grid"
        for j, label in enumerate(header):
            _text(table.rows[0].cells[j], label, bold=True, align="center")
        for values in rows:
            cells = table.add_row().cells
            for j, value in enumerate(values):
                if value:
                    _text(cells[j], value, align="right" if j >= 2 else "left")
        _widths(table, [1.0, 6.0, 2.0, 2.0, 2.5, 2.5])


def _landscape(section: object, landscape: bool) -> None:
    long, short = Cm(29.7), Cm(21.0)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT  # type: ignore[attr-defined]
    section.page_width, section.page_height = (
        (long, short) if landscape else (short, long)
    )  # type: ignore[attr-defined]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))


def to_docx(target: Path) -> None:
    from docx.enum.section import WD_SECTION

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    _landscape(document.sections[0], False)
    header = document.sections[0].header.paragraphs[0]
    header.text = "LKjIP Kecamatan Mekarsari Tahun 2024"
    document.add_heading("LAPORAN KINERJA INSTANSI PEMERINTAH", level=1)
    document.add_paragraph("KECAMATAN MEKARSARI KABUPATEN WANASARI TAHUN 2024")
    document.add_heading("BAB III AKUNTABILITAS KINERJA", level=2)
    document.add_paragraph(
        "Pengukuran kinerja dilakukan dengan membandingkan realisasi setiap indikator "
        "dengan target yang ditetapkan dalam Perjanjian Kinerja Tahun 2024. Capaian "
        "dihitung sebagai realisasi dibagi target."
    )
    target_table(document)
    document.add_paragraph(
        "Capaian indikator persentase kegiatan trantibum yang terlaksana belum mencapai "
        "target karena beberapa laporan masuk pada akhir bulan Desember."
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _landscape(section, True)
    budget_table(document)
    document.add_paragraph(
        "Realisasi anggaran Kecamatan Mekarsari tahun 2024 disajikan per program, "
        "kegiatan dan sub kegiatan pada tabel di atas."
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _landscape(section, False)
    staff_table(document)
    asset_table(document)
    document.add_paragraph("Mekarsari, Jumat tanggal 31 Januari 2025")
    document.add_paragraph("CAMAT MEKARSARI")
    document.add_paragraph("NIP. 19750312 199803 1 004")
    props = document.core_properties
    props.author, props.title = "lkjaudit make_fixtures.py", "LKjIP Mekarsari 2024"
    document.save(str(target))


# ------------------------------------------------------------------------- XLSX


def to_xlsx(target: Path) -> None:
    """The budget table as a planner keeps it: formulas for every derived figure."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Realisasi 2024"
    ws["A1"] = "Tabel 3.2 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:E1")
    ws["A3"], ws["B3"] = "Program/Kegiatan/Sub Kegiatan", "Tahun Anggaran 2024"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:E3")
    for col, label in zip(
        "BCDE",
        ["Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"],
        strict=True,
    ):
        ws[f"{col}4"] = label
    for row in (3, 4):
        for col in "ABCDE":
            ws[f"{col}{row}"].font = Font(bold=True)
            ws[f"{col}{row}"].alignment = Alignment(wrap_text=True, horizontal="center")
    r = 5
    children: dict[int, list[int]] = {}
    parents: list[int] = []
    program_rows: list[int] = []
    for level, label, figures, _ in budget_rows():
        if level == "total":
            break
        ws[f"A{r}"] = label
        ws[f"A{r}"].font = Font(bold=level == "program", italic=level == "sub")
        if level == "program":
            program_rows.append(r)
            parents = [r]
            children[r] = []
        elif level == "kegiatan":
            parents = [*parents[:1], r]
            children[parents[0]].append(r)
            children[r] = []
        else:
            children[parents[-1]].append(r)
        raw_a = figures[0].replace(".", "")
        raw_r = figures[1].replace(".", "")
        if level == "sub":
            ws[f"B{r}"] = int(raw_a)
            # the realisasi mistyped with a letter stays text, as typed
            ws[f"C{r}"] = int(raw_r) if raw_r.isdigit() else figures[1]
        ws[f"D{r}"] = f"=B{r}-C{r}"
        ws[f"E{r}"] = f"=C{r}/B{r}"
        ws[f"B{r}"].number_format = '"Rp "#,##0'
        ws[f"C{r}"].number_format = '"Rp "#,##0'
        ws[f"D{r}"].number_format = '"Rp "#,##0'
        ws[f"E{r}"].number_format = "0.00%"
        r += 1
    for parent, kids in children.items():
        if kids:
            ws[f"B{parent}"] = "=" + "+".join(f"B{k}" for k in kids)
            ws[f"C{parent}"] = "=" + "+".join(f"C{k}" for k in kids)
    ws[f"A{r}"] = "JUMLAH"
    ws[f"A{r}"].font = Font(bold=True)
    for col in "BC":
        ws[f"{col}{r}"] = "=" + "+".join(f"{col}{p}" for p in program_rows)
        ws[f"{col}{r}"].number_format = '"Rp "#,##0'
    ws[f"D{r}"] = f"=B{r}-C{r}"
    ws[f"D{r}"].number_format = '"Rp "#,##0'
    ws[f"E{r}"] = f"=C{r}/B{r}"
    ws[f"E{r}"].number_format = "0.00%"
    # planted in the workbook: a sisa typed over its formula, and a serapan typed as
    # text with its own (wrong) figure
    for row in range(5, r):
        label = ws[f"A{row}"].value
        if label == "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya":
            ws[f"D{row}"] = 808_000
        if label == "Fasilitasi Administrasi Tata Pemerintahan Desa":
            ws[f"E{row}"] = "97,31%"
    ws.column_dimensions["A"].width = 70
    for col in "BCDE":
        ws.column_dimensions[col].width = 18
    notes = workbook.create_sheet("Catatan")
    notes["A1"] = "Catatan penyusunan"
    notes["A1"].font = Font(bold=True)
    notes["A3"] = (
        "Angka realisasi bersumber dari SIPD per 31 Desember 2024 dan telah "
        "direkonsiliasi dengan BPKAD."
    )
    workbook.properties.creator = "lkjaudit make_fixtures.py"
    workbook.save(str(target))


# ----------------------------------------------------------------------- office


def convert(source: Path, to: str, target: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        sys.exit("make_fixtures: LibreOffice (soffice) is needed; use --no-office")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                office,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                f"{tmp}/out",
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        produced = Path(tmp) / "out" / (source.stem + "." + to.split(":")[0])
        shutil.move(str(produced), target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-office", action="store_true", help="skip LibreOffice")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / "mekarsari-2024.docx"
    to_docx(docx)
    raw = OUT / "mekarsari-formulas.xlsx"
    to_xlsx(raw)
    if not args.no_office:
        convert(docx, "pdf", OUT / "mekarsari-2024.pdf")
        convert(raw, "xlsx:Calc MS Excel 2007 XML", OUT / "mekarsari-2024.xlsx")
    print(f"wrote {', '.join(sorted(p.name for p in OUT.glob('mekarsari*')))}")


if __name__ == "__main__":
    main()
