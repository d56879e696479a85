"""One option letter committed to in a closing statement, whatever its position (issue #7, ``extract/closing_choice.py``).

The reader weighs every reference to an option by what its own clause says of it (set aside, supposed, held open,
committed) and takes the last committed letter when every later reference leaves it standing. The rows below were
written fresh for the lane, in several model styles and languages: the commitments it must read, and the near misses
(a letter rejected, compared, switched away from, inside a name, the article "A", a walk-through with no conclusion, a
refusal listing letters) it must leave as they were.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.closing_choice import Stance, stance
from medstep.extract.mentions import find_mentions, option_index
from medstep.types import AnswerType, Sample

CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation", "D": "Cardiomegaly"}
LIVER = {"A": "Focal nodular hyperplasia", "B": "Hemangioma", "C": "Hepatic adenoma", "D": "Hepatocellular carcinoma",
         "E": "Metastasis"}
BRAIN = {"A": "Ischemic stroke", "B": "Glioblastoma", "C": "Cerebral abscess", "D": "Metastasis"}
BONE = {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Osteomyelitis", "D": "Giant cell tumor"}


def _read(options: dict[str, str], text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="c34", question="What is the most likely diagnosis?", answer="A",
                               answer_type=AnswerType.CHOICE, options=options))
    return got.answer, got.rule


READ = [
    (CXR, "Going option by option:\nA. Pneumothorax: no visceral pleural line.\nB. Pleural effusion: the right "
          "costophrenic angle is blunted with a meniscus.\nC. Consolidation: no air bronchograms.\nD. Cardiomegaly: "
          "heart size is normal.\n\nSo the finding here is the effusion, option B. A lateral decubitus film or "
          "ultrasound could quantify it.", "B"),
    (LIVER, "The arterial enhancement and washout are worrying, and although I can't exclude an atypical adenoma "
            "entirely, the overall picture leans toward D.", "D"),
    (BRAIN, "Smooth ring, restricted core, surrounding oedema — C, cerebral abscess. A necrotic glioblastoma (B) would "
            "have a thicker, irregular wall.", "C"),
    (LIVER, "The capsule and washout settle it: D. A hemangioma (B) would fill in centripetally.", "D"),
    # ("... — is why D is my pick." now reads by letter_judgement first: tests/test_extract_choicetext37.py)
    (CXR, "The meniscus leaves B as the only reasonable option; A is excluded by the absent pleural line.", "B"),
    (BRAIN, "I think this is most likely an abscess — C — though a perfusion study would help.", "C"),
]


@pytest.mark.parametrize(("options", "text", "want"), READ)
def test_a_closing_commitment_is_read(options: dict[str, str], text: str, want: str) -> None:
    assert _read(options, text) == (want, "closing_choice")


LEFT = [
    (CXR, "There is no pleural line, so A is out."),
    (CXR, "I don't think the answer is C, given the sharp angles."),
    (CXR, "Option C is what the textbook calls the classic appearance, but I'm not convinced here."),
    (BRAIN, "Many students choose C, which is wrong."),
    (LIVER, "E is out, and so is A. I can't separate C from D on this phase."),
    (LIVER, "Option D, as in hepatitis D superinfection, is not shown here."),
    (LIVER, "This is a grade A lesion under the old scheme, and hepatitis B serology is pending."),
    (BONE, "Type C periosteal reaction per the Lodwick classification; see Figure 2A for the pattern."),
    (BRAIN, "A. Ischemic stroke: restricted diffusion possible.\nB. Glioblastoma: thick irregular enhancing rim.\n"
            "C. Cerebral abscess: smooth rim with central restriction.\nD. Metastasis: often multiple."),
    (CXR, "B would be the answer if the meniscus were visible, but it is not clear on this film."),
    (LIVER, "D is less likely than C in a young woman on oral contraceptives."),
    (BRAIN, "C (cerebral abscess) is defined as a focal suppurative infection of the brain parenchyma."),
    (LIVER, "A 3 cm arterially enhancing lesion with washout. A capsule is present. A biopsy may be considered."),
    (CXR, "B. C cannot be excluded without a lateral view."),
    # review of the lane: another language's denial, a self-correction after a colon, a preference reported of others
    (CXR, "Je n'opterais pas pour la C."),
    (CXR, "Je ne pense pas que ce soit la B."),
    (CXR, "Nunca la C."),
    (CXR, "Answer B: no, on reflection C."),
    (CXR, "Many textbooks favour B, but this image argues against it."),
]

# Another language's "rather than" sets the option after it aside, as the English one does.
OTHER_INSTEAD = [
    (CXR, "Par conséquent, je penche vers la C plutôt que la D."),
    (CXR, "Me inclino por la C en lugar de la D."),
]


@pytest.mark.parametrize(("options", "text"), OTHER_INSTEAD)
def test_another_languages_rather_than_sets_the_later_option_aside(options: dict[str, str], text: str) -> None:
    assert _read(options, text)[0] in (None, "C")


def test_a_before_rather_than_is_the_letter() -> None:
    hep = {"A": "Hepatitis A virus", "B": "Hepatitis B virus", "C": "Hepatitis C virus", "D": "Hepatitis E virus"}
    text = "Acute jaundice after shellfish, IgM anti-HAV positive; that's why A rather than E."
    assert _read(hep, text)[0] == "A"


@pytest.mark.parametrize(("options", "text"), LEFT)
def test_a_near_miss_is_not_read_by_the_closing_reader(options: dict[str, str], text: str) -> None:
    assert _read(options, text)[1] != "closing_choice"


def test_a_caveat_after_the_answer_is_only_supposed() -> None:
    text = "C, hamartoma. I'd note that a carcinoma (A) can occasionally engulf calcification."
    idx = option_index({"A": "Bronchogenic carcinoma", "B": "Granuloma", "C": "Hamartoma", "D": "Metastasis"})
    found = find_mentions(text, idx)
    assert [stance(text, m, found[i - 1].end if i else 0) for i, m in enumerate(found)] == [Stance.COMMITTED,
                                                                                             Stance.SUPPOSED]
