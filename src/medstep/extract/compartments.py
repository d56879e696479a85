"""Where a tube, line or lead lies, asked by place: "Is the tip of the central line in the superior vena cava?" -
"The tip lies in the right atrium, about 3 cm below the cavoatrial junction." (no).

The places a device tip is checked against are compartments that exclude each other: a tip in the right atrium is
not in the superior vena cava, one in the esophagus not in the stomach. The shared vocabulary's anatomy is too
coarse to tell them apart (both venae cavae and the pulmonary artery are "vessels"), so :data:`COMPARTMENTS` is the
one table of them in ``extract``; a broader place ("the heart", "the chest", "the mediastinum") is in no row and
says nothing. Rule ``implicit_antonym``: the asked compartment and the stated one are the two poles (see
``extract/antonyms.py``). Read only when:

* the question asks whether a device, its tip or its lead is in / within / at one compartment of the table;
* the answer is short, names the device (no other one), a tip or a pronoun, places it with "in / within / at /
  over / into the" in exactly one compartment (one not followed by "junction", "border", "level", a slash or a
  hyphen) and names no other, holds no negation and no hedge: the same compartment is a yes, another one a no.
"""

from __future__ import annotations

import re

from medstep.answers import NO, YES
from medstep.answers import negation
from medstep.extract import antonyms, implicit
from medstep.lazyre import lazy_compile

RULE = antonyms.RULE
# One row per compartment: its name and the phrases naming it (lower case, whole words).
COMPARTMENTS: dict[str, tuple[str, ...]] = {
    "superior vena cava": ("superior vena cava", "svc"),
    "inferior vena cava": ("inferior vena cava", "ivc"),
    "right atrium": ("right atrium",),
    "right ventricle": ("right ventricle", "right ventricular apex", "right ventricle apex", "right ventricular outflow tract"),
    "pulmonary artery": ("pulmonary artery", "main pulmonary artery", "right pulmonary artery",
                         "left pulmonary artery", "pulmonary trunk"),
    "brachiocephalic vein": ("brachiocephalic vein", "innominate vein"),
    "trachea": ("trachea",),
    "right main bronchus": ("right main bronchus", "right mainstem bronchus", "right main stem bronchus"),
    "left main bronchus": ("left main bronchus", "left mainstem bronchus", "left main stem bronchus"),
    "esophagus": ("esophagus", "oesophagus", "distal esophagus", "mid esophagus", "upper esophagus"),
    "stomach": ("stomach", "gastric fundus", "gastric body", "gastric antrum"),
    "duodenum": ("duodenum",),
}
_NAMES = {phrase: name for name, phrases in COMPARTMENTS.items() for phrase in phrases}
_PLACE = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in _NAMES), key=len, reverse=True))
_QUESTION = lazy_compile(r"(?i)^\s*(?:is|are)\s+(?:the\s+)?([a-z -]{2,60}?)\s+(?:located\s+|positioned\s+|lying\s+|sitting\s+)?"
                         r"(?:in|within|at)\s+the\s+(" + _PLACE + r")\s*\?\s*$")
_DEVICE = lazy_compile(r"(?i)\b(?:tube|line|catheter|cath|lead|leads|tip|ett|ngt|ng|picc|cvc|port|pacemaker|wire|drain|"
                       r"stent|swan[- ]ganz)\b")
_STATED = lazy_compile(r"(?i)\b(?:in|within|at|over|into)\s+the\s+(" + _PLACE + r")\b(?!\s*(?:[/-]|junction|border|level|"
                       r"region|wall|orifice|origin|confluence))")
_MENTION = lazy_compile(r"(?i)\b(" + _PLACE + r")\b")
_SUBJECT = lazy_compile(r"(?i)\b(?:tip|it|its|tube|line|catheter|lead|ett|ngt|ng|picc|cvc|port|pacemaker|wire|drain)\b")
# Any denial in a short answer about where a device lies ("does not reach the stomach", "not in the SVC", "isn't"):
# the place it names may be the one denied. Shared with ``extract/placement.py``.
NEGATED = lazy_compile(r"(?i)" + "|".join(
    (negation.CONTRACTION, r"\b(?:" + "|".join(negation.DENY + negation.NEVER + negation.NONE + negation.ABSENT) + r")\b")))


def read_compartment(text: str, question: str) -> str | None:
    """yes / no when a short answer places the asked device in one compartment (see module docstring), else
    ``None``."""
    m = _QUESTION.match(question)
    if m is None or _DEVICE.search(m.group(1)) is None or len(text) > implicit.MAX_CHARS:
        return None
    asked = _NAMES[" ".join(m.group(2).lower().split())]
    if NEGATED.search(text) or _SUBJECT.search(text) is None:
        return None
    named = antonyms.devices(text.lower())
    if named and named != antonyms.devices(question.lower()):
        return None  # "The NG tube is in the stomach." to a question about the central line
    stated = set()
    for sentence in implicit.sentences(text):
        here = {_NAMES[" ".join(s.lower().split())] for s in _STATED.findall(sentence)}
        if here and implicit.hedged(sentence, temporal=False):
            return None
        stated |= here
    mentioned = {_NAMES[" ".join(s.lower().split())] for s in _MENTION.findall(text)}
    if len(stated) != 1 or mentioned != stated:
        return None  # "in the right atrium or the SVC", "in the SVC, close to the right atrium"
    return YES if stated == {asked} else NO


__all__ = ["COMPARTMENTS", "NEGATED", "RULE", "read_compartment"]
