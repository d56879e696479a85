"""vocab46 (issue #7): standard names of findings already in the shared vocabulary (``answers/concepts.tsv``), and
kinds that an umbrella row listed as its synonyms made its children, read alike by the choice reader and the verifier.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample
from medstep.verify import verify

SCROTUM = {"A": "Testicular torsion", "B": "Epididymitis", "C": "Hydrocele", "D": "Varicocele"}
KIDNEY = {"A": "Hydronephrosis", "B": "Renal cyst", "C": "Angiomyolipoma", "D": "Renal cell carcinoma"}
ABDO = {"A": "Splenomegaly", "B": "Hepatomegaly", "C": "Ascites", "D": "Pancreatitis"}
LUNG = {"A": "COPD", "B": "Asthma", "C": "Pulmonary fibrosis", "D": "Bronchiectasis"}
HEAD = {"A": "Subdural hematoma", "B": "Epidural hematoma", "C": "Subarachnoid hemorrhage", "D": "Infarct"}
SPINE = {"A": "Compression fracture", "B": "Spondylolisthesis", "C": "Disc herniation", "D": "Scoliosis"}
EAR = {"A": "Otitis media", "B": "Cholesteatoma", "C": "Mastoiditis", "D": "Otosclerosis"}
VESSEL = {"A": "Pulmonary embolism", "B": "Aortic dissection", "C": "Pneumothorax", "D": "Pericardial effusion"}
UTERUS = {"A": "Leiomyoma", "B": "Adenomyosis", "C": "Endometrial polyp", "D": "Endometrial carcinoma"}


def _read(text: str, options: dict[str, str]) -> str | None:
    sample = Sample(id="t", question="What is the most likely diagnosis?", answer=next(iter(options)),
                    answer_type=AnswerType.CHOICE, options=options)
    return extract(text, sample).answer


@pytest.mark.parametrize("text, options, letter", [
    ("Final answer: a twisted testicle.", SCROTUM, "A"),
    ("Absent intratesticular flow and a whirlpool of the cord: torsion of the spermatic cord.", SCROTUM, "A"),
    ("Answer: a dilated renal pelvis.", KIDNEY, "A"),
    ("Impression: the liver is large, extending below the costal margin.", ABDO, "B"),
    ("Diagnosis: chronic obstructive airways disease.", LUNG, "A"),
    ("Biconvex collection limited by sutures: an extradural bleed.", HEAD, "B"),
    ("Loss of anterior height of L1: a wedge fracture.", SPINE, "A"),
    ("Bulging red eardrum with fluid behind it: a middle ear infection.", EAR, "A"),
    ("Filling defect in the right lower lobe artery: pulmonary thromboembolism.", VESSEL, "A"),
    # the other options are no longer the answer's ancestors ("adenomyosis" was a synonym of uterine lesion)
    ("A well-circumscribed hypoechoic intramural mass: a myoma.", UTERUS, "A"),
])
def test_an_option_named_by_a_standard_synonym_is_read(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize("text, options, letter", [
    ("The testis is not twisted; flow is increased in the epididymis, so epididymitis.", SCROTUM, "B"),
    ("The renal pelvis is not dilated; a simple anechoic cyst: renal cyst.", KIDNEY, "B"),
    ("There is no enlargement of the spleen; fluid around the liver is ascites.", ABDO, "C"),
    ("This is not a subdural bleed; the lens-shaped collection is an epidural hematoma.", HEAD, "B"),
    ("It could be a subdural bleed or an extradural bleed; I cannot tell from this image.", HEAD, None),
])
def test_a_denied_or_hedged_synonym_commits_to_nothing(text: str, options: dict[str, str],
                                                       letter: str | None) -> None:
    assert _read(text, options) == letter


def test_an_adjective_before_an_organ_noun_or_another_phthisis_is_no_synonym() -> None:
    # "large/big liver" read "a large liver lesion" as hepatomegaly; "phthisis (bulbi)" is a shrunken eye;
    # "COAD" is also colon adenocarcinoma
    assert _verdicts("There is a large liver lesion.", "CT abdomen. Normal liver size. A 6 cm liver mass.") == [
        ("liver_lesion", "present", "supported")]
    assert _verdicts("A big liver abscess.", "CT abdomen. Hepatic abscess. Liver normal in size.") == [
        ("liver_abscess", "present", "supported")]
    assert _verdicts("Phthisis bulbi of the left globe.", "CT orbits. Chest clear; no tuberculosis.") == []
    assert _read("Pathology: COAD, moderately differentiated.",
                 {"A": "Colon adenocarcinoma", "B": "COPD", "C": "Crohn disease", "D": "Diverticulitis"}) != "B"


def _verdicts(chain: str, report: str) -> list[tuple[str, str, str]]:
    v = verify(chain, report=report)
    return [(f.concept, f.polarity.value, fv.verdict.value) for s in v.steps for f, fv in zip(s.findings, s.verdicts)]


def test_a_hydrocele_no_longer_stands_for_a_torsion() -> None:
    torsion = "Ultrasound scrotum. Left testicular torsion with absent flow."
    assert _verdicts("There is a hydrocele.", torsion) == [("hydrocele", "present", "unverifiable")]
    assert _verdicts("A twisted testicle.", torsion) == [("testicular_torsion", "present", "supported")]
    # a hydrocele lies beside the testis: "no focal testicular lesion" does not deny it; a denied kind is still
    # contradicted by the same kind
    assert _verdicts("Small reactive hydrocele.", "Ultrasound scrotum. Small hydrocele. No focal testicular lesion.") == [
        ("hydrocele", "present", "supported")]
    assert _verdicts("No varicocele.", "Ultrasound scrotum. Left varicocele.") == [
        ("varicocele", "absent", "contradicted")]
