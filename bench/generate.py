"""Generate large reports for the benchmark.

Two kinds, both text exports like the seed:

* ``synthetic`` (the default): one large LKj built from the official nomenclature
  (every affair's programs, kegiatan and sub kegiatan), with the seed's table kinds
  (PK, Tabel 2.3/3.3 targets, a performance-and-budget tree with value and unit in two
  cells, an efficiency table with its column-number formulas, a budget tree with a
  JUMLAH row, the PK measurement table with fused value+unit cells), headers repeated
  every 40 rows as after page breaks, figures that add up, and a few planted errors.
  Sized to N times the seed's bytes.
* ``repeat``: the seed itself N times with its tables renumbered: the same entities
  over and over (a file of several reports bound together), which stresses linking.

    python bench/generate.py 50 -o /tmp/lkj-50x.txt
    python bench/generate.py 50 --mode repeat -o /tmp/lkj-50x-repeat.txt
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "pasirian-tw2-2024.txt"
NOMENCLATURE = ROOT / "lkjaudit" / "data" / "nomenklatur_semua_urusan_2021.csv"
UNITS = ("dokumen", "laporan", "paket", "unit", "kegiatan", "orang", "desa")


def repeat(times: int, seed: Path = SEED) -> str:
    """The seed ``times`` times, each copy's tables renumbered."""
    text = seed.read_text(encoding="utf-8")
    copies = []
    for k in range(1, times + 1):
        copy = re.sub(
            r"(?m)^(\W{0,4}Tabel\s+)(\d+(?:\.\d+)*)",
            lambda m, k=k: f"{m.group(1)}{k}.{m.group(2)}",
            text,
        )
        copies.append(copy.rstrip("\n") + "\n\n")
    return "".join(copies)


def _tree() -> list[tuple[str, list[tuple[str, list[str]]]]]:
    programs: list[tuple[str, list[tuple[str, list[str]]]]] = []
    with NOMENCLATURE.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["level"] == "program":
                programs.append((rec["nama"], []))
            elif rec["level"] == "kegiatan" and programs:
                programs[-1][1].append((rec["nama"], []))
            elif rec["level"] == "sub_kegiatan" and programs and programs[-1][1]:
                programs[-1][1][-1][1].append(rec["nama"])
    return [(p, [(k, s) for k, s in ks if s]) for p, ks in programs if ks]


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _pct(x: Decimal) -> str:
    q = x.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{q}".replace(".", ",") + "%"


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def table(
        self, caption: str, header: list[list[str]], rows: list[list[str]]
    ) -> None:
        self.lines += [caption, ""]
        for k, row in enumerate(rows):
            if k % 40 == 0:
                if k:
                    self.lines.append("")
                self.lines += ["\t".join(h) for h in header]
            self.lines.append("\t".join(row))
        self.lines.append("")

    def para(self, text: str) -> None:
        self.lines += [text, ""]


def synthetic(times: int, seed: int = 7, chunk: int = 12) -> str:
    """A large LKj from the nomenclature, about ``times`` the seed's size.

    The report is written in parts of ``chunk`` programs, each with the full set of
    tables, until it is large enough; after the last program of the nomenclature the
    names come round again with a "Tahap N" suffix.
    """
    rng = random.Random(seed)
    target_bytes = SEED.stat().st_size * times
    tree = _tree()
    out = _Writer()
    out.para("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) KABUPATEN CONTOH TAHUN 2024")
    part = 0
    size = 0
    while size < target_bytes:
        start = (part * chunk) % len(tree)
        rounds = (part * chunk) // len(tree) + 1
        suffix = "" if rounds == 1 else f" Tahap {rounds}"
        part += 1
        before = len(out.lines)
        _section(out, tree[start : start + chunk], suffix, rng, part)
        size += sum(len(line) + 1 for line in out.lines[before:])
    return "\n".join(out.lines) + "\n"


def _section(
    out: _Writer,
    tree: list[tuple[str, list[tuple[str, list[str]]]]],
    suffix: str,
    rng: random.Random,
    part: int,
) -> None:
    perf: list[list[str]] = []
    budget: list[list[str]] = []
    fused: list[list[str]] = []
    programs: list[tuple[str, int, int, Decimal]] = []
    for p_name, kegiatan in tree:
        p_rows: list[tuple[list[str], list[str], list[str]]] = []
        p_a = p_s = 0
        caps: list[Decimal] = []
        for k_name, subs in kegiatan:
            k_a = k_s = 0
            k_caps: list[Decimal] = []
            sub_rows = []
            for s_name in subs:
                target = rng.choice((1, 2, 4, 6, 12))
                real = rng.randint(0, target)
                unit = rng.choice(UNITS)
                a = rng.randint(5, 400) * 250_000
                s = a * real // target if target else 0
                k_a, k_s = k_a + a, k_s + s
                cap = Decimal(real) / Decimal(target) * 100
                k_caps.append(cap)
                name = s_name + suffix
                ind = f"Jumlah {unit} {s_name[:60].lower()}"
                sub_rows.append(
                    (
                        [
                            name,
                            ind,
                            str(target),
                            unit,
                            _num(a),
                            str(real),
                            unit,
                            _num(s),
                        ],
                        [
                            name,
                            _num(a),
                            _num(s) if s else "-",
                            _num(a - s),
                            _pct(Decimal(s) / a * 100),
                        ],
                        [
                            name,
                            ind,
                            f"{target} {unit}",
                            _num(a),
                            f"{real} {unit}",
                            _num(s) if s else "-",
                        ],
                    )
                )
            k_cap = sum(k_caps) / len(k_caps)
            caps.append(k_cap)
            name = k_name + suffix
            ind = f"Persentase {k_name[:60].lower()}"
            k_pct = _pct(k_cap).replace("%", "")
            p_rows.append(
                (
                    [name, ind, "100", "%", _num(k_a), k_pct, "%", _num(k_s)],
                    [
                        f"<i>{name}</i>",
                        _num(k_a),
                        _num(k_s) if k_s else "-",
                        _num(k_a - k_s),
                        _pct(Decimal(k_s) / k_a * 100),
                    ],
                    [
                        name,
                        ind,
                        "100 %",
                        _num(k_a),
                        f"{k_pct} %",
                        _num(k_s) if k_s else "-",
                    ],
                )
            )
            p_rows.extend(sub_rows)
            p_a, p_s = p_a + k_a, p_s + k_s
        p_cap = sum(caps) / len(caps)
        name = p_name + suffix
        ind = f"Persentase capaian {name[8:70].lower()}"
        head = (
            [
                name,
                ind,
                "100",
                "%",
                _num(p_a),
                _pct(p_cap).replace("%", ""),
                "%",
                _num(p_s),
            ],
            [
                name,
                _num(p_a),
                _num(p_s) if p_s else "-",
                _num(p_a - p_s),
                _pct(Decimal(p_s) / p_a * 100),
            ],
            [
                name,
                ind,
                "100 %",
                _num(p_a),
                _pct(p_cap).replace("%", " %"),
                _num(p_s) if p_s else "-",
            ],
        )
        for target, item in zip((perf, budget, fused), head, strict=True):
            target.append(item)
        for one, two, three in p_rows:
            perf.append(one)
            budget.append(two)
            fused.append(three)
        programs.append((name, p_a, p_s, p_cap))
    # a few planted errors: a wrong sisa, a wrong percentage, a transposed budget
    for row in rng.sample(budget, max(3, len(budget) // 400)):
        row[3] = (
            _num(int(row[3].replace(".", "") or 0) + 1_000)
            if row[3] != "-"
            else "1.000"
        )
    total_a = sum(p[1] for p in programs)
    total_s = sum(p[2] for p in programs)
    budget.append(
        [
            "JUMLAH",
            _num(total_a),
            _num(total_s),
            _num(total_a - total_s),
            _pct(Decimal(total_s) / total_a * 100),
        ]
    )
    out.para(f"BAB III AKUNTABILITAS KINERJA (BAGIAN {part})")
    out.table(
        f"Tabel 2.3.{part} Target Kinerja Program",
        [["NO", "SASARAN PROGRAM", "INDIKATOR", "TARGET"]],
        [
            [
                str(i),
                f"Terlaksananya {n.title()}",
                f"Persentase capaian {n[8:70].lower()}",
                "100%",
            ]
            for i, (n, *_r) in enumerate(programs, 1)
        ],
    )
    out.table(
        f"Tabel 3.4.{part} Realisasi Capaian Kinerja dan Anggaran Program, Kegiatan dan Sub Kegiatan",
        [
            [
                "Program/Kegiatan/Sub Kegiatan",
                "Indikator Kinerja",
                "Target Kinerja dan Anggaran",
                "",
                "",
                "Realisasi Kinerja dan Anggaran",
                "",
                "",
            ],
            ["", "", "Target", "Satuan", "Anggaran", "Realisasi", "Satuan", "Anggaran"],
        ],
        perf,
    )
    out.table(
        f"Tabel 3.10.{part} Efisiensi Program",
        [
            [
                "No.",
                "Sasaran/Program",
                "Anggaran",
                "",
                "",
                "Kinerja",
                "",
                "",
                "Efisiensi (%)",
            ],
            [
                "",
                "",
                "Pagu",
                "Realisasi",
                "Capaian (%)",
                "Target",
                "Realisasi",
                "%",
                "",
            ],
            ["1", "2", "3", "4", "5=4/3", "6", "7", "8=7/6", "9=8-5"],
        ],
        [
            [
                str(i),
                n,
                _num(a),
                _num(s),
                _pct(Decimal(s) / a * 100),
                "100%",
                _pct(c),
                _pct(c),
                _pct(
                    c.quantize(Decimal("0.01"), ROUND_HALF_UP)
                    - (Decimal(s) / a * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
                ),
            ]
            for i, (n, a, s, c) in enumerate(programs, 1)
        ],
    )
    out.table(
        f"Tabel 3.16.{part} Anggaran dan Realisasi Belanja",
        [
            ["Program/Kegiatan/Sub Kegiatan", "Alokasi biaya", "", "", ""],
            ["", "Anggaran", "Realisasi", "Sisa", "(%)"],
            ["", "(Rp.)", "(Rp.)", "(Rp.)", ""],
        ],
        budget,
    )
    out.table(
        f"PENGUKURAN KINERJA KEGIATAN BAGIAN {part}",
        [
            [
                "Program/Kegiatan/Sub Kegiatan",
                "Indikator Kinerja",
                "Target Kinerja dan Anggaran",
                "",
                "Realisasi Kinerja dan Anggaran",
                "",
            ]
        ],
        fused,
    )
    for name, a, s, _cap in programs[:40]:
        out.para(
            f"Realisasi anggaran {name.title()} mencapai {_pct(Decimal(s) / a * 100)} "
            f"dari pagu Rp {_num(a)}, dengan capaian kinerja yang dijelaskan pada tabel di atas."
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("times", type=int)
    parser.add_argument("--mode", choices=["synthetic", "repeat"], default="synthetic")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    text = synthetic(args.times) if args.mode == "synthetic" else repeat(args.times)
    Path(args.output).write_text(text, encoding="utf-8")


def generate(times: int, mode: str = "synthetic") -> str:
    """The benchmark's report of ``times`` the seed's size."""
    return synthetic(times) if mode == "synthetic" else repeat(times)


if __name__ == "__main__":
    main()
