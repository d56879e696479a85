"""A device asked and answered by the denial of its group: "Is there a central venous catheter?" - "No lines." (no).

A short reply denies every member of a group noun it names bare: "No lines.", "No tubes or lines.", "No devices are
seen." A member is a device of the vocabulary (``answers/concepts.tsv``, under ``support_devices``) one of whose
names ends in the group's noun ("central line" is a line, "nasogastric tube" a tube); "devices" and "hardware" take
in every support device. Rule ``implicit_device_group``. Read only when:

* the question is "Is there / Are there (a/an/any) <device>?" and names one device of the vocabulary, no negation;
* the whole reply is one denial of group nouns: an optional "no"/"there are no", one or more group nouns (with
  "support", "medical" or "indwelling" before them), joined by "or", "and" or commas, and at most "are seen /
  present / visible / identified" after; any other word (a place, a kind, a hedge) leaves it unread;
* the asked device is a member of a group named ("No tubes." says nothing of a central line).
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import NO, hedges, negation
from medstep.answers.concepts import CONCEPTS_FILE, merge_rows, normalize, packaged_text, read_rows, vocabulary
from medstep.lazyre import lazy_compile

RULE = "implicit_device_group"
# group noun (plural) -> the last word a member's name ends in ("" : every support device)
_GROUPS = {"lines": "line", "tubes": "tube", "catheters": "catheter", "drains": "drain", "devices": "",
           "hardware": ""}
_MODIFIERS = r"(?:(?:support|medical|indwelling|monitoring)\s+)?"
_GROUP = r"(?:" + "|".join(_GROUPS) + r")"
_REPLY = lazy_compile(r"(?i)^\s*(?:there\s+are\s+)?no\s+(" + _MODIFIERS + _GROUP + r"(?:\s*(?:,|\bor\b|\band\b|,\s*or\b|"
                      r",\s*and\b)\s*" + _MODIFIERS + _GROUP + r")*)(?:\s+(?:are|is)\s+(?:"
                      + hedges.alternation(negation.SEEN) + r"))?\s*[.!]?\s*$")
_QUESTION = lazy_compile(r"(?i)^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?([a-z][a-z -]*?)\s*\?\s*$")
_NEGATED_Q = lazy_compile(r"(?i)" + hedges.words(negation.DENY, negation.NONE))
_WORD = lazy_compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _name_heads() -> dict[str, frozenset[str]]:
    """Each support device's id -> the last words of its names ("central_venous_catheter": catheter, line, ...)."""
    voc = vocabulary()
    rows = merge_rows(read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE))
    return {cid: frozenset(s.split()[-1] for s in row.synonyms if s.strip() and s.isascii())
            for cid, row in rows.items()
            if cid in voc.concepts and voc.concepts[cid].category == "device"
            and "support_devices" in voc.concepts[cid].ancestors}


def read_device_group(text: str, question: str) -> str | None:
    """no when a bare denial of a group of devices covers the asked device (module docstring), else ``None``."""
    reply = _REPLY.match(text)
    m = _QUESTION.match(question)
    if reply is None or m is None or _NEGATED_Q.search(m.group(1)):
        return None
    mentions = vocabulary().mentions(normalize(m.group(1)))
    devices = {x.concept for x in mentions if x.concept in _name_heads()}
    if len(devices) != 1 or len(mentions) != 1:
        return None
    heads = _name_heads()[devices.pop()]
    groups = [w for w in _WORD.findall(reply.group(1).lower()) if w in _GROUPS]
    return NO if any(_GROUPS[g] == "" or _GROUPS[g] in heads for g in groups) else None


__all__ = ["RULE", "read_device_group"]
