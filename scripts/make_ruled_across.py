"""Write the PDF fixtures of tables ruled only across (no vertical lines).

    python3.11 -m venv /tmp/venv-rl && /tmp/venv-rl/bin/pip install reportlab
    /tmp/venv-rl/bin/python scripts/make_ruled_across.py

reportlab is not a dependency of lkjaudit: it is needed only to write these files
again. Each table is laid out by reportlab's platypus (Helvetica 9, a budget name
wrapping onto two or three lines in its column, the figures right-aligned), the
way a Word table with a "horizontal borders only" style prints:

* ``ruled-rows.pdf``: a line above the header and under every row; the sisa of
  its third row is wrong (planted: 1.310.000 for 1.130.000);
* ``booktabs.pdf``: three rules only, above and below the header and under the
  last row, a JUMLAH row (merged across No and the name) last;
* ``booktabs-pages.pdf``: a booktabs table over a page break, the header
  repeated on the second page, a rule closing each page's part;
* ``ruled-rows-notop.pdf``: a line under every row and none above the header,
  an unnumbered bold title just above it;
* ``ruled-rows-once.pdf``: ``ruled-rows-pages.pdf`` with its header printed
  once: the second page opens with a row and no line above it;
* ``ruled-rows-foot.pdf``: the other way round, no line under the first
  page's last row, one over the second page's first row;
* ``booktabs-middle.pdf``: the rows of ``booktabs.pdf`` set in the middle of
  their cells, under a program's name with no figure (a row of words only);
* ``booktabs-open.pdf``: the same with no rule closing the first page's part
  (a LaTeX longtable without a foot): its rows run down to the page's end;
* ``ruled-rows-pages.pdf``: the table of ``ruled-rows.pdf`` (its sisa right)
  with a line under every row, over a page break, the header repeated;
* ``ruled-prose.pdf``: no table at all: paragraphs with a rule between two
  sections, an underlined heading, a key-value list between two rules, and a
  signature block with a line to sign on.

* ``ruled-title.pdf``: a title boxed by two rules over a table drawn without
  any line (read as before, from how its words line up, under its own header).

The PDFs are the same on every run (reportlab's ``invariant`` mode).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    HRFlowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent.parent / "tests" / "readers" / "fixtures"

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
FIGURE = ParagraphStyle("figure", parent=CELL, alignment=TA_RIGHT)
HEAD_FIGURE = ParagraphStyle("headfigure", parent=HEAD, alignment=TA_RIGHT)

HEADER = ["No", "Program/Kegiatan/Sub Kegiatan", "Anggaran (Rp)"]
HEADER += ["Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"]
WIDTHS = [1.0 * cm, 5.6 * cm, 2.9 * cm, 2.9 * cm, 2.5 * cm, 1.9 * cm]

# no, name, anggaran, realisasi, sisa, serapan
ROWS = [
    ["1", "Penyediaan Gaji dan Tunjangan ASN", "2.846.320.000", "2.739.518.400"]
    + ["106.801.600", "96,25"],
    ["2", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "45.600.000"]
    + ["43.250.000", "2.350.000", "94,85"],
    ["3", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "38.400.000"]
    + ["37.270.000", "1.310.000", "97,06"],  # sisa 1.130.000: planted in (a)
    ["4", "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", "24.000.000"]
    + ["23.520.000", "480.000", "98,00"],
    ["5", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "62.500.000"]
    + ["58.940.250", "3.559.750", "94,30"],
]
RIGHT_SISA = "1.130.000"

MORE = [
    ["6", "Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "18.750.000"]
    + ["18.100.000", "650.000", "96,53"],
    ["7", "Pemeliharaan Kendaraan Dinas Operasional atau Lapangan", "55.000.000"]
    + ["52.815.000", "2.185.000", "96,03"],
    ["8", "Pemeliharaan Peralatan dan Mesin Lainnya", "12.600.000"]
    + ["12.150.000", "450.000", "96,43"],
    ["9", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "21.300.000"]
    + ["20.940.000", "360.000", "98,31"],
    ["10", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar"]
    + ["16.800.000", "16.420.000", "380.000", "97,74"],
]

PROGRAM = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"

CAPTION = "Tabel 3.2 Realisasi Anggaran Sub Kegiatan Tahun 2024"
INTRO = (
    "Realisasi anggaran Dinas Kominfo Kabupaten Sukamaju tahun 2024 menurut sub "
    "kegiatan disajikan pada tabel berikut."
)
AFTER = "Sumber: Sub Bagian Keuangan, diolah."


def _rupiah(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _jumlah(rows: list[list[str]]) -> list[str]:
    """The JUMLAH row of ``rows``: each amount's sum, the serapan of the sums."""
    sums = [sum(int(r[k].replace(".", "")) for r in rows) for k in (2, 3, 4)]
    serapan = (Decimal(sums[1]) * 100 / Decimal(sums[0])).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )
    return ["JUMLAH", "", *(_rupiah(v) for v in sums), str(serapan).replace(".", ",")]


def _cells(rows: list[list[str]]) -> list[list[Paragraph]]:
    out = [[Paragraph(t, HEAD if k < 2 else HEAD_FIGURE) for k, t in enumerate(HEADER)]]
    for row in rows:
        text, figure = (HEAD, HEAD_FIGURE) if row[0] == "JUMLAH" else (CELL, FIGURE)
        out.append([Paragraph(t, text if k < 2 else figure) for k, t in enumerate(row)])
    return out


def _table(
    rows: list[list[str]],
    every_row: bool,
    pages: bool = False,
    total: bool = False,
    valign: str = "TOP",
) -> Table:
    if total:
        rows = [*rows, _jumlah(rows)]
    style = [
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
    ]
    if every_row:
        style.append(("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.black))
    if total:  # JUMLAH, in bold, merged across No and the name
        style.append(("SPAN", (0, -1), (1, -1)))
    if pages:
        style.append(
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 1.0, colors.black)
        )
    return Table(_cells(rows), colWidths=WIDTHS, repeatRows=1, style=TableStyle(style))


def _write(name: str, story: list[object]) -> None:
    doc = SimpleDocTemplate(
        str(OUT / name),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=True,
        title=name,
    )
    doc.build(story)  # type: ignore[arg-type]


def _around(table: Table) -> list[object]:
    return [
        Paragraph("BAB III AKUNTABILITAS KINERJA", BOLD),
        Spacer(1, 6),
        Paragraph(INTRO, BODY),
        Spacer(1, 8),
        Paragraph(CAPTION, BOLD),
        Spacer(1, 4),
        table,
        Spacer(1, 4),
        Paragraph(AFTER, BODY),
    ]


def _filler(count: int) -> list[object]:
    text = (
        "Capaian kinerja dinas pada tahun 2024 dipengaruhi oleh pelaksanaan "
        "kegiatan yang tepat waktu serta dukungan anggaran yang memadai dari "
        "pemerintah kabupaten."
    )
    out: list[object] = []
    for _ in range(count):
        out += [Paragraph(text, BODY), Spacer(1, 6)]
    return out


def _prose() -> list[object]:
    para = (
        "Pada tahun 2024 Dinas Kominfo mengelola anggaran sebesar Rp 3.016.820.000 "
        "dengan realisasi Rp 2.902.498.650 atau 96,21 persen. Sisa anggaran sebesar "
        "Rp 114.321.350 dikembalikan ke kas daerah."
    )
    line = HRFlowable(width="100%", thickness=0.8, color=colors.black)
    return [
        Paragraph("<u>BAB IV PENUTUP</u>", BOLD),
        Spacer(1, 8),
        Paragraph(para, BODY),
        Spacer(1, 6),
        Paragraph(para, BODY),
        Spacer(1, 6),
        line,
        Spacer(1, 6),
        Paragraph("Jumlah pegawai: 42 orang, terdiri atas 30 PNS dan 12 PPPK.", BODY),
        Paragraph("Jumlah kegiatan: 12 kegiatan dengan 31 sub kegiatan.", BODY),
        Paragraph("Jumlah aplikasi: 18 aplikasi, 15 di antaranya aktif.", BODY),
        Spacer(1, 6),
        HRFlowable(width="100%", thickness=0.8, color=colors.black),
        Spacer(1, 6),
        Paragraph(para, BODY),
        Spacer(1, 24),
        Paragraph("Sukamaju, 15 Januari 2025", BODY),
        Paragraph("Kepala Dinas Komunikasi dan Informatika", BODY),
        Spacer(1, 40),
        HRFlowable(width=6 * cm, thickness=0.6, color=colors.black, hAlign="LEFT"),
        Paragraph("Drs. BAMBANG SUTRISNO, M.Si", BOLD),
        Paragraph("NIP. 19700512 199803 1 004", BODY),
    ]


def _boxed_title() -> list[object]:
    """A title between two rules over a table drawn without any line."""
    data = [
        ["No", "Jenis Belanja", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        ["1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "96,25"],
        ["2", "Belanja Barang dan Jasa", "170.500.000", "162.980.250", "95,59"],
        ["", "JUMLAH", "3.016.820.000", "2.902.498.650", "96,21"],
    ]
    style = [("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 0), (-1, -1), 9)]
    widths = [1.2 * cm, 5.8 * cm, 3.4 * cm, 3.4 * cm, 2.0 * cm]
    line = HRFlowable(width="100%", thickness=0.8, color=colors.black)
    return [
        line,
        Spacer(1, 4),
        Paragraph("REALISASI ANGGARAN MENURUT JENIS BELANJA", BOLD),
        Spacer(1, 4),
        HRFlowable(width="100%", thickness=0.8, color=colors.black),
        Spacer(1, 6),
        Table(data, colWidths=widths, style=TableStyle(style)),
        Spacer(1, 8),
        Paragraph(INTRO, BODY),
    ]


def main() -> None:
    rows = ROWS
    _write("ruled-rows.pdf", _around(_table(rows, every_row=True)))
    right = [r[:4] + [RIGHT_SISA] + r[5:] if r[0] == "3" else r for r in rows]
    _write("booktabs.pdf", _around(_table(right, every_row=False, total=True)))
    _write(
        "booktabs-pages.pdf",
        _filler(15)
        + _around(_table(right + MORE, every_row=False, pages=True, total=True)),
    )
    under = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    under.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black))
    notop = Table(_cells(right), colWidths=WIDTHS, style=TableStyle(under))
    title = Paragraph("Realisasi Anggaran Sub Kegiatan Tahun 2024", BOLD)
    _write("ruled-rows-notop.pdf", [*_around(notop)[:4], title, Spacer(1, 2), notop])
    # NOTE: drawn as two tables, a page break between: reportlab draws the
    # line under a page's last row again over the next page's first row
    rest = [*right[4:], *MORE, _jumlah(right + MORE)]
    tail = Table(
        _cells(rest)[1:],
        colWidths=WIDTHS,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (0, -1), (1, -1)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
            ]
        ),
    )
    once = [_table(right[:4], every_row=True), PageBreak(), tail]
    story = _filler(15) + _around(once[0])
    _write("ruled-rows-once.pdf", story[:-2] + once[1:] + story[-2:])
    # the other way round: no line under the page's last row, one over the
    # next page's first row
    lines = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    lines.append(("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black))
    lines.append(("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.black))
    head = Table(_cells(right[:4]), colWidths=WIDTHS, style=TableStyle(lines))
    tail.setStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black)])
    story = _filler(15) + _around(head)
    _write("ruled-rows-foot.pdf", story[:-2] + once[1:] + story[-2:])
    heading = ["", PROGRAM, "", "", "", ""]
    _write(
        "booktabs-middle.pdf",
        _around(_table([heading, *right], every_row=False, valign="MIDDLE")),
    )
    _write(
        "booktabs-open.pdf",
        _filler(15)
        + _around(_table(right + MORE, every_row=False, pages=False, total=True)),
    )
    _write(
        "ruled-rows-pages.pdf",
        _filler(15) + _around(_table(right + MORE, every_row=True, total=True)),
    )
    _write("ruled-prose.pdf", _prose())
    _write("ruled-title.pdf", _boxed_title())


if __name__ == "__main__":
    main()
