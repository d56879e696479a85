"""Session 55, multiple choice (issue #7): what a reply commits to where it gives no final answer line, and the
letter-and-text answer never outvoted by options named only to be set aside. Invented texts, written for these tests.

* "The answer is (D) Calcified pleural plaques. ... so mesothelioma, effusion and asbestosis are not supported.":
  a list whose predicate rejects it sets aside its first item as well as its last (``clauses.list_rejected``), so the
  first item is no later commitment outranking the answer stated first.
* "D, not B — double density ...": a first line setting one letter against another commits to the first, its
  grounds after a dash (``lines._LEADING_CONTRAST``).
* "..., the only one that explains both the globular heart and the clear lungs is D.": a noun inside the relative
  clause of the subject is no subject of its own (``restated._IN_RELATIVE``): "the clear lungs" does not turn the
  pick to the normal pole.
* "A — ... Not present. / B — ... Consistent. / C — ...; no subluxation. / D — Not a normal study given the C5
  finding.": a verdict with its grounds after it is a verdict (``hedges.GROUNDS``), and an option's own text named
  again on its item's line is part of that item (``closing_verdicts._items``).
* "... a pneumothorax on the right side ..." to "Right-sided pneumothorax" / "Left-sided pneumothorax": the side
  identifies the one option where the finding's name fits two (``side_choice.read_sided_finding``).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.clauses import list_rejected
from medstep.extract.mentions import option_index
from medstep.extract.side_choice import read_sided_finding
from medstep.types import AnswerType, Sample

_ASB = Sample(id="v55a", question="What is the main finding on this chest radiograph?", answer="D",
              answer_type=AnswerType.CHOICE,
              options={"A": "Pulmonary fibrosis", "B": "Mesothelioma", "C": "Pleural effusion",
                       "D": "Calcified pleural plaques", "E": "Lung cancer"})
_CHAMBER = Sample(id="v55c", question="Which cardiac chamber is enlarged on this chest radiograph?", answer="D",
                  answer_type=AnswerType.CHOICE,
                  options={"A": "Right atrium", "B": "Left ventricle", "C": "Right ventricle", "D": "Left atrium"})
_HEART = Sample(id="v55h", question="What is the most likely cause of the enlarged cardiac silhouette?", answer="D",
                answer_type=AnswerType.CHOICE,
                options={"A": "Mitral stenosis", "B": "Left ventricular aneurysm", "C": "Tetralogy of Fallot",
                         "D": "Pericardial effusion", "E": "Pulmonary arterial hypertension"})
_SPINE = Sample(id="v55s", question="Which finding is present on this lateral cervical spine radiograph?", answer="B",
                answer_type=AnswerType.CHOICE,
                options={"A": "Prevertebral soft tissue swelling", "B": "Anterior wedge fracture of C5",
                         "C": "Atlantoaxial subluxation", "D": "Normal study"})
_PTX = Sample(id="v55p", question="What is the abnormality seen in the chest X-ray?", answer="A",
              answer_type=AnswerType.CHOICE,
              options={"A": "Right-sided pneumothorax", "B": "Left-sided pneumothorax",
                       "C": "Bilateral pleural effusions", "D": "Normal study"})


def _read(text: str, sample: Sample) -> tuple[str | None, str]:
    ext = extract(text, sample)
    return ext.answer, ext.status.value


@pytest.mark.parametrize(("right", "rejected"), [
    (", effusion and asbestosis are not supported", True),
    (", fibrosis or cancer is unlikely", True),
    (", effusion and asbestosis are present", False),  # a list stated, not rejected
    (", the plaques are not supported", False),  # a bare comma opens a clause of its own
    (" is not supported", False),  # the mention's own rejection: ``REJECTION`` reads it
])
def test_list_rejected(right: str, rejected: bool) -> None:
    assert list_rejected(right) is rejected


@pytest.mark.parametrize(("text", "expected"), [
    ("The answer is **(D) Calcified pleural plaques**.\n\n**Explanation:**\n\n* Dense calcified opacities project over "
     "both hemithoraces.\n* No pleural effusion or pleural mass is present, so mesothelioma, effusion and fibrosis are "
     "not supported.", ("D", "scored")),
    ("The answer is (D) Calcified pleural plaques. Calcified plaques, effusion and fibrosis are not supported.",
     ("D", "scored")),  # the answer's own text in a rejected list: still nothing else committed to
    # near miss: an answer stated, then another option picked by a final answer line: that line stands
    ("The answer is (D) Calcified pleural plaques.\n\nOn reflection, the final answer is B.", ("B", "scored")),
])
def test_letter_and_text_answer_not_outvoted(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _ASB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("D, not B — double density behind the right heart border and splayed carina.", ("D", "scored")),
    ("D, not B - double density behind the right heart border.", ("D", "scored")),
    ("Not C. The answer is D.", ("D", "scored")),
    # near misses: a comparison that ranks D below B, and two options left open
    ("D is less likely than B.", (None, "unparsed")),
    ("A or B; cannot decide.", (None, "ambiguous")),
])
def test_contrast_first_line(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _CHAMBER) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The silhouette is enlarged and the lungs are clear.\n\nOf the five options, the only one that explains both the "
     "globular enlarged heart and the clear lungs is D.", ("D", "scored")),
    # near miss: the one option not seen is named, never chosen
    ("The heart is enlarged and globular. The only finding not seen is C.", (None, "unparsed")),
])
def test_only_one_that(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _HEART) == expected


_SPINE_LINES = ("A — Prevertebral soft tissues measure within normal limits. Not present.\n"
                "B — The anterior height of the C5 body is reduced. Consistent.\n"
                "C — The atlantodental interval is normal; no subluxation.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_SPINE_LINES + "D — Not a normal study given the C5 finding.", ("B", "scored")),
    (_SPINE_LINES + "D — Not a normal study.", ("B", "scored")),
    # near misses: two options affirmed; a hedged verdict; a list cut before its last option
    (_SPINE_LINES.replace("no subluxation", "Consistent") + "D — Not a normal study given the C5 finding.",
     (None, "unparsed")),
    (_SPINE_LINES + "D — Possible given the C5 finding.", (None, "unparsed")),
])
def test_per_option_verdict_lines(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _SPINE) == expected


def test_per_option_list_cut() -> None:
    ext = extract(_SPINE_LINES + "D — Not a normal", _SPINE, finish_reason="length")
    assert (ext.answer, ext.status.value) == (None, "truncated")  # the truncation owner's (``extract/unfinished.py``)


@pytest.mark.parametrize(("text", "expected"), [
    ("The chest X-ray shows a pneumothorax on the right side, as indicated by the absence of lung markings in the right "
     "upper hemithorax and a visible pleural line.", ("A", "scored")),
    ("There is a left pneumothorax with a visible pleural edge.", ("B", "scored")),
    # near misses: a hedge, a denial, both sides, and the side of another finding
    ("There may be a pneumothorax on the right side.", (None, "unparsed")),
    ("There is a pneumothorax on the right and a small one on the left.", (None, "unparsed")),
])
def test_sided_finding(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _PTX) == expected


@pytest.mark.parametrize("text", [
    "There is no pneumothorax on the right side.",  # denied (the normal option's reader reads it: not this one)
    "There is a pneumothorax on the right side and a pleural effusion.",  # another option's finding stated
    "A left pneumothorax, option A.",  # a letter named
    "On the image's right there is a pneumothorax.",  # the picture's side
])
def test_sided_finding_unread(text: str) -> None:
    assert read_sided_finding(text, option_index(_PTX.options), _PTX.options, _PTX.question) is None


_PH = Sample(id="v55ph", question="Which finding on this chest X-ray suggests pulmonary hypertension?", answer="A",
             answer_type=AnswerType.CHOICE,
             options={"A": "Enlarged central pulmonary arteries with peripheral pruning",
                      "B": "Bilateral hilar lymphadenopathy", "C": "Upper lobe venous diversion", "D": "Kerley B lines"})
_FRACTURE = Sample(id="v55f", question="What type of fracture is shown?", answer="A", answer_type=AnswerType.CHOICE,
                   options={"A": "Spiral fracture", "B": "Transverse fracture", "C": "Buckle fracture",
                            "D": "Greenstick fracture"})


@pytest.mark.parametrize(("text", "sample", "expected"), [
    # the answer given in words of its own after the answer phrase: an option described after it is no answer
    ("The best answer is the enlargement of the central pulmonary arteries with abrupt tapering of peripheral "
     "vessels. Kerley B lines reflect venous hypertension from left heart failure.", _PH, (None, "unparsed")),
    # near misses: the option named after the phrase; words of its text; a pointer, then the option
    ("The answer is Kerley B lines. They reflect interstitial oedema.", _PH, ("D", "scored")),
    ("Final answer: the spiral one.", _FRACTURE, ("A", "scored")),
    ("The line twists around the shaft. Final answer: the twisting one. Spiral fracture.", _FRACTURE,
     ("A", "scored")),
])
def test_answer_in_own_words(text: str, sample: Sample, expected: tuple[str | None, str]) -> None:
    assert _read(text, sample) == expected


_ORGAN = Sample(id="v55o", question="Which organ does this histology section come from?", answer="C",
                answer_type=AnswerType.CHOICE, options={"A": "Liver", "B": "Kidney", "C": "Lung", "D": "Thyroid"})


@pytest.mark.parametrize(("text", "expected"), [
    # every option judged, one for: an item's "I can't identify X" is an observation, no refusal of the task
    ("A: unlikely — no hepatocyte plates or portal triads.\nB: no — I can't identify glomeruli or tubules.\n"
     "C: consistent — thin-walled alveolar spaces lined by flattened pneumocytes.\nD: no follicles with colloid.",
     ("C", "scored")),
    # near misses: two options judged for; none judged for, one left undecided: the refusal stands
    ("A: unlikely — no hepatocyte plates.\nB: consistent — I can't identify glomeruli, though.\n"
     "C: consistent — alveolar spaces.\nD: no follicles.", (None, "refused")),
    ("A: no.\nB: no — I can't identify glomeruli.\nC: I can't tell.\nD: no follicles.", (None, "refused")),
])
def test_verdict_list_beside_refusal_words(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _ORGAN) == expected


def test_sided_finding_options_differing_by_site_unread() -> None:
    options = {"A": "Left lower lobe atelectasis", "B": "Right upper lobe atelectasis", "C": "Pneumothorax",
               "D": "Normal study"}
    # the two options differ by a lobe as well as a side: the reply's right lower lobe is neither
    assert read_sided_finding("Right lower lobe collapse.", option_index(options), options, "What is shown?") is None


_PNA = Sample(id="v55n", question="What is the most likely diagnosis?", answer="D", answer_type=AnswerType.CHOICE,
              options={"A": "Pneumothorax", "B": "Lobar pneumonia", "C": "Pulmonary oedema", "D": "Lung abscess"})


@pytest.mark.parametrize(("text", "expected"), [
    # review: a description after the answer phrase, then the option it describes named as its conclusion
    ("The answer is a cavity with an air-fluid level inside a thick-walled mass. This is a lung abscess.", ("D", "scored")),
    ("The answer is a cavity with an air-fluid level inside a thick-walled mass, i.e. lung abscess.", ("D", "scored")),
    ("The answer is dense opacity filling a whole lobe with air bronchograms inside it. Hence lobar pneumonia.",
     ("B", "scored")),
    # near misses: the option named next denied, or the subject of a sentence about it
    ("The answer is a cavity with an air-fluid level inside a thick-walled mass. This is not a lung abscess, though.",
     (None, "unparsed")),
    ("The answer is a cavity with an air-fluid level inside a thick-walled mass. Lung abscess would be my second "
     "thought.", (None, "unparsed")),
])
def test_description_then_named(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _PNA) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review: a habit stated of the finding's side reads no case; a label with a textbook aside does
    ("Pneumothorax is usually right-sided in tall thin young men.", (None, "unparsed")),
    ("Primary spontaneous pneumothorax typically occurs on the right.", (None, "unparsed")),
    ("Right pneumothorax, usually seen after line insertion.", ("A", "scored")),
])
def test_sided_finding_habit(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, _PTX) == expected


def test_grounds_on_a_long_run_of_blanks_is_linear():
    # "\s+" tried from each blank of a 30,000-blank run took 90 s; from the run's first blank only it is instant
    from medstep.extract.closing_verdicts import _GROUNDS
    assert _GROUNDS.search(" " * 30000) is None
    assert _GROUNDS.search("Not a normal study" + " " * 30000 + "given the C5 finding").start() == len("Not a normal study")
