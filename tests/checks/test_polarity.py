"""An indicator's polarity read from its wording: what it measures comes first."""

from __future__ import annotations

import pytest

from lkjaudit.checks.polarity import (
    FOUND,
    LOWER_IS_BETTER,
    NOT_SERVICES,
    PEOPLE,
    RATES,
    SERVICES,
    Polarity,
    polarity,
)

from conftest import compact, findings_for

H, L, U = Polarity.HIGHER, Polarity.LOWER, Polarity.UNSAID


@pytest.mark.parametrize(
    ("wording", "unit", "expected"),
    [
        # a decrease before the bad thing is what is measured
        ("Persentase penurunan angka kemiskinan", "%", H),
        ("Persentase pengurangan jumlah pengaduan masyarakat", "%", H),
        # a decrease named as a result is how a sasaran is named: its figures may be
        # the level of the bad thing (the poverty rate) as well as the decrease
        ("Menurunnya jumlah pengaduan masyarakat", "%", U),
        ("Berkurangnya kasus stunting", "%", U),
        ("Menurunnya angka kemiskinan", "%", U),
        ("Tingkat penurunan pelanggaran perda", "%", H),
        ("Penurunan waktu pelayanan perizinan", "hari", H),
        # an increase says nothing; a decrease after the bad thing names it
        ("Peningkatan angka kemiskinan", "%", L),
        ("Jumlah kasus yang mengalami penurunan", "kasus", L),
        # a decrease counted in the bad thing's own unit counts the bad thing
        ("Menurunnya jumlah pengaduan masyarakat", "pengaduan", L),
        ("Berkurangnya kasus stunting", "kasus", L),
        # a decrease of nothing bad is left to the printed figures
        ("Persentase penurunan emisi gas rumah kaca", "%", U),
        # outputs produced, whatever their topic
        ("Jumlah laporan penyediaan layanan pengaduan", "laporan", H),
        ("Jumlah dokumen hasil penanganan pengaduan", "dokumen", H),
        ("Jumlah sosialisasi pencegahan stunting", "kali", H),
        ("Jumlah kegiatan pengendalian kebakaran", "kegiatan", H),
        ("Banyaknya orang yang dilatih penanganan kasus kekerasan", "orang", H),
        ("Jumlah pertemuan koordinasi", "kali", H),
        # the bad events themselves, and reports named by them
        ("Jumlah pengaduan masyarakat", "pengaduan", L),
        ("Jumlah kasus kriminalitas", "kasus", L),
        ("Jumlah pelanggaran perda", "kasus", L),
        ("Jumlah laporan pengaduan masyarakat", "laporan", L),
        ("Jumlah surat pengaduan yang masuk", "surat", L),
        ("Jumlah rekomendasi temuan pemeriksaan", "rekomendasi", L),
        # a record of nothing listed may count bad events: the figures tell
        ("Jumlah laporan kejadian kebakaran", "laporan", U),
        ("Jumlah laporan keuangan", "laporan", U),
        ("Jumlah rumah tidak layak huni", "unit", L),
        # the cases handled, and a time to handle them
        ("Persentase pengaduan yang ditindaklanjuti", "%", H),
        ("Ketepatan waktu penyelesaian perizinan", "%", H),
        ("Waktu tanggap penanganan pengaduan", "hari", L),
        ("Persentase pengaduan yang belum ditindaklanjuti", "%", L),
        # a passive verb after "yang" is a service done to the cases named before
        ("Jumlah kasus TB yang ditemukan dan diobati", "kasus", H),
        ("Persentase kasus gizi buruk yang dirawat sesuai standar", "%", H),
        ("Persentase korban kecelakaan lalu lintas yang dievakuasi", "%", H),
        ("Persentase pelanggaran Perda yang ditertibkan", "%", H),
        ("Persentase kasus kekerasan terhadap anak yang didampingi", "%", H),
        ("Jumlah pelanggaran Perda yang ditindak", "kasus", H),
        ("Persentase pengaduan masyarakat yang diproses", "%", H),
        ("Persentase kasus yang telah diselesaikan", "%", H),
        ("Jumlah kasus yang dilaporkan dan ditangani", "kasus", H),
        ("Persentase pengaduan yang ditindaklanjuti/diselesaikan", "%", H),
        ("Persentase kasus kematian ibu yang diaudit", "%", H),
        ("Persentase kerugian daerah yang dipulihkan", "%", H),
        # ... unless it names the condition, its cause, its record or its delay
        ("Persentase balita yang terkena stunting", "%", L),
        ("Jumlah kasus DBD yang terjadi", "kasus", L),
        ("Jumlah pelanggaran disiplin yang dilakukan ASN", "kasus", L),
        ("Jumlah kasus kekerasan yang terdapat di sekolah", "kasus", L),
        ("Jumlah kasus yang dilaporkan", "kasus", L),
        ("Jumlah kasus yang terjadi dan dilaporkan", "kasus", L),
        ("Jumlah pengaduan yang diterima", "pengaduan", L),
        ("Persentase kerugian yang ditimbulkan bencana", "%", L),
        ("Jumlah pengaduan yang tertunda", "pengaduan", L),
        ("Jumlah kasus kekerasan yang tertinggi", "kasus", L),
        # ... or follows a rate, to which nothing is done
        ("Angka kematian pasien yang dirawat lebih dari 48 jam", "per 1.000", L),
        ("Jumlah kematian pasien yang dirawat", "orang", L),
        # ... unless the rate's word names the people in it (the unemployed), who
        # are trained, guided, helped or placed in work
        ("Jumlah pengangguran yang dilatih", "orang", H),
        ("Persentase pengangguran yang ditempatkan", "%", H),
        ("Jumlah pengangguran usia produktif yang dibina", "orang", H),
        ("Jumlah pengangguran yang difasilitasi dan disalurkan", "orang", H),
        ("Jumlah pengangguran yang mendapat pelatihan", "orang", H),
        # the poor are the poverty rate (BPS P0) and people a service helps
        ("Persentase Penduduk Miskin", "%", L),
        ("Jumlah rumah tangga miskin", "rumah tangga", L),
        ("Persentase keluarga miskin", "%", L),
        ("Jumlah penduduk miskin yang menerima bantuan", "orang", H),
        ("Jumlah keluarga miskin yang difasilitasi", "KK", H),
        ("Jumlah keluarga miskin penerima PKH", "KK", H),
        ("Jumlah rumah tangga miskin yang dibantu", "rumah tangga", H),
        ("Jumlah penduduk miskin yang belum menerima bantuan", "orang", L),
        ("Persentase penduduk miskin yang terdata", "%", L),
        ("Persentase penurunan penduduk miskin", "%", H),
        ("Penurunan jumlah penduduk miskin", "%", U),
        # lagging villages: fewer is better, unless they are lifted out
        ("Jumlah desa tertinggal", "desa", L),
        ("Persentase daerah tertinggal", "%", L),
        ("Persentase desa tertinggal yang dientaskan", "%", H),
        # what is received as it comes in is the record of the bad events
        ("Jumlah penerimaan pengaduan", "pengaduan", L),
        # ... but not where a word of a rate names the rate itself, nor where the
        # clause names no service, nor with no clause at all
        ("Tingkat pengangguran lulusan SMK yang dilatih", "%", L),
        ("Angka pengangguran yang ditempatkan", "%", L),
        ("Jumlah pengangguran yang terdaftar", "orang", L),
        ("Jumlah pengangguran", "orang", L),
        ("Tingkat pengangguran terbuka", "%", L),
        # ... or says none is done, adverbs between
        ("Persentase pengaduan yang belum sepenuhnya ditindaklanjuti", "%", L),
        ("Persentase pelanggaran disiplin ASN yang tidak segera ditangani", "%", L),
        ("Persentase pengaduan yang tidak tepat waktu diselesaikan", "%", L),
        ("Persentase pelanggaran yang belum dapat ditertibkan", "%", L),
        # ... and names no bad thing before it: the figures tell
        ("Persentase penduduk yang diberi bantuan", "%", U),
        # "lama" after a noun is old; as what is measured, or before a word of time
        # or of a process, it is a time
        ("Jumlah tunggakan kasus lama yang diselesaikan", "kasus", H),
        ("Lama penyelesaian pengaduan yang diproses", "hari", L),
        ("Rata-rata lama pengaduan diselesaikan", "hari", L),
        ("Persentase kasus yang lama penanganannya melebihi standar", "%", L),
        ("Jumlah kasus lama waktu penanganan melebihi 7 hari", "kasus", L),
        ("Lamanya penanganan pengaduan", "hari", L),
        # nothing said
        ("Persentase desa ODF", "%", U),
        # a decrease of a rate named bare, as a sasaran is, may be the rate itself
        ("Penurunan prevalensi stunting", "%", U),
        ("Penurunan angka kemiskinan", "%", U),
        ("Tingkat penurunan angka kemiskinan", "%", H),
        # a passive verb of neither a service nor the bad thing says nothing
        ("Jumlah kasus anak yang ditelantarkan", "kasus", U),
        ("Jumlah kasus perempuan yang dianiaya", "kasus", U),
        ("Persentase pelanggaran Perda yang dibiarkan", "%", U),
        # a service failed or not given is no service
        ("Persentase gangguan trantibum yang gagal ditangani", "%", L),
        ("Persentase pengaduan masyarakat tanpa tindak lanjut", "%", L),
        # the cases found or detected, said alone, may be the level of the bad
        # thing or the reach of the service: the figures tell; a service said with
        # the finding serves them, and the case finding named as a noun is the
        # service's own work
        ("Jumlah pelanggaran yang ditemukan", "kasus", U),
        ("Jumlah kasus TBC yang ditemukan", "kasus", U),
        ("Persentase kasus DBD yang terdeteksi", "%", U),
        ("Jumlah kasus yang ditemukan dan dilaporkan", "kasus", U),
        ("Jumlah kasus TBC yang ditemukan dan diobati", "kasus", H),
        ("Jumlah pelanggaran Perda yang ditemukan dan ditindaklanjuti", "kasus", H),
        ("Persentase kasus HIV yang terdeteksi dan ditangani", "%", H),
        ("Cakupan penemuan kasus TBC", "%", H),
        ("Penemuan kasus baru kusta", "kasus", H),
        # cases that recover are the cases served
        ("Persentase kasus TB yang sembuh", "%", H),
        ("Persentase balita gizi buruk yang pulih", "%", H),
        ("Persentase anak putus sekolah yang kembali bersekolah", "%", H),
        # what of the cases the service is done to, said between "yang" and the
        # verb: the service is still done to them
        ("Persentase keluarga miskin yang datanya dimutakhirkan dalam DTKS", "%", H),
        ("Persentase penduduk miskin yang rumahnya diperbaiki", "%", H),
        ("Persentase warga miskin yang kebutuhan dasarnya terpenuhi", "%", H),
        # ... but an adverb in se-...-nya or a negation is no such word, and a
        # record of the bad thing stays one
        ("Persentase pengaduan yang belum sepenuhnya ditindaklanjuti", "%", L),
        ("Jumlah penduduk miskin yang datanya belum dimutakhirkan", "jiwa", L),
        ("Jumlah kasus kekerasan yang datanya tercatat", "kasus", L),
        ("Persentase penduduk miskin", "%", L),
    ],
)
def test_what_an_indicator_measures_decides_its_polarity(
    wording: str, unit: str, expected: Polarity
) -> None:
    assert polarity(wording.lower(), unit=unit) is expected


def test_a_decrease_of_the_bad_thing_the_rows_name_holds() -> None:
    # the row's name (its programme) names poverty, its indicator none of the
    # listed words: a decrease measured is higher-is-better, a plain count
    # stays lower-is-better as the name says
    label = "program penanggulangan kemiskinan"
    for indicator, expected in (
        ("persentase penurunan jumlah penduduk miskin", H),
        ("jumlah penduduk miskin", L),
    ):
        assert polarity(f"{indicator} {label}", indicator) is expected, indicator


def test_a_word_of_finding_is_neither_a_service_nor_the_bad_thing() -> None:
    assert not FOUND & SERVICES
    assert not FOUND & NOT_SERVICES
    assert not SERVICES & NOT_SERVICES


def test_the_rates_that_name_people_are_rates_and_bad_things() -> None:
    assert set(PEOPLE) <= set(RATES) <= set(LOWER_IS_BETTER)


def test_a_users_own_words_decide_what_is_bad() -> None:
    # "banjir" is no listed word; a user's list that names it makes flooded
    # spots lower-is-better, and one without "temuan" says nothing of findings
    words = (*LOWER_IS_BETTER, "banjir")
    assert polarity("jumlah titik banjir", unit="titik") is U
    assert polarity("jumlah titik banjir", unit="titik", words=words) is L
    without = tuple(w for w in LOWER_IS_BETTER if w != "temuan")
    assert polarity("jumlah temuan pemeriksaan", unit="temuan") is L
    assert polarity("jumlah temuan pemeriksaan", unit="temuan", words=without) is U


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        # hospital-acquired infections: fewer is better
        ("Angka infeksi nosokomial", L),
        ("Angka kejadian infeksi daerah operasi (IDO)", L),
        # the infections handled, or their decrease, are what is measured
        ("Persentase pasien infeksi yang ditangani", H),
        ("Persentase penurunan angka infeksi nosokomial", H),
    ],
)
def test_an_infection_rate_is_lower_is_better(wording: str, expected: Polarity) -> None:
    assert polarity(wording, unit="%") is expected


HOSPITAL = """LAPORAN KINERJA RSUD CONTOH TAHUN 2024

Tabel 3.1 Pengukuran Kinerja

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Angka kematian pasien > 48 jam (NDR) | permil | 25 | 22,4 | 110,40 |
| 2 | Angka infeksi nosokomial | % | 1,5 | 1,2 | {capaian} |
| 3 | Indeks Kepuasan Masyarakat | nilai | 82 | 84,12 | 102,59 |

Untuk indikator yang semakin rendah semakin baik, capaian dihitung dengan rumus
(2 − realisasi/target) × 100%.
"""


def test_an_infection_rate_printed_as_realisasi_over_target_is_found() -> None:
    found = findings_for(
        HOSPITAL.format(capaian="80,00"),
        select=("capaian-equals-realisasi-over-target",),
        source="rsud.md",
    )
    assert [f[1:] for f in compact(found)] == [
        ["tabel-3.1/row:2/col:capaian", 8, "120,00", "80,00"]
    ]


def test_an_infection_rate_by_the_stated_formula_passes() -> None:
    text = HOSPITAL.format(capaian="120,00")
    assert findings_for(text, source="rsud.md") == []


SATPOL = """LAPORAN KINERJA SATPOL PP CONTOH TAHUN 2024

Tabel 3.1 Pengukuran Capaian Indikator Kinerja Utama

| No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|
| 1 | Meningkatnya ketertiban umum | Rata-rata waktu respon pengaduan masyarakat | jam | 24 | 18,5 | 122,92 |
| 2 | {sasaran} | Persentase anggota Satlinmas yang terlatih | % | 40 | 38,6 | {capaian} |
"""
GANGGUAN = "Meningkatnya pelindungan masyarakat dari gangguan sosial"


@pytest.mark.parametrize("sasaran", [GANGGUAN, "Meningkatnya kesiapsiagaan"])
def test_a_bad_thing_in_the_sasaran_is_not_the_indicators(sasaran: str) -> None:
    # the indicator counts the trained; its sasaran names the disturbance it
    # protects from: 38,6 / 40 is right, 2 - 38,6 / 40 is not asked for
    text = SATPOL.format(sasaran=sasaran, capaian="96,50")
    assert findings_for(text, source="satpol.md") == []
    found = findings_for(
        SATPOL.format(sasaran=sasaran, capaian="95,00"),
        select=("capaian-equals-realisasi-over-target",),
        source="satpol.md",
    )
    assert [f[1:] for f in compact(found)] == [
        ["tabel-3.1/row:2/col:capaian", 8, "96,50", "95,00"]
    ]


def test_a_row_without_an_indicator_is_read_by_its_name() -> None:
    # no indicator column: the sasaran is the indicator, and it names the bad thing
    text = (
        "Tabel 3.1 Capaian Sasaran\n\n"
        "| No | Sasaran | Satuan | Target | Realisasi | Capaian (%) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Jumlah gangguan ketertiban umum | kejadian | 40 | 38 | 100,00 |\n"
    )
    found = findings_for(
        text, select=("capaian-equals-realisasi-over-target",), source="s.md"
    )
    assert [f[1:] for f in compact(found)] == [
        ["tabel-3.1/row:1/col:capaian", 5, "105,00", "100,00"]
    ]


@pytest.mark.parametrize(
    "wording",
    [
        "Rata-rata waktu penerbitan dokumen kependudukan",
        "Rata-rata lama penerbitan izin",
        "Waktu pengurusan surat keterangan",
        "Waktu proses perizinan",
    ],
)
def test_a_time_to_issue_is_lower_is_better(wording: str) -> None:
    assert polarity(wording.lower(), unit="hari") is L


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        # a death certificate is issued: more is better
        ("Persentase kepemilikan akta kematian", U),
        ("Cakupan penerbitan kutipan akta kematian", U),
        # deaths themselves stay lower-is-better
        ("Angka kematian ibu", L),
        ("Jumlah kematian bayi", L),
    ],
)
def test_a_document_named_by_the_death_it_records_is_no_death(
    wording: str, expected: Polarity
) -> None:
    assert polarity(wording.lower(), unit="%") is expected
