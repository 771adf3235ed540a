"""The bar chart of contacts per month: outgoing, incoming and unanswered, in grayscale."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from ..core.stats import MonthCount
from .fonts import REGULAR
from .text import MONTHS_SHORT

#: Fill per series: dark, light, and white with a black outline, distinct without colour.
SERIES = (
    ("Udgående (borgeren)", colors.Color(0.25, 0.25, 0.25)),
    ("Indgående (jobcentret)", colors.Color(0.7, 0.7, 0.7)),
    ("Ubesvarede forsøg", colors.white),
)


def month_chart(months: Sequence[MonthCount], width: float, height: float) -> Drawing:
    """A clustered bar chart, one cluster per month, with a legend underneath."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 28
    chart.y = 38
    chart.width = width - 36
    chart.height = height - 52
    chart.data = [
        [m.outgoing for m in months],
        [m.incoming for m in months],
        [m.unanswered for m in months],
    ]
    step = max(1, -(-len(months) // 18))  # at most ~18 month labels under the axis
    labels = []
    for index, m in enumerate(months):
        show = index % step == 0
        labels.append(f"{MONTHS_SHORT[m.month - 1]} {m.year % 100:02d}" if show else "")
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(months) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 8 else "n"
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max([1, *(max(m.outgoing, m.incoming, m.unanswered) for m in months)])
    chart.valueAxis.valueMax = peak + max(1, peak // 10)
    chart.valueAxis.valueStep = max(1, -(-peak // 5))
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 0.5
    chart.groupSpacing = 3 if len(months) < 24 else 1.5
    for index, (_, fill) in enumerate(SERIES):
        chart.bars[index].fillColor = fill
        chart.bars[index].strokeColor = colors.black
        chart.bars[index].strokeWidth = 0.4
    drawing.add(chart)

    legend = Legend()
    legend.x = 28
    legend.y = 6
    legend.dx = 8
    legend.dy = 8
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 120
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.4
    legend.colorNamePairs = [(fill, name) for name, fill in SERIES]
    drawing.add(legend)
    drawing.add(String(2, height - 8, "Antal", fontName=REGULAR, fontSize=7))
    return drawing
