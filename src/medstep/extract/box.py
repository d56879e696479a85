"""Read a bounding box out of an answer region, in pixels of the image it refers to.

Grounding models answer in three spellings -- ``[x1, y1, x2, y2]``,
``(x1,y1),(x2,y2)`` (Qwen's ``<|box_start|>`` form) and ``<box>x1 y1 x2 y2</box>``
-- and in three unit systems: pixels, fractions of the image (0-1) and
thousandths of the image (0-1000, Qwen2-VL, InternVL). The spelling is
unambiguous; the unit is not, so it is decided by a named rule and recorded
with the answer:

* ``box_unit1``: every coordinate is within [0, 1] -- a fraction of the
  image (a pixel box that small would be meaningless);
* ``box_pixels``: the box fits inside the image (or the image size is
  unknown, e.g. scoring without images, where pixels are the only reading
  that needs no size);
* ``box_unit1000``: the box does not fit in pixels but every coordinate is
  within [0, 1000].

The ambiguous case is a small box in 0-1000 units that also fits in pixels;
it is read as pixels, and the rule shows it. Anything else -- no box,
two different boxes, a box with x2 < x1, coordinates beyond every reading,
or a fraction without an image size to scale it -- gives no answer: nothing is
guessed. Converted boxes are spelled canonically (:meth:`Box.to_text`).
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile
from medstep.types import Box, Grounding

_NUM = r"(-?\d+(?:\.\d+)?)"
_SEP = r"\s*[,，]\s*"
_PATTERNS = (
    # [x1, y1, x2, y2] (also inside [[...]]); commas or spaces between numbers
    lazy_compile(r"\[\s*" + _NUM + r"(?:\s*[,，]\s*|\s+)" + _NUM + r"(?:\s*[,，]\s*|\s+)" + _NUM
                 + r"(?:\s*[,，]\s*|\s+)" + _NUM + r"\s*\]"),
    # (x1,y1),(x2,y2) -- with or without Qwen's <|box_start|> markers
    lazy_compile(r"\(\s*" + _NUM + _SEP + _NUM + r"\s*\)\s*[,，]?\s*(?:to\s+)?\(\s*" + _NUM + _SEP + _NUM + r"\s*\)"),
    # <box>x1 y1 x2 y2</box> and (x1, y1, x2, y2)
    lazy_compile(r"<box>\s*" + _NUM + r"[\s,]+" + _NUM + r"[\s,]+" + _NUM + r"[\s,]+" + _NUM + r"\s*</box>"),
    lazy_compile(r"\(\s*" + _NUM + _SEP + _NUM + _SEP + _NUM + _SEP + _NUM + r"\s*\)"),
)

PIXELS = "box_pixels"
UNIT1 = "box_unit1"
UNIT1000 = "box_unit1000"
_TOLERANCE = 1.0  # a pixel box may touch the far edge (x2 == width) after rounding


def find_boxes(text: str) -> list[tuple[float, float, float, float]]:
    """Every distinct 4-number box spelled in ``text``, in order of appearance."""
    found: dict[tuple[float, float, float, float], int] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            values = tuple(float(v) for v in m.groups())
            found.setdefault(values, m.start())  # type: ignore[arg-type]
    return [b for b, _ in sorted(found.items(), key=lambda kv: kv[1])]


def to_pixels(values: tuple[float, float, float, float], size: tuple[int, int] | None) -> tuple[Box, str] | None:
    """The box in pixels and the unit rule that read it (see module docstring), or ``None``."""
    x1, y1, x2, y2 = values
    if x2 < x1 or y2 < y1 or min(values) < 0:
        return None
    if max(values) <= 1.0:
        if size is None:
            return None  # a fraction of an image whose size we do not know
        w, h = size
        return Box(x1 * w, y1 * h, x2 * w, y2 * h), UNIT1
    if size is None:
        return Box(*values), PIXELS
    w, h = size
    if x2 <= w + _TOLERANCE and y2 <= h + _TOLERANCE:
        return Box(*values), PIXELS
    if max(values) <= 1000.0:
        return Box(x1 * w / 1000, y1 * h / 1000, x2 * w / 1000, y2 * h / 1000), UNIT1000
    return None


def parse_box(region: str, grounding: Grounding | None) -> tuple[str | None, str]:
    """``(canonical pixel box text, rule)`` for the one box in ``region``; ``(None, "")`` otherwise."""
    boxes = find_boxes(region)
    if len(boxes) != 1:
        return None, ""
    read = to_pixels(boxes[0], grounding.image_size if grounding else None)
    if read is None:
        return None, ""
    box, rule = read
    return box.to_text(), rule


def box_of(answer: str) -> Box | None:
    """The box of a canonical answer text (what :func:`parse_box` returned), or ``None``."""
    boxes = find_boxes(answer)
    return Box(*boxes[0]) if len(boxes) == 1 else None
