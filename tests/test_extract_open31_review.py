"""The open lane's review repairs (lane open31, issue #7): the reviewer's regressions, fresh probes of the same
phrasing families and near misses that must keep their reading, and the new patterns' linear time.

* a class named by the last cue ("consistent with a benign process") before a later identity frame naming the thing
  ("It is a fibroadenoma.", "Excision showed Castleman disease", "Ultimately, it's a synovial sarcoma"): no narrowing
  to the class (``open_phrase.named_later``);
* a "with" inside a name the vocabulary knows whole ("eosinophilic granulomatosis with polyangiitis") ends no phrase
  (``open_phrase.phrase_span``);
* a scale's initials before a grade must be the question's ("KL" for Kellgren-Lawrence; not "NO", "NOT");
* a Chinese 提示/符合 clause on the course, the history or the next test does not outrank a committed 考虑为/诊断为 label;
* a foreign conclusion field ending in an accented letter is no cut reply ("Diagnóstico: neumonía."), and one whose text
  opens with a denial ("Beurteilung: Kein Hinweis auf Pneumonie") reads no answer.

Each case asserts the exact reading (answer, status, rule). The texts of the review are its own; the fresh probes and
near misses were written for this file in other words.
"""

from __future__ import annotations

import random
import re

import pytest

from medstep.extract import extract
from medstep.extract.cut import dangling
from medstep.extract.open_field import denied_field
from medstep.extract.open_phrase import enumerated, named_later, phrase_span
from medstep.extract.open_reader import _scale_initials
from medstep.extract.open_verdict import verdict
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep


def _read(question: str, text: str) -> tuple[str | None, str, str]:
    got = extract(text, Sample(id="o31r", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status.value, got.rule


# The reviewer's probes this repair moved back (regressions of the lane) or on (its foreign and Chinese findings).
REVIEW = [
    ('What is the most likely diagnosis?',
     'Pulmonary infiltrates with eosinophilia, asthma and a mononeuritis multiplex: this is eosinophilic granulomatosis with polyangiitis.',
     'eosinophilic granulomatosis with polyangiitis', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'The lesion is consistent with a benign process. It is a fibroadenoma.',
     'lesion is consistent with benign process it is fibroadenoma', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'There is a mass. It is suspicious for malignancy. Biopsy showed a phyllodes tumour, which is the diagnosis.',
     'there is mass it is suspicious for malignancy biopsy showed phyllodes tumour which is diagnosis', 'scored', 'open_text'),
    ('Was ist die wahrscheinlichste Diagnose?',
     'Verdichtung im rechten Unterlappen.\n\nBeurteilung: Kein Hinweis auf Pneumonie. Unauffälliger Befund.',
     None, 'unparsed', 'unparsed'),
    ('¿Cuál es el diagnóstico más probable?',
     'Masa renal sólida.\n\n**Diagnóstico:** sin evidencia de malignidad.',
     None, 'unparsed', 'unparsed'),
    ('What is the most likely diagnosis?',
     'The enlarged node is suspicious for malignancy. Excision showed Castleman disease.',
     'enlarged node is suspicious for malignancy excision showed castleman disease', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'The opacity is consistent with an inflammatory process. I think it is organising pneumonia.',
     'opacity is consistent with inflammatory process i think it is organising pneumonia', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     "The mass is consistent with a malignant tumour. Ultimately, it's a synovial sarcoma.",
     'mass is consistent with malignant tumour ultimately it s synovial sarcoma', 'scored', 'open_text'),
    ('Was ist die wahrscheinlichste Diagnose?',
     'Rundherd im rechten Oberlappen.\n\n**Beurteilung:** Kein Anhalt für Malignität.',
     None, 'unparsed', 'unparsed'),
    ('What is the Kellgren-Lawrence grade?',
     'NO grade 3: changes are minimal, grade 1.',
     'no grade 3 changes are minimal grade 1', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Consolidación en la base derecha con broncograma aéreo.\n\n**Diagnóstico:** neumonía.',
     'neumonía', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Dilatación de las cuatro cavidades cardiacas con fracción de eyección baja.\n\nDiagnóstico: miocardiopatía.',
     'miocardiopatía', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Derrame pericárdico y engrosamiento del ventrículo izquierdo.\n\nConclusión: cardiopatía.',
     'cardiopatía', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Hiperecogenicidad hepática difusa.\n\nDiagnóstico: esteatosis hepática.',
     'esteatosis hepática', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Lesión ósea en vidrio deslustrado.\n\nDiagnóstico: displasia fibrosa.',
     'displasia fibrosa', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Cardiomegalia con redistribución vascular.\n\nImpresión diagnóstica: cardiopatía hipertensiva.',
     'cardiopatía hipertensiva', 'scored', 'open_text'),
    ('What is the diagnosis?',
     'Hyperdense crescent over the left convexity.\n\n**Diagnóstico:** hematoma subdural agudo.',
     'hematoma subdural agudo', 'scored', 'open_text'),
    ('Quel est le diagnostic ?',
     'Opacité triangulaire du lobe inférieur droit.\n\nDiagnostic : embolie pulmonaire.',
     'embolie pulmonaire', 'scored', 'open_text'),
    ('Qual è la diagnosi?',
     'Addensamento basale destro.\n\nDiagnosi: polmonite.',
     'polmonite', 'scored', 'open_text'),
    ('Was ist die Diagnose?',
     'Verschattung rechts basal.\n\nBeurteilung: Pneumonie.',
     'pneumonie', 'scored', 'open_text'),
    ('Qual é o diagnóstico?',
     'Consolidação lobar.\n\nDiagnóstico: pneumonia.',
     'pneumonia', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Masa en cabeza de páncreas con dilatación del conducto.\n\n**Diagnóstico:** adenocarcinoma de páncreas; sin metástasis hepáticas.',
     'adenocarcinoma de páncreas sin metástasis hepáticas', 'scored', 'open_text'),
    ('该病变最可能的诊断是什么？',
     '右肺上叶见分叶状肿块，考虑为肺癌，提示需进一步检查。',
     '肺癌', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '右下肺见片状实变影，考虑为肺炎，符合临床表现。',
     '肺炎', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '右肺见厚壁空洞伴液平，考虑为肺脓肿，提示感染较重。',
     '肺脓肿', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '胆囊增大，壁增厚，考虑为急性胆囊炎，提示需手术治疗。',
     '急性胆囊炎', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '诊断为急性阑尾炎，提示病情较急。',
     '急性阑尾炎', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '肝内多发低密度灶，考虑为转移瘤，符合患者病史。',
     '转移瘤', 'scored', 'open_verdict'),
]

# Fresh probes of the same families, in other words (the reply goes on past a class; names holding "with"; a scale's
# initials; Chinese course clauses; foreign fields).
FRESH = [
    ('What is the most likely diagnosis?',
     'The breast mass is oval and circumscribed, compatible with a benign lesion. It is a fibroadenoma in all likelihood of a young woman.',
     'breast mass is oval and circumscribed compatible with benign lesion it is fibroadenoma in all likelihood of young woman', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'The cavity is consistent with an infective process. Sputum culture later confirmed Klebsiella pneumonia.',
     'cavity is consistent with infective process sputum culture later confirmed klebsiella pneumonia', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'The bone lesion is suggestive of an aggressive process. Ultimately it is an osteosarcoma.',
     'bone lesion is suggestive of aggressive process ultimately it is osteosarcoma', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'This looks consistent with a vascular malformation. I think it is an arteriovenous malformation of the left parietal lobe.',
     'this looks consistent with vascular malformation i think it is arteriovenous malformation of left parietal lobe', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'The pancreatic lesion is concerning for malignancy. Resection showed a serous cystadenoma.',
     'pancreatic lesion is concerning for malignancy resection showed serous cystadenoma', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     "These changes are typical of an inflammatory arthropathy. It's psoriatic arthritis, given the pencil-in-cup deformity.",
     'these changes are typical of inflammatory arthropathy it s psoriatic arthritis given pencil in cup deformity', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'The nodes are suspicious for lymphoma. Excision biopsy revealed Kikuchi disease.',
     'nodes are suspicious for lymphoma excision biopsy revealed kikuchi disease', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'The lung picture is consistent with an infection. This is actually Pneumocystis pneumonia in this HIV-positive man.',
     'lung picture is consistent with infection this is actually pneumocystis pneumonia in this hiv positive man', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'The renal mass is suggestive of a malignant tumour. Nephrectomy demonstrated an oncocytoma.',
     'renal mass is suggestive of malignant tumour nephrectomy demonstrated oncocytoma', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'Asthma, eosinophilia and sinus disease with migratory opacities: this represents eosinophilic granulomatosis with polyangiitis.',
     'eosinophilic granulomatosis with polyangiitis', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'Saddle-nose deformity, lung nodules that cavitate and glomerulonephritis. The findings are characteristic of granulomatosis with polyangiitis.',
     'granulomatosis with polyangiitis', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'Late-onset asthma with peripheral eosinophilia and neuropathy; the picture is most consistent with eosinophilic granulomatosis with polyangiitis. ANCA testing is advised.',
     'eosinophilic granulomatosis with polyangiitis', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'Multiple cavitating nodules and a positive c-ANCA titre. This is granulomatosis with polyangiitis.',
     'granulomatosis with polyangiitis', 'scored', 'open_phrase'),
    ('What is the Kellgren-Lawrence grade of this knee?',
     'KL grade 4: large osteophytes, marked narrowing and bone sclerosis.',
     'grade 4', 'scored', 'open_text'),
    ('What is the Kellgren–Lawrence grade?',
     'KL grade 1: doubtful narrowing and a possible tiny osteophyte.',
     'kl grade 1 doubtful narrowing and possible tiny osteophyte', 'scored', 'open_text'),
    ('What is the KL grade?',
     'KL grade 2 — definite osteophytes with preserved joint space.',
     'grade 2', 'scored', 'open_text'),
    ('What is the Salter-Harris type of this fracture?',
     'SH type 2: through the physis with a metaphyseal fragment.',
     'type 2', 'scored', 'open_text'),
    ('该病变最可能的诊断是什么？',
     '左肾见低密度肿块，考虑为肾细胞癌，提示需进一步增强检查。',
     '肾细胞癌', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '右侧胸腔大量积液，考虑为结核性胸膜炎，符合患者病史。',
     '结核性胸膜炎', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '阑尾增粗，周围脂肪间隙模糊，诊断为急性阑尾炎，提示需外科会诊。',
     '急性阑尾炎', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '肝右叶见类圆形低回声，考虑为肝脓肿，提示病情较重。',
     '肝脓肿', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '双肺多发结节，考虑为肺转移瘤，符合原发肿瘤病史。',
     '肺转移瘤', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '甲状腺弥漫性肿大，血流丰富，考虑为毒性弥漫性甲状腺肿，提示应检查甲状腺功能。',
     '毒性弥漫性甲状腺肿', 'scored', 'open_verdict'),
    ('¿Cuál es el diagnóstico más probable?',
     'Masa en el ovario izquierdo con grasa y calcio.\n\nDiagnóstico: teratoma quístico maduro con displasia.',
     'teratoma quístico maduro', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Engrosamiento de la pared vesicular con líquido perivesicular.\n\n**Diagnóstico:** colecistitis aguda litiásica.',
     'colecistitis aguda litiásica', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Aumento difuso de la densidad ósea.\n\nDiagnóstico: osteopetrosis o enfermedad de Albers-Schönberg sin fractura.',
     'osteopetrosis o enfermedad de albers schönberg sin fractura', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Dilatación del colon transverso.\n\nDiagnóstico: megacolon tóxico por colitis ulcerosa grave.\n',
     'megacolon tóxico por colitis ulcerosa grave', 'scored', 'open_text'),
    ('Qual é o diagnóstico?',
     'Área de hipodensidade no território da artéria cerebral média.\n\nDiagnóstico: isquemia cerebral aguda.',
     'isquemia cerebral aguda', 'scored', 'open_text'),
    ('Quel est le diagnostic ?',
     "Épaississement pariétal de l'appendice.\n\nDiagnostic : appendicite aiguë.",
     'appendicite aiguë', 'scored', 'open_text'),
    ('Was ist die Diagnose?',
     'Rundherd im linken Unterlappen.\n\nBeurteilung: Kein Hinweis auf Malignität.',
     None, 'unparsed', 'unparsed'),
    ('¿Cuál es el diagnóstico más probable?',
     'Nódulo tiroideo isoecoico.\n\n**Diagnóstico:** Sin signos de malignidad.',
     None, 'unparsed', 'unparsed'),
    ('Quel est le diagnostic ?',
     "Opacité basale droite.\n\nDiagnostic : pas d'argument pour une embolie pulmonaire.",
     None, 'unparsed', 'unparsed'),
    ('Qual è la diagnosi?',
     'Addensamento basale sinistro.\n\nDiagnosi: nessun segno di polmonite.',
     None, 'unparsed', 'unparsed'),
    ('Was ist die Diagnose?',
     'Verschattung rechts.\n\nDiagnose: keine Pneumonie nachweisbar.',
     None, 'unparsed', 'unparsed'),
]

# Near misses: a verdict followed by a sentence naming nothing new, a "with" opening a description, a grade without
# initials or with a denial, a single Chinese lead, an English denied field, a foreign field that states a disease.
NEAR = [
    ('What is the most likely diagnosis?',
     'The appendix is dilated with a fecalith and periappendiceal fat stranding. The findings are consistent with acute appendicitis. It is 12 mm in diameter.',
     'acute appendicitis', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'There is a target sign in the right abdomen of a toddler. This represents ileocolic intussusception. It is a surgical emergency in most centres.',
     'ileocolic intussusception', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     "Bilateral hilar nodes in a young woman with erythema nodosum. The findings are most consistent with sarcoidosis. It's worth checking serum ACE.",
     'sarcoidosis', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'A lucent lesion with a sclerotic rim in the proximal tibia. It is consistent with a non-ossifying fibroma. It is an incidental finding.',
     'non ossifying fibroma', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'The gallbladder is thick-walled with stones and a positive sonographic Murphy sign. This is acute cholecystitis. It is best managed surgically.',
     'acute cholecystitis', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'The lesion is fat-containing with a thin septum. This is consistent with a lipoma with a thin septum, which needs no follow-up.',
     'lipoma', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'Dense consolidation in the right lower lobe with air bronchograms. Appearance is typical of lobar pneumonia with a small parapneumonic effusion.',
     'lobar pneumonia', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'The lung shows honeycombing at the bases. The appearance is characteristic of usual interstitial pneumonia with traction bronchiectasis.',
     'usual interstitial pneumonia', 'scored', 'open_text'),
    ('What is the grade?',
     'Grade 2: moderate narrowing and osteophytes.',
     'grade 2', 'scored', 'open_text'),
    ('What is the Kellgren-Lawrence grade?',
     'NOT grade 3 - only mild narrowing; this is grade 2.',
     'only mild narrowing this is grade 2', 'scored', 'open_text'),
    ('What is the stage?',
     'NO stage 4: no distant spread, stage 2.',
     'no stage 4 no distant spread stage 2', 'scored', 'open_text'),
    ('该病变最可能的诊断是什么？',
     '右肺下叶见片状影，提示肺炎。',
     '肺炎', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '左侧胸腔见无肺纹理透亮区，诊断为左侧气胸。',
     '左侧气胸', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '胆囊内见强回声伴声影，符合胆囊结石。',
     '胆囊结石', 'scored', 'open_verdict'),
    ('该病变最可能的诊断是什么？',
     '右肺上叶见空洞，考虑为肺结核，提示需抗结核治疗。',
     '肺结核', 'scored', 'open_verdict'),
    ('¿Cuál es el diagnóstico más probable?',
     'Consolidación lobar derecha.\n\nDiagnóstico: neumonía lobar.',
     'neumonía lobar', 'scored', 'open_text'),
    ('What is the diagnosis?',
     'Opacity at the right base.\n\nImpression: No pneumonia.',
     'no pneumonia', 'scored', 'open_text'),
    ('What is the diagnosis?',
     'Lytic lesion in the femur.\n\nImpression: Non-ossifying fibroma.',
     'non ossifying fibroma', 'scored', 'open_text'),
    ('¿Cuál es el diagnóstico más probable?',
     'Masa renal sólida.\n\nDiagnóstico: carcinoma de células renales, sin metástasis.',
     'carcinoma de células renales sin metástasis', 'scored', 'open_text'),
    ('Was ist die Diagnose?',
     'Verschattung rechts basal.\n\nBeurteilung: Pneumonie ohne Erguss.',
     'pneumonie ohne erguss', 'scored', 'open_text'),
    # the class is not the answer; the lean refining it in its own sentence is (lane concl49: open_concluding reads
    # the concluding phrase, as open_verdict's refinement does "suggests a subepithelial lesion, most likely a GIST")
    ('What is the most likely diagnosis?',
     'The findings are consistent with a benign process, most likely a simple cyst.',
     'simple cyst', 'scored', 'open_concluding'),
    ('What is the most likely diagnosis?',
     'There is a mass in the pancreatic head with upstream duct dilatation. The mass is suspicious for malignancy. Further staging is advised.',
     'malignancy', 'scored', 'open_verdict'),
    ('What is the most likely diagnosis?',
     'There is free air under the diaphragm. The findings are consistent with a perforated viscus. This is a surgical emergency.',
     'perforated viscus', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'The heart is enlarged with upper lobe diversion and Kerley B lines. This represents congestive cardiac failure. It showed improvement after diuresis.',
     'congestive cardiac failure', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'Multiple rib fractures of different ages in an infant. These are characteristic of non-accidental injury. Skeletal survey is advised.',
     'non accidental injury', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'Sclerotic vertebral body with preserved size. This is an ivory vertebra, which is typical of Hodgkin lymphoma in this age group.',
     'hodgkin lymphoma', 'scored', 'open_text'),
    ('What is the most likely diagnosis?',
     'Air-fluid levels in dilated small bowel loops. This pattern is consistent with small bowel obstruction. It is caused by adhesions in most adults.',
     'small bowel obstruction', 'scored', 'open_phrase'),
    ('What is the most likely diagnosis?',
     'The mass is hyperechoic with posterior acoustic shadowing. It is consistent with a calcified fibroadenoma. This is a benign finding.',
     'mass is hyperechoic with posterior acoustic shadowing it is consistent with calcified fibroadenoma this is benign finding', 'scored', 'open_text'),
]


@pytest.mark.parametrize(("question", "text", "answer", "status", "rule"), REVIEW + FRESH + NEAR)
def test_exact_reading(question: str, text: str, answer: str | None, status: str, rule: str) -> None:
    assert _read(question, text) == (answer, status, rule)


@pytest.mark.parametrize(("question", "text", "never"), [
    ("What is the Kellgren-Lawrence grade?", "AND grade 2: definite osteophytes.", "grade 2"),
    ("What is the Kellgren-Lawrence grade?", "NO grade 3: changes are minimal, grade 1.", "grade 3"),
    ("该病变最可能的诊断是什么？", "右肾见结石，提示需进一步检查。", "需进一步检查"),
    ("该病变最可能的诊断是什么？", "脑室系统扩大，考虑为交通性脑积水，但梗阻性脑积水不能除外。", "交通性脑积水"),
    ("What is the most likely diagnosis?", "The lesion is consistent with a benign process. It is a fibroadenoma.",
     "benign process"),
])
def test_never_narrowed_to(question: str, text: str, never: str) -> None:
    """What these replies must never be read as (their whole span, or no answer, is what the reader gives)."""
    assert _read(question, text)[0] != never


@pytest.mark.xfail(reason="another reader (open_text's conclusion) takes the class before 'Core biopsy showed X'; "
                          "the verdict and phrase readers are not involved", strict=True)
def test_class_then_biopsy_read_by_another_reader() -> None:
    answer, _, _ = _read("What is the most likely diagnosis?",
                         "Findings are suspicious for a neoplasm. Core biopsy showed a solitary fibrous tumour.")
    assert answer != "suspicious for neoplasm"


@pytest.mark.parametrize(("initials", "question", "ok"), [
    ("KL", "What is the Kellgren-Lawrence grade?", True),
    ("KL", "What is the Kellgren–Lawrence grade of this knee?", True),
    ("KL", "What is the KL grade?", True),
    ("SH", "What is the Salter-Harris type?", True),
    ("NO", "What is the Kellgren-Lawrence grade?", False),
    ("NOT", "What is the Kellgren-Lawrence grade?", False),
    ("AND", "What is the grade?", False),
    ("GG", "What is the Gleason grade group?", False),
])
def test_scale_initials(initials: str, question: str, ok: bool) -> None:
    assert _scale_initials(initials, question) is ok


@pytest.mark.parametrize(("text", "cut"), [
    ("Diagnóstico: neumonía", False), ("neumoni\u0301a", False), ("Conclusión: cardiopatía", False),
    ("The chest X-ray shows a", True), ("It is located in the", True), ("Answer: N/A", False), ("肺炎", False),
])
def test_dangling_in_any_script(text: str, cut: bool) -> None:
    assert dangling(text) is cut


@pytest.mark.parametrize(("text", "denied"), [
    ("Rundherd.\n\nBeurteilung: Kein Anhalt für Malignität.", True),
    ("Opacidad.\n\n**Diagnóstico:** No se observa neumonía.", True),
    ("Opacité.\n\nConclusion : pas de pneumopathie.", True),
    ("Opacity.\n\nImpression: No pneumonia.", False),  # English: read as written, the grader reads the denial
    ("Opacidad.\n\nDiagnóstico: neumonía sin derrame.", False),
    ("Opacity at the base.", False),
])
def test_denied_field(text: str, denied: bool) -> None:
    assert denied_field(text) is denied


def test_with_inside_a_known_name_only() -> None:
    text = "this is eosinophilic granulomatosis with polyangiitis. Also a lipoma with a thin septum."
    start = text.index("eosinophilic")
    assert text[slice(*phrase_span(text, start))] == "eosinophilic granulomatosis with polyangiitis"
    start = text.index("lipoma")
    assert text[slice(*phrase_span(text, start))] == "lipoma"


@pytest.mark.parametrize(("text", "label", "later"), [
    ("Consistent with a benign process. It is a fibroadenoma.", "benign process", True),
    ("Suspicious for malignancy. Excision showed Castleman disease.", "malignancy", True),
    ("Typical of an arthropathy. Ultimately, it's psoriatic arthritis.", "arthropathy", True),
    ("Consistent with appendicitis. It is 12 mm in diameter.", "appendicitis", False),
    ("Consistent with sarcoidosis. It's worth checking serum ACE.", "sarcoidosis", False),
    ("Consistent with heart failure. It showed improvement after diuresis.", "heart failure", False),
    ("Consistent with intussusception. This is a surgical emergency.", "intussusception", False),
    ("Consistent with a lipoma. It is not a liposarcoma.", "lipoma", False),
    ("Consistent with a lipoma. It is a lipoma.", "lipoma", False),
])
def test_named_later(text: str, label: str, later: bool) -> None:
    assert named_later(text, text.index(label) + len(label), label) is later


_OLD_ENUMERATED = re.compile(r"(?is)\(\s*1\s*\).*?\(\s*2\s*\)|(?<![\w.])1\).*?(?<![\w.])2\)|\bthe\s+first\b.*?"
                             r"\bthe\s+second\b")


def test_enumerated_answers_as_the_lazy_pattern() -> None:
    """``open_phrase.enumerated`` (each opener and its second searched apart) finds what the lazy pattern found."""
    atoms = ["(1)", "( 1 )", "(2)", "1)", "2)", "a1)", ".2)", "the first", "The First", "the second", "THE SECOND",
             " ", "\n", "x", "(", ")", "1", "2", "first", "second", "the"]
    rng = random.Random(31)
    for _ in range(4000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 10)))
        assert enumerated(text) is (_OLD_ENUMERATED.search(text) is not None), text


@pytest.mark.parametrize("text", [
    rep("(1) ", 5000), rep("1) ", 7000), rep("the first ", 2000), rep("a ", 10000), rep(" ", 10000, tail="x"),
])
def test_enumerated_linear(text: Grown[str]) -> None:
    reads_linearly(enumerated, text)


DX = "What is the most likely diagnosis?"


def _asked(question: str, text: Grown[str]) -> Grown[tuple[str, str]]:
    return Grown(lambda n: (question, text.at(n)), text.size)


def _read_and_verdict(asked: tuple[str, str]) -> None:
    question, text = asked
    _read(question, text)
    verdict(text, question)


@pytest.mark.parametrize("asked", [
    _asked(DX, rep("consistent with ", 1300, tail="pneumonia.")),
    _asked(DX, rep("It is ", 4000, "The mass is consistent with a lipoma. ", "a liposarcoma.")),
    _asked(DX, rep("Biopsy showed ", 1500, "Consistent with a cyst. ", "x.")),
    _asked(DX, rep("very ", 4000, "It is consistent with a fibroma. It is a ", "rare tumour.")),
    _asked(DX, rep("x with ", 3000, "This is ", "polyangiitis.")),
    _asked("What is the Kellgren-Lawrence grade?", rep("a ", 9000, "KL grade 3: ")),
    Grown(lambda n: ("What is the " + "Kellgren Lawrence " * n + "grade?", "KL grade 3: moderate narrowing."), 1000),
    _asked("¿Cuál es el diagnóstico más probable?", rep("Diagnóstico: ", 1500, tail="sin evidencia de malignidad.")),
    _asked("¿Cuál es el diagnóstico más probable?", rep("í", 20000, "x.\n\nDiagnóstico: ")),
    _asked("该病变最可能的诊断是什么？", rep("考虑为肺炎，", 1500, tail="提示需进一步检查。")),
    _asked("该病变最可能的诊断是什么？", rep("提示", 5000, tail="肺炎。")),
])
def test_adversarial_shapes_stay_fast(asked: Grown[tuple[str, str]]) -> None:
    reads_linearly(_read_and_verdict, asked)
