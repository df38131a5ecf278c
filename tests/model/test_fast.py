from lkjaudit.model.fast import update
from lkjaudit.model.report import Cell, Row, RowKind


def test_update_equals_plain_assignment() -> None:
    a = Row(index=1, cells=[Cell(raw="x", text="x")])
    b = Row(index=1, cells=[Cell(raw="x", text="x")])
    update(a, kind=RowKind.TOTAL, entity=3, gap_before=True)
    b.kind, b.entity, b.gap_before = RowKind.TOTAL, 3, True
    assert a == b
    assert a.model_fields_set == b.model_fields_set
    assert a.model_dump() == b.model_dump()
