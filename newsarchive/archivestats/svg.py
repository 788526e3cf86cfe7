"""Inline SVG charts: no script, no network, numbers carried on the marks themselves.

Every mark has `data-label` / `data-value` (and `data-series` for lines) and a <title> tooltip,
so the page can be checked by reading it back, and read by people hovering over it.
"""

from __future__ import annotations

import math
from html import escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")
_FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


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
    """(axis maximum, tick step) for counts: whole-number ticks, at most five intervals."""
    step = max(1, int(nice_ceiling(max(max_value, 1) / 4)))
    return step * math.ceil(max(max_value, 1) / step), step


def _fmt(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def bar_chart(
    data: list[tuple[str, int]], *, chart_id: str, title: str, unit: str, width: int = 760, height: int = 280
) -> str:
    """Vertical bars, one per label, in the given order."""
    left, right, top, bottom = 48, 12, 16, 70
    plot_w, plot_h = width - left - right, height - top - bottom
    axis_max, step = count_axis(max((v for _, v in data), default=0))
    slot = plot_w / max(len(data), 1)
    bar_w = max(slot * 0.8, 1.0)
    label_every = max(1, math.ceil(len(data) / 30))  # keep x labels legible on long ranges
    parts = [_open_svg(chart_id, title, width, height)]
    parts.append(_y_axis(left, top, plot_w, plot_h, axis_max, step, ""))
    for i, (label, value) in enumerate(data):
        bar_h = value / axis_max * plot_h
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h - bar_h
        parts.append(
            f'<rect class="bar" data-label="{_attr(label)}" data-value="{value}" x="{_fmt(x)}" '
            f'y="{_fmt(y)}" width="{_fmt(bar_w)}" height="{_fmt(bar_h)}" fill="{PALETTE[0]}">'
            f"<title>{escape(label)}: {value} {escape(unit)}</title></rect>"
        )
        if i % label_every == 0:
            cx, cy = left + i * slot + slot / 2, top + plot_h + 10
            parts.append(
                f'<text x="{_fmt(cx)}" y="{_fmt(cy)}" {_FONT} text-anchor="end" '
                f'transform="rotate(-45 {_fmt(cx)} {_fmt(cy)})">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def hbar_chart(data: list[tuple[str, int]], *, chart_id: str, title: str, unit: str, width: int = 760) -> str:
    """Horizontal bars with the label on the left and the value at the end of the bar."""
    row, left, right, top = 22, 180, 60, 8
    height = top * 2 + row * max(len(data), 1)
    plot_w = width - left - right
    axis_max = max((v for _, v in data), default=0) or 1
    parts = [_open_svg(chart_id, title, width, height)]
    for i, (label, value) in enumerate(data):
        bar_w = value / axis_max * plot_w
        y = top + i * row
        baseline = _fmt(y + row * 0.68)
        parts.append(f'<text x="{left - 6}" y="{baseline}" {_FONT} text-anchor="end">{escape(label)}</text>')
        parts.append(
            f'<rect class="bar" data-label="{_attr(label)}" data-value="{value}" x="{left}" '
            f'y="{_fmt(y + 3)}" width="{_fmt(bar_w)}" height="{row - 6}" fill="{PALETTE[2]}">'
            f"<title>{escape(label)}: {value} {escape(unit)}</title></rect>"
        )
        parts.append(f'<text x="{_fmt(left + bar_w + 4)}" y="{baseline}" {_FONT}>{value}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def line_chart(
    labels: list[str],
    series: dict[str, list[float]],
    *,
    chart_id: str,
    title: str,
    width: int = 760,
    height: int = 300,
) -> str:
    """Shares (0..1) per label, one line per series, drawn on a 0-100 % axis."""
    left, right, top, bottom = 48, 150, 16, 70
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(labels) - 1, 1)
    label_every = max(1, math.ceil(len(labels) / 30))
    parts = [_open_svg(chart_id, title, width, height), _y_axis(left, top, plot_w, plot_h, 100, 25, "%")]
    for i, label in enumerate(labels):
        if i % label_every == 0:
            cx, cy = left + i * step, top + plot_h + 10
            parts.append(
                f'<text x="{_fmt(cx)}" y="{_fmt(cy)}" {_FONT} text-anchor="end" '
                f'transform="rotate(-45 {_fmt(cx)} {_fmt(cy)})">{escape(label)}</text>'
            )
    for n, (name, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        points = [(left + i * step, top + plot_h - share * plot_h) for i, share in enumerate(values)]
        parts.append(
            f'<polyline class="line" data-series="{_attr(name)}" fill="none" stroke="{colour}" '
            f'stroke-width="2" points="{" ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in points)}"/>'
        )
        for (x, y), label, share in zip(points, labels, values, strict=True):
            percent = round(share * 100, 1)
            parts.append(
                f'<circle class="point" data-series="{_attr(name)}" data-label="{_attr(label)}" '
                f'data-value="{_fmt(percent)}" cx="{_fmt(x)}" cy="{_fmt(y)}" r="3" fill="{colour}">'
                f"<title>{escape(name)} {escape(label)}: {_fmt(percent)} %</title></circle>"
            )
        ly = top + 14 + n * 16
        parts.append(
            f'<rect x="{left + plot_w + 14}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{left + plot_w + 30}" y="{ly}" {_FONT}>{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


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
            f'<line x1="{left}" y1="{_fmt(y)}" x2="{left + plot_w}" y2="{_fmt(y)}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{_fmt(y + 4)}" {_FONT} text-anchor="end">{value}{suffix}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#888"/>'
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#888"/>'
    )
    return "".join(parts)
