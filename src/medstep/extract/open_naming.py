"""Words that only say an open answer's label is a name: "so-called", "what is called", "what we call", "known as".

Models like to introduce the name they give: "It is what is called a bezoar.", "This is known as a Jefferson
fracture.", "The image shows what radiologists call the 'coffee bean' sign.", "Findings are those of a so-called
'double bubble'." The naming words belong to the frame, not to the label: read whole, the answer never matches the
gold exactly. :func:`unnamed` drops them, so the frame readers (``extract/open_frames.py``) see "It is a bezoar."

A description renamed after a comma ("A fracture of the fifth metacarpal neck, otherwise known as a boxer's
fracture.") gives its name last: the name is the label (:func:`renamed`), unless what comes first is itself a short
name ("Ankylosing spondylitis, also called Bechterew disease."), which is kept without its second name.

Only words are dropped, never added; nothing is taken from a sentence holding the label open (a negation, a hedge,
an alternative: "This is not what is called a bezoar.", "..., also called X or Y").
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract.apposed import RENAMED_AS
from medstep.lazyre import lazy_compile

# The naming words, deleted where they stand: "so-called", "what is called / known as / termed", "what we / radiologists
# call", and a passive "is (also) known as / called / termed / referred to as" after which the name follows.
_NAMING = lazy_compile(
    r"(?i)\bso[\s-]called\s+|"
    # "a finding called a double-bubble sign", "a condition known as achalasia"
    r"\b(?:an?\s+)?(?:finding|sign|condition|entity|appearance|pattern|phenomenon|disorder|disease)\s+(?:called|"
    r"known\s+as|termed|named|referred\s+to\s+as)\s+|"
    r"\bwhat\s+(?:is|are|'s|’s)\s+(?:(?:commonly|often|usually|classically|sometimes)\s+)?(?:called|known\s+as|termed|"
    r"referred\s+to\s+as|described\s+as)\s+|"
    r"\bwhat\s+(?:we|radiologists|pathologists|clinicians|doctors|one|you|people|i)\s+(?:would\s+|might\s+|usually\s+|"
    r"often\s+|typically\s+|commonly\s+)?(?:call|term|refer\s+to\s+as|describe\s+as|know\s+as)\s+|"
    r"(?<=\bis\s)(?:(?:also|commonly|often|usually|classically)\s+)?(?:known\s+as|referred\s+to\s+as|termed|called)\s+|"
    r"(?<=\bare\s)(?:(?:also|commonly|often|usually|classically)\s+)?(?:known\s+as|referred\s+to\s+as|termed|called)\s+")
# A second name after a comma: ", otherwise known as X", ", also called X", ", a.k.a. X".
_RENAMED = lazy_compile(r"(?i)" + RENAMED_AS + r"(?P<name>[^,;:()]+?)[\s.!]*$")
_HOLDS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE, negation.EXCLUDED,
                                             hedges.POSSIBILITY, hedges.DOUBT, hedges.TURN, hedges.ALTERNATIVE,
                                             ("or", "nor", "versus", "vs"))
                      + "|" + negation.CONTRACTION + r"|[?？/]")
_WORD = lazy_compile(r"[^\W_]+")
# Most words of a first name kept before its second name, and of a second name taken.
_NAME_WORDS = 3
_LABEL_WORDS = 6
_ARTICLE = lazy_compile(r"(?i)^(?:an?|the)\s+")


def unnamed(sentence: str) -> str:
    """``sentence`` without the words that only say its label is a name (see module docstring); ``sentence`` itself
    when it holds the label open."""
    if _NAMING.search(sentence) is None or _HOLDS.search(sentence) is not None:
        return sentence
    return _NAMING.sub("", sentence)


def renamed(sentence: str) -> str | None:
    """The label of a description renamed after a comma (see module docstring), or ``None`` when ``sentence`` has no
    second name or holds the label open."""
    found = _RENAMED.search(sentence.strip())
    if found is None or _HOLDS.search(sentence) is not None:
        return None
    head, name = sentence.strip()[:found.start()], found.group("name").strip()
    head_words = _WORD.findall(_ARTICLE.sub("", head))
    if not head_words or not 0 < len(_WORD.findall(name)) <= _LABEL_WORDS:
        return None
    if len(head_words) <= _NAME_WORDS and "of" not in (w.lower() for w in head_words):
        return head  # "Ankylosing spondylitis, also called Bechterew disease.": the first name stands
    return name


__all__ = ["renamed", "unnamed"]
