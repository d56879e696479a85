"""Session 56, multiple choice (issue #7): replies that state one option's finding plainly while every other option is
denied, called normal or absent, and two wrong readings. Invented texts, written for these tests (paraphrasing the
shapes of retired blind 55 and 50 replies).

* A name given ("which is commonly called a boxer's fracture", "This pattern is called tree-in-bud and usually
  indicates ...") is no habit: a habit word before a naming verb names (``hedges.NAMING``, ``closing_choice.
  HABIT_SAID``), and what follows a given name says what it means (``asides.GIVEN_NAME``, ``committed_words.
  given_name``, ``named_stance``).
* Options listed together and called normal as one ("The liver, spleen, and kidneys appear normal.") claim none of
  them (``asides.list_called_normal`` in ``affirmed_option._joined_aside``).
* A sentence naming its finding by the way or as not the main one ("For completeness: ..., but it's clearly not the
  main abnormality.", ``asides.SET_APART``) states no answer: not for ``option_words`` (``decision_clauses``), not
  by the option's text (``decision``) and not for ``affirmed_option`` (its references are dropped).
* "And there are no solid papillary projections to suggest D.": a denial list opened by a conjunction still denies
  the option it links to (``clauses._DENIED_LIST_LINK``).
* "No separate catheter, enteric tube, or chest drain is visible.": a reference inside a list a denial heads is
  rejected, though the reference before it in the list cut its clause (``affirmed_option._said``,
  ``clauses.list_denied``).
* A part called normal that holds the part the question asks about ("The cardiomediastinal silhouette is within
  normal limits." to "How would you describe the heart size?") reads the normal option (``normal_choice``).
* One name for two-concept options (``answers/concepts.tsv``): "Vertebral osteomyelitis-discitis" is ``discitis``
  (as "spondylodiscitis" was), "Tree-in-bud nodules" ``mucus_plugging`` (as "tree-in-bud" was); a tube projecting over
  the trachea is an endotracheal tube.
"""

from __future__ import annotations

import pytest

from medstep.answers.equivalents import content
from medstep.extract import extract
from medstep.extract.concept_question import OPTION_FRAME
from medstep.types import AnswerType, Sample


def _choice(question: str, options: dict[str, str]) -> Sample:
    return Sample(id="c56", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)


def _read(text: str, sample: Sample) -> str | None:
    return extract(text, sample).answer


_HAND = _choice("What abnormality is visible in this X-ray of the hand?",
                {"A": "Fracture of the distal radius", "B": "Dislocation of the thumb",
                 "C": "Fracture of the fifth metacarpal", "D": "No abnormality"})
_LUNG = _choice("What finding is present in the lungs?",
                {"A": "Tree-in-bud nodules", "B": "Ground-glass opacity", "C": "Honeycombing", "D": "Cavitation"})
_SPINE = _choice("What is the diagnosis?",
                 {"A": "Disc herniation", "B": "Vertebral osteomyelitis-discitis", "C": "Vertebral metastasis",
                  "D": "Osteoporotic compression fracture", "E": "Schmorl node"})
_HEART = _choice("How would you describe the heart size?",
                 {"A": "Normal", "B": "Mildly enlarged", "C": "Moderately enlarged", "D": "Severely enlarged"})
_DEVICE = _choice("Which device is seen in this chest radiograph?",
                  {"A": "Endotracheal tube", "B": "Permanent pacemaker", "C": "Chest drain", "D": "PICC line"})
_MAIN = _choice("What is the main abnormality on this CT?",
                {"A": "Pericardial effusion", "B": "Pleural effusion", "C": "Ascites",
                 "D": "Mediastinal lymphadenopathy"})
_OVARY = _choice("What is the most likely diagnosis of this ovarian lesion?",
                 {"A": "Dermoid cyst", "B": "Endometrioma", "C": "Hemorrhagic cyst", "D": "Serous cystadenocarcinoma"})
_TUBES = _choice("Which tube is present?", {"A": "Endotracheal tube", "B": "Tracheostomy tube", "C": "Nasogastric tube"})
_ORGAN = _choice("Which organ is abnormal?", {"A": "Liver", "B": "Spleen", "C": "Pancreas", "D": "Kidney"})
_BONE = _choice("Which bone contains the lesion?", {"A": "Femur", "B": "Tibia", "C": "Fibula", "D": "Patella"})


@pytest.mark.parametrize(("text", "sample", "answer"), [
    # a name given after a habit word names; the other options' words only denied or normal
    ("There is a fracture of the neck of the fifth metacarpal bone with volar angulation of the distal fragment, "
     "which is commonly called a boxer's fracture. The distal radius appears intact and the thumb is normally aligned.",
     _HAND, "C"),
    ("There is a fracture of the neck of the fifth metacarpal bone, which is commonly called a boxer's fracture.",
     _HAND, "C"),
    # near miss: the option denied, another stated
    ("Fracture of the fifth metacarpal is unlikely; the distal radius is fractured.", _HAND, "A"),
    ("The CT image shows multiple small centrilobular nodules connected to branching linear opacities in the right "
     "lower lobe. This pattern is called tree-in-bud and usually indicates infectious bronchiolitis.", _LUNG, "A"),
    ("This pattern is called tree-in-bud, which usually indicates bronchiolitis.", _LUNG, "A"),
    # near misses: the option denied; the option said of in general, no name given
    ("Tree-in-bud nodules are absent; there is ground-glass opacity.", _LUNG, "B"),
    ("Tree-in-bud nodules are usually seen in infection.", _LUNG, None),
    ("Tree-in-bud usually indicates infectious bronchiolitis.", _LUNG, None),
    ("A tree-in-bud pattern is typically seen in infection.", _LUNG, None),
    ("T2 hyperintensity in the L3-L4 disc and adjacent endplates with endplate erosion. Findings suggest "
     "spondylodiscitis.", _SPINE, "B"),
    ("The cardiomediastinal silhouette is within normal limits.", _HEART, "A"),
    # (review: a tube projecting over the trachea names a place, not a kind: a tracheostomy tube, or an enteric tube in
    # the airway, projects there too; no synonym of ``endotracheal_tube``, so no option is read)
    ("The image shows a tube projecting over the trachea, with its tip approximately 4 cm above the carina. No "
     "cardiac leads or pleural drains are seen.", _DEVICE, None),
    ("The tube projecting over the trachea is a tracheostomy tube, not an endotracheal tube.", _TUBES, "B"),
    ("There is a tracheostomy cannula; the tube projecting over the trachea enters at the stoma in the neck.", _TUBES,
     "B"),
    ("The pancreas appears enlarged and edematous with peripancreatic stranding, consistent with acute "
     "pancreatitis. The liver, spleen, and kidneys appear normal.", _ORGAN, "C"),
    ("The liver, spleen and kidneys appear normal. The pancreas appears enlarged.", _ORGAN, "C"),
    ("There is a lytic lesion in the distal femoral metaphysis, consistent with a giant cell tumor of the distal "
     "femur. The tibia, fibula, and patella are unremarkable.", _BONE, "A"),
])
def test_one_option_affirmed(text: str, sample: Sample, answer: str | None) -> None:
    assert _read(text, sample) == answer


@pytest.mark.parametrize(("text", "sample"), [
    # every option called normal, or two abnormal together: no answer
    ("The liver, spleen, and kidneys appear normal.", _ORGAN),
    ("The pancreas appears normal. The liver, spleen, and kidneys appear normal.", _ORGAN),
    ("The pancreas is inflamed. The liver and spleen appear enlarged.", _ORGAN),
    ("The pancreas is inflamed. The liver, spleen and kidneys are also involved.", _ORGAN),
    # a reply that restates every option
    ("The options are pericardial effusion, pleural effusion, ascites and mediastinal lymphadenopathy.", _MAIN),
    # "Not A. Not B." with nothing else
    ("Not A. Not B.", _choice("What is the most likely diagnosis?",
                              {"A": "Pneumonia", "B": "Pleural effusion", "C": "Pneumothorax"})),
    # the denial list alone chooses nothing
    ("Not B — an endometrioma would show homogeneous echoes. Not C — there's no reticular pattern. And there are no "
     "vascular solid papillary projections to suggest D.", _OVARY),
])
def test_no_answer(text: str, sample: Sample) -> None:
    assert _read(text, sample) is None


_PACER = _choice("Which device is visible on this chest radiograph?",
                 {"A": "Cardiac pacemaker", "B": "Central venous catheter", "C": "Nasogastric tube", "D": "Chest tube"})


@pytest.mark.parametrize(("text", "answer"), [
    ("The device is a dual-chamber cardiac pacemaker: the pulse generator sits in the left infraclavicular soft "
     "tissues. No separate catheter, enteric tube, or chest drain is visible.", "A"),
    # near misses: the list not denied, or a denial that does not head the list
    ("The device is a dual-chamber cardiac pacemaker. A separate catheter, enteric tube, or chest drain is visible.",
     None),
    ("The device is a cardiac pacemaker. There is no catheter; an enteric tube and a chest drain are seen.", None),
])
def test_denied_list_item(text: str, answer: str | None) -> None:
    assert _read(text, _PACER) == answer


@pytest.mark.parametrize(("question", "options"), [
    # "within normal limits" to a severity question whose options lack "Normal"
    ("How would you describe the heart size?", {"A": "Mildly enlarged", "B": "Moderately enlarged",
                                                "C": "Severely enlarged"}),
    # the part called normal does not hold the part asked about
    ("How would you describe the liver size?", {"A": "Normal", "B": "Mildly enlarged", "C": "Moderately enlarged",
                                                "D": "Severely enlarged"}),
])
def test_normal_part_not_the_asked(question: str, options: dict[str, str]) -> None:
    assert _read("The cardiomediastinal silhouette is within normal limits.", _choice(question, options)) is None


def test_heart_called_normal_holds_no_mediastinum() -> None:
    assert _read("The heart size is within normal limits.",
                 _choice("How would you describe the mediastinum?", {"A": "Normal", "B": "Mildly widened",
                                                                     "C": "Markedly widened"})) is None


@pytest.mark.parametrize(("text", "answer"), [
    ("There's a circumferential fluid-attenuation rim surrounding the heart, contained within the pericardium — "
     "that's a pericardial effusion, moderate in size.\n\nFor completeness: the small crescent of fluid at the left "
     "lung base is a trace pleural effusion, but it's clearly not the main abnormality.", "A"),
    ("There's a moderate pericardial effusion. Incidentally, a trace pleural effusion is also seen.", "A"),
    # set apart and nothing else: no answer, never the finding named by the way
    ("For completeness: a trace pleural effusion, but it's clearly not the main abnormality.", None),
])
def test_finding_set_apart(text: str, answer: str | None) -> None:
    assert _read(text, _MAIN) == answer


def test_finding_by_the_way_alone_still_named() -> None:
    # (review) named by the way with nothing beside it: the finding is still the reply's, to a question not after the
    # main one; "not the main abnormality" alone still sets it apart (above)
    kidney = _choice("What is seen in the left kidney?", {"A": "Renal cyst", "B": "Renal calculus",
                                                          "C": "Angiomyolipoma", "D": "Hydronephrosis"})
    assert _read("Incidentally, a simple cyst is noted in the left kidney.", kidney) == "A"


@pytest.mark.parametrize(("text", "answer"), [
    ("There's a cystic adnexal mass with an echogenic mural nodule and a fat-fluid level.\n\nNot B — an endometrioma "
     "would show homogeneous low-level echoes. Not C — there's no reticular, lacy internal pattern. And there are no "
     "vascular solid papillary projections to suggest D.\n\n**Mature cystic teratoma (dermoid cyst).**", "A"),
    # near miss: the features affirmed, the link stands
    ("And there are solid papillary projections to suggest D.", "D"),
])
def test_denial_list_then_bold_close(text: str, answer: str) -> None:
    assert _read(text, _OVARY) == answer


@pytest.mark.parametrize(("text", "concepts"), [
    ("Vertebral osteomyelitis-discitis", {"discitis"}),
    ("spondylodiscitis", {"discitis"}),
    ("osteomyelitis", {"osteomyelitis"}),
    ("Tree-in-bud nodules", {"mucus_plugging"}),
    ("tree-in-bud", {"mucus_plugging"}),
])
def test_one_name_concepts(text: str, concepts: set[str]) -> None:
    assert content(text, OPTION_FRAME).concepts == frozenset(concepts)
