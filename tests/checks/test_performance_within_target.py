"""Realisation far above its target: how far is far (the rule's ``threshold``).

Exceeding a target a little is ordinary in an annual report (85% against 80%), and
pointing out each case buried the few that matter; the rule speaks from 120% of the
target up, and the threshold is an option.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.checks.polarity import LOWER_IS_BETTER
from lkjaudit.config import load_config

from conftest import compact, findings_for, report_from

RULE = ("performance-within-target",)


def _report(realisasi: str, target: str = "12 laporan") -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024",
            "",
            "Tabel 3.1 Capaian Kinerja Kegiatan",
            "",
            "No\tKegiatan\tIndikator\tTarget\tRealisasi",
            "1\tPenyediaan Jasa Surat Menyurat\tJumlah laporan jasa surat menyurat"
            f"\t{target}\t{realisasi}",
            "",
        ]
    )


def test_far_above_the_target_is_pointed_out() -> None:
    # 15 / 12 = 125%
    found = findings_for(_report("15 laporan"), select=RULE)
    assert compact(found) == [
        [*RULE, "tabel-3.1/row:1/col:realisasi", 6, "≤ 12 laporan", "15 laporan"]
    ]
    assert found[0].evidence["percent"] == "125%"


def test_a_little_above_the_target_is_not() -> None:
    # 14 / 12 = 116,67%, and 85% / 80% = 106,25%
    assert findings_for(_report("14 laporan"), select=RULE) == []
    assert findings_for(_report("85 %", target="80 %"), select=RULE) == []


def test_exactly_the_threshold_is_not_above_it() -> None:
    # 12 / 10 = 120%: the threshold itself is allowed
    assert findings_for(_report("12 laporan", target="10 laporan"), select=RULE) == []
    found = findings_for(_report("13 laporan", target="10 laporan"), select=RULE)
    assert [f.evidence["percent"] for f in found] == ["130%"]


def _indicator(indikator: str, target: str, realisasi: str) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA DINAS CONTOH TAHUN 2024",
            "",
            "Tabel 3.1 Capaian Kinerja Sasaran",
            "",
            "No\tIndikator\tTarget\tRealisasi",
            f"1\t{indikator}\t{target}\t{realisasi}",
            "",
        ]
    )


def test_a_count_of_things_achieved_is_judged_as_higher_is_better() -> None:
    # "pertemuan" holds the lower-is-better "temuan" inside it, and "pengaduan yang
    # ditindaklanjuti" is a share of complaints handled: both higher-is-better, so
    # 15 / 12 = 125% and 90% / 50% = 180% are far above the target
    meetings = _indicator("Jumlah pertemuan koordinasi", "12 kali", "15 kali")
    found = findings_for(meetings, select=RULE)
    assert compact(found) == [
        [*RULE, "tabel-3.1/row:1/col:realisasi", 6, "≤ 12 kali", "15 kali"]
    ]
    handled = _indicator("Persentase pengaduan yang ditindaklanjuti", "50 %", "90 %")
    found = findings_for(handled, select=RULE)
    assert compact(found) == [
        [*RULE, "tabel-3.1/row:1/col:realisasi", 6, "≤ 50 %", "90 %"]
    ]


def test_a_lower_is_better_indicator_is_not_judged_here() -> None:
    # fewer complaints, findings or poor households than targeted: judged by the
    # capaian, not as realisation above a target
    for indikator, target, realisasi in (
        ("Jumlah pengaduan layanan", "40 pengaduan", "60 pengaduan"),
        ("Jumlah temuan pemeriksaan", "10 temuan", "15 temuan"),
        ("Angka kemiskinan", "8 %", "11 %"),
        ("Waktu pelayanan perizinan", "3 hari", "5 hari"),
    ):
        report = _indicator(indikator, target, realisasi)
        assert findings_for(report, select=RULE) == [], indikator


def test_a_time_to_handle_or_an_undone_share_is_not_judged_here() -> None:
    # a longer time than targeted, or more complaints left without follow-up, is
    # poor performance judged by the capaian, not a realisation above a target:
    # "penanganan" and "penyelesaian" name what is timed, "belum" undoes the
    # handling
    for indikator, target, realisasi in (
        ("Waktu tanggap penanganan pengaduan (hari)", "2 hari", "5 hari"),
        ("Rata-rata waktu penyelesaian perizinan", "3 hari", "6 hari"),
        ("Persentase pengaduan yang belum ditindaklanjuti", "5 %", "20 %"),
        ("Persentase pengaduan yang tidak dapat diselesaikan", "5 %", "20 %"),
        ("Jumlah temuan yang belum selesai ditindaklanjuti", "4 temuan", "9 temuan"),
        ("Persentase balita yang mengalami stunting", "10 %", "14 %"),
    ):
        report = _indicator(indikator, target, realisasi)
        assert findings_for(report, select=RULE) == [], indikator


def test_a_share_of_cases_found_or_settled_is_pointed_out() -> None:
    # more cases found, disputes settled or permits issued on time is better:
    # 80 / 50 = 160%, 90 / 40 = 225% and 90 / 50 = 180% are far above the target
    # (a deadline, "tepat waktu", times nothing)
    for indikator, target, realisasi in (
        ("Cakupan penemuan kasus", "50 %", "80 %"),
        ("Persentase penyelesaian sengketa", "40 %", "90 %"),
        ("Persentase pengaduan yang diselesaikan tepat waktu", "50 %", "90 %"),
        ("Ketepatan waktu penyelesaian perizinan", "50 %", "90 %"),
    ):
        found = findings_for(_indicator(indikator, target, realisasi), select=RULE)
        assert compact(found) == [
            [*RULE, "tabel-3.1/row:1/col:realisasi", 6, f"≤ {target}", realisasi]
        ], indikator


def test_a_decrease_of_a_bad_thing_or_an_output_count_is_pointed_out() -> None:
    # what is measured is a decrease (a word of decrease before the bad thing) or
    # documents and activities produced, whatever their topic: more is better, so
    # 2 / 1, 30 / 10, 8 / 5, 50 / 20, 12 / 4 and 6 / 2 are far above the target
    for indikator, target, realisasi in (
        ("Persentase penurunan angka kemiskinan", "1 %", "2 %"),
        ("Menurunnya jumlah pengaduan masyarakat", "10 %", "30 %"),
        ("Berkurangnya kasus stunting", "5 %", "8 %"),
        ("Tingkat penurunan pelanggaran perda", "20 %", "50 %"),
        ("Jumlah laporan penyediaan layanan pengaduan", "4 laporan", "12 laporan"),
        ("Jumlah dokumen hasil penanganan pengaduan", "2 dokumen", "6 dokumen"),
        ("Jumlah sosialisasi pencegahan stunting", "2 kali", "6 kali"),
        ("Jumlah kegiatan pengendalian kebakaran", "4 kegiatan", "12 kegiatan"),
    ):
        found = findings_for(_indicator(indikator, target, realisasi), select=RULE)
        assert compact(found) == [
            [*RULE, "tabel-3.1/row:1/col:realisasi", 6, f"≤ {target}", realisasi]
        ], indikator


def test_an_increase_or_a_count_of_the_bad_thing_is_not_judged_here() -> None:
    # more poverty, more complaints counted in complaints or more complaint
    # reports received than targeted is poor performance, judged by the capaian
    for indikator, target, realisasi in (
        ("Peningkatan angka kemiskinan", "8 %", "11 %"),
        ("Menurunnya jumlah pengaduan masyarakat", "10 pengaduan", "30 pengaduan"),
        ("Berkurangnya kasus stunting", "20 kasus", "35 kasus"),
        ("Jumlah laporan pengaduan masyarakat", "10 laporan", "30 laporan"),
    ):
        report = _indicator(indikator, target, realisasi)
        assert findings_for(report, select=RULE) == [], indikator


def test_a_decrease_within_the_threshold_is_not_pointed_out() -> None:
    # 11 / 10 = 110%: a decrease a little above its target is ordinary
    report = _indicator("Persentase penurunan angka kemiskinan", "10 %", "11 %")
    assert findings_for(report, select=RULE) == []


def test_cases_served_far_above_the_target_are_pointed_out() -> None:
    # a passive verb after "yang" serves the cases named before it, and "kasus
    # lama" are old cases: more is better, so 150 / 100, 30 / 20 and 90 / 60 are
    # far above the target
    for indikator, target, realisasi in (
        ("Jumlah kasus TB yang ditemukan dan diobati", "100 kasus", "150 kasus"),
        ("Persentase pelanggaran Perda yang ditertibkan", "40 %", "90 %"),
        ("Persentase pengaduan masyarakat yang diproses", "60 %", "90 %"),
        ("Jumlah tunggakan kasus lama yang diselesaikan", "20 kasus", "30 kasus"),
    ):
        found = findings_for(_indicator(indikator, target, realisasi), select=RULE)
        assert compact(found) == [
            [*RULE, "tabel-3.1/row:1/col:realisasi", 6, f"≤ {target}", realisasi]
        ], indikator


def test_cases_not_served_are_not_judged_here() -> None:
    # a handling not done (adverbs between), the bad events recorded, the
    # condition itself, a rate of deaths and a time ("rata-rata lama") stay
    # lower-is-better
    for indikator, target, realisasi in (
        ("Persentase pengaduan yang belum sepenuhnya ditindaklanjuti", "5 %", "20 %"),
        ("Persentase pelanggaran yang tidak segera ditangani", "5 %", "9 %"),
        ("Jumlah kasus DBD yang dilaporkan", "50 kasus", "90 kasus"),
        ("Persentase balita yang terkena stunting", "10 %", "14 %"),
        ("Angka kematian pasien yang dirawat lebih dari 48 jam", "20", "30"),
        ("Rata-rata lama pengaduan diselesaikan", "2 hari", "5 hari"),
    ):
        report = _indicator(indikator, target, realisasi)
        assert findings_for(report, select=RULE) == [], indikator


def test_people_served_far_above_the_target_are_pointed_out() -> None:
    # the unemployed trained, guided or placed in work are people served: more is
    # better, so 150 / 100 and 45 / 30 are far above the target
    for indikator, target, realisasi in (
        ("Jumlah pengangguran yang dilatih", "100 orang", "150 orang"),
        ("Persentase pengangguran yang ditempatkan", "30 %", "45 %"),
    ):
        found = findings_for(_indicator(indikator, target, realisasi), select=RULE)
        assert compact(found) == [
            [*RULE, "tabel-3.1/row:1/col:realisasi", 6, f"≤ {target}", realisasi]
        ], indikator


def test_the_unemployed_and_their_rate_are_not_judged_here() -> None:
    # more unemployed, or a higher unemployment rate, than targeted is poor
    # performance judged by the capaian; so is the rate among those trained
    for indikator, target, realisasi in (
        ("Jumlah pengangguran", "1.000 orang", "1.500 orang"),
        ("Tingkat pengangguran terbuka", "5 %", "8 %"),
        ("Tingkat pengangguran lulusan SMK yang dilatih", "10 %", "15 %"),
    ):
        report = _indicator(indikator, target, realisasi)
        assert findings_for(report, select=RULE) == [], indikator


def test_cases_found_alone_are_judged_by_their_figures() -> None:
    # the wording of cases found says neither way: 30 / 20 = 150% far above the
    # target is pointed out as for any indicator the wording does not settle, as
    # are the cases found and treated; the cases reported stay lower-is-better
    for indikator in (
        "Jumlah pelanggaran Perda yang ditemukan",
        "Jumlah kasus TBC yang terdeteksi",
        "Jumlah kasus TBC yang ditemukan dan diobati",
    ):
        found = findings_for(_indicator(indikator, "20 kasus", "30 kasus"), select=RULE)
        assert compact(found) == [
            [*RULE, "tabel-3.1/row:1/col:realisasi", 6, "≤ 20 kasus", "30 kasus"]
        ], indikator
    reported = _indicator("Jumlah kasus TBC yang dilaporkan", "20 kasus", "30 kasus")
    assert findings_for(reported, select=RULE) == []


def _configured(tmp_path: Path, words: list[str]) -> AuditOptions:
    listed = ", ".join(f'"{w}"' for w in words)
    config = tmp_path / "lkjaudit.toml"
    config.write_text(
        "\n".join(
            f"[rules.{rule}]\noptions = {{ lower_is_better = [{listed}] }}"
            for rule in (RULE[0], "capaian-equals-realisasi-over-target")
        ),
        encoding="utf-8",
    )
    options = load_config(config).audit_options(select=list(RULE))
    return replace(options, strict=True)


def test_the_users_own_lower_is_better_words_are_honoured(tmp_path: Path) -> None:
    # "banjir" is no built-in word: flooded spots 15 / 10 = 150% of the target are
    # pointed out, unless the user's list names it (lower-is-better, judged by the
    # capaian). "Temuan" is one: 15 / 10 findings are not judged here, unless the
    # user's list leaves it out
    floods = report_from(_indicator("Jumlah titik banjir", "10 titik", "15 titik"))
    findings = report_from(_indicator("Jumlah temuan BPK", "10 temuan", "15 temuan"))
    over = [*RULE, "tabel-3.1/row:1/col:realisasi", 6]
    default = AuditOptions(select=RULE, strict=True)
    assert compact(audit_report(floods, default)) == [[*over, "≤ 10 titik", "15 titik"]]
    assert audit_report(findings, default) == []
    own = [w for w in LOWER_IS_BETTER if w != "temuan"] + ["banjir"]
    configured = _configured(tmp_path, own)
    assert audit_report(floods, configured) == []
    assert compact(audit_report(findings, configured)) == [
        [*over, "≤ 10 temuan", "15 temuan"]
    ]


def _named(head: str, rows: list[str]) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA DINAS CONTOH TAHUN 2024",
            "",
            "Tabel 3.1 Capaian Kinerja Sasaran",
            "",
            f"No\t{head}\tTarget\tRealisasi",
            *rows,
            "",
        ]
    )


def test_a_table_without_an_indicator_column_is_read_by_the_rows_name() -> None:
    # the indicator is the row's name (Uraian, Sasaran, Kegiatan): more complaints
    # than targeted (60 / 40) is lower-is-better, judged by the capaian as the
    # capaian rule reads it; more meetings held (15 / 12 = 125%) is pointed out
    rows = [
        "1\tJumlah pengaduan layanan\t40 pengaduan\t60 pengaduan",
        "2\tJumlah pertemuan koordinasi\t12 kali\t15 kali",
    ]
    for head in ("Uraian", "Sasaran", "Kegiatan"):
        found = findings_for(_named(head, rows), select=RULE)
        assert compact(found) == [
            [*RULE, "tabel-3.1/row:2/col:realisasi", 7, "≤ 12 kali", "15 kali"]
        ], head


def test_the_poor_are_not_judged_here_but_the_poor_helped_are() -> None:
    # more poor people than targeted is poor performance judged by the capaian;
    # more of them receiving aid (1.500 / 1.000 = 150%) is far above the target
    table = "\n".join(
        [
            "LAPORAN KINERJA DINAS CONTOH TAHUN 2024",
            "",
            "Tabel 3.1 Capaian Kinerja Program",
            "",
            "No\tProgram\tIndikator\tTarget\tRealisasi",
            "1\tProgram Penanggulangan Kemiskinan\tJumlah penduduk miskin"
            "\t1.000 jiwa\t1.500 jiwa",
            "\t\tJumlah penduduk miskin yang menerima bantuan\t1.000 jiwa\t1.500 jiwa",
            "",
        ]
    )
    found = findings_for(table, select=RULE)
    assert compact(found) == [
        [*RULE, "tabel-3.1/row:2/col:realisasi", 7, "≤ 1.000 jiwa", "1.500 jiwa"]
    ]
