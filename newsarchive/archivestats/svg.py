"""Inline SVG charts: no script, no network, numbers carried on the marks themselves.

Every mark has `data-label` / `data-value` (and `data-series` for lines) and a <title> tooltip, so the page
can be checked by reading it back, and read by people hovering over it. Charts are drawn on a narrow canvas
(`WIDTH` units) with large text and scaled by the page's CSS: on a phone the text stays about 10 px high,
on a desktop the chart grows to the column width.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")
BAR = "#3b75af"
BAR_ALERT = "#c62828"
GRID = "#e3e3e3"
AXIS = "#777"
INK = "#222"
WIDTH = 480
_FONT = 'font-family="system-ui, sans-serif" font-size="13"'
_SMALL = 'font-family="system-ui, sans-serif" font-size="12"'
_CHAR = 8.0  #: advance of one 13-unit character (DejaVu Sans digits are wide), for laying labels out


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 article", "3 articles"."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def nice_ceiling(value: float) -> float:
    """Smallest 1/2/5 x 10^n at or above `value` (axis maximum)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return float(step * magnitude)
    return float(10 * magnitude)


def count_axis(max_value: int) -> tuple[int, int]:
    """(axis maximum, tick step) for counts: whole-number ticks, 2 to 5 intervals, the top above the data
    (so a chart of ones reads 0, 1, 2 rather than a bare 0 and 1)."""
    top = max(max_value, 1)
    step = max(1, int(nice_ceiling(top / 4)))
    intervals = max(2, math.ceil(top / step))
    return step * intervals, step


def _fmt(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _percent(share: float) -> str:
    return _fmt(round(share * 100, 1))


@dataclass(kw_only=True)
class Reference:
    """A dashed horizontal line across a bar chart, e.g. the usual (median) value."""

    value: float
    label: str


def _label_every(labels: Sequence[str], plot_w: float) -> int:
    """Show every n-th x label so that horizontal labels never overlap."""
    if not labels:
        return 1
    widest = max(len(label) for label in labels) * _CHAR + 8
    fit = max(1, int(plot_w // widest))
    return max(1, math.ceil(len(labels) / fit))


def bar_chart(
    data: list[tuple[str, int]],
    *,
    chart_id: str,
    title: str,
    noun: tuple[str, str],
    x_title: str,
    y_title: str,
    short_labels: Sequence[str] | None = None,
    alert: frozenset[str] = frozenset(),
    notes: dict[str, str] | None = None,
    reference: Reference | None = None,
    height: int = 250,
) -> str:
    """Vertical bars in the given order, values written on the bars when there is room (else on the last
    and the highest bar), zero bars marked, `alert` labels drawn red. `notes` add to a bar's tooltip."""
    width = WIDTH
    left, right, top, bottom = 56, 8, 20, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _, v in data]
    axis_max, step = count_axis(max([*values, math.ceil(reference.value) if reference else 0], default=0))
    shown = list(short_labels) if short_labels is not None else [label for label, _ in data]
    slot = plot_w / max(len(data), 1)
    bar_w = max(slot * 0.78, 1.0)
    every = _label_every(shown, plot_w)
    all_values = slot >= max(len(str(max(values, default=0))) * 7 + 4, 14)
    keyed = set() if all_values or not data else {len(data) - 1, values.index(max(values))}
    parts = [_open_svg(chart_id, title, width, height)]
    parts.append(_y_axis(left, top, plot_w, plot_h, axis_max, step, ""))
    parts.append(_axis_titles(left, top, plot_w, plot_h, height, x_title, y_title))
    baseline = top + plot_h
    for i, (label, value) in enumerate(data):
        bar_h = value / axis_max * plot_h
        x = left + i * slot + (slot - bar_w) / 2
        cx = left + i * slot + slot / 2
        tip = f"{label}: {count_noun(value, *noun)}"
        if notes and label in notes:
            tip += f" ({notes[label]})"
        colour = BAR_ALERT if label in alert else BAR
        parts.append(
            f'<rect class="bar" data-label="{_attr(label)}" data-value="{value}" x="{_fmt(x)}" '
            f'y="{_fmt(baseline - bar_h)}" width="{_fmt(bar_w)}" height="{_fmt(bar_h)}" fill="{colour}">'
            f"<title>{escape(tip)}</title></rect>"
        )
        if value == 0:
            parts.append(
                f'<text class="zero" x="{_fmt(cx)}" y="{_fmt(baseline - 3)}" {_SMALL} fill="{AXIS}" '
                f'text-anchor="middle">0</text>'
            )
        elif all_values or i in keyed:
            parts.append(
                f'<text class="value" x="{_fmt(cx)}" y="{_fmt(baseline - bar_h - 4)}" {_SMALL} fill="{INK}" '
                f'text-anchor="middle">{value}</text>'
            )
        if i % every == 0:
            parts.append(_x_label(cx, baseline + 16, shown[i], 2, width - 2))
    if reference is not None and data:
        # The line across the bars; its key sits in the top margin, where no bar reaches.
        y = baseline - reference.value / axis_max * plot_h
        key_x = left + plot_w - len(reference.label) * 6.6 - 4
        dash = f'stroke="{INK}" stroke-width="1.5" stroke-dasharray="5 4"'
        parts.append(
            f'<line class="reference" data-value="{_fmt(reference.value)}" x1="{left}" y1="{_fmt(y)}" '
            f'x2="{left + plot_w}" y2="{_fmt(y)}" {dash}/>'
            f'<line x1="{_fmt(key_x - 26)}" y1="8" x2="{_fmt(key_x - 4)}" y2="8" {dash}/>'
            f'<text x="{left + plot_w}" y="12" {_SMALL} fill="{INK}" text-anchor="end">'
            f"{escape(reference.label)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def hbar_chart(data: list[tuple[str, int]], *, chart_id: str, title: str, noun: tuple[str, str]) -> str:
    """Horizontal bars with the label on the left and the value at the end of the bar."""
    width = WIDTH
    row, top = 24, 6
    left = math.ceil(min(max((len(label) for label, _ in data), default=4) * _CHAR + 14, width * 0.4))
    right = 8 + len(str(max((v for _, v in data), default=0))) * 8
    height = top * 2 + row * max(len(data), 1)
    plot_w = width - left - right
    axis_max = max((v for _, v in data), default=0) or 1
    parts = [_open_svg(chart_id, title, width, height)]
    for i, (label, value) in enumerate(data):
        bar_w = value / axis_max * plot_w
        y = top + i * row
        baseline = _fmt(y + row * 0.68)
        shown = label if len(label) * _CHAR + 14 <= left else label[: int((left - 14) / _CHAR) - 1] + "…"
        parts.append(
            f'<text x="{left - 6}" y="{baseline}" {_FONT} fill="{INK}" '
            f'text-anchor="end">{escape(shown)}</text>'
        )
        parts.append(
            f'<rect class="bar" data-label="{_attr(label)}" data-value="{value}" x="{left}" '
            f'y="{_fmt(y + 3)}" width="{_fmt(bar_w)}" height="{row - 6}" fill="{BAR}">'
            f"<title>{escape(label)}: {escape(count_noun(value, *noun))}</title></rect>"
        )
        parts.append(
            f'<text class="value" x="{_fmt(left + bar_w + 4)}" y="{baseline}" {_SMALL} '
            f'fill="{INK}">{value}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def line_chart(
    labels: list[str],
    series: dict[str, list[float | None]],
    *,
    chart_id: str,
    title: str,
    x_title: str,
    short_labels: Sequence[str] | None = None,
    minimums: dict[str, float] | None = None,
    height: int = 250,
) -> str:
    """Shares (0..1) per label, one line per series on a 0-100 % axis; None: no point. Below the plot,
    one legend row per series with its lowest value and when; a series' minimum (from the site profile)
    is a dashed line in its colour."""
    width = WIDTH
    left, right, top, bottom = 56, 12, 14, 44
    legend_row = 18
    plot_w, plot_h = width - left - right, height - top - bottom
    total_h = height + 6 + legend_row * len(series)
    shown = list(short_labels) if short_labels is not None else labels
    step = plot_w / max(len(labels) - 1, 1)
    every = _label_every(shown, plot_w)
    parts = [
        _open_svg(chart_id, title, width, total_h),
        _y_axis(left, top, plot_w, plot_h, 100, 25, "%"),
        _axis_titles(left, top, plot_w, plot_h, height, x_title, "share of articles"),
    ]
    baseline = top + plot_h
    for i in range(len(labels)):
        if i % every == 0:
            parts.append(_x_label(left + i * step, baseline + 16, shown[i], 2, width - 2))
    for n, (name, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        minimum = (minimums or {}).get(name)
        if minimum is not None:
            y = baseline - minimum * plot_h
            parts.append(
                f'<line class="minimum" data-series="{_attr(name)}" data-value="{_percent(minimum)}" '
                f'x1="{left}" y1="{_fmt(y)}" x2="{left + plot_w}" y2="{_fmt(y)}" stroke="{colour}" '
                f'stroke-width="1" stroke-dasharray="4 4"/>'
            )
        # Labels without a value (no article that day) are bridged: the per-day chart shows the gap.
        points = [(left + i * step, baseline - v * plot_h) for i, v in enumerate(values) if v is not None]
        if len(points) > 1:
            parts.append(
                f'<polyline class="line" data-series="{_attr(name)}" fill="none" stroke="{colour}" '
                f'stroke-width="2" points="{" ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in points)}"/>'
            )
        lowest: tuple[float, str] | None = None
        for i, (label, share) in enumerate(zip(labels, values, strict=True)):
            if share is None:
                continue
            if lowest is None or share < lowest[0]:
                lowest = (share, label)
            cx, cy = left + i * step, baseline - share * plot_h
            parts.append(
                f'<circle class="point" data-series="{_attr(name)}" data-label="{_attr(label)}" '
                f'data-value="{_percent(share)}" cx="{_fmt(cx)}" cy="{_fmt(cy)}" r="2.5" fill="{colour}">'
                f"<title>{escape(name)}, {escape(label)}: {_percent(share)} %</title></circle>"
            )
        ly = height + 6 + n * legend_row + 12
        text = name if lowest is None else f"{name}: lowest {_percent(lowest[0])} % ({lowest[1]})"
        if minimum is not None:
            text += f", minimum {_percent(minimum)} %"
        parts.append(
            f'<rect x="{left}" y="{ly - 10}" width="12" height="12" fill="{colour}"/>'
            f'<text class="legend" x="{left + 18}" y="{ly}" {_FONT} fill="{INK}">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _x_label(x: float, y: float, text: str, low: float, high: float) -> str:
    """An x-axis label centred under its mark, kept inside the canvas (`low`..`high`) at both ends."""
    half = len(text) * _CHAR / 2
    anchor, at = "middle", x
    if x - half < low:
        anchor, at = "start", low
    elif x + half > high:
        anchor, at = "end", high
    return (
        f'<text x="{_fmt(at)}" y="{_fmt(y)}" {_FONT} fill="{INK}" '
        f'text-anchor="{anchor}">{escape(text)}</text>'
    )


def _open_svg(chart_id: str, title: str, width: int, height: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{_attr(chart_id)}" class="chart" role="img" '
        f'aria-label="{_attr(title)}" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{escape(title)}</title>"
    )


def _y_axis(left: int, top: int, plot_w: int, plot_h: int, axis_max: int, step: int, suffix: str) -> str:
    parts = []
    for value in range(0, axis_max + 1, step):
        y = top + plot_h - plot_h * value / axis_max
        parts.append(
            f'<line x1="{left}" y1="{_fmt(y)}" x2="{left + plot_w}" y2="{_fmt(y)}" stroke="{GRID}"/>'
            f'<text class="tick" x="{left - 5}" y="{_fmt(y + 4)}" {_SMALL} fill="{INK}" '
            f'text-anchor="end">{value}{suffix}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="{AXIS}"/>'
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="{AXIS}"/>'
    )
    return "".join(parts)


def _axis_titles(
    left: int, top: int, plot_w: int, plot_h: int, height: int, x_title: str, y_title: str
) -> str:
    mid_y = top + plot_h / 2
    return (
        f'<text class="axis-title" x="{_fmt(left + plot_w / 2)}" y="{height - 6}" {_FONT} fill="{AXIS}" '
        f'text-anchor="middle">{escape(x_title)}</text>'
        f'<text class="axis-title" x="12" y="{_fmt(mid_y)}" {_FONT} fill="{AXIS}" text-anchor="middle" '
        f'transform="rotate(-90 12 {_fmt(mid_y)})">{escape(y_title)}</text>'
    )
