"""Each Russian-market export imports with no mapping step (`import FILE --yes`) and gives the
per-customer orders and money computed by hand in ru_exports.EXPECTED."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from tests.services.importing.platforms import ru_exports


def customers_by_identity(db_path: Path) -> tuple[int, dict[str, tuple[int, int]]]:
    """(number of customers, {name, phone and e-mail of each customer: (orders, money)})."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT c.display_name, c.phone_e164, c.email, COALESCE(s.orders_count, 0),"
            " COALESCE(s.total_spent_minor, 0)"
            " FROM customers c LEFT JOIN customer_stats s ON s.customer_id = c.id").fetchall()
    finally:
        conn.close()
    found: dict[str, tuple[int, int]] = {}
    for name, phone, email, orders, money in rows:
        for key in (name, phone, email):
            if key:
                found[key] = (orders, money)
    return len(rows), found


RECOGNISED = {
    "ecwid_orders.csv": "Ecwid orders export",
    "insales_orders.csv": "InSales orders export",
    "tilda_leads.csv": "Tilda orders export",
    "moysklad_retail.xlsx": "MoySklad retail sales export",
    "moysklad_demands.xlsx": "MoySklad shipments export",
    "evotor_receipts.xlsx": "Evotor receipts report",
    "1c_sales.csv": "1C sales report",
}


@pytest.mark.parametrize("export", sorted(ru_exports.EXPECTED))
def test_export_imports_without_questions(export, tmp_path, capsys):
    db_path = tmp_path / "r.sqlite3"
    path = ru_exports.export_path(export, tmp_path)
    code = main(["import", str(path), "--db", str(db_path), "--yes"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"Recognised: {RECOGNISED[export]}" in out
    count, found = customers_by_identity(db_path)
    expected = ru_exports.EXPECTED[export]
    buyers = {who: figures for who, figures in expected.items() if figures is not None}
    assert {who: found.get(who) for who in buyers} == buyers
    for who in set(expected) - set(buyers):  # bought nothing: absent, or no orders and no money
        assert found.get(who, (0, 0)) == (0, 0), who
    # Nobody else: a walk-in sale or a report's total row creates no customer.
    others = count - len(buyers) - sum(1 for who in expected if who not in buyers and who in found)
    assert others == 0
