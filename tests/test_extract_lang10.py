"""Readings fixed in session 10 (lang10): answers in other languages, and wrong readings of English replies that
state no verdict (a value saying nothing, a case contrary to fact, a sign seen on one side only). Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal"}


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="l10", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


def _choice(text: str) -> str | None:
    sample = Sample(id="l10", question="Which finding?", answer="A", answer_type=AnswerType.CHOICE, options=OPTIONS)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    # a negation of another language the English readers do not know: the finding was read as stated (yes); now
    # read in that language's statement shapes (extract/implicit_europe.py)
    ("Is there a pneumothorax?", "Pas de pneumothorax.", "no"),
    ("Is there a pneumothorax?", "Kein Pneumothorax.", "no"),
    ("Is there a pneumothorax?", "Pneumothorax nicht nachweisbar.", "no"),
    ("Is there a pneumothorax?", "Il n'y a pas de pneumothorax.", "no"),
    ("Is there a pneumothorax?", "Pneumothorax ausgeschlossen.", "no"),
    ("Is there a pneumothorax?", "Pas de pneumothorax sous tension.", None),  # narrowed: a small one left open
    ("Is there a fracture?", "Pas de fracture visible.", "no"),
    ("Is there a fracture?", "Pas de fracture récente.", None),
    ("Is there a fracture?", "Negative for fracture.", "no"),  # the English word still reads
    ("Is there a pleural effusion?", "Non-contrast CT shows a small left pleural effusion.", "yes"),
    # other languages' verdict words opening the reply
    ("Y a-t-il un épanchement pleural ?", "Non, les culs-de-sac costo-diaphragmatiques sont libres.", "no"),
    ("Y a-t-il une fracture ?", "Oui, fracture du col du fémur droit.", "yes"),
    ("Ist eine Raumforderung zu sehen?", "Ja, im rechten Frontallappen zeigt sich eine Raumforderung.", "yes"),
    ("Ist eine Fraktur zu sehen?", "Nein.", "no"),
    ("Há derrame pleural?", "Não.", "no"),
    ("Há derrame pleural?", "Sim, há derrame pleural à direita.", "yes"),
    ("C'è un versamento pleurico?", "Sì, versamento pleurico destro.", "yes"),
    ("Is there a pneumothorax?", "Non, pas de pneumothorax.", "no"),  # read yes (the finding) before
    ("Is there a pneumothorax?", "Nein, kein Pneumothorax.", "no"),
    ("Is the fracture displaced?", "Non-displaced fracture of the radius.", "no"),  # "Non-" is no verdict
    ("Is there a pneumothorax?", "Non. Pneumothorax droit visible.", None),  # the verdict and its sentence disagree
    # a verdict for a case contrary to fact
    ("Is there a pneumothorax?", "If it were present, the answer would be yes.", None),
    ("Is there a pneumothorax?", "Were there a pleural line, I would say yes.", None),
    ("Is there a pneumothorax?", "Had I seen a pleural line, I'd answer yes.", None),
    ("Is there a pneumothorax?", "If the lung edge were visible, yes.", None),
    ("Is there a pneumothorax?", "If the pleural line were a skin fold, markings would cross it; they do not. Yes.",
     "yes"),
    ("Is there a pneumothorax?", "If I had to choose, yes.", "yes"),
    # a sign of absence seen on one side only says nothing of the other
    ("Is there a pneumothorax?", "Lung markings extend to the chest wall on the right; the left is obscured.", None),
    ("Is there a pneumothorax?", "Lung markings extend to the chest wall bilaterally.", "no"),
    # "N/A" ends no sentence mid-way ("A" is no article there): no answer, not cut
    ("Is there an effusion?", "Effusion - N/A", None),
])
def test_closed(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


def test_na_value_is_no_answer_not_cut() -> None:
    got = extract("Effusion - N/A", Sample(id="l10", question="Is there an effusion?", answer="yes",
                                            answer_type=AnswerType.CLOSED))
    assert got.rule == "unparsed"


@pytest.mark.parametrize("text, expected", [
    ("Je choisis C.", "C"),
    ("Ich wähle C", "C"),
    ("Scelgo C", "C"),
    ("Escolho a C.", "C"),
    ("Le cœur est élargi. Je choisis donc la réponse C.", "C"),
    ("Das Herz ist vergrößert. Ich wähle daher Antwort C.", "C"),
    ("O coração está aumentado. Escolho a opção C.", "C"),
    ("Je ne choisis pas C. Je choisis B.", "B"),
    ("Un étudiant choisirait C.", None),
    ("Je choisirais C ou B.", None),  # two letters joined by "ou" (or)
    ("答案是C或B。", None),  # ... and by 或: was read C
    ("不是D，是C。", "C"),
    ("心影增大，心胸比>0.5。不是D，而是C。", "C"),
    ("不是D，也不是C。", None),
    ("不是D，是C吗？", None),
])
def test_choice(text: str, expected: str | None) -> None:
    assert _choice(text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # Chinese: the property asked of an organ, in the words a reply states it with
    ("心脏是否增大？", "心脏大小正常", "否"),  # 是否 split the question's one phrase (心脏增大: cardiomegaly)
    ("心脏是否增大？", "心影大小正常，肺野清晰。", "否"),
    ("心脏是否增大？", "The heart is enlarged.", "yes"),
    ("纵隔是否增宽？", "纵隔不宽。", "否"),
    ("纵隔是否增宽？", "纵隔无明显增宽。", "否"),
    ("心脏增大吗？", "心影稍大。", "是"),
    ("心影是否正常？", "心影增大。", "否"),
    ("肝脏是否正常？", "肝脏未见异常。", "是"),
    ("心影是否增大？", "未见心影增大。", "否"),
    ("心脏是否增大？", "心脏大小正常，心影增大。", None),  # both said
    ("心脏是否增大？", "心脏可能稍大。", None),
    # Spanish, Portuguese, French, Italian, German statements to a question in the same language
    ("¿Hay derrame pleural?", "Sin derrame pleural.", "no"),
    ("¿Hay fractura?", "Fractura transversa del tercio medio de la clavícula derecha.", "yes"),
    ("¿Hay fractura?", "Fractura antigua consolidada.", None),  # an old one: no current finding stated
    ("¿Hay derrame pleural?", "No se observa derrame pleural derecho.", None),  # one side says nothing of the other
    ("¿Hay derrame pleural?", "Sin derrame pleural significativo.", None),
    ("¿Hay derrame o neumotórax?", "No hay derrame.", None),
    ("Há sinais de pneumotórax?", "Não há sinais de pneumotórax.", "no"),
    ("Há derrame pleural?", "Talvez haja derrame pleural.", None),
    ("Y a-t-il un épanchement pleural ?", "Pas d'épanchement pleural.", "no"),
    ("Y a-t-il un épanchement pleural ?", "Absence d'épanchement pleural.", "no"),
    ("Y a-t-il un épanchement pleural ?", "Épanchement pleural : non.", "no"),
    ("Y a-t-il un pneumothorax ?", "On note un pneumothorax apical droit.", "yes"),
    ("Y a-t-il un épanchement pleural ?", "Un épanchement pleural est possible.", None),
    ("C'è un versamento pleurico?", "Non si osserva versamento pleurico.", "no"),
    ("C'è una frattura?", "Nessuna frattura.", "no"),
    ("Ist ein Pleuraerguss zu sehen?", "Kein Pleuraerguss.", "no"),
    ("Ist ein Pleuraerguss zu sehen?", "Kein Erguss.", "no"),  # the compound's head denied
    ("Ist ein Pleuraerguss zu sehen?", "Kein sicherer Pleuraerguss.", None),
    ("Liegt ein Pneumothorax vor?", "Es zeigt sich ein Pneumothorax rechts apikal.", "yes"),
    ("Ist ein Pleuraerguss zu sehen?", "Pleuraerguss nicht sicher auszuschließen.", None),
    # a comma before a denial opens a clause of its own; a hedge anywhere in the sentence still holds it open
    ("¿Hay neumotórax?", "Derrame pleural derecho, sin neumotórax.", "no"),
    ("¿Hay derrame pleural?", "Derrame pleural derecho, sin neumotórax.", "yes"),
    ("Ist ein Pleuraerguss zu sehen?", "Pleuraerguss rechts, kein Pneumothorax.", "yes"),
    ("¿Hay neumotórax?", "No se observa derrame, neumotórax ni consolidación.", None),
    ("¿Hay derrame pleural?", "Derrame pleural, pero podría ser engrosamiento.", None),
    ("Y a-t-il un pneumothorax ?", "Pas de pneumothorax évident, mais un petit décollement ne peut être exclu.", None),
    ("Liegt ein Pneumothorax vor?", "Pneumothorax nicht ausgeschlossen.", None),
])
def test_closed_in_other_languages(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("排除A和B，最可能是C。", "C"),  # ambiguous before: 最可能 (most likely) was no decision word
    ("A或B都不像，最可能是C。", "C"),  # 都不像 (neither looks like it) sets A and B aside
    ("A和C都有可能，但更倾向于C。", "C"),  # 更倾向于 (lean rather to)
    ("最可能是C吗？", None),
    ("最不可能是C。", None),
])
def test_chinese_decision_words(text: str, expected: str | None) -> None:
    assert _choice(text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # an English question answered in Chinese, read through the vocabulary's Chinese synonyms
    ("Is there a pneumothorax?", "未见气胸。", "否"),
    ("Is there a pleural effusion?", "右侧少量胸腔积液。", "是"),
    ("Is the heart enlarged?", "心脏大小正常。", "否"),
    ("Is there a left pleural effusion?", "右侧胸腔积液。", None),
    ("Is there a pneumothorax?", "考虑左侧少量气胸。", "是"),  # 考虑: the impression (session 22)
    ("Is there a pneumothorax?", "考虑左侧少量气胸可能。", None),
    # a finding stated in the past or resolving is no current finding (Chinese questions read it as 是 before)
    ("有气胸吗？", "右侧气胸已吸收。", None),
    ("是否有骨折？", "陈旧性肋骨骨折。", None),
    ("是否有骨折？", "右侧肋骨骨折已愈合。", None),
    ("Is there a fracture?", "陈旧性肋骨骨折。", None),
    ("是否有骨折？", "右侧第5肋骨骨折。", "是"),
    # sharp costophrenic angles (肋膈角锐利) rule an effusion out on their side, as "the costophrenic angles are sharp"
    ("有胸腔积液吗？", "双侧肋膈角锐利。", "否"),
    ("左侧有胸腔积液吗？", "右侧胸腔积液，左侧肋膈角锐利。", "否"),
    ("左侧有胸腔积液吗？", "右侧肋膈角锐利。", None),  # the other side
    ("有胸腔积液吗？", "右侧肋膈角锐利。", None),  # one side says nothing of the other
    # one lung called clear says nothing of both (read yes before, in English too)
    ("肺部正常吗？", "右肺清晰。", None),
    ("Are the lungs clear?", "The right lung is clear.", None),
    ("Are the lungs clear?", "Both lungs are clear.", "yes"),
])
def test_chinese_answer(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected
