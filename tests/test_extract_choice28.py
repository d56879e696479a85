"""Choice replies giving an option by its textbook sign (session 24, issue #7): a relative clause that denies with its
own verb is part of the sign ("collection that does not cross the sutures"), and denials after the sign of things no
option's sign names ("... No free fluid.") leave the sign read; near misses: the sign itself denied, the option denied
after it, a relative clause that denies seeing it."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_BLEED = {"A": "Subdural haematoma", "B": "Epidural haematoma", "C": "Cerebral oedema", "D": "Normal"}
_BOWEL = {"A": "Intussusception", "B": "Appendicitis", "C": "Small bowel obstruction", "D": "Mesenteric adenitis"}
_BASE = {"A": "Right pleural effusion", "B": "Right lower lobe collapse", "C": "Elevated right hemidiaphragm",
         "D": "Right pneumothorax"}


def _choice(options: dict[str, str], text: str) -> tuple[str | None, str]:
    e = extract(text, Sample(id="x", question="What is the finding?", answer="A", answer_type=AnswerType.CHOICE,
                             options=options))
    return e.answer, e.rule


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("options, text, expected", [
    (_BLEED, "Lens-shaped hyperdense collection which does not cross the lambdoid suture.", "B"),
    (_BLEED, "A biconvex hyperdense collection that doesn't cross the coronal suture.", "B"),
    (_BOWEL, "Target sign in the left flank, 3 cm. No free fluid.", "A"),
    (_BASE, "Meniscus at the right base with a blunted angle. No pneumothorax.", "A"),
    (_BASE, "Meniscus at the right base. The diaphragm is not raised. No pneumothorax seen.", "A"),
])
def test_sign_read_beside_its_own_denials(options: dict[str, str], text: str, expected: str) -> None:
    assert _choice(options, text) == (expected, "option_sign")


@pytest.mark.parametrize("options, text", [
    (_BLEED, "A biconvex hyperdense collection that is not seen on the later scan."),  # the sign denied
    (_BOWEL, "Target sign in the right abdomen. No intussusception on the delayed views."),  # the option denied
    (_BASE, "Meniscus at the right base. No effusion."),  # the option denied in other words
    (_BOWEL, "The target sign is absent. No free fluid."),
])
def test_sign_not_read_when_denied(options: dict[str, str], text: str) -> None:
    assert _choice(options, text)[0] is None


def test_relative_clause_in_a_closed_reading() -> None:
    assert _closed("Is there an epidural haematoma?", "Biconvex hyperdense collection that does not cross the sutures.") \
        == "yes"


@pytest.mark.parametrize("text", [
    "A biconvex hyperdense collection that is not seen today.",  # the relative clause denies the sighting
    "No biconvex collection that crosses the sutures.",  # the sign denied (a denied sign says nothing of the finding)
])
def test_relative_clause_near_misses_read_no_yes(text: str) -> None:
    assert _closed("Is there an epidural haematoma?", text) is None


_SCROTUM = {"A": "Hydrocele", "B": "Varicocele", "C": "Epididymitis", "D": "Testicular torsion"}
_LOBES = {"A": "Right middle lobe collapse", "B": "Left lower lobe collapse", "C": "Left upper lobe collapse",
          "D": "Normal chest"}
_NAILS = {"A": "Clubbing", "B": "Koilonychia", "C": "Onycholysis", "D": "Beau lines"}
_COLON = {"A": "Thumbprinting", "B": "Lead pipe colon", "C": "Apple core lesion", "D": "Diverticulosis"}
_BONES = {"A": "Multiple myeloma", "B": "Paget disease", "C": "Osteopetrosis", "D": "Hyperparathyroidism"}
_HEARTS = {"A": "Tetralogy of Fallot", "B": "Transposition of the great arteries",
           "C": "Total anomalous pulmonary venous return", "D": "Ebstein anomaly"}
_CHILD = {"A": "Rickets", "B": "Scurvy", "C": "Osteogenesis imperfecta", "D": "Lead poisoning"}
_LIVER = {"A": "Hepatocellular carcinoma", "B": "Focal nodular hyperplasia", "C": "Hepatic adenoma", "D": "Metastasis"}


@pytest.mark.parametrize("options, text, expected", [
    (_SCROTUM, "Tortuous dilated veins above and behind the left testis, widening when the patient bears down (Valsalva).",
     "B"),
    (_LOBES, "A triangular retrocardiac opacity that effaces the medial left hemidiaphragm.", "B"),
    (_LOBES, "Veil-like opacification over the left hemithorax with the aortic knuckle outlined by a crescent of air.", "C"),
    (_NAILS, "Loss of the nail-bed angle, with a bulbous fingertip.", "A"),
    (_NAILS, "The nail plate is thin and scooped out like a spoon; spoon-shaped nails.", "B"),
    (_COLON, "The descending colon is narrowed and tubular with loss of the normal haustra.", "B"),
    (_BONES, "Multiple punched-out lytic lesions in the skull vault.", "A"),
    (_BONES, "Expanded pelvis with coarsened trabeculae and a thickened cortex.", "B"),
    (_BONES, "Sandwich vertebrae and a bone-within-bone appearance.", "C"),
    (_HEARTS, "Snowman configuration of the cardiac silhouette.", "C"),
    (_LIVER, "Bright arterial enhancement; the central scar enhances on delayed images.", "B"),
])
def test_an_option_given_by_its_textbook_sign(options: dict[str, str], text: str, expected: str) -> None:
    assert _choice(options, text) == (expected, "option_sign")


@pytest.mark.parametrize("options, text", [
    (_SCROTUM, "No dilated veins around the testis."),
    (_LOBES, "Retrocardiac opacity, maybe a collapse or a consolidation."),  # no triangle: collapse or pneumonia
    (_CHILD, "No cupping or fraying of the metaphyses."),
    (_LIVER, "A central scar that does not enhance."),  # a scar that does not enhance is no FNH scar
    (_HEARTS, "Possibly a boot-shaped heart."),
])
def test_a_sign_denied_hedged_or_not_the_rows_stays_unread(options: dict[str, str], text: str) -> None:
    assert _choice(options, text)[0] is None
