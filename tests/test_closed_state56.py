"""Lane closed56 (issue #7): English closed questions answered by a diagnosis, a state or a position instead of a
yes/no word: a committed member of the asked class ("..., consistent with a high-grade carcinoma." to "Is this a
malignant tumor?"; ``extract/class_verdict.read_member``), a generic lesion word taking up the asked lesion ("The
lesion is solid." to "Is the mass cystic?"; ``extract/antonyms._names``), and the near misses that must not change."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.class_verdict import read_member
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED, options={}))
    return got.answer, got.rule


@pytest.mark.parametrize(("question", "text", "verdict"), [
    # b55-0013: a carcinoma is a malignant tumour
    ("Is this a malignant tumor?", "The image shows a histological section with sheets of pleomorphic cells with "
     "hyperchromatic nuclei, frequent atypical mitoses and areas of geographic necrosis, consistent with a high-grade "
     "carcinoma.", "yes"),
    ("Is this a malignant tumor?", "Consistent with a high-grade carcinoma.", "yes"),
    ("Is the lesion malignant?", "The findings are in keeping with an osteosarcoma.", "yes"),
    # b55-0262: metastatic adenocarcinoma in a node shows metastasis
    ("Does this image show metastasis?", "The lymph node is largely replaced by clusters of atypical epithelial cells "
     "forming glands, consistent with metastatic adenocarcinoma.", "yes"),
    # a malignant member answers the benign question no
    ("Is the lesion benign?", "Consistent with an invasive ductal carcinoma.", "no"),
    # b55-0159: the generic "lesion" takes up "the mass"; solid is the contrary of cystic
    ("Is the mass cystic?", "The lesion is solid: it's hypoechoic with internal vascularity on color Doppler and no "
     "posterior acoustic enhancement.", "no"),
    ("Is the mass cystic?", "The lesion is solid.", "no"),
    ("Is the mass malignant?", "The lesion is benign.", "no"),
    # already read before, kept: the class word itself
    ("Is the lesion malignant?", "Findings consistent with a benign adenoma.", "no"),
])
def test_read(question: str, text: str, verdict: str) -> None:
    assert _read(question, text)[0] == verdict


@pytest.mark.parametrize(("question", "text"), [
    ("Is the lesion malignant?", "The differential includes carcinoma."),  # a differential
    ("Does this image show metastasis?", "The differential includes metastasis."),
    ("Is the lesion malignant?", "Not consistent with carcinoma."),  # denied
    ("Is the lesion malignant?", "No findings compatible with lymphoma."),
    ("Is the lesion malignant?", "Consistent with carcinoma or lymphoma."),  # an alternative
    ("Is the lesion malignant?", "This could be consistent with carcinoma."),  # a possibility
    ("Is the lesion malignant?", "Carcinoma cannot be excluded."),
    ("Is the lesion malignant?", "This is suspicious for carcinoma."),  # a suspicion, no member link
    ("Is this melanoma?", "Consistent with a high-grade carcinoma."),  # a diagnosis asked, not the class
    ("Is there metastasis to the liver?", "Consistent with metastatic adenocarcinoma."),  # a place asked
    ("Is the lesion malignant?", "Lymphoma is a common cause of such a mass; consistent with lymphoma."),
    ("Is the mass cystic?", "The lesion has solid and cystic components."),  # a mixed lesion: no answer
    ("Is the liver mass cystic?", "The renal lesion is solid."),  # another organ's lesion
    ("Is the liver mass cystic?", "The lesion is solid."),  # an organ asked, a bare lesion said: not taken up
])
def test_unread(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_member_needs_no_class_word() -> None:
    """A reply naming the class word itself is the class reader's (``read_class``), never the member's."""
    assert read_member("Consistent with a benign adenoma.", "Is the lesion malignant?") is None
    assert read_member("Consistent with a high-grade carcinoma.", "Is it malignant?") == "yes"
    assert read_member("Consistent with a mesothelioma.", "Is it malignant?") is None  # not malignant by definition
    assert read_member("Consistent with a high-grade carcinoma,", "Is it malignant?") is None  # unfinished


@pytest.mark.parametrize(("question", "text", "verdict"), [
    # b55-0112, b54-0028: a disclaimer of certainty, then the emphatic "does look like" (raised.commit)
    ("Is there a fracture of the femoral neck?", "I can't be fully certain from a single AP view, and this should be "
     "confirmed by a radiologist, but it does look like there's a fracture: the cortex along the lateral femoral neck "
     "is disrupted, there's a subtle sclerotic band across the neck, and the femoral head sits in slight varus.", "yes"),
    ("Is there a fracture in this wrist radiograph?", "I can't be fully certain from a single projection, and a lateral "
     "view would help, but it does look like there's a fracture of the distal radius — there's a lucent line about 2 cm "
     "proximal to the articular surface. I'd recommend a formal radiology read to confirm.", "yes"),
    ("Is there a fracture of the femoral neck?", "It does look like there's a fracture.", "yes"),
])
def test_emphatic(question: str, text: str, verdict: str) -> None:
    assert _read(question, text)[0] == verdict


@pytest.mark.parametrize(("question", "text"), [
    ("Is there a fracture of the femoral neck?", "It does not look like there's a fracture."),  # as before: unread
    ("Is there a fracture of the femoral neck?", "If it does look like a fracture on the lateral view, get a CT."),
    ("Is there a fracture of the femoral neck?", "It does look like there's a fracture, but it could be a nutrient "
     "canal."),
])
def test_emphatic_unread(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_emphatic_rewrite() -> None:
    from medstep.extract.raised import commit
    assert commit("it does look like there's a fracture") == "it looks like there's a fracture"
    assert commit("There does appear to be fluid.") == "There appears to be fluid."
    assert commit("if it does look like a fracture") == "if it does look like a fracture"
    assert commit("Does it look like a fracture?") == "Does it look like a fracture?"


@pytest.mark.parametrize(("question", "text", "verdict"), [
    # a clause opening on an identifying link is one statement with the clause it names (implicit._linked)
    ("Is there hilar lymphadenopathy?", "Bilateral hilar enlargement, consistent with lymphadenopathy.", "yes"),
    ("Is there hilar lymphadenopathy?", "Hilar enlargement with lobulated contours, consistent with lymphadenopathy.",
     "yes"),
    ("Is there a fracture of the distal radius?", "Transverse lucent line through the distal radial metaphysis with "
     "dorsal angulation, consistent with a fracture.", "yes"),
])
def test_linked(question: str, text: str, verdict: str) -> None:
    assert _read(question, text)[0] == verdict


@pytest.mark.parametrize(("question", "text"), [
    ("Is there hilar lymphadenopathy?", "Hilar enlargement, consistent with pulmonary arterial hypertension rather "
     "than lymphadenopathy."),
    ("Is there hilar lymphadenopathy?", "Hilar prominence, possibly consistent with lymphadenopathy."),
    ("Is there left hilar lymphadenopathy?", "Right hilar enlargement, consistent with lymphadenopathy."),
])
def test_linked_unread(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize(("question", "text", "verdict"), [
    # the brief's near misses, as they read now (none moved by this lane)
    ("Is there contrast in the bladder?", "The bladder is not opacified yet.", None),  # left unread, never a yes
    ("Is the central line tip in the right atrium?", "The tip projects over the right atrium.", "yes"),
    ("Is the central line tip in the right atrium?", "The tip sits at the cavoatrial junction.", None),
])
def test_brief_pins(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text)[0] == verdict
