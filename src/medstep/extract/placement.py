"""Whether a tube or line is where it belongs, answered by where its tip lies: "Is the nasogastric tube correctly
placed?" - "The NG tube follows the right main bronchus and ends in the right lower lobe." (no); "Is the central
venous catheter malpositioned?" - "Right internal jugular line, tip at the cavoatrial junction." (no).

Where a device belongs is textbook knowledge, kept here as data (:data:`BELONGS`): an enteric (nasogastric,
orogastric, feeding) tube's tip belongs in the stomach and never in the oesophagus or the airways; a central venous
catheter's (or PICC's) in the superior vena cava or at the cavoatrial junction and never in the right ventricle or
the pulmonary artery; an endotracheal tube's never in a main bronchus or the oesophagus (where in the trachea it is
right is a distance to the carina: ``extract/measured.py``). A place in neither column of the asked device ("the
right atrium" for a central line, "the duodenum" for an enteric tube: each may be meant) gives no reading. The places
are the compartments of ``extract/compartments.py`` and :data:`_MORE_PLACES` (a lung lobe, the pleural space, the
cavoatrial junction: places a tip may reach that are no compartment of that table).

Read only when the question asks one device of the table good or bad in position (the ``placement`` pair of
``extract/antonym_pairs.py``), and the short answer names that device or none (a pronoun, "the tip"), names no
negation and no hedge, places the tip at no earlier time ("The tip was in the oesophagus on the prior film and is
now in the stomach": which is now?) and offers no two places as alternatives ("in the stomach or the oesophagus"),
judges the position in words, if at all, as its places do (a judgement alone, "This is an appropriate position.", is the
antonym reader's; one beside the tip's place, "The tip is over the gastric fundus — that's an appropriate
position.", is read with it, and one the places contradict gives no reading), and
every place it names outside a clause of advice or intent ("should be withdrawn into the SVC", "Advance the tube so
the tip lies in the stomach.") is one of the device's: all wrong is malpositioned, all right is well placed. A course through a wrong place to a right one ("passes down the oesophagus into the stomach")
is read by where the tip ends (after "tip", "ends", "terminates", "lies", "projects"); a tip said in both kinds is
no reading. Rule ``implicit_placement``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import NO, YES, hedges
from medstep.extract import antonyms, implicit
from medstep.extract.antonym_pairs import PAIRS, Pair
from medstep.extract.compartments import COMPARTMENTS, NEGATED
from medstep.lazyre import lazy_compile

RULE = "implicit_placement"

# Places a tip may reach beyond the compartments: "ends in the right lower lobe", "tip at the cavoatrial junction".
_MORE_PLACES: dict[str, tuple[str, ...]] = {
    "lung": ("right lower lobe", "left lower lobe", "right middle lobe", "right upper lobe", "left upper lobe",
             "lingula", "lung", "right lung", "left lung", "bronchus intermedius", "lower lobe bronchus"),
    "pleural space": ("pleural space", "pleural cavity"),
    "cavoatrial junction": ("cavoatrial junction", "cavo-atrial junction", "caval-atrial junction",
                            "svc/right atrial junction", "svc-ra junction"),
    "gastric bubble": ("gastric bubble", "gastric air bubble", "gastric fundus", "fundus of the stomach"),
}
# device concept (``answers/concepts.tsv``) -> (places its tip belongs in, places it never belongs in)
BELONGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "enteric_tube": (frozenset({"stomach", "gastric bubble"}),
                     frozenset({"esophagus", "trachea", "right main bronchus", "left main bronchus", "lung",
                                "pleural space"})),
    "central_venous_catheter": (frozenset({"superior vena cava", "cavoatrial junction"}),
                                frozenset({"right ventricle", "pulmonary artery"})),
    "endotracheal_tube": (frozenset(), frozenset({"right main bronchus", "left main bronchus", "esophagus"})),
}
BELONGS["picc"] = BELONGS["central_venous_catheter"]

# A clause saying where the tip should go, not where it is: advice or intent ("should be withdrawn into the SVC",
# "recommend advancing into the stomach": ``hedges.OBLIGATION``, ``hedges.INTENT``), an ideal ("ideally in the
# stomach"), or an order to move it ("Advance the tube so the tip lies in the stomach."); and a clause saying the tube
# was moved ("The ETT tip in the right main bronchus was pulled back.", "was withdrawn into the SVC") or where it had
# been ("The ETT had been in the right main bronchus."): the place is the tip's before, or its aim, not where it is.
_TARGET = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.OBLIGATION, hedges.INTENT) + r"|ideal|ideally|advanced?|"
                       r"withdraw(?:n|ed)?|retract(?:ed)?|reposition(?:ed)?|pull(?:ed)?\s+back|push(?:ed)?|re-?sited|"
                       r"had\s+been)\b")
# Where the tip ends: after these words, the place is the tip's, not the course's.
_TIP = r"(?:tip|ends?|ending|terminates?|terminating|lies|lying|sits|sitting|projects?|projecting|coiled|curled)"


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """phrase -> place, a pattern naming any place (longest phrases first), one naming the place a tip ends in, and
    one naming two places as alternatives ("in the stomach or (in) the distal oesophagus")."""
    names = {p: name for name, phrases in COMPARTMENTS.items() for p in phrases}
    names.update({p: name for name, phrases in _MORE_PLACES.items() for p in phrases})
    alternation = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in names), key=len, reverse=True))
    tip = re.compile(r"(?i)\b" + _TIP + r"\b[^.;]{0,40}?\b(?:in|within|at|over|into|overlying)\s+the\s+(" + alternation
                     + r")\b")
    either = re.compile(r"(?i)\b(?:" + alternation + r")\s*,?\s+or\s+(?:(?:in|within|at|into|over)\s+)?(?:the\s+)?"
                        r"(?:[a-z]+\s+)?(?:" + alternation + r")\b")
    return names, re.compile(r"(?i)\b(" + alternation + r")\b"), tip, either


@lru_cache(maxsize=1)
def _pair() -> Pair:
    """The ``placement`` pair of the antonym table: "in good position" / "malpositioned"."""
    return next(p for p in PAIRS if p.name == "placement")


def _asked(question: str) -> tuple[str, bool] | None:
    """(device, asks it well placed) of a question asking one device of the table good or bad in position."""
    poles = [i for i, pole in enumerate(_pair().poles) if pole.search(question)]
    named = antonyms.devices(question.lower())
    if len(poles) != 1 or len(named) != 1 or next(iter(named)) not in BELONGS:
        return None
    return next(iter(named)), poles[0] == 0


# "Is the nasogastric tube in the stomach?", "Is the PICC tip located in the superior vena cava?"
_IN_PLACE = lazy_compile(r"(?i)^\s*(?:is|are)\s+(?:the\s+)?(?P<device>[a-z -]{2,40}?)\s+(?:tip\s+)?(?:(?:located|positioned|"
                         r"placed|sitting|lying)\s+)?(?:in|within|at)\s+the\s+(?P<place>[a-z -]{3,40}?)\s*\?\s*$")


# A place that lies inside another a question may ask: the gastric bubble (fundus) is in the stomach.
_INSIDE = {"gastric bubble": "stomach"}


def _asked_place(question: str) -> tuple[str, str] | None:
    """(device, place) of a question asking whether one device of the table lies in a place it belongs in."""
    m = _IN_PLACE.match(question)
    if m is None or any(pole.search(question) for pole in _pair().poles):
        return None
    named = antonyms.devices(m.group("device").lower())
    place = _places()[0].get(" ".join(m.group("place").lower().split()))
    if len(named) != 1 or next(iter(named)) not in BELONGS or place not in BELONGS[next(iter(named))][0]:
        return None
    return next(iter(named)), place


def read_in_place(text: str, question: str) -> str | None:
    """"Is the nasogastric tube in the stomach?" - "The tube follows the left main bronchus and its tip projects over
    the left lower zone.": where the tip is placed is read as for a question of its position (:func:`read_placement`);
    every place wrong is a no, the asked place alone a yes, another right place no reading."""
    asked = _asked_place(question)
    if asked is None:
        return None
    device, place = asked
    placed = _tip_places(text, device)
    if placed is None:
        return None
    good, said = placed
    return NO if not good else YES if {_INSIDE.get(p, p) for p in said} == {place} else None


def read_placement(text: str, question: str) -> str | None:
    """yes / no when a short answer places the asked device's tip (see module docstring), else ``None``."""
    asked = _asked(question)
    if asked is None:
        return None
    device, asks_good = asked
    placed = _tip_places(text, device)
    if placed is None:
        return None
    return YES if placed[0] == asks_good else NO


def _tip_places(text: str, device: str) -> tuple[bool, set[str]] | None:
    """Whether the places the reply puts the device's tip in are all right for it (``True``) or all wrong, and
    those places; ``None`` where the reply does not settle it (see module docstring)."""
    if len(text) > implicit.MAX_CHARS or NEGATED.search(text):
        return None
    judged = {i for i, pole in enumerate(_pair().poles) if pole.search(text)}
    if len(judged) > 1:
        return None  # "... in good position ... malpositioned": judged both ways
    named = antonyms.devices(text.lower())
    if named and named != {device}:
        return None  # "The NG tube is in the stomach." to a question about the central line
    if any(implicit.hedged(s) for s in implicit.sentences(text)):
        return None  # a hedge, or a tip placed at an earlier time ("on the prior film", "previously")
    names, place, tip, either = _places()
    if either.search(text):
        return None  # "The tip is in the stomach or the oesophagus.": two places offered
    if _TARGET.search(text):  # "...; it should be withdrawn into the SVC": where the tip is to go, not where it is
        text = " . ".join(c for s in implicit.sentences(text) for c in implicit.clauses(s) if not _TARGET.search(c))
    right, wrong = BELONGS[device]
    said = {names[" ".join(m.group(1).lower().split())] for m in place.finditer(text)}
    if not said or not said <= right | wrong:
        return None  # no place, or one the table does not judge for this device ("the right atrium")
    if said & right and said & wrong:  # "passes down the oesophagus and its tip lies in the stomach": where it ends
        said = {names[" ".join(m.group(1).lower().split())] for m in tip.finditer(text)}
        if not said or said & right and said & wrong:
            return None
    good = said <= right
    if judged and (0 in judged) != good:
        return None  # "The tip is in the oesophagus, a satisfactory position.": the places and the words disagree
    return good, said


__all__ = ["BELONGS", "RULE", "read_in_place", "read_placement"]
