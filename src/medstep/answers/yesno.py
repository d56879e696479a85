"""Yes/no answers: the words that are verdicts, in English and Chinese (SLAKE zh: 是/否).

A gold or predicted verdict is compared in its canonical form, so "Yes.",
" yes", "YES" and "Yes!" are one answer everywhere (datasets, grading,
rewards); 是的 / 不是 / 不 are the Chinese forms of 是 / 否.
"""

from __future__ import annotations

YES, NO = "yes", "no"
ZH_YES, ZH_NO = "是", "否"
YES_NO = frozenset({YES, NO})
ZH_YES_NO = frozenset({ZH_YES, ZH_NO})
VERDICTS = YES_NO | ZH_YES_NO

# Spellings that mean a verdict when they are the whole (stripped) answer.
_CANONICAL = {YES: YES, NO: NO, ZH_YES: ZH_YES, ZH_NO: ZH_NO, "是的": ZH_YES, "不是": ZH_NO, "不": ZH_NO}
_EDGE = " \t\r\n.。!！?？,，;；:：*_\"'“”‘’`()（）[]"


def canonical_verdict(text: str) -> str | None:
    """``yes``/``no``/``是``/``否`` when ``text`` is nothing but a verdict word, else ``None``."""
    return _CANONICAL.get(text.strip(_EDGE).lower())


def is_yes_no(answer: str) -> bool:
    """Whether a gold answer is a verdict (it makes a question ``closed``)."""
    return canonical_verdict(answer) is not None


def zh_verdict(verdict: str) -> str:
    """The Chinese form of an English verdict (and the identity on Chinese ones)."""
    return {YES: ZH_YES, NO: ZH_NO}.get(verdict, verdict)
