"""Formulas a table states in its column-number row: ``6=5/4``, ``10=9-6``.

The formula is data read from the report, parsed here by a tiny recursive-descent
parser over column numbers, ``+ - * / : x ×`` and parentheses; nothing is evaluated
as code. Percent columns are treated as fractions (62,71% is 0,6271), so ``9=8/7`` over
two percentages and ``6=5/4`` over two rupiah amounts both give a percentage, and a
written ``×100%`` changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.arithmetic import (
    reported_itself,
    witnessed_note,
    witnessed_operands,
)
from lkjaudit.checks.common import is_figure, printed
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import figure, phrase
from lkjaudit.checks.support import Support
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, Row, Table
from lkjaudit.model.values import Value

__all__ = ["FormulaOptions", "Node", "parse_formula"]

_TOKEN = lazy(r"\s*(\d+(?:[.,]\d+)?%?|[-+*/:x×()])", re.IGNORECASE)


@dataclass(frozen=True)
class Node:
    """A formula node: an operator with two operands, a column number or a constant."""

    op: str  # "+", "-", "*", "/", "col", "const"
    left: Node | None = None
    right: Node | None = None
    value: str = ""

    def columns(self) -> set[str]:
        """The column numbers the formula reads."""
        if self.op == "col":
            return {self.value}
        found: set[str] = set()
        for child in (self.left, self.right):
            if child is not None:
                found |= child.columns()
        return found

    def text(self) -> str:
        """The formula written back, e.g. ``(9) − (6)``."""
        if self.op == "col":
            return f"({self.value})"
        if self.op == "const":
            return self.value
        assert self.left is not None and self.right is not None
        symbol = {"-": "−", "*": "×", "/": "/", "+": "+"}[self.op]
        return f"{self.left.text()} {symbol} {self.right.text()}"


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expr(self) -> Node:
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = Node(op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.atom()
        while self.peek() in ("*", "/", ":", "x", "×"):
            op = self.take()
            node = Node(
                "/" if op == ":" else ("*" if op in "x×" else op), node, self.atom()
            )
        return node

    def atom(self) -> Node:
        token = self.peek()
        if token is None:
            raise ValueError("formula ends too early")
        self.take()
        if token == "(":
            node = self.expr()
            if self.peek() != ")":
                raise ValueError("unbalanced parenthesis")
            self.take()
            return node
        if token.endswith("%") or "," in token or "." in token or len(token) > 2:
            return Node("const", value=token)
        if token.isdigit():
            return Node("col", value=token)
        raise ValueError(f"unexpected {token!r}")


def _tokens(text: str) -> list[str]:
    text = text.strip()
    out: list[str] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise ValueError(f"cannot read formula {text!r}")
        out.append(match.group(1).lower())
        pos = match.end()
    return out


def parse_formula(text: str) -> Node:
    """Parse a stated formula such as ``5/4`` or ``(8/7)x100%``; ValueError if not."""
    parser = _Parser(text)
    node = parser.expr()
    if parser.peek() is not None:
        raise ValueError(f"unexpected {parser.peek()!r} in formula {text!r}")
    return node


def _constant(token: str) -> Decimal:
    if token.endswith("%"):
        return Decimal(token[:-1].replace(",", ".")) / 100
    return Decimal(token.replace(",", "."))


def _evaluate(node: Node, operands: dict[str, Interval]) -> Interval:
    if node.op == "col":
        return operands[node.value]
    if node.op == "const":
        return Interval.exact(_constant(node.value))
    assert node.left is not None and node.right is not None
    left, right = _evaluate(node.left, operands), _evaluate(node.right, operands)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    return left / right


class FormulaOptions(BaseModel):
    """Options of the ``column-formula`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _fraction(value_interval: Interval, is_percent: bool) -> Interval:
    return value_interval.scale(Decimal("0.01")) if is_percent else value_interval


def _is_percent(table: Table, column: Column, row: Row) -> bool:
    return table.value(row, column).unit == "%" or column.is_percent


@check(
    "column-formula",
    options=FormulaOptions,
    provides=("formula", "operands", "witnessed"),
)
def column_formula(
    table: Table, opts: FormulaOptions, ctx: Context
) -> Iterator[Violation]:
    """Apply every formula stated in the column-number row to every row.

    ``6=5/4`` means column 6 holds column 5 divided by column 4. Values merged
    vertically in the original (blank in a continuation row) take the value above.
    Skips rows where an operand or the result is not a figure or a divisor is zero,
    and formulas that cannot be parsed or name a column that does not exist. A
    budget operand that the report's own redundancy shows to be wrong
    (:func:`~lkjaudit.checks.support.supported`) is taken at the figure it
    supports: a result right for that figure is not reported (the operand's own
    finding covers it), and a wrong one is told what that figure gives.
    """
    by_number = {c.number: c for c in table.columns if c.number}
    for result in table.columns:
        if not result.formula:
            continue
        try:
            tree = parse_formula(result.formula)
        except ValueError:
            continue
        if not tree.columns() <= set(by_number):
            continue
        for row in table.rows:
            violation = _check_row(table, row, result, tree, by_number, ctx)
            if violation is not None:
                yield violation


def _check_row(
    table: Table,
    row: Row,
    result: Column,
    tree: Node,
    by_number: dict[str, Column],
    ctx: Context,
) -> Violation | None:
    if result.index in row.inherited:
        return None
    res = table.value(row, result)
    numbers = sorted(tree.columns(), key=int)
    cols = tuple(by_number[n] for n in numbers)
    if not is_figure(res) or not all(is_figure(table.value(row, c)) for c in cols):
        return None
    taken = witnessed_operands(ctx.report, table, row, cols)
    values = {n: value for n, (value, _) in zip(numbers, taken, strict=True)}
    fixes = [fix for _, fix in taken if fix is not None]
    operands = {
        n: _fraction(operand(v), _is_percent(table, by_number[n], row))
        for n, v in values.items()
    }
    try:
        expected = _evaluate(tree, operands)
    except ZeroDivisionError:
        return None
    if _is_percent(table, result, row):
        expected = expected.scale(Decimal(100))
    if agrees(expected, res):
        return None  # NOTE: under a witnessed operand, the operand's finding covers it
    if fixes and reported_itself(table, row, result, expected, ctx):
        return None
    number = result.number or "?"
    return ctx.violation(
        ctx.cell_location(table, row, result),
        expected=display(
            expected.mid,
            res,
            ctx.percent_unit(table, result, res)
            if _is_percent(table, result, row)
            else None,
            mark=ctx.decimal_mark(table, result, res),
        ),
        actual=printed(table, row, result, res),
        related=[ctx.cell_location(table, row, c) for c in cols]
        + [loc for fix in fixes for loc in fix.locations(ctx)],
        confidence=Confidence.MEDIUM if fixes else None,
        formula=f"({number}) = {tree.text()}",
        # NOTE: an operand taken at its witnessed figure is shown as that figure
        operands=", ".join(
            f"({n}) {_operand_text(table, row, col, value, fix, ctx.lang)}"
            for n, col, (value, fix) in zip(numbers, cols, taken, strict=True)
        ),
        witnessed=witnessed_note(table, row, cols, taken, ctx),
    )


def _operand_text(
    table: Table, row: Row, col: Column, value: Value, fix: Support | None, lang: str
) -> str:
    """An operand as the message shows it.

    A dash is said to be none; a figure the row takes from the merged cell of the
    row above (its own cell is blank) says so, since the row prints no such figure.
    """
    if fix is not None and value.number is not None:
        text = display(value.number, value)
    else:
        text = figure(printed(table, row, col, value), value, lang)
    if col.index in row.inherited and row.entity is not None:
        text += phrase("operand.merged", lang)
    return text
