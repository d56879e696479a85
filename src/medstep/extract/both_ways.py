"""A short reply that states the asked finding both ways, one sentence each: "There is a lesion in the pancreas.
There is no lesion in the pancreas.", "The kidney is normal. There is a cyst in the kidney." to "Is there an
abnormality in the kidney?".

The readers of a statement (``extract/stated.py``) read the reply whole, and some of them read only one of its
sentences (a side, an organ called normal, the study called normal), so the other sentence's opposite statement goes
unseen and one half of a contradiction becomes the verdict. A careful reader reads each full sentence alone (one
ending with a stop; a list line or a label is no statement): one saying yes and another saying no, with no
correction between them ("Actually, ...", ``closed.revision``) and no conclusion marked by a final word after them
("So no fracture.", ``extract/conclusion.py``), leave the question open. Only in a reply as short as
the statement readers read (``implicit.MAX_CHARS``), and only for two sentences on the same ground: neither looks
beyond the asked thing ("No other nodules are seen.", "the adjacent node", "No mass is seen elsewhere.";
``extract/subjects.py``'s words), they name no different sides or parts ("... in the right lower lobe. The left lung
shows no consolidation."; one naming none speaks of the whole), and neither names an organ apart from the question's and the other sentence's ("There is
a mass in the liver. The spleen has no mass."; organs by the vocabulary's anatomy concepts).
"""

from __future__ import annotations


from typing import Callable

from medstep.answers import NO, YES, same_verdict
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract import closed, conclusion, implicit, implicit_terms, subjects
from medstep.lazyre import lazy_compile

_SENTENCE = lazy_compile(r"(?<=[.!?])[ \t]+")
# Words that look beyond the asked thing: a neighbour or another of its kind, or the rest of the image.
_BEYOND = subjects.NEIGHBOUR | subjects.ANOTHER | {"elsewhere"}
# Words placing a statement on a side or a part: two sentences naming different ones speak of different places.
_PLACES = frozenset({"left", "right", "bilateral", "both"}).union(*subjects.PART_AXES)


def _organs(text: str) -> frozenset[str]:
    voc = vocabulary()
    return frozenset(m.concept for m in voc.mentions(text) if m.kind is MentionKind.CONCEPT
                     and m.concept in voc.concepts and voc.concepts[m.concept].category == "anatomy")


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    concepts = vocabulary().concepts
    return any(x == y or y in concepts[x].ancestors or x in concepts[y].ancestors for x in a for y in b)


def _same_ground(yes: str, no: str, question: str) -> bool:
    """Whether two sentences speak of the same asked thing in the same place (module docstring)."""
    said = [set(implicit_terms.tokens(s.lower())) for s in (yes, no)]
    places = [words & _PLACES for words in said]
    if any(words & _BEYOND for words in said) or all(places) and places[0] != places[1]:
        return False
    asked = _organs(question)
    organs = [_organs(s) for s in (yes, no)]
    for mine, other in ((organs[0], organs[1]), (organs[1], organs[0])):
        if mine and not _related(mine, asked | other):
            return False
    return not asked or all(not mine or _related(mine, asked) for mine in organs)


def states_both_ways(region: str, question: str, read: Callable[[str], str | None]) -> bool:
    """Whether two full sentences of a short ``region`` on the same ground read (by ``read``, the statement reader of
    one sentence) as opposite verdicts, no correction between them (module docstring)."""
    text = region.strip()
    if len(text) > implicit.MAX_CHARS or "<think>" in text or closed.revision(text) is not None:
        return False
    found = conclusion.concluding(text)
    if found is not None and found[1]:
        return False  # "There is a fracture. Or rather, ... a skin fold. So no fracture.": a marked conclusion settles it
    said: dict[str, list[str]] = {YES: [], NO: []}
    for line in text.splitlines():
        for sentence in _SENTENCE.split(line.strip()):
            verdict = read(sentence) if sentence.endswith((".", "!")) else None
            for side in (YES, NO):
                if verdict is not None and same_verdict(verdict, side):
                    said[side].append(sentence)
    return any(_same_ground(yes, no, question) for yes in said[YES] for no in said[NO])


__all__ = ["states_both_ways"]
