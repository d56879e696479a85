"""How one evidence finding bears on one claimed finding: supports it, contradicts it, weakly bears on it, or says
nothing (``relation``).

Its own module because it is the pairwise reading of two findings alone (their concepts, polarities, sides, grades,
sizes and places), apart from ``verdicts``, which weighs every related evidence finding of a set against each other
(source precedence, sided and stated-attribute evidence outranking bare mentions) and memoises the verdicts. The rules
it returns are described in ``verdicts``' docstring.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers.concepts import vocabulary
from medstep.verify.attr_conflicts import (
    attr_conflict, axis_places_conflict, denied_grade_spares, is_lesion, lat_compatible, places_apart, severities_conflict,
    one_finding, sizes_conflict,
)
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import SEVERITY_RANK, Concept
from medstep.verify.organ_words import named_generic
from medstep.verify.label_denials import labels_apart
from medstep.verify.qualified import qualifiers_apart as _qualifiers_apart
from medstep.verify.subtypes import kind_unsaid, kinds_conflict


def qualifiers_apart(absent: Finding, present: Finding) -> bool:
    """Whether the denial names another kind than the present finding's: one of a closed family of alternatives
    (``qualified``: "no acute fracture" against old healed ones) or the kind an identity denial sets aside
    (``label_denials``: "not a simple haematoma" against a perivascular one)."""
    return _qualifiers_apart(absent, present) or labels_apart(absent, present)


def _sided(f: Finding) -> bool:
    return f.laterality == "left" or f.laterality == "right"


def relation(claim: Finding, cc: Concept, e: Finding) -> tuple[str, str] | None:
    """How evidence ``e`` bears on ``claim``: (support|contradict|weak, rule) or None if unrelated.

    Sides: an absence on one side ("the right lung is clear") neither shows an absence everywhere
    ("no effusion") nor rules out a finding whose side is not stated ("atelectasis").
    """
    c_pos = claim.polarity is not Polarity.ABSENT
    e_pos = e.polarity is not Polarity.ABSENT
    if claim.other != e.other and (claim.other and not c_pos and e_pos or e.other and not e_pos and c_pos):
        return None  # "no other lesion" does not deny the lesion described, only a second one (``other_absence``)
    if claim.hedged_absence and not e_pos:  # "possibly no X" against "no X": they lean the same way
        return ("weak", "hedged-absence") if _absent_relation(claim, cc, e) else None  # counted, never contradicted
    if e.hedged_absence and not c_pos:
        return None  # "no X" against "possibly no X": the hedge neither recalls nor denies the absence
    lat_ok = lat_compatible(claim.laterality, e.laterality)
    if e.concept == claim.concept:
        if c_pos and e_pos:
            conflict = attr_conflict(claim, e, cc)
            return ("contradict", conflict) if conflict else ("support", "same-finding")
        if not lat_ok:
            return None  # "no left effusion" says nothing about a right one
        if c_pos == e_pos:
            if kind_unsaid(e, claim):
                return None  # "no saddle embolus" does not show "no embolus" (``subtypes``)
            if _sided(e) and not _sided(claim):
                return None  # "the right lung is clear" does not show "no effusion" anywhere
            return ("support", "both-absent")
        absent, present = (e, claim) if c_pos else (claim, e)
        if kinds_conflict(absent, present) or kind_apart(absent, present) or qualifiers_apart(absent, present):
            return None  # "no saddle embolus" against segmental emboli, "no large bowel obstruction" against a
            # small-bowel one: the denied kind is not the one present (``subtypes``); "no acute fracture" against
            # old healed ones (``qualified``)
        if (absent.change == "new" or absent.change == "worsened") and present.change != absent.change:
            return None  # "no new consolidation" says nothing about an old one, "no larger nodules" of small ones
        if absent.severity and present.severity and denied_grade_spares(absent.severity, present.severity):
            return None  # "no large effusion" says nothing about a small one, "rules out a partial tear" about a
            # complete one (retired blind 35); "no significant stenosis" does deny a severe one
        if _sided(absent) and present.laterality is None:
            return None  # "the right lung is clear" and "atelectasis" (side not said) can both hold
        if places_apart(absent, present):
            return None  # (lateral vs medial; "no consolidation in the upper lobe" against a lower lobe one; C3 and C5)
        return ("contradict", "polarity-conflict")
    if c_pos and e_pos and e.unlike is not None and e.concept in cc.ancestors and lat_ok and (
            e.unlike == claim.concept or e.unlike in cc.ancestors):
        return ("contradict", "defining-denied")  # "Salter-Harris fracture" against "... does not reach the physis"
    if e_pos and e.narrow is not None and e.concept in cc.ancestors and (
            c_pos or e.narrow == claim.concept or e.narrow in cc.descendants):
        # "a fracture through the midshaft of the left clavicle" against "clavicle fracture" (a rib fracture: the
        # report's fracture is another bone's); "a tear of the ACL" against "the ACL is intact"
        if not c_pos:
            if not lat_ok or places_apart(claim, e) or _grade_spared(claim, e) \
                    or qualifiers_apart(claim, e):  # "no partial ACL tear"; "no acute rib fracture" (old ones)
                return None
            return ("contradict", "polarity-conflict")
        if e.narrow == claim.concept or e.narrow in cc.descendants:
            conflict = attr_conflict(claim, e, cc)
            return ("contradict", conflict) if conflict else ("support", "same-finding")
        if e.narrow not in cc.ancestors:
            return None
        # (a kind broader than the claim: "a mass in the left upper lobe" is a lung mass, broader than a Pancoast
        # tumour; read on as broader evidence)
    if c_pos and not e_pos and claim.narrow == e.concept and lat_ok and not places_apart(e, claim) \
            and not kinds_conflict(e, claim) and not qualifiers_apart(e, claim):
        return ("contradict", "polarity-conflict")  # "a tear of the ACL" against "the cruciates are intact"
    if not lat_ok:
        return None
    if c_pos and e_pos and e.concept in cc.ancestors and lat_ok:
        # "a 3.5 cm hilar mass" against "a 6 cm mass", "widely displaced rib fractures" against "fractures ...,
        # minimally displaced": one finding, two sizes or grades (a claim broader than the evidence may be about
        # another of the report's findings)
        if claim.size and e.size and is_lesion(cc) and sizes_conflict(claim.size, e.size, True, claim.size_min,
                                                                       e.size_min, one_thing=one_finding(claim, e)):
            return ("contradict", "size-conflict")
        if claim.severity and e.severity and severities_conflict(claim.severity, e.severity):
            return ("contradict", "severity-conflict")
    if c_pos and e_pos and (e.concept in cc.ancestors or e.concept in cc.descendants) and axis_places_conflict(claim, e):
        # "a fracture of the proximal radius" against "a transverse fracture of the distal radial metaphysis": one
        # finding named more or less narrowly, in two places of one bone (organ)
        return ("contradict", "location-conflict")
    if e.concept in cc.descendants:  # evidence is more specific than the claim
        if e_pos:
            if c_pos:
                return ("support", "narrower-evidence")
            if _sided(claim) and e.laterality is None:
                return None
            if (claim.change == "new" or claim.change == "worsened") and e.change != claim.change \
                    or kinds_conflict(claim, e):
                return None  # "no new opacity" says nothing about residual atelectasis
            if _grade_spared(claim, e) or places_apart(claim, e) or kind_apart(claim, e) \
                    or qualifiers_apart(claim, e):
                return None  # ("no partial tear"; another lobe's; "no fracture of the clavicle" against rib fractures)
            return ("contradict", "polarity-conflict")
        return None  # "no consolidation" does not settle "opacity"
    if e.concept in cc.ancestors:  # evidence is broader than the claim
        if not e_pos and e.narrow is not None and claim.narrow != e.narrow and e.narrow not in cc.ancestors \
                and e.narrow not in cc.descendants and e.narrow != claim.concept \
                and (claim.organ is None or claim.organ != e.organ):
            # "no lesion in the liver" denies a liver lesion, not the kidney's cyst (``organ_specific``); a claim
            # named in the denial's own organ ("a cyst in the liver") it does deny
            return None
        if not e_pos and named_generic(e) and claim.organ != e.organ:
            return None  # "no swollen nodes in the neck" denies no hilar lymphadenopathy
        if not e_pos:
            if _sided(e) and claim.laterality is None or (kinds_conflict(e, claim) if c_pos else kind_unsaid(e, claim)) \
                    or c_pos and (places_apart(e, claim) or qualifiers_apart(e, claim)):
                return None
            return ("contradict", "polarity-conflict") if c_pos else ("support", "both-absent")
        return ("weak", "broader-evidence") if c_pos else None
    if c_pos and e_pos and e.concept in cc.co_parents:  # "airspace opacity" beside "pulmonary edema"
        return ("weak", "related-evidence")
    return None


def kind_apart(absent: Finding, present: Finding) -> bool:
    """Whether a denial named in one organ ("no fracture of the clavicle": its ``narrow`` kind, clavicle_fracture,
    ``scope_passes.organ_specific``) leaves standing a finding of another organ's kind (rib fractures, "a fracture of
    the fifth rib"): a denial reaches only findings of its own site. A finding of no site ("a fracture") or of the
    denied kind stays reached (issue #8, lane site47)."""
    denied = absent.narrow
    if denied is None or absent.listed or present.listed:
        return False  # (one named in a list of organs is each one's: "no fracture of the ribs or clavicles")
    kind = present.narrow or present.concept
    if kind == denied:
        return False  # the denied kind itself, wherever else it is said to lie ("rib fractures in the chest wall")
    concepts = vocabulary().concepts
    a, b = concepts.get(kind), concepts.get(denied)
    if a is None or b is None or denied in a.ancestors:
        return False
    if absent.organ is not None and present.organ is not None and absent.organ != present.organ:
        return True
    if kind in b.ancestors:
        return False
    # (only another organ's own kind: a generic word of no organ, "a lump" in the breast, is a finding of no stated
    # site and stays reached by "no lumps in either breast")
    homes = _organ_kinds().get(kind, frozenset())
    return bool(homes) and absent.organ not in homes


@lru_cache(maxsize=1)
def _organ_kinds() -> dict[str, frozenset[str]]:
    """The organs (anatomy rows) whose ``expands`` hold each finding: the organs it is a kind of finding of."""
    homes: dict[str, set[str]] = {}
    for c in vocabulary().concepts.values():
        if c.category == "anatomy":
            for x in c.expands:
                homes.setdefault(x, set()).add(c.id)
    return {k: frozenset(v) for k, v in homes.items()}


def _grade_spared(absent: Finding, present: Finding) -> bool:
    """Whether a denied kind leaves a finding named more or less narrowly standing: the lowest grade and the top one
    ("rules out a partial tear" against a complete or full-thickness one, retired blind 35, and the reverse). Never a
    bare finding: "No small pneumothorax" or "No pneumothorax, slightly rotated" against "Right pneumothorax" errs."""
    return {absent.severity, present.severity} == _KINDS


_KINDS = {min(SEVERITY_RANK, key=SEVERITY_RANK.__getitem__), max(SEVERITY_RANK, key=SEVERITY_RANK.__getitem__)}


def _absent_relation(claim: Finding, cc: Concept, e: Finding) -> bool:
    """Whether an absent piece of evidence would support a hedged absence read as the absence it leans to."""
    if not lat_compatible(claim.laterality, e.laterality):
        return False
    return (e.concept == claim.concept or e.concept in cc.ancestors) and not (_sided(e) and not _sided(claim))
