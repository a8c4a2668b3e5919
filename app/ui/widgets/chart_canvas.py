"""A matplotlib figure inside a page, coloured from the Qt palette (light or dark look).

matplotlib is imported here, when the first chart is built, not at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartColors:
    background: str
    text: str
    grid: str
    accent: str
    accent_soft: str


def palette_colors(widget: QWidget) -> ChartColors:
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = window.lightness() < 128
    return ChartColors(
        background=window.name(),
        text=text.name(),
        grid="#3f3f46" if dark else "#e4e4e7",
        accent="#60a5fa" if dark else "#2563eb",
        accent_soft="#a78bfa" if dark else "#c4b5fd",
    )


class Canvas(Protocol):
    """What a plot draws on: the page's ChartCanvas, or a report's plain figure."""

    def colors(self) -> ChartColors: ...

    def new_axes(self) -> Axes: ...


def style_axes(figure: Figure, colors: ChartColors) -> Axes:
    """A cleared figure with one axes styled for `colors`."""
    figure.clear()
    figure.set_facecolor(colors.background)
    axes = figure.add_subplot()
    axes.set_facecolor(colors.background)
    axes.tick_params(colors=colors.text, labelsize=9)
    for side, spine in axes.spines.items():
        spine.set_visible(side == "bottom")
        spine.set_color(colors.grid)
    axes.grid(axis="y", color=colors.grid, linewidth=0.8)
    axes.set_axisbelow(True)
    return axes


class ChartCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None, height: float = 3.2) -> None:
        super().__init__(parent)
        import matplotlib

        matplotlib.use("QtAgg", force=False)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, height), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def colors(self) -> ChartColors:
        return palette_colors(self)

    def new_axes(self) -> Axes:
        """A cleared figure with one axes styled for the current palette."""
        return style_axes(self.figure, self.colors())

    def draw(self) -> None:
        self.canvas.draw_idle()
