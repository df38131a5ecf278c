"""The text/Markdown reader and the table analysis it feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.errors import InputError
from lkjaudit.model.report import Cell, ColumnRole, Row, RowKind
from lkjaudit.readers import load_report
from lkjaudit.readers.text import make_cell

from conftest import compact, findings_for, report_from

R = ColumnRole

TAB_TABLE = (
    "Laporan Kinerja\n\nTabel 3.2 Capaian Sasaran Strategis\n\n"
    "No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian\n"
    "1\tMeningkatnya pelayanan\tPersentase layanan\t89%\t70,91%\t79,67%\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    "data",
    [
        TAB_TABLE.encode(),
        b"\xef\xbb\xbf" + TAB_TABLE.encode(),  # UTF-8 with BOM
        TAB_TABLE.replace("\n", "\r\n").encode(),  # CRLF
        TAB_TABLE.rstrip("\n").encode(),  # last line without newline
    ],
    ids=["utf8", "bom", "crlf", "no-final-newline"],
)
def test_encodings_and_line_endings_read_the_same(tmp_path: Path, data: bytes) -> None:
    report = load_report(_write(tmp_path, "r.txt", data))
    table = report.tables[0]
    assert table.id == "tabel-3.2"
    assert table.line_start == 5 and table.line_end == 6
    assert table.value(table.row(1), table.column(R.CAPAIAN)).raw == "79,67%"
    assert table.cell(table.row(1), table.column(R.CAPAIAN)).line == 6


def test_markdown_pipe_table_with_caption_in_bold() -> None:
    report = report_from(
        "# LKjIP\n\n**Tabel 5. Realisasi Anggaran**\n\n"
        "| Uraian | Pagu | Realisasi | Sisa |\n|---|--:|--:|--:|\n"
        "| Penyediaan Jasa Surat Menyurat | Rp 1.800.000 | Rp 900.000 | Rp 900.000 |\n",
        "x.md",
    )
    table = report.tables[0]
    assert (table.id, table.label, table.number) == ("tabel-5", "Tabel 5", "5")
    assert [c.role for c in table.columns] == [
        R.URAIAN,
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.SISA,
    ]


def test_table_without_caption_gets_an_ordinal_id() -> None:
    report = report_from(
        "Laporan Kinerja\n\nNo.\tProgram\tAnggaran\n1\tProgram A\tRp. 1.000.000\n"
    )
    assert report.tables[0].id == "tabel-ke-1"
    assert report.tables[0].caption is None


def test_bold_title_is_a_caption() -> None:
    report = report_from(
        "**PENGUKURAN KINERJA KEGIATAN\nTAHUN ANGGARAN 2024**\n\n"
        "Program\tIndikator\tTarget\tAnggaran\n"
        "PROGRAM A\tPersentase x\t100 %\t1.000.000\n"
    )
    assert report.tables[0].caption == "PENGUKURAN KINERJA KEGIATAN TAHUN ANGGARAN 2024"
    assert report.tables[0].id == "pengukuran-kinerja-kegiatan-tahun-anggaran"


_BELANJA = (
    "Uraian\tAnggaran (Rp)\tRealisasi (Rp)\nBelanja Pegawai\t2.875.400\t2.790.115\n"
)


@pytest.mark.parametrize(
    ("above", "caption", "table_id"),
    [
        # a plain title line, neither numbered nor bold: the table's caption
        (
            "Realisasi Anggaran menurut Jenis Belanja Tahun 2023",
            "Realisasi Anggaran menurut Jenis Belanja Tahun 2023",
            "realisasi-anggaran-menurut-jenis-belanja",
        ),
        # a lead-in sentence is not a caption
        ("Realisasi anggaran per jenis belanja sebagai berikut:", None, "tabel-ke-1"),
        ("Rincian realisasi anggaran dapat dilihat pada tabel.", None, "tabel-ke-1"),
        # a paragraph of several lines is prose
        ("Realisasi anggaran menurut\njenis belanja tahun ini", None, "tabel-ke-1"),
        # two words are too few to name a table
        ("Jenis Belanja", None, "tabel-ke-1"),
        # a photo caption or a sentence without its full stop names no table
        ("Rapat koordinasi hari Jumat tanggal 28 Juni 2024", None, "tabel-ke-1"),
        # a heading opens a section; the table stands under it, uncaptioned
        ("3.2 REALISASI ANGGARAN", None, "tabel-ke-1"),
    ],
)
def test_a_plain_title_line_above_a_table_is_its_caption(
    above: str, caption: str | None, table_id: str
) -> None:
    table = report_from(f"Laporan Kinerja\n\n{above}\n\n{_BELANJA}").tables[0]
    assert (table.caption, table.id) == (caption, table_id)
    assert table.caption_line == (3 if caption else None)


def test_header_repeated_after_page_break_continues_the_table() -> None:
    text = (
        "Tabel 3.9 Aset\n\n"
        "No\tNama Barang\tJumlah\n1\tMeja\t2\n2\tKursi\t4\n\n"
        "No\tNama Barang\tJumlah\n3\tLemari\t1\n"
    )
    table = report_from(text).tables[0]
    assert [r.cells[1].text for r in table.rows] == ["Meja", "Kursi", "Lemari"]
    assert table.repeated_headers == [7]


def test_a_new_header_after_a_blank_line_starts_a_new_table() -> None:
    text = (
        "Laporan Kinerja\n\n"
        "NO\tSASARAN STRATEGIS\tINDIKATOR\tTARGET\n1\tSasaran A\tPersentase A\t89%\n"
        " \n"
        "No.\tProgram\tAnggaran\tKeterangan\n1\tProgram A\tRp. 1.000.000\tDAU/APBD\n"
    )
    assert len(report_from(text).tables) == 2


def test_row_text_continued_on_the_next_page_joins_its_row() -> None:
    text = (
        "Tabel 2.3 Target\n\nNO\tSASARAN PROGRAM\tINDIKATOR\tTARGET\n"
        "4\tTerfasilitasinya Program Koordinasi Ketenteraman dan\tPersentase Koordinasi\t100%\n"
        "\n\tKetertiban Umum\tdan Ketertiban Umum\t\n"
        "5\tProgram lain\tPersentase lain\t100%\n"
    )
    table = report_from(text).tables[0]
    assert len(table.rows) == 2
    assert table.row(1).cells[1].text.endswith("Ketenteraman dan Ketertiban Umum")
    assert table.row(1).cells[2].text == "Persentase Koordinasi dan Ketertiban Umum"


_BROKEN_NAME = (
    "Tabel 3.3 Realisasi Belanja\n\n"
    "Program/Kegiatan\tAnggaran\tRealisasi\tSisa\n"
    "Penyusunan Dokumen Perencanaan\tRp 3.600.000\tRp 1.800.000\tRp 1.800.000\n"
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja {end}\tRp 2.400.000"
    "\tRp 1.205.000\tRp 1.195.000\n"
    "\n- 12 -\n\n"
    "Program/Kegiatan\tAnggaran\tRealisasi\tSisa\n"
    "Ikhtisar Realisasi Kinerja SKPD\t\t\t\n"
    "Rapat Koordinasi\tRp 1.000.000\tRp 900.000\tRp 100.000\n"
)


def test_a_name_broken_off_after_a_joining_word_takes_the_next_page_s_words() -> None:
    # NOTE: the rest starts with a capital, but a name never ends with "dan"
    table = report_from(_BROKEN_NAME.format(end="dan")).tables[0]
    assert [r.cells[0].text for r in table.rows] == [
        "Penyusunan Dokumen Perencanaan",
        "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan"
        " Ikhtisar Realisasi Kinerja SKPD",
        "Rapat Koordinasi",
    ]


def test_a_capitalised_words_only_row_under_a_whole_name_is_its_own_row() -> None:
    table = report_from(_BROKEN_NAME.format(end="SKPD")).tables[0]
    assert [r.cells[0].text for r in table.rows] == [
        "Penyusunan Dokumen Perencanaan",
        "Koordinasi dan Penyusunan Laporan Capaian Kinerja SKPD",
        "Ikhtisar Realisasi Kinerja SKPD",
        "Rapat Koordinasi",
    ]


def test_multi_row_header_unit_row_and_groups() -> None:
    text = (
        "Tabel 3.16 Anggaran\n\n"
        "Program/Kegiatan/Sub Kegiatan\tAlokasi biaya\t\t\t\n"
        "\tAnggaran\tRealisasi\tSisa\t(%)\n\t(Rp.)\t(Rp.)\t(Rp.)\t\n"
        "Penyediaan Jasa Surat Menyurat\t1.800.000\t-\t1.800.000\t0%\n"
    )
    table = report_from(text).tables[0]
    assert len(table.header) == 3
    assert [c.group for c in table.columns[1:]] == ["Alokasi biaya"] * 4
    assert table.columns[1].unit_hint == "(Rp.)"
    assert [c.role for c in table.columns] == [
        R.URAIAN,
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.SISA,
        R.PERSEN_ANGGARAN,
    ]


def test_column_number_row_states_formulas() -> None:
    text = (
        "Tabel 3.10 Efisiensi\n\n"
        "No.\tProgram\tPagu\tRealisasi\tCapaian (%)\n1\t2\t3\t4\t5=4/3\n"
        "1\tProgram A\t100.000\t50.000\t50%\n"
    )
    table = report_from(text).tables[0]
    assert [(c.number, c.formula) for c in table.columns] == [
        ("1", None),
        ("2", None),
        ("3", None),
        ("4", None),
        ("5", "4/3"),
    ]
    assert len(table.rows) == 1


def test_continuation_rows_inherit_merged_entity_cells_only() -> None:
    text = (
        "Tabel 3.10 Efisiensi\n\n"
        "No.\tProgram\tIndikator\tPagu\tTarget\tRealisasi\n"
        "6\tProgram Desa\tPersentase RKPDes\t40.950.000\t100%\t0%\n"
        "\t\tPersentase APBDes\t\t54,55%\t\n"
    )
    table = report_from(text).tables[0]
    row = table.row(2)
    assert row.kind == RowKind.CONTINUATION and row.entity == 1
    assert table.value(row, table.column(R.ANGGARAN)).raw == "40.950.000"  # merged
    assert table.value(row, table.column(R.REALISASI)).raw == ""  # not the entity's
    assert table.column(R.ANGGARAN).index in row.inherited


def test_value_and_unit_in_two_cells_and_fused_cells() -> None:
    text = (
        "Tabel 3.4 Program\n\n"
        "Program/Kegiatan\tIndikator\tTarget\t\tAnggaran\tRealisasi\t\tRealisasi Anggaran\n"
        "Penyediaan Jasa Surat Menyurat\tJumlah laporan\t12\tlaporan\t1.800.000\t6\tlaporan\t900.000\n"
        "Penyediaan Bahan Logistik Kantor\tJumlah paket\t5\tpaket\t30.000.000\t5 paket 20.000.000\n"
    )
    table = report_from(text).tables[0]
    target, realisasi = table.column(R.TARGET), table.column(R.REALISASI)
    spent = table.column(R.REALISASI_ANGGARAN)
    assert target.cells == (2, 3)
    first, second = table.row(1), table.row(2)
    assert (table.value(first, target).number, table.value(first, target).unit) == (
        12,
        "laporan",
    )
    assert table.value(second, realisasi).unit == "paket"
    assert table.value(second, spent).number == 20000000


def test_italic_markup_is_stripped_and_kept_as_a_hint() -> None:
    text = (
        "Tabel 1 Anggaran\n\nUraian\tAnggaran\n"
        "<i>Administrasi Umum Perangkat Daerah</i>\t2.000.000\n"
        "Penyediaan Bahan Logistik Kantor\t2.000.000\n"
    )
    table = report_from(text).tables[0]
    assert table.row(1).cells[0].text == "Administrasi Umum Perangkat Daerah"
    assert table.row(1).italic and not table.row(2).italic


@pytest.mark.parametrize(
    ("raw", "text", "italic", "bold"),
    [
        ("  Penyediaan Bahan  ", "Penyediaan Bahan", False, False),
        ("Penyediaan  Bahan", "Penyediaan Bahan", False, False),
        ("Penyediaan\u00a0Bahan", "Penyediaan Bahan", False, False),
        ("Penyediaan\nBahan", "Penyediaan Bahan", False, False),
        ("Penyediaan\tBahan", "Penyediaan Bahan", False, False),
        ("<i>Penyediaan Bahan</i>", "Penyediaan Bahan", True, False),
        ("*Penyediaan Bahan*", "Penyediaan Bahan", True, False),
        ("_Penyediaan Bahan_", "Penyediaan Bahan", True, False),
        ("**Penyediaan Bahan**", "Penyediaan Bahan", False, True),
        ("__Penyediaan Bahan__", "Penyediaan Bahan", False, True),
        ("<b>1.200.000</b>", "1.200.000", False, True),
        ("Rp 1.200.000", "Rp 1.200.000", False, False),
        ("Penyediaan_Bahan", "Penyediaan_Bahan", False, False),
    ],
)
def test_a_cell_s_markup_and_odd_spaces_are_cleaned(
    raw: str, text: str, italic: bool, bold: bool
) -> None:
    # NOTE: a cell without markup or odd spaces is read by a cheaper test; every
    # character that sends it to the full cleaning is here once
    cell = make_cell(raw, 3)
    assert (cell.raw, cell.text, cell.italic, cell.bold, cell.line) == (
        raw,
        text,
        italic,
        bold,
        3,
    )


def test_a_row_is_italic_when_its_named_cells_among_the_first_three_are() -> None:
    def row(*texts: tuple[str, bool]) -> Row:
        return Row(index=1, cells=[Cell(t, t, italic=i) for t, i in texts])

    assert row(("1", False), ("Rapat", True), ("Koordinasi", True)).italic
    assert not row(("1", False), ("Rapat", True), ("Koordinasi", False)).italic
    assert not row(("1", False), ("2", False), ("", False), ("Rapat", True)).italic
    assert not row(("Rapat", False), ("Koordinasi", True)).italic
    assert not row().italic


def test_malformed_number_is_kept_with_its_source_line() -> None:
    text = "Tabel 1 Anggaran\n\nUraian\tAnggaran\nKegiatan A\t482.9R47.500\n"
    table = report_from(text).tables[0]
    value = table.value(table.row(1), table.column(R.ANGGARAN))
    assert value.kind.value == "malformed" and value.raw == "482.9R47.500"
    assert table.cell(table.row(1), table.column(R.ANGGARAN)).line == 4


def test_total_row_spelled_out() -> None:
    text = "Tabel 3.5 Pegawai\n\nNo.\tPendidikan\tJumlah\n1\tSD\t2\nJ U M L A H\t\t2\n"
    table = report_from(text).tables[0]
    assert table.row(2).kind == RowKind.TOTAL


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("bin.txt", b"\x00\x01\x02abc", "binary file"),
        ("cp1252.txt", "Laporan Kinerja \u2013 caf\xe9".encode("cp1252"), "not UTF-8"),
        ("utf16.txt", "Laporan Kinerja".encode("utf-16"), "UTF-16"),
        (
            "notes.txt",
            b"Catatan rapat hari ini.\nTidak ada angka.\n",
            "not an LKj report",
        ),
    ],
)
def test_bad_input_is_a_clear_input_error(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(InputError) as info:
        load_report(_write(tmp_path, name, data))
    assert reason in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_report(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        load_report(str(tmp_path))


def test_size_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", TAB_TABLE.encode() * 10)
    with pytest.raises(InputError, match="limit"):
        load_report(path, max_bytes=100)


def test_reading_never_modifies_the_input(tmp_path: Path) -> None:
    path = _write(tmp_path, "r.txt", TAB_TABLE.encode())
    before = Path(path).stat()
    load_report(path)
    after = Path(path).stat()
    assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)
    assert Path(path).read_bytes() == TAB_TABLE.encode()


def test_table_ids_are_unique_whatever_the_captions() -> None:
    from lkjaudit.readers.common import RawTable, TableNamer

    namer = TableNamer()
    captions = ["Capaian Sasaran", "Capaian Sasaran", "Capaian Sasaran 2", None, None]
    ids = [
        namer.build(RawTable(rows=[], caption=c, caption_named=True)).id
        for c in captions
    ]
    assert ids == [
        "capaian-sasaran",
        "capaian-sasaran-2",
        "capaian-sasaran-2-2",
        "tabel-ke-4",
        "tabel-ke-5",
    ]


# ------------------------------------------------------- is it an LKj at all?

_EXCERPT = (
    "KATA PENGANTAR\n\n"
    "Laporan Kinerja Kecamatan Contoh Tahun 2023 ini disusun sebagai wujud "
    "akuntabilitas kinerja atas pelaksanaan Perjanjian Kinerja yang telah "
    "ditetapkan. Capaian kinerja dan realisasi anggaran disajikan dalam BAB III.\n"
)


def test_a_short_lkj_excerpt_without_tables_is_read(tmp_path: Path) -> None:
    report = load_report(_write(tmp_path, "kata-pengantar.txt", _EXCERPT.encode()))
    assert report.tables == []


@pytest.mark.parametrize("name", ["README.md", "CHANGELOG.md"])
def test_lkjaudit_s_own_documentation_is_not_an_lkj(name: str) -> None:
    # both name every LKj term and quote sample findings, but in English prose
    root = Path(__file__).resolve().parent.parent.parent
    with pytest.raises(InputError) as info:
        load_report(str(root / name))
    assert str(info.value) == (
        f"{root / name}: not an LKj report: the text names LKj terms but is not "
        "written in Bahasa Indonesia, the language of every LKj (a text about LKj "
        "reports, not a report)"
    )


_ABOUT = (
    "# Checking reports\n\n"
    "An LKj (Laporan Kinerja) states the Perjanjian Kinerja targets, the capaian "
    "kinerja and the realisasi anggaran of the unit. Run it on the report.\n"
)


def test_a_text_in_english_about_lkj_reports_is_not_one(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not written in Bahasa Indonesia"):
        load_report(_write(tmp_path, "about.md", _ABOUT.encode()))
    # the same terms in an Indonesian sentence make an excerpt of a report
    load_report(_write(tmp_path, "excerpt.md", _EXCERPT.encode()))


def test_lkj_terms_inside_code_do_not_count(tmp_path: Path) -> None:
    # sample output quoted in documentation: the terms are in a fenced block and a
    # code span, and the prose around them names none
    text = (
        "Hasil pemeriksaan contoh:\n\n```text\nLaporan Kinerja: Perjanjian Kinerja, "
        "capaian kinerja\n```\n\nLihat juga `realisasi anggaran` di atas.\n"
    )
    with pytest.raises(InputError, match="too few LKj terms"):
        load_report(_write(tmp_path, "contoh.md", text.encode()))
    unfenced = text.replace("```text\n", "").replace("```\n", "").replace("`", "")
    load_report(_write(tmp_path, "contoh.md", unfenced.encode()))


def test_a_term_broken_over_two_lines_counts_once(tmp_path: Path) -> None:
    # "Perjanjian\nKinerja" and "Perjanjian Kinerja" are one term: two in all
    text = "Laporan Kinerja ini memuat Perjanjian\nKinerja dan Perjanjian Kinerja.\n"
    with pytest.raises(InputError, match="too few LKj terms"):
        load_report(_write(tmp_path, "dua.txt", text.encode()))


_GUIDE = (
    "# Pedoman Penyusunan Laporan Kinerja\n\n"
    "Laporan Kinerja (LKj) wajib disusun oleh setiap perangkat daerah pada akhir "
    "periode anggaran, sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014.\n\n"
    "LKj harus memuat Perjanjian Kinerja yang telah ditandatangani, capaian kinerja "
    "setiap indikator, dan realisasi anggaran per program. Cantumkan sumber data "
    "pada setiap tabel dan lampirkan Perjanjian Kinerja.\n"
)


def test_a_guide_in_indonesian_about_what_an_lkj_must_contain_is_not_one(
    tmp_path: Path,
) -> None:
    # Indonesian, every LKj term, but only what a report must hold: no period
    # (the year is the cited regulation's), no unit by name, no figure
    with pytest.raises(InputError) as info:
        load_report(_write(tmp_path, "pedoman.md", _GUIDE.encode()))
    assert str(info.value) == (
        f"{tmp_path / 'pedoman.md'}: not an LKj report: the text explains what an "
        "LKj must contain but states no period, unit or figures of its own (a guide "
        "about LKj reports, not a report)"
    )


@pytest.mark.parametrize(
    "own",
    [
        "Laporan ini disusun untuk Tahun 2023.",  # its period
        "Laporan ini disusun oleh Kecamatan Sukamaju.",  # its unit by name
        "Capaian kinerja rata-rata mencapai 92,5%.",  # a figure of its own
        "Capaian kinerja rata-rata mencapai 92,5 persen.",  # the same in words
        "Anggaran terserap Rp 1.250.000.",
    ],
)
def test_the_same_wording_in_a_report_that_states_its_own_results_is_read(
    tmp_path: Path, own: str
) -> None:
    # a report's Pendahuluan says what it must contain too ("wajib", "memuat")
    load_report(_write(tmp_path, "pendahuluan.md", f"{_GUIDE}\n{own}\n".encode()))


def test_a_regulation_s_year_or_a_generic_unit_is_no_report_s_own(
    tmp_path: Path,
) -> None:
    text = _GUIDE + (
        "\nSetiap kecamatan dan Badan Daerah wajib mengacu pada Peraturan Presiden "
        "Nomor 29 Tahun 2014.\n"
    )
    with pytest.raises(InputError, match="a guide about LKj reports"):
        load_report(_write(tmp_path, "pedoman.md", text.encode()))


_NUMBERED_PAGE = (
    "Tabel 3.3 Realisasi Anggaran\n\n"
    "Program/Kegiatan\tAnggaran\tRealisasi\tSisa\n"
    "Penyusunan Dokumen Perencanaan\tRp 3.600.000\tRp 1.800.000\tRp 1.800.000\n"
    "\n{page}\n\n"
    "Program/Kegiatan\tAnggaran\tRealisasi\tSisa\n"
    "Rapat Koordinasi\tRp 1.000.000\tRp 900.000\tRp 100.000\n"
)


@pytest.mark.parametrize(
    "page", ["- 12 -", "Hal. 12", "Halaman 12 dari 40", "Hal. 12/40", "Page 12 of 40"]
)
def test_a_page_number_between_a_table_s_pages_keeps_one_table(page: str) -> None:
    report = report_from(_NUMBERED_PAGE.format(page=page))
    assert [[r.cells[0].text for r in t.rows] for t in report.tables] == [
        ["Penyusunan Dokumen Perencanaan", "Rapat Koordinasi"]
    ]


def test_a_line_of_words_between_a_table_s_pages_is_no_page_number() -> None:
    report = report_from(_NUMBERED_PAGE.format(page="Halaman ini sengaja dikosongkan"))
    assert len(report.tables) == 2


# A budget table over a page break, the report's running header or footer printed
# at the break and at two more places between paragraphs.
_RUNNING = (
    "Laporan Kinerja Dinas Pendidikan Tahun 2024\n\n"
    "Dinas Pendidikan menyusun laporan ini setiap tahun.\n\n"
    "{h1}\n\n"
    "BAB III AKUNTABILITAS KINERJA\n\n"
    "Tabel 3.16 Realisasi Anggaran Program Tahun 2024\n\n"
    "No\tProgram/Kegiatan\tAnggaran\tRealisasi\tSisa\n"
    "1\tProgram Penunjang Urusan Pemerintahan\t30.000.000\t27.000.000\t3.000.000\n"
    "1.1\tPerencanaan dan Evaluasi Kinerja\t10.000.000\t9.000.000\t1.000.000\n"
    "1.2\tAdministrasi Keuangan\t20.000.000\t18.000.000\t2.000.000\n"
    "\n{h2}\n\n"
    "{header}"
    "2\tProgram Pengelolaan Pendidikan\t50.000.000\t40.000.000\t10.000.000\n"
    "2.1\tPengelolaan Pendidikan Sekolah Dasar\t50.000.000\t40.000.000\t10.000.000\n"
    "\tJUMLAH\t{total}\t67.000.000\t13.000.000\n\n"
    "Anggaran yang belum terserap akan dievaluasi pada tahun berikutnya.\n\n"
    "{h3}\n\n"
    "BAB IV PENUTUP\n\n"
    "Demikian laporan kinerja ini disusun.\n"
)
_HEADER = "No\tProgram/Kegiatan\tAnggaran\tRealisasi\tSisa\n"
_RUNNERS = [
    ("Laporan Kinerja Dinas Pendidikan 2024",) * 3,
    ("LKjIP 2024 | 3", "LKjIP 2024 | 12", "LKjIP 2024 | 14"),
    ("Hal. 3 - LKj Dinas Pendidikan", "Hal. 12 - LKj Dinas Pendidikan")
    + ("Hal. 14 - LKj Dinas Pendidikan",),
    ("*LKj Dinas Pendidikan 2024*  ii", "*LKj Dinas Pendidikan 2024*  12")
    + ("*LKj Dinas Pendidikan 2024*  14",),
    # a header and a page number, each on a line of its own
    ("LKj Dinas Pendidikan 2024\n\n3",) + ("12\n\nLKj Dinas Pendidikan 2024",) * 2,
]


def _running(runners: tuple[str, ...], header: str, total: str = "80.000.000") -> str:
    h1, h2, h3 = runners
    return _RUNNING.format(h1=h1, h2=h2, h3=h3, header=header, total=total)


def _to_markdown(text: str) -> str:
    """The same report with its table as a Markdown pipe table."""
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            out.append("| " + " | ".join(line.split("\t")) + " |")
            if line.startswith("No\t"):
                out.append("|" + "---|" * 5)
        else:
            out.append(line)
    return "\n".join(out)


def _as(fmt: str, text: str) -> tuple[str, str]:
    """(text, source) of a report in the text or the Markdown format."""
    return (text, "test.txt") if fmt == "text" else (_to_markdown(text), "test.md")


_RUNNING_ROWS = [
    "Program Penunjang Urusan Pemerintahan",
    "Perencanaan dan Evaluasi Kinerja",
    "Administrasi Keuangan",
    "Program Pengelolaan Pendidikan",
    "Pengelolaan Pendidikan Sekolah Dasar",
    "JUMLAH",
]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("header", [_HEADER, ""], ids=["repeated", "no-header"])
@pytest.mark.parametrize("runners", _RUNNERS, ids=lambda r: r[1].replace("\n", "/"))
def test_a_running_header_between_a_table_s_pages_keeps_one_table(
    runners: tuple[str, ...], header: str, fmt: str
) -> None:
    text, source = _as(fmt, _running(runners, header))
    report = report_from(text, source)
    assert [[r.cells[1].text for r in t.rows] for t in report.tables] == [_RUNNING_ROWS]
    # dropped between paragraphs too: no paragraph is a running line
    assert [p.text for p in report.paragraphs] == [
        "Laporan Kinerja Dinas Pendidikan Tahun 2024",
        "Dinas Pendidikan menyusun laporan ini setiap tahun.",
        "BAB III AKUNTABILITAS KINERJA",
        "Tabel 3.16 Realisasi Anggaran Program Tahun 2024",
        "Anggaran yang belum terserap akan dievaluasi pada tahun berikutnya.",
        "BAB IV PENUTUP",
        "Demikian laporan kinerja ini disusun.",
    ]
    assert findings_for(text, source=source) == []


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("header", [_HEADER, ""], ids=["repeated", "no-header"])
@pytest.mark.parametrize("runners", _RUNNERS[:2], ids=["plain", "paged"])
def test_a_wrong_total_over_a_running_header_is_found_once(
    runners: tuple[str, ...], header: str, fmt: str
) -> None:
    text, source = _as(fmt, _running(runners, header, total="85.000.000"))
    line = next(k for k, t in enumerate(text.split("\n"), 1) if "JUMLAH" in t)
    assert compact(findings_for(text, source=source)) == [
        ["total-row-equals-column-sum", "tabel-3.16/row:6/col:anggaran", line]
        + ["80.000.000", "85.000.000"]
    ]


def test_a_line_printed_only_twice_is_no_running_header() -> None:
    # at the break and once more: it may be a heading printed twice, so it stays
    # (and the table stays cut where it was)
    text = _running(("Ringkasan Anggaran Dinas", "Ringkasan Anggaran Dinas", ""), "")
    report = report_from(text)
    assert "Ringkasan Anggaran Dinas" in [p.text for p in report.paragraphs]
    assert len(report.tables) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Analisis Capaian Kinerja",  # a heading, never at a page break
        "Tabel 3.16 Realisasi Anggaran",  # a caption
        "Sumber: Bagian Keuangan",  # a note
        "Rincian kegiatan disajikan pada tabel berikut:",  # a lead-in
    ],
)
def test_a_line_printed_three_times_off_any_page_break_stays(line: str) -> None:
    text = "\n\n".join(
        [
            f"Paragraf pembuka bagian {k} laporan kinerja ini." + f"\n\n{line}"
            for k in ("satu", "dua", "tiga")
        ]
    )
    text = "Laporan Kinerja Kecamatan Sukamaju\n\n" + text + "\n\n12\n"
    assert [p.text for p in report_from(text).paragraphs].count(line) == 3


def test_a_signature_printed_three_times_stays() -> None:
    # the signature block of the PK, its lampiran and the closing, each above a
    # page number: a name with its degree and a place with its date are no header
    block = "Lumajang, 10 Januari 2024\n\nCAMAT PASIRIAN\n\nINDAH WAHYUNI, S.H., M.Si"
    text = "Laporan Kinerja Kecamatan Pasirian\n\n" + "".join(
        f"Paragraf {k} laporan.\n\n{block}\n\n{k}\n\n" for k in (3, 7, 30)
    )
    texts = [p.text for p in report_from(text).paragraphs]
    assert texts.count("Lumajang, 10 Januari 2024") == 3
    assert texts.count("INDAH WAHYUNI, S.H., M.Si") == 3


def test_the_tegalwangi_probe_with_a_running_footer_finds_what_it_did() -> None:
    # its two page numbers become the report's running footer, printed once more
    # at the end of the last page: the asset table and the budget tree stay whole,
    # and the findings are the probe's planted errors, at the same lines
    from test_probe_tegalwangi import PLANTED, PROBE

    text = PROBE.read_text(encoding="utf-8")
    footer = "LKj Kecamatan Tegalwangi TW I 2025"
    for page in ("\n- 7 -\n", "\nHalaman 12 dari 18\n"):
        assert text.count(page) == 1
        text = text.replace(page, f"\n{footer}\n")
    text += f"\n\n{footer}\n"
    assert compact(findings_for(text)) == PLANTED


def test_a_running_header_glued_to_a_continued_caption_is_dropped() -> None:
    # the footer printed at the page's top with no blank line before the
    # "(lanjutan)" caption, and once glued under the paragraph a page ends in;
    # three places of its own (at the end of the last page too) make it one
    h1, h2, h3 = _RUNNERS[1]
    text = _running((h1, h2, h3), _HEADER) + "\nLKjIP 2024 | 15\n"
    text = text.replace(
        f"\n{h2}\n\n{_HEADER}", f"\n{h2}\nTabel 3.16 (lanjutan)\n\n{_HEADER}"
    ).replace(
        "laporan ini setiap tahun.\n", "laporan ini setiap tahun.\nLKjIP 2024 | 2\n"
    )
    report = report_from(text)
    assert [[r.cells[1].text for r in t.rows] for t in report.tables] == [_RUNNING_ROWS]
    assert "Dinas Pendidikan menyusun laporan ini setiap tahun." in [
        p.text for p in report.paragraphs
    ]
    assert not [p for p in report.paragraphs if "LKjIP" in p.text]
    assert findings_for(text) == []


@pytest.mark.parametrize(
    "title",
    [
        "Realisasi Anggaran Kegiatan Bidang Pendidikan",
        "**Pengukuran Kinerja Kegiatan**",
    ],
)
def test_one_title_over_tables_of_one_shape_stays(title: str) -> None:
    # each program's table under the same title, between the tables before and
    # after it: a table's caption, at no page break
    table = (
        "No\tKegiatan\tAnggaran\tRealisasi\tSisa\n"
        "1\tKegiatan {k}\t10.000.000\t9.000.000\t1.000.000\n"
    )
    text = "Laporan Kinerja Dinas Pendidikan\n\n" + "\n".join(
        f"{title}\n\n{table.format(k=k)}" for k in (1, 2, 3)
    )
    report = report_from(text)
    plain = title.strip("*")
    assert [(t.caption, [r.cells[1].text for r in t.rows]) for t in report.tables] == [
        (plain, [f"Kegiatan {k}"]) for k in (1, 2, 3)
    ]


def test_a_report_named_only_by_its_running_header_keeps_its_title() -> None:
    text = _running(_RUNNERS[0], _HEADER).replace(
        "Laporan Kinerja Dinas Pendidikan Tahun 2024\n\n", ""
    )
    text = text.replace("Demikian laporan kinerja ini disusun.", "Selesai.")
    assert report_from(text).title == "Laporan Kinerja Dinas Pendidikan 2024"


def test_a_row_label_in_three_tables_stays() -> None:
    # table rows are never a page's header: the same label in three tables, the
    # tables at page breaks, keeps its rows
    row = "1\tProgram Penunjang Urusan Pemerintahan\t10.000.000\t9.000.000\t1.000.000\n"
    table = f"{_HEADER}{row}"
    text = "Laporan Kinerja Dinas Pendidikan\n\n" + "\n12\n\n".join(
        f"Tabel 3.{k} Realisasi Anggaran Bidang {k}\n\n{table}" for k in (1, 2, 3)
    )
    report = report_from(text)
    assert [[r.cells[1].text for r in t.rows] for t in report.tables] == [
        ["Program Penunjang Urusan Pemerintahan"]
    ] * 3


# The footer exported with a tab before its page number: a one-row tab table
_TAB_FOOTERS = [
    tuple(f"LKjIP Dinas Pendidikan 2024\t{page}" for page in pages)
    for pages in [
        ("3", "12", "14"),
        ("- 3 -", "- 12 -", "- 14 -"),
        ("iii", "xii", "xiv"),
        ("Hal. 3", "Hal. 12", "Hal. 14"),
    ]
] + [  # the page number pushed right with two tabs
    tuple(f"LKjIP Dinas Pendidikan 2024\t\tHalaman {p} dari 40" for p in (3, 12, 14))
]


@pytest.mark.parametrize("header", [_HEADER, ""], ids=["repeated", "no-header"])
@pytest.mark.parametrize("runners", _TAB_FOOTERS, ids=lambda r: r[1].split("\t")[-1])
def test_a_tabbed_running_footer_between_a_table_s_pages_keeps_one_table(
    runners: tuple[str, ...], header: str
) -> None:
    text = _running(runners, header)
    report = report_from(text)
    assert [[r.cells[1].text for r in t.rows] for t in report.tables] == [_RUNNING_ROWS]
    assert "LKjIP" not in "\n".join(p.text for p in report.paragraphs)
    assert findings_for(text) == []


@pytest.mark.parametrize("header", [_HEADER, ""], ids=["repeated", "no-header"])
@pytest.mark.parametrize("runners", _TAB_FOOTERS[:2], ids=["plain", "dashed"])
def test_a_wrong_total_over_a_tabbed_running_footer_is_found_once(
    runners: tuple[str, ...], header: str
) -> None:
    text = _running(runners, header, total="85.000.000")
    line = next(k for k, t in enumerate(text.split("\n"), 1) if "JUMLAH" in t)
    assert compact(findings_for(text)) == [
        ["total-row-equals-column-sum", "tabel-3.16/row:6/col:anggaran", line]
        + ["80.000.000", "85.000.000"]
    ]


def test_a_tabbed_line_printed_only_twice_is_kept() -> None:
    footer = "LKjIP Dinas Pendidikan 2024"
    text = _running((f"{footer}\t3", f"{footer}\t12", ""), "")
    report = report_from(text)
    assert [[r.cells[0].text for r in t.rows] for t in report.tables] == [
        [footer],
        ["1", "1.1", "1.2"],
        [footer],
        ["2", "2.1", ""],
    ]


# Two-column staff tables: rows end in small numbers, the table's total (wrong in
# the second table: 2 + 5 = 7) set off by a blank line; with a caption and the
# page's number below each, or one after the other, read as one table
_STAFF = (
    "Tabel 3.{k} Pegawai Bidang {k} Menurut Pendidikan\n\n"
    "Pendidikan\tJumlah\n"
    "S2 Administrasi Publik\t2\n"
    "S1 Ilmu Pemerintahan\t{s1}\n"
    "\n{total}\t{sum}\n\n{k}\n"
)
_STAFF_FIGURES = ((1, 4, 6), (2, 5, 8), (3, 7, 9))  # (k, s1, sum)


@pytest.mark.parametrize("paged", [True, False], ids=["paged", "joined"])
@pytest.mark.parametrize("total", ["Jumlah Keseluruhan", "Pegawai Bidang Ini"])
def test_two_column_tables_ending_in_small_numbers_are_untouched(
    total: str, paged: bool
) -> None:
    pages = [
        _STAFF.format(k=k, s1=s1, total=total, sum=sum_)
        for k, s1, sum_ in _STAFF_FIGURES
    ]
    if not paged:
        pages = [
            page.split("\n\n", 1)[1].replace(f"\n\n{k}\n", "\n")
            for page, (k, _, _) in zip(pages, _STAFF_FIGURES, strict=True)
        ]
    text = "Laporan Kinerja Dinas Pendidikan\n\n" + "\n".join(pages)
    report = report_from(text)
    rows = [
        [["S2 Administrasi Publik", "2"], ["S1 Ilmu Pemerintahan", str(s1)]]
        + [[total, str(sum_)]]
        for _, s1, sum_ in _STAFF_FIGURES
    ]
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in report.tables]
    assert tables == (rows if paged else [rows[0] + rows[1] + rows[2]])
    if total.startswith("Jumlah"):
        line = text.split("\n").index(f"{total}\t8") + 1
        where = "tabel-3.2/row:3" if paged else "tabel-ke-1/row:6"
        assert compact(findings_for(text)) == [
            ["total-row-equals-column-sum", f"{where}/col:jumlah", line, "7", "8"]
        ]


@pytest.mark.parametrize("numbers", [(12, 12, 12), (82, 78, 85)])
def test_a_one_row_table_printed_three_times_is_kept(
    numbers: tuple[int, int, int],
) -> None:
    # one row printed three times, the same number each time or numbers that do
    # not go on as pages do: a table's figures, no page's
    label = "Indeks Kepuasan Masyarakat"
    report = report_from(_running(tuple(f"{label}\t{k}" for k in numbers), ""))
    assert [[r.cells[0].text for r in t.rows] for t in report.tables] == [
        [label],
        ["1", "1.1", "1.2"],
        [label],
        ["2", "2.1", ""],
        [label],
    ]


def test_a_total_of_two_cells_set_off_from_a_wider_table_stays() -> None:
    # three tables of one shape read as one, each ending in a total over its
    # columns: a row's total, never a page's footer
    table = "Golongan\tL\tP\nGolongan III\t2\t{p}\nGolongan IV\t1\t1\n\n"
    table += "Jumlah Pegawai Dinas\t{total}\n"
    text = "Laporan Kinerja Dinas Pendidikan\n\n" + "\n".join(
        table.format(p=p, total=p + 4) for p in (1, 2, 3)
    )
    report = report_from(text)
    assert [[[c.text for c in r.cells] for r in t.rows] for t in report.tables] == [
        [
            row
            for p in (1, 2, 3)
            for row in (
                ["Golongan III", "2", str(p)],
                ["Golongan IV", "1", "1"],
                ["Jumlah Pegawai Dinas", "", str(p + 4)],
            )
        ]
    ]
    assert findings_for(text) == []


_PANDOC = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.2 Realisasi Anggaran**

| No | Program | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | Serapan \\(%\\) |
|---|---|---:|---:|---:|---:|
| \\(1\\) | \\(2\\) | \\(3\\) | \\(4\\) | \\(5\\)=\\(3\\)-\\(4\\) | \\(6\\)=\\(4\\)/\\(3\\)x100\\% |
| 1 | Program A | 15.000.000 | \\- | {sisa} | 0,00 |
| 2 | Program B | 540.650.000 | 510.971.250 | 29.678.750 | {persen} |

Realisasi program B sebesar 94,51\\% dari pagu.
"""


def test_pandoc_backslash_escapes_are_read_as_what_they_escape() -> None:
    text = _PANDOC.format(sisa="15.000.000", persen="94,51")
    assert findings_for(text) == []
    (table,) = report_from(text, "p.md").tables
    assert [c.formula for c in table.columns][4:] == ["(3)-(4)", "(4)/(3)x100%"]
    wrong = _PANDOC.format(sisa="14.000.000", persen="95,41")
    assert [[f[0], *f[3:]] for f in compact(findings_for(wrong))] == [
        ["stated-formula-holds", "15.000.000", "14.000.000"],
        ["stated-formula-holds", "94,51", "95,41"],
    ]


_GRID_NUMBERED = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.4 Realisasi Anggaran per Program Tahun 2024**

+-------+------------------------------+-------------+----------------+------------------+
| No    | Program                      | Pagu (Rp)   | Realisasi (Rp) | Serapan (%)      |
+-------+------------------------------+-------------+----------------+------------------+
| \\(1\\) | \\(2\\)                        | \\(3\\)       | \\(4\\)          | (5)=(4)/(3)x100% |
+=======+==============================+=============+================+==================+
| 1     | Program Pendaftaran Penduduk | 540.650.000 | 510.971.250    | {persen}            |
+-------+------------------------------+-------------+----------------+------------------+
| 2     | Program Pencatatan Sipil     | 313.650.000 | 303.712.300    | 96,83            |
+-------+------------------------------+-------------+----------------+------------------+
"""


def test_a_column_number_row_in_the_header_states_the_formulas() -> None:
    text = _GRID_NUMBERED.format(persen="94,51")
    (table,) = report_from(text, "g.md").tables
    assert [c.header for c in table.columns] == [
        "No",
        "Program",
        "Pagu (Rp)",
        "Realisasi (Rp)",
        "Serapan (%)",
    ]
    assert table.columns[4].formula == "(4)/(3)x100%"
    assert findings_for(text) == []
    found = findings_for(_GRID_NUMBERED.format(persen="95,41"))
    assert [[f[0], *f[3:]] for f in compact(found)] == [
        ["stated-formula-holds", "94,51", "95,41"]
    ]
