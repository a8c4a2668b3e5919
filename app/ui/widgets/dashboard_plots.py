"""The dashboard's five pictures: each draws itself on a chart canvas, names the value under the
mouse, and lists its numbers for a spreadsheet.

Imported with matplotlib, when the dashboard first shows its charts. A plot keeps the data it
drew, so hovering and exporting use exactly the numbers on the screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.colors import to_hex, to_rgba
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from app.services.dashboard.chart_export import Cell
from app.services.dashboard.charts_data import ChartsData
from app.services.money import MINOR_PER_UNIT, to_units
from app.ui import formatting
from app.ui.widgets.chart_canvas import Canvas, ChartColors
from app.ui.widgets.segment_chart import text_on

Table = tuple[list[str], list[list[Cell]]]


@dataclass
class Formats:
    language: str
    currency: str

    def money(self, minor: float) -> str:
        return formatting.money(round(minor), self.currency, self.language)

    def percent(self, share: float) -> str:
        return formatting.number(share * 100, self.language, 0) + " %"

    def month(self, month: dt.date) -> str:
        loc = formatting.locale_for(self.language)
        return f"{loc.standaloneMonthName(month.month, loc.FormatType.ShortFormat)} {month.year}"

    def money_axis(self, axes: Axes) -> None:
        # Money on the axis in the shop's currency ("400 000 ₽", "£4,000"), whole units.
        axes.yaxis.set_major_formatter(lambda v, _p: self.money(v * MINOR_PER_UNIT))


def month_labels(months: list[dt.date], language: str) -> list[str]:
    """Short month names; the year under the first month and under every January, so twelve
    months that span two years read as such ("Dec / 2025", "Jan / 2026")."""
    loc = formatting.locale_for(language)
    labels = []
    for number, month in enumerate(months):
        name = loc.standaloneMonthName(month.month, loc.FormatType.ShortFormat)
        labels.append(f"{name}\n{month.year}" if number == 0 or month.month == 1 else name)
    return labels


def _legend(axes: Axes, colors: ChartColors, columns: int) -> None:
    legend = axes.legend(frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=columns,
                         fontsize=9)
    for text in legend.get_texts():
        text.set_color(colors.text)


def _line_colour(colors: ChartColors) -> str:
    return "#fb923c" if QColor(colors.background).lightness() < 128 else "#c2410c"


class RevenuePlot(QObject):
    def __init__(self, formats: Formats) -> None:
        super().__init__()
        self.formats = formats

    def title(self) -> str:
        return self.tr("Revenue")

    def hint(self) -> str:
        return self.tr("Revenue by month from first orders and from repeat orders; the line is "
                       "the same month a year before.")

    def draw(self, canvas: Canvas, data: ChartsData) -> Axes:
        self.frame = data.revenue
        axes, colors = canvas.new_axes(), canvas.colors()
        positions = np.arange(len(self.frame))
        new = to_units(self.frame["new_revenue_minor"].to_numpy())
        again = to_units(self.frame["returning_revenue_minor"].to_numpy())
        axes.bar(positions, again, color=colors.accent, label=self.tr("Repeat orders"))
        axes.bar(positions, new, bottom=again, color=colors.accent_soft,
                 label=self.tr("First orders"))
        axes.plot(positions, to_units(self.frame["previous_year_minor"].to_numpy()),
                  color=_line_colour(colors), marker="o", markersize=3, linewidth=1.5,
                  label=self.tr("A year before"))
        axes.set_xticks(list(positions), month_labels(list(self.frame["month"]),
                                                      self.formats.language))
        self.formats.money_axis(axes)
        _legend(axes, colors, 3)
        return axes

    def hover(self, x: float, _y: float) -> str | None:
        index = round(x)
        if not 0 <= index < len(self.frame) or abs(x - index) > 0.45:
            return None
        row = self.frame.iloc[index]
        money = self.formats.money
        return (self.tr("%1: first orders %2, repeat orders %3; a year before %4")
                .replace("%1", self.formats.month(row["month"]))
                .replace("%2", money(row["new_revenue_minor"]))
                .replace("%3", money(row["returning_revenue_minor"]))
                .replace("%4", money(row["previous_year_minor"])))

    def table(self) -> Table:
        header = [self.tr("Month"), self.tr("First orders"), self.tr("Repeat orders"),
                  self.tr("Same month a year before")]
        frame = self.frame
        rows: list[list[Cell]] = [
            [month.isoformat()[:7], to_units(int(new)), to_units(int(again)),
             to_units(int(before))]
            for month, new, again, before in zip(
                frame["month"], frame["new_revenue_minor"], frame["returning_revenue_minor"],
                frame["previous_year_minor"], strict=True)]
        return header, rows


class CohortPlot(QObject):
    """The retention heat map: each row a first-order month, each column a month since then."""

    def __init__(self, formats: Formats) -> None:
        super().__init__()
        self.formats = formats

    def title(self) -> str:
        return self.tr("Cohorts")

    def hint(self) -> str:
        return self.tr("Rows: customers by the month of their first order. Columns: months "
                       "since then. A cell: the share of them who ordered in that month. Grey: "
                       "fewer than 5 customers, too few to read.")

    def draw(self, canvas: Canvas, data: ChartsData) -> Axes:
        self.cohorts = cohorts = data.cohorts
        colors = canvas.colors()
        axes = canvas.new_axes()
        axes.grid(False)
        rows = len(cohorts.months)
        shares, small = cohorts.shares, cohorts.small
        faces = _heat_faces(shares, small, colors)
        axes.imshow(faces, aspect="auto", interpolation="nearest")
        size = 8 if rows <= 12 else 6
        for (i, k), share in np.ndenumerate(shares):
            if np.isnan(share):
                continue
            face = QColor.fromRgbF(*faces[i, k, :3])
            axes.text(k, i, formatting.number(share * 100, self.formats.language, 0),
                      ha="center", va="center", fontsize=size, color=text_on(face))
        axes.set_xticks(range(rows), [str(k) for k in range(rows)])
        axes.set_yticks(range(rows), [self.formats.month(m) for m in cohorts.months])
        axes.set_xlabel(self.tr("Months since the first order, % of the cohort who ordered"),
                        color=colors.text, fontsize=9)
        axes.tick_params(length=0)
        axes.spines["bottom"].set_visible(False)
        sizes = axes.twinx()
        sizes.set_ylim(axes.get_ylim())
        sizes.set_yticks(range(rows), [str(n) for n in cohorts.sizes])
        sizes.tick_params(colors=colors.text, labelsize=9, length=0)
        sizes.set_ylabel(self.tr("Customers"), color=colors.text, fontsize=9)
        for spine in sizes.spines.values():
            spine.set_visible(False)
        return axes

    def hover(self, x: float, y: float) -> str | None:
        i, k = round(y), round(x)
        if not (0 <= i < len(self.cohorts.months) and 0 <= k < len(self.cohorts.months)):
            return None
        buyers = self.cohorts.buyers[i, k]
        if np.isnan(buyers):
            return None
        size = int(self.cohorts.sizes[i])
        share = self.formats.percent(buyers / size) if size else "—"
        return (self.tr("%1, month %2: %3 of %4 (%5)")
                .replace("%1", self.formats.month(self.cohorts.months[i])).replace("%2", str(k))
                .replace("%3", str(int(buyers))).replace("%4", str(size)).replace("%5", share))

    def table(self) -> Table:
        header = [self.tr("First order month"), self.tr("Customers"),
                  self.tr("Months since the first order"), self.tr("Customers who ordered"),
                  self.tr("Share")]
        rows: list[list[Cell]] = []
        shares = self.cohorts.shares
        for (i, k), buyers in np.ndenumerate(self.cohorts.buyers):
            if not np.isnan(buyers):
                rows.append([self.cohorts.months[i].isoformat()[:7], int(self.cohorts.sizes[i]),
                             k, int(buyers), float(shares[i, k])])
        return header, rows


def _heat_faces(shares: np.ndarray, small: np.ndarray, colors: ChartColors) -> np.ndarray:
    """RGBA per cell: the accent colour from faint to full by share; grey for small cohorts;
    the background where the month has not come yet."""
    base = np.array(to_rgba(colors.background))
    accent = np.array(to_rgba(colors.accent))
    dark = QColor(colors.background).lightness() < 128
    grey = np.array(to_rgba("#5b5b63" if dark else "#c4c4c8"))
    strength = np.nan_to_num(shares, nan=0.0).clip(0, 1) ** 0.6  # small shares still visible
    faces = base + (accent - base) * (0.04 + 0.96 * strength)[..., None]
    faces[small] = grey
    faces[np.isnan(shares)] = base
    return faces.clip(0, 1)  # type: ignore[no-any-return]


class HistogramPlot(QObject):
    """Bars of a binned count: gaps between orders (days) or orders per customer."""

    def __init__(self, formats: Formats, gaps: bool) -> None:
        super().__init__()
        self.formats, self.gaps = formats, gaps

    def title(self) -> str:
        return self.tr("Days between orders") if self.gaps else self.tr("Orders per customer")

    def hint(self) -> str:
        if self.gaps:
            return self.tr("How long customers wait between one order and the next: every two "
                           "consecutive orders of one customer are one gap.")
        return self.tr("How many orders each customer has made, free orders included.")

    def labels(self) -> list[str]:
        labels = []
        for low, high in zip(self.frame["low"], self.frame["high"], strict=True):
            if pd.isna(high):
                labels.append(self.tr("%1+").replace("%1", str(low)))
            elif low == high:
                labels.append(str(low))
            else:
                labels.append(f"{low}–{high}")
        return labels

    def draw(self, canvas: Canvas, data: ChartsData) -> Axes:
        self.frame = data.gaps if self.gaps else data.orders_per_customer
        axes, colors = canvas.new_axes(), canvas.colors()
        positions = np.arange(len(self.frame))
        axes.bar(positions, self.frame["count"].to_numpy(), color=colors.accent)
        axes.set_xticks(list(positions), self.labels())
        axes.set_xlabel(self.tr("Days") if self.gaps else self.tr("Orders"), color=colors.text,
                        fontsize=9)
        axes.set_ylabel(self.tr("Gaps") if self.gaps else self.tr("Customers"),
                        color=colors.text, fontsize=9)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        return axes

    def hover(self, x: float, _y: float) -> str | None:
        index = round(x)
        if not 0 <= index < len(self.frame) or abs(x - index) > 0.45:
            return None
        count = int(self.frame["count"].iloc[index])
        label = self.labels()[index]
        if self.gaps:
            return self.tr("%1 days: %n gap(s)", "", count).replace("%1", label)
        return self.tr("Orders: %1; %n customer(s)", "", count).replace("%1", label)

    def table(self) -> Table:
        header = [self.tr("From"), self.tr("To"),
                  self.tr("Gaps") if self.gaps else self.tr("Customers")]
        rows: list[list[Cell]] = [
            [int(low), None if pd.isna(high) else int(high), int(count)]
            for low, high, count in zip(self.frame["low"], self.frame["high"],
                                        self.frame["count"], strict=True)]
        return header, rows


class CohortValuePlot(QObject):
    """Money per customer of each first-order month, accumulated month by month."""

    def __init__(self, formats: Formats) -> None:
        super().__init__()
        self.formats = formats

    def title(self) -> str:
        return self.tr("Cohort value")

    def hint(self) -> str:
        return self.tr("Money per customer of each first-order month, added up month by month "
                       "since the first order: the steeper a line, the faster its customers "
                       "became valuable.")

    def draw(self, canvas: Canvas, data: ChartsData) -> Axes:
        self.cohorts = cohorts = data.cohorts
        axes, colors = canvas.new_axes(), canvas.colors()
        rows = len(cohorts.months)
        dark = QColor(colors.background).lightness() < 128
        palette = _ramp(rows, dark)
        for i, month in enumerate(cohorts.months):
            values = to_units(cohorts.value[i])
            if cohorts.sizes[i] == 0:
                continue
            axes.plot(np.arange(rows), values, color=palette[i], linewidth=1.4, marker="o",
                      markersize=2.5, label=self.formats.month(month))
        axes.set_xticks(range(rows), [str(k) for k in range(rows)])
        axes.set_xlabel(self.tr("Months since the first order"), color=colors.text, fontsize=9)
        self.formats.money_axis(axes)
        if rows:
            legend = axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0),
                                 fontsize=8)
            for text in legend.get_texts():
                text.set_color(colors.text)
        return axes

    def hover(self, x: float, y: float) -> str | None:
        k = round(x)
        if not 0 <= k < len(self.cohorts.months):
            return None
        column = self.cohorts.value[:, k] / MINOR_PER_UNIT
        if np.isnan(column).all():
            return None
        i = int(np.nanargmin(np.abs(column - y)))
        size = int(self.cohorts.sizes[i])
        return (self.tr("%1, month %2: %3 per customer; a cohort of %n customer(s)", "", size)
                .replace("%1", self.formats.month(self.cohorts.months[i])).replace("%2", str(k))
                .replace("%3", self.formats.money(self.cohorts.value[i, k])))

    def table(self) -> Table:
        header = [self.tr("First order month"), self.tr("Customers"),
                  self.tr("Months since the first order"), self.tr("Revenue per customer")]
        rows: list[list[Cell]] = []
        for (i, k), value in np.ndenumerate(self.cohorts.value):
            if not np.isnan(value):
                rows.append([self.cohorts.months[i].isoformat()[:7], int(self.cohorts.sizes[i]),
                             k, float(value) / MINOR_PER_UNIT])
        return header, rows


def _ramp(count: int, dark: bool) -> list[str]:
    """Old cohorts pale, new ones strong, so the newest lines stand out."""
    # Bright end of viridis on a dark background, its dark end on a light one.
    cmap = colormaps["viridis"]
    old, new = (0.3, 1.0) if dark else (0.8, 0.05)
    steps = np.linspace(old, new, count) if count > 1 else np.array([new] * count)
    return [to_hex(cmap(step)) for step in steps]
