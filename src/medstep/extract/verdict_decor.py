"""The decoration around an opening yes/no verdict that means nothing of its own (brackets, check marks, bullets,
backticks, trailing emoji) and decoding loops of one verdict word, removed before :mod:`medstep.extract.closed`
reads the verdict. Split from ``closed`` (which re-exports both functions) so each file holds one job."""

from __future__ import annotations

from medstep.answers import NO, OTHER_VERDICT_WORDS, YES, ZH_VERDICT_WORDS
from medstep.lazyre import lazy_compile

# Decoration around an opening verdict that means nothing of its own: brackets holding the verdict word alone ("[Yes]",
# "(No)", 【是】) and a check or cross mark that agrees with it ("❌ No"). HTML ("<b>Yes</b>") is reduced to markdown
# before any reader runs (``extract/markup.py``).
_BRACKETED = lazy_compile(r"^(\s*)[\[(【［（]\s*((?i:yes|no|s[ií])|是|否|有|无)\s*[\])】］）]")
_MARK = lazy_compile(r"^\s*([✅✔☑✓❌✖✗✘❎])\ufe0f?\s*(?=(?i:yes|no)(?![A-Za-z])|[是否有无])")
_MARK_MEANS = {"✅": YES, "✔": YES, "☑": YES, "✓": YES, "❌": NO, "✖": NO, "✗": NO, "✘": NO, "❎": NO}


_OFFERED = lazy_compile(r"(?i)\s*(?:or|/|vs\.?|versus)(?:\s|\Z)")


# A list bullet or code backticks around an opening verdict ("- Yes", "• No.", "`yes`"), and a run of emoji after it
# ("Yes ✅", "No 🙂", "是✅", "Yes 👍 — small left effusion").
_BULLET_VERDICT = lazy_compile(r"^(\s*)(?:[-•+]\s+)?`?((?i:yes|no)|是|否|有|无)`?(?![A-Za-z])")
_EMOJI = r"[\u2600-\u27BF\u2B00-\u2BFF\U0001F000-\U0001FAFF]"
_TRAILING_EMOJI = lazy_compile(r"^([\s*_\"'“”]*(?:(?i:yes|no)|是|否|有|无)[*_\"'“”]*)[ \t]*((?:" + _EMOJI
                               + r"\ufe0f?[ \t]*)+)")


def _trailing_emoji(region: str) -> str:
    """The opening verdict without the emoji after it: "Yes ✅" reads "Yes", "Yes 👍 — a small one." reads "Yes. — a
    small one." A tick or cross that disagrees with its word ("Yes ❌") is left in place: which one is the verdict?"""
    m = _TRAILING_EMOJI.match(region)
    if m is None:
        return region
    word = m.group(1).strip(" \t\n*_\"'“”").lower()
    meaning = YES if word in ("yes", "是", "有") else NO
    if any(_MARK_MEANS.get(c, meaning) != meaning for c in m.group(2)):
        return region
    rest = region[m.end():]
    return m.group(1) + ("." if rest.strip() and rest.lstrip()[:1] not in tuple(".,;:!—–-") else "") + rest


def undecorate(region: str) -> str:
    """``region`` without the decoration of its opening verdict (see ``_BRACKETED``): "[No]" reads as "No", "❌ No"
    as "No", "- Yes" and "`yes`" as "Yes", "Yes ✅" as "Yes" (``_trailing_emoji``). A mark that disagrees with its
    word ("❌ Yes": is the mark the verdict, or does it strike the word out?) is left in place, so nothing reads the
    word as opening the reply."""
    b = _BULLET_VERDICT.match(region)
    if b is not None:
        region = b.group(1) + b.group(2) + region[b.end():]
    region = _trailing_emoji(region)
    m = _MARK.match(region)
    if m is not None:
        word = region[m.end():m.end() + 3].lower()
        meaning = YES if word.startswith(("yes", "是", "有")) else NO
        if _MARK_MEANS[m.group(1)] == meaning:
            region = region[m.end():]
    b = _BRACKETED.match(region)
    if b is None:
        return region
    rest = region[b.end():]
    if _OFFERED.match(rest) is not None:
        return region  # "[Yes] or [No]?": the two verdicts offered, no verdict given
    # the closing bracket ends the verdict: "[No] The heart is normal." reads as "No. The heart is normal."
    return b.group(1) + b.group(2) + ("." if rest[:1].isspace() and rest.strip() else "") + rest


# What may decorate each word of a loop: "**Yes** **Yes**", "Yes! Yes!", "No, no, no."
_LOOP_DECOR = "*_\"'“”.,!;:。，！"
_LOOP_WORDS = frozenset({YES, NO, *OTHER_VERDICT_WORDS, *ZH_VERDICT_WORDS})


def collapse_loop(region: str) -> str:
    """A reply that repeats one verdict word and nothing else ("Yes Yes Yes Yes", a decoding loop) read as that word
    once: the repeats add nothing and the word never changes. A loop that changes its word ("Yes Yes No Yes") or
    holds anything else is left as it is."""
    words = region.split()
    if len(words) < 2 or len(region) > 600:
        return region
    bare = {w.strip(_LOOP_DECOR).lower() for w in words}
    return words[0].strip(_LOOP_DECOR) + "." if len(bare) == 1 and bare <= _LOOP_WORDS else region


__all__ = ["collapse_loop", "undecorate"]
