"""Multiple-choice answers, session 19 (issue #7): wrong readings of an option that the output denies.

* a denial heading a list scopes over every item of it ("No fracture, dislocation or avascular necrosis is seen."),
  however many words stand between "no" and the item (``clauses.list_denied``);
* an option's text followed by a dash and a normal judgement ("Left kidney — unremarkable.") is named as normal;
* an option named, then denied by a pronoun or an elliptic sentence ("Consider X. It is not present.", "I looked for
  X. I did not find it.", "X was sought, but none is seen.": ``asides.denied_next``).

Each wrong reading is checked to stay unread, and the stated forms beside it to keep their reading. Sentences of
our own.
"""

import pytest

from medstep.extract import extract
from medstep.extract.clauses import clause_left, clause_right, list_denied
from medstep.types import AnswerType, Sample

_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Consolidation"}
_HIP = {"A": "Femoral neck fracture", "B": "Hip dislocation", "C": "Avascular necrosis", "D": "Septic arthritis"}
_LUNG = {"A": "Left lower lobe collapse", "B": "Right upper lobe consolidation", "C": "Pleural effusion", "D": "Normal"}
_KIDNEY = {"A": "Left kidney", "B": "Right kidney", "C": "Both kidneys", "D": "Neither"}
_EYE = {"A": "Right eye", "B": "Left eye", "C": "Both eyes", "D": "Neither"}
_RHYTHM = {"A": "Sinus rhythm", "B": "Atrial fibrillation", "C": "Atrial flutter", "D": "Ventricular tachycardia"}
_SHOWN = "Which finding is shown?"


def _read(text: str, options: dict[str, str], question: str = _SHOWN) -> str | None:
    return extract(text, Sample(id="c19", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options)).answer


@pytest.mark.parametrize("text,options", [
    # a list that a denial heads, its item no option's full text in between
    ("No pneumothorax, effusion or consolidation is seen.", _CHEST),
    ("Negative for pneumothorax, fluid or consolidation.", _CHEST),
    ("There is no evidence of a fracture, a dislocation, or avascular necrosis.", _HIP),
    ("Neither subluxation nor avascular necrosis is present.", _HIP),
    ("No cortical break, effusion, and avascular necrosis are identified.", _HIP),
    # an option's text, a dash, then a normal judgement
    ("Left kidney — unremarkable.", _KIDNEY),
    ("Right kidney -- normal.", _KIDNEY),
    ("**Left kidney** – normal size, no hydronephrosis.", _KIDNEY),
    ("Pleural effusion — normal costophrenic angles.", _CHEST),  # a heading's line calls its part normal
    # named, then denied by a pronoun or an elliptic sentence
    ("Consider left lower lobe collapse. It is not present.", _LUNG),
    ("I looked for left lower lobe collapse. I did not find it.", _LUNG),
    ("We considered right upper lobe consolidation. It was not seen.", _LUNG),
    ("Right upper lobe consolidation was sought, but none is seen.", _LUNG),
    ("Left lower lobe collapse was considered; this is excluded.", _LUNG),
    ("Left lower lobe collapse. Not seen.", _LUNG),
])
def test_a_denied_option_is_not_chosen(text, options):
    assert _read(text, options) is None


@pytest.mark.parametrize("text", ["OS normal.", "OS spared; the lesion is in the other eye.",
                                  "The fellow eye (OS) is normal."])
def test_a_latin_eye_called_normal_is_not_the_affected_one(text):
    assert _read(text, _EYE, "Which eye is affected?") is None


@pytest.mark.parametrize("text,options,question,letter", [
    ("Right upper lobe consolidation. No pneumothorax or effusion.", _LUNG, _SHOWN, "B"),
    ("No effusion. Left lower lobe collapse is present.", _LUNG, _SHOWN, "A"),
    ("Left lower lobe collapse is seen. It is not subtle.", _LUNG, _SHOWN, "A"),
    ("Left lower lobe collapse. I did not find an effusion.", _LUNG, _SHOWN, "A"),
    ("No pneumothorax or consolidation; there is a large pleural effusion.", _CHEST, _SHOWN, "B"),
    ("Without pneumothorax or consolidation, pleural effusion is the finding.", _CHEST, _SHOWN, "B"),
    ("No pneumothorax, effusion or consolidation is seen. The heart is enlarged.", _CHEST, _SHOWN, "C"),
    ("No fracture or dislocation; the femoral head is flattened and sclerotic, in keeping with avascular necrosis.",
     _HIP, _SHOWN, "C"),
    ("Right kidney — hydronephrosis. Left kidney — unremarkable.", _KIDNEY, "Which kidney is abnormal?", "B"),
    ("Sinus rhythm, normal axis.", _RHYTHM, "What is the rhythm?", "A"),
    ("OD is affected.", _EYE, "Which eye is affected?", "A"),
])
def test_a_stated_option_keeps_its_reading(text, options, question, letter):
    assert _read(text, options, question) == letter


@pytest.mark.parametrize("text,item,denied", [
    ("No pneumothorax, effusion or consolidation is seen.", "consolidation", True),
    ("No pneumothorax, effusion or consolidation is seen.", "effusion", True),  # inside the list
    ("No effusion, collapse and consolidation are seen.", "consolidation", True),  # "and", the list seen as one
    ("No pneumothorax, small effusion and consolidation at the base.", "consolidation", False),  # telegraphic
    ("No pneumothorax or effusion, consolidation is seen.", "consolidation", False),  # the list closed before it
    ("No pneumothorax and the heart shows cardiomegaly.", "cardiomegaly", False),  # a clause of its own
    ("No effusion, there is consolidation or collapse.", "collapse", False),
])
def test_list_denied_reads_the_list_not_a_word_window(text, item, denied):
    i = text.index(item)
    right, _ = clause_right(text, i + len(item))
    assert list_denied(clause_left(text, i), right) is denied


_SIGNS = {"A": "Bone marrow oedema", "B": "Joint effusion", "C": "Cortical break", "D": "Periosteal reaction"}
_NOT_PRESENT = "Which finding is NOT present?"


@pytest.mark.parametrize("text,question,letter", [
    ("Marrow oedema, a joint effusion and periosteal reaction are seen, but there is no cortical break.",
     _NOT_PRESENT, "C"),
    ("Bone marrow oedema, joint effusion and a cortical break are all visible; no periosteal reaction.",
     _NOT_PRESENT, "D"),
    ("Without a joint effusion; the other three are shown.", _NOT_PRESENT, "B"),
    ("Periosteal reaction and a cortical break on the film, marrow oedema on MRI. Absence of joint effusion.",
     _NOT_PRESENT, "B"),
])
def test_to_a_not_present_question_the_option_denied_is_the_answer(text, question, letter):
    assert _read(text, _SIGNS, question) == letter


@pytest.mark.parametrize("text,question", [
    ("No bone marrow oedema and no joint effusion.", _NOT_PRESENT),  # two denied: no one answer
    ("Is there no cortical break?", _NOT_PRESENT),  # asked
    ("All four findings are present.", _NOT_PRESENT),
    # a generic truth, not what the image shows
    ("Stress fractures often show no visible cortical break early on.", "Which is NOT a typical feature?"),
])
def test_a_denial_that_is_no_answer_to_a_not_present_question(text, question):
    assert _read(text, _SIGNS, question) is None


_BRAIN = {"A": "Meningioma", "B": "Glioblastoma", "C": "Metastasis", "D": "Cerebral abscess"}
_DIAGNOSIS = "What is the most likely diagnosis?"


@pytest.mark.parametrize("text,letter", [
    ("病变以硬脑膜为基底，可见硬膜尾征，符合脑膜瘤。", "A"),
    ("Extraaxiale Raumforderung mit duralem Ausläufer, am ehesten ein Meningeom.", "A"),
    ("Lésion à prise de contraste annulaire avec restriction de diffusion : abcès cérébral.", "D"),
    ("多发病灶，考虑转移瘤。", "C"),
])
def test_an_option_named_in_another_language_is_chosen(text, letter):
    assert _read(text, _BRAIN, _DIAGNOSIS) == letter


@pytest.mark.parametrize("text,options", [
    ("Kein Meningeom.", _BRAIN),  # another language's denial: never the option it denies
    ("Kein Pleuraerguss.", _CHEST),
    ("Pas d'épanchement pleural.", _CHEST),
    ("Sin neumotórax.", _CHEST),
    ("Sem pneumotórax.", _CHEST),
    ("可能是脑膜瘤或转移瘤。", _BRAIN),  # two offered
])
def test_an_option_denied_in_another_language_is_not_chosen(text, options):
    assert _read(text, options, _DIAGNOSIS) is None


_KNEE = {"A": "Anterior cruciate ligament tear", "B": "Medial meniscus tear", "C": "Lateral collateral ligament tear",
         "D": "Patellar dislocation"}


@pytest.mark.parametrize("text,options,letter", [
    ("- Anterior cruciate ligament tear: yes, the fibres are disrupted.\n- Medial meniscus tear: no.\n"
     "- Lateral collateral ligament tear: no.\n- Patellar dislocation: no.", _KNEE, "A"),
    ("A) Anterior cruciate ligament tear — present.\nB) Medial meniscus tear — absent.\n"
     "C) Lateral collateral ligament tear — absent.\nD) Patellar dislocation — absent.", _KNEE, "A"),
    ("**Pneumothorax**: none\n**Pleural effusion**: none\n**Cardiomegaly**: present, the heart is wide\n"
     "**Consolidation**: none", _CHEST, "C"),
])
def test_one_option_per_line_with_a_word_verdict_is_a_tally(text, options, letter):
    assert _read(text, options) == letter


@pytest.mark.parametrize("text", [
    "Pneumothorax: no\nPleural effusion: yes?\nCardiomegaly: no\nConsolidation: no",  # asked
    "Pneumothorax: no\nPleural effusion: possible\nCardiomegaly: no\nConsolidation: no",  # hedged
    "Pneumothorax: absent\nPleural effusion: present\nCardiomegaly: present\nConsolidation: absent",  # two
    # ("Pneumothorax: absent\nPleural effusion: present\nCardiomegaly: absent", an option left out, is read B since
    # wrong42 by the option concept reader, as its colon-less form was on main: no tally, each finding stated or denied)
    # described in words only: a discussion without its conclusion (tally.py's policy)
    "Pneumothorax: no pleural line.\nPleural effusion: the angle is blunted.\nCardiomegaly: heart size normal.\n"
    "Consolidation: lungs clear.",
])
def test_a_line_tally_without_one_clear_verdict_is_not_read(text):
    assert _read(text, _CHEST) is None


_VESSEL = {"A": "Left internal carotid artery", "B": "Right internal carotid artery", "C": "Basilar artery",
           "D": "Left middle cerebral artery"}


_HIPS = {"A": "Left hip", "B": "Right hip", "C": "Both hips", "D": "Neither hip"}


@pytest.mark.parametrize("text,options,question,letter", [
    # to a question asking the normal one, the option called normal answers it, not the one stated abnormal
    ("The right kidney is hydronephrotic; the left kidney is normal.", _KIDNEY, "Which kidney is normal?", "A"),
    ("Left kidney: normal. Right kidney: hydronephrosis.", _KIDNEY, "Which kidney is normal?", "A"),
    ("The left kidney is normal in size and echotexture.", _KIDNEY, "Which kidney is normal?", "A"),
    ("The left hip is arthritic and the right hip is spared.", _HIPS, "Which hip is spared?", "B"),
    ("The right kidney is hydronephrotic; the left kidney is normal.", _KIDNEY, "Which kidney is abnormal?", "B"),
])
def test_the_option_called_normal_answers_a_normal_question(text, options, question, letter):
    assert _read(text, options, question) == letter


@pytest.mark.parametrize("text,options,question", [
    ("The left kidney is normal in size, but scarred.", _KIDNEY, "Which kidney is normal?"),  # turned
    ("The left kidney is normal. The right kidney is normal.", _KIDNEY, "Which kidney is normal?"),  # two
    ("Left kidney: normal. Answer: B", _KIDNEY, "Which kidney is normal?"),  # the letter against the statement
    ("Right hip: normal.", _HIPS, "Which hip is NOT normal?"),
    # a vessel called patent is not the occluded one
    ("Dense left MCA sign. The carotids and basilar artery are patent.", _VESSEL, "Which vessel is occluded?"),
    # (fixchoice26: "MCA" read as option D's other name only where the reply decides, and this one decides in its
    # last sentence, which names the patent vessels; the sign alone names no vessel either)
    ("Dense vessel sign. The carotids and basilar artery are patent.", _VESSEL, "Which vessel is occluded?"),
])
def test_an_option_read_against_the_question_is_not_chosen(text, options, question):
    assert _read(text, options, question) is None
