"""Cells an import refuses: absurd amounts and quantities, impossible years, control characters
and absurd lengths; each one a rejected row with its reason, never a stored wrong value."""

import sqlite3
from pathlib import Path

import pandas as pd

from app.services import importing
from app.services.dashboard.metrics import compute_dashboard
from app.services.importing import limits, planning
from app.services.importing.planning import build_plan
from app.services.importing.reading import RawTable
from app.services.segments.reports import segment_summary
from tests.conftest import TODAY
from tests.services.importing import samples

COLUMNS = {"Date": "date", "Name": "customer", "Email": "email", "Product": "product",
           "Qty": "quantity", "Amount": "amount"}


def plan_of(db, frame: pd.DataFrame) -> planning.ImportPlan:
    """A plan of the cells exactly as given (no reader in between, which might alter them)."""
    frame = frame.astype(object)
    frame.index = range(2, len(frame) + 2)
    raw = RawTable(frame=frame, source=Path("cells.csv"), file_hash="x")
    return build_plan(db, raw, {c: COLUMNS[c] for c in frame.columns}, as_of=TODAY)


def sales(*rows: tuple[str, str, str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(COLUMNS))


def reasons(plan: planning.ImportPlan) -> dict[int, str]:
    return dict(zip(plan.rejected["row"].tolist(), plan.rejected["reason"].tolist(),
                    strict=True))


def test_amounts_and_quantities_beyond_the_limits_are_rejected(db):
    plan = plan_of(db, sales(
        ("05.03.2026", "Anna", "", "Tea", "1", "10000000000"),  # the limit: kept
        ("05.03.2026", "Anna", "", "Tea", "1", "-10000000000"),  # a refund at the limit: kept
        ("05.03.2026", "Anna", "", "Tea", "1", "10000000000.01"),
        ("05.03.2026", "Anna", "", "Tea", "1", "100000000000000000000"),  # once stored as -2**63
        ("05.03.2026", "Anna", "", "Tea", "1", "9" * 40),
        ("05.03.2026", "Anna", "", "Tea", "1000001", "5"),
        ("05.03.2026", "Anna", "", "Tea", "-1000000", "5"),  # a return of the most: kept
        ("05.03.2026", "Anna", "", "Tea", "0", "0"),  # a free line: kept
        ("05.03.2026", "Anna", "", "Tea", "inf", "5"),
        ("05.03.2026", "Anna", "", "Tea", "1", "1e400"),
        ("05.03.2026", "Anna", "", "Tea", "nan", "5"),
        ("05.03.2026", "Anna", "", "Tea", "1", "inf"),
    ))
    assert reasons(plan) == {
        4: "The amount is too large", 5: "The amount is too large", 6: "The amount is too large",
        7: "The quantity is too large", 10: "The quantity is not a number",
        11: "Not a number", 12: "The quantity is not a number", 13: "Not a number"}
    kept = plan.purchases.sort_values("amount_minor")
    assert kept["amount_minor"].tolist() == [-10**12, 0, 500, 10**12]
    assert sorted(kept["quantity"].tolist()) == [-10**6, 0, 1, 1]


def test_workbook_numbers_in_exponent_form_are_amounts_too_large_not_text(db):
    frame = pd.DataFrame([["05.03.2026", "Anna", 1e20], ["05.03.2026", "Anna", 1e-05],
                          ["05.03.2026", "Anna", float("inf")]],
                         columns=["Date", "Name", "Amount"]).astype(object)
    assert reasons(plan_of(db, frame)) == {2: "The amount is too large", 4: "Not a number"}


def test_price_times_quantity_beyond_the_limit_is_rejected(db):
    frame = pd.DataFrame([["05.03.2026", "Anna", "999999", "1000000"],
                          ["05.03.2026", "Anna", "10000", "1000000"]],
                         columns=["Date", "Name", "Price", "Qty"]).astype(object)
    frame.index = [2, 3]
    raw = RawTable(frame=frame, source=Path("p.csv"), file_hash="x")
    plan = build_plan(db, raw, {"Date": "date", "Name": "customer", "Price": "price",
                                "Qty": "quantity"}, as_of=TODAY)
    assert reasons(plan) == {2: "The amount is too large"}
    assert plan.purchases["amount_minor"].tolist() == [10**12]


def test_totals_of_lines_at_the_limit_are_exact(db, settings, tmp_path):
    lines = 300
    text = "Date,Name,Amount\n" + "".join(
        f"{1 + i % 28:02d}.0{1 + i % 9}.2026,Customer {i % 3},10000000000\n" for i in range(lines))
    path = samples.write_text(tmp_path, "big.csv", text)
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    assert len(prepared.plan.rejected) == 0
    importing.commit(db, prepared.plan, settings=settings, as_of=TODAY,
                     headers=prepared.raw.headers)
    conn = db.raw_connection()
    try:
        stored = conn.execute("SELECT SUM(amount_minor), MAX(amount_minor) FROM purchases"
                              ).fetchone()
        spent = [r[0] for r in conn.execute(
            "SELECT total_spent_minor FROM customer_stats ORDER BY customer_id")]
    finally:
        conn.close()
    assert stored == (lines * 10**12, 10**12)
    assert spent == [lines // 3 * 10**12] * 3
    assert int(segment_summary(db)["revenue_minor"].sum()) == lines * 10**12
    assert compute_dashboard(db, TODAY).revenue_12m_minor == lines * 10**12


def test_a_million_lines_at_the_limit_sum_without_overflow():
    """The bound's arithmetic, as SQLite does it: SUM raises "integer overflow" past int64."""
    conn = sqlite3.connect(":memory:")
    try:
        total = conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
            " SELECT SUM(?) FROM n", (limits.MAX_AMOUNT_MINOR,)).fetchone()[0]
    finally:
        conn.close()
    assert total == 10**6 * limits.MAX_AMOUNT_MINOR
    assert 9 * total < 2**63  # room for nine such imports in one database


def test_years_are_never_reread_and_dates_before_1970_are_rejected(db):
    plan = plan_of(db, sales(
        ("0001-03-05", "Anna", "", "Tea", "1", "5"),  # once read as 2001
        ("05.03.0001", "Anna", "", "Tea", "1", "5"),
        ("05.03.1969", "Anna", "", "Tea", "1", "5"),
        ("05.03.01", "Anna", "", "Tea", "1", "5"),  # two digits: 2001
        ("05.03.2027", "Anna", "", "Tea", "1", "5"),
        ("12345", "Anna", "", "Tea", "1", "5"),  # an Excel serial day of 1933
    ))
    assert reasons(plan) == {2: "Not a date", 3: "Not a date", 4: "The date is before 1970",
                             6: "The date is in the future", 7: "Not a date"}
    assert plan.purchases["purchased_on"].tolist() == ["2001-03-05"]


def test_control_characters_reject_the_row_and_show_the_cell_escaped(db):
    plan = plan_of(db, sales(
        ("05.03.2026", "Anna\x00Smith", "", "Tea", "1", "5"),  # NUL: once cut to "Anna"
        ("05.03.2026", "Boris", "", "Tea\x1b[31m", "1", "5"),
        ("05.03.2026", "Vera", "", "Tea\x85", "1", "5"),  # C1
        ("05.03.2026", "Gleb\tOrlov", "", "Line\nbreak", "1", "5"),  # whitespace: kept
    ))
    assert reasons(plan) == {2: "The cell contains invalid characters",
                             3: "The cell contains invalid characters",
                             4: "The cell contains invalid characters"}
    assert plan.rejected["value"].tolist() == ["Anna\\x00Smith", "Tea\\x1b[31m", "Tea\\x85"]
    assert plan.rejected["column"].tolist() == ["Name", "Product", "Product"]
    assert [c.display_name for c in plan.new_customers] == ["Gleb Orlov"]
    assert plan.purchases["product"].tolist() == ["Line break"]


def test_absurd_lengths_are_rejected_and_shown_short(db):
    long_name = "Я" * (limits.TEXT_LIMITS["customer"] + 1)
    plan = plan_of(db, sales(
        ("05.03.2026", long_name, "", "Tea", "1", "5"),
        ("05.03.2026", "Anna", "a" * 100_000 + "@example.com", "Tea", "1", "5"),
        ("05.03.2026", "Boris", "", "x" * 501, "1", "5"),
        ("05.03.2026", "Я" * limits.TEXT_LIMITS["customer"], "", "x" * 500, "1", "5"),  # limits
    ))
    assert reasons(plan) == {2: "The cell is too long", 3: "The cell is too long",
                             4: "The cell is too long"}
    assert plan.rejected["value"].str.len().max() == limits.SHOWN_CHARS + 1
    assert plan.purchases_added == 1


def test_invisible_marks_make_no_new_person_and_rtl_names_are_kept(db):
    plan = plan_of(db, sales(
        ("05.03.2026", "Anna", "", "Tea", "1", "5"),
        ("06.03.2026", "Anna\u200b", "", "Tea", "1", "5"),
        ("07.03.2026", "\u202eAnna\u202c", "", "Tea", "1", "5"),
        ("05.03.2026", "דוד כהן", "", "Tea", "1", "5"),
        ("05.03.2026", "محمد\u200cعلی", "", "Tea", "1", "5"),  # a Persian non-joiner: kept
    ))
    assert len(plan.rejected) == 0
    assert sorted(c.display_name for c in plan.new_customers) == sorted(
        ["Anna", "דוד כהן", "محمد\u200cعلی"])
