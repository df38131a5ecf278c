"""Analyse a large report's tables in two processes.

Each table is analysed on its own (linking comes after), so the last tables can go
to a fork while this process analyses the first ones. The fork sends its analysed
tables back pickled. Their cells are mostly the very cells this process still holds
(the fork inherited them and the analysis keeps them as they are), so those travel
as positions in a shared list rather than as copies: only the rows, columns,
parsed values and the few cells the analysis made itself are sent.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable
from typing import IO, Any

from lkjaudit.forking import run_split
from lkjaudit.model.report import Cell, Table

__all__ = ["analyze_split"]

# the fork's share of the rows: less than half, as it also pays for sending its
# tables back and this process for reading them
AWAY_SHARE = 0.45


def _cells(tables: list[Table]) -> list[Cell]:
    """Every cell the tables hold before analysis, in a fixed order."""
    pool: list[Cell] = []
    for table in tables:
        for line in table.header:
            pool.extend(line)
        pool.extend(table.numbering or ())
        for row in table.rows:
            pool.extend(row.cells)
    return pool


def _pooled_cell(position: int) -> Cell:
    """Stands in the message for a cell both processes hold (see :class:`_Reader`)."""
    raise RuntimeError(f"cell {position} read outside a message from the fork")


class _Writer(pickle.Pickler):
    def __init__(self, pipe: IO[bytes], where: dict[int, int]) -> None:
        super().__init__(pipe, protocol=pickle.HIGHEST_PROTOCOL)
        self._where = where

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is Cell:
            position = self._where.get(id(obj))
            if position is not None:
                return _pooled_cell, (position,)
        return NotImplemented


class _Reader(pickle.Unpickler):
    def __init__(self, sent: bytes, pool: list[Cell]) -> None:
        super().__init__(io.BytesIO(sent))
        self._pool = pool

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == _pooled_cell.__name__:
            return self._pool.__getitem__
        return super().find_class(module, name)


def _cut(tables: list[Table]) -> int:
    """Where the fork's share begins: the last tables, up to its share of the rows."""
    budget = sum(len(t.rows) for t in tables) * AWAY_SHARE
    cut = len(tables)
    while cut > 1 and len(tables[cut - 1].rows) <= budget:
        cut -= 1
        budget -= len(tables[cut].rows)
    return cut


def analyze_split(tables: list[Table], analyze_table: Callable[[Table], Table]) -> None:
    """Analyse every table in place, the last ones in a fork, with the same result.

    When the fork fails, its tables (untouched here) are analysed here after all.
    """
    cut = _cut(tables)
    if cut == len(tables):
        for table in tables:
            analyze_table(table)  # NOTE: one table holds most rows: nothing to share
        return
    away = tables[cut:]
    pool = _cells(away)
    # NOTE: the pool keeps every original cell alive in the fork, so no cell the
    # analysis makes there can take an original's place, and its id, in memory
    where = {id(cell): k for k, cell in enumerate(pool)}

    def send(result: list[Table], pipe: IO[bytes]) -> None:
        _Writer(pipe, where).dump(result)

    def receive(sent: bytes) -> list[Table]:
        received: list[Table] = _Reader(sent, pool).load()
        return received

    def there() -> list[Table]:
        return [analyze_table(t) for t in away]

    def here() -> list[Table]:
        return [analyze_table(t) for t in tables[:cut]]

    theirs, _ = run_split(there, here, send=send, receive=receive)
    if theirs is None or len(theirs) != len(away):
        for table in away:
            analyze_table(table)
    else:
        tables[cut:] = theirs
