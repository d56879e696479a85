"""A verdict given in the first person, "I'd call it elevated", read as the plain statement "it is elevated".

A model that has weighed a finding often ends by naming its verdict with a verb of judging: "..., so I'd call it
elevated.", "On balance I would call this negative.", "It measures 12 mm, which I would call dilated.", "I wouldn't
call it dilated." :func:`plain` rewrites that verdict clause into the statement it makes ("it is elevated", "it is
not dilated"), for the statement readers (``extract/implicit.py``, whose pronoun reader ``extract/anaphor.py`` takes
"it" up as the asked subject). Only:

* "I" as the judge (not "some would call it", "one could call it"), with "would", "'d", "will", "'ll" or nothing
  before a verb of judging: call, consider, rate, regard/describe/classify ... as; a modal of possibility ("I could",
  "I might") is a hedge and is left alone;
* "it", "this", "them", "these" or "that" as the judged thing (``which`` after a comma: the clause before it);
* the verdict word or words after it up to the end of the clause, left as the model wrote them (a hedge there stays
  one for the readers to see).
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# "I'd call it", "I would consider this", "I wouldn't call it", "which I would describe as", "I'll rate these as"
_JUDGED = lazy_compile(
    r"(?i)(?:,\s*which|\b(it|this|that|these|them)\b)?\s*\bI(?:'d|’d|\s+would|'ll|’ll|\s+will)?(\s+not|n't|n’t)?\s+"
    r"(?:(?:would|will)(\s+not|n't|n’t)\s+)?(?:call|consider|rate|regard|describe|classify|class|label)"
    r"(?:\s+(it|this|that|these|them))?(?:\s+as)?\s+(?=[a-z])")

_SENTENCE_END = lazy_compile(r"[.!?;]\s|\n")
_CONNECTED = lazy_compile(r"(?i)(?:^|[.;:,!—–]\s*|\s)(?:and|so|thus|hence|therefore)\s*,?$")


def judged(text: str) -> tuple[str, str] | None:
    """(what comes before, the verdict as a statement) of ``text``'s first-person verdict ("..., so I'd call it
    elevated." -> ("..., so", "it is elevated.")), or ``None`` when it has none."""
    m = _JUDGED.search(text)
    if m is None:
        return None
    before_thing, not1, not2, after_thing = m.group(1), m.group(2), m.group(3), m.group(4)
    if before_thing and after_thing or not (before_thing or after_thing or m.group(0).lstrip().startswith(",")):
        return None  # "it I call it", or nothing judged ("I would call for a CT")
    plural = (after_thing or before_thing or "").lower() in ("these", "them")
    verb = ("are" if plural else "is") + (" not" if not1 or not2 else "")
    return text[:m.start()].rstrip(), f"{'they' if plural else 'it'} {verb} {text[m.end():]}"


def plain(text: str) -> str | None:
    """``text`` with its first-person verdict clause written as a statement ("so I'd call it elevated" -> "so it is
    elevated"), or ``None`` when it has none."""
    found = judged(text)
    if found is None:
        return None
    head, statement = found
    joint = " " if _CONNECTED.search(head) or not head else "; "  # "so it is", else a clause of its own
    return f"{head}{joint}{statement}".lstrip()


def concluding(text: str) -> tuple[str, str] | None:
    """(what comes before, the verdict as a statement) when the first-person verdict is the reply's last sentence:
    the weighing before it ("The band is faint; on balance I'd call this negative.") is settled by it."""
    found = judged(text)
    if found is None or _SENTENCE_END.search(found[1].rstrip().rstrip(".!")):
        return None
    return found


__all__ = ["plain"]
