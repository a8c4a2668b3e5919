"""What an import plan is: the rows a file gives, those it refuses and why, who is new.

`planning.build_plan` makes one; the summary, the mapping dialog, the command line and
`writing` read it. Nothing here reads the database or the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from app.services.errors import UserFacingError
from app.services.importing import matching, text_lines
from app.services.importing.customer_extras import CustomerExtras

ORDERS, CUSTOMERS, NOTHING = "orders", "customers", "nothing"
# day: days since 1970 (as purchased_on); order_code: the file's order number as a number, -1
# where none (for counting orders and for the recompute after an import into an empty database).
PURCHASE_COLUMNS = ["customer_ref", "purchased_on", "amount_minor", "quantity", "product",
                    "category", "order_id", "dedup_key", "day", "order_code"]
REJECT_COLUMNS = ["row", "column", "reason", "value"]

# Reasons are English source strings; the UI translates them (context "import").
R_DATE_EMPTY = "The date is empty"
R_DATE_BAD = "Not a date"
R_DATE_FUTURE = "The date is in the future"
R_AMOUNT_EMPTY = "The amount is empty"
R_AMOUNT_BAD = "Not a number"
R_QTY_BAD = "The quantity is not a number"
R_NOBODY = "No name, phone, e-mail or customer code to identify the customer"
R_PHONE_BAD = "Not a phone number"
R_EMAIL_BAD = "Not an e-mail address"
R_BIRTHDAY_IMPOSSIBLE = "Not a possible birthday"
_PER_CELL = ["row", "column"]
R_CANCELLED = "A cancelled or refunded order: not a sale"
R_WALK_IN = "A sale without a customer (walk-in): no customer to add it to"
R_REFERRER_UNKNOWN = "No customer with this name, phone or e-mail: kept in the notes"
R_CONSENT_UNKNOWN = "Neither yes nor no: the consent on the card is left as it was"
R_AMOUNT_LARGE = "The amount is too large"
R_QTY_LARGE = "The quantity is too large"
R_DATE_OLD = "The date is before 1970"
R_CELL_LONG = "The cell is too long"
R_CELL_CONTROL = "The cell contains invalid characters"


class MappingError(UserFacingError):
    """The chosen columns are not enough to import anything."""


@dataclass
class ImportPlan:
    source_name: str
    file_hash: str
    sheet: str | None
    shape: str
    columns: dict[str, str]
    rows_read: int
    rejected: pd.DataFrame
    warnings: pd.DataFrame  # same columns as rejected: problems that did not stop the row
    conflicts: list[matching.Conflict]
    new_customers: list[matching.NewCustomer]
    purchases: pd.DataFrame  # only purchases not yet in the database
    purchases_existing: int
    orders_added: int
    customers_matched: int
    date_order: str = "dmy"
    dates_ambiguous: bool = False
    # (highest id, count) of the purchases the plan was checked against: the writer refuses the
    # plan if they changed, since lines added or removed since then would make it wrong.
    purchases_seen: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)
    platform: str = ""  # the recognised format's key, "" for a file mapped by its columns
    # Payments of one package joined into one order (see `instalments`): lines, orders.
    instalment_payments: int = 0
    instalment_orders: int = 0
    extras: CustomerExtras = field(default_factory=CustomerExtras)

    @property
    def customers_created(self) -> int:
        return len(self.new_customers)

    @property
    def purchases_added(self) -> int:
        return len(self.purchases)

    @property
    def rows_rejected(self) -> int:
        return int(self.rejected["row"].nunique()) if len(self.rejected) else 0

    @property
    def has_anything(self) -> bool:
        return (self.purchases_added > 0 or self.customers_created > 0
                or self.extras.changes > 0)

    @property
    def to_fix(self) -> pd.DataFrame:
        """The rejected rows the owner could fix in the file (not the cancelled and refunded
        orders, which are rightly no sales)."""
        return self.rejected[self.rejected["reason"] != R_CANCELLED]

    @property
    def not_sales(self) -> pd.DataFrame:
        """The rows of cancelled or refunded orders: left out, and nothing is wrong with them."""
        return self.rejected[self.rejected["reason"] == R_CANCELLED]

    @property
    def unread_contacts(self) -> pd.DataFrame:
        """The warnings about phones and e-mails that could not be read (not the referrers
        nobody matched, nor the lines read in another encoding)."""
        reasons = self.warnings["reason"]
        return self.warnings[(reasons != R_REFERRER_UNKNOWN)
                             & (reasons != text_lines.R_OTHER_ENCODING)
                             & (reasons != R_BIRTHDAY_IMPOSSIBLE)
                             & (reasons != R_CONSENT_UNKNOWN)]

    @property
    def impossible_birthdays(self) -> pd.DataFrame:
        """Birthdays after the import's day or before 1900: the rows are kept without them."""
        return self.warnings[self.warnings["reason"] == R_BIRTHDAY_IMPOSSIBLE]

    @property
    def recoded_lines(self) -> pd.DataFrame:
        """The lines of a text file read in another encoding than the rest."""
        return self.warnings[self.warnings["reason"] == text_lines.R_OTHER_ENCODING]

    @property
    def refund_lines(self) -> int:
        """Purchase lines with a negative amount (a refund written as a line): imported, they
        lower the customer's spend."""
        return int((self.purchases["amount_minor"].to_numpy() < 0).sum()) if len(
            self.purchases) else 0
