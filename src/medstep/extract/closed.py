"""Read a yes/no verdict out of an answer region.

The difficulty is that radiology prose is full of negations that are *not*
verdicts: "no pleural effusion is seen" says nothing about whether the answer
to "Is the heart enlarged?" is no. So a bare "no" only counts where a verdict
sits: at the start of a marked answer ("Answer: no"), as a sentence of its
own at the very end ("... Final: No."), or leading the output and followed
by punctuation ("No, there is no ..."). The final verdict beats a leading
one, because models sometimes revise themselves.
"""

from __future__ import annotations

import re

from medstep.extract.choice import clean

_MARKED = re.compile(r"^(?i:(yes|no))(?![A-Za-z])")
_CONFLICT = re.compile(r"^(?i:(yes|no))\s*(?:/|,|(?i:or|and))\s*(?i:(yes|no))(?![A-Za-z])")
# A standalone verdict closing the text: preceded by start, newline or end of
# a sentence, followed only by decoration.
_FINAL = re.compile(r"(?:^|[\n.!?:;,])[\s*_\"'“”]*(?i:(yes|no))[\s*_\"'“”.!]*\Z")
_LEAD = re.compile(r"^[\s*_\"'“”]*(?i:(yes|no))[*_\"'“”]*\s*(?:[,.!;:\n—–-]|\Z)")

YES_NO = frozenset({"yes", "no"})

# Chinese verdicts (SLAKE zh golds are 是/否): only a verdict that opens the answer
# counts, as with a leading English yes/no; 不是/不 mean no.
ZH_YES_NO = frozenset({"是", "否"})
_ZH_LEAD = re.compile(r"^[\s*_\"'“”「」]*(不是|是|否|不)的?[*_\"'“”」]*\s*(?:[，。！；：,.!;:\n]|\Z)")
_ZH_VERDICT = {"是": "是", "否": "否", "不是": "否", "不": "否"}


def parse_zh(region: str) -> str | None:
    """是/否 when ``region`` opens with a Chinese verdict ("是的，…", "不是。"), else ``None``."""
    m = _ZH_LEAD.match(region)
    return _ZH_VERDICT[m.group(1)] if m else None


def parse_marked(region: str) -> str | None:
    """Verdict at the start of an explicitly marked answer, or ``None``."""
    s = clean(region)
    pair = _CONFLICT.match(s)
    if pair is not None and pair.group(1).lower() != pair.group(2).lower():
        return None
    m = _MARKED.match(s)
    return m.group(1).lower() if m else None


def parse_free(text: str) -> tuple[str | None, str]:
    """Verdict and rule name for unmarked text; ``(None, "")`` when there is none."""
    # Only the tail can hold a closing verdict; searching from ``pos`` keeps
    # this O(1) in the output length (``^`` never matches at ``pos`` > 0).
    m = _FINAL.search(text, max(0, len(text) - 200))
    if m is not None:
        return m.group(1).lower(), "yes_no_final"
    m = _LEAD.match(text)
    if m is not None:
        return m.group(1).lower(), "yes_no_lead"
    return None, ""
