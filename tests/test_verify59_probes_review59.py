"""Session 59 review probes of lane verify59 (spaced dashes, bare "excluded", sin/sem, "explains A but not B"),
pinned: each probe's expected reading holds; the ids in _BAD_AT_REVIEW were still read wrongly when the review
ended (xfail, not strict)."""
from __future__ import annotations

import functools

import pytest



# (id, kind, text-or-report, chain, concept, expected)
# kind "pol": polarities of `concept` in extract_findings(text); expected "=a" (exactly {a}), "!a" (a not in), "~a" (a in)
# kind "ver": verdicts of the chain's findings of `concept` in verify(chain, report=text); "=V" all V, "!V" none V
P: list[tuple[str, str, str, str, str, str]] = []


def pol(pid, text, concept, exp):
    P.append((pid, "pol", text, "", concept, exp))


def ver(pid, report, chain, concept, exp):
    P.append((pid, "ver", report, chain, concept, exp))


# --- A. the lane's class: a spaced dash ends a denial (new wordings)
pol("dash-fix-01", "No effusion - left lower lobe consolidation.", "consolidation", "=present")
pol("dash-fix-02", "no pneumothorax – right basal atelectasis", "atelectasis", "=present")
pol("dash-fix-03", "No free air - dilated loops in keeping with small bowel obstruction.", "bowel_obstruction", "~present")
pol("dash-fix-04", "Lungs: no consolidation - small bilateral pleural effusions.", "pleural_effusion", "=present")
pol("dash-fix-05", "No fracture - mild degenerative change at L4-L5.", "degenerative_changes", "~present")
pol("dash-fix-06", "**Abdomen:** no free fluid – moderate splenomegaly.", "splenomegaly", "=present")
pol("dash-fix-07", "No hydronephrosis – 6 mm kidney stone in the lower pole.", "kidney_stone", "!absent")
ver("dash-fix-08", "No pneumothorax - moderate right pleural effusion.", "There is a moderate right pleural effusion.",
    "pleural_effusion", "=SUPPORTED")
ver("dash-fix-09", "No pleural effusion - patchy consolidation in the right lower lobe.",
    "Patchy right lower lobe consolidation is present.", "consolidation", "!CONTRADICTED")
pol("dash-fix-10", "No cardiomegaly - small left effusion - no pneumothorax.", "pleural_effusion", "=present")
# --- B. dashes inside lists of denied findings: must stay denied
pol("dash-list-01", "No effusion - no pneumothorax - no consolidation.", "consolidation", "=absent")
pol("dash-list-02", "No effusion - no pneumothorax - no consolidation.", "pneumothorax", "=absent")
pol("dash-list-03", "No effusion - no pneumothorax - no consolidation.", "pleural_effusion", "=absent")
pol("dash-list-04", "Lungs - clear, no effusion.", "pleural_effusion", "=absent")
pol("dash-list-05", "No effusion - or pneumothorax.", "pneumothorax", "=absent")
pol("dash-list-06", "No effusion – as expected – or pneumothorax.", "pneumothorax", "=absent")
pol("dash-list-07", "No pleural effusion - nor pneumothorax.", "pneumothorax", "=absent")
pol("dash-list-08", "No acute findings - specifically no pneumothorax or effusion.", "pneumothorax", "=absent")
pol("dash-list-09", "Negative for acute process - no effusion, consolidation, or pneumothorax.", "consolidation", "=absent")
pol("dash-list-10", "No pneumothorax – no effusion.", "pleural_effusion", "=absent")
pol("dash-list-11", "Pleura - no effusion, no pneumothorax.", "pneumothorax", "=absent")
pol("dash-list-12", "No evidence of pneumothorax - or of effusion.", "pleural_effusion", "=absent")
pol("dash-list-13", "No consolidation - and no effusion.", "pleural_effusion", "=absent")
ver("dash-list-14", "No effusion - no pneumothorax - no consolidation.", "There is no pleural effusion or pneumothorax.",
    "pneumothorax", "=SUPPORTED")
ver("dash-list-15", "No effusion - no pneumothorax - no consolidation.", "A right lower lobe consolidation is present.",
    "consolidation", "=CONTRADICTED")
pol("dash-list-16", "No pneumothorax - effusion or consolidation.", "consolidation", "!present")
# --- C. bullets
pol("bullet-01", "Findings:\n- No effusion\n- Small right pneumothorax", "pneumothorax", "=present")
pol("bullet-02", "Findings:\n- No pneumothorax\n- No effusion", "pleural_effusion", "=absent")
pol("bullet-03", "Impression: - no consolidation - no effusion", "pleural_effusion", "=absent")
pol("bullet-04", "Findings: - Right pleural effusion - No pneumothorax", "pleural_effusion", "=present")
pol("bullet-05", "Findings: - Right pleural effusion - No pneumothorax", "pneumothorax", "=absent")
pol("bullet-06", "- No effusion - see prior.", "pleural_effusion", "=absent")
pol("bullet-07", "Key findings:\n - no pneumothorax\n - small left effusion", "pleural_effusion", "=present")
pol("bullet-08", "Summary - no pneumothorax, no effusion, no consolidation", "consolidation", "=absent")
ver("bullet-09", "Findings:\n- No pneumothorax\n- Moderate left pleural effusion", "There is a left pleural effusion.",
    "pleural_effusion", "=SUPPORTED")
# --- D. ranges and compound words
pol("range-01", "No compression fracture at T4 - T6.", "compression_fracture", "=absent")
pol("range-02", "No fracture from C5 – C7.", "fracture", "=absent")
pol("range-03", "No disc herniation at L4 - L5 - mild spinal stenosis at L5 - S1.", "spinal_stenosis", "=present")
pol("range-04", "No disc herniation at L4 - L5 - mild spinal stenosis at L5 - S1.", "disc_herniation", "=absent")
pol("range-05", "Nodules 5 - 10 mm; no effusion.", "pleural_effusion", "=absent")
pol("range-06", "No lymphadenopathy - largest node 8 mm.", "lymphadenopathy", "=absent")
pol("range-07", "No X - ray evidence of pneumothorax.", "pneumothorax", "=absent")
pol("range-08", "No well - defined mass.", "mass", "=absent")
pol("range-09", "No well-defined mass.", "mass", "=absent")
pol("range-10", "No follow - up pneumothorax.", "pneumothorax", "=absent")
pol("range-11", "No effusion on the X-ray; follow-up CT shows consolidation.", "consolidation", "=present")
pol("range-12", "No pneumothorax 2 - 3 days after drainage.", "pneumothorax", "=absent")
pol("range-13", "No fracture of ribs 4 - 6.", "fracture", "=absent")
pol("range-14", "No rib fractures (ribs 3 – 5).", "fracture", "=absent")
pol("range-15", "No non - displaced fracture.", "fracture", "=absent")
pol("range-16", "No pleural effusion 24 - 48 h after surgery.", "pleural_effusion", "=absent")
# --- E. a verdict after the dash
pol("verdict-01", "Pneumothorax - absent.", "pneumothorax", "=absent")
pol("verdict-02", "Pneumothorax - not seen.", "pneumothorax", "=absent")
pol("verdict-03", "Pneumothorax - not identified.", "pneumothorax", "=absent")
pol("verdict-04", "Pneumothorax - negative.", "pneumothorax", "=absent")
pol("verdict-05", "Pneumothorax - no.", "pneumothorax", "=absent")
pol("verdict-06", "Pneumothorax – none.", "pneumothorax", "=absent")
pol("verdict-07", "Pneumothorax - not present.", "pneumothorax", "=absent")
pol("verdict-08", "Effusion - present.", "pleural_effusion", "=present")
pol("verdict-09", "Effusion - small, left-sided.", "pleural_effusion", "=present")
pol("verdict-10", "Fracture - excluded.", "fracture", "=absent")
pol("verdict-11", "Pneumothorax - unlikely.", "pneumothorax", "!present")
pol("verdict-12", "Pneumothorax - cannot be excluded.", "pneumothorax", "=uncertain")
pol("verdict-13", "Pneumothorax - not excluded.", "pneumothorax", "!absent")
pol("verdict-14", "Effusion – trace.", "pleural_effusion", "=present")
pol("verdict-15", "Pneumothorax - absent on both sides.", "pneumothorax", "=absent")
pol("verdict-16", "Pneumothorax - absent (resolved).", "pneumothorax", "=absent")
pol("verdict-17", "**Pneumothorax** - absent", "pneumothorax", "=absent")
pol("verdict-18", "Pneumothorax - none identified.", "pneumothorax", "=absent")
pol("verdict-19", "Pneumothorax - not visualised.", "pneumothorax", "=absent")
pol("verdict-20", "Pneumothorax - possible.", "pneumothorax", "=uncertain")
pol("verdict-21", "Consolidation - no evidence.", "consolidation", "=absent")
pol("verdict-22", "Pneumothorax - ruled out.", "pneumothorax", "=absent")
pol("verdict-23", "Pneumothorax - questionable.", "pneumothorax", "!present")
pol("verdict-24", "Pneumothorax - resolved.", "pneumothorax", "!present")
pol("verdict-25", "Effusion, pneumothorax - both absent.", "pneumothorax", "=absent")
ver("verdict-26", "Pneumothorax - not present. Small left effusion.", "There is a pneumothorax.", "pneumothorax",
    "=CONTRADICTED")
ver("verdict-27", "Pneumothorax - unlikely.", "No pneumothorax is seen.", "pneumothorax", "!CONTRADICTED")
# --- F. asides
pol("aside-01", "The lungs - apart from a small right effusion - are clear.", "pleural_effusion", "~present")
pol("aside-02", "No consolidation - i.e. no pneumonia.", "pneumonia", "=absent")
pol("aside-03", "No complications - pneumothorax, haemothorax or effusion.", "pneumothorax", "=absent")
pol("aside-04", "No signs of complication - e.g. pneumothorax.", "pneumothorax", "=absent")
pol("aside-05", "There is no pneumothorax - a known risk after biopsy - or haemothorax.", "hemorrhage", "!present")
pol("aside-06", "No effusion - as on the prior study - and no pneumothorax.", "pneumothorax", "=absent")
pol("aside-07", "No pneumothorax - though a small effusion cannot be excluded.", "pleural_effusion", "=uncertain")
pol("aside-08", "No obvious fracture - however, an occult fracture cannot be excluded.", "fracture", "~uncertain")
pol("aside-09", "Not pneumothorax - likely a skin fold.", "pneumothorax", "=absent")
pol("aside-10", "Negative - no pneumothorax.", "pneumothorax", "=absent")
pol("aside-11", "No pneumothorax - the drain - is seen.", "pneumothorax", "=absent")
pol("aside-12", "Without effusion - or consolidation.", "consolidation", "=absent")
pol("aside-13", "No effusion – consistent with – pneumonia.", "pneumonia", "!absent")
pol("aside-14", "No effusion — consolidation in the left base.", "consolidation", "=present")
pol("aside-15", "Possible small effusion - clinical correlation advised.", "pleural_effusion", "=uncertain")
pol("aside-16", "No pneumothorax - small ef", "pneumothorax", "=absent")
pol("aside-17", "No effusion -", "pleural_effusion", "=absent")
pol("aside-18", "No acute fracture - chronic healed rib fracture on the left.", "fracture", "~present")
# --- G. sin / sem
pol("sin-01", "SEM images of the specimen; a large left pleural effusion.", "pleural_effusion", "=present")
pol("sin-02", "Sine wave artefact and a right pleural effusion.", "pleural_effusion", "=present")
pol("sin-03", "Sin Nombre hantavirus infection with bilateral pleural effusions.", "pleural_effusion", "=present")
pol("sin-04", "Reported by Dr Sin, large right pneumothorax.", "pneumothorax", "=present")
pol("sin-05", "Mean ± SEM lesion size 12 mm with consolidation.", "consolidation", "=present")
pol("sin-06", "Sin embargo, hay un derrame pleural derecho.", "pleural_effusion", "=present")
pol("sin-07", "Sem dúvida há pneumotórax à direita.", "pneumothorax", "!absent")
pol("sin-08", "Derrame pleural à direita, sem pneumotórax.", "pleural_effusion", "=present")
pol("sin-09", "Derrame pleural à direita, sem pneumotórax.", "pneumothorax", "=absent")
pol("sin-10", "Sin derrame pleural ni neumotórax.", "pneumothorax", "=absent")
pol("sin-11", "Consolidación sin derrame pleural.", "consolidation", "=present")
pol("sin-12", "Consolidación sin derrame pleural.", "pleural_effusion", "=absent")
pol("sin-13", "Sin evidencia de neumotórax.", "pneumothorax", "=absent")
pol("sin-14", "Sin cambios respecto al previo: derrame pleural derecho.", "pleural_effusion", "=present")
pol("sin-15", "Pulmones sin consolidación ni derrame.", "consolidation", "=absent")
pol("sin-16", "Poumons sans pneumothorax.", "pneumothorax", "=absent")
pol("sin-17", "Lunge ohne Pneumothorax.", "pneumothorax", "=absent")
pol("sin-18", "The SIN score was 2; right pleural effusion.", "pleural_effusion", "=present")
pol("sin-19", "Sin duda, neumotórax derecho.", "pneumothorax", "!absent")
pol("sin-20", "Sem alterações: consolidação no lobo inferior.", "consolidation", "=present")
ver("sin-21", "Consolidación en el lóbulo inferior derecho sin derrame pleural.", "There is no pleural effusion.",
    "pleural_effusion", "=SUPPORTED")
ver("sin-22", "Sin embargo, hay un derrame pleural derecho.", "A right pleural effusion is present.",
    "pleural_effusion", "!CONTRADICTED")
# --- H. excluded
pol("excl-01", "Pneumothorax excluded.", "pneumothorax", "=absent")
pol("excl-02", "PE excluded on CTPA.", "pulmonary_embolism", "=absent")
pol("excl-03", "Appendicitis clinically excluded.", "appendicitis", "!present")
pol("excl-04", "Fracture not excluded.", "fracture", "!absent")
pol("excl-05", "Fracture cannot be excluded.", "fracture", "=uncertain")
pol("excl-06", "Fracture to be excluded.", "fracture", "!absent")
pol("excl-07", "Fracture excluded?", "fracture", "!absent")
pol("excl-08", "Clinical question: pneumothorax excluded?", "pneumothorax", "!absent")
pol("excl-09", "Right pleural effusion, partly excluded from the field of view.", "pleural_effusion", "=present")
pol("excl-10", "The pleural effusion was excluded from the field of view.", "pleural_effusion", "!absent")
pol("excl-11", "Wall thickening of the excluded segment with a small abscess.", "abscess", "~present")
pol("excl-12", "All other causes of the effusion excluded.", "pleural_effusion", "!absent")
pol("excl-13", "Infection excluded as the cause of the effusion.", "pleural_effusion", "!absent")
pol("excl-14", "Pneumothorax should be excluded.", "pneumothorax", "!absent")
pol("excl-15", "Pneumothorax needs to be excluded clinically.", "pneumothorax", "!absent")
pol("excl-16", "Pneumothorax has been excluded.", "pneumothorax", "=absent")
pol("excl-17", "Mass excluded, cyst likely.", "mass", "=absent")
pol("excl-18", "Pneumothorax excluded, small left pleural effusion.", "pleural_effusion", "=present")
pol("excl-19", "Effusion excluded by ultrasound.", "pleural_effusion", "=absent")
pol("excl-20", "Lung bases excluded from the study; pneumothorax at the apex.", "pneumothorax", "=present")
pol("excl-21", "Effusion: excluded.", "pleural_effusion", "=absent")
pol("excl-22", "Pneumothorax excluded? Yes.", "pneumothorax", "!present")
pol("excl-23", "Apical pneumothorax, part of which is excluded from the image.", "pneumothorax", "=present")
pol("excl-24", "Subdural haematoma excluded; small subarachnoid haemorrhage.", "subdural_hematoma", "=absent")
ver("excl-25", "Small right pneumothorax. Rib fracture excluded.", "There is no rib fracture.", "fracture",
    "!CONTRADICTED")
ver("excl-26", "Right pleural effusion, partly excluded from the field of view.",
    "There is a right pleural effusion.", "pleural_effusion", "=SUPPORTED")
ver("excl-27", "Pulmonary embolism excluded.", "There is a pulmonary embolism.", "pulmonary_embolism", "=CONTRADICTED")
# --- I. explains ... but not
pol("expl-01", "Heart failure explains the effusion but not the pneumothorax.", "pneumothorax", "!absent")
pol("expl-02", "Pneumonia explains the consolidation, not the cavity.", "cavitation", "!absent")
pol("expl-03", "Atelectasis accounts for the opacity but not for the effusion.", "pleural_effusion", "!absent")
pol("expl-04", "Heart failure explains the effusion, yet not the consolidation.", "consolidation", "!absent")
pol("expl-05", "The explanation is heart failure but not pneumonia.", "pneumonia", "=absent")
pol("expl-06", "The findings are explained by heart failure but not by pneumonia.", "pneumonia", "!present")
pol("expl-07", "Heart failure explains the effusion; but no pneumothorax.", "pneumothorax", "=absent")
pol("expl-08", "It explains the opacity; there is not a pneumothorax.", "pneumothorax", "=absent")
pol("expl-09", "Fluid overload explains the oedema but not effusion, and there is no effusion.", "pleural_effusion", "~absent")
pol("expl-10", "Cardiomegaly is present but not pulmonary oedema.", "edema", "=absent")
pol("expl-11", "This explains the fever; consolidation but not effusion.", "pleural_effusion", "=absent")
pol("expl-12", "Lymphoma could explain the nodes but not the cavitation.", "cavitation", "!absent")
pol("expl-13", "Heart failure does not explain the effusion but not the cavity.", "cavitation", "!present")
pol("expl-14", "Explains the lymphadenopathy but not the splenomegaly.", "splenomegaly", "!absent")
ver("expl-15", "Large right pleural effusion. Pulmonary oedema.",
    "Heart failure explains the oedema but not a unilateral pleural effusion this large.", "pleural_effusion",
    "!CONTRADICTED")
ver("expl-16", "No pneumothorax.", "Trauma explains the rib fracture but not the pneumothorax.", "pneumothorax",
    "!SUPPORTED")
ver("expl-17", "Cavitating right upper lobe mass. Bilateral hilar lymphadenopathy.",
    "Sarcoidosis explains the hilar lymphadenopathy but not the cavitation.", "cavitation", "!CONTRADICTED")
pol("expl-18", "Pneumonia explains the consolidation but not pneumothorax: no pneumothorax is seen.", "pneumothorax",
    "~absent")
# --- J. must not move (gaming / hedging / listing / restating)
pol("keep-01", "No pneumothorax, effusion, or consolidation.", "consolidation", "=absent")
pol("keep-02", "Pneumothorax vs effusion vs consolidation - all possible.", "pneumothorax", "!present")
pol("keep-03", "Could this be pneumothorax - or effusion - or consolidation?", "pneumothorax", "!present")
pol("keep-04", "Which finding is present: pneumothorax, effusion, or consolidation?", "pneumothorax", "!present")
pol("keep-05", "Answer: B - pneumothorax.", "pneumothorax", "!absent")
pol("keep-06", "Options - A: effusion, B: pneumothorax.", "pneumothorax", "!absent")
pol("keep-07", "Possible pneumothorax - possible effusion.", "pleural_effusion", "=uncertain")
pol("keep-08", "Possible pneumothorax – cannot exclude effusion.", "pleural_effusion", "=uncertain")
pol("keep-09", "No definite pneumothorax - a small one cannot be excluded.", "pneumothorax", "!present")
pol("keep-10", "Either pneumothorax or effusion - unclear.", "pneumothorax", "!present")
pol("keep-11", "Likely pneumonia - less likely atelectasis.", "atelectasis", "!present")
pol("keep-12", "Differential - pneumonia, atelectasis, effusion.", "atelectasis", "!present")
ver("keep-13", "No pneumothorax.", "There may be a pneumothorax - or not.", "pneumothorax", "!SUPPORTED")
ver("keep-14", "Small right pneumothorax.", "Pneumothorax - absent.", "pneumothorax", "=CONTRADICTED")
ver("keep-15", "Small right pneumothorax.", "No effusion - no pneumothorax.", "pneumothorax", "=CONTRADICTED")
ver("keep-16", "Small right pneumothorax.", "Pneumothorax excluded.", "pneumothorax", "=CONTRADICTED")
ver("keep-17", "Right pleural effusion.", "Sin derrame pleural.", "pleural_effusion", "=CONTRADICTED")
ver("keep-18", "Right pleural effusion. No pneumothorax.", "No pneumothorax - right pleural effusion.",
    "pleural_effusion", "=SUPPORTED")
ver("keep-19", "Right pleural effusion. No pneumothorax.", "No pneumothorax – or effusion.", "pleural_effusion",
    "=CONTRADICTED")


def _reading(kind, text, chain, concept):
    from medstep.verify import extract_findings, verify
    if kind == "pol":
        return ",".join(sorted({f.polarity.value for f in extract_findings(text) if f.concept == concept})) or "-"
    v = verify(chain, report=text)
    return ",".join(sorted({fv.verdict.name for s in v.steps for fv in s.verdicts if fv.finding.concept == concept})) or "-"


def check(reading: str, exp: str) -> bool:
    got = set(reading.split(",")) - {"-"}
    op, val = exp[0], exp[1:]
    return got == {val} if op == "=" else (val not in got and bool(got)) if op == "!" else val in got



def run() -> dict[str, str]:
    out = {}
    for pid, kind, text, chain, concept, _exp in P:
        try:
            out[pid] = _reading(kind, text, chain, concept)
        except Exception as e:  # a crash is a reading too
            out[pid] = f"ERR:{type(e).__name__}"
    return out



_BAD_AT_REVIEW = {'range-08', 'excl-12', 'aside-03', 'keep-03', 'range-14', 'aside-05', 'excl-22', 'excl-07', 'aside-04', 'keep-04', 'verdict-21', 'aside-15', 'aside-18', 'excl-25', 'range-10', 'range-15', 'excl-10', 'excl-08'}
_READ = functools.lru_cache(maxsize=1)(run)


@pytest.mark.parametrize("pid, exp", [pytest.param(p[0], p[5], marks=pytest.mark.xfail(strict=False)) if p[0] in _BAD_AT_REVIEW
                                      else (p[0], p[5]) for p in P])
def test_probe(pid: str, exp: str) -> None:
    assert check(_READ()[pid], exp)
