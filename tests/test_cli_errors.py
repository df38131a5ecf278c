"""Error lines on stderr: Bahasa Indonesia by default, English with --lang en.

Every family of error (report files, configuration, rule packs, baselines, rule
names, outputs, usage, internal errors) is one line, exit code 2, no traceback,
in the command's language: --lang, else the configuration's lang once it is read,
else id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, run_main

SEED = ROOT / "samples" / "pasirian-tw2-2024.txt"
BAD_PACK = "rules:\n  - id: [unclosed\n"


def _report(tmp: Path, text: str = "") -> Path:
    path = tmp / "lkj.txt"
    if text:
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(SEED.read_bytes())
    return path


def _config(tmp: Path, text: str) -> Path:
    path = tmp / "lkjaudit.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _pack(tmp: Path) -> Path:
    (tmp / "p.yaml").write_text(BAD_PACK, encoding="utf-8")
    return _config(tmp, 'rule-packs = ["p.yaml"]\n')


Args = Callable[[Path], list[object]]

# family: (the command line, the end of its error in Bahasa Indonesia, in English)
CASES: dict[str, tuple[Args, str, str]] = {
    "input-not-found": (
        lambda t: ["check", t / "tidak-ada.txt", "--no-config"],
        "tidak-ada.txt: berkas tidak ditemukan",
        "tidak-ada.txt: file not found",
    ),
    "input-not-an-lkj": (
        lambda t: ["check", _report(t, "Catatan rapat.\n"), "--no-config"],
        "lkj.txt: bukan Laporan Kinerja (LKj): tidak ada tabel kinerja atau "
        "anggaran, dan teksnya tidak cukup memuat istilah LKj (Laporan Kinerja, "
        "Perjanjian Kinerja, capaian kinerja, realisasi anggaran)",
        "lkj.txt: not an LKj report: no performance or budget tables, and too few "
        "LKj terms in the text (Laporan Kinerja, Perjanjian Kinerja, capaian "
        "kinerja, realisasi anggaran)",
    ),
    "input-empty-folder": (
        lambda t: ["check", t, "--no-config"],
        ".xlsm, .yaml, .yml, .json) dalam folder",
        ".xlsm, .yaml, .yml, .json) in folder",
    ),
    "extract-input": (
        lambda t: ["extract", t / "tidak-ada.pdf"],
        "tidak-ada.pdf: berkas tidak ditemukan",
        "tidak-ada.pdf: file not found",
    ),
    "config-not-found": (
        lambda t: ["check", SEED, "--config", t / "tidak-ada.toml"],
        "tidak-ada.toml: berkas konfigurasi tidak ditemukan",
        "tidak-ada.toml: configuration file not found",
    ),
    "config-invalid": (
        lambda t: ["check", SEED, "--config", _config(t, 'fail-on = "fatal"\n')],
        "lkjaudit.toml: fail-on: nilai tidak valid (Input should be 'error', "
        "'warning' or 'info')",
        "lkjaudit.toml: fail-on: Input should be 'error', 'warning' or 'info'",
    ),
    "config-unknown-key": (
        lambda t: ["rules", "--config", _config(t, "colour = 1\n")],
        'lkjaudit.toml: kunci "colour" tidak dikenal',
        'lkjaudit.toml: unknown key "colour"',
    ),
    "rule-pack": (
        lambda t: ["rules", "--config", _pack(t)],
        "p.yaml: baris 3: YAML tidak valid (did not find expected ',' or ']')",
        "p.yaml: line 3: not valid YAML (did not find expected ',' or ']')",
    ),
    "baseline-not-found": (
        lambda t: ["check", SEED, "--baseline", t / "b.json", "--no-config"],
        "b.json: berkas baseline tidak ditemukan",
        "b.json: baseline file not found",
    ),
    "unknown-rule-selected": (
        lambda t: ["check", SEED, "--select", "tidak-ada", "--no-config"],
        "aturan atau tag 'tidak-ada' tidak dikenal (lihat 'lkjaudit rules')",
        "unknown rule or tag 'tidak-ada' (see 'lkjaudit rules')",
    ),
    "no-rule-selected": (
        lambda t: (
            ["check", SEED, "--select", "date-exists", "--ignore", "date-*"]
            + ["--no-config"]
        ),
        "tidak ada aturan yang dijalankan: --select/--ignore (atau select/ignore di "
        "konfigurasi) menyisihkan semuanya (lihat 'lkjaudit rules')",
        "no rule left to run: --select/--ignore (or select/ignore in the "
        "configuration) leave out every rule (see 'lkjaudit rules')",
    ),
    "unknown-rule-explained": (
        lambda t: ["explain", "tidak-ada", "--no-config"],
        "aturan 'tidak-ada' tidak dikenal (lihat 'lkjaudit rules')",
        "unknown rule 'tidak-ada' (see 'lkjaudit rules')",
    ),
    "output-over-the-report": (
        lambda t: ["check", _report(t), "-o", t / "lkj.txt", "--no-config"],
        "lkj.txt: menolak menimpa laporan yang sedang diperiksa",
        "lkj.txt: refusing to overwrite a report being checked",
    ),
    "extract-format": (
        lambda t: ["extract", SEED, "-o", t / "data.txt"],
        "atau .json, atau pakai --format (lihat 'lkjaudit extract --help')",
        "or .json, or give --format (see 'lkjaudit extract --help')",
    ),
    "usage-unknown-option": (
        lambda t: ["check", SEED, "--lnag"],
        "opsi '--lnag' tidak dikenal. Maksud Anda '--lang'? (lihat 'lkjaudit "
        "check --help')",
        "No such option '--lnag'. Did you mean '--lang'? (see 'lkjaudit check --help')",
    ),
    "usage-option-one-of": (
        lambda t: ["check", SEED, "--no-c", "x"],
        "opsi '--no-c' tidak dikenal. (Maksud Anda salah satu dari: '--no-cache', "
        "'--no-color', '--no-config'?) (lihat 'lkjaudit check --help')",
        "No such option '--no-c'. (Did you mean one of: '--no-cache', '--no-color', "
        "'--no-config'?) (see 'lkjaudit check --help')",
    ),
    "usage-option-far-from-any": (
        lambda t: ["check", SEED, "--bogus"],
        "opsi '--bogus' tidak dikenal. (lihat 'lkjaudit check --help')",
        "No such option '--bogus'. (see 'lkjaudit check --help')",
    ),
    "usage-unknown-command": (
        lambda t: ["chek", SEED],
        "perintah 'chek' tidak dikenal. Maksud Anda 'check'? (lihat 'lkjaudit --help')",
        "No such command 'chek'. Did you mean 'check'? (see 'lkjaudit --help')",
    ),
    "usage-missing-argument": (
        lambda t: ["explain"],
        "argumen 'RULE' wajib diisi. (lihat 'lkjaudit explain --help')",
        "Missing argument 'RULE'. (see 'lkjaudit explain --help')",
    ),
}


def _one_line(code: int, out: str, err: str, expected: str, status: int = 2) -> str:
    assert code == status, err
    assert out == ""
    assert "Traceback" not in err
    if status == 130:
        # NOTE: click ends the line the terminal echoed ^C on before it aborts
        assert err.startswith("\n")
        err = err[1:]
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lkjaudit: ") and lines[0].endswith(expected), err
    return lines[0]


@pytest.mark.parametrize("family", sorted(CASES))
def test_an_error_is_indonesian_by_default_and_english_on_request(
    family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args, indonesian, english = CASES[family]
    command = args(tmp_path)
    default = _one_line(*run_main(*command), indonesian)
    asked = _one_line(*run_main(*command, "--lang", "en"), english)
    assert default != asked


def test_the_configuration_sets_the_language_once_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _report(tmp_path)
    _config(tmp_path, 'lang = "en"\nbaseline = "b.json"\n')
    _one_line(*run_main("check", "lkj.txt"), "b.json: baseline file not found")
    indonesian = "b.json: berkas baseline tidak ditemukan"
    _one_line(*run_main("check", "lkj.txt", "--lang", "id"), indonesian)
    # a rule pack is read after the configuration: in its language too
    (tmp_path / "p.yaml").write_text(BAD_PACK, encoding="utf-8")
    _config(tmp_path, 'lang = "en"\nrule-packs = ["p.yaml"]\n')
    _one_line(
        *run_main("rules"), "line 3: not valid YAML (did not find expected ',' or ']')"
    )
    indonesian = "baris 3: YAML tidak valid (did not find expected ',' or ']')"
    _one_line(*run_main("rules", "--lang", "id"), indonesian)


def test_a_configuration_that_cannot_be_read_cannot_choose_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _config(tmp_path, 'lang = "en"\ncolour = 1\n')
    _one_line(*run_main("rules"), 'lkjaudit.toml: kunci "colour" tidak dikenal')
    _one_line(*run_main("rules", "--lang=en"), 'lkjaudit.toml: unknown key "colour"')


@pytest.mark.parametrize(
    ("config", "english"),
    [
        ("colour = 1\n", 'lkjaudit.toml: unknown key "colour"'),
        (
            'fail-on = "x"\n',
            "lkjaudit.toml: fail-on: Input should be 'error', 'warning' or 'info'",
        ),
        ("[x\n", "lkjaudit.toml: not valid TOML: Expected ']' at the end of a table"),
        ('select = ["nope"]\n', "lkjaudit.toml: unknown rule or tag 'nope'"),
        ("[rules.nope]\n", "lkjaudit.toml: rules.nope: unknown rule"),
        ('baseline = "b.json"\n', "b.json: baseline file not found"),
    ],
    ids=["key", "value", "toml", "selection", "rule", "baseline"],
)
def test_a_configuration_error_is_english_under_lang_en(
    config: str, english: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # NOTE: the file's own lang = "id" does not outweigh the command line's
    monkeypatch.chdir(tmp_path)
    _report(tmp_path)
    _config(tmp_path, 'lang = "id"\n' + config)
    commands = [("check", "lkj.txt", "--lang", "en"), ("--lang=en", "rules")]
    for args in commands[: 1 if "baseline" in config else 2]:  # rules reads none
        code, out, err = run_main(*args)
        assert (code, out) == (2, ""), err
        assert err.startswith(f"lkjaudit: {english}"), err
        assert len(err.splitlines()) == 1


def test_file_errors_among_findings_follow_the_language(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.txt"
    code, out, err = run_main("check", SEED, missing, "--no-config", "-j", "1")
    assert code == 2 and "Tabel 3.2" in out
    assert err == f"lkjaudit: {missing}: berkas tidak ditemukan\n"
    code, _, err = run_main("check", SEED, missing, "--no-config", "--lang", "en")
    assert code == 2 and err == f"lkjaudit: {missing}: file not found\n"


def test_baseline_notes_follow_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _report(tmp_path)
    code, _, err = run_main(
        "check", "lkj.txt", "--write-baseline", "b.json", "-f", "json", "--no-config"
    )
    assert code == 0 and err.startswith("lkjaudit: baseline ditulis: ")
    assert err.endswith(" temuan\n")
    code, _, err = run_main(
        "check",
        "lkj.txt",
        "--write-baseline",
        "b.json",
        "--lang",
        "en",
        "-f",
        "json",
        "--no-config",
    )
    assert code == 0 and err.startswith("lkjaudit: baseline written: ")


@pytest.mark.parametrize(
    ("raised", "indonesian", "english", "status"),
    [
        (
            RuntimeError("rusak"),
            "kesalahan internal: RuntimeError: rusak (setel LKJAUDIT_DEBUG=1 untuk "
            "rinciannya, dan mohon laporkan)",
            "internal error: RuntimeError: rusak (set LKJAUDIT_DEBUG=1 for details "
            "and please report it)",
            2,
        ),
        (KeyboardInterrupt(), "dihentikan", "interrupted", 130),
    ],
    ids=["internal-error", "interrupted"],
)
def test_internal_errors_and_interruptions_follow_the_language(
    monkeypatch: pytest.MonkeyPatch,
    raised: BaseException,
    indonesian: str,
    english: str,
    status: int,
) -> None:
    import lkjaudit.session

    def fail(*_: object, **__: object) -> None:
        raise raised

    monkeypatch.setattr(lkjaudit.session, "run_check", fail)
    monkeypatch.delenv("LKJAUDIT_DEBUG", raising=False)
    _one_line(*run_main("check", SEED, "--no-config"), indonesian, status)
    english_run = run_main("check", SEED, "--no-config", "--lang", "en")
    _one_line(*english_run, english, status)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("--selct", "'--select'"),  # a letter missing
        ("--formt", "'--format'"),
        ("--jbos", "'--jobs'"),  # two letters swapped
        ("--strictt", "'--strict'"),  # a letter added
        ("--conf", "'--config'"),  # the start of a name, not --no-config
        ("--no-confgi", "'--no-config'"),
    ],
)
def test_an_unknown_option_suggests_only_a_close_one(typed: str, meant: str) -> None:
    code, out, err = run_main("check", SEED, typed, "--lang", "en")
    expected = f"No such option '{typed}'. Did you mean {meant}? (see "
    assert (code, out) == (2, "")
    assert err == f"lkjaudit: {expected}'lkjaudit check --help')\n"


@pytest.mark.parametrize("typed", ["--bogus", "--xyz", "--s", "--colour-scheme"])
def test_an_option_close_to_none_is_named_without_a_guess(typed: str) -> None:
    # NOTE: click suggested --jobs for --bogus: the shared "--" made them alike
    code, out, err = run_main("check", SEED, typed, "--lang", "en")
    expected = f"lkjaudit: No such option '{typed}'. (see 'lkjaudit check --help')\n"
    assert (code, out, err) == (2, "", expected)


def test_an_unknown_command_far_from_any_is_named_without_a_guess() -> None:
    code, out, err = run_main("bogus", SEED, "--lang", "en")
    expected = "lkjaudit: No such command 'bogus'. (see 'lkjaudit --help')\n"
    assert (code, out, err) == (2, "", expected)


@pytest.mark.parametrize(
    ("args", "indonesian", "english"),
    [
        (
            ["check", SEED, "-o"],
            "opsi '-o' memerlukan nilai. (lihat 'lkjaudit check --help')",
            "Option '-o' requires an argument. (see 'lkjaudit check --help')",
        ),
        (
            ["check", SEED, "--select"],
            "opsi '--select' memerlukan nilai. (lihat 'lkjaudit check --help')",
            "Option '--select' requires an argument. (see 'lkjaudit check --help')",
        ),
        (
            ["check", SEED, "--fail-on"],
            "opsi '--fail-on' memerlukan nilai. (lihat 'lkjaudit check --help')",
            "Option '--fail-on' requires an argument. (see 'lkjaudit check --help')",
        ),
        (
            ["extract", SEED, "--format"],
            "opsi '--format' memerlukan nilai. (lihat 'lkjaudit extract --help')",
            "Option '--format' requires an argument. (see 'lkjaudit extract --help')",
        ),
        (
            ["check", SEED, "--strict=yes"],
            "opsi '--strict' tidak menerima nilai. (lihat 'lkjaudit check --help')",
            "Option '--strict' does not take a value. (see 'lkjaudit check --help')",
        ),
        (
            ["--lang"],
            "opsi '--lang' memerlukan nilai. (lihat 'lkjaudit --help')",
            "",
        ),
    ],
    ids=["output", "select", "fail-on", "extract-format", "flag-with-value", "group"],
)
def test_an_option_without_its_value_points_at_the_commands_help(
    args: list[object], indonesian: str, english: str
) -> None:
    # NOTE: --lang goes before the command: after it, the option would take it
    # as its value
    assert run_main(*args) == (2, "", f"lkjaudit: {indonesian}\n")
    if english:
        assert run_main("--lang", "en", *args) == (2, "", f"lkjaudit: {english}\n")
