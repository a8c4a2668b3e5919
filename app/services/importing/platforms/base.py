"""What a known platform's export is: its header, which column is which field, how money is
counted, which rows are not sales.

A format is plain data: one small module per platform declares `FORMATS`, a tuple of these.
Header names are compared as `mapping.normalize_header` makes them (case, spaces, punctuation and
a BOM do not matter), so a module writes them as the platform's documentation spells them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.services.importing.mapping import FIELD_KEYS, IGNORE, normalize_header

Headers = tuple[str, ...]


@dataclass(frozen=True)
class Money:
    """What the customer paid, from several money columns (blank cells count as 0).

    `order_total` and `order_less` are order-level: each order's value is taken once, from the
    first row of the order that has it (so it does not matter whether the export repeats it on
    every line item or writes it on the first only); `order_instead`, when filled, replaces that
    order's value (Etsy's "Adjusted Order Total" after a refund). `line` and `line_less` are
    per line. A line's money is its own part plus its share of the order's value, shared out by
    the lines' own parts, or by price x quantity, or evenly; the shares add up to the order's
    value exactly.
    """

    order_total: Headers = ()
    order_less: Headers = ()
    order_instead: str | None = None
    line: Headers = ()
    line_less: Headers = ()

    def __post_init__(self) -> None:
        if not (self.order_total or self.line):
            raise ValueError("a money rule needs an order total or a line amount")

    @property
    def main(self) -> str:
        """The column shown as the amount in the preview."""
        return (self.order_total or self.line)[0]

    def headers(self) -> Headers:
        instead = (self.order_instead,) if self.order_instead else ()
        return self.order_total + self.order_less + instead + self.line + self.line_less


@dataclass(frozen=True)
class PlatformFormat:
    """One known export.

    key: stable id ("shopify_orders"); name: the English display name, marked with
        QT_TRANSLATE_NOOP("import", ...) so the UI translates it.
    signature: headers that must all be in the file for it to be this export; pick ones the
        platform always writes and that together no other export has.
    columns: {field: header or headers, the first one present wins}; fields are the keys of
        mapping.FIELDS. "amount" is set from `money` when not given.
    money: see Money.
    skip: {header: values} meaning "not a sale" (refunded, cancelled, failed, voided...), compared
        case-insensitively; "*" means any non-blank value (Shopify's "Cancelled at"). A match on
        any row skips the whole order. The "status" column is also read the generic way.
    refund: {header: values} marking a return written with a positive sum (Эвотор's «Возврат»
        receipt): its money counts as given back. Compared like `skip`.
    walk_in: customer names meaning "no customer" ("Walk-in", "Розничный покупатель").
    date_order: "dmy", "mdy" or "ymd": how the platform writes dates like 03/04/2025.
    decimal_comma: True for "1 234,50", False for "1,234.50", None to decide from the column.
    """

    key: str
    name: str
    signature: Headers
    columns: Mapping[str, str | Headers]
    money: Money
    skip: Mapping[str, Headers] = field(default_factory=dict)
    refund: Mapping[str, Headers] = field(default_factory=dict)
    walk_in: Headers = ()
    date_order: str | None = None
    decimal_comma: bool | None = None

    def __post_init__(self) -> None:
        unknown = set(self.columns) - set(FIELD_KEYS)
        if unknown or IGNORE in self.columns:
            raise ValueError(f"{self.key}: unknown fields {sorted(unknown)}")
        if self.date_order not in (None, "dmy", "mdy", "ymd"):
            raise ValueError(f"{self.key}: date_order {self.date_order!r}")

    def matches(self, names: set[str]) -> bool:
        """`names`: the file's headers, normalised."""
        return all(normalize_header(h) in names for h in self.signature)

    def column_map(self, headers: list[str]) -> dict[str, str]:
        """{header: field} for a file of this format (every other header skipped)."""
        by_name = _by_name(headers)
        result = dict.fromkeys(headers, IGNORE)
        wanted = dict(self.columns)
        wanted.setdefault("amount", self.money.main)
        for field_key, choices in wanted.items():
            for choice in (choices,) if isinstance(choices, str) else choices:
                header = by_name.get(normalize_header(choice))
                if header is not None and result[header] == IGNORE:
                    result[header] = field_key
                    break
        return result

    def find(self, headers: list[str], name: str) -> str | None:
        """The file's own spelling of the header `name`, or None when it has no such column."""
        return _by_name(headers).get(normalize_header(name))


def _by_name(headers: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for header in headers:
        found.setdefault(normalize_header(header), header)
    return found
