"""Write tests/probes/bpbd-lembahasri-2024.pdf, a made-up BPBD's LKjIP 2024.

A probe nobody here wrote the tool for, drawn with reportlab's platypus the way
an office PDF export looks: a running header (``LKjIP BPBD Kabupaten Lembahasri
Tahun 2024``, ruled under) and a footer (``Halaman 2``) on every page; a
Daftar Isi with dot leaders; ruled tables; an IKU table with its sasaran merged
down; a two-year comparison on a landscape page whose
header is two rows deep (``Tahun 2023`` and ``Tahun 2024`` each over Target /
Realisasi / Capaian); a budget table of programs, kegiatan and sub kegiatan
(official nomenclature names, headed ``Pagu | Realisasi | Sisa | %``) that runs
over a page break with its header repeated; prose quoting figures, one
paragraph running over a page break; a Perjanjian Kinerja attached. Every
figure is computed here; the planted errors are written over the right ones
and are listed in tests/test_probe_lembahasri.py.

reportlab is no dependency of lkjaudit. The PDF is the same, byte for byte, on
every run (reportlab's invariant mode). Run from the repository root:

    python3.11 -m venv /tmp/venv-probe && /tmp/venv-probe/bin/pip install reportlab
    /tmp/venv-probe/bin/python scripts/make_probe_lembahasri.py
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pdfprobe import styles
from probefigures import pct, rupiah
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path("tests/probes/bpbd-lembahasri-2024.pdf")
RUNNING = "LKjIP BPBD Kabupaten Lembahasri Tahun 2024"

BODY, HEAD, TITLE, CAPTION, NOTE, CELL, CELL_B, CELL_H = styles(
    body_leading=13,
    head_before=6,
    title_size=13,
    title_leading=17,
    cell_size=8,
    cell_leading=9.5,
)


def dec(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


# ---- the budget: (code, name, pagu, realisasi) per sub kegiatan -------------
PENUNJANG = "1.05.01"
BENCANA = "1.05.03"
TREE: list[tuple[str, str, list[tuple[str, str, list[tuple[str, str, int, int]]]]]] = [
    (
        PENUNJANG,
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        [
            (
                "1.05.01.2.01",
                "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                [
                    ("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah")
                    + (14_500_000, 14_212_000),
                    (
                        "0006",
                        "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan "
                        "Ikhtisar Realisasi Kinerja SKPD",
                        9_750_000,
                        9_605_500,
                    ),
                    ("0007", "Evaluasi Kinerja Perangkat Daerah", 7_200_000, 6_984_000),
                ],
            ),
            (
                "1.05.01.2.02",
                "Administrasi Keuangan Perangkat Daerah",
                [
                    ("0001", "Penyediaan Gaji dan Tunjangan ASN")
                    + (3_412_650_000, 3_301_884_720),
                    (
                        "0002",
                        "Penyediaan Administrasi Pelaksanaan Tugas ASN",
                        126_000_000,
                        121_560_000,
                    ),
                ],
            ),
            (
                "1.05.01.2.06",
                "Administrasi Umum Perangkat Daerah",
                [
                    ("0002", "Penyediaan Peralatan dan Perlengkapan Kantor")
                    + (48_300_000, 46_872_400),
                    (
                        "0004",
                        "Penyediaan Bahan Logistik Kantor",
                        31_600_000,
                        30_914_250,
                    ),
                    ("0005", "Penyediaan Barang Cetakan dan Penggandaan")
                    + (18_450_000, 17_689_300),
                    ("0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD")
                    + (52_800_000, 49_716_000),
                ],
            ),
            (
                "1.05.01.2.08",
                "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
                [
                    ("0001", "Penyediaan Jasa Surat Menyurat", 6_000_000, 5_850_000),
                    ("0004", "Penyediaan Jasa Pelayanan Umum Kantor")
                    + (187_200_000, 184_320_000),
                ],
            ),
        ],
    ),
    (
        BENCANA,
        "PROGRAM PENANGGULANGAN BENCANA",
        [
            (
                "1.05.03.2.01",
                "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
                [
                    ("0001", "Penyusunan Kajian Risiko Bencana Kabupaten/Kota")
                    + (185_000_000, 178_450_000),
                    (
                        "0002",
                        "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan "
                        "Bencana Kabupaten/Kota (Per Jenis Bencana)",
                        96_400_000,
                        93_982_000,
                    ),
                ],
            ),
            (
                "1.05.03.2.02",
                "Pelayanan Pencegahan dan Kesiapsiagaan Terhadap Bencana",
                [
                    ("0002", "Pelatihan Pencegahan dan Mitigasi Bencana Kabupaten/Kota")
                    + (124_500_000, 119_770_000),
                    (
                        "0004",
                        "Penyediaan Peralatan Perlindungan dan Kesiapsiagaan "
                        "terhadap Bencana",
                        412_750_000,
                        398_206_500,
                    ),
                    (
                        "0008",
                        "Pengembangan Kapasitas Tim Reaksi Cepat (TRC) Bencana "
                        "Kabupaten/Kota",
                        88_600_000,
                        86_114_200,
                    ),
                    ("0010", "Gladi Kesiapsiagaan Terhadap Bencana")
                    + (64_250_000, 61_037_500),
                ],
            ),
            (
                "1.05.03.2.03",
                "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
                [
                    ("0002", "Respon Cepat Darurat Bencana Kabupaten/Kota")
                    + (356_000_000, 341_760_000),
                    (
                        "0003",
                        "Pencarian, Pertolongan dan Evakuasi Korban Bencana "
                        "Kabupaten/Kota",
                        142_300_000,
                        137_892_650,
                    ),
                    (
                        "0004",
                        "Penyediaan Logistik Penyelamatan dan Evakuasi Korban "
                        "Bencana Kabupaten/Kota",
                        275_800_000,
                        268_348_400,
                    ),
                ],
            ),
        ],
    ),
]


def budget_rows() -> list[list[str]]:
    """Code, name, pagu, realisasi, sisa, % per row; the JUMLAH row last."""
    rows: list[list[str]] = []
    total_p = total_r = 0

    def row(code: str, name: str, p: int, r: int) -> list[str]:
        return [code, name, rupiah(p), rupiah(r), rupiah(p - r), pct(r, p)]

    for pcode, pname, kegiatans in TREE:
        prog_at = len(rows)
        rows.append([])
        prog_p = prog_r = 0
        for kcode, kname, subs in kegiatans:
            keg_p = sum(s[2] for s in subs)
            keg_r = sum(s[3] for s in subs)
            rows.append(row(kcode, kname, keg_p, keg_r))
            for scode, sname, p, r in subs:
                rows.append(row(f"{kcode}.{scode}", sname, p, r))
            prog_p += keg_p
            prog_r += keg_r
        rows[prog_at] = row(pcode, pname, prog_p, prog_r)
        total_p += prog_p
        total_r += prog_r
    rows.append(row("", "JUMLAH", total_p, total_r))
    return rows


BUDGET = budget_rows()


def find(code: str) -> list[str]:
    return next(r for r in BUDGET if r[0] == code)


# ---- the indicators: (sasaran, indikator, satuan, target, realisasi) ---------
IKU = [
    (
        "Meningkatnya ketangguhan masyarakat menghadapi bencana",
        "Persentase desa tangguh bencana",
        "%",
        "40",
        "37,5",
    ),
    (
        "",
        "Persentase masyarakat di kawasan rawan bencana yang mendapat "
        "sosialisasi pencegahan dan kesiapsiagaan",
        "%",
        "75",
        "78,40",
    ),
    (
        "Meningkatnya kecepatan penanganan darurat bencana",
        "Persentase korban bencana yang ditangani dalam 24 jam",
        "%",
        "95",
        "96,8",
    ),
    ("", "Indeks Risiko Bencana (IRB)", "indeks", "128,5", "131,2"),
    (
        "Meningkatnya akuntabilitas kinerja BPBD",
        "Nilai SAKIP BPBD",
        "nilai",
        "70",
        "71,45",
    ),
]
LOWER_BETTER = {"Indeks Risiko Bencana (IRB)"}


def capaian(ind: str, target: str, real: str) -> str:
    if ind in LOWER_BETTER:
        return pct(dec(target), dec(real))
    return pct(dec(real), dec(target))


# last year's targets and realisations, for the comparison
IKU_2023 = {
    "Persentase desa tangguh bencana": ("35", "32,5"),
    "Persentase masyarakat di kawasan rawan bencana yang mendapat "
    "sosialisasi pencegahan dan kesiapsiagaan": ("70", "71,25"),
    "Persentase korban bencana yang ditangani dalam 24 jam": ("95", "93,6"),
    "Indeks Risiko Bencana (IRB)": ("132,0", "133,4"),
    "Nilai SAKIP BPBD": ("68", "68,12"),
}


def ruled(data: list[list[object]], widths: list[float], header_rows: int) -> Table:
    table = Table(data, colWidths=widths, repeatRows=header_rows)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.lightgrey),
                ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                ("ALIGN", (2, header_rows), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def h(text: str) -> Paragraph:
    return Paragraph(text, CELL_H)


def c(text: str, bold: bool = False) -> Paragraph:
    return Paragraph(text, CELL_B if bold else CELL)


def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """The running header, ruled under, and the footer with the page number."""
    width, height = canvas._pagesize  # the page's own size, turned or not
    canvas.saveState()
    canvas.setFont("Helvetica-Oblique", 8.5)
    canvas.drawRightString(width - 2 * cm, height - 1.3 * cm, RUNNING)
    canvas.setLineWidth(0.6)
    canvas.line(2 * cm, height - 1.45 * cm, width - 2 * cm, height - 1.45 * cm)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawCentredString(width / 2, 1.1 * cm, f"Halaman {doc.page}")
    canvas.restoreState()


def iku_table(planted: dict[int, str]) -> Table:
    data: list[list[object]] = [
        [h(t) for t in ("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan")]
        + [h("Target"), h("Realisasi"), h("Capaian (%)")]
    ]
    number = 0
    for i, (sas, ind, sat, tgt, real) in enumerate(IKU):
        if sas:
            number += 1
        cap = planted.get(i, capaian(ind, tgt, real))
        data.append([str(number) if sas else "", c(sas), c(ind), sat, tgt, real, cap])
    table = ruled(
        data, [0.9 * cm, 4.2 * cm, 5.4 * cm, 1.4 * cm, 1.4 * cm, 1.6 * cm, 1.7 * cm], 1
    )
    # a sasaran's cell merged down over its indicators
    spans = []
    for i, (sas, *_rest) in enumerate(IKU):
        if sas:
            end = i
            while end + 1 < len(IKU) and not IKU[end + 1][0]:
                end += 1
            if end > i:
                spans += [
                    ("SPAN", (0, i + 1), (0, end + 1)),
                    ("SPAN", (1, i + 1), (1, end + 1)),
                ]
    table.setStyle(TableStyle(spans + [("ALIGN", (3, 1), (3, -1), "CENTER")]))
    return table


def comparison_table(planted: dict[tuple[int, int], str]) -> Table:
    top = [h("No"), h("Indikator Kinerja"), h("Satuan"), h("Tahun 2023"), "", ""]
    top += [h("Tahun 2024"), "", "", h("Kenaikan / Penurunan Capaian")]
    sub = ["", "", "", h("Target"), h("Realisasi"), h("Capaian (%)")]
    sub += [h("Target"), h("Realisasi"), h("Capaian (%)"), ""]
    data: list[list[object]] = [top, sub]
    for i, (_sas, ind, sat, tgt, real) in enumerate(IKU):
        t23, r23 = IKU_2023[ind]
        c23 = capaian(ind, t23, r23)
        c24 = capaian(ind, tgt, real)
        cells = [str(i + 1), c(ind), sat, t23, r23, c23, tgt, real, c24]
        cells.append(str(dec(c24) - dec(c23)).replace(".", ","))
        for (row, col), text in planted.items():
            if row == i:
                cells[col] = text
        data.append(cells)
    widths = [0.9 * cm, 7.6 * cm, 1.5 * cm] + [1.9 * cm] * 6 + [3.0 * cm]
    table = ruled(data, widths, 2)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (3, 0), (5, 0)),
                ("SPAN", (6, 0), (8, 0)),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (2, 1)),
                ("SPAN", (9, 0), (9, 1)),
                ("ALIGN", (2, 2), (2, -1), "CENTER"),
            ]
        )
    )
    return table


def budget_table(planted: dict[tuple[str, int], str]) -> Table:
    data: list[list[object]] = [
        [h("Kode"), h("Program / Kegiatan / Sub Kegiatan"), h("Pagu (Rp)")]
        + [h("Realisasi (Rp)"), h("Sisa (Rp)"), h("%")]
    ]
    styles = []
    for n, (code, name, *figures) in enumerate(BUDGET, start=1):
        figures = [
            planted.get((code or name, k), f) for k, f in enumerate(figures, start=2)
        ]
        bold = code.count(".") <= 2
        data.append([c(code, bold), c(name, bold)] + figures)
        if bold:
            styles.append(("FONT", (2, n), (-1, n), "Helvetica-Bold", 8))
    table = ruled(data, [2.9 * cm, 6.0 * cm, 2.5 * cm, 2.5 * cm, 2.1 * cm, 1.1 * cm], 1)
    table.setStyle(TableStyle(styles))
    return table


def pk_table() -> Table:
    data: list[list[object]] = [[h("No"), h("Program"), h("Anggaran (Rp)")]]
    programs = [r for r in BUDGET if r[0] in (PENUNJANG, BENCANA)]
    for n, row in enumerate(programs, start=1):
        data.append([str(n), c(row[1]), row[2]])
    data.append(["", c("JUMLAH", True), BUDGET[-1][2]])
    return ruled(data, [1 * cm, 10 * cm, 4 * cm], 1)


def kinds_rows() -> list[list[str]]:
    """Spending by kind: No, kind, pagu, realisasi, sisa, %; JUMLAH last (as Tabel 3.3)."""
    total_r = sum(s[3] for _p, _n, ks in TREE for _k, _kn, subs in ks for s in subs)
    total_p = sum(s[2] for _p, _n, ks in TREE for _k, _kn, subs in ks for s in subs)
    pegawai = (3_412_650_000, 3_301_884_720)
    modal = (468_900_000, 452_318_000)
    barang = (total_p - pegawai[0] - modal[0], total_r - pegawai[1] - modal[1])
    rows = []
    for n, (name, (p, r)) in enumerate(
        [("Belanja Pegawai", pegawai), ("Belanja Barang dan Jasa", barang)]
        + [("Belanja Modal", modal)],
        start=1,
    ):
        rows.append([str(n), name, rupiah(p), rupiah(r), rupiah(p - r), pct(r, p)])
    rows.append(["", "JUMLAH", rupiah(total_p), rupiah(total_r)])
    rows[-1] += [rupiah(total_p - total_r), pct(total_r, total_p)]
    return rows


def kinds_table(rows: list[list[str]]) -> Table:
    data: list[list[object]] = [
        [h("No"), h("Jenis Belanja"), h("Pagu (Rp)"), h("Realisasi (Rp)")]
        + [h("Sisa (Rp)"), h("%")]
    ]
    data += [list(r) for r in rows]
    return ruled(data, [1 * cm, 5 * cm, 3 * cm, 3 * cm, 2.5 * cm, 1.5 * cm], 1)


FILLER = (
    "Upaya yang dilakukan untuk meningkatkan kinerja pada tahun 2025 antara lain "
    "mempercepat pembentukan desa tangguh bencana di kecamatan rawan banjir dan "
    "tanah longsor, memperluas sosialisasi pencegahan dan kesiapsiagaan melalui "
    "sekolah dan tempat ibadah, serta memperkuat pos komando kecamatan dengan "
    "peralatan komunikasi. Selain itu, pelatihan Tim Reaksi Cepat akan dijadwalkan "
    "sebelum musim hujan agar kesiapan personel dan peralatan dapat diuji lebih awal "
    "melalui gladi lapang di kecamatan yang paling sering dilanda banjir."
)

FILLER_2 = (
    "Efisiensi penggunaan sumber daya dicapai terutama melalui pengadaan peralatan "
    "secara katalog elektronik, penggunaan ruang rapat milik pemerintah daerah untuk "
    "kegiatan koordinasi, serta pelibatan relawan dan forum pengurangan risiko "
    "bencana dalam sosialisasi di desa. Penghematan tersebut tidak mengurangi "
    "keluaran kegiatan: seluruh paket pelatihan, gladi dan sosialisasi yang "
    "direncanakan tetap terlaksana sesuai jadwal, dan peralatan yang diadakan telah "
    "didistribusikan ke pos komando kecamatan sebelum musim hujan. Pemeliharaan "
    "peralatan dilakukan secara berkala oleh petugas gudang logistik, sehingga umur "
    "pakai peralatan lebih panjang dan kebutuhan pengadaan ulang dapat ditekan."
)
FILLER_3 = (
    "Kendala yang dihadapi selama tahun 2024 meliputi keterbatasan jumlah personel "
    "Tim Reaksi Cepat yang bersertifikat, luasnya wilayah rawan bencana yang harus "
    "dijangkau dari satu markas komando, serta belum terintegrasinya data kejadian "
    "bencana antara BPBD, dinas sosial dan dinas kesehatan. Untuk mengatasinya, BPBD "
    "mengusulkan penambahan pos komando di wilayah selatan dan menyusun prosedur "
    "berbagi data kejadian bencana dengan perangkat daerah terkait. Sertifikasi "
    "personel Tim Reaksi Cepat juga diusulkan melalui kerja sama dengan lembaga "
    "pelatihan kebencanaan tingkat provinsi pada tahun anggaran berikutnya."
)


# the Daftar Isi: each heading and the page it is on, dot leaders between
CONTENTS = [
    ("BAB I PENDAHULUAN", 2),
    ("BAB II PERENCANAAN KINERJA", 2),
    ("BAB III AKUNTABILITAS KINERJA", 2),
    ("3.1 Capaian Kinerja Organisasi", 2),
    ("3.2 Realisasi Anggaran", 4),
    ("BAB IV PENUTUP", 6),
    ("LAMPIRAN PERJANJIAN KINERJA", 7),
]


def contents() -> Table:
    width = 15 * cm
    rows = []
    for title, page in CONTENTS:
        dots = "."
        while stringWidth(f"{title} {dots}.", "Helvetica", 10) < width - 1.2 * cm:
            dots += "."
        rows.append([f"{title} {dots}", str(page)])
    table = Table(rows, colWidths=[width - 1 * cm, 1 * cm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def para(text: str) -> Paragraph:
    return Paragraph(text, BODY)


def story() -> list[object]:
    s: list[object] = []
    total = BUDGET[-1]
    bencana = find(BENCANA)
    penunjang = find(PENUNJANG)
    logistik = find("1.05.03.2.03.0004")
    kie = find("1.05.03.2.01.0002")
    s += [
        Paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", TITLE),
        Paragraph("BADAN PENANGGULANGAN BENCANA DAERAH", TITLE),
        Paragraph("KABUPATEN LEMBAHASRI TAHUN 2024", TITLE),
        Spacer(1, 10),
        Paragraph("KATA PENGANTAR", HEAD),
        para(
            "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, sehingga Laporan "
            "Kinerja Instansi Pemerintah BPBD Kabupaten Lembahasri Tahun 2024 dapat "
            "diselesaikan. Laporan ini menyajikan capaian kinerja dan realisasi anggaran "
            "BPBD selama tahun 2024 sebagai bahan evaluasi dan perbaikan kinerja."
        ),
        Paragraph("DAFTAR ISI", HEAD),
        contents(),
        PageBreak(),
        Paragraph("BAB I PENDAHULUAN", HEAD),
        para(
            "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembahasri dibentuk "
            "untuk menyelenggarakan urusan penanggulangan bencana pada tahap prabencana, "
            "saat tanggap darurat dan pascabencana. Wilayah Kabupaten Lembahasri terdiri "
            "atas 14 kecamatan dan 168 desa, 96 desa di antaranya berada di kawasan rawan "
            "banjir, tanah longsor dan erupsi gunung api."
        ),
        Spacer(1, 4),
        para(
            "Laporan Kinerja Instansi Pemerintah ini disusun sebagai bentuk "
            "pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun 2024 yang "
            "ditandatangani Kepala Pelaksana BPBD pada hari Rabu tanggal 31 Januari 2024."
        ),
        Paragraph("BAB II PERENCANAAN KINERJA", HEAD),
        para(
            "Sasaran strategis BPBD dalam Renstra 2021-2026 adalah meningkatnya "
            "ketangguhan masyarakat menghadapi bencana, meningkatnya kecepatan penanganan "
            "darurat bencana dan meningkatnya akuntabilitas kinerja BPBD, yang diukur "
            "dengan lima indikator kinerja utama."
        ),
        Paragraph("BAB III AKUNTABILITAS KINERJA", HEAD),
        Paragraph("3.1 Capaian Kinerja Organisasi", HEAD),
        para(
            "Capaian indikator kinerja utama BPBD Kabupaten Lembahasri tahun 2024 "
            "disajikan pada tabel berikut."
        ),
        Paragraph("Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024", CAPTION),
        Spacer(1, 3),
        # planted: Nilai SAKIP 71,45 / 70 = 102,07, printed 102,70
        iku_table({4: "102,70"}),
        Paragraph("Sumber: Hasil pengukuran kinerja BPBD, diolah", NOTE),
        Spacer(1, 6),
    ]
    desa = IKU[0]
    sos = IKU[1]
    korban = IKU[2]
    irb = IKU[3]
    s += [
        para(
            f"Persentase desa tangguh bencana baru mencapai {desa[4]}% dari target "
            f"{desa[3]}% atau capaian {capaian(desa[1], desa[3], desa[4])}%, karena "
            "pembentukan lima desa tangguh bencana baru tertunda ke tahun 2025. "
            # planted: the table's capaian is 104,53
            f"Persentase masyarakat di kawasan rawan bencana yang mendapat sosialisasi "
            f"pencegahan dan kesiapsiagaan mencapai {sos[4]}% dengan capaian 105,43%."
        ),
        Spacer(1, 4),
        para(
            f"Persentase korban bencana yang ditangani dalam 24 jam sebesar {korban[4]}% "
            f"dari target {korban[3]}%, sehingga capaiannya "
            f"{capaian(korban[1], korban[3], korban[4])}%. Indeks Risiko Bencana turun "
            f"menjadi {irb[4]} dari target {irb[3]}; karena indeks yang lebih rendah lebih "
            f"baik, capaiannya {capaian(irb[1], irb[3], irb[4])}%."
        ),
        Spacer(1, 4),
        para(
            "Dibandingkan dengan tahun 2023, capaian seluruh indikator tahun 2024 "
            "disajikan pada Tabel 3.2. Simulasi kesiapsiagaan tingkat kabupaten digelar "
            "pada hari Sabtu tanggal 31 Juni 2024 di Kecamatan Sukajadi."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        Paragraph(
            "Tabel 3.2 Perbandingan Capaian Kinerja Tahun 2023 dan Tahun 2024", CAPTION
        ),
        Spacer(1, 3),
        # planted: 93,6 / 95 = 98,53 printed 95,83 (2023's capaian of a row); and
        # the realisasi 2024 of desa tangguh copied as 35,7 (Tabel 3.1: 37,5)
        comparison_table({(2, 5): "95,83", (0, 7): "35,7"}),
        Spacer(1, 6),
        para(
            "Capaian indikator persentase korban bencana yang ditangani dalam 24 jam naik "
            "dari tahun 2023 karena pos komando kecamatan mulai beroperasi penuh, "
            "sedangkan Nilai SAKIP BPBD naik dari 68,12 menjadi 71,45."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        Paragraph("3.2 Realisasi Anggaran", HEAD),
        para(
            "Pelaksanaan program dan kegiatan BPBD Kabupaten Lembahasri tahun 2024 "
            "didukung oleh Anggaran Pendapatan dan Belanja Daerah. Selama tahun 2024 "
            "terjadi 37 kejadian bencana, terdiri atas 19 kejadian banjir, 11 kejadian "
            "tanah longsor, 5 kejadian angin puting beliung dan 2 kejadian kebakaran "
            "hutan dan lahan, yang seluruhnya ditangani oleh Tim Reaksi Cepat bersama "
            "relawan dan instansi terkait."
        ),
        Spacer(1, 4),
        para(
            "Penanganan darurat bencana dibiayai dari sub kegiatan respon cepat darurat "
            "bencana serta sub kegiatan pencarian, pertolongan dan evakuasi korban "
            "bencana. Kebutuhan logistik pengungsi pada banjir bulan Februari dipenuhi "
            "dari persediaan gudang logistik BPBD dan bantuan pemerintah provinsi, "
            "sehingga tidak diperlukan pergeseran anggaran dari belanja tidak terduga. "
            "Peralatan kesiapsiagaan yang diadakan meliputi perahu karet, tenda "
            "pengungsi, genset dan peralatan komunikasi radio untuk pos komando."
        ),
        Spacer(1, 4),
        para(
            "Realisasi anggaran BPBD Kabupaten Lembahasri tahun 2024 dirinci menurut "
            "program, kegiatan dan sub kegiatan sebagaimana tabel berikut."
        ),
        Paragraph(
            "Tabel 3.3 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan "
            "Tahun 2024",
            CAPTION,
        ),
        Spacer(1, 3),
    ]
    # planted, on the budget table:
    adm = find("1.05.01.2.06")
    kaj = find("1.05.03.2.01.0001")
    trc = find("1.05.03.2.02.0008")
    gladi = find("1.05.03.2.02.0010")
    planted = {
        # a kegiatan's pagu 1.000.000 above its sub kegiatan (sisa and % as if right)
        ("1.05.01.2.06", 2): rupiah(int(adm[2].replace(".", "")) + 1_000_000),
        # 185.000.000 − 178.450.000 = 6.550.000, printed 6.505.000
        ("1.05.03.2.01.0001", 4): "6.505.000",
        # the % of TRC, two digits swapped
        ("1.05.03.2.02.0008", 5): trc[5][:-2] + trc[5][-1] + trc[5][-2],
        # a dot lost in gladi's realisasi
        ("1.05.03.2.02.0010", 3): gladi[3][:-4] + gladi[3][-3:],
        # JUMLAH's realisasi 10.000.000 short
        ("JUMLAH", 3): rupiah(int(total[3].replace(".", "")) - 10_000_000),
    }
    assert kaj[4] == "6.550.000", kaj
    s += [budget_table(planted), Paragraph("Sumber: SIPD, diolah", NOTE), Spacer(1, 6)]
    s += [
        para(
            f"Dari pagu anggaran sebesar Rp {total[2]}, terealisasi sebesar Rp "
            f"{total[3]} atau {total[5]}%. Program Penanggulangan Bencana dengan pagu "
            f"Rp {bencana[2]} terealisasi Rp {bencana[3]} ({bencana[5]}%), sedangkan "
            f"Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota terealisasi "
            f"{penunjang[5]}%."
        ),
        Spacer(1, 4),
    ]
    long_para = (
        "Sisa anggaran terutama berasal dari efisiensi pengadaan barang dan jasa serta "
        "dari belanja pegawai yang tidak terserap karena adanya pegawai yang pensiun "
        "dan mutasi selama tahun berjalan. Pada kegiatan pelayanan penyelamatan dan "
        "evakuasi korban bencana, penyediaan logistik penyelamatan dan evakuasi korban "
        "bencana terealisasi sebesar Rp "
        f"{logistik[3]} atau {logistik[5]}% dari pagunya, karena sebagian logistik "
        "disediakan melalui bantuan Badan Nasional Penanggulangan Bencana dan Dinas "
        "Sosial Provinsi pada saat tanggap darurat banjir bulan Februari dan tanah "
        "longsor yang melanda tiga kecamatan pada bulan November 2024. Sosialisasi, komunikasi, informasi dan edukasi "
        "rawan bencana per jenis bencana dilaksanakan di 42 desa dengan realisasi "
        # planted: the table prints 93.982.000
        "anggaran sebesar Rp 93.928.000 atau "
        f"{kie[5]}% dari pagu, dan seluruh materi edukasi telah disusun bersama "
        "relawan desa tangguh bencana serta forum pengurangan risiko bencana."
    )
    kinds = kinds_rows()
    s += [
        para(
            "Menurut jenis belanja, realisasi anggaran tahun 2024 disajikan pada tabel "
            "berikut."
        ),
        Paragraph(
            "Tabel 3.4 Realisasi Anggaran menurut Jenis Belanja Tahun 2024", CAPTION
        ),
        Spacer(1, 3),
        kinds_table(kinds),
        Spacer(1, 6),
        para(
            f"Belanja pegawai menyerap Rp {kinds[0][3]} atau {kinds[0][5]}% dari pagunya. "
            f"Belanja modal untuk pengadaan peralatan kesiapsiagaan terealisasi "
            f"{kinds[2][5]}%, karena harga perahu karet dan genset hasil pengadaan lebih "
            "rendah dari harga perkiraan sendiri. Belanja barang dan jasa terealisasi "
            f"Rp {kinds[1][3]}, terutama untuk operasional Tim Reaksi Cepat, pos komando "
            "dan gudang logistik selama masa tanggap darurat."
        ),
        Spacer(1, 4),
        para(FILLER),
        Spacer(1, 4),
        para(FILLER_2),
        Spacer(1, 4),
        para(FILLER_3),
        Spacer(1, 4),
    ]
    s += [para(long_para), Spacer(1, 4)]
    s += [
        Paragraph("BAB IV PENUTUP", HEAD),
        para(
            "Secara umum kinerja BPBD Kabupaten Lembahasri tahun 2024 baik: empat dari "
            "lima indikator kinerja utama mencapai atau melampaui target. Ke depan, "
            "pembentukan desa tangguh bencana akan dipercepat."
        ),
        Spacer(1, 10),
        para("Lembahasri, 14 Februari 2025"),
        para("KEPALA PELAKSANA BPBD KABUPATEN LEMBAHASRI"),
        Spacer(1, 24),
        para("Ir. BAMBANG SUTRISNO, M.T."),
        # planted: born 1969-13-05, a month that does not exist
        para("NIP. 196913051996031004"),
        PageBreak(),
        Paragraph("LAMPIRAN PERJANJIAN KINERJA", HEAD),
        para(
            "Perjanjian Kinerja Tahun 2024 Kepala Pelaksana BPBD Kabupaten Lembahasri "
            "memuat program dan anggaran berikut."
        ),
        Paragraph(
            "Tabel Lampiran 1 Program dan Anggaran Perjanjian Kinerja 2024", CAPTION
        ),
        Spacer(1, 3),
        pk_table(),
    ]
    return s


def build() -> None:
    doc = BaseDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=RUNNING,
        author="BPBD Kabupaten Lembahasri",
        invariant=True,  # the same bytes on every run
    )
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates(
        [
            PageTemplate(
                "portrait",
                [Frame(2 * cm, 2 * cm, pw - 4 * cm, ph - 4 * cm, id="p")],
                onPage=decorate,
                pagesize=A4,
            ),
            PageTemplate(
                "landscape",
                [Frame(2 * cm, 2 * cm, lw - 4 * cm, lh - 4 * cm, id="l")],
                onPage=decorate,
                pagesize=landscape(A4),
            ),
        ]
    )
    doc.build(story())


if __name__ == "__main__":
    build()
