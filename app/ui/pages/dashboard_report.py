"""The monthly report as a PDF: HTML tables and chart pictures printed by Qt's own PDF writer.

Everything shown comes from services.dashboard.report_data. No widget is involved: the charts
are the dashboard's plots drawn on a plain matplotlib figure (Agg) and handed to a QTextDocument
as QImages, the document is printed to a QPdfWriter over a memory buffer, so it runs in a
background job or on the command line with the offscreen platform. The file is written only at
the end, through a temporary file, so a failed report never leaves half a PDF.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import io
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.services.dashboard.charts_data import ChartsData
from app.services.dashboard.figures import PeriodFigures
from app.services.dashboard.outcomes import ReminderOutcome
from app.services.dashboard.overview import FigureSettings
from app.services.dashboard.periods import Period
from app.services.dashboard.report_data import CANNOT_WRITE, ReportData, build_report
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.settings import CURRENCY, SHOP_NAME, Settings
from app.ui import formatting
from app.ui.i18n import PluralContext
from app.ui.pages.dashboard_catalog import figures
from app.ui.pages.dashboard_figures import Formatter
from app.ui.pages.dashboard_period import period_text
from app.ui.rule_names import rule_label
from app.ui.segment_names import segment_label
from app.ui.widgets.chart_canvas import Canvas, ChartColors, style_axes

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_PAPER = ChartColors(background="#ffffff", text="#1f2937", grid="#e5e7eb", accent="#2563eb",
                     accent_soft="#c4b5fd")
_WIDTH = 680  # the text width in document pixels (A4 with 15 mm margins at 96 dpi)


class DashboardReport(PluralContext):
    """The translation context of the report's strings."""



def month_title(month: Period, language: str) -> str:
    """"October 2026", "октябрь 2026": the month's own name (nominative in Russian)."""
    loc = formatting.locale_for(language)
    first = month.first_date
    return f"{loc.standaloneMonthName(first.month, loc.FormatType.LongFormat)} {first.year}"


def make_report(db: Database, month: Period, as_of: dt.date, language: str, path: Path) -> None:
    """Compute and write the report: the whole job, for the page's background job and the CLI."""
    settings = Settings(db)
    data = build_report(db, month, as_of, FigureSettings.read(settings))
    write_report(data, language, str(settings.get(CURRENCY)), str(settings.get(SHOP_NAME)), path)


def write_report(data: ReportData, language: str, currency: str, shop: str, path: Path) -> None:
    """Render the report and write it to `path`; a clear error when the file cannot be written."""
    pdf = render_pdf(data, language, currency, shop)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(pdf)
        partial.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UserFacingError(CANNOT_WRITE, params=[str(path), exc.strerror or str(exc)]) from exc


def render_pdf(data: ReportData, language: str, currency: str, shop: str) -> bytes:
    document = QTextDocument()
    # The page in document pixels: A4's text area at 96 dpi, which print_ scales to the paper.
    # Without it Qt adds its own 2 cm margins and the pictures would be cut at the right.
    document.setPageSize(QSizeF(_WIDTH, _WIDTH * 267 / 180))
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_STYLE)
    body = [_heading(data, language, shop)]
    if data.empty:
        body.append("<p>" + html.escape(DashboardReport.tr(
            "Nothing to report: no sales had been imported by the end of this month. Import "
            "your sales (File → Import…) and build the report again.")) + "</p>")
    else:
        fmt = Formatter(language, currency, lambda n: DashboardReport.tr("%n day(s)", "", n))
        body += [_figures(data, fmt, language), _charts(document, data, language, currency),
                 _segments(data, fmt), _outcomes(data.comparison.outcomes, fmt)]
    document.setHtml("".join(body))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_title(data, language))
    writer.setCreator("Regulars")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    return bytes(buffer.data().data())


_STYLE = """
h1 { font-size: 18pt; margin: 0; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
p.note { color: #4b5563; font-size: 8pt; }
table { border-collapse: collapse; }
th { background: #f3f4f6; text-align: left; font-size: 8pt; padding: 1px 6px; }
td { font-size: 8pt; padding: 1px 6px; border-bottom: 1px solid #e5e7eb; }
td.n, th.n { text-align: right; }
"""


def _title(data: ReportData, language: str) -> str:
    return DashboardReport.tr("Monthly report: %1").replace("%1", month_title(data.month, language))


def _heading(data: ReportData, language: str, shop: str) -> str:
    lines = [f"<h1>{html.escape(_title(data, language))}</h1>"]
    subtitle = DashboardReport.tr("Figures as of %1").replace(
        "%1", formatting.date(data.comparison.as_of, language))
    if shop:
        subtitle = f"{shop} · {subtitle}"
    lines.append(f'<p class="note">{html.escape(subtitle)}</p>')
    return "".join(lines)


def _table(header: list[str], rows: list[list[str]], numeric_from: int = 1) -> str:
    def cells(tag: str, values: list[str]) -> str:
        return "".join(f'<{tag}{" class=n" if i >= numeric_from else ""}>{html.escape(v)}'
                       f"</{tag}>" for i, v in enumerate(values))

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return (f'<table width="100%" cellspacing="0"><tr>{cells("th", header)}</tr>{body}'
            "</table>")


def _figures(data: ReportData, fmt: Formatter, language: str) -> str:
    comparison = data.comparison
    columns: list[PeriodFigures] = [comparison.current, comparison.previous]
    if comparison.last_year is not None:
        columns.append(comparison.last_year)
    header = [DashboardReport.tr("Figure"), DashboardReport.tr("This month"),
              DashboardReport.tr("Previous month"),
              DashboardReport.tr("Same month last year")][:len(columns) + 1]
    rows = []
    for figure in figures():
        row = [QCoreApplication.translate("DashboardFigures", figure.title)]
        for period in columns:
            text, detail = fmt.value(figure.kind, figure.get(period))
            row.append(f"{text} ({detail})" if detail else text)
        rows.append(row)
    periods = " · ".join(period_text(p.period, language) for p in columns)
    title = DashboardReport.tr("Figures")
    return (f"<h2>{html.escape(title)}</h2>" + _table(header, rows)
            + f'<p class="note">{html.escape(periods)}</p>')


def _charts(document: QTextDocument, data: ReportData, language: str, currency: str) -> str:
    from app.ui.widgets.dashboard_plots import (
        CohortPlot,
        CohortValuePlot,
        Formats,
        HistogramPlot,
        RevenuePlot,
    )

    formats = Formats(language, currency)
    # (plot, width in inches, height in inches, shown width as a share of the text width)
    # Revenue under the figures; the cohort pictures together on the next page (a picture's
    # title is never left at the bottom of a page without it).
    blocks: list[list[list[tuple[Plot, float]]]] = [
        [[(RevenuePlot(formats), 2.3)]],
        [[(CohortPlot(formats), 3.2)],
         [(HistogramPlot(formats, gaps=True), 2.2), (HistogramPlot(formats, gaps=False), 2.2)],
         [(CohortValuePlot(formats), 2.5)]]]
    title = DashboardReport.tr("Pictures: the twelve months to this one")
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for number, rows in enumerate(blocks):
        style = ' style="page-break-before: always"' if number else ""
        parts.append(f'<table width="100%" cellspacing="0" cellpadding="0"{style}>')
        for row in rows:
            parts.append("<tr>")
            parts += [_picture(document, data, plot, 7.0 / len(row), height, len(row))
                      for plot, height in row]
            parts.append("</tr>")
        parts.append("</table>")
    return "".join(parts)


def _picture(document: QTextDocument, data: ReportData, plot: Plot, width: float,
             height: float, per_row: int) -> str:
    """One plot drawn to a PNG (200 dpi: sharp on paper), as a table cell with its title."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=200, layout="constrained")
    FigureCanvasAgg(figure)
    axes = plot.draw(_Paper(figure), data.charts)
    if per_row > 1:  # half as wide: the day ranges under a histogram would run together
        axes.tick_params(axis="x", labelsize=7, labelrotation=35)
    png = io.BytesIO()
    figure.savefig(png, format="png", facecolor=_PAPER.background)
    url = QUrl(f"report:chart-{id(plot)}.png")  # every plot of the report is alive till the end
    document.addResource(QTextDocument.ResourceType.ImageResource, url,
                         QImage.fromData(png.getvalue()))
    shown = _WIDTH // per_row - 2
    return (f'<td colspan="{3 - per_row}"><b>{html.escape(plot.title())}</b><br>'
            f'<img src="{url.toString()}" width="{shown}" '
            f'height="{round(shown * height / width)}"></td>')


class Plot(Protocol):
    def title(self) -> str: ...

    def draw(self, canvas: Canvas, data: ChartsData) -> Axes: ...


class _Paper:
    """A chart canvas on paper: the plots draw on it as on the page's, in light colours."""

    def __init__(self, figure: Figure) -> None:
        self.figure = figure

    def colors(self) -> ChartColors:
        return _PAPER

    def new_axes(self) -> Axes:
        return style_axes(self.figure, _PAPER)


def _segments(data: ReportData, fmt: Formatter) -> str:
    rows = []
    for row in data.segments:
        change = row.now - row.before
        sign = "+" if change > 0 else ("−" if change < 0 else "")
        rows.append([segment_label(row.key), fmt.number(row.now), fmt.number(row.before),
                     f"{sign}{fmt.number(abs(change))}"])
    if data.segments_from_snapshots:
        note = DashboardReport.tr("Counts from the monthly segment snapshots.")
    else:
        note = DashboardReport.tr(
            "Counts recomputed from the purchase history with today's segment settings.")
    header = [DashboardReport.tr("Segment"), DashboardReport.tr("End of this month"),
              DashboardReport.tr("End of previous month"), DashboardReport.tr("Change")]
    empty = DashboardReport.tr("No segments yet.")
    table = _table(header, rows) if rows else f"<p>{html.escape(empty)}</p>"
    title = html.escape(DashboardReport.tr("Segments: customers at the month end"))
    return (f'<h2 style="page-break-before: always">{title}</h2>{table}'
            f'<p class="note">{html.escape(note)}</p>')


def _outcomes(outcomes: list[ReminderOutcome], fmt: Formatter) -> str:
    """Per reminder, then per script: the same customers grouped two ways."""
    heading = DashboardReport.tr("Reminders: written to, or left alone?")
    title = f"<h2>{html.escape(heading)}</h2>"
    if not outcomes:
        return title + "<p>" + html.escape(DashboardReport.tr(
            "No reminders were due or written in this month.")) + "</p>"
    # Written to, split by who wrote, once the autopilot has sent anything in the month.
    autopilot = any(row.automatic.whole for row in outcomes)
    tables = []
    for by, first in (("rule", DashboardReport.tr("Reminder")),
                      ("script", DashboardReport.tr("Script"))):
        rows = [[_outcome_name(row), _ratio(row.contacted, fmt),
                 *([_ratio(row.automatic, fmt), _ratio(row.manual, fmt)] if autopilot else []),
                 _ratio(row.not_contacted, fmt)]
                for row in outcomes if row.by == by]
        header = [first, DashboardReport.tr("Written to: ordered after"),
                  *([DashboardReport.tr("By the autopilot"), DashboardReport.tr("By you")]
                    if autopilot else []),
                  DashboardReport.tr("Not written to: ordered anyway")]
        tables.append(_table(header, rows))
    note = ("<p class=\"note\">" + html.escape(DashboardReport.tr(
        "By the autopilot: the first message was an e-mail the autopilot sent; by you: one you "
        "sent, opened or marked yourself.")) + "</p>") if autopilot else ""
    return title + "<p></p>".join(tables) + note


def _outcome_name(row: ReminderOutcome) -> str:
    if row.by == "rule":
        return rule_label(row.key) if row.key else DashboardReport.tr("Other messages")
    return row.key or DashboardReport.tr("No script")


def _ratio(ratio: object, fmt: Formatter) -> str:
    text, detail = fmt.value("rate", ratio)
    return f"{text} ({detail})" if detail else text
