"""``--help`` in Bahasa Indonesia, or in English with ``--lang en``."""

from __future__ import annotations

import string

import click
import pytest

from lkjaudit.cli import cli
from lkjaudit.clihelp import HelpCommand, HelpGroup, help_key
from lkjaudit.helptexts import HELP, LANGUAGE_NEUTRAL

from conftest import ROOT, cli_runner, run_main

COMMANDS = sorted(cli.commands)

# a few exact lines of each page: the usage, a heading, an option's help, a default
PAGES = {
    ("lkjaudit", "id"): [
        "Penggunaan: lkjaudit [OPSI] PERINTAH [ARGUMEN]...",
        "Opsi:",
        "  -h, --help      Tampilkan bantuan ini lalu keluar.",
        "  -V, --version   Tampilkan versi lalu keluar.",
        "Perintah:",
        "  check    Periksa berkas laporan, atau semua laporan dalam folder.",
    ],
    ("lkjaudit", "en"): [
        "Usage: lkjaudit [OPTIONS] COMMAND [ARGS]...",
        "Options:",
        "  -h, --help      Show this message and exit.",
        "  -V, --version   Show the version and exit.",
        "Commands:",
        "  check    Check report files, or every report under a folder.",
    ],
    ("check", "id"): [
        "Penggunaan: lkjaudit check [OPSI] PATHS...",
        "Opsi:",
        "                                  Format keluaran.  [bawaan: terminal]",
        "  --no-config                     Abaikan semua berkas konfigurasi.",
        "  -o, --output FILE               Tulis keluaran ke berkas ini.",
        "                                  satu laporan.  [bawaan: 500.000; minimal 1]",
        "  Kode keluar:",
        "    2  kesalahan penggunaan, konfigurasi, atau berkas masukan",
    ],
    ("check", "en"): [
        "Usage: lkjaudit check [OPTIONS] PATHS...",
        "Options:",
        "                                  Output format.  [default: terminal]",
        "  --no-config                     Ignore every configuration file.",
        "  -o, --output FILE               Write the output to this file.",
        "                                  [default: 500000; x>=1]",
        "  Exit codes:",
        "    2  usage, configuration or input error",
    ],
    ("rules", "id"): [
        "Penggunaan: lkjaudit rules [OPSI]",
        "Opsi:",
        "  --no-config     Abaikan semua berkas konfigurasi.",
        "                  [bawaan: id, atau lang dari konfigurasi]",
    ],
    ("rules", "en"): [
        "Usage: lkjaudit rules [OPTIONS]",
        "Options:",
        "  --no-config     Ignore every configuration file.",
        "  --lang [id|en]  Language: Bahasa Indonesia or English.  [default: id, or the",
        "                  config's]",
    ],
    ("explain", "id"): [
        "Penggunaan: lkjaudit explain [OPSI] RULE",
        "Opsi:",
        "  -h, --help      Tampilkan bantuan ini lalu keluar.",
        "                  [bawaan: id, atau lang dari konfigurasi]",
    ],
    ("explain", "en"): [
        "Usage: lkjaudit explain [OPTIONS] RULE",
        "Options:",
        "  -h, --help      Show this message and exit.",
        "  --lang [id|en]  Language: Bahasa Indonesia or English.  [default: id, or the",
    ],
    ("extract", "id"): [
        "Penggunaan: lkjaudit extract [OPSI] PATH",
        "Opsi:",
        "  --lang [id|en]            Bahasa pesan kesalahan.  [bawaan: id]",
        "  --max-pages N             Jumlah halaman PDF terbanyak yang dibaca.  [bawaan:",
        "                            2.000; minimal 1]",
        "  Kode keluar:",
        "    0  data tertulis",
    ],
    ("extract", "en"): [
        "Usage: lkjaudit extract [OPTIONS] PATH",
        "Options:",
        "  --lang [id|en]            Language of error messages.  [default: id]",
        "  --max-pages N             Most PDF pages to read.  [default: 2000; x>=1]",
        "  Exit codes:",
        "    0  data written",
    ],
}


@pytest.fixture(autouse=True)
def _width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages as wide as on an 80-column terminal, wherever the tests run."""
    monkeypatch.setenv("COLUMNS", "80")


def _help(command: str, *lang: str) -> tuple[int, str]:
    words = [] if command == "lkjaudit" else [command]
    code, out, err = run_main(*words, "--help", *lang)
    assert err == ""
    return code, out


@pytest.mark.parametrize(
    ("command", "lang"), sorted(PAGES), ids=[f"{c}-{lang}" for c, lang in sorted(PAGES)]
)
def test_each_help_page_in_each_language(command: str, lang: str) -> None:
    code, out = _help(command, *(["--lang", "en"] if lang == "en" else []))
    assert code == 0
    lines = out.splitlines()
    for line in PAGES[command, lang]:
        assert line in lines, line
    assert lines[0] == PAGES[command, lang][0]


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "en", "--help"],
        ["--help", "--lang", "en"],
        ["--lang=en", "--help"],
        ["--lang", "en", "check", "--help"],
        ["check", "--lang", "en", "--help"],
        ["check", "--help", "--lang", "en"],
        ["check", "--help", "--lang", "id", "--lang", "en"],
    ],
)
def test_lang_anywhere_before_or_after_help(args: list[str]) -> None:
    code, out, _ = run_main(*args)
    assert code == 0 and out.startswith("Usage: lkjaudit")
    # NOTE: the group itself, without main() reading the arguments first
    result = cli_runner().invoke(cli, args)
    assert result.exit_code == 0 and result.stdout.startswith("Usage: lkjaudit")


def test_default_and_unknown_languages_give_indonesian() -> None:
    for args in (["--help"], ["check", "--help", "--lang", "fr"], ["-h"]):
        result = cli_runner().invoke(cli, args)
        assert result.stdout.startswith("Penggunaan: lkjaudit"), args


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_help_lists_every_option_with_its_help(command: str, lang: str) -> None:
    code, out = _help(command, "--lang", lang)
    assert code == 0
    sub = cli.commands[command]
    with click.Context(sub, info_name=command) as ctx:
        for param in sub.get_params(ctx):
            if isinstance(param, click.Option):
                record = param.get_help_record(ctx)
                assert record is not None and record[0] in out, record
                key = help_key(command, param)
                assert key is not None, param.opts
                text = HELP[key][lang == "en"]
                assert text.split()[0] in out


def test_every_command_and_option_has_help_in_the_catalogue() -> None:
    for name in [*COMMANDS, "lkjaudit"]:
        assert f"{name}.help" in HELP
        if name != "lkjaudit":
            assert f"{name}.short" in HELP
    for param in cli.params:
        assert help_key("lkjaudit", param) is not None, param.opts


@pytest.mark.parametrize("key", sorted(HELP))
def test_every_help_entry_has_both_languages_with_the_same_fields(key: str) -> None:
    indonesian, english = HELP[key]
    assert indonesian.strip() and english.strip()
    fields = [
        sorted(f for _, f, _, _ in string.Formatter().parse(t) if f) for t in HELP[key]
    ]
    assert fields[0] == fields[1]
    assert indonesian.count("\b") == english.count("\b")
    assert indonesian.count("\n\n") == english.count("\n\n")  # the same paragraphs
    if key not in LANGUAGE_NEUTRAL:
        assert indonesian != english, "not translated"


def test_every_help_entry_is_used() -> None:
    keys = {f"{name}.{part}" for name in COMMANDS for part in ("help", "short")}
    keys |= {"lkjaudit.help", "check.epilog", "extract.epilog"}
    every = [(name, cli.commands[name]) for name in COMMANDS] + [("lkjaudit", cli)]
    for name, command in every:
        with click.Context(command, info_name=name) as ctx:
            for param in command.get_params(ctx):
                keys |= {help_key(name, param), help_key(name, param, ".default")}
    words = {key for key in HELP if key.startswith("click.")}
    assert set(HELP) - keys - words == set()


def _page(command: click.Command, *args: str) -> str:
    result = cli_runner().invoke(command, [*args, "--help"])
    assert result.exit_code == 0
    return result.stdout


def test_click_s_notes_are_worded_in_each_language() -> None:
    @click.command("probe", cls=HelpCommand)
    @click.option("--n", type=click.IntRange(0, 10_000, min_open=True), required=True)
    @click.option("--x", type=click.FloatRange(max=1.5, max_open=True))
    @click.option("--lang")
    def probe(n: int, x: float, lang: str) -> None:
        """Nothing: its help only."""

    HELP.setdefault("probe.help", ("Coba.", "Try."))
    try:
        indonesian, english = _page(probe), _page(probe, "--lang", "en")
    finally:
        del HELP["probe.help"]
    assert "[lebih dari 0 dan maksimal 10.000; wajib]" in indonesian
    assert "[x>0 and x<=10000; required]" in english
    assert "[kurang dari 1,5]" in indonesian and "[x<1.5]" in english


def test_a_group_s_hidden_commands_stay_hidden() -> None:
    @click.group("lkjaudit", cls=HelpGroup)
    def group() -> None:
        """Nothing: its help only."""

    @group.command("check", hidden=True)
    def hidden() -> None:
        """Nothing."""

    page = _page(group)
    assert "Perintah" not in page and "check" not in page


def test_lang_before_the_command_is_the_command_s_language() -> None:
    clean = str(ROOT / "tests" / "rules" / "stated-formula-holds" / "good.md")
    code, out, _ = run_main("--lang", "en", "check", clean, "--no-config")
    assert code == 0 and out.startswith("No findings in 1 file")
    code, out, _ = run_main("--lang", "en", "check", clean, "--lang", "id")
    assert code == 0 and out.startswith("Tidak ada temuan dalam 1 berkas")
    code, out, _ = run_main("--lang", "en", "rules", "--no-config")
    assert code == 0 and "severity" in out.splitlines()[0].lower()


@pytest.mark.parametrize("command", ["rules", "explain"])
def test_commands_without_paths_find_their_configuration_from_the_working_folder(
    command: str,
) -> None:
    english = run_main(command, "--help", "--lang", "en")[1]
    indonesian = run_main(command, "--help")[1]
    assert "checked paths" not in english and "working folder" in english
    assert "folder laporan" not in indonesian and "folder kerja" in indonesian
    # check takes paths: its configuration is found from them
    assert "checked paths" in run_main("check", "--help", "--lang", "en")[1]
