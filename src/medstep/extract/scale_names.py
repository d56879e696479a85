"""The ACR short names of a scale's categories ("TR5" is TI-RADS 5, "LR-4" LI-RADS 4), read by the option index
(``extract/mentions.py``): an option written in either name is named by the other too.

Kept apart from the mention patterns because it is a table of names, not a way of matching them.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# An option key that is a short name ("tr 5", "lr-4"), and the long name each short one stands for.
SHORT_SCALE = lazy_compile(r"(tr|lr)[\s-]?(\d)")
SHORT_SCALES = {"tr": "ti rads", "lr": "li rads"}
# An option key in the long name ("ti rads 5"; "ti rad 5" once plurals are folded).
_LONG_SCALE = lazy_compile(r"(ti|li) rads? (\d)")
_LONG_SCALES = {long.split()[0]: short for short, long in SHORT_SCALES.items()}


def short_form(key: str) -> tuple[str, str] | None:
    """The short name ("tr") and pattern of an option key that is an ACR category in its long name ("ti rad 5",
    named also by "TR5", "TR-5"), else None."""
    long = _LONG_SCALE.fullmatch(key)
    if long is None:
        return None
    name = _LONG_SCALES[long.group(1)]
    return name, name + r"[\W_]?" + long.group(2)


__all__ = ["SHORT_SCALE", "SHORT_SCALES", "short_form"]
