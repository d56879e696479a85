"""Hostile review probes of lane status58 (session 58), pinned: no-answer statuses and answers as a clinician would
read them. Probes the code still reads otherwise at the review are xfail (known gaps, not expectations)."""
import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

C, K, O = AnswerType.CHOICE, AnswerType.CLOSED, AnswerType.OPEN  # noqa: E741
OPT = {"A": "Pneumonia", "B": "Pulmonary edema", "C": "Pneumothorax", "D": "Lung cancer"}
QC = "What is the most likely diagnosis?"
QE = "Is there a pleural effusion?"
QA = "What abnormality is seen?"
U, T, A, R, S = "unparsed", "truncated", "ambiguous", "refused", "scored"
NOANS = (U, R, A)  # a complete reply without an answer: anything but truncated / an answer

# (id, kind, question, text, finish_reason, expected answer (None, exact for choice/closed, substring for open), statuses)
P = [
 # ---- stopped_clause: complete answers without a stop keep their answers
 ("sc01", C, QC, "The answer is B", None, "B", (S,)),
 ("sc02", K, QE, "Yes there is a small effusion", None, "yes", (S,)),
 ("sc03", K, "Is there consolidation?", "Findings consistent with pneumonia", None, "yes", (S,)),
 ("sc04", C, QC, "Bilateral perihilar haziness with Kerley B lines.\nAnswer: B", None, "B", (S,)),
 ("sc05", C, QC, "- Bilateral opacities\n- Kerley lines\n- **Answer: B. Pulmonary edema**", None, "B", (S,)),
 ("sc06", K, "是否有胸腔积液？", "是，右侧可见少量胸腔积液", None, "yes", (S,)),
 ("sc07", K, QE, "| Finding | Present |\n|---|---|\n| Pleural effusion | Yes |", None, "yes", (S,)),
 ("sc08", O, "Which lung is affected?", "The opacity projects over the lower zone.\nFinal answer: left lung", None, "left", (S,)),
 ("sc09", K, QE, "The costophrenic angles are blunted bilaterally. So yes, there is an effusion", None, "yes", (S,)),
 ("sc10", C, QC, "Answer: C. The visceral pleural line is visible and the lung markings", None, "C", (S,)),
 ("sc11", K, QE, "No. The lungs are clear and the costophrenic angles are sharp and", None, "no", (S,)),
 ("sc12", K, QE, "No effusion 👍", None, "no", (S,)),
 ("sc13", C, QC, "Final answer: B. Pulmonary edema 🙂", None, "B", (S,)),
 ("sc14", K, "Is the heart enlarged?", "Yes, the cardiothoracic ratio exceeds 0.5", None, "yes", (S,)),
 ("sc15", K, "¿Hay derrame pleural?", "Sí, hay un pequeño derrame pleural derecho", None, "yes", (S,)),
 ("sc16", O, QA, "Right lower lobe pneumonia", None, "pneumonia", (S,)),
 ("sc17", K, QE, "Looking at the image. The answer is no", None, "no", (S,)),
 ("sc18", C, QC, "Considering the findings, the most likely diagnosis is pneumothorax", None, "C", (S,)),
 ("sc19", K, "Is there a fracture?", "Based on the radiograph, there is a fracture of the distal radius", None, "yes", (S,)),
 ("sc20", K, "胆囊是否有结石？", "超声显示胆囊内可见强回声伴声影，提示胆囊结石", None, "yes", (S,)),
 # ---- stopped_clause gains: cut mid clause without commitment
 ("sc21", K, QE, "The image is a frontal chest radiograph. Looking at the right costophrenic angle, the pleural", None, None, (T,)),
 ("sc22", C, QC, "Let me review each option carefully. Option A would show lobar consolidation whereas option B", None, None, (T,)),
 ("sc23", K, "Is the liver enlarged?", "This is an abdominal ultrasound. The liver measures approximately", None, None, (T,)),
 ("sc24", K, QE, "The image shows a chest X-ray.", "length", None, (T,)),
 ("sc25", K, "该图像是否显示肺炎？", "胸部X线片显示右肺下野可见片状高密度影，边缘模糊，邻近", None, None, (T,)),
 # ---- stopped_clause near misses: complete replies with no answer and no final stop
 ("sc26", K, QE, "The image shows a chest radiograph. Further clinical correlation is recommended", None, None, NOANS),
 ("sc27", K, QE, "This is a frontal chest film. Correlation with prior studies would be helpful", None, None, NOANS),
 ("sc28", K, QE, "Thank you for sharing the image. Feel free to ask any other questions", None, None, NOANS),
 ("sc29", K, QE, "This is a chest X-ray. Hope this helps with your case", None, None, NOANS),
 ("sc30", K, QE, "The study is limited by motion artifact. Evaluation for effusion is therefore not possible", None, None, NOANS),
 ("sc31", K, QE, "Based on the image, it is difficult to say for certain", None, None, NOANS),
 ("sc32", K, QE, "Without the clinical history, a definitive answer cannot be given", None, None, NOANS),
 ("sc33", K, QE, "On this image, the findings are nonspecific", None, None, NOANS),
 ("sc34", K, QE, "In summary, further imaging with CT is recommended", None, None, NOANS),
 ("sc35", C, QC, "Let me consider each option. All four options could present with similar features", None, None, NOANS),
 ("sc36", C, QC, "Each of these could cause this appearance. A biopsy would be needed to confirm the diagnosis", None, None, NOANS),
 ("sc37", K, "肝脏是否有肝硬化？", "这是一张腹部CT图像，显示肝脏和脾脏", None, None, NOANS),
 ("sc38", K, QE, "需要结合临床病史进一步评估", None, None, NOANS),
 ("sc39", K, QE, "Please consult a radiologist. A qualified professional should interpret this study", None, None, NOANS),
 ("sc40", K, QE, "The image is of a chest. Unfortunately the resolution is too low to answer the question", None, None, NOANS),
 ("sc41", K, QE, "This appears to be a lateral chest radiograph. Additional views would be needed for a definitive assessment", None, None, NOANS),
 ("sc42", C, QC, "This is a chest radiograph. The options given do not match the image shown", None, None, NOANS),
 ("sc43", K, QE, "The image is a CT slice. The question cannot be answered from this slice alone", None, None, NOANS),
 ("sc44", K, QE, "Das Bild zeigt eine Thoraxaufnahme. Eine klinische Korrelation wird empfohlen", None, None, NOANS),
 ("sc45", K, QE, "L'image montre une radiographie thoracique. Une corrélation clinique est recommandée", None, None, NOANS),
 ("sc46", K, QE, "Great question! Pleural effusions are collections of fluid in the pleural space", None, None, NOANS),
 ("sc47", K, QE, "Pleural effusion is fluid between the visceral and parietal pleura. It is best detected on lateral decubitus views", None, None, NOANS),
 ("sc48", K, QE, "The image provided is a chest X-ray. There are several possibilities to consider here", None, None, NOANS),
 ("sc49", C, QC, "Pneumonia vs edema. Both remain possible on this single view", None, None, NOANS),
 ("sc50", K, QE, "The heart and mediastinum are visible. The rest of the image is obscured by artifact", None, None, NOANS),
 ("sc51", K, QE, "Chest radiograph, PA view. Image quality is adequate for interpretation", None, None, NOANS),
 ("sc52", K, QE, "Interesting case. The answer depends on the clinical context", None, None, NOANS),
 ("sc53", K, QE, "**Summary:** The radiograph was reviewed. A decision requires more information", None, None, NOANS),
 ("sc54", K, QE, "该影像为胸部正位片，建议结合临床", None, None, NOANS),
 ("sc55", K, QE, "影像质量欠佳，无法明确判断", None, None, NOANS),
 ("sc56", K, QE, "The answer is:", None, None, (T,)),
 ("sc57", K, QE, "Key observations 🔍", None, None, NOANS),
 ("sc58", C, QC, "Question: What is the most likely diagnosis? Options: A. Pneumonia B. Pulmonary edema C. Pneumothorax D. Lung cancer", None, None, NOANS),
 ("sc59", K, QE, "Sure. Here is a description of the chest radiograph in plain language for patients", None, None, NOANS),
 ("sc60", K, QE, "The image shows a chest X-ray. More views are needed to comment on the pleural space", None, None, NOANS),
 # ---- open_no_finding: findings in plain words must keep their answers
 ("of01", O, QA, "Mediastinal lymph nodes", None, "lymph", (S,)),
 ("of02", O, QA, "Widened mediastinum", None, "mediastinum", (S,)),
 ("of03", O, QA, "Enlarged heart", None, "heart", (S,)),
 ("of04", O, QA, "Dilated bowel loops", None, "bowel", (S,)),
 ("of05", O, QA, "The aorta is aneurysmal", None, "aort", (S,)),
 ("of06", O, QA, "Calcified granuloma", None, "granuloma", (S,)),
 ("of07", O, QA, "Free air under the diaphragm", None, "air", (S,)),
 ("of08", O, QA, "Air in the biliary tree", None, "air", (S,)),
 ("of09", O, QA, "Fluid in the pelvis", None, "fluid", (S,)),
 ("of10", O, QA, "Gas in the portal vein", None, "gas", (S,)),
 ("of11", O, QA, "Bilateral hilar lymph nodes", None, "lymph", (S,)),
 ("of12", O, QA, "Thickened gallbladder wall", None, "gallbladder", (S,)),
 ("of13", O, QA, "Normal chest radiograph", None, "normal", (S,)),
 ("of14", O, QA, "No acute abnormality", None, "", (S,)),
 ("of15", O, QA, "The heart and lungs are normal", None, "normal", (S,)),
 ("of16", O, QA, "Normal heart and lungs", None, "normal", (S,)),
 ("of17", O, QA, "Unremarkable liver and spleen", None, "", (S,)),
 ("of18", O, QA, "Blunting of the right costophrenic angle", None, "costophrenic", (S,)),
 ("of19", O, QA, "Elevated right hemidiaphragm", None, "hemidiaphragm", (S,)),
 ("of20", O, QA, "Prominent pulmonary vasculature", None, "vascul", (S,)),
 ("of21", O, QA, "Air-fluid levels in the small bowel", None, "bowel", (S,)),
 ("of22", O, QA, "Hyperinflated lungs with flattened diaphragms", None, "lung", (S,)),
 ("of23", O, QA, "Subcutaneous air in the chest wall", None, "air", (S,)),
 ("of24", O, QA, "Fluid around the heart", None, "fluid", (S,)),
 ("of25", O, QA, "Air in the pleural space", None, "air", (S,)),
 ("of26", O, QA, "Narrowing of the knee joint space", None, "", (S,)),
 ("of27", O, QA, "Lymph nodes in the neck", None, "lymph", (S,)),
 ("of28", O, "What is the main finding?", "Enlarged lymph nodes in the axilla", None, "lymph", (S,)),
 ("of29", O, "What is the main finding?", "Dilated common bile duct", None, "bile", (S,)),
 ("of30", O, QA, "Thickened bladder wall", None, "bladder", (S,)),
 ("of31", O, "What is the diagnosis?", "Dextrocardia", None, "dextrocardia", (S,)),
 ("of32", O, QA, "Absent left kidney", None, "kidney", (S,)),
 ("of33", O, QA, "Duplicated right ureter and renal pelvis", None, "ureter", (S,)),
 ("of34", O, QA, "Small left kidney with thin cortex", None, "kidney", (S,)),
 ("of35", O, QA, "Hilar lymph nodes and paratracheal nodes", None, "node", (S,)),
 ("of36", O, QA, "Splenomegaly", None, "spleno", (S,)),
 ("of37", O, QA, "Fluid in the right pleural space", None, "fluid", (S,)),
 ("of38", O, QA, "Bowel gas pattern in the right colon and small bowel", None, "bowel", (S,)),
 ("of39", O, "What abnormality is seen in the chest?", "Right-sided aortic arch", None, "aortic", (S,)),
 ("of40", O, QA, "Ectopic kidney in the pelvis", None, "kidney", (S,)),
 ("of41", O, QA, "Horseshoe kidney", None, "kidney", (S,)),
 ("of42", O, QA, "Cervical rib", None, "rib", (S,)),
 ("of43", O, QA, "Azygos lobe", None, "azygos", (S,)),
 ("of44", O, QA, "Bilateral breast implants", None, "implant", (S,)),
 ("of45", O, QA, "Retained contrast in the colon and rectum", None, "contrast", (S,)),
 ("of46", O, QA, "Portal venous gas and bowel wall air", None, "gas", (S,)),
 ("of47", O, QA, "Ground-glass opacity in both lungs", None, "opacit", (S,)),
 ("of48", O, "What is the main finding in this MRI?", "Brain and spinal cord look normal", None, "normal", (S,)),
 ("of49", O, QA, "Heart and lungs within normal limits", None, "normal", (S,)),
 ("of50", O, QA, "The mediastinum is widened and the aortic knob is indistinct", None, "mediastinum", (S,)),
 # ---- open_no_finding: where the anatomy is the answer
 ("of51", O, "What does the arrow point to?", "The arrow points to the left kidney and adrenal gland", None, "kidney", (S,)),
 ("of52", O, "Which organ is abnormal?", "Liver and spleen", None, "liver", (S,)),
 ("of53", O, "What is shown in this image?", "Chest X-ray showing the heart and lungs", None, "", (S,)),
 ("of54", O, "Where is the lesion located?", "Right kidney, upper pole", None, "kidney", (S,)),
 ("of55", O, "What imaging modality was used?", "CT of the abdomen and pelvis", None, "ct", (S,)),
 ("of56", O, "Which structure is enlarged?", "The spleen and liver", None, "spleen", (S,)),
 ("of57", O, "What organ shows the abnormality?", "Pancreas and duodenum", None, "pancrea", (S,)),
 # ---- open_no_finding: tours naming no finding (lane gains)
 ("of58", O, QA, "This is a chest X-ray showing the heart, lungs and ribs", None, None, (U,)),
 ("of59", O, QA, "The image shows the liver, gallbladder and kidney on ultrasound", None, None, (U,)),
 ("of60", O, "What is the diagnosis?", "Axial CT of the abdomen showing the liver and spleen", None, None, (U,)),
 ("of61", O, "What is the main finding?", "The finding is in the liver and spleen", None, None, (U,)),
 ("sc61", K, QE, "The heart is normal in size, and the lungs", None, None, (T,)),
 ("sc62", C, QC, "Looking at the options. Option A is lobar pneumonia whereas option B", None, None, (T,)),
 ("sc63", K, QE, "The image is a chest X-ray. The radiologist would need to compare with prior films", None, None, NOANS),
 ("sc64", K, QE, "Frontal chest radiograph. Both lungs are well expanded and the mediastinum", None, None, (T,)),
 ("sc65", K, QE, "On the frontal view, the ratio is about", None, None, (T,)),
 ("sc66", K, QE, "The image is a frontal chest radiograph. There is a small right-sided", None, None, (T,)),
 ("sc67", K, QE, "The image is a chest X-ray. It is not possible to comment on the pleura", None, None, NOANS),
 ("sc68", C, QC, "The findings are reviewed below. The heart, lungs, and mediastinal contours", None, None, (T,)),
 # ---- _PAIR_CHOICE
 ("pc01", C, QC, "It could be A or B. I can't decide between the two, but B is more likely", None, "B", (S,)),
 ("pc02", C, QC, "Distinguishing between the two is easy here: it is pneumothorax", None, "C", (S,)),
 ("pc03", C, QC, "Pneumonia and edema can overlap; keep both in mind. Most likely A", None, "A", (S,)),
 ("pc04", K, "Is there pneumonia?", "Both lungs are clear", None, "no", (S,)),
 ("pc05", C, QC, "Pneumonia and pulmonary edema look alike on this film. A CT would help decide between them", None, None, (A,)),
 ("pc06", C, QC, "I'm unable to view images, so I can't tell between them", None, None, (R,)),
 ("pc07", C, QC, "There is no image attached. I can't distinguish between the two options without seeing it", None, None, (R,)),
 ("pc08", C, QC, "I'm sorry, but I cannot help you decide between them", None, None, (R,)),
 ("pc09", C, QC, "You asked me to choose between them, but I'd rather not guess without the image. Please upload it", None, None, (R,)),
 ("pc10", C, QC, "Please choose between the two options: A) Pneumonia B) Pulmonary edema", None, None, (U,)),
 ("pc11", C, QC, "As an AI, I should not pick between them; a radiologist must make this diagnosis", None, None, (R,)),
 ("pc12", K, "Are both kidneys normal in size?", "Both kidneys are normal in size", None, "yes", (S,)),
 ("pc13", C, QC, "I cannot see the image you mentioned. Could you please upload it so I can help you decide between them?", None, None, (R,)),
 ("pc14", C, QC, "Without an image I cannot choose between these two; please share the radiograph", None, None, (R,)),
 ("pc15", C, QC, "A vs B: a CT would help differentiate between the two. I'd lean towards B", None, "B", (S, A)),
 ("pc16", C, QC, "Consolidation or edema? Hard to separate them. I'd keep both in the differential", None, None, (A,)),
 ("pc17", K, "Is there a fracture?", "No fracture. The radius and ulna are intact, leaving both joints congruent", None, "no", (S,)),
 ("pc18", C, QC, "我无法查看图像，因此无法在两者之间做出选择", None, None, (R,)),
 ("pc19", C, QC, "Lo siento, no puedo ver imágenes. I can't choose between them", None, None, (R,)),
 ("pc20", C, QC, "The image was not uploaded. Therefore I cannot tell between them", None, None, (R,)),
]



_BAD_AT_REVIEW = {'sc20', 'sc44', 'sc56', 'of27', 'of53', 'sc06', 'of21', 'sc52', 'of59', 'pc12', 'sc47', 'of38', 'sc03', 'pc10', 'sc22', 'sc28'}


@pytest.mark.parametrize("pid,kind,q,text,fr,ans,statuses", [pytest.param(*x, id=x[0], marks=[pytest.mark.xfail(strict=False)] if x[0] in _BAD_AT_REVIEW else []) for x in P])
def test_probe(pid, kind, q, text, fr, ans, statuses) -> None:  # type: ignore[no-untyped-def]
    sample = Sample(id=pid, question=q, answer="yes" if kind is K else ("A" if kind is C else "x"),
                    answer_type=kind, options=OPT if kind is C else {})
    e = extract(text, sample, finish_reason=fr)
    assert e.status.value in statuses
    if ans is None:
        assert e.answer is None
    else:
        assert e.answer is not None
        assert (e.answer.lower() == ans.lower()) if kind is not O else (ans.lower() in e.answer.lower())
