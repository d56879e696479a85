"""The normal option chosen by a report that calls the whole study normal.

Report-style outputs answer "Which finding is shown?" with the findings, and a normal study with a normal report:
"No acute cardiopulmonary process.", "The lungs are clear. No effusion or pneumothorax. Heart size normal.", "No
acute intracranial abnormality." None of them names the option "Normal chest" / "No acute abnormality" / "Normal
brain" in its words. When exactly one option calls the study (or an organ) normal
(:func:`medstep.extract.normality.normal_option`) and the whole output reads as a normal study clause by clause
(:func:`medstep.extract.normality.study_normal`: every clause a normal statement or a denied finding, nothing the
vocabulary cannot read, no hedge; a normal word alone is not read: "fused across the midline"), that option is the
answer; an option named by its text there is denied ("No pneumothorax."). Any finding stated ("Small left effusion.
No acute process otherwise."), any option named by its letter, or a question asking which option does NOT hold: no
reading. Rule ``option_normal``.
"""

from __future__ import annotations

from typing import Mapping

from medstep.extract.commit import CONCLUDING_LABEL
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.normality import normal_option, study_normal
from medstep.lazyre import lazy_compile

RULE = "option_normal"
# A report's section labels ("FINDINGS:", "**Impression:**"): headings of what follows, read as a sentence break.
_SECTION = lazy_compile(r"(?i)[*_#]*\b(?:findings|" + CONCLUDING_LABEL + r")[*_]*\s*[:：][*_]*")


def read_normal_option(text: str, idx: OptionIndex, options: Mapping[str, str]) -> str | None:
    """The one normal option when ``text`` calls the whole study normal (module docstring), else None."""
    normal = [letter for letter, option in options.items() if normal_option(option)]
    if len(normal) != 1:
        return None
    named = find_mentions(text, idx)
    if any(not m.by_text for m in named) or study_normal(_SECTION.sub("\n", text), strict=True) is not True:
        return None
    # what it says beside the options it denies must call the study normal too: "Pneumothorax ruled out." sets one
    # option aside and says nothing of the study
    rest = _without_sentences(text, [(m.start, m.end) for m in named if m.letter != normal[0]])
    return normal[0] if rest == text or study_normal(_SECTION.sub("\n", rest), strict=True) is True else None


_SENTENCE_STOP = ".!?;\n"


def _without_sentences(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` less each sentence (or line) holding one of ``spans``."""
    cut = []
    for lo, hi in spans:
        start = max(text.rfind(c, 0, lo) for c in _SENTENCE_STOP) + 1
        ends = [i for i in (text.find(c, hi) for c in _SENTENCE_STOP) if i >= 0]
        cut.append((start, min(ends) + 1 if ends else len(text)))
    out, last = [], 0
    for lo, hi in sorted(cut):
        if lo >= last:
            out.append(text[last:lo])
        last = max(last, hi)
    out.append(text[last:])
    return "".join(out)


__all__ = ["RULE", "read_normal_option"]
