"""An open answer that is a template's unfilled slot: "Diagnosis: <diagnosis>", "Final diagnosis: {diagnosis}",
"Organ: [organ]", "Answer format: Diagnosis: <name of disease>", "Diagnosis: <insert diagnosis>".

The value holds a bracketed group ("<...>", "{...}", "[...]"), and it and its frame hold nothing but the question's
own words, generic words (``extract/open_decision.py``'s ``contentless``), format words and the words a template
names its slot with ("name", "letter", "value", "X"): a slot echoed, not filled. A filled slot keeps its brackets sometimes ("Diagnosis:
[Community-acquired pneumonia]"): any other word makes it an answer.
"""

from __future__ import annotations

from medstep.extract.cue_before import FORMAT_WORDS
from medstep.extract.open_decision import contentless
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+")
_BRACKETED = lazy_compile(r"<([^<>\n]{1,60})>|\{([^{}\n]{1,60})\}|\[([^\[\]\n]{1,60})\]")
# The words a template names a slot with, beside the generic ones.
_SLOT = frozenset({"name", "letter", "option", "choice", "value", "number", "x", "label", "term", "word", "type",
                   "enter", "write", "put", "most", "likely", "or"})
_MAX = 120


def placeholder(value: str, question: str) -> bool:
    """Whether ``value`` holds a bracketed slot and, in and around it, nothing but what is asked (see module
    docstring): "Organ: [organ]", "The organ is <organ name>." to "Which organ is shown?"."""
    if _BRACKETED.search(value) is None or len(value) > _MAX:
        return False
    asked = {w.lower() for w in _WORD.findall(question)}
    left = [w for w in _WORD.findall(value.lower()) if w not in asked and w not in _SLOT and w not in FORMAT_WORDS]
    return not left or contentless(" ".join(left))


__all__ = ["placeholder"]
