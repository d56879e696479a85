"""Hostile review probes of lane choice58 (session 58), pinned: choice replies read as a clinician would (None = no
pick). Probes the code still reads otherwise at the review are xfail (known gaps, not expectations)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

ORG = {"A": "Liver", "B": "Kidney", "C": "Spleen", "D": "Pancreas"}
BRAIN = {"A": "Epidural hematoma", "B": "Subdural hematoma", "C": "Subarachnoid hemorrhage", "D": "Contusion"}
LUNG = {"A": "Pneumothorax", "B": "Lobar pneumonia", "C": "Pleural effusion", "D": "Pulmonary edema"}
TUBE = {"A": "In the stomach", "B": "Coiled in the esophagus", "C": "In the left main bronchus", "D": "In the duodenum"}
MASS = {"A": "Solid", "B": "Cystic", "C": "Mixed solid-cystic", "D": "Fat-containing"}
KNEE = {"A": "Meniscal tear", "B": "ACL tear", "C": "Baker cyst", "D": "Osteochondritis dissecans"}
SPINE = {"A": "Compression fracture", "B": "Burst fracture", "C": "Chance fracture", "D": "Spondylolisthesis"}
FIVE = {"A": "Appendicitis", "B": "Diverticulitis", "C": "Crohn disease", "D": "Ovarian torsion", "E": "Ureteric stone"}
QS = {id(ORG): "Which organ is abnormal in this image?", id(TUBE): "Where is the tip of the nasogastric tube?",
      id(MASS): "Is the mass solid or cystic?", id(LUNG): "What is the abnormality in this chest radiograph?"}
Q_ORG = "Which organ is abnormal in this image?\nA. Liver\nB. Kidney\nC. Spleen\nD. Pancreas\n"
IMS, IME = "<|im_start|>", "<|im_end|>"
RUNON = IME + "\n" + IMS + "user\n" + Q_ORG + IME + "\n" + IMS + "assistant\n"

P: list[tuple[str, str, dict[str, str], str | None]] = []


def p(pid: str, text: str, opts: dict[str, str], exp: str | None) -> None:
    P.append((pid, text, opts, exp))


# --- A. chat-template turns
p("a01", IMS + "assistant\nC. Spleen" + RUNON, ORG, "C")
p("a02", IMS + "system\nYou are a helpful radiologist." + IME + "\n" + IMS + "user\n" + Q_ORG + IME + "\n" + IMS
  + "assistant\nThe abnormal organ is the spleen (C)." + IME, ORG, "C")
p("a03", IMS + "user\nExample: Which bone is fractured? A. Radius B. Ulna\nAnswer: A" + IME + "\n" + IMS
  + "assistant\nA" + IME + "\n" + IMS + "user\n" + Q_ORG + IME + "\n" + IMS + "assistant\nB. Kidney", ORG, "B")
p("a04", IMS + "user\nExample question" + IME + "\n" + IMS + "assistant\nD. Pancreas" + IME + "\n" + IMS + "user\n"
  + Q_ORG + IME + "\n" + IMS + "assistant\n", ORG, None)
p("a05", IMS + "assistant\nLet me look at the image first." + IME + "\n" + IMS
  + "user\nPlease answer with a single letter." + IME + "\n" + IMS + "assistant\nD", ORG, "D")
p("a06", IMS + "assistant\nI need to look at the image carefully before answering." + RUNON, ORG, None)
p("a07", IMS + "assistant\nI'm sorry, but I can't view images." + RUNON, ORG, None)
p("a08", IMS + "assistant\nIt could be the liver (A) or the spleen (C); I can't tell which." + RUNON, ORG, None)
p("a09", "USER: <image>\n" + Q_ORG + "ASSISTANT: The lesion sits in the liver, so A.", ORG, "A")
p("a10", "<start_of_turn>user\n" + Q_ORG + "<end_of_turn>\n<start_of_turn>model\nAnswer: D. Pancreas<end_of_turn>",
  ORG, "D")
p("a11", IMS + "assistant\n<think>The spleen is enlarged with a wedge-shaped defect. Liver looks normal.</think>\nC"
  + RUNON, ORG, "C")
p("a12", IMS + "assistant\nA" + IME + "\n" + IMS + "user\nAre you sure?" + IME + "\n" + IMS
  + "assistant\nApologies, on reflection it is B. Kidney.", ORG, "B")
p("a13", IMS + "assistant\n答案：C" + RUNON, ORG, "C")
p("a14", IMS + "user\n" + Q_ORG + "Reply as 'Answer: X', for example 'Answer: A'." + IME + "\n" + IMS + "assistant\n",
  ORG, None)
p("a15", IMS + "assistant\nThe spleen is normal in size; the liver has a large hypodense mass. Answer: A" + IME
  + "\n" + IMS + "user\nNext question: which organ is abnormal?\nA. Liver\nB. Kidney\nC. Spleen\nD. Pancreas" + IME
  + "\n" + IMS + "assistant\n", ORG, "A")
p("a16", "user\n" + Q_ORG + "assistant\nB", ORG, "B")
p("a17", IMS + "assistant\nThe kidney shows hydronephrosis.\n\nAnswer: B" + IME + "\n" + IMS + "user\n" + Q_ORG
  + IME + "\n" + IMS + "assistant\n\n", ORG, "B")
p("a18", IMS + "system\nAnswer with a letter." + IME + "\n" + IMS + "assistant\nC" + RUNON, ORG, "C")
p("a19", IMS + "assistant\nRespuesta: D. Páncreas" + RUNON, ORG, "D")
p("a20", IMS + "assistant\nThe options are A. Liver, B. Kidney, C. Spleen, D. Pancreas." + RUNON, ORG, None)
p("a21", "USER: " + Q_ORG + "ASSISTANT: C. Spleen</s>USER: thanks ASSISTANT: You're welcome!", ORG, "C")
p("a22", IMS + "assistant\nWithout the image I cannot determine the abnormal organ." + RUNON, ORG, None)

# --- B. bullets with denied lists
p("b01", "Answer: D. Pulmonary edema\n- Bilateral perihilar haziness and Kerley B lines.\n- There is no focal "
  "consolidation or air bronchogram to suggest lobar pneumonia (B).\n- No pleural line or deep sulcus to suggest a "
  "pneumothorax (A).", LUNG, "D")
p("b02", "- There is no apical pleural line to suggest pneumothorax (A), but the blunted angle with a meniscus "
  "suggests a pleural effusion (C).", LUNG, "C")
p("b03", "Findings:\n- A meniscus at the left base that suggests a pleural effusion (C).\n- No air bronchograms.",
  LUNG, "C")
p("b04", "1. No Kerley lines, cephalization, or perihilar haze to suggest pulmonary edema (D).\n2. Meniscus at the "
  "left base.\n\nAnswer: C", LUNG, "C")
p("b05", "- No pleural line to suggest pneumothorax (A).\n- No consolidation to suggest pneumonia (B).\n- No meniscus "
  "to suggest effusion (C).\n- No septal lines to suggest edema (D).", LUNG, None)
p("b06", "* No deep sulcus sign to indicate a pneumothorax (A)\n* No fluid level to suggest a pleural effusion (C)\n"
  "* Lobar consolidation with air bronchograms -> **B. Lobar pneumonia**", LUNG, "B")
p("b07", "**Answer:** A\n\n2) No widening of the interpedicular distance to suggest a burst fracture (B).\n3) Anterior "
  "wedging only.", SPINE, "A")
p("b08", "- No doubt the horizontal fracture line through the pedicles points to a Chance fracture (C).", SPINE, "C")
p("b09", "Key points:\n- No other mechanism explains the horizontal split through the posterior elements, which would "
  "indicate a Chance fracture (C).", SPINE, "C")
p("b10", "- No hay línea pleural que sugiera neumotórax (A).\n- Menisco en el seno costofrénico.\nRespuesta: C", LUNG,
  "C")
p("b11", "- **No** cephalization or Kerley B lines to suggest **pulmonary edema (D)**.\n\n**Final answer: A**", LUNG,
  "A")
p("b12", "- Findings could suggest pneumothorax (A), pneumonia (B), effusion (C) or edema (D).", LUNG, None)
p("b13", "- There are no signs to suggest anything other than a pleural effusion (C).", LUNG, "C")
p("b14", "Reasoning:\n- No retropulsed fragment or posterior cortex involvement to suggest a burst fracture (B).\n- "
  "Anterior height loss of 30%, consistent with a compression fracture (A).", SPINE, "A")
p("b15", "- There is no anterolisthesis to suggest spondylolisthesis (D)\n- There is no horizontal split to suggest a "
  "Chance fracture (C)\n\nMost likely: compression fracture (A)", SPINE, "A")
p("b16", "• No free air under the diaphragm.\n• Fat stranding around the sigmoid with diverticula, which suggests "
  "diverticulitis (B).", FIVE, "B")
p("b17", "1. No periappendiceal fluid, no dilated appendix to indicate appendicitis (A).\n2. No hydronephrosis to "
  "suggest a ureteric stone (E).\n3. Enlarged ovary with whirlpool sign.\nAnswer: D", FIVE, "D")
p("b18", "- No, there's clear fat stranding around the sigmoid colon, which points to diverticulitis (B).", FIVE, "B")

# --- C. told apart
p("c01", "Answer: B. The crescent shape distinguishes it from an epidural hematoma (A).", BRAIN, "B")
p("c02", "It cannot be distinguished from an epidural hematoma (A) on this image; a subdural hematoma (B) is also "
  "possible.", BRAIN, None)
p("c03", "Hard to distinguish from a subdural hematoma (B), but the lens shape favors an epidural hematoma (A).",
  BRAIN, "A")
p("c04", "Epidural hematoma (A), distinguished from subdural hematoma (B) by its biconvex shape and respect of the "
  "sutures.", BRAIN, "A")
p("c05", "What distinguishes this from a subdural hematoma is the lens shape, so epidural hematoma (A).", BRAIN, "A")
p("c06", "This looks like an epidural hematoma (A), but it can't readily be distinguished from a subdural hematoma (B) "
  "on a single slice.", BRAIN, None)
p("c07", "Differentiating it from a subarachnoid hemorrhage (C) is difficult here; a contusion (D) is equally "
  "possible.", BRAIN, None)
p("c08", "The key feature distinguishing it from a burst fracture (B) is the intact posterior cortex, so this is a "
  "compression fracture (A).", SPINE, "A")
p("c09", "The finding that distinguishes a Chance fracture (C) from a burst fracture (B) is the horizontal split. "
  "Answer: C", SPINE, "C")
p("c10", "Subarachnoid hemorrhage (C). The sulcal distribution differentiates it from a contusion (D).", BRAIN, "C")
p("c11", "Solid (A) is favoured; Doppler would help in distinguishing it from a cystic lesion (B).", MASS, "A")
p("c12", "I had difficulty distinguishing it from a subdural hematoma (B); an epidural hematoma (A) is possible too.",
  BRAIN, None)
p("c13", "与硬膜外血肿（A）难以区分，但跨越颅缝，答案：B", BRAIN, "B")
p("c14", "The lesion is not easily distinguished from a contusion (D); subarachnoid hemorrhage (C) and contusion (D) "
  "both remain.", BRAIN, None)
p("c15", "Crossing the coronal suture differentiates this collection from an epidural hematoma (A). It is crescentic "
  "and follows the convexity.", BRAIN, None)
p("c16", "**Answer: B**\n\nWhat differentiates it from an epidural hematoma (A): it crosses suture lines.", BRAIN, "B")
p("c17", "Der Befund lässt sich klar von einem epiduralen Hämatom (A) abgrenzen. Antwort: B", BRAIN, "B")
p("c18", "Sin poder distinguirlo de un hematoma epidural (A), diría hematoma subdural (B) con dudas.", BRAIN, "B")
p("c19", "Without distinguishing it from a subdural hematoma (B), one cannot call this an epidural hematoma (A).",
  BRAIN, None)
p("c20", "Compression fracture (A) — the lack of posterior involvement differentiates it from a burst fracture (B).",
  SPINE, "A")

# --- D. "X (C), not Y" and tallies
p("d01", "The tube runs down the left main stem. It is in the left main bronchus (C), not the stomach.", TUBE, "C")
p("d02", "A: no. B: no. C: not likely. D: yes.", LUNG, "D")
p("d03", "Pneumothorax (A), not seen. Lobar pneumonia (B), not seen. Pleural effusion (C), not present. Pulmonary "
  "edema (D), yes: bilateral perihilar haze.", LUNG, "D")
p("d04", "Final answer: C, not the stomach.", TUBE, "C")
p("d05", "ACL tear (B), not supported by the intact fibres on sagittal images. Meniscal tear (A) fits the linear "
  "signal.", KNEE, "A")
p("d06", "Baker cyst (C), not compatible with the anterior location. Osteochondritis dissecans (D) fits the "
  "subchondral fragment.", KNEE, "D")
p("d07", "Meniscal tear (A) — not a true tear, just degenerative signal. The real finding is an ACL tear (B).", KNEE,
  "B")
p("d08", "Tally: A - no. B - not typical. C - yes. D - no.", KNEE, "C")
p("d09", "A: not. B: no. C: not likely. D: not this one.", KNEE, None)
p("d10", "Pleural effusion (C), not pneumonia (B).", LUNG, "C")
p("d11", "The answer is C, not D.", LUNG, "C")
p("d12", "It's a Chance fracture (C), not sure though; it could be a burst fracture (B).", SPINE, None)
p("d13", "Chance fracture (C), not the case here since the posterior elements are intact. Compression fracture (A).",
  SPINE, "A")
p("d14", "Chance fracture (C)? Not with intact posterior elements. Compression fracture (A).", SPINE, "A")
p("d15", "Subdural hematoma (B), not a likely diagnosis given the lens shape. Epidural hematoma (A).", BRAIN, "A")
p("d16", "Subdural hematoma (B), not the most likely given the biconvex shape; epidural hematoma (A).", BRAIN, "A")
p("d17", "Answer: (B), not (A).", BRAIN, "B")
p("d18", "Liver (A), not involved. Kidney (B), not involved. Spleen (C), markedly enlarged with infarcts. Pancreas "
  "(D), not involved.", ORG, "C")
p("d19", "Liver (A), not enlarged; Spleen (C), enlarged with a focal lesion.", ORG, "C")
p("d20", "Hígado (A), no; Bazo (C), sí.", ORG, "C")
p("d21", "Die Antwort ist C, nicht D.", LUNG, "C")
p("d22", "La respuesta es B, no A.", BRAIN, "B")
p("d23", "答案是C，而不是D。", LUNG, "C")
p("d24", "Meniscal tear (A), not an ACL tear: the ACL fibres are continuous.", KNEE, "A")
p("d25", "Burst fracture (B), not a compression fracture, because the posterior wall is retropulsed.", SPINE, "B")
p("d26", "Option C, not a plausible position for a feeding tube; tip is under the gastric bubble, so A.", TUBE, "A")
p("d27", "Spleen (C), not a normal size at all, with a wedge infarct.", ORG, "C")
p("d28", "Pancreas (D), not visible on this slice. Kidney (B), hydronephrotic. Answer: B", ORG, "B")
p("d29", "Pleural effusion (C), not a feature here; the film shows a lobar consolidation with air bronchograms, i.e. "
  "lobar pneumonia (B).", LUNG, "B")
p("d30", "Spondylolisthesis (D) - not present. Compression fracture (A) - not present. Chance fracture (C) - yes, a "
  "horizontal split.", SPINE, "C")
p("d31", "Ovarian torsion (D), not appendicitis.", FIVE, "D")
p("d32", "C — not confident, but the meniscus suggests a pleural effusion.", LUNG, "C")

# --- E. indicating that it is X
p("e01", "Internal Doppler flow, indicating that it is a solid lesion (A).", MASS, "A")
p("e02", "If there were internal flow, indicating that it is a solid lesion, we would choose A; but there is none and "
  "there is through transmission: cystic (B).", MASS, "B")
p("e03", "There is no internal flow indicating that it is a solid lesion; the mass is anechoic with posterior "
  "enhancement. Answer: B", MASS, "B")
p("e04", "The fat signal drops on opposed-phase imaging, indicating that it is fat-containing (D).", MASS, "D")
p("e05", "This is not indicating that it is a solid lesion (A); the mass is cystic (B).", MASS, "B")
p("e06", "Posterior acoustic enhancement usually indicates that it is a cyst. Here there is internal flow. Final "
  "answer: A", MASS, "A")
p("e07", "suggesting that it is not solid (A) but cystic (B).", MASS, "B")
p("e08", "The septations are thick, indicating that it may be mixed solid-cystic (C), or solid (A).", MASS, None)
p("e09", "内部有血流信号，提示为实性（A）。", MASS, "A")
p("e10", "The lack of flow argues against a solid lesion, indicating that it is cystic (B).", MASS, "B")
p("e11", "A mural nodule with flow, indicating that this is a mixed solid-cystic lesion (C).", MASS, "C")
p("e12", "Nothing on this scan is indicating that it is cystic. Answer: Solid (A).", MASS, "A")
p("e13", "It is anechoic, indicating that it is cystic (B)? Not quite: there is internal flow, so solid (A).", MASS,
  "A")
p("e14", "One might argue the anechoic center is indicating that it is cystic (B), but the thick enhancing wall and "
  "nodule make it mixed solid-cystic (C).", MASS, "C")

# --- F. habit links
p("f01", "Air bronchograms often indicate lobar pneumonia. In this film, however, there is a visceral pleural line "
  "with no lung markings beyond it. Answer: A", LUNG, "A")
p("f02", "Useful signs:\n* Air bronchogram: usually indicates lobar pneumonia.\n* Meniscus: typically indicates a "
  "pleural effusion.\nAlways compare with old films.", LUNG, None)
p("f03", "The blunted angle here typically indicates a pleural effusion (C).", LUNG, "C")
p("f04", "There is a meniscus-shaped opacity at the left costophrenic angle, which typically indicates a pleural "
  "effusion (C).", LUNG, "C")
p("f05", "The tube tip projects below the carina to the left, which usually indicates placement in the left main "
  "bronchus (C).", TUBE, "C")
p("f06", "Air bronchograms classically indicate lobar pneumonia (B). Yet the film shows none; the answer is C.",
  LUNG, "C")
p("f07", "Blunting of the costophrenic angle most often indicates a pleural effusion (C).", LUNG, "C")
p("f08", "Kerley B lines frequently suggest interstitial edema, but I see none. A meniscus at the left base points to "
  "a pleural effusion (C).", LUNG, "C")
p("f09", "Crescent-shaped collections that cross sutures typically represent a subdural hematoma (B). The collection "
  "in this case is biconvex and stops at the sutures: epidural hematoma (A).", BRAIN, "A")
p("f10", "空气支气管征通常提示大叶性肺炎。本例可见脏层胸膜线，答案：A", LUNG, "A")
p("f11", "A horizontal fracture through the vertebral body and posterior elements usually indicates a Chance fracture "
  "(C), which is exactly what is seen.", SPINE, "C")
p("f12", "Given the flexion-distraction mechanism, this pattern usually indicates a Chance fracture (C).", SPINE, "C")
p("f13", "Typical associations:\n- Deep sulcus sign usually indicates pneumothorax (A).\n- Air bronchograms usually "
  "indicate pneumonia (B).\n- Meniscus sign usually indicates effusion (C).\n- Kerley B lines usually indicate edema "
  "(D).\nWithout the image I cannot choose.", LUNG, None)
p("f14", "Increased signal reaching the articular surface generally indicates a meniscal tear (A), and that is present "
  "on the sagittal PD image.", KNEE, "A")
p("f15", "A meniscus sign often suggests a pleural effusion, but the bilateral perihilar haze and Kerley lines point "
  "to pulmonary edema.\n\n**Answer: D**", LUNG, "D")
p("f16", "Luftbronchogramme weisen typischerweise auf eine Lobärpneumonie hin. Antwort: B", LUNG, "B")
p("f17", "In our patient the blunted left angle typically indicates a pleural effusion (C).", LUNG, "C")
p("f18", "The left costophrenic angle is blunted. This usually indicates a pleural effusion (C).", LUNG, "C")
p("f19", "The left costophrenic angle is blunted, which often indicates a pleural effusion (C). No other "
  "abnormality.", LUNG, "C")
p("f20", "Blunted angle -> usually indicates pleural effusion (C)", LUNG, "C")
p("f21", "Whirlpool sign of the vascular pedicle with an enlarged ovary, which classically indicates ovarian torsion "
  "(D).", FIVE, "D")
p("f22", "Right lower quadrant pain with a dilated non-compressible appendix commonly indicates appendicitis, but "
  "that is not what we see: the appendix is normal and there is a stone at the UVJ. Answer: E", FIVE, "E")
p("f23", "El broncograma aéreo suele indicar neumonía lobar; en esta imagen hay línea pleural. Respuesta: A", LUNG,
  "A")
p("f24", "Diverticula with pericolic fat stranding typically suggest diverticulitis (B); CT findings match.", FIVE,
  "B")
p("f25", "Anterior wedging without posterior wall involvement typically represents a compression fracture (A).",
  SPINE, "A")
p("f26", "Fluid between the gastrocnemius and semimembranosus typically indicates a Baker cyst. I cannot see the "
  "image, so I cannot say.", KNEE, None)

p("f27", "Air bronchograms usually indicate lobar pneumonia (B), and a meniscus typically indicates a pleural effusion "
  "(C). I can't see the image, so I can't choose.", LUNG, None)
p("f28", "Air bronchograms, which usually indicate lobar pneumonia, are absent. The meniscus at the left base points to "
  "a pleural effusion (C).", LUNG, "C")
p("f29", "A deep sulcus sign usually indicates a pneumothorax (A). Answer: D", LUNG, "D")
p("f30", "Crescentic collections usually indicate a subdural hematoma (B). This one is biconvex and stops at the "
  "sutures, so epidural hematoma (A).", BRAIN, "A")

# --- G. gaming, general, hedges, think, misc
p("g01", "A. Pneumothorax\nB. Lobar pneumonia\nC. Pleural effusion\nD. Pulmonary edema", LUNG, None)
p("g02", "Answer: A, B, C or D.", LUNG, None)
p("g03", "Could be A, could be B, maybe C or D.", LUNG, None)
p("g04", "I'm sorry, I cannot interpret medical images.", LUNG, None)
p("g05", "Let's analyze each option.\nA. Pneumothorax: the lung edge is", LUNG, None)
p("g06", "First I thought pneumonia (B), but on closer look it is a pleural effusion (C).", LUNG, "C")
p("g07", "Differential: pleural effusion (C), pneumonia (B). Most likely C.", LUNG, "C")
p("g08", "C", LUNG, "C")
p("g09", "**C** — Pleural effusion", LUNG, "C")
p("g10", "I looked for a pleural line to suggest a pneumothorax (A) but did not find one. Answer: B", LUNG, "B")
p("g11", "<think>Bronchograms... maybe pneumonia. But there's a meniscus. Hmm, effusion.</think>\nAnswer: C", LUNG, "C")
p("g12", "<think>It cannot be distinguished from a subdural (B) at first glance... but biconvex.</think>\nFinal: A",
  BRAIN, "A")
p("g13", "The answer is not C.", LUNG, None)
p("g14", "Pleural effusion (C) is the least likely here; pulmonary edema (D) is the best fit.", LUNG, "D")
p("g15", "All of A, B, C, D show some features, and every finding is present to some extent.", LUNG, None)
p("g16", "Possibly A. Possibly B. Possibly C. Possibly D.", LUNG, None)
p("g17", "<think>\nOption A: no pleural line. Option B: no bronchograms. Option C: meniscus present. Option D: no "
  "Kerley lines.\n</think>\n\nC. Pleural effusion", LUNG, "C")
p("g18", "Let me go option by option.\n\n**A. Pneumothorax** - no visceral pleural line.\n**B. Lobar pneumonia** - "
  "no air bronchograms.\n**C. Pleural effusion** - meniscus at the left base, blunted angle.\n**D. Pulmonary edema** "
  "- no septal lines.\n\nTherefore, the answer is **C**.", LUNG, "C")
p("g19", "Es un derrame pleural (C).", LUNG, "C")
p("g20", "Es handelt sich um einen Pleuraerguss (C).", LUNG, "C")



_BAD_AT_REVIEW = {'c18', 'd18', 'd19', 'a18', 'e14', 'c06', 'd08', 'g06', 'd05', 'a21', 'b09', 'b13'}


@pytest.mark.parametrize("pid,text,opts,exp", [pytest.param(*x, id=x[0], marks=[pytest.mark.xfail(strict=False)] if x[0] in _BAD_AT_REVIEW else []) for x in P])
def test_probe(pid: str, text: str, opts: dict[str, str], exp: str | None) -> None:
    q = QS.get(id(opts), "What is the most likely diagnosis?")
    e = extract(text, Sample(id=pid, question=q, answer="A", answer_type=AnswerType.CHOICE, options=opts))
    if exp:
        assert e.answer == exp and e.status.value == "scored"
    else:
        assert e.answer is None
