"""Descriptors of a finding that change its meaning: loculated or free-flowing, displaced or not, calcified or
not, under tension or not, new, unchanged, larger or smaller than before.

The lexicon reads a finding, its side, site, size and grade; these words were read as nothing, or as a
concept of their own that a sibling finding never met ("a densely calcified nodule" is a granuloma, "It is
non-calcified." names nothing), so a chain that turned "a loculated effusion that does not layer" into "It
layers with a smooth meniscus, so it is free-flowing", "displaced fractures" into "the fragments are
undisplaced", "a calcified nodule, unchanged for two years" into "It is non-calcified" or "It is new", or
"a tension pneumothorax" into "it is not under tension" scored as its faithful original (one-error dev 3,
retired blind 5's "It is unchanged" for a heart that had doubled in size).

Each axis (``_AXES``) names the findings it describes and its values; a value word negated in its clause
("does not layer", "no meniscus", "not under tension") reads as the other value. A sentence's values describe
the axis's finding the sentence names, or, when it names none and its subject is a pronoun ("It", "They",
"These"), the one the sentence before named. **A chain's value conflicts** when the evidence (report and
reference steps) gives the same axis of the same finding family only other values; the step is then
contradicted (``descriptor-conflict``). Evidence that gives both values, or none, decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.scan import sentence_spans
from medstep.verify.stop_index import Within
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict


@dataclass(frozen=True, slots=True)
class Axis:
    """One descriptor axis: the findings it describes, and per value its words (lower case, hyphens as
    spaces); ``flip``: the value a negated word of each value reads as."""

    name: str
    concepts: frozenset[str]
    values: tuple[tuple[str, re.Pattern[str]], ...]
    flip: dict[str, str]
    parts: re.Pattern[str] | None = None  # nouns for parts of the finding that name it as a pronoun does
    # a sentence that gives two of its values, even one hedged, gives none: a differential ("viral or bacterial
    # pneumonia", "viral versus bacterial"), a ranking ("viral less likely than bacterial") or a mixed or sequential
    # cause ("viral pneumonia with a superimposed bacterial pneumonia"); a value denied ("not viral but bacterial",
    # "bacterial rather than viral") is not given
    single: bool = False
    # a value word describes the sentence's claim nearest to it, which must be one of the axis's findings stated
    # present and certain ("the trachea is central and there is consolidation": the trachea's; "a central tumour with
    # peripheral collapse": the tumour's and the collapse's; "cannot confirm dense consolidation": no claim of one)
    near: bool = False


# a pattern word's fracture noun after it, a few words on ("transverse extra articular fracture of", "oblique distal
# fibula #"; on ``_normalise``d text)
_BEFORE_BREAK = (r"(?!\s+(?:views?|projections?|images?|radiographs?|films?|fissures?|process(?:es)?|sinus(?:es)?|"
                 r"colon|plane|sections?|slices?)\b)(?=(?:\s+[a-z]+){0,4}?\s+(?:fractures?|break|crack|fracture line|#))")


# a device's noun a few words after a kind word ("dual chamber permanent pacemaker", "metal biliary stent")
_BEFORE_PACER = r"(?=(?:\s+[a-z]+){0,2}?\s+(?:pacemakers?|pacers?|pacing|icds?|aicds?|defibrillators?|devices?|systems?|"\
                r"generators?|crt))"
_BEFORE_STENT = r"(?=(?:\s+[a-z]+){0,2}?\s+(?:stents?|endoprosthes[ei]s))"
# (the words between are the pneumonia's own, no noun of another thing: "viral prodrome then pneumonia" names no cause)
_BEFORE_PNEUMONIA = r"(?=(?:\s+(?!(?:then|prodromal|prodromes?|illness(?:es)?|infections?|symptoms?|swabs?|panels?|" \
                    r"screens?|tests?|testing|cultures?|pcr|load|shedding|followed|after|before|preceding|preceded|" \
                    r"leading|causing|caused|with|by|from|to|into|on)\b)[a-z]+){0,2}?\s+(?:pneumonias?|" \
                    r"bronchopneumonias?|pneumonitis|chest infections?|lung infections?))"
# a cause word that is not the cause ("post-viral bacterial pneumonia", "non-viral pneumonia")
_NOT_PREFIXED = r"(?<!\bpost )(?<!\bnon )"


# the lung opacities a density describes (``density``; a nodule's "dense" is its calcium), and those a distribution
# across the lung describes (``distribution``)
_OPACITIES = "consolidation lung_opacity airspace_opacity ground_glass_opacity edema alveolar_edema pneumonia"
_SPREAD = _OPACITIES + " interstitial_edema pulmonary_nodule pulmonary_fibrosis interstitial_lung_disease"
# an opacity hazy by its name: a density word on it grades the haze, never a confluent opacity
_HAZY_BY_NAME = frozenset({"ground_glass_opacity"})


def _axis(name: str, concepts: str, values: Sequence[tuple[str, str]], flip: dict[str, str],
          parts: str | None = None, single: bool = False, near: bool = False) -> Axis:
    return Axis(name, frozenset(concepts.split()), tuple((v, re.compile(rf"\b(?:{p})\b")) for v, p in values), flip,
                re.compile(rf"\b(?:{parts})\b") if parts else None, single, near)


_AXES = (
    _axis("loculation", "pleural_effusion loculated_effusion empyema hydropneumothorax",
          (("loculated", r"loculated|loculation|encysted|lenticular|does not layer|doesn t layer|not layering|"
                         r"no meniscus|without (?:a )?meniscus"),
           ("free", r"free flowing|freely mobile|layers|layering|layer dependently|(?:smooth |concave )?meniscus")),
          {"loculated": "free", "free": "loculated"}),
    _axis("displacement", "fracture rib_fracture bone_fragment clavicle_fracture",
          (("undisplaced", r"undisplaced|non ?displaced|not displaced|without displacement|no displacement|"
                           r"anatomically aligned|in (?:good |anatomical )?alignment"),
           ("displaced", r"(?:minimally |mildly |severely )?displaced|displacement|distracted|angulated|"
                         r"step off|overriding|(?:has |have )?(?:shifted|moved) (?:apart|out of (?:place|line))|"
                         r"shifted|out of line")),
          {"displaced": "undisplaced", "undisplaced": "displaced"},
          # "The fragments are displaced by 4 mm", "The two pieces have not shifted": the fracture named before
          r"(?:the|its|both|two|these|those|their)\s+(?:\w+\s+)?(?:fragments?|pieces|bone ends|fracture ends)"),
    # the fracture's pattern (vlay20): "a transverse fracture" written "a spiral fracture" is another injury. A pattern
    # word counts only before a fracture's noun ("transverse lucent fracture line", "oblique distal fibula #") or in a
    # lay form of it ("broken straight across", "on a slant"); "transverse process", "oblique views" are no pattern
    _axis("pattern", "fracture rib_fracture bone_fragment clavicle_fracture",
          (("transverse", r"transverse" + _BEFORE_BREAK + r"|(?:broken|cracked|snapped|fractured|runs|running|goes)"
                          r" straight across"),
           ("oblique", r"(?:short |long )?oblique" + _BEFORE_BREAK + r"|on a slant|slant(?:ed|ing)|diagonal" + _BEFORE_BREAK),
           ("spiral", r"spiral" + _BEFORE_BREAK + r"|corkscrew|spiralling|spiraling"),
           ("buckle", r"(?:buckle|torus)" + _BEFORE_BREAK + r"|buckled|buckling of the cortex|cortical buckling"),
           ("greenstick", r"greenstick" + _BEFORE_BREAK)),
          {}),
    _axis("calcification", "pulmonary_nodule granuloma mass lung_lesion lesion calcification",
          (("noncalcified", r"non ?calcified|uncalcified|not calcified|without calcification|no calcification"),
           ("calcified", r"(?:densely |partly |partially |heavily )?calcified|calcific|calcification|chalky")),
          {"calcified": "noncalcified", "noncalcified": "calcified"}),
    # what a mass is mostly made of (verr19: an adrenal or renal lesion "predominantly fatty" is a myelolipoma or an
    # angiomyolipoma, one "mostly soft tissue" is not); only a word of predominance states it ("a small soft-tissue
    # component" of a fatty mass is no soft-tissue mass)
    _axis("composition", "adrenal_mass renal_mass mass lesion liver_lesion",
          (("fatty", r"(?:predominantly|mostly|mainly|largely|chiefly) (?:fatty|fat|of fat|fat density|fat containing)"),
           ("soft tissue", r"(?:predominantly|mostly|mainly|largely|chiefly) (?:soft tissue|solid|of soft tissue|"
                           r"soft tissue density)")),
          {}),
    # how far a tear, a clot, an obstruction or a collapse goes (verr21): "a full-thickness tear" written "a partial-
    # thickness tear", "an occlusive thrombus" written "non-occlusive", "complete collapse" written "partial" is another
    # injury (and another treatment); the words of part first ("incomplete" before "complete")
    _axis("extent", "ligament_tear rotator_cuff_tear acl_tear pcl_tear collateral_ligament_tear meniscal_tear thrombus "
                    "portal_vein_thrombosis bowel_obstruction atelectasis",
          (("partial", r"(?:partial(?:ly)?|non|sub) ?occlusive|partial(?:ly)?|incomplete(?:ly)?|part thickness|"
                       r"subtotal|partly"),
           ("complete", r"complete(?:ly)?|full thickness|through and through|total|occlusive|occluding|torn through|"
                        r"fully torn")),
          {"partial": "complete", "complete": "partial"}),
    # how dense a lung opacity is (issue #8, lane found56: session 55's "grade said with another word"): "extensive
    # confluent consolidation" or "dense homogeneous consolidation" written for the report's "patchy, not confluent"
    # opacities, or "faint patchy haze" for its dense lobar consolidation, is another disease's picture. The table:
    # patchy, faint, hazy, mottled and streaky agree with each other and conflict with confluent, coalescent, dense
    # and white-out ("homogeneous" is uniform, not dense: a layering effusion's "homogeneous density" is a haze); a
    # denied confluent ("patchy rather than confluent") reads patchy, a denied patchy says nothing
    # (no flip); a sentence giving both ("dense consolidation versus patchy atelectasis") gives neither. "Ill-defined" is a margin, no density ("ill-defined nodular opacities ... dense, partly calcific"), so
    # it agrees with either
    _axis("density", _OPACITIES,
          (("patchy", r"patch(?:y|ily)|faint(?:ly)?|hazy|haze|mottled|streaky|wispy"),
           ("confluent", r"confluent|coalescen(?:t|ce)|coalescing|dense(?:ly)?|(?:near |almost )?white ?out")),
          {"confluent": "patchy"}, single=True, near=True),
    # where across the lung an opacity lies (lane found56: "central vs peripheral" distributions): around the hila
    # or toward the pleura. The table: central, perihilar, bat wing, butterfly and "centred on the hila" agree with
    # each other and conflict with peripheral, periphery and subpleural; a spared place ("with relative sparing of the
    # periphery", "perihilar sparing") reads as the other (``_SPARED``), a denied one says nothing ("without a
    # peripheral predominance" is no central one; "no bat-wing change" no peripheral one). "Central cavitation",
    # "central venous catheter" are no distribution. A zone (basal, upper) is not on this axis:
    # "perihilar and basal" holds both, and zones are ``lexicon``'s locations
    _axis("distribution", _SPREAD,
          (("central", r"central(?:ly)?(?! (?:cavit\w*|necros\w*|lucen\w*|calcif\w*|clearing|low|venous|line|"
                       r"catheter|airways?|bronch\w*|veins?|dot|scar|lines?))|perihilar|bat ?wing|butterfly|"
                       r"cent(?:red|ered) (?:on|around) the hila"),
           ("peripheral", r"peripheral(?:ly)?|periphery|subpleural")),
          {}, single=True, near=True),
    _axis("tension", "pneumothorax tension_pneumothorax",
          (("tension", r"tension|under pressure"),),
          {"tension": "simple"}),
    # a device's kind within its concept (verr25): a "single-chamber pacemaker with one lead" written for a dual-chamber
    # one with atrial and ventricular leads, a "self-expanding metal stent" for a plastic one, is another device (and
    # another procedure to remove or replace it). A kind word counts only right before the device's noun ("dual
    # chamber permanent pacemaker", "plastic biliary stent") or as the leads counted ("a single lead", "its only lead"), so
    # "biventricular enlargement" or "metal clips" beside the device is no kind of it. A bare "one lead" or "two leads"
    # is not counted: it picks leads out of more ("one lead tip is in the right ventricle", "two leads are intact")
    _axis("chambers", "pacemaker icd",
          (("single", r"(?:single|one) chamber" + _BEFORE_PACER + r"|single lead|(?:its )?only lead|one lead only"),
           ("dual", r"(?:dual|two|double) chamber" + _BEFORE_PACER + r"|dual lead"),
           ("biventricular", r"(?:biventricular|triple chamber|three chamber)" + _BEFORE_PACER
            + r"|crt ?[dp]|cardiac resynchroni[sz]ation|three leads")),
          {}),
    _axis("material", "stent",
          (("metal", r"(?:self expanding |covered |uncovered )?metal(?:lic)?" + _BEFORE_STENT + r"|sems|wallstents?"),
           ("plastic", r"plastic" + _BEFORE_STENT + r"|polyethylene" + _BEFORE_STENT)),
          {}),
    # a pneumonia's cause (concept46): with viral and atypical pneumonia read as pneumonia (no longer as COVID-19's),
    # a "viral pneumonia" written for the report's bacterial lobar one is another disease and another treatment. A
    # cause word counts only right before the pneumonia's noun (the alternatives of ``qualifiers.KIND_SETS``), so "no
    # viral prodrome" beside a lobar pneumonia is no cause of it
    _axis("cause", "pneumonia pcp",
          (("bacterial", _NOT_PREFIXED + r"(?:bacterial|pneumococcal|staphylococcal|streptococcal)" + _BEFORE_PNEUMONIA),
           ("viral", _NOT_PREFIXED + r"viral" + _BEFORE_PNEUMONIA),
           ("fungal", _NOT_PREFIXED + r"(?:fungal|pneumocystis)" + _BEFORE_PNEUMONIA)),
          {}, single=True),
)
# a clause whose subject is a pronoun ("It is calcified.", "..., but it is not under tension")
_PRONOUN_SUBJECT = lazy_compile(r"(?:^|[,:]|\b(?:but|and|so|because|as|although)\b)\s*(?:it|they|these|those|this|its|"
                                r"their)\b")
_PRONOUN = lazy_compile(r"\b(?:it|its|they|their|this|these)\b")
_CLAUSE_CUT = lazy_compile(r",|:|=|\(|\)|>|\b(?:but|and|so|whereas|while|although|though|which|therefore|hence)\b")
# a place spared ("with relative sparing of the lung bases and periphery", "perihilar sparing", "the periphery is
# spared", "periphery and apices spared"): the distribution is the other place; the sparing word before, with only
# other spared places between, or after, with one more place between
_SPARED_BEFORE = lazy_compile(r"\b(?:sparing|spares|spared)\b(?: of)?(?: (?:the|both|lung|lungs|bases?|apices|apical|"
                              r"basal|upper|lower|mid|zones?|regions?|and|or|relative|relatively))* $")
_SPARED_AS = {"central": "peripheral", "peripheral": "central"}
_SPARED_AFTER = lazy_compile(r"(?: (?:and|or) (?:the )?[a-z]+)?(?: regions?| zones?| lungs?)?"
                             r"(?: (?:is|are|being|relatively|largely))* (?:sparing|spared)\b")
# a denial after the word ("signs of tension are absent")
_NEGATED_AFTER = lazy_compile(r"[^,;:=()]{0,30}?\b(?:absent|" + hedges.alternation(negation.NOT_SEEN) + r"|excluded|ruled out)\b")
# (on _normalise'd text: "n't" reads "n t"; the words are answers/negation.py's and answers/hedges.py's)
_NEGATION = lazy_compile(negation.CONTRACTION.replace("'", " ") + "|"
                         + hedges.words(negation.DENY, negation.NEVER, negation.NEITHER, negation.BEFORE,
                                      negation.EXCLUDES, ("instead of", "rather than")))
# an amount below a bound ("less than 1 mm of step-off", "under 2 mm of displacement"): no value of its own
_BOUNDED = lazy_compile(r"(?:" + hedges.alternation(hedges.UPPER_BOUND) + r"|<)\s*\d+(?:\.\d+)?\s*(?:mm|millimet\w+)"
                        r"\s+(?:of\s+)?$")
# an earlier time before the word in its clause (a ``near`` axis's value of before: "two days ago it was patchy")
_EARLIER = lazy_compile(hedges.words(hedges.EARLIER_TIME, hedges.EARLIER_WORDS))
# ("cannot confirm dense consolidation": a value not stated)
_HEDGE = lazy_compile(hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.LIKELIHOOD, hedges.ASKING,
                                 hedges.OBLIGATION, negation.CANNOT, ("or",)))

# the claims a descriptor describes: findings, and devices (their kind: ``chambers``, ``material``)
_DESCRIBED = frozenset({"finding", "device"})


def _normalise(text: str) -> str:
    return text.lower().replace("-", " ").replace("'", " ")


def _values(sent: str, axis: Axis) -> list[tuple[str, int, int]]:
    """The axis's values a sentence states, negated words flipped; (value, start, end)."""
    out = []
    taken: list[tuple[int, int]] = []
    given: set[str] = set()  # the values said, hedged or not (``Axis.single``)
    for value, pattern in axis.values:  # the more specific (negative) words first: "undisplaced" before "displaced"
        for m in pattern.finditer(sent):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            cuts = [c.end() for c in _CLAUSE_CUT.finditer(sent, 0, s)]
            begin = max(cuts[-1] if cuts else 0, s - 30)  # a negation a few words before, in the same clause
            negated = _NEGATION.search(sent, begin, s) is not None or _NEGATED_AFTER.match(sent, e) is not None
            got = value
            if not negated and axis.name == "distribution" and (
                    _SPARED_BEFORE.search(sent, max(0, s - 60), s) is not None or _SPARED_AFTER.match(sent, e) is not None):
                got = _SPARED_AS[value]  # "sparing the periphery": central
            if not negated:
                given.add(got)
            hedge = _HEDGE.search(sent, 0, s)
            if hedge is not None or _BOUNDED.search(sent, max(0, s - 30), s) is not None:
                continue
            if axis.near and _EARLIER.search(sent, cuts[-1] if cuts else 0, s) is not None:
                continue  # "two days ago it was patchy": a state of before
            if negated:
                if value not in axis.flip:
                    continue
                got = axis.flip[value]
            out.append((got, s, e))
    if axis.single and len(given) > 1:
        return []
    return out


@dataclass(frozen=True, slots=True)
class Stated:
    """A descriptor value a text gives a finding: the axis, value, the finding's concept, the words and where."""

    axis: str
    value: str
    concept: str
    text: str
    start: int
    end: int
    side: str | None = None  # the side of the claim a ``near`` axis's word describes


def read_descriptors(text: str, findings: Sequence[Finding], last: dict[str, str] | None = None
                     ) -> tuple[list[Stated], dict[str, str]]:
    """The descriptor values ``text`` gives the findings it states present (``findings``: its claims, spans in
    ``text``), and per axis the concept of the last finding it named (``last``: carried from the text before,
    for a pronoun subject). Read sentence by sentence, each sentence's reading memoised (``_sentence_values``: a
    new report is mostly sentences seen before)."""
    low = _normalise(text)
    state = tuple((last or {}).items())
    out: list[Stated] = []
    present = [f for f in findings if f.polarity is not Polarity.ABSENT and f.category in _DESCRIBED]
    claims = [f for f in findings if f.source != "descriptor" and f.category in _DESCRIBED]  # ("the lung periphery")
    in_present, in_claims = Within([f.start for f in present]), Within([f.start for f in claims])  # (by bisect)
    for a, b in sentence_spans(low):
        named = tuple([present[i].concept for i in in_present.indices(a, b)])
        spans = tuple([(f.concept, f.start - a, f.end - a, f.polarity is Polarity.PRESENT, f.laterality)
                       for f in map(claims.__getitem__, in_claims.indices(a, b))])
        found, state = _sentence_values(low[a:b], text[a:b], named, state, spans)
        for axis, value, concept, words, s, e, side in found:
            out.append(Stated(axis, value, concept, words, a + s, a + e, side))
    return out, dict(state)


def _nearest(spans: tuple[tuple[str, int, int, bool, str | None], ...], s: int, e: int
             ) -> tuple[str, int, int, bool, str | None] | None:
    """The claim of ``spans`` (concept, start, end, stated present, side) nearest the words ``s``..``e``."""
    return min(spans, key=lambda c: _gap(c, s, e), default=None)


def _gap(claim: tuple[str, int, int, bool, str | None], s: int, e: int) -> int:
    """How many characters lie between a claim and the words ``s``..``e`` (0: they touch or overlap)."""
    return max(0, claim[1] - e, s - claim[2])


# a claim this near a value word (a couple of words: "the trachea is central", "a central tumour") is what it
# describes; a farther one ("opacities with air bronchograms ... extending to the lung periphery") need not be
_NEAR = 20


@lru_cache(maxsize=16384)
def _sentence_values(sent: str, orig: str, named: tuple[str, ...], state: tuple[tuple[str, str], ...],
                     spans: tuple[tuple[str, int, int, bool, str | None], ...] = ()
                     ) -> tuple[tuple[tuple[str, str, str, str, int, int, str | None], ...], tuple[tuple[str, str], ...]]:
    """One sentence of ``read_descriptors``: ``sent`` (``_normalise``d) and ``orig`` (its original words), the
    concepts of the findings it states present (in text order) and the axes' concepts carried in (``last``'s items,
    in order), and every claim of the sentence (``spans``: concept, start, end, stated present, side; a ``near``
    axis's word describes the nearest); (axis, value, concept, words, start, end, side) per value and the items
    carried out. Its whole input is its arguments, so the memo is exact."""
    last = dict(state)
    out: list[tuple[str, str, str, str, int, int, str | None]] = []
    for axis in _AXES:
        own = [c for c in named if c in axis.concepts]
        if own:
            concept = own[0]
        elif axis.name in last and (_PRONOUN_SUBJECT.search(sent) is not None or not named and (
                _PRONOUN.search(sent) is not None or axis.parts is not None and axis.parts.search(sent) is not None)):
            concept = last[axis.name]
        else:
            continue
        for value, s, e in _values(sent, axis):
            side = None
            if axis.near:
                claim = _nearest(spans, s, e)
                if claim is not None and not (claim[0] in axis.concepts and claim[3]) and _gap(claim, s, e) <= _NEAR:
                    continue  # another thing's word, or an opacity not stated present
                if value == "confluent" and claim is not None and claim[0] in _HAZY_BY_NAME:
                    continue  # "ground glass, dense in the dependent lungs" is no confluent opacity
                own_claim = _nearest(tuple(c for c in spans if c[0] in axis.concepts), s, e)
                sides = {c[4] for c in spans if c[4]}
                side = (own_claim[4] if own_claim is not None else None) or (
                    next(iter(sides)) if len(sides) == 1 else None)  # "dense ... on the left"
            out.append((axis.name, value, concept, orig[s:e], s, e, side))
        last[axis.name] = concept
    if not named and _PRONOUN.search(sent) is None and not any(
            axis.parts is not None and axis.parts.search(sent) is not None for axis in _AXES):
        last = {}  # a sentence about something else: a later "It" is not the finding before it
    elif named:
        for axis in _AXES:
            if axis.name in last and not any(c in axis.concepts for c in named):
                del last[axis.name]
    return tuple(out), tuple(last.items())


def evidence_descriptors(texts: Sequence[tuple[str, str, Sequence[Finding]]],
                         read: Callable[[str, Sequence[Finding], dict[str, str]], tuple[Sequence[Stated],
                                                                                      dict[str, str]]]
                         = read_descriptors) -> dict[str, list[tuple[Stated, str, str]]]:
    """Per axis, the values the evidence gives (``texts``: (source, text, its claims)); ``read``: how a text is
    read (``read_descriptors`` or a memo of it)."""
    out: dict[str, list[tuple[Stated, str, str]]] = {}
    last: dict[str, str] = {}
    for source, text, findings in texts:
        stated, last = read(text, findings, last)
        for d in stated:
            out.setdefault(d.axis, []).append((d, source, text))
    return out


_UNIT_BASE = 3_000_000


def _same_side(a: str | None, b: str | None) -> bool:
    """Whether two claims' sides may be one place: the opacity on the left says nothing of the one on the right."""
    return a is None or b is None or a == b or "bilateral" in (a, b)


def descriptor_errors(steps: list[StepVerdict], evidence: dict[str, list[tuple[Stated, str, str]]]
                      ) -> list[StepVerdict]:
    """``steps`` with each step that gives a finding a descriptor value the evidence gives an axis's findings
    only otherwise judged contradicted (``descriptor-conflict``)."""
    if not evidence:
        return steps
    out = steps
    last: dict[str, str] = {}
    for k, s in enumerate(steps):
        stated, last = read_descriptors(s.text, s.findings, last)
        bad = []
        for d in stated:
            ev = [x for x in evidence.get(d.axis, []) if _same_side(d.side, x[0].side)]
            if ev and all(x[0].value != d.value for x in ev):
                bad.append((d, ev))
        if not bad:
            continue
        added = []
        for d, ev in bad:
            unit = next((f.unit for f in s.findings if f.concept == d.concept), _UNIT_BASE + s.index)
            category = next((f.category for f in s.findings if f.concept == d.concept), "finding")
            f = Finding(d.concept, d.concept.replace("_", " "), category, Polarity.PRESENT, d.text, d.start, d.end,
                        source="descriptor", unit=unit, role=s.role)
            refs = tuple(SourcedFinding(Finding(x.concept, x.concept.replace("_", " "), category, Polarity.PRESENT,
                                                x.text, x.start, x.end, source="descriptor"), source, text)
                         for x, source, text in ev[:MAX_EVIDENCE])
            added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "descriptor-conflict", refs))
        if out is steps:
            out = list(steps)
        out[k] = s.with_contradictions(added)
    return out
