"""The other side named by ellipsis, written out: "Blunting of the right costophrenic angle; the left angle is
sharp." reads "the left costophrenic angle is sharp", "The right kidney shows hydronephrosis; the left is normal."
reads "the left kidney is normal".

A reply that has just named a structure on one side often names the same structure on the other side by its side
alone ("the left", "the left one", "the left side") or by the side and the structure's last word ("the left
angle"). The statement readers know the structure only by its full name, so the ellipsis is written out with the
name the reply gave it (a structure of the vocabulary, ``answers/concepts.tsv``, right after the first side word).
Only where the ellipsis is the subject of what follows (a verb or a stop after it), the structure was named on the
other side earlier in the reply, and one structure only was named so: two candidates ("right kidney ... right
ureter ...; the left is normal") leave the ellipsis as it is.
"""

from __future__ import annotations

from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.lazyre import lazy_compile

_OPPOSITE = {"left": "right", "right": "left"}
_SIDED = lazy_compile(r"(?i)\b(left|right)\s+(?=[a-z])")
# "the left is sharp", "the left one appears normal", "the left angle:", "the left side, by contrast, is clear"
_ELLIPSIS = lazy_compile(r"(?i)\bthe\s+(?P<side>left|right)(?:\s+(?P<word>[a-z]+))?(?=\s+(?:is|are|was|were|appears?|"
                         r"remains?|looks?|seems?|shows?|has|have|demonstrates?|by\s+contrast)\b|\s*[:,.;]|\s*$)")


def _structure(text: str, at: int) -> str | None:
    """The structure of the vocabulary named right at ``at`` ("costophrenic angle"), in the reply's words."""
    voc = vocabulary()
    head = text[at:at + 60]
    for m in voc.mentions(normalize(head)):
        if m.start == 0 and m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category == "anatomy":
            return head[:m.end]
        break
    # a finding's phrase that opens with its structure ("hemidiaphragm is elevated"): the structure's own words
    words = _WORDS.match(head)
    for k in range(3, 0, -1):
        prefix = " ".join(words.group(0).split()[:k]) if words is not None else ""
        if len(prefix.split()) != k:
            continue
        ms = voc.mentions(normalize(prefix))
        if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(normalize(prefix)) \
                and ms[0].kind is MentionKind.CONCEPT and voc.concepts[ms[0].concept].category == "anatomy":
            return prefix
    return None


_WORDS = lazy_compile(r"[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}")


def expand(text: str) -> str:
    """``text`` with every ellipsis of a side's structure written out (module docstring)."""
    if "left" not in text.lower() and "right" not in text.lower():
        return text
    out = []
    last = 0
    # The structures named after each side so far, in the order first named. Each sided name is read once as the
    # ellipses are met in order (issue #12, lane speed57: each ellipsis read every side word before it again, 3.6 s on
    # a 30,000-character sentence). ``_SIDED`` read up to an ellipsis (``finditer(text, 0, start)``) finds exactly the
    # whole text's matches whose lookahead letter stands before it (``end() < start``), and the set below is built
    # from the same names in the same order, as before.
    sided = _SIDED.finditer(text)
    pending = next(sided, None)
    names: dict[str, dict[str, None]] = {"left": {}, "right": {}}
    for m in _ELLIPSIS.finditer(text):
        while pending is not None and pending.end() < m.start():
            found = _structure(text, pending.end())
            if found is not None:
                names[pending.group(1).lower()].setdefault(found, None)
            pending = next(sided, None)
        side, word = m.group("side").lower(), (m.group("word") or "").lower()
        named = set(names[_OPPOSITE[side]])
        if len({n.lower() for n in named}) != 1:
            continue
        name = named.pop()
        if word and word not in ("one", "side") and word != name.lower().split()[-1]:
            continue  # "the left kidney": a structure named in full
        out.append(text[last:m.start()] + f"the {m.group('side')} {name}")
        last = m.end()
    return "".join(out) + text[last:] if out else text


__all__ = ["expand"]
