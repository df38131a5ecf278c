"""The prose index files every row where a plain search over the report would.

The index is built in a few passes for speed; these tests build the same tables
the plain way, by brute force over the entities, and compare.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from lkjaudit.checks.quotes import (
    _ORDINAL,
    _ORDINALS,
    WINDOW,
    Entity,
    ProseIndex,
    prose_index,
)
from lkjaudit.model.report import ColumnRole, Report, RowKind
from lkjaudit.prose.text import tokens
from lkjaudit.readers import load_report

from conftest import SAMPLES, report_from

_ASIDE = re.compile(r"\([^()]*\)")  # "(response time)" in a name

_Key = tuple[str, frozenset[str], frozenset[str], tuple[frozenset[str], ...]]


def _rarest(name: frozenset[str], counts: Counter[str]) -> set[str]:
    """The words a text covering three quarters of a name holds one of at least."""
    ranked = sorted(name, key=lambda word: (counts[word], word))
    return set(ranked[: len(name) // 4 + 1])


def _plain_postings(index: ProseIndex) -> dict[str, list[tuple[int, _Key]]]:
    keys = list(index._groups)  # in the order they first appear
    counts = Counter(
        word for key in keys for name in (key[1], key[2], *key[3]) for word in name
    )
    where: dict[_Key, set[int]] = {}
    for entity in index.entities:
        key = (entity.kind, entity.label, entity.indikator, entity.alias)
        where.setdefault(key, set()).add(index.tables.index(entity.table))
    indexed = {
        key: set().union(*(_rarest(name, counts) for name in (key[1], key[2], *key[3])))
        for key in keys
    }
    words = {
        word for key in keys for name in (key[1], key[2], *key[3]) for word in name
    }
    found: dict[str, list[tuple[int, _Key]]] = {}
    for word in sorted(words):
        pairs = [
            (pos, key)
            for pos in range(len(index.tables))
            for key in keys
            if pos in where[key] and word in indexed[key]
        ]
        if pairs:
            found[word] = pairs
    return found


_PROGRAMS = [
    "Program Pelayanan Perizinan Terpadu",
    "Program Pembinaan dan Pengawasan Pemerintahan Desa",
    "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    "Program Perizinan Usaha Desa",
]


def _long_report() -> str:
    """Forty budget tables, each naming three of four programs that share words."""
    parts = ["# LAPORAN KINERJA DINAS CONTOH TAHUN 2023", ""]
    for k in range(1, 41):
        parts += [
            f"**Tabel 3.{k} Realisasi Anggaran Bagian {k}**",
            "",
            "| No | Program | Anggaran (Rp) | Realisasi (Rp) | % |",
            "|---|---|---:|---:|---:|",
        ]
        for n, name in enumerate(_PROGRAMS[k % 2 :][:3], start=1):
            parts.append(f"| {n} | {name} | {k}.000.000 | {k}.000.000 | 100,00% |")
        parts += ["", f"Pagu {_PROGRAMS[k % 4]} Rp {k}.000.000.", ""]
    return "\n".join(parts)


@pytest.fixture(
    scope="module",
    params=[
        "sukamaju-2023.md",
        "pasirian-tw2-2024.txt",
        "pasirian-tw2-2024.xlsx",
        "long",
    ],
)
def report(request: pytest.FixtureRequest) -> Report:
    if request.param == "long":
        return report_from(_long_report(), "long.md")
    return load_report(str(SAMPLES / request.param))


def test_every_name_is_filed_under_its_rarest_words(report: Report) -> None:
    index = prose_index(report)
    filed = {
        word: list(zip(postings._pos, postings._items, strict=True))
        for word, postings in index._postings.items()
    }
    assert filed == _plain_postings(index)


def test_rows_are_grouped_by_name_and_by_ordinal(report: Report) -> None:
    index = prose_index(report)
    by_name: dict[object, list[object]] = {}
    by_ordinal: dict[object, list[object]] = {}
    for entity in index.entities:
        key = (entity.kind, entity.label, entity.indikator, entity.alias)
        by_name.setdefault(key, []).append(entity)
        by_ordinal.setdefault((entity.kind, entity.ordinal), []).append(entity)
    index._ordinal("sasaran", 1)  # NOTE: the ordinals are filed on first use
    assert index._ordinals is not None
    for plain, filed in ((by_name, index._groups), (by_ordinal, index._ordinals)):
        assert list(filed) == list(plain)
        for key, members in filed.items():
            assert members._items == plain[key]
            assert members._pos == [index.tables.index(e.table) for e in plain[key]]


def test_every_row_is_named_by_its_label_and_its_indicator(report: Report) -> None:
    index = prose_index(report)
    rows = [
        (table, row)
        for table in index.tables
        if table.columns
        for row in table.rows
        if row.kind != RowKind.TOTAL
    ]
    assert [(e.table, e.row) for e in index.entities] == rows
    for entity in index.entities:
        table, row = entity.table, entity.row
        col = table.column(ColumnRole.INDIKATOR)
        indikator = row.cells[col.cells[0]].text if col is not None else ""
        label = table.label_of(table.entity_row(row))
        if entity.kind != "item":  # a name's aside is not required (but an item's is)
            label, indikator = _ASIDE.sub(" ", label), _ASIDE.sub(" ", indikator)
        assert entity.label == tokens(label)
        assert entity.indikator == tokens(indikator)


def _plain_score(entity: Entity, text: str, words: frozenset[str]) -> tuple[float, int]:
    """A row's score for a text, every name scored in full (no index, no bound)."""
    ordinals = [
        (
            m.group("kind").lower(),
            _ORDINALS.get(m.group("n").lower()) or int(m.group("n")),
        )
        for m in _ORDINAL.finditer(text)
    ]
    if (entity.kind, entity.ordinal) in ordinals:
        return 2.0, 0
    scores = []
    for name, short in (
        (entity.label, entity.kind == "item"),
        (entity.indikator, False),
    ):
        hits = len(name & words)
        cover = hits / len(name) if name else 0.0
        fits = cover >= 0.75 and (hits >= 2 or (short and hits == len(name)))
        scores.append((cover, hits) if fits else (0.0, 0))
    if not scores[0][0] and not scores[1][0]:
        covered = [a for a in entity.alias if a <= words]
        if covered:
            return 1.0, max(map(len, covered))  # named by another name alone
        return 0.0, 0
    # a word both names hold counts once
    hits = scores[0][1] + scores[1][1]
    if scores[0][0] and scores[1][0]:
        hits = len((entity.label | entity.indikator) & words)
    return max(scores[0][0], scores[1][0]), hits


def _plain_best(
    scores: list[tuple[tuple[float, int], Entity]], words: frozenset[str]
) -> list[int]:
    """The ids of the best rows, each row below which the text names a row of its
    own words replaced by the deepest such rows (the best named of them)."""
    best = max((score for score, _ in scores), default=(0.0, 0))
    if not best[0]:
        return []
    tops = [e for score, e in scores if score == best]
    if best[0] > 1:  # an ordinal names its row, nothing below it
        return [id(e) for e in tops]

    def chain(e: Entity) -> list[int]:
        up, row = [], e.table.entity_row(e.row)
        while row.parent is not None:
            up.append(row.parent)
            row = e.table.rows[row.parent - 1]
        return up

    def key(e: Entity) -> tuple[int, int]:
        return id(e.table), e.table.entity_row(e.row).index

    found: dict[int, Entity] = {}
    top_rows = {key(e) for e in tops}
    for top in tops:
        under = []
        for score, e in scores:
            if not score[0] or e.table is not top.table or key(e) in top_rows:
                continue
            up = chain(e)
            # the nearest of the best rows above it must be this one
            nearest = next((p for p in up if (id(e.table), p) in top_rows), None)
            if nearest != key(top)[1]:
                continue
            if ((e.label | e.indikator) & words) - top.label - top.indikator:
                under.append(e)
        if not under:
            found[id(top)] = top
            continue
        deepest = max(len(chain(e)) for e in under)
        under = [e for e in under if len(chain(e)) == deepest]

        def named(e: Entity) -> tuple[float, int]:
            cover = max(
                len(n & words) / len(n) if n else 0.0 for n in (e.label, e.indikator)
            )
            return cover, len((e.label | e.indikator) & words)

        most = max(named(e) for e in under)
        found.update((id(e), e) for e in under if named(e) == most)
    return list(found)


@pytest.mark.parametrize("items", [False, True])
def test_the_index_finds_the_rows_scoring_every_row_finds(
    report: Report, items: bool
) -> None:
    index = prose_index(report)
    texts = [s.text for s in index.claims.sentences]
    texts += [c.before for c in index.claims.figures]
    for text in texts:
        words = tokens(text)
        found, top = index._best(
            text, words, lambda e: True, items, None, 0, len(index.tables)
        )
        scores = [
            (_plain_score(e, text, words), e)
            for e in index.entities
            if (e.kind == "item") == items
        ]
        best = max((score for score, _ in scores), default=(0.0, 0))
        assert top == (best if best[0] else (0.0, 0))
        assert sorted(map(id, found)) == sorted(_plain_best(scores, words))


def test_a_text_is_read_for_each_need_as_if_scored_afresh(report: Report) -> None:
    # NOTE: a text's groups are scored once per window and reused for the next
    # claim's need: what one need keeps must not leak into another's answer
    index = prose_index(report)
    needs = [
        lambda e: e.table.column(ColumnRole.CAPAIAN) is not None,
        lambda e: True,
        lambda e: e.table.column(ColumnRole.ANGGARAN) is not None,
        lambda e: False,
    ]
    texts = [c.before for c in index.claims.figures] + [
        c.prefix for c in index.claims.figures
    ]
    differ = 0
    for text in texts:
        words = tokens(text)
        answers = []
        for need in needs:
            found, top = index._best(
                text, words, need, False, None, 0, len(index.tables)
            )
            scores = [
                (_plain_score(e, text, words), e)
                for e in index.entities
                if e.kind != "item" and need(e)
            ]
            best = max((score for score, _ in scores), default=(0.0, 0))
            assert top == (best if best[0] else (0.0, 0))
            assert sorted(map(id, found)) == sorted(_plain_best(scores, words))
            answers.append(sorted(map(id, found)))
        differ += len({tuple(a) for a in answers}) > 1
    assert differ  # NOTE: some text is answered differently for different needs


def _window_plain(starts: list[int], at: int) -> tuple[int, int]:
    """The WINDOW tables nearest a line, taken one by one (the one above on a tie)."""
    lo = hi = sum(1 for s in starts if s <= at)
    while hi - lo < WINDOW:
        above = at - starts[lo - 1] if lo > 0 else None
        below = starts[hi] - at if hi < len(starts) else None
        if below is None or (above is not None and above <= below):
            lo -= 1
        else:
            hi += 1
    return lo, hi


@pytest.mark.parametrize("seed", range(40))
def test_the_window_is_the_nearest_tables_taken_one_by_one(seed: int) -> None:
    rng = random.Random(seed)
    index = ProseIndex.__new__(ProseIndex)
    starts = sorted(rng.randrange(0, 400) for _ in range(rng.randrange(WINDOW + 1, 90)))
    index._starts = starts
    for ordered in (True, False):
        index._ordered = ordered  # the step-by-step way when starts are out of order
        for at in [*range(-5, 410, 7), *starts, *(s + 1 for s in starts)]:
            assert index.window(at) == _window_plain(starts, at), (seed, at)
    assert index.window(None) == (0, len(starts))
