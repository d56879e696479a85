"""The ``verifier`` judge: RadRScore computed by the embedded clinical verifier, no model needed.

ChestX-Reasoner's RadRScore averages three views of a reasoning chain; here
each is counted by :mod:`medstep.verify` (see ``verify/verifier.py`` for what a
claim unit, a step and a reference unit are):

* completeness  = reference units recalled by the prediction / reference units
  (reference = the sample's reference steps, or its report when it has none);
* factuality    = prediction claim units consistent with the evidence
  (report plus reference steps; silence rule: an unmentioned finding called
  absent is consistent, one called present is not) / prediction claim units;
* effectiveness = prediction steps that the report or a reference step
  supports without a contradiction / prediction steps that make a counted
  claim (observations and conclusions; see ``verify/roles.py``);
* radrscore     = mean of the three (``composite``: an undefined factuality or
  effectiveness adds 0, an undefined completeness is left out);
* clinical      = the clinical error score of the chain's claims against the
  report (or reference steps): false, missed and attribute errors weighted by
  clinical significance (``verify/clinical.py``); 1 is error-free, 0 for a chain
  that commits to nothing (a refusal, only hedges, every option listed, the
  chosen option echoed, only absences beside an abnormal answer), so gaming
  ranks below a real attempt; None only without evidence to compare with.

Options and the decision: for a multiple-choice sample the verifier gets the
options and the letter the answer extraction read, so the chosen option's
findings are claims of the chain, and a chain that lists every option without
committing earns no factuality or effectiveness credit. On benchmarks whose
options are findings with one true (RadRBench: "which finding is present?"),
the gold option is evidence and the distractors' findings are known absent,
unless the stem asks for the exception ("which is NOT seen?").

Zero denominators are never scored as 0 or 1: that component is ``None`` for
the sample (a chain with no clinical claim has no factuality), and the
summary counts the samples where each is undefined. The composite is not
inflated by averaging only the defined parts: factuality and effectiveness
are undefined exactly when the chain commits to no finding (a refusal, the
options read back, only hedges), so they add 0 to ``radrscore`` -- otherwise
the chosen letter or a repeated option would make an empty chain score 0.5
or 1.0. Completeness is undefined only when the reference has nothing to
recall, which is no fault of the chain, so it is left out of the mean. A sample with
neither report nor reference steps has nothing to verify against: its grade
is ``not_applicable``, not a score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from medstep.answers.hedges import words
from medstep.answers.kinds import EXCEPTION_STEM
from medstep.judges.base import Judge, JudgeContext, JudgeItem
from medstep.lazyre import lazy_compile
from medstep.results import (
    Check,
    Evidence,
    GradeStatus,
    JudgeInfo,
    JudgeKind,
    ReasoningGrade,
    StepGrade,
)
from medstep.results.grades import new_check, new_step_grade
from medstep.types import AnswerType, MedstepError, Sample
from medstep.verify import (
    CONTRADICTION_FACTOR,  # noqa: F401 (re-exported: the factor RadRScore applies)
    ErrorKind,
    Finding,
    Polarity,
    StepVerdict,
    Verdict,
    Verification,
    default_verifier,
    error_factor,
)

COMPONENTS = ("completeness", "factuality", "effectiveness")
METRICS = (*COMPONENTS, "radrscore", "clinical")
VERSION = "104"  # 2: sentence roles, options and the decision, report-first evidence, the clinical score;
# 3: a chain that states nothing has no factuality/effectiveness/clinical score, composite gives them 0;
# 4: an option's text framed as the answer is the decision restated (claims nothing), more hedges;
# 5: negation scope runs on over links ("no findings to suggest X"), denial-verb lists and list colons;
# 6: "the patient" no longer ends a negation; findings report temporality ("historical");
# 7: "X or Y" is one hedged claim, a hedge with nothing after it hedges its subject, a hedged heading its list,
# a chain stating every option's finding has not committed (no credit, clinical credit 0);
# 8: "negative" as a test result negates ("troponin negative", "negative Murphy sign");
# 9: related evidence is visited in a fixed (sorted) order, so the rule and evidence shown no longer depend on
# the process's string hashing (scores did not change; 13 of 5,962 golden records showed other evidence)
# 10: a wrong side (left for right) costs a miss and a false finding; a stated size/grade/site outranks a bare
# mention; general knowledge and checklist headings claim nothing; "A or B or C" hedges all three
# 11: a chain whose every claim repeats its chosen option in the option's words earns no credit (uncommitted);
# "the chest is normal" is a normal study
# 12: Chinese chest terms, negation, hedges, sides and grades; an ideograph bounds a phrase; "。，；：" punctuate
# 13: "probably/likely no X" is an absence; a wrong lobe costs half the finding; lay words (fluid around the lung)
# 14: common radiology paraphrases (obliterated angle, opacified hemithorax, redistribution, coin lesion, ...)
# 15: a Chinese chain is split into steps at "。！？" (it was one step)
# 16: the chain's own side/site/grade of a finding outranks its chosen option's; a chosen finding the evidence
# contradicts costs even after the chain denied it; a stated side beside only unsided support is contradicted by
# the other side; lay and terse chest words (free gas, windpipe pulled, air under the skin, eff, consol, ...)
# 17: the option only fills attributes the chain left unsaid (in any order); a reference step's positive finding
# the report leaves unsaid joins the clinical truth; "most common in" is general knowledge; R/L/rt/lt/bilat are sides
# 18: only an urgent or actionable reference finding joins the clinical truth; a chosen distractor (option
# evidence) is an inconsistent decision even when its words name no known finding
# 19: R/L/rt/lt are no longer sides ("bilat" stays; a short phrase slowed the scan); lay words: "is/are broken" (fracture),
# "lining of the lung" (pleura), windpipe, collarbone, food pipe, belly
# 20: lay words for a pneumothorax ("air around the lung", "a pocket of air at the top of the lung", ...)
# 21: a detected error halves RadRScore (CONTRADICTION_FACTOR); the benchmark's gold option, when chosen, is a
# consistent decision; contractions ("haven't", "isn't") negate, an arrow ends a negation, "it is possible that
# there is" hedges
# 22: "it is possible that" / "cannot be confirmed" hedge their whole sentence (absences, normal statements too)
# 23: sizes are compared (``size-conflict``: one measurement at least twice the other); a side, site, grade or
# size conflict from any source outranks support that does not state that attribute the same way
# 24: a detected error halves the chain's clinical score too; an uncommitted chain's clinical score is 0; a Chinese
# side before an organ ("左肺清晰") sides its normal statement
# 25: lay and terse words (a hazy patch, shrunk, fluid building up in the lungs, air-filled tubes, air has leaked
# around the lung, pushed over, bihilar nodes); "sarcoidosis" and "sarcoid" are one concept
# 26: a normal word after a comma describes the organ it stands before ("nodes, clear lungs"), not the item before
# 27: a side before a list of organs sides them all ("the left lung and ribs are normal"); an em dash ends a negation
# 28: "right" as an intensifier is no side ("right next to the heart", "looks all right"); a passive chunk after a
# comma ("..., bordered by a pleural edge") is not in the negation before it; "the contralateral lung is clear" places no
# absence (its side is not named there)
# 29: an organ inside a relative clause is not what the normal word after it describes ("the areas where the
# vessels enter the lungs look normal")
# 30: a hedged absence ("possibly no X", "it is possible that there is no X", "X cannot be confirmed") is never
# contradicted by an absence in the evidence (``hedged-absence``: counted consistent, not recalled)
# 31: "it may be that", "it is conceivable that", "one could argue that", "I suspect that", "it might be the case
# that" frame their whole sentence like "it is possible that" (one list: ``frame_pre``/``frame_post`` in triggers.tsv)
# 32: a positive urgent or actionable finding claimed outright in a step that nothing supports, which a full report
# never names, costs ``SILENT_FACTOR`` (0.8) each on top of the halving (``error_factor``, floor ``ERROR_FLOOR``)
# 33: "right at / in / on / into / across / over" is an intensifier, not the right side ("right at the base")
# 34: a bilateral finding called one-sided (the chain never names the other side) or a one-sided one called
# bilateral is a laterality error (``sides.py``); a side compared with ("hazier than the left") is no side of the finding
# 35: an ASCII arrow ("->", "=>") ends a negation; "smaller / bigger than normal" is an abnormal size, not a normal
# statement; a normal adjective after "with / and / a / the" describes the organ right after it ("with clear lungs");
# "peripheral" conflicts only with "perihilar"; lay words (lung roots, fluid around the heart, narrowing of the aorta,
# chalky, holly leaves, a hole / pus pocket in the lung); "having weighed all of them, the best answer is X" restates
# the decision
# 36: a side before the first finding of a noun phrase sides its head noun ("bilateral calcified diaphragmatic pleural
# plaques"); "On the right (,) there is X" sides X; "glands" are lymph nodes and "swollen" / "not swollen" their size;
# "arguably" frames its sentence; lay and terse words (heart looks big, spread of the cancer, mets, venous congestion,
# LA enlargement, L/R PTX and eff, fluid at the bottom of the left lung, a torn diaphragm, round shadow, abv carina)
# 37: a hedge word opening its sentence ("Perhaps", "Arguably,", "Possibly", "Maybe", ...) frames it (``frame_open``);
# "it could be that", "one might say / argue that", "I would guess that" are frames
# 38: "arguing / argue(d) against", "speaks against" negate; "cavitate(s)" is cavitation; "bleeding into the (right)
# chest", "blood in the pleural space / around the lung" are a haemothorax
# 39: "inflamed" is an abnormal word of its organ (the lung: consolidation; gallbladder, pancreas), not a finding of its
# own; "blood pooling in the chest", "blood collecting around the lung" are a haemothorax
# 40: a side declared exclusive ("on the left side only") of a bilateral finding is a laterality error whatever else
# the chain says; rib notching and the figure-3 sign (coarctation) are concepts, a normal aorta rules coarctation out;
# "not aerated" / "airless" is collapse
# 41: a size given in a sentence whose subject is a pronoun ("They measure 1 to 3 mm.") is the size of the last finding
# an earlier step called present (``anaphora.py``)
# 42: a lung that holds findings gives them its side ("both lungs contain many lumps", "the right lung has a mass");
# lay words (honeycomb, net-like pattern, needs to be moved, reposition, in the wrong vein)
# 43: a side named as where a bilateral finding is worse ("effusions, larger on the right", "most prominent on the
# right side", "the right one larger") or denied exclusive ("not only / not confined to the left") is no one-sided claim
# 44: "only" with a side is no exclusive side when the step names the other side itself ("Only the left effusion is
# large; the right is small.")
# 45: the first urgent or actionable finding a full report never names costs like a detected error (halves), in a step
# with true claims too; a clinical sign the question gives ("with erythema nodosum") is no false finding; a collection
# named for a lung abscess, white patches on the lung lining (plaques), net-like scarring (fibrosis); "both views"
# is no side; a side after "but" / "whereas" sides the claim after it ("no effusion on the right but the left shows a
# small one"); "both lungs are otherwise clear" spares a finding the chain names on one side
# 46: a tube's, line's or lead's position (tip, course, insertion side) the evidence does not allow is a contradiction
# (``positions.py``: "NG tube coiled in the oesophagus" against "tip in the stomach", "ends in the right atrium"
# against "lower SVC", "continues into the mediastinum" against "instead of continuing into the mediastinum")
# 47: a finding's descriptor the evidence gives only the other way is a contradiction (``descriptors.py``: loculated /
# free-flowing, displaced / undisplaced, calcified / non-calcified, tension / not under tension), and so is a change in a
# pronoun sentence ("It is new since ...", "It has grown") against the finding before it; "grown", "doubled in size"
# 48: lay and terse words (a hole in the middle, bubble-like holes, hilar LN, not waterlogged, an extra fold of the lung
# lining); honeycombing is a kind of lucency (it recalls "cystic lucencies")
# 49: lay and terse words for chest findings, devices and anatomy (air trapped outside the lung, heart on the right,
# seed-like spots, a hole inside the mass, a lump, hilar LAD, neck line, PPM, subcut emphysema, "is very big", Heart
# nl, ...); a heart chamber is no side ("leads in the right atrium"); a wrong option's finding, read absent, no longer
# removes a finding the report states from the clinical truth ("NG tube in the airway" kept no NG tube); "infection" is
# a reading of a consolidation (interpretations.tsv); oesophageal rupture ("a tear in the gullet") is a finding
# 50: "plaques" along the chest walls, on the diaphragm or on both sides are pleural plaques (not atheroma); the left
# atrium ("upper left heart chamber") is an organ whose enlargement is left atrial enlargement
# 51: terse sides of one or two letters ("R IJ CVC", "L chest tube", "R>L effusions", "Lt", "Rt"; ``short_attr`` rows,
# found apart from the automaton; not "L1", "2 L", "R wave", "L/min"); a whole lung called collapsed beside a
# pneumothorax is the pneumothorax (``collapse.py``); a side opening the item after "no X," starts a new positive
# statement ("no pleural effusion, bilateral hilar lymphadenopathy"); "contralateral" / "ipsilateral" / "the opposite
# side" take their side from the side named before them (the minor fissure is right-sided; ``relative_sides.py``); a
# one-sided structure put on the side the evidence does not give it is a contradiction (``organ_sides.py``: the liver,
# gastric bubble, cardiac apex, aortic knuckle, minor and azygos fissures); "It" after a sentence about something else
# is no change claim about the finding named before that
# 52: "not getting air" is atelectasis only of a lung or lobe; carotid and aortic plaques on both sides are
# atheroma (review10)
# 53: the larger side of a two-sided finding ("L>R", "larger on the right", "moderate right and small left") is
# compared with the evidence's; a hedged normal word ("it could be normal bowel gas") implies no absences;
# "Trachea → R" is a shift; "non-calcified" is no calcification; a heart pushed to the right is a shift, not
# dextrocardia; a chain's collapsed lung beside the evidence's collapsed pneumothorax lung is the pneumothorax (verify11)
# 54: a purpose or a risk ("to avoid infarction", "risk of pneumothorax") claims nothing; "no X yet to suggest Y"
# denies Y; "Either A, B or C" commits to none; "It is large." / "The fluid is small." grades the finding named before (verify11)
# 55: a place opening the sentence ("In the right lung there is ...", "At the top of the right lung ...") sides and
# places its first finding; a "fine curvilinear line" keeps the evidence's side (verify11)
# 56: "no X in the Y" does not deny Y; "It is unchanged" after a list is the listed finding whose change the
# evidence states (verify11)
# 57: a chain whose claims only deny the other options and repeat the chosen one has not committed (verify11)
# 58: "miliary pattern" is a nodule pattern (not tuberculosis); "no larger/new X" neither denies nor withdraws X; node
# enlargement is lymphadenopathy (verify11)
# 59: "and" opening a clause that states a finding ("and the left lung has collapsed") ends a denial (verify11)
# 60: a pronoun clause after a comma ("..., it is losing volume") ends a denial; "losing volume" is atelectasis (verify11)
# 61: "normal lung volumes" / "lungs of normal volume" deny hyperinflation, low volumes and collapse, not the lungs' other
# findings (verify11)
# 62: a pulmonary artery branch keeps its side as a device position; "X may be Y, or not" hedges its sentence (verify11)
# 63: "upper and mid zones", "mid and lower zones" are one location spanning both (verify11)
# 64: "an old healed infection scar" is a granuloma (verify11)
# 65: a larger side denied, supposed or compared with an earlier study ("not larger on the left", "possibly
# larger on the left", "larger on the left than before") is no dominance claim (review11)
# 66: a denial naming an earlier time ("a PICC, not present yesterday") makes the finding new, not absent; a side
# after a normal statement's organ ("the ribs on the left are intact"); "massively" grades severe; chest air-fluid
# levels are no bowel obstruction (verify12)
# 67: a change since an earlier study is compared like a side or grade (a stated change outranks a mention stating
# none; new and worse agree); "larger on the right" is no change; "the heart has enlarged" is one; a denial on an
# earlier film named by its time ("from this morning"); "moderate on the right and small on the left" gives the
# larger side; "no X, visible Y" sees Y; "not yet in place"; displaced fractures of the ribs are rib fractures,
# and displaced fragments beside them one finding in the clinical score (verify12)
# 68: "the trachea is mildly displaced" (a grade between organ and shift); the left ventricle as an organ (prominent,
# dilated, enlarged, big) whose enlargement is no cardiomegaly; paraspinal line widening, the hilum overlay sign and
# the Rigler sign are findings (verify12)
# 69: only absences beside an abnormal answer commit to nothing, and so does the answer's finding put on both sides
# where no evidence gives it a side (vgame12)
# 69: a chain that observes nothing (refusal, only hedges, the task read back) has clinical score 0, not None, where
# there is evidence to compare with (vgame12)
# 70: a normal word after a clause contrast ("..., but its curve looks normal") pairs with no organ before it; "the
# silhouette has enlarged", "increase in silhouette size", "the heart's shadow has ballooned"; a report with no
# earlier study makes a claimed change since one a contradiction; "grossly" grades severe; "inferior notching" (verify12)
# 71: only absences beside an abnormal answer is no commitment when any sentence names a finding it does not count
# (the answer sentence) or an observation sentence is unread, however short (held-out terse chains; vgame12)
# 72: a normal statement about a part of an organ ("the tops of the lungs are clear") places no absence, as the zone
# words do not (verify12)
# 73: absences beside the chosen option's finding in the option's own words, with no number or unread word, earn no
# credit ("There is no pneumothorax and no pleural effusion. There is pneumoperitoneum. Answer: A"; vlay13)
# 74 (73 is vlay13's): a change said of the finding before ("It is unchanged", the report's "This is new compared with ...") or as growth in
# the perfect / the same as an earlier time is compared with the evidence's changes (verify13)
# 75: a device said to stay, move or be new since an earlier study against evidence saying otherwise of it (verify13)
# 76: broken ribs put at other rib numbers or another part of the arc than the evidence's (verify13)
# 77: a change said of an organ ("heart size unchanged"), of the whole film ("the appearances have improved") or told by
# two measurements ("9.5 cm, compared with 6.5 cm two years ago") is compared with the evidence's changes (verify13)
# 78: lay chest words ("rib broken", "water on the left lung", "bottom corner blunted", "heart too big", "spot in the
# right upper lung"); "nothing" negates ("Nothing is broken."); a lobe or zone stands for the lung of an abnormal word;
# "the right side bones are intact" is sided (vlay13); "pneumonia patch" is pneumonia, "loose air" free air
# 79: what an earlier study showed ("Four weeks ago the heart size was normal") is no claim about this one: dropped from
# the evidence, and a chain's is counted only when the evidence supports it (verify13)
# 79: a broad finding word after a narrower one is its head noun ("no pneumonia patch"); "nothing is ..." denies (verify13)
# 80: a denied movement ("the tube has not been withdrawn") says no movement of the device (review13)
# 81: the option's words and absences padded with the reasoning's own words ("On careful review I note no X ... the key
#     finding is Y") earn no credit, as the bare echo: frame words and long words no phrase of the vocabulary uses are
#     not unread observations (verify.frame; vlay14)
# 82: a denied change ("has not improved", "no worse than") denies only that change; a change since a named earlier
# study against a report comparing with nothing is made up; a report's "appearances unchanged" is each finding's; a
# lesion's sizes conflict at 1.5x and 3 mm, several dimensions as a span, "the largest" carries a size (verify14)
# 83: a lay word is read by the organ its clause names ("a little fluid around the gallbladder" is no effusion, "the
#     kidneys drain" names no drain, "air-fluid level in the pleural space" a hydropneumothorax); "No fluid." denies a
#     pleural effusion where the case names one; lay organ, size, position, colour and normal words (vlay14)
# 84: lay degrees of size ("a little big", "look bigger"), "is white", the diaphragm as "the muscle under the lung",
#     "air has leaked into the middle of the chest", "big air bubble" in the lung (vlay14)
# 85: a chain made only of its chosen option's words, in any order and any number of times, commits to nothing (vlay14)
# 86: an earlier study's device position is not the device's; a narrower claim's grade or size against the report's
# broader word; "widely displaced" grades severe; apical pleural cap and rib destruction are findings (verify14)
# 87: a distribution "from apex to base" against one "confined to the upper zones" / "with the bases spared" (verify14)
# 88: a report sentence with no subject ("No change since ...", "Unchanged compared with ...") changes the whole film;
# "a few millimetres" / "several centimetres" are sizes, British unit spellings read; the mediastinum "has shifted /
# moved / drifted"; haustral folds are a finding; "cross the" ends a negation's scope (verr15)
# 89: "the fluid", "that level", "the air/gas" open a sentence about the finding named before (its change); a device's
# tip is judged against the evidence's tips, not the veins it courses through (verr15)
# 90: a denial ends at a verb drawing a conclusion from it ("the absence of air bronchograms favours collapse", ", so");
#     "favours X over Y" denies Y; "doesn't" denies; a placed device after a denied item is there ("no effusion, NG
#     tube in the stomach"); "none of the lumps" keeps the lumps; "no new opacity" against an old narrower finding (vpara15)
# 91: a broad finding named with the organ it lies in ("a fracture through the midshaft of the left clavicle") supports
#     that organ's kind of it ("clavicle fracture"), with its side, and not another organ's; an organ joined to the one
#     before it by a preposition places it ("the vessels at the top of the lungs look normal": not the lungs) (vpara15)
# 92: "throughout both lungs, most numerous in the lower zones": the favoured zone is the location; places outside the
# lung are locations, each on its own axis (lobe of the brain, pole of a kidney, mediastinal compartment, third of a
# long bone) (verr15)
# 93: a measurement of the earlier study ("increased from 8 mm to 14 mm", "19 mm versus 12 mm three months ago") is
# not the finding's size: the later one is; an abnormal phrase reaches its organ at least 20 characters past its end
# ("crescent of gas under the left hemidiaphragm"); "has resolved since the previous study" is gone, not new (verr16)
# 94: the active forms of abnormal participles take
# their organ as object ("a mass widens the mediastinum"); "and the lung has shrunk" is a clause of its own; a lone
# side called clear ("Left clear.") is that side's lung; a broad finding named with its organ yields only that organ's
# kind to a normal statement; an adjective finding ("cavitated mass") leaves size and place to its noun (vpara16)
# 95: a vertebral level ("L1", "C7") is a location, two levels apart or more a conflict; more change words
# (risen/fallen, deteriorated, reduced, more/less extensive, "higher than yesterday", "partially resolved" = present
# and better); a plain-noun subject's change ("The level has dropped") goes first to the finding whose words hold
# the noun, also when the sentence names another finding after the change; places outside the chest on axes of their
# own: a breast's quadrant and clock face, the abdomen's upper/lower half with a quadrant's side, a joint's medial or
# lateral side, a meniscus's horn, a bowel segment, a part of the pancreas, a liver segment; a device moved further
# in against one pulled back; a second place on another axis ("upper outer quadrant ... at 10 o'clock") is kept and
# compared with the other's place of that axis (verr16)
# 96: an ETT tip < 2 cm or > 7 cm above the carina is misplaced; a chain's tube depth against the evidence's (verr17)
# 97: a denial after "and" stops at a conjunct with its own verb; "has gone" denies; a sided drain's tip (verr17)
# 98: a hedge after a plural list ("A, B and C are all possible") hedges every item; so does each "or" (vread17)
# 99: one whole grade off is a severity conflict; partial/complete grades; a non-lung place compared between broader
# and narrower names; "better than yesterday"; deep in the right atrium; "all tubes satisfactory" (verr17)
# 100: what should be done with any device is compared per family (verr17). 101: a pronoun after "Compared with ..."
# carries the change (verr17). 102/103: a comparison said of the earlier study is the change since then, in a chain
# and in a report; calcifications named alone are the antecedent of "they" (verr17)
# 104: a non-chest case reads organless chest words its way (effusion, oedema, shadowing, pus); options read as the
# same findings count once; a wall's size or a noun's own grade is not the finding's (vread17)
# Benchmarks whose answer options name findings of the image, exactly one of them true.
OPTIONS_ARE_FINDINGS = frozenset({"radrbench"})
_EXCEPTION_STEM = lazy_compile(words(EXCEPTION_STEM), re.IGNORECASE)
_MAX_EVIDENCE = 3
_POLARITY = {p: p.value for p in Polarity}  # (an enum's .value is a slow descriptor; this runs per claim)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None




def composite(completeness: float | None, factuality: float | None, effectiveness: float | None,
              contradicted: bool = False, errors: tuple[int, int] = (0, 0)) -> float | None:
    """RadRScore from its components (the one definition, shared by every RadRScore judge).

    Factuality and effectiveness measure what the chain states; when it states nothing they are
    undefined and earn nothing (0 in the mean), never the credit of being averaged away.
    Completeness is undefined only when the reference holds nothing to recall: it is left out.
    None only when all three are undefined. ``errors`` (the embedded verifier only: claims the
    evidence contradicts, a false committed answer, findings claimed that a full report never names;
    ``contradicted`` counts as one) multiplies the mean by ``error_factor``; a model judge's RadRScore is the paper's plain mean.
    """
    if completeness is None and factuality is None and effectiveness is None:
        return None
    chain = (factuality or 0.0) + (effectiveness or 0.0)
    mean = chain / 2 if completeness is None else (completeness + chain) / 3
    return mean * error_factor(max(errors[0], int(contradicted)), errors[1])


@dataclass(frozen=True)
class ReasoningScore:
    """Per-sample RadRScore components (``None`` where the denominator is zero).

    ``counts`` holds the raw (numerator, denominator) pairs and
    ``contradicted`` the concept ids of contradicted claims. Kept apart from
    :class:`~medstep.results.ReasoningGrade` because the RL reward path needs
    only the numbers, thousands of times a second.
    """

    completeness: float | None
    factuality: float | None
    effectiveness: float | None
    radrscore: float | None
    verification: Verification | None = field(default=None, repr=False, compare=False)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    contradicted: tuple[str, ...] = ()

    @classmethod
    def from_verification(cls, v: Verification) -> "ReasoningScore":
        counts = {"completeness": v.completeness_counts(), "factuality": v.factuality_counts(),
                  "effectiveness": v.effectiveness_counts()}
        values = {k: _ratio(*counts[k]) for k in COMPONENTS}
        return cls(radrscore=composite(**values, contradicted=v.has_contradiction, errors=v.errors), verification=v, counts=counts,
                   contradicted=tuple(x.finding.concept for x in v.contradicted()), **values)

    @property
    def clinical(self) -> float | None:
        """The clinical error score (None without evidence); computed when first asked for."""
        c = self.verification.clinical if self.verification is not None else None
        return c.score if c is not None else None

    def to_grade(self) -> ReasoningGrade:
        """The typed grade stored for the run (steps with their checks, evidence and roles)."""
        v = self.verification
        steps = tuple(step_grade(s) for s in v.steps) if v else ()
        labels: dict[str, tuple[str, ...]] = {"contradicted": self.contradicted} if self.contradicted else {}
        c = v.clinical if v is not None else None
        if c is not None:
            for kind, name in ((ErrorKind.FALSE_FINDING, "false_findings"), (ErrorKind.MISSED_FINDING, "missed_findings")):
                found = tuple(e.concept for e in c.errors if e.kind is kind)
                if found:
                    labels[name] = found
        if v is not None and not v.committed:
            labels["uncommitted"] = ("lists every option, chooses none",)
        if v is not None and not v.observes:
            labels["observes_nothing"] = ("no finding stated present or absent",)
        return ReasoningGrade(
            status=GradeStatus.GRADED, metrics={k: getattr(self, k) for k in METRICS}, steps=steps, labels=labels,
        )


_EVIDENCE: dict[tuple[str, str], Evidence] = {}  # one record per (source, sentence): shared, they are frozen
_EVIDENCE_LIMIT = 16384


def _evidence(pair: tuple[str, str]) -> Evidence:
    """The (frozen, so shareable) ``Evidence`` record of a (source, sentence) pair: a report sentence
    backs many claims of many chains, and building records was a visible share of ``to_grade``."""
    e = _EVIDENCE.get(pair)
    if e is None:
        if len(_EVIDENCE) >= _EVIDENCE_LIMIT:
            _EVIDENCE.clear()
        e = _EVIDENCE[pair] = Evidence(*pair)
    return e


_CLAIMS: dict[tuple, str] = {}  # claim text per (name, polarity, side, severity, change): few distinct, many uses
_BARE: dict[tuple[str, Verdict, str], Check] = {}  # checks without evidence (frozen, so shareable)
_MEMO_LIMIT = 16384


def _claim(finding: Finding) -> str:
    """How a check names its claim: "Pleural Effusion (present, left, small)"."""
    key = (finding.name or finding.concept, finding.polarity, finding.laterality, finding.severity, finding.change)
    text = _CLAIMS.get(key)
    if text is None:
        quals = [_POLARITY[finding.polarity]]
        for q in key[2:]:  # the qualifiers
            if q:
                quals.append(q)
        if len(_CLAIMS) >= _MEMO_LIMIT:
            _CLAIMS.clear()
        text = _CLAIMS[key] = f"{key[0]} ({', '.join(quals)})"
    return text


def step_grade(step: StepVerdict) -> StepGrade:
    """The stored grade of one step. Hot (a 100,000-sample run grades a million steps): the claim
    texts, and the checks that cite no evidence (the silent absences of normal statements, most
    checks), are shared records, built once."""
    checks = []
    bare = _BARE
    for finding, verdict in zip(step.findings, step.verdicts):
        claim = _claim(finding)
        if not verdict.sources:
            key = (claim, verdict.verdict, verdict.rule)
            check = bare.get(key)
            if check is None:
                if len(bare) >= _MEMO_LIMIT:
                    bare.clear()
                check = bare[key] = new_check(claim, verdict.verdict, verdict.rule, ())
            checks.append(check)
            continue
        # several matched spans often sit in one sentence: show each sentence once (deduplicated as
        # (source, text) pairs, which is what Evidence equality compares, before building records)
        evidence = tuple([_evidence(pair) for pair in list(dict.fromkeys(verdict.contexts()))[:_MAX_EVIDENCE]])
        checks.append(new_check(claim, verdict.verdict, verdict.rule, evidence))
    claims = step.makes_claim
    effective = claims and step.supported and step.verdict is not Verdict.CONTRADICTED  # StepVerdict.effective
    return new_step_grade(step.index, step.text, step.verdict, claims, effective, tuple(checks), "", step.role)


def score_reasoning(sample: Sample, reasoning_text: str, answer: str | None = None) -> ReasoningScore | None:
    """Score ``reasoning_text`` (the model's reasoning) for ``sample``.

    ``answer`` is what the answer extraction read (None: nothing); for a
    multiple-choice sample it is the option the chain committed to.
    Returns ``None`` when the sample has neither a report nor reference steps:
    there is nothing to verify against, which is different from scoring 0.
    """
    reference = [s for s in sample.reference_steps if s and s.strip()]
    report = sample.report if sample.report and sample.report.strip() else None
    if report is None and not reference:
        return None
    options = sample.options if sample.answer_type is AnswerType.CHOICE else {}
    chosen = answer if options and answer in options else None
    v = default_verifier().verify(
        reasoning_text or "", report=report, reference=reference, options=options or None, chosen=chosen,
        gold=sample.answer, option_evidence=bool(options) and option_evidence(sample), question=sample.question)
    return ReasoningScore.from_verification(v)


def option_evidence(sample: Sample) -> bool:
    """Whether the sample's options are findings with the gold one true and the others absent."""
    return sample.benchmark in OPTIONS_ARE_FINDINGS and not _EXCEPTION_STEM.search(sample.question or "")


def has_evidence(sample: Sample) -> bool:
    """Whether the verifier has something to check ``sample``'s reasoning against."""
    return bool((sample.report and sample.report.strip()) or any(s and s.strip() for s in sample.reference_steps))


class VerifierJudge(Judge):
    """The ``verifier`` judge: deterministic, free, about 1,500 250-word chains per second on one core.

    Grades inside a verifier batch (``Verifier.batch``): the chains of a run repeat many of their
    lines, whose analysis is then memoised (results unchanged, ``verify/clauses.py``)."""

    @classmethod
    def as_judge(cls, label: str, model: str | None) -> "VerifierJudge":
        return cls(label, model)

    def __init__(self, label: str = "verifier", model: str | None = None) -> None:
        if model:
            raise MedstepError(f"judge 'verifier' runs without a model, got model {model!r}")
        self.info = JudgeInfo(label=label, protocol="verifier", kind=JudgeKind.EMBEDDED, version=VERSION,
                              metrics=METRICS)

    def grade(self, items: Sequence[JudgeItem], ctx: JudgeContext) -> Mapping[str, ReasoningGrade]:
        out: dict[str, ReasoningGrade] = {}
        with default_verifier().batch(lines_only=True):  # chains repeat lines ("The trachea is midline.")
            for item in items:
                rs = score_reasoning(item.sample, item.reasoning, item.answer)
                out[item.sample.id] = (rs.to_grade() if rs is not None else ReasoningGrade(
                    GradeStatus.NOT_APPLICABLE, detail="the sample has neither a report nor reference steps"))
        return out
