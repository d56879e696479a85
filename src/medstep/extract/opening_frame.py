"""An opening that only says the model looked: "On review of the image: ...", "Looking at this radiograph, ...".

Models open with how they came to the answer, then give it: "On review of the image: there is no pleural effusion.",
"Looking at the CT, the appendix is dilated to 12 mm." The statement readers take "review" and "looking" for a search
still to be made (``answers/hedges.SEARCH``: "needs review", "worth looking for"), so the answer after the opening
read as hedged and nothing was read. :func:`drop` removes such an opening: only at the start of the reply, only a
look at the image itself (a word of ``implicit_words.IMAGE`` or a modality), and only before a colon or a comma.
"Looking for a pneumothorax, ..." (a search for the finding) and "On review, it is hard to say" (the rest is read
as it is, hedges included) are not such frames, nor a look at an earlier study ("On review of the prior study: ...").
"""

from __future__ import annotations

from medstep.answers import hedges, technique
from medstep.extract.implicit_words import IMAGE
from medstep.lazyre import lazy_compile

_LOOKED_AT = (r"(?:(?:an?\s+|the\s+)?(?:(?!" + hedges.alternation(hedges.EARLIER_WORDS, ("outside", "old", "comparison"))
              + r")[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(IMAGE | {"x-ray", "radiographs", "films",
                                                                                        "scans", "ecg", "tracing"}))
              + "|" + "|".join(technique.METHOD_WORDS) + r")(?:\s+(?:image|images|study|scan))?)")
_FRAME = lazy_compile(
    r"(?i)^[\s*_]*(?:(?:on|upon|after)\s+(?:a\s+)?(?:careful\s+|close\s+|closer\s+|further\s+|my\s+)?"
    r"(?:review|inspection|examination|evaluation|assessment|analysis)\s+of\s+(?:the\s+|this\s+|these\s+)?"
    r"|(?:looking|having\s+looked)\s+(?:carefully\s+|closely\s+)?at\s+(?:the\s+|this\s+|these\s+)?"
    r"|(?:after\s+)?(?:reviewing|examining|inspecting|evaluating|assessing)\s+(?:the\s+|this\s+|these\s+)?)"
    + _LOOKED_AT + r"[*_]*\s*[,:][\s*_]*(?=\S)")


def drop(text: str) -> str:
    """``text`` without an opening look at the image (module docstring); else unchanged."""
    m = _FRAME.match(text)
    if m is None:
        return text
    rest = text[m.end():]
    return rest[:1].upper() + rest[1:]


__all__ = ["drop"]
