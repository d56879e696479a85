"""The verdict a long open reply commits to (``extract/open_verdict.py``), the foreign conclusion fields
(``langwords.FOREIGN_CONCLUSION_FIELDS``) and the graded label after a scale's initials (lane open31, issue #7).

Texts written for these tests in varied styles; each asserts the exact reading (answer, status, rule). The negative
cases keep the reading the reader gave before the lane (the whole span, or no answer): a reply that holds its answer
open, a verdict denied, reported, conditional or one of two, a question asking a place, an organ or a finding.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_verdict import verdict
from medstep.types import AnswerType, Sample, Status
from support.timing import Grown, reads_linearly, rep

DX = "What is the most likely diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status, str]:
    got = extract(text, Sample(id="o31", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status, got.rule


@pytest.mark.parametrize(("question", "text", "answer"), [
    (DX, "The radiograph shows a lucent rim at the right apex with no lung markings beyond it. The trachea is "
         "central. The most likely diagnosis is a primary spontaneous pneumothorax. A repeat film after aspiration "
         "is advisable.", "primary spontaneous pneumothorax"),
    ("What is the cause of the small bowel obstruction?",
     "Loops of jejunum are dilated to 4 cm with a transition in the left groin. The colon is collapsed. The "
     "obstruction is caused by an incarcerated left femoral hernia. Surgical review is warranted.",
     "incarcerated left femoral hernia"),
    ("What is the underlying cause of the effusion?",
     "A moderate right effusion is present with cardiomegaly and Kerley B lines. The effusion is due to congestive "
     "heart failure. Echocardiography would help confirm.", "congestive heart failure"),
    (DX, "Both lungs hold many round nodules of different sizes, most at the bases. In a patient with a known "
         "primary, this is highly characteristic of hematogenous metastases. Comparison with older imaging would be "
         "useful.", "hematogenous metastases"),
    ("What type of necrosis is present?",
     "This is fat necrosis — pale anucleate adipocytes with saponification and a foamy macrophage rim. The pattern "
     "is typical of acute pancreatitis; a lipase level would help confirm.", "fat necrosis"),
    ("What is the most likely nature of the lesion?",
     "A firm submucosal bulge with normal overlying mucosa sits in the antrum. This suggests a subepithelial "
     "lesion, most likely a gastrointestinal stromal tumour. Endoscopic ultrasound is recommended.",
     "gastrointestinal stromal tumour"),
    (DX, "T2 hyperintense signal fills both caudate heads. There is no mass, haemorrhage, or enhancement. In this "
         "clinical setting the pattern is characteristic of Wilson disease. Serum ceruloplasmin can help confirm.",
     "wilson disease"),
    (DX, "This is a Smith fracture: a fracture of the distal radius with volar angulation of the distal fragment. "
         "No ulnar styloid fracture or dislocation is evident.", "smith fracture"),
    ("What is the abnormality of the airway?",
     "There is a smooth 2 cm narrowing of the subglottic trachea. After weeks of ventilation, this represents "
     "post-intubation tracheal stenosis.", "post intubation tracheal stenosis"),
    ("该病变最可能的诊断是什么？", "右肺上叶见一分叶状结节，边缘可见毛刺，邻近胸膜牵拉。考虑为周围型肺癌，建议穿刺活检。",
     "周围型肺癌"),
    ("该X线片显示什么病变？", "右侧股骨颈骨皮质中断，可见透亮线，断端轻度嵌插。符合股骨颈骨折（头下型）表现。", "股骨颈骨折"),
    ("该切片显示的主要改变是什么？", "镜下见肾小球毛细血管袢弥漫增厚，呈车轨状。主要改变为膜增生性改变，符合膜增生性肾小球肾炎。",
     "膜增生性改变"),
    ("Quel est le diagnostic le plus probable ?", "Il s'agit très probablement d'une cholécystite aiguë : la "
     "vésicule est distendue, sa paroi mesure 6 mm et un calcul est enclavé dans le collet.", "cholécystite aiguë"),
    ("¿Cuál es el diagnóstico más probable?", "En el flanco derecho hay una imagen en diana con asas edematosas. "
     "Se trata de una invaginación ileocólica, con ganglios mesentéricos reactivos.",
     "invaginación ileocólica"),
])
def test_verdict_read(question: str, text: str, answer: str) -> None:
    got = _read(text, question)
    assert got[:2] == (answer, Status.SCORED)
    assert got[2] in ("open_verdict", "open_phrase")  # the marked phrase (extract/open_phrase.py) may read it first
    assert verdict(text, question, text) is not None


@pytest.mark.parametrize(("question", "text"), [
    # held open: a differential, an alternative, a condition, a turn, a candidate kept open
    (DX, "There is a lobulated anterior mediastinal mass. The most likely diagnosis is thymoma, but lymphoma "
         "cannot be excluded. Biopsy is recommended."),
    (DX, "Patchy opacities are present in both lungs. The findings are consistent with pneumonia or edema. Clinical "
         "correlation is needed."),
    (DX, "A small hypodense focus lies in the right frontal lobe. If symptoms began within hours, this would be "
         "consistent with an acute infarct. An MRI would help."),
    (DX, "The differential diagnosis includes sarcoidosis, lymphoma and tuberculosis. Bilateral hilar nodes are "
         "seen. Biopsy is needed."),
    (DX, "The findings are consistent with tuberculosis. Sarcoidosis is also a consideration. Sputum testing is "
         "advised."),
    (DX, "The collection is consistent with chronic subdural haematoma if the fall was weeks ago; otherwise an "
         "empyema should be considered. Neurosurgical review follows."),
    (DX, "At first glance this looks like a simple cyst. On closer review, a mural nodule makes it more "
         "consistent with a cystic neoplasm. MRI is recommended."),
    # denied or reported
    (DX, "The kidneys are normal in size. The findings are not consistent with polycystic kidney disease. The "
         "cortex is preserved."),
    (DX, "The prior report said this was consistent with sarcoidosis. Today the nodes are smaller. No new lesion "
         "is seen."),
    # two verdicts, neither stated: the answer is not singled out
    (DX, "Pneumatosis intestinalis — linear gas within the bowel wall of the right colon in this neonate, "
         "concerning for necrotizing enterocolitis."),
    # a question asking a place, an organ, a finding, or the image's kind
    ("Which organ shows the abnormality?", "There is a wedge-shaped non-enhancing defect in the spleen, consistent "
     "with a splenic infarct. The liver and kidneys are unremarkable."),
    ("What is the main finding?", "An enlarged optic cup with a cup-to-disc ratio of 0.8 and a thin inferior rim, "
     "suggestive of glaucomatous optic neuropathy. Visual fields would help."),
    ("What is the abnormality in this image?", "The image shows a hyperdense lesion in the right thalamus with "
     "surrounding oedema which is consistent with haemorrhage. No midline shift is present."),
    ("病变位于哪个部位？", "头颅CT平扫示左侧丘脑区类圆形高密度影，周围见低密度水肿带，考虑为脑出血。"),
    ("该病变最可能的诊断是什么？", "右肺上叶可见结节影。考虑为肺癌或结核，建议进一步检查。"),
    ("Quel est le diagnostic le plus probable ?", "Il s'agit soit d'une appendicite, soit d'une adénite "
     "mésentérique ; une échographie de contrôle est nécessaire."),
    # an identity to a thing no vocabulary names as a disease; a tautology; a reply cut short
    (DX, "The tracer collects in the brain, heart and bladder. The biodistribution is typical of FDG. No focal "
         "uptake is seen."),
    ("What causes the mediastinal shift?", "The mediastinal shift is caused by the shift of the mediastinum. The "
     "lungs are otherwise clear."),
    (DX, "This is a frontal chest radiograph of a neonate. The findings are consistent with hyaline membrane "
         "disease and there are bilateral"),
])
def test_verdict_not_read(question: str, text: str) -> None:
    got = _read(text, question)
    assert got[2] != "open_verdict", got
    assert verdict(text, question, text) is None


@pytest.mark.parametrize(("text", "answer"), [
    ("Se observa una consolidación en el lóbulo inferior derecho.\n\n**Diagnóstico:** neumonía lobar derecha.",
     "neumonía lobar derecha"),
    ("Hyperdense Sichel über der rechten Hemisphäre.\n\n**Diagnose:** akutes Subduralhämatom.",
     "akutes subduralhämatom"),
    ("Nódulo sólido hipoecoico con microcalcificaciones.\n\nHallazgo principal: nódulo tiroideo sospechoso.",
     "nódulo tiroideo sospechoso"),
])
def test_foreign_conclusion_field(text: str, answer: str) -> None:
    assert _read(text, "What is the diagnosis?")[:2] == (answer, Status.SCORED)


def test_differential_field_is_no_conclusion() -> None:
    got = _read("Masa hepática.\n\n**Diagnóstico diferencial:** hepatocarcinoma o metástasis.", "¿Cuál es el diagnóstico?")
    assert got[0] != "hepatocarcinoma o metástasis"


def test_graded_label_after_initials() -> None:
    assert _read("KL grade 3: moderate narrowing of the medial joint space, definite osteophytes and some "
                 "sclerosis, without bony deformity.", "What is the Kellgren-Lawrence grade?")[:2] == (
        "grade 3", Status.SCORED)


def _verdicts(text: str) -> None:
    for question in (DX, "What is the cause of the obstruction?", "¿Cuál es el diagnóstico?", "该病变的诊断是什么？"):
        verdict(text + ".", question, text + ".")


@pytest.mark.parametrize("text", [rep("a ", 10000), rep(" ", 10000, tail="x"), rep("consistent with ", 1500),
                                  rep("the diagnosis is ", 1200), rep("no a, ", 3000, tail=" or x."),
                                  rep("Il s'agit de ", 1500), rep("考虑为", 5000), rep("A–", 8000, tail="B."),
                                  rep("\t", 10000, tail=":"), rep(" - ", 6000)])
def test_adversarial_inputs_are_fast(text: Grown[str]) -> None:
    reads_linearly(_verdicts, text)
