"""Markup a model wraps its text in, reduced to the plain text and markdown the readers know.

Models that answer in HTML ("<p>Answer: <strong>D</strong></p>"), quote
their answer as a markdown blockquote ("> **B. …**") or strike out a first
answer ("~~B~~ **A**") say nothing different from the same text without the
markup; the readers, written for plain text and markdown, should not have to
know every wrapper. :func:`plain` maps bold/italic HTML to markdown
emphasis (bold spans carry meaning for the decision readers), block tags to
line breaks, and drops struck-out text: a strikethrough is a withdrawn
statement, never a decision. Only known HTML tag names are touched, so
placeholders such as "Answer: <letter>" stay what they are (an unfilled
template). Cheap checks skip the regexes for text without any of it: this
runs on every output.
"""

from __future__ import annotations

import re

from medstep.lazyre import lazy_compile

# Struck-out text: withdrawn, so removed with its markers ("~~B~~ **A**" answers A).
_STRUCK = lazy_compile(r"~~[^~\n]{1,200}~~|<(del|strike)>.{0,200}?</\1>", re.I | re.S)
_BREAK = lazy_compile(r"<br\s*/?>|</?(?:p|div|li|ul|ol|h[1-6]|blockquote|table|tr|section)(?:\s[^<>]{0,80})?>", re.I)
_BOLD = lazy_compile(r"</?(?:strong|b)(?:\s[^<>]{0,80})?>", re.I)
_ITALIC = lazy_compile(r"</?(?:em|i)(?:\s[^<>]{0,80})?>", re.I)
_INLINE = lazy_compile(r"</?(?:span|u|mark|code|td|th|font|small|sup|sub)(?:\s[^<>]{0,80})?>", re.I)
_ENTITIES = (("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"))
# A markdown blockquote marker opening a line ("> **B. …**"); not a comparison ("> 5 mm", ">= 2").
_QUOTE = lazy_compile(r"(?m)^[ \t]*(?:>[ \t]?)+(?=[^\d\s=<>])")
# Where ``_QUOTE`` can match besides the text's start: after a line break. Searched for its fixed first character,
# it skips the multi-line pattern's try at every position of text that quotes nothing ("->", "> 5 mm").
_QUOTED_LINE = lazy_compile(r"\n[ \t]*>")
# Any tag the four patterns above rewrite: without one the text passes them unchanged (a rewrite only makes
# text out of a tag that was there, so a later pattern can only match after an earlier one did).
_KNOWN_TAG = lazy_compile("|".join(p.pattern for p in (_BREAK, _BOLD, _ITALIC, _INLINE)), re.I)
_HTML_HINT = lazy_compile(r"</?[a-zA-Z][^<>]{0,80}>")


def plain(text: str) -> str:
    """``text`` with HTML emphasis as markdown, block tags as line breaks, blockquote markers and struck-out
    text removed (see module docstring); text without such markup is returned as it is."""
    # (a one-character test first: finding a rare character is many times faster than finding a pair)
    if ("~" in text and "~~" in text) or ("<" in text and ("<del" in text or "<strike" in text)):
        text = _STRUCK.sub("", text)
    if "<" in text and _HTML_HINT.search(text) is not None:
        if _KNOWN_TAG.search(text) is not None:  # (else none of the four below matches: "<think>", "<answer>")
            text = _BREAK.sub("\n", text)
            text = _BOLD.sub("**", text)
            text = _ITALIC.sub("*", text)
            text = _INLINE.sub("", text)
        if "&" in text:
            for entity, char in _ENTITIES:
                text = text.replace(entity, char)
    if ">" in text and (text.lstrip(" \t").startswith(">") or _QUOTED_LINE.search(text) is not None):
        text = _QUOTE.sub("", text)
    return text


__all__ = ["plain"]
