"""Colours of text and of what lies under it: whether a reader can see the text at all.

Keyword stuffing hides words from people but not from screeners: white on white, near-white
(#F2F2F2) on white, white on a very light panel. What decides is the contrast between the
ink and its background, not the ink alone. Colours come
as PDF colour components (0..1): one for grey, three for RGB, four for CMYK; anything else
(patterns, named separations) is unknown and taken as visible.
"""

from __future__ import annotations

WHITE_LUMINANCE = 1.0
"""Relative luminance of the page itself (white paper)."""
MIN_CONTRAST_RATIO = 1.4
"""Ink whose contrast ratio with its background (WCAG formula, 1..21) is below this cannot be
read: #F2F2F2 on white is 1.12, white on #EEEEEE 1.16, light grey #CCCCCC on white 1.6."""
LIGHT_INK_LUMINANCE = 0.5
"""Ink at least this light (relative luminance 0..1) is judged against its background."""
_GREY, _RGB, _CMYK = 1, 3, 4


def _linear(channel: float) -> float:
    """An sRGB channel (0..1) in linear light."""
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(color: object) -> float | None:
    """Relative luminance (0 black .. 1 white) of PDF colour components, or None when they are
    not plain grey, RGB or CMYK numbers. ``None`` as the colour itself is the default ink,
    black."""
    if color is None:
        return 0.0
    if not isinstance(color, tuple | list) or not all(isinstance(c, int | float) for c in color):
        return None
    values = [min(1.0, max(0.0, float(c))) for c in color]
    if len(values) == _GREY:
        red = green = blue = values[0]
    elif len(values) == _RGB:
        red, green, blue = values
    elif len(values) == _CMYK:
        cyan, magenta, yellow, black = values
        red, green, blue = ((1 - part) * (1 - black) for part in (cyan, magenta, yellow))
    else:
        return None
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(first: float, second: float) -> float:
    """The WCAG contrast ratio (1..21) of two relative luminances."""
    light, dark = max(first, second), min(first, second)
    return (light + 0.05) / (dark + 0.05)


def readable(ink: object, background: float | None) -> bool:
    """Whether text in colour ``ink`` can be read on a background of luminance ``background``
    (None: an image or an unknown colour, where the text is given the benefit of the doubt).

    Only light ink is judged. A shape's colour is read without its opacity, so a pale tint
    (teal at 20 %) reads as full teal: dark ink on it would look unreadable when it is not.
    Light ink on a light page or panel is the stuffing trick, and is judged."""
    text = luminance(ink)
    if text is None or background is None or text < LIGHT_INK_LUMINANCE:
        return True
    return contrast_ratio(text, background) >= MIN_CONTRAST_RATIO
