"""Closed round measure17 (issue #7): yes/no answered by a measurement, a range, or a thought left without its answer.

Each case is a closed question, an invented answer and what a careful reader takes from it (``None``: no answer).
A range written with "to" reads as one written with a dash ("Estimated LVEF is 25 to 30%.", both ends in one band),
and "percent" as "%" (``extract/measured.py``). A value may stand before its name with words describing the thing
between ("8 mm obstructing calculus", "12 mm solid nodule": ``measured_gates.DESCRIBING``), and the question's own
head word counts in its other forms ("calculus" for a stone, ``answers/wordforms.tsv``); a value measured in another
organ than the asked one ("8 mm calculus in the gallbladder" to a kidney stone) answers nothing
(``measured_gates.elsewhere``). The abdominal aorta has its own row (``thresholds_more.py``: 3 cm is an aneurysm
there), so "Infrarenal aorta 4.8 cm." answers an AAA question. An answer tag opened after a closed thought and never
filled ("</think>\\n<answer>" at the end) is an output cut before its answer (truncated; the held-out writers'
convention: an empty answer slot after reasoning is no answer, its thought is not read); a closed empty tag
("<answer></answer>") stays no answer. An organ's size asked in Spanish, Portuguese, French, Italian or
German is read with the organ word the question wrote ("Die Milz ist normal groß." to "Ist die Milz vergrößert?"), or
by the enlarged organ's own name there ("No se observa cardiomegalia.", ``extract/sized_langs.py``). A plane denied
right before its word answers a plane question ("It's a coronal image, not axial.", ``extract/planes.py``); a midline
structure displaced by a measured distance is a midline shift ("Septum pellucidum displaced 7 mm to the right.", a row
of ``thresholds_more.py``); "sinus rhythm at 75 bpm" names a heart rate; "normal in caliber" asks a size. A JSON field's
value written as text with its unit is a measurement ('{"lvef": "30%"}', ``replywords.as_measurements``). A
later sentence judging only in a band's words must agree with the value ("QTc 520 ms. Prolonged.",
``measured_gates.judgement_only``); lengths beside a ratio are no stray ratio; an excluded context denied ("no
funnelling") excludes nothing; one node asked is answered by one node measured.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

CASES: list[tuple[str, str, str | None]] = [
    # a range written with "to", "percent"
    ("Is the LVEF reduced?", "Estimated LVEF is 25 to 30%.", "yes"),
    ("Is LV systolic function preserved?", "Ejection fraction estimated 55 to 60 percent.", "yes"),
    ("Is the LVEF reduced?", "EF 35 to 60%.", None),
    ("Is the LVEF reduced?", "EF improved from 30 to 55%.", None),
    # the value before its name, describing words between; the question's own head word in its other forms
    ("Is the kidney stone larger than 5 mm?", "8 mm calculus in the distal ureter.", "yes"),
    ("Is the kidney stone larger than 5 mm?", "4 mm nonobstructing calculus.", "no"),
    ("Is the nodule larger than 8 mm?", "12 mm solid nodule in the right upper lobe.", "yes"),
    ("Is the gallstone larger than 10 mm?", "Single 15 mm shadowing gallstone.", "yes"),
    ("Is the nodule larger than 8 mm?", "12 mm solid mass adjacent to the nodule.", None),
    ("Is the spleen enlarged?", "15 mm hypoechoic spleen lesion.", None),
    # another organ than the asked one
    ("Is the kidney stone larger than 5 mm?", "8 mm calculus in the gallbladder.", None),
    ("Is the kidney stone larger than 5 mm?", "8 mm gallstone.", None),
    # the abdominal aorta
    ("Is there an abdominal aortic aneurysm?", "Infrarenal aorta 4.8 cm.", "yes"),
    ("Is there an AAA?", "Aorta 2.0 cm in maximal diameter.", "no"),
    ("Is there an abdominal aortic aneurysm?", "Ascending aorta 4.8 cm.", None),
    ("Is there an abdominal aortic aneurysm?", "Abdominal aorta 3.1 cm.", None),
    # a plane denied; a displaced midline structure; a rhythm's rate; a calibre asked normal
    ("Is this an axial image?", "It's a coronal image, not axial.", "no"),
    ("Is this a coronal image?", "Not coronal — it's axial.", "no"),
    ("Is this an axial image?", "Axial, not coronal.", "yes"),
    ("Is this an axial image?", "Not coronal.", None),
    ("Is this an axial image?", "Coronal image, no fracture.", None),
    ("Is there midline shift?", "Septum pellucidum displaced 7 mm to the right.", "yes"),
    ("Is there midline shift?", "Septum pellucidum displaced 2 mm.", None),
    ("Is there bradycardia?", "Sinus rhythm at 75 bpm.", "no"),
    ("Is the aorta normal in caliber?", "The aorta is of normal caliber.", "yes"),
    # a field's value written as text with its unit
    ("Is the LVEF reduced?", '{"lvef": "30%"}', "yes"),
    ("Is the CBD dilated?", '{"cbd": "4 mm", "stones": false}', "no"),
    # a later sentence judging in a band's words; lengths beside a ratio; an excluded context denied; one node asked
    ("Is the QTc prolonged?", "QTc ≈ 520 ms (Bazett). Prolonged.", "yes"),
    ("Is the gallbladder wall thickened?", "Wall thickness 2 mm. Normal.", "no"),
    ("Is the QTc prolonged?", "QTc 520 ms. Normal.", None),
    ("Is the heart enlarged?", "On this PA film the cardiac diameter is 17 cm and the thoracic 28 cm, a CTR of 0.61.", "yes"),
    ("Is the cervix short?", "The closed cervical length measures 18 mm, with no funnelling.", "yes"),
    ("Is the cervix short?", "The closed cervical length measures 18 mm, with funnelling.", None),
    ("Is the PR interval prolonged?", "The PR interval is constant at 260 ms.", "yes"),
    ("Is there a vertebral compression fracture?", "About 40% anterior height loss of L1.", "yes"),
    ("Is the lymph node pathological?", "Oval node, short axis 6 mm, fatty hilum preserved.", "no"),
    ("Is there lymphadenopathy?", "The right hilar node measures 6 mm.", None),
    # new rows and names: renal length, a distended bladder's wall, MRI fat fraction, IVSd/LVPWd, pyloric muscle
    ("Is the kidney atrophic?", "The right kidney is enlarged (14.5 cm) and oedematous.", "no"),
    ("Is the kidney small?", "Right kidney 7.6 cm with cortical thinning.", "yes"),
    ("Is the right kidney enlarged?", "Right kidney measures 11 cm.", "no"),
    ("Is the kidney enlarged?", "The right kidney measures 11 cm, which is normal.", None),
    ("Is the bladder wall thickened?", "Trabeculated bladder, wall 8 mm when distended.", "yes"),
    ("Is the bladder wall thickened?", "Bladder wall 6 mm; bladder not distended.", None),
    ("Is there hepatic steatosis on MRI?", "Proton density fat fraction 18%.", "yes"),
    ("Is the left ventricle hypertrophied?", "IVSd 9 mm, LVPWd 9 mm.", "no"),
    ("Is the pylorus hypertrophied?", "Muscle thickness 2 mm; channel length 12 mm.", "no"),
    ("Is there a nuchal translucency abnormality?", "Nuchal translucency measures 1.6 mm at CRL 62 mm.", "no"),
    # "below normal" is no normal word; a carotid stenosis asked severe; a Cobb angle
    ("Is the amniotic fluid volume normal?", "The deepest vertical pocket measures 1.5 cm, which is below normal.", "no"),
    ("Is the internal carotid stenosis severe?", "PSV 320 cm/s, EDV 140 cm/s.", "yes"),
    ("Is the internal carotid stenosis severe?", "PSV 180 cm/s.", None),
    ("Is there internal carotid stenosis?", "PSV 180 cm/s.", "yes"),
    ("Does the patient have scoliosis?", "Cobb angle 28°.", "yes"),
    ("Does the patient have scoliosis?", "Cobb angle 5 degrees.", "no"),
    ("Is there scoliosis?", "Thoracic kyphosis, Cobb angle 40°.", None),
    # a thought, then an empty answer tag: no answer
    ("Is the heart enlarged?", "<think>The heart is enlarged.</think><answer></answer>", None),
]


SIZED: list[tuple[str, str, str | None]] = [
    ("Ist die Milz vergrößert?", "Die Milz ist normal groß.", "no"),
    ("Ist die Leber vergrößert?", "Die Leber ist deutlich vergrößert (19 cm).", "yes"),
    ("Ist die Leber vergrößert?", "Die Milz ist vergrößert, die Leber normal groß.", "no"),
    ("Ist die Leber vergrößert?", "Die Milz ist normal groß und die Leber vergrößert.", None),
    ("Ist die Leber vergrößert?", "Die Leber ist nicht sicher vergrößert.", None),
    ("Ist die Leber vergrößert?", "Die Leber ist normal groß, aber inhomogen.", None),
    ("¿Está aumentado el bazo?", "El bazo es de tamaño normal.", "no"),
    ("¿Está aumentado el bazo?", "El bazo podría estar aumentado.", None),
    ("¿Es normal el hígado?", "El hígado es normal.", "yes"),
    ("¿Es normal el hígado?", "El hígado es de tamaño normal.", None),
    ("Le foie est-il augmenté de volume ?", "Le foie est de taille normale.", "no"),
    ("Le foie est-il augmenté de volume ?", "Le foie n'est pas normal.", None),
    ("Il fegato è ingrandito?", "Il fegato non è ingrandito.", "no"),
    ("O baço está aumentado?", "O baço está aumentado.", "yes"),
    ("¿Está aumentada la silueta cardíaca?", "No se observa cardiomegalia.", "no"),
    ("Le cœur est-il augmenté de volume ?", "Cardiomégalie franche.", "yes"),
    ("Ist die Leber vergrößert?", "Hepatomegalie. Die Leber ist normal groß.", None),
    ("Ist die Leber vergrößert?", "Splenomegalie.", None),
    # an English size question answered in another language
    ("Is the liver enlarged?", "El hígado tiene un tamaño normal (14 cm) y ecogenicidad homogénea.", "no"),
    ("Is the heart enlarged?", "Il cuore non è ingrandito.", "no"),
    ("Is the liver enlarged?", "El bazo está aumentado.", None),
    ("Is the spleen enlarged?", "La rate est de taille normale.", None),
]


@pytest.mark.parametrize(("question", "text", "answer"), SIZED, ids=[f"{i}-{c[1][:30]}" for i, c in enumerate(SIZED)])
def test_organ_size_in_other_languages(question: str, text: str, answer: str | None) -> None:
    got = extract(text, Sample(id="m17", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == answer, got.rule


@pytest.mark.parametrize(("question", "text", "answer"), CASES, ids=[f"{i}-{c[1][:30]}" for i, c in enumerate(CASES)])
def test_measure17_case(question: str, text: str, answer: str | None) -> None:
    got = extract(text, Sample(id="m17", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == answer, got.rule


@pytest.mark.parametrize("text", ["<think>Pleural line at the apex? Could be a skin fold.</think>\n<answer>",
                                  "<think>No pleural line; no pneumothorax.</think>\n\n<answer>"])
def test_unfilled_answer_tag_is_truncated(text: str) -> None:
    got = extract(text, Sample(id="m17", question="Is there a pneumothorax?", answer="no",
                               answer_type=AnswerType.CLOSED))
    assert (got.answer, got.rule) == (None, Status.TRUNCATED.value)
