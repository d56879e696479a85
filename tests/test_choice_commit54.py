"""Session 54, multiple choice (issue #7): a letter the reply excludes never selects it, and a closing sentence that
concludes on what was seen is no aside to step over. Invented texts, written for these tests.

* "B è da escludere", "A est à exclure": the gerundive of exclusion after a letter rejects it
  (``langwords.rejects_after``), so an option read only by its words where its letter is excluded is no answer
  (``passed_over.rejected_by_letter``); "B non è da escludere" keeps it.
* "This distribution with the DIP predominance would fit psoriatic arthritis.": a closing sentence whose subject takes
  up the findings and names an option is the decision sentence, its "would" no aside (``decision_clauses``); the
  sentence before it ("... the PIP joints have only mild swelling.") is no longer read as the decision.
* "So B is far more likely.", "A is much less likely.": an intensifier of a comparative (``hedges.COMPARATIVE_
  INTENSIFIERS``) strengthens the judgement after a letter, never hedges it (it was read as no judgement: "Between A
  and B, ... So B is far more likely." was ambiguous, "B is far less likely." chose B).
* "I don't see bone-spicule pigment, macular drusen, or a cherry-red spot with a pale retina that would point to a
  central retinal artery occlusion.": a sentence denying a list of features and then the link to an option denies
  the option (``clauses.link_denied`` with the sentence), so it no longer stands beside the option concluded on.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.langwords import rejects_after
from medstep.types import AnswerType, Sample

_WRIST = Sample(id="c54w", question="Qual è la diagnosi in questa radiografia del polso?", answer="A",
                answer_type=AnswerType.CHOICE,
                options={"A": "Frattura di Colles", "B": "Frattura di Smith", "C": "Frattura dello scafoide",
                         "D": "Lussazione del semilunare"})
_HAND = Sample(id="c54h", question="Which joints show the erosive changes on this hand radiograph?", answer="D",
               answer_type=AnswerType.CHOICE,
               options={"A": "Metacarpophalangeal joints", "B": "Proximal interphalangeal joints",
                        "C": "Radiocarpal joint", "D": "Distal interphalangeal joints"})
_DX = Sample(id="c54d", question="What is the most likely diagnosis?", answer="C", answer_type=AnswerType.CHOICE,
             options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pneumonia", "D": "Pulmonary embolism"})


@pytest.mark.parametrize(("right", "rejects"), [
    (" è da escludere.", True),
    (" est à exclure", True),
    (" è da scartare", True),
    (" non è da escludere", False),  # not to be excluded: kept
    (" è da considerare", False),
    (" is a good fit", False),
    (" es a descartar", False),  # (Spanish "a descartar" is "still to rule out": not read)
])
def test_gerundive_exclusion_after_letter(right: str, rejects: bool) -> None:
    assert rejects_after(right) is rejects


CASES = [
    # the option read by its words, its letter excluded: no answer
    (_WRIST, "Frattura del radio distale con angolazione dorsale. La frattura di Smith ha angolazione volare, quindi "
             "B è da escludere.", None, "unparsed"),
    # near miss: "not to be excluded" keeps the option stated
    (_WRIST, "Frattura del radio distale con angolazione volare: frattura di Smith. B non è da escludere.",
     "B", "scored"),
    (_WRIST, "Frattura di Smith, angolazione volare. La risposta è B.", "B", "scored"),
    # a closing conclusion naming the DIP joints: the PIP sentence before it is no decision
    (_HAND, "Erosions at the ends of the fingers: the DIP joints are eroded. The MCP joints look preserved, and the "
            "PIP joints have only mild swelling. This distribution with the DIP predominance would fit psoriatic "
            "arthritis.", None, "unparsed"),
    # near miss: a closing "would" naming no option is still stepped over to the statement before it
    (_HAND, "The PIP joints show marginal erosions. This distribution would fit psoriatic arthritis.", "B", "scored"),
    # near misses kept as the project reads them
    (_DX, "A or B; I cannot decide.", None, "ambiguous"),
    (_DX, "Not C. The answer is D.", "D", "scored"),
    (_DX, "Most likely A, though C remains possible.", "A", "scored"),
    (_DX, "The least likely is B.", None, "unparsed"),
    (_DX, "There is a lobar consolidation with air bronchograms, so pneumonia. A pulmonary embolism would show a "
          "wedge-shaped infarct.", "C", "scored"),
]


_EYE = Sample(id="c54e", question="What is the most likely diagnosis on this fundus photograph?", answer="A",
              answer_type=AnswerType.CHOICE,
              options={"A": "Central retinal artery occlusion", "B": "Retinitis pigmentosa",
                       "C": "Age-related macular degeneration", "D": "Central retinal vein occlusion"})
_FR = Sample(id="c54f", question="Quel est le diagnostic le plus probable ?", answer="C", answer_type=AnswerType.CHOICE,
             options={"A": "Pneumothorax", "B": "Épanchement pleural", "C": "Pneumopathie", "D": "Embolie pulmonaire"})

CASES += [
    # review: "No one" and a modal of the sentence's own are no denied list before the link
    (_EYE, "No one would dispute the retinal whitening and cherry-red spot that point to a central retinal artery "
           "occlusion.", "A", "scored"),
    (_EYE, "No one can deny the cherry-red spot that would point to a central retinal artery occlusion.", "A", "scored"),
    # review: an exclusion after the letter taken back ("mais non", "ma no") or asked rejects nothing
    (_FR, "Pneumopathie. On pourrait penser que C est à exclure, mais non : c'est la bonne réponse.", "C", "scored"),
    (_FR, "Pneumopathie. C est à exclure ? Non.", "C", "scored"),
    (_WRIST, "Frattura di Smith. Qualcuno direbbe che B è da escludere, ma no.", "B", "scored"),
]


@pytest.mark.parametrize(("sample", "text", "answer", "status"), CASES)
def test_choice_commitments(sample: Sample, text: str, answer: str | None, status: str) -> None:
    got = extract(text, sample)
    assert (got.answer, got.status.value) == (answer, status)


_ADRENAL = Sample(id="c54a", question="A 2.5 cm adrenal mass measures -5 HU on non-contrast CT. What is the most likely "
                  "diagnosis?", answer="B", answer_type=AnswerType.CHOICE,
                  options={"A": "Pheochromocytoma", "B": "Adrenal adenoma", "C": "Adrenocortical carcinoma",
                           "D": "Metastasis"})

INTENSIFIED = [
    ("Between A and B, the attenuation settles it. A lesion under 10 HU contains lipid; pheochromocytomas almost "
     "always measure higher. So B is far more likely.", "B", "scored"),
    ("So B is far more likely.", "B", "scored"),
    ("B is by far the most likely.", "B", "scored"),
    ("The lesion is under 10 HU. So B is much more likely than A.", "B", "scored"),
    # near misses: the comparative against the option, denied, asked or supposed
    ("B is far less likely.", None, "unparsed"),
    ("B is much less likely.", None, "unparsed"),
    ("B is not far more likely.", None, "unparsed"),
    ("Is B far more likely? Hard to say.", None, "refused"),
    ("B would be far more likely if the lesion were fatty.", None, "unparsed"),
]


@pytest.mark.parametrize(("text", "answer", "status"), INTENSIFIED)
def test_intensified_comparative_after_letter(text: str, answer: str | None, status: str) -> None:
    got = extract(text, _ADRENAL)
    assert (got.answer, got.status.value) == (answer, status)


_EYE = Sample(id="c54e", question="What is the diagnosis based on this fundus photograph?", answer="B",
              answer_type=AnswerType.CHOICE,
              options={"A": "Retinitis pigmentosa", "B": "Proliferative diabetic retinopathy",
                       "C": "Age-related macular degeneration", "D": "Central retinal artery occlusion"})

DENIED_LIST = [
    ("There's a network of new vessels on the optic disc and dot-blot hemorrhages around the macula.\n\nThat "
     "combination means proliferative diabetic retinopathy.\n\nI don't see bone-spicule pigment, macular drusen, or a "
     "cherry-red spot with a pale retina that would point to a central retinal artery occlusion.", "B", "scored"),
    # (the same text, shorter: the closing sentence read as the decision had named the occlusion by its concept, D)
    # near misses: the denied link to the only option named: no pick
    ("New vessels on the disc. No drusen, no pigment clumps, or a cherry-red spot that would suggest a central "
     "retinal artery occlusion.", None, "unparsed"),
    ("I don't see new vessels, exudates or haemorrhages that would point to proliferative diabetic retinopathy.",
     None, "unparsed"),
    ("I don't see new vessels, exudates or haemorrhages that would point to proliferative diabetic retinopathy. The "
     "retina is pale with a cherry-red spot: central retinal artery occlusion.", "D", "scored"),
]


@pytest.mark.parametrize(("text", "answer", "status"), DENIED_LIST)
def test_denied_list_link_sets_option_aside(text: str, answer: str | None, status: str) -> None:
    got = extract(text, _EYE)
    assert (got.answer, got.status.value) == (answer, status)
