"""A closing paragraph that restates one option in its heading form: "Option A: Flattened bilaterally. <reason>".

General chat models that echo the option list at the top often close on the chosen option written the way the list
wrote it, with its letter and full text, then a sentence of reason, and no cue word ("answer", "so"). The decision
reader sets such a line aside on purpose: an option heading normally opens a per-option discussion
(``decision._classify``). Here it is the output's last paragraph, and the only "Option <letter>" heading in the
whole output, so it is no walk through the options but the pick.

Kept narrow, since a wrong parse costs more than an unparsed one: the paragraph must open with "Option <letter>"
and a colon, a dash or a full stop, then that option's own text; it names no other option, holds no negation, hedge
or question, no turn or revision (``trailing.undoes``); no other line of the output opens with an "Option <letter>" heading; and the output is not cut
(``choice_reader`` tries this only where the last-mention readers run). Rule ``option_heading``.
"""

from __future__ import annotations

from medstep.extract import trailing
from medstep.extract.choice import NEGATION_OR_QUESTION
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

# "Option A:", "**Option A** —", "Option (A).", each opening its line.
_HEADING = lazy_compile(r"(?im)^[ \t*_#>-]*(?:option|choice)[ \t]+\(?([A-Z])\)?[ \t*_]*[:.—–-][ \t*_]*")
_PARAGRAPH = lazy_compile(r"\n[ \t]*\n")


def read_closing_heading(text: str, idx: OptionIndex) -> str | None:
    """The letter of the closing "Option <letter>: <its text>" paragraph (module docstring), else None."""
    body = text.rstrip()
    cuts = [m.end() for m in _PARAGRAPH.finditer(body)]
    last_para = body[cuts[-1]:] if cuts else body
    if not cuts:
        return None  # the whole output one paragraph: a short reply, read by the other readers
    head = _HEADING.match(last_para)
    if head is None or head.group(1) not in idx.texts:
        return None
    letter = head.group(1)
    if any(m.group(1) != letter or m.start() < len(body) - len(last_para) for m in _HEADING.finditer(body)):
        return None  # another "Option X" heading anywhere: a per-option discussion, or an earlier restatement
    own = idx.texts[letter]
    after = last_para[head.end():].lstrip(" \t*_\"'“")
    if not after.lower().startswith(own.lower()):
        return None  # the heading's own option text must follow it
    if any(m.letter != letter for m in find_mentions(last_para, idx)):
        return None
    rest = after[len(own):]
    if NEGATION_OR_QUESTION.search(rest) is not None or is_hedge(rest) or trailing.undoes(rest):
        return None
    return letter


__all__ = ["read_closing_heading"]
