"""A reply that gives a lesson on the asked topic and never turns to the image gives no answer (issue #7, session 59,
lane closed59; ``extract/lesson.py``).

The lessons are invented (other organs, wordings, layouts and languages than the dev items b58-0297, b34-0208,
b35-0225, b39-0287); the texts that must not move apply a general sentence to this image, or state this case's
finding, state or measure before any general sentence.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.lesson import lesson_only
from medstep.types import AnswerType, Sample


def _read(question: str, text: str, kind: AnswerType = AnswerType.CLOSED) -> tuple[str | None, str]:
    gold = {AnswerType.CLOSED: "是" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "yes",
            AnswerType.OPEN: "none"}[kind]
    ext = extract(text, Sample(id="t", question=question, answer=gold, answer_type=kind))
    return ext.answer, ext.status.value


LESSONS_OPEN = [
    ("What is the abnormality in the left lung?",
     "The left lung is one of the two lungs in the human body. It is divided into two lobes, the upper lobe and the "
     "lower lobe, by the oblique fissure. The left lung is smaller than the right lung because of the position of the "
     "heart."),
    ("What is the abnormality?",
     "The cerebellum is located at the back of the brain, below the cerebrum. It is responsible for coordinating "
     "movement and balance. MRI can help identify abnormalities in this region, such as tumors, strokes, or "
     "malformations."),
    ("What is the abnormality in the pancreas?",
     "The pancreas is a retroperitoneal organ that lies behind the stomach. It has both exocrine and endocrine "
     "functions, producing digestive enzymes and insulin. CT is commonly used to evaluate pancreatic masses."),
    ("What is the finding?",
     "**Mammography** is used to screen for breast cancer. Dense breast tissue typically appears white, while fatty "
     "tissue appears darker. Radiologists usually compare with prior studies."),
    ("What does the image show?",
     "The spleen is located in the left upper quadrant. It filters blood and stores platelets. It is commonly injured "
     "in blunt abdominal trauma."),
    ("该病变最可能的诊断是什么？",
     "肺是人体的呼吸器官，位于胸腔内。左肺分为上下两叶，右肺分为上中下三叶。CT通常用于评估肺部结节。"),
    ("What is wrong with the knee?",
     "The knee is a hinge joint formed by the femur, tibia and patella. It is stabilised by the cruciate and "
     "collateral ligaments. MRI is usually used to evaluate ligament and meniscal tears."),
]

LESSONS_CLOSED = [
    ("Is there an abnormality in the cerebellum?",
     "The image is a magnetic resonance image of the brain in the axial plane. The cerebellum lies in the posterior "
     "fossa below the tentorium. It is responsible for balance and coordination. MRI can help identify abnormalities "
     "in this region, such as infarcts or tumors."),
    ("Is there evidence of pneumothorax?",
     "To assess for a pneumothorax on a chest radiograph, you would typically look for:\n\n- A visible visceral "
     "pleural line\n- Absent lung markings beyond the line\n- A deep sulcus sign on supine films\n\nThe presence of "
     "these signs together supports the diagnosis, whereas skin folds can mimic it."),
    ("Is there a pleural effusion?",
     "A pleural effusion is an abnormal collection of fluid in the pleural space. On an upright radiograph it "
     "typically causes blunting of the costophrenic angle and a meniscus sign. Larger effusions can shift the "
     "mediastinum away."),
    ("Is there heart failure?",
     "To check for heart failure on a radiograph, you would usually look for:\n- Cardiomegaly\n- Pleural effusions\n"
     "- Kerley B lines\n\nSeveral of these together support the diagnosis."),
    ("肝脏是否有病变？", "肝脏是人体最大的实质性器官，位于右上腹。它具有代谢、解毒和合成蛋白质等功能。超声和CT通常用于发现肝脏病变。"),
]


@pytest.mark.parametrize(("question", "text"), LESSONS_OPEN)
def test_open_lesson_is_unparsed(question: str, text: str) -> None:
    assert _read(question, text, AnswerType.OPEN) == (None, "unparsed")


@pytest.mark.parametrize(("question", "text"), LESSONS_CLOSED)
def test_closed_lesson_gives_no_verdict(question: str, text: str) -> None:
    assert _read(question, text) == (None, "unparsed")


# A finding, state, measure or verdict of this case, or a pointer to it: no lesson, whatever general sentence follows.
NOT_LESSONS = [
    "Yes. A pleural effusion typically causes blunting of the costophrenic angle, and here the right angle is blunted.",
    "Fractures are usually seen as lucent lines. There is a lucent line through the distal radius.",
    "A pneumothorax typically shows a visceral pleural line. I can see a pleural line at the left apex.",
    "Right lower lobe consolidation. Pneumonia is typically caused by bacteria.",
    "Meningioma. These tumors usually arise from the dura and typically enhance avidly.",
    "The left lung is collapsed. It is usually due to a mucus plug.",
    "The kidneys are small and echogenic. This usually indicates chronic kidney disease.",
    "The aorta measures 5.2 cm. An aneurysm is defined as a diameter over 3 cm.",
    "The spleen is 16 cm long. Splenomegaly is usually defined as over 13 cm.",
    "肝脏体积增大。肝大通常由脂肪肝引起。",
    "骨折通常表现为骨皮质中断。本例右侧桡骨远端可见骨折线。",
    "### Assessment\nMultiple well-defined round nodules are scattered throughout both lungs, which suggests metastases.",
    "The findings are metastases. Metastases usually arise from the lung.",
    "The nodules are granulomas. Granulomas are commonly calcified.",
    "This is a meningioma. Meningiomas typically enhance.",
    "Pneumonia is a likely diagnosis. It typically presents with consolidation.",
    "Pneumothorax is typically caused by trauma.",
    "Dilatación de las cuatro cavidades cardiacas con fracción de eyección baja.\n\nDiagnóstico: miocardiopatía.",
    "Dilated chambers with low ejection fraction.\n\nDx: cardiomyopathy.",
    "This is an MRI, as you can see from the bright fluid in the ventricles.\n\n**MRI**",
    "Sagittal. The whole spinal column is shown from top to bottom, which you would only see on a sagittal slice.",
    "Acid-fast rods in the sputum smear, most consistent with Mycobacterium species (e.g. M. tuberculosis).",
]


@pytest.mark.parametrize("text", NOT_LESSONS)
def test_this_case_is_no_lesson(text: str) -> None:
    assert not lesson_only(text)


def test_committed_answers_stand() -> None:
    assert _read("Is there a pleural effusion?", NOT_LESSONS[0]) == ("yes", "scored")
    assert _read("Is there a fracture?", NOT_LESSONS[1])[0] == "yes"
    assert _read("What is the diagnosis?", NOT_LESSONS[4], AnswerType.OPEN)[0] is not None
