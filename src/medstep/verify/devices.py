"""Tubes, lines, drains and pacing leads as a text names them: each device's family and lexicon concept, the words
for it, and which device a sentence speaks of when it only refers to one ("Its tip ...", "The tube ...").

Shared by the device checks: where a device lies (``positions.py``) and whether it moved since an earlier study
(``device_changes.py``), so both read "the tube" in the sentence after "The nasogastric tube ..." as that tube.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.lazyre import lazy_compile
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole

# ---- devices: family, lexicon concept, words (lower case, hyphens read as spaces) ----
DEVICE_WORDS = (
    ("airway", "endotracheal_tube", r"endotracheal(?: tube)?|et tube|ett|breathing tube|tracheal tube"),
    ("enteric", "enteric_tube", r"nasogastric(?: tube)?|orogastric(?: tube)?|ng tube|ngt|og tube|feeding tube|"
                                r"enteric tube|dobhoff(?: tube)?|nasojejunal(?: tube)?|nasoenteric tube|nasoduodenal tube|fine bore tube|"
                                r"ogt|gastric tube|ryle'?s tube|enteral (?:feeding )?tube"),
    ("venous", "central_venous_catheter",
     r"central (?:venous )?(?:line|catheter)|central venous access|cvc|cvl|picc(?: line)?|peripherally inserted "
     r"central (?:venous )?catheter|(?:internal jugular|jugular|ij|subclavian|dialysis|haemodialysis|hemodialysis|"
     r"hickman|venous|femoral) (?:line|catheter)|port a cath|portacath|swan ganz(?: catheter)?"),
    ("lead", "pacemaker", r"(?:atrial|ventricular|pacing|pacemaker|pacer|defibrillator|icd|ra|rv) leads?|"
                          r"pacing wires?|(?:pacemaker |pulse )?generator"),
    ("drain", "chest_tube", r"chest drain|chest tube|intercostal drain|pleural drain|pigtail(?: catheter| drain)?|"
                            r"thoracostomy tube|(?:right|left)(?: sided)? drain"),
    # a cerebrospinal fluid shunt or ventricular drain: its tip belongs in a ventricle, not the brain around it (no
    # bare "shunt": a "left-to-right shunt" is blood flow, not a device)
    ("shunt", "catheter", r"(?:ventriculo ?(?:peritoneal|atrial|pleural)|lumbo ?peritoneal|vp|va|csf|"
                          r"cerebrospinal fluid) shunt(?: catheter| tubing)?|shunt catheter|ventricular (?:shunt )?"
                          r"catheter|(?:external )?ventricular drain|evd|ventriculostomy(?: catheter| drain)?"),
)
# a device referred to without its name, by the sentence after the one that named it
REFERS = lazy_compile(r"\b(?:it|its|the tip|the (?:line|catheter|tube|lead|leads|wire|drain))\b")
# a device the vocabulary does not name ("the NG's tip", "the Ryle's tube"): a sentence naming one refers to it
OTHER_DEVICE = lazy_compile(r"\b(?:tubes?|lines?|catheters?|drains?|leads?|wires?|ng|og|ogt|ryle'?s|cannulae?|sheath|"
                           r"stents?|ports?|shunts?)\b")
BARE = {"line": ("venous",), "catheter": ("venous", "shunt"), "tube": ("airway", "enteric", "drain"),
         "lead": ("lead",), "leads": ("lead",), "wire": ("lead",), "drain": ("drain", "shunt"), "shunt": ("shunt",)}
BARE_WORD = lazy_compile(r"\b(?:the|this|that|its) (line|catheter|tube|leads?|wire|drain|shunt)\b")
DEVICE_RE = lazy_compile("|".join(rf"(?P<d{k}>\b(?:{words})\b)" for k, (_f, _c, words) in enumerate(DEVICE_WORDS)))
FAMILIES = tuple(fam for fam, _c, _w in DEVICE_WORDS)
CONCEPT = {fam: cid for fam, cid, _w in DEVICE_WORDS}


def normalise(text: str) -> str:
    """Lower case with hyphens and slashes read as spaces (same length: spans index the original)."""
    return text.lower().replace("-", " ").replace("/", " ")


@lru_cache(maxsize=16384)  # (a pure reading of a sentence; reports and chains repeat sentences)
def devices_in(sent: str, last: str | None) -> list[tuple[int, int, str]] | None:
    """The devices a sentence (``normalise``d) names, as (start, end, family) in text order; [(-1, -1, ``last``)]
    when it names none but refers to the one the sentence before named ("Its tip ...", "the tube" of that family);
    None when it neither names nor refers to one. Memoised: callers never change the list."""
    devices = [(m.start(), m.end(), FAMILIES[int(str(m.lastgroup)[1:])]) for m in DEVICE_RE.finditer(sent)]
    if devices:
        return devices
    bare = BARE_WORD.search(sent)
    if last is not None and (bare is not None and last in BARE[bare.group(1)] or bare is None and REFERS.search(
            sent) is not None and OTHER_DEVICE.search(sent) is None):
        return [(-1, -1, last)]
    return None


def role_at(s: StepVerdict, pos: int) -> SentenceRole:
    """The role of the step's clause that holds ``pos`` (the step's own role when no clause does)."""
    for c in s.clauses:
        if c[0] <= pos < c[1]:
            return c[2]
    return s.role
