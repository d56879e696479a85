"""Finding records from one segment's scoped mentions (``mention_findings``).

Its own module because turning a ``Mention`` into ``Finding`` records is a step apart from cutting and scoping the
text (``extract.py``): it reads each mention once more in its words (an arrow's side, a heart pushed, which device the
bare "ICD" is, the bone a fracture word names, a distance that is no size, "no other"/"a second") and numbers the
findings into units.
"""

from __future__ import annotations

from operator import attrgetter

from medstep.verify.findings import Finding, Polarity
from medstep.lazyre import lazy_compile
from medstep.verify.label_denials import phrase_words, set_aside_words
from medstep.verify.lexicon import Concept, lung_place
from medstep.verify.mentions import Mention
from medstep.verify.other_absence import another_present, other_absence
from medstep.verify.readings import (
    ARROW_END, DEXTRO, FRACTURE_WORDS, ICD, SHIFT, bone_fractured, heart_pushed, icd_kind,
)
from medstep.verify.scan import lower_text
from medstep.verify.scope_words import ABSENCE_HEDGES
from medstep.verify.quantities import value_after
from medstep.verify.sizes import DISTANCE, measured_by_distance
from medstep.verify.qualified import named_qualifiers, place_qualifiers, said_qualifiers
from medstep.verify.subtypes import denied_kind, said_kind

# a denial placed in a lobe that goes on to reach the whole lung ("no consolidation in the right upper lobe, nor in
# either lung", "in either lung, including the right upper lobe"): no one lobe's (``attr_conflicts.lung_places_apart``)
_WHOLE_LUNG = lazy_compile(r"[^.;!?]*?\b(?:either lung|both lungs|any lobe|all (?:the |five )?lobes|including|throughout|"
                           r"anywhere)\b")
FINDING_ORDER = attrgetter("start", "unit")  # findings in text order, a mention's units in theirs


def mention_findings(concepts: dict[str, Concept], text: str, mentions: list[Mention], off: int, stop: int,
                     claims_only: bool, kinds: dict[str, frozenset[str]] | None = None,
                     measures: frozenset[str] = frozenset()) -> tuple[list[Finding], int]:
    """The findings of the mentions of the segment ``text[off:stop]``, sorted, and how many units they use. What
    they read around a mention stays in the segment (``clauses.py``: nothing flows from one step into the next),
    so that a memoised segment, analysed in a window of the text, reads as on the whole text: "fractures of the
    left" before a step "5th and 6th ribs" named the ribs' fracture on the whole text only.
    ``kinds`` holds the subtype words of the vocabulary's kind synonyms (``subtypes``; the lexicon's), ``measures``
    its synonyms that are a measured quantity's name alone ("rv/lv ratio"): said with a value ("The RV/LV ratio is
    0.8") such a name is no claim of its finding (``quantities.MEASURE_NOUNS``)."""
    out: list[Finding] = []
    unit = 0
    uncertain = Polarity.UNCERTAIN
    for m in mentions:
        if m.dropped:
            continue
        first = len(out)
        c = concepts[m.cid]
        cat = c.category
        if cat == "normal" or cat == "group" or (claims_only and cat == "anatomy"):
            continue
        a = m.attrs
        if measures and " ".join(text[m.start:m.end].lower().replace("-", " ").split()) in measures and value_after(
                lower_text(text), m.end):
            continue
        if text[m.end - 1] in ARROW_END and not (a and a.get("laterality")):
            continue  # "trachea → R" is a shift to the right; "mediastinum → mediastinal origin" is no shift
        if c.id == DEXTRO and SHIFT in concepts and heart_pushed(text, m.start, m.end, off, stop):
            c, cat, a = concepts[SHIFT], concepts[SHIFT].category, {**(a or {}), "laterality": "right"}
        elif c.id == ICD and m.end - m.start == 3:  # the bare abbreviation: a defibrillator or an intercostal drain
            kind = icd_kind(text, m.start, m.end)
            if kind is None or kind not in concepts:
                continue  # no telling which device: none is claimed, rather than the wrong one
            c = concepts[kind]
        elif c.id in FRACTURE_WORDS:
            bone = bone_fractured(text, m.start, m.end, off, stop)  # "fractures of the left fourth to seventh ribs"
            if bone is not None and bone in concepts:
                c = concepts[bone]
        subtype = (denied_kind(kinds, text[m.start:m.end]) if m.pol is Polarity.ABSENT
                else said_kind(lower_text(text), m.start, m.end)) if kinds else frozenset()
        qualified: frozenset[str] = frozenset()
        if cat == "finding":
            said = said_qualifiers(lower_text(text), m.start, m.end, m.pol is Polarity.ABSENT)
            place = a.get("location") if a else None
            qualified = said | named_qualifiers(c.name, place if m.pol is Polarity.ABSENT else None) \
                | (place_qualifiers(place, said) if m.pol is not Polarity.ABSENT else frozenset())
        # an identity denial's kind set aside, a present finding's own phrase (``label_denials``)
        aside = set_aside_words(lower_text(text), m.start, m.trigger) if m.pol is Polarity.ABSENT else ()
        phrase = phrase_words(lower_text(text), m.start, m.end) if m.pol is not Polarity.ABSENT else ()
        if a:
            size = a.get("size")
            if size and DISTANCE in a and not measured_by_distance(c.id, cat):
                size = None  # "a flap 2 cm above the junction": where the flap is, not its size (``sizes.py``)
            place = a.get("location")
            if place is not None and m.pol is Polarity.ABSENT and lung_place(place) and _WHOLE_LUNG.match(
                    lower_text(text), m.end, stop) is not None:
                place = None  # "no consolidation in the right upper lobe or in either lung": the denial reaches all
            out.append(Finding(c.id, c.name, cat, m.pol, text[m.start:m.end], m.start - off, m.end - off,
                               a.get("laterality"), place, a.get("severity"), a.get("change"),
                               m.trigger, "mention", unit, m.role, float(size) if size else None,
                               a.get("temporality"), m.hedged_absence or (m.pol is uncertain
                                                                          and m.trigger in ABSENCE_HEDGES),
                               float(a["size_min"]) if size and "size_min" in a else None,
                               m.bare, m.narrow, a.get("location2"), organ=m.organ, kind=subtype,
                               listed=m.listed, qualified=qualified, change_grade=a.get("change_grade"),
                               set_aside=aside, said=phrase))
            also = concepts.get(a.get("also", ""))
            if also is not None:  # "cholecystectomy clips": the clips, and the operation they say was done
                unit += 1
                out.append(Finding(also.id, also.name, also.category, m.pol, text[m.start:m.end], m.start - off,
                                   m.end - off, trigger=m.trigger, unit=unit, role=m.role,
                                   hedged_absence=out[-1].hedged_absence))
        else:
            out.append(Finding(c.id, c.name, cat, m.pol, text[m.start:m.end], m.start - off, m.end - off,
                               trigger=m.trigger, unit=unit, role=m.role,
                               hedged_absence=m.hedged_absence or (m.pol is uncertain
                                                                   and m.trigger in ABSENCE_HEDGES),
                               bare=m.bare, narrow=m.narrow, organ=m.organ, kind=subtype,
                               listed=m.listed, qualified=qualified, set_aside=aside, said=phrase))
        if other_absence(lower_text(text), m.start, off) if m.pol is Polarity.ABSENT else \
                another_present(lower_text(text), m.start, off):
            for f in out[first:]:
                f.other = True  # "no other lesion": the one described is the only one; "a second lesion"
        unit += 1
    if len(out) > 1:
        out.sort(key=FINDING_ORDER)
    return out, unit
