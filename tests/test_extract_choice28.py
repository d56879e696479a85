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


_KNEE = {"A": "Anterior cruciate ligament", "B": "Lateral meniscus, radial tear", "C": "Medial meniscus, bucket-handle tear",
         "D": "Posterior cruciate ligament"}
_FOREARM = {"A": "Monteggia fracture-dislocation", "B": "Galeazzi fracture-dislocation",
            "C": "Isolated ulnar shaft fracture", "D": "Isolated radial shaft fracture"}
_MEDIASTINUM = {"A": "Thymic cyst", "B": "Thymoma", "C": "Lymphoma", "D": "Germ cell tumour"}
_NODULES = {"A": "Septic pulmonary emboli", "B": "Metastatic disease", "C": "Granulomatosis with polyangiitis",
            "D": "Tuberculosis"}
_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation", "D": "Normal"}


@pytest.mark.parametrize("text", [
    "A displaced meniscal fragment lies under the PCL, which itself is intact, so D is a trap.",
    "A flipped fragment sits beneath the ligament. D is a red herring here.",
])
def test_an_option_called_a_trap_is_no_answer(text: str) -> None:
    assert _choice(_KNEE, text)[0] is None


def test_a_distractor_named_beside_the_answer() -> None:
    assert _choice(_KNEE, "The answer is C; D is a distractor.")[0] == "C"


@pytest.mark.parametrize("text, expected", [
    ("Proximal ulnar fracture with the radial head dislocated forwards → Monteggia. Answer A", "A"),
    ("The radial head is out of joint with an ulnar fracture. So option A", "A"),
])
def test_a_closing_capital_a_after_a_word_is_a_letter(text: str, expected: str) -> None:
    assert _choice(_FOREARM, text)[0] == expected


@pytest.mark.parametrize("text", [
    "The radial head is dislocated and there is a",  # cut after an article
    "A A A A A A A A A A A A",  # a loop of letters
])
def test_a_closing_article_or_loop_stays_cut(text: str) -> None:
    assert _choice(_FOREARM, text)[1] == "truncated"


@pytest.mark.parametrize("text, expected", [
    ("I'd go with A, a thymic cyst. Thin wall, fluid attenuation, no enhancement — none of which fits a solid thymoma "
     "or lymphoma. A germ cell tumour can be cystic but usually contains fat or calcium as well, and it is found in "
     "younger men with raised tumour markers.", "A"),  # (a long reply: short ones are read by the concept reader)
    ("Water density, thin wall, no enhancement; neither of these suggests lymphoma. So a thymic cyst.", "A"),
    ("The lesion is solid and enhances, all of which fits a thymoma.", "B"),  # near miss: "all of which" links it
])
def test_none_of_which_fits_denies_the_link(text: str, expected: str) -> None:
    assert _choice(_MEDIASTINUM, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Cavitating nodules with feeding vessels in a drug user. I'd still consider GPA if there were renal involvement, "
     "but as it stands, A.", "A"),
    ("Cavitating nodules. TB would be possible if he came from an endemic area, but on balance, A.", "A"),
    ("Cavitating nodules. I would think about metastases if older, but honestly, A or D.", None),  # two letters
    ("Cavitating nodules. Could be D, but as it stands, A.", None),  # another letter in the sentence
    ("Cavitating nodules, but if anything, A.", None),  # the frame supposes
])
def test_a_letter_after_a_turn_and_a_short_frame(text: str, expected: str | None) -> None:
    assert _choice(_NODULES, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("A sharp visceral pleural line with no lung markings beyond it.\n\n(A)\n\nAn effusion (B) would instead blunt the "
     "costophrenic angle.", "A"),
    ("Meniscus at the right base.\n\nOption B\n\nConsolidation would show air bronchograms; none are seen here.", "B"),
    ("Let me go through the options.\n\nA\n\nA pneumothorax shows a pleural line.\n\nB\n\nAn effusion shows a meniscus.",
     None),  # letters as headings of a discussion
    ("Meniscus at the right base.\n\n**B**\n\nHowever, it could equally be consolidation (C).", None),  # kept open
    ("Options I rule out:\n\nC\n\nThe meniscus makes an effusion most likely, so B.", "B"),  # a label's letter
])
def test_a_lone_letter_paragraph_inside_the_output(text: str, expected: str | None) -> None:
    assert _choice(_CHEST, text)[0] == expected


_PRESENT = {"A": "Enlarged cardiac silhouette", "B": "Pneumothorax", "C": "Lung nodule", "D": "None of the above"}


@pytest.mark.parametrize("text, expected", [
    ("No pneumothorax. No nodules. Heart size is normal.", "D"),
    ("Heart not enlarged; no pneumothorax; no pulmonary nodule.", "D"),
    ("No pneumothorax. No nodules.", None),  # the heart not spoken of
    ("No pneumothorax. Possibly a small nodule. Heart size normal.", None),  # one finding hedged
])
def test_none_of_the_above_when_every_finding_is_denied(text: str, expected: str | None) -> None:
    assert _choice(_PRESENT, text)[0] == expected


_CUFF_Q = "What is the most likely diagnosis on this shoulder MRI showing fluid across the supraspinatus tendon?"
_CUFF = {"A": "Partial-thickness articular-side tear", "B": "Calcific tendinitis", "C": "Full-thickness supraspinatus tear",
         "D": "Tendinosis without tear"}


@pytest.mark.parametrize("text, expected", [
    ("Fluid runs from the articular to the bursal surface with a retracted stump, so this is a full-thickness tear.", "C"),
    ("Fluid reaches the articular surface, so it could be a partial or a full-thickness tear.", None),  # hedged
    ("Maybe the articular side is torn, so perhaps a full-thickness tear.", None),  # the evidence hedged
])
def test_the_last_sentence_concludes_after_its_so(text: str, expected: str | None) -> None:
    e = extract(text, Sample(id="x", question=_CUFF_Q, answer="C", answer_type=AnswerType.CHOICE, options=_CUFF))
    assert e.answer == expected


_MOVEMENT = {"A": "Parkinson disease", "B": "Progressive supranuclear palsy", "C": "Multiple system atrophy",
             "D": "Huntington disease"}
_BOWEL2 = {"A": "Ulcerative colitis", "B": "Crohn disease", "C": "Ischaemic colitis", "D": "Infectious colitis"}


@pytest.mark.parametrize("options, text, expected", [
    (_MOVEMENT, "The midbrain is thin with a hummingbird sign on the sagittal image.", "B"),
    (_MOVEMENT, "A cross-shaped T2 hyperintensity in the pons: hot cross bun sign.", "C"),
    (_BOWEL2, "Cobblestone mucosa of the terminal ileum with skip lesions.", "B"),
    (_BOWEL2, "Continuous disease from the rectum with no skip lesions.", None),  # the sign denied
    (_MOVEMENT, "No hot cross bun sign.", None),
])
def test_second_batch_of_signs(options: dict[str, str], text: str, expected: str | None) -> None:
    assert _choice(options, text)[0] == expected
