"""The normal option chosen by a report that calls the whole study normal.

Report-style outputs answer "Which finding is shown?" with the findings, and a normal study with a normal report:
"No acute cardiopulmonary process.", "The lungs are clear. No effusion or pneumothorax. Heart size normal.", "No
acute intracranial abnormality." None of them names the option "Normal chest" / "No acute abnormality" / "Normal
brain" in its words. When exactly one option calls the study (or an organ) normal
(:func:`medstep.extract.normality.normal_option`) and the whole output reads as a normal study clause by clause
(:func:`medstep.extract.normality.study_normal`: every clause a normal statement or a denied finding, nothing the
vocabulary cannot read, no hedge; a normal word alone is not read: "fused across the midline"), that option is the
answer. Any finding stated ("Small left effusion. No acute process otherwise."), any option named, or a question
asking which option does NOT hold: no reading. Rule ``option_normal``.
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
    if len(normal) != 1 or find_mentions(text, idx) or study_normal(_SECTION.sub("\n", text), strict=True) is not True:
        return None
    return normal[0]


__all__ = ["RULE", "read_normal_option"]
