"""Review of the session-31 choice lane (issue #7): every regression the hostile review found, as a test, and fresh
probes of the same phrasing families (own words) with their near misses.

1. "I would not commit to one over the other" keeps the reply undecided; "I wouldn't choose one of the others / any
   other option / either of the tumours" rejects the rest and keeps the answer.
2. "X is what this is" after a hedge, "whether" or another's view ("Maybe", "Some would argue") chooses nothing.
3. "make X the clear choice" after "hardly", "fail to", "do little to" (hedges), or conceded ("alone ..., but").
4. "Of the options, only X <property>" is no verdict unless its sentence says X fits; "only X and Y" keeps two.
5. "### Diagnosis" / "X. <rest>": not when the rest names other options or holds one open.
6. "Option: description" rejected by "a poor fit", "considered", "a remote possibility", "a differential",
   "without any of the classic features".
7. "C (text, comment)" whose comment offers another option ("or perhaps D", "versus D").
8. "the chamber in question is X" held open in its sentence ("though I can't exclude ...", "Whether ...").
9. A foil sentence ("Rickets instead shows fraying.") before a closing "Answer: B." contradicts nothing.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.decision_words import HELD_BEFORE, HELD_MAKE, MADE_BY_FINDINGS
from medstep.extract.line_rest import leading_own_text, rest_keeps
from medstep.extract.mentions import option_index
from medstep.extract.undecided import declines_to_commit
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep

QDX = "What is the most likely diagnosis?"
MS = {"A": "Multiple sclerosis", "B": "Small vessel ischemic disease", "C": "Migraine", "D": "ADEM"}
PTX = {"A": "Skin fold", "B": "Bullous emphysema", "C": "Pneumomediastinum", "D": "Primary spontaneous pneumothorax"}
BOW = {"A": "Ulcerative colitis", "B": "Small bowel lymphoma", "C": "Crohn's disease", "D": "Yersinia ileitis"}
ILD = {"A": "Idiopathic pulmonary fibrosis", "B": "Asbestosis", "C": "Sarcoidosis", "D": "Silicosis"}
MEL = {"A": "Spitz nevus", "B": "Superficial spreading melanoma", "C": "Dysplastic nevus", "D": "Blue nevus"}
SKIN = {"A": "Tinea versicolor", "B": "Pityriasis alba", "C": "Psoriasis", "D": "Vitiligo"}
DENS = {"A": "Almost entirely fatty", "B": "Scattered fibroglandular density", "C": "Heterogeneously dense",
        "D": "Extremely dense"}
QDENS = "What is the breast density category?"
CH = {"A": "Left atrium", "B": "Right atrium", "C": "Left ventricle", "D": "Right ventricle"}
QCH = "Which cardiac chamber is enlarged?"
VIT = {"A": "Vitamin A deficiency", "B": "Scurvy (vitamin C deficiency)", "C": "Rickets (vitamin D deficiency)",
       "D": "Lead poisoning"}
HEP = {"A": "Hepatitis A", "B": "Hepatitis B", "C": "Hepatitis C", "D": "Hepatitis E", "E": "Autoimmune hepatitis"}
# fresh option sets
BRN = {"A": "Glioblastoma", "B": "Metastasis", "C": "Abscess", "D": "Lymphoma"}
KID = {"A": "Simple cyst", "B": "Angiomyolipoma", "C": "Renal cell carcinoma", "D": "Oncocytoma"}
LIV = {"A": "Focal nodular hyperplasia", "B": "Hepatic adenoma", "C": "Hemangioma", "D": "Hepatocellular carcinoma"}
THY = {"A": "Graves disease", "B": "Subacute thyroiditis", "C": "Toxic multinodular goitre", "D": "Hashimoto thyroiditis"}
KNEE = {"A": "Osteochondritis dissecans", "B": "Spontaneous osteonecrosis", "C": "Bone bruise", "D": "Stress fracture"}
BIR = {"A": "BI-RADS 2", "B": "BI-RADS 3", "C": "BI-RADS 4", "D": "BI-RADS 5"}
QBIR = "Which BI-RADS category?"
SIDE = {"A": "Left lung", "B": "Right lung", "C": "Both lungs", "D": "Neither lung"}
QSIDE = "Which lung is collapsed?"
ECG = {"A": "Right heart strain", "B": "Left ventricular hypertrophy", "C": "Pericarditis", "D": "Hyperkalaemia"}


def _read(question: str, options: dict[str, str], text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="r31", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer, got.rule


# The review's regressions (its probe ids), each with the reading it must keep.
@pytest.mark.parametrize("question, options, text, answer, rule", [
    # 1 undecided
    pytest.param(QDX, MS, "Multiple sclerosis (A). I wouldn't commit to one of the others.", "A", "option_text", id="u04"),
    pytest.param(QDX, MS, "ADEM would not commit to one hemisphere; these lesions are bilateral and asymmetric, "
                 "typical of multiple sclerosis.", "A", "option_text", id="u06"),
    pytest.param(QDX, MS, "Multiple sclerosis. I will not choose any other.", "A", "option_text", id="u07"),
    pytest.param(QDX, MS, "Answer: A. I wouldn't choose one of the others, since the Dawson fingers are typical.",
                 "A", "final_answer_phrase", id="u09"),
    pytest.param(QDX, MS, "Answer: B. I would not choose one of the other options.", "B", "final_answer_phrase",
                 id="x32"),
    pytest.param(QDX, MS, "Multiple sclerosis (A) is the answer; I would not choose any other option here.",
                 "A", "option_text", id="x34"),
    pytest.param(QDX, MS, "Multiple sclerosis (A). I do not choose one of the others because the Dawson fingers are "
                 "typical.", "A", "option_text", id="x35"),
    pytest.param(QDX, MS, "Answer: A. I would not commit to one of the vascular causes.", "A", "final_answer_phrase",
                 id="x36"),
    # 2 is what this is
    pytest.param(QDX, PTX, "The question is whether skin fold is what this is. It isn't: the line is convex and "
                 "markings stop, so pneumothorax.", "D", "option_words", id="w13"),
    pytest.param(QDX, PTX, "Maybe pneumomediastinum is what this is.", None, "unparsed", id="w16"),
    pytest.param(QDX, PTX, "Perhaps primary spontaneous pneumothorax is what this is.", None, "unparsed", id="x06"),
    pytest.param(QDX, PTX, "Some would argue a skin fold is what this is.", None, "unparsed", id="x09"),
    # 3 make X the clear choice
    pytest.param(QDX, BOW, "The findings make Crohn's disease the clear choice over ulcerative colitis.",
                 "C", "option_text", id="m01"),
    pytest.param(QDX, BOW, "The skip lesions hardly make Crohn's disease the clear choice.", None, "unparsed", id="m07"),
    pytest.param(QDX, BOW, "The ileal findings fail to make Crohn's disease the clear choice.", None, "unparsed",
                 id="m10"),
    pytest.param(QDX, BOW, "The ileal findings barely make Crohn's disease the clear choice over Yersinia.",
                 None, "unparsed", id="m11"),
    pytest.param(QDX, BOW, "The ileal findings scarcely make Crohn's disease the clear choice.", None, "unparsed",
                 id="x10"),
    pytest.param(QDX, BOW, "The ileal findings do little to make Crohn's disease the clear choice.", None, "unparsed",
                 id="x11"),
    pytest.param(QDX, BOW, "The ileal findings alone make Crohn's disease the clear choice, but the mass favours "
                 "lymphoma (B).", "B", "linking_verb", id="x12"),
    # 4 of the options only X
    pytest.param(QDX, ILD, "Of the options, only sarcoidosis and silicosis involve the upper zones; eggshell nodes "
                 "favour silicosis.", "D", "option_text", id="o05"),
    pytest.param(QDX, ILD, "Among the options only sarcoidosis causes hilar nodes without dust exposure, and this "
                 "patient is a sandblaster. Silicosis.", "D", "option_text", id="o10"),
    pytest.param(QDX, ILD, "Among all the options only sarcoidosis and silicosis give eggshell nodes; the "
                 "occupational history favours silicosis.", "D", "option_text", id="x17"),
    pytest.param(QDX, ILD, "Of the four choices only silicosis fits.", "D", "option_text", id="o11"),
    # 5 heading first sentence
    pytest.param(QDX, MEL, "### Diagnosis\nSpitz nevus. Dysplastic nevus. Superficial spreading melanoma.",
                 None, "ambiguous", id="h01"),
    pytest.param(QDX, MEL, "### Diagnosis\nSpitz nevus. Blue nevus. Either could fit.", None, "ambiguous", id="h08"),
    pytest.param(QDX, MEL, "### Diagnosis\nSpitz nevus. Just kidding. Superficial spreading melanoma.",
                 None, "ambiguous", id="h11"),
    pytest.param(QDX, MEL, "### Diagnosis\nSpitz nevus. Or superficial spreading melanoma.", None, "ambiguous",
                 id="x19"),
    pytest.param(QDX, MEL, "### Diagnosis\nSpitz nevus. Superficial spreading melanoma is the main differential and "
                 "cannot be excluded.", None, "ambiguous", id="x20"),
    pytest.param(QDX, MEL, "### Diagnosis\nSpitz nevus. Differential includes dysplastic nevus.", "A", "lead_in_line",
                 id="h02"),
    pytest.param(QDX, MEL, "### Diagnosis\nDysplastic nevus. Blue nevus is the alternative. Excise.",
                 "C", "lead_in_line", id="h14"),
    # 6 lone heading
    pytest.param(QDX, SKIN, "Vitiligo: a poor fit, without the expected depigmentation.", None, "unparsed", id="v11"),
    pytest.param(QDX, SKIN, "Vitiligo: considered, without enough features to commit.", None, "unparsed", id="v13"),
    pytest.param(QDX, SKIN, "Vitiligo: without any of the classic features.", None, "unparsed", id="v14"),
    pytest.param(QDX, SKIN, "Vitiligo: with no depigmentation at all, this is implausible.", None, "unparsed",
                 id="v15"),
    pytest.param(QDX, SKIN, "Vitiligo: remote possibility, without scale.", None, "unparsed", id="v18"),
    pytest.param(QDX, SKIN, "Vitiligo: a differential, without the chalk-white colour expected.", None, "unparsed",
                 id="x26"),
    pytest.param(QDX, SKIN, "Vitiligo: the macules lack pigment, without scale.", "D", "option_heading", id="x27"),
    # 7 letter, own text, comment
    pytest.param(QDENS, DENS, "C (heterogeneously dense; or perhaps D)", None, "ambiguous", id="l29"),
    pytest.param(QDENS, DENS, "C (heterogeneously dense, versus D)", None, "unparsed", id="x30"),
    pytest.param(QDENS, DENS, "C (heterogeneously dense, but bordering on extremely dense)", "C", "letter_lead",
                 id="l28"),
    pytest.param(QDENS, DENS, "B (scattered fibroglandular density, not C)", "B", "letter_lead", id="l30"),
    # 8 restated subject
    pytest.param(QCH, CH, "So the chamber in question is the left atrium, though I can't exclude the right atrium.",
                 None, "unparsed", id="r18"),
    pytest.param(QCH, CH, "So the chamber in question is the left atrium, although the right atrium may also be large.",
                 None, "unparsed", id="x02"),
    pytest.param(QCH, CH, "Whether the chamber in question is the left atrium is unclear.", None, "unparsed", id="x04"),
    pytest.param(QCH, CH, "Thus the chamber in question is the left atrium (A).", "A", "restated_label", id="r15"),
    # 9 a foil before the closing letter
    pytest.param(QDX, VIT, "Rickets (vitamin D deficiency) instead shows fraying. Answer: B.", "B", "final_answer_phrase",
                 id="x38"),
    pytest.param(QDX, VIT, "Rickets (vitamin D deficiency) instead shows fraying; these are Wimberger rings, so B.",
                 "B", "conclusion_adverb", id="s06"),
    pytest.param("Which infection most likely caused this cirrhosis?", HEP,
                 "Autoimmune hepatitis is usually self-limiting. Answer: C.", "C", "final_answer_phrase", id="hep"),
])
def test_review_regressions(question: str, options: dict[str, str], text: str, answer: str | None, rule: str) -> None:
    assert _read(question, options, text) == (answer, rule)


# Fresh probes (own words): the families' clear answers.
@pytest.mark.parametrize("question, options, text, answer, rule", [
    pytest.param(QDX, BRN, "Glioblastoma (A). I wouldn't choose any of the other three here.", "A", "option_text",
                 id="fu1"),
    pytest.param(QDX, BRN, "A ring-enhancing lesion with restricted diffusion: abscess (C). I would not choose either "
                 "of the tumours.", "C", "option_text", id="fu3"),
    pytest.param(QDX, BRN, "Lymphoma is most likely, and I would not commit to any other option.", "D", "option_text",
                 id="fu4"),
    pytest.param(QDX, KID, "Macroscopic fat in the lesion: angiomyolipoma is what this is.", "B", "option_text",
                 id="fw1"),
    pytest.param(QDX, LIV, "The central scar and isoenhancement on delayed images make focal nodular hyperplasia the "
                 "clear choice.", "A", "option_text", id="fm1"),
    pytest.param(QDX, LIV, "The scar and the homogeneous enhancement make focal nodular hyperplasia the obvious choice "
                 "over adenoma.", "A", "option_text", id="fm7"),
    pytest.param(QDX, THY, "Of the options only subacute thyroiditis fits a painful gland with absent uptake.",
                 "B", "option_text", id="fo1"),
    pytest.param(QDX, THY, "Of the options only Graves disease causes diffuse uptake, but this scan shows several hot "
                 "nodules. Toxic multinodular goitre.", "C", "option_text", id="fo3"),
    pytest.param(QDX, KNEE, "### Impression\nSpontaneous osteonecrosis. A subchondral crescent in the medial condyle.",
                 "B", "lead_in_line", id="fh1"),
    pytest.param(QDX, KNEE, "### Diagnosis\nStress fracture. Bone bruise is less likely given the low-signal line.",
                 "D", "lead_in_line", id="fh5"),
    pytest.param(QDX, KID, "Angiomyolipoma: fat-containing, without calcification.", "B", "option_heading", id="fv1"),
    pytest.param(QBIR, BIR, "C (BI-RADS 4, which warrants biopsy)", "C", "last_mention", id="fc1"),
    pytest.param(QSIDE, SIDE, "The lung in question is the left lung.", "A", "restated_label", id="fr1"),
    pytest.param("What is the most likely diagnosis on this ECG?", ECG,
                 "Left ventricular hypertrophy instead shows tall voltages. Answer: A.", "A", "final_answer_phrase",
                 id="ff2"),
    pytest.param("What is the most likely diagnosis on this ECG?", ECG,
                 "Hyperkalaemia typically peaks the T waves. Answer: B.", "B", "final_answer_phrase", id="ff3"),
    pytest.param(QDX, BRN, "The answer is B. I would not commit to glioblastoma without perfusion imaging.",
                 "B", "final_answer_phrase", id="nm2"),
    pytest.param(QDX, KNEE, "### Diagnosis\nStress fracture. Osteochondritis dissecans is not favoured.",
                 "D", "lead_in_line", id="nm7"),
])
def test_fresh_answers(question: str, options: dict[str, str], text: str, answer: str | None, rule: str) -> None:
    assert _read(question, options, text) == (answer, rule)


# Fresh near misses (own words): no answer.
@pytest.mark.parametrize("question, options, text", [
    pytest.param(QDX, BRN, "Glioblastoma and metastasis both fit a ring lesion; I would not commit to one over the "
                 "other.", id="fu5"),
    pytest.param(QDX, BRN, "It looks like a glioblastoma, though a metastasis is possible; I wouldn't want to commit to "
                 "either.", id="fu7"),
    pytest.param(QDX, KID, "Simple cyst or angiomyolipoma; I would not commit to one over the other without the "
                 "ultrasound.", id="ng3"),
    pytest.param(QDX, KID, "Perhaps a simple cyst is what this is.", id="fw2"),
    pytest.param(QDX, KID, "One could ask whether an oncocytoma is what this is.", id="fw5"),
    pytest.param(QDX, LIV, "The washout and capsule fail to make hepatocellular carcinoma the obvious choice in a "
                 "non-cirrhotic liver.", id="fm2"),
    pytest.param(QDX, KNEE, "### Diagnosis\nBone bruise. Stress fracture. Osteochondritis dissecans.", id="fh2"),
    pytest.param(QDX, KNEE, "### Diagnosis\nStress fracture. Or perhaps a bone bruise.", id="fh4"),
    pytest.param(QDX, KNEE, "### Diagnosis\nOsteochondritis dissecans. Either this or osteonecrosis.", id="fh6"),
    pytest.param(QDX, KID, "Oncocytoma: implausible, with no central scar.", id="fv2"),
    pytest.param(QDX, KID, "Oncocytoma: without the typical central scar.", id="fv4"),
    pytest.param(QDX, KID, "Oncocytoma: considered, but no scar is seen.", id="fv5"),
    pytest.param(QDX, KID, "Angiomyolipoma: not favoured, without fat on CT.", id="ng2"),
    pytest.param(QBIR, BIR, "C (BI-RADS 4, or possibly D)", id="fc2"),
    pytest.param(QBIR, BIR, "B (BI-RADS 3, versus C)", id="fc3"),
    pytest.param(QBIR, BIR, "C (BI-RADS 4, though B could also be argued)", id="fc4"),
    pytest.param(QSIDE, SIDE, "So the lung in question is the left lung, although the right lung may be involved too.",
                 id="fr2"),
    pytest.param(QSIDE, SIDE, "Whether the lung in question is the right lung is hard to tell.", id="fr3"),
    pytest.param("What is the most likely diagnosis on this ECG?", ECG, "Pericarditis is present. Answer: D.",
                 id="ff4"),
])
def test_fresh_near_misses(question: str, options: dict[str, str], text: str) -> None:
    assert _read(question, options, text)[0] is None


def test_parts() -> None:
    assert declines_to_commit("Both fit; I would not commit to one over the other.")
    assert declines_to_commit("Both A and B remain reasonable and I would not commit to either.")
    assert not declines_to_commit("I would not choose either of the others.")
    assert not declines_to_commit("I wouldn't commit to one of the rarer diagnoses.")
    assert HELD_BEFORE.search("Some would argue ") and HELD_BEFORE.search("The question is whether ")
    assert not HELD_BEFORE.search("Sharp pleural line, no markings beyond it: ")
    assert HELD_MAKE.search("The nodes barely make") and not HELD_MAKE.search("The nodes make")
    assert MADE_BY_FINDINGS.search("The skip lesions make") and not MADE_BY_FINDINGS.search("The lesions fail to make")
    idx = option_index(DENS)
    assert leading_own_text("C (heterogeneously dense, which may obscure small masses)", idx) is not None
    assert leading_own_text("C (heterogeneously dense, or maybe extremely dense)", idx) is None
    mel = option_index(MEL)
    assert rest_keeps("Favoured over melanoma given maturation.", mel, "A")
    assert not rest_keeps("Blue nevus. Either could fit.", mel, "A")


def _read_long(text: str) -> None:
    for question, options in ((QDX, MS), (QDX, BOW), (QDX, PTX), (QDX, ILD), (QDX, MEL), (QDENS, DENS), (QCH, CH),
                              (QDX, SKIN), (QDX, VIT)):
        _read(question, options, text)
    declines_to_commit(text)
    HELD_BEFORE.search(text)
    HELD_MAKE.search(text)
    MADE_BY_FINDINGS.search(text[-250:])


@pytest.mark.parametrize("text", [
    rep("I would not ", 2000, tail="commit to one."),
    rep("the findings ", 1500, tail="barely make Crohn's disease the clear choice"),
    rep("skin fold is what ", 1200, "Maybe ", "this is."), rep("sarcoidosis and ", 1500, "Among the options only ", "x"),
    rep("Blue nevus. ", 1500, "### Diagnosis\nSpitz nevus. "), rep("or ", 5000, "C (heterogeneously dense, ", ")"),
    rep("though ", 4000, "So the chamber in question is the left atrium, "), rep("without the ", 2500, "Vitiligo: "),
    rep("instead ", 3000, "Rickets (vitamin D deficiency) ", ". Answer: B."), rep("a ", 10000), rep(" ", 10000, tail="x"),
], ids=["undecided", "made", "what-this-is", "set-only", "heading", "own-text", "restated", "heading-colon", "foil",
        "words", "blanks"])
def test_long_inputs_stay_fast(text: Grown[str]) -> None:
    reads_linearly(_read_long, text)
