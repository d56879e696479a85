"""The thing an organ / bone / vessel / structure question asks, read as the site heading the reply's statement, with
the findings and landmarks after it dropped (lane open46, issue #7: ``extract/open_place.py``'s ``asks_thing``); a
report header with no findings (``extract/open_technique.py``) and a reply with no medical content
(``extract/open_generic.off_topic``) answer nothing.

Texts written for these tests in fresh wording; each asserts the exact reading. The near misses keep the reading the
reader gave before the lane: two organs, a later sentence adding a second one, a site that is only an adjective of a
diagnosis, a quadrant (a place, not an organ), a colour answer sharing the question's words.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_frames_cjk import zh_organ
from medstep.extract.open_generic import off_topic
from medstep.extract.open_place import asks_thing
from medstep.extract.open_technique import names_study_only
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status, str]:
    got = extract(text, Sample(id="o46", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status, got.rule


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Which organ is enlarged?", "The liver measures 21 cm in the midclavicular line, extending well below the costal "
     "margin. The spleen is normal.", "liver"),
    ("Which organ is affected?", "The pancreas is swollen with peripancreatic fat stranding and a small fluid "
     "collection near the tail.", "pancreas"),
    ("Which bone is fractured?", "The fractured bone is the right radius, at the junction of the middle and distal "
     "thirds, with dorsal angulation.", "right radius"),
    ("Which bone is broken?", "The left femur is fractured through its mid-shaft, with overriding of the fragments.",
     "left femur"),
    ("Which organ is abnormal on this CT?", "The organ with the abnormality is the gallbladder. Its wall is thickened "
     "and there are several stones.", "gallbladder"),
    ("What does the arrow indicate?", "The arrow indicates the appendix, which is dilated to 11 mm with surrounding fat "
     "stranding.", "appendix"),
    ("What structure does the arrowhead point to?", "The arrowhead points to the common bile duct, which is dilated "
     "to 12 mm.", "common bile duct"),
    ("Which organ is enlarged on this ultrasound?", "Splenomegaly: the spleen measures 16 cm in its long axis, with "
     "homogeneous echotexture.", "spleen"),
    ("Which organ lies in the right upper quadrant here?", "The gallbladder, which lies under the liver in the right "
     "upper quadrant.", "gallbladder"),
])
def test_thing_read(question: str, text: str, answer: str) -> None:
    got, status, rule = _read(text, question)
    assert (got, status, rule) == (answer, Status.SCORED, "open_place")


@pytest.mark.parametrize(("question", "text"), [
    ("Which organ is enlarged?", "The liver is enlarged. The spleen is also enlarged."),  # a second organ added
    ("What is the abnormal structure?", "A right adrenal adenoma, 2 cm, with low attenuation."),  # site as adjective
    ("Which organ is most prominent in this image?", "In this axial slice, the liver occupies most of the field, "
     "reaching across to the left upper quadrant. The stomach is collapsed."),  # a place added after it: kept whole
])
def test_thing_near_misses_not_narrowed(question: str, text: str) -> None:
    got, _, rule = _read(text, question)
    assert rule != "open_place"
    assert got not in ("liver", "right adrenal", "left upper quadrant")


@pytest.mark.parametrize(("question", "text", "landmark"), [
    # a site placed by a preposition, the words before it naming something the question does not ask about
    ("Which tendon is ruptured?", "The distal biceps fibres are pulled off the radial tuberosity, retracted 4 cm.",
     "radial tuberosity"),
    ("Which muscle is torn?", "The gastrocnemius-soleus junction shows fluid, detached from the femur.", "femur"),
    ("What does the arrow indicate?", "The arrow indicates a nodule. The nodule is in the liver.", "liver"),
])
def test_thing_placed_landmark_not_read(question: str, text: str, landmark: str) -> None:
    assert _read(text, question)[0] != landmark


def test_off_topic_spares_a_label_in_a_loop_and_other_scripts() -> None:
    assert not off_topic("bezoar sign, bezoar sign, bezoar sign, bezoar sign, bezoar sign", "What is in the stomach?")
    assert not off_topic("Это компьютерная томография грудной клетки.", "Какая модальность?")


def test_asks_thing() -> None:
    assert asks_thing("Which organ is enlarged?")
    assert asks_thing("What does the arrow point to?")
    assert asks_thing("What is the largest organ in the picture?")
    assert not asks_thing("Which side is the effusion on?")  # a side: the typed rung's
    assert not asks_thing("What is the most likely diagnosis?")


@pytest.mark.parametrize("text", [
    "PA and lateral chest radiographs. Comparison: none.",
    "Technique: axial CT of the abdomen with intravenous contrast. Comparison: none.",
])
def test_header_only_is_no_answer(text: str) -> None:
    assert names_study_only(text, "Which organ is enlarged?")
    assert _read(text, "Which organ is enlarged?")[:2] == (None, Status.UNPARSED)


def test_header_with_a_prior_finding_is_not_header_only() -> None:
    assert not names_study_only("CT abdomen. Comparison: prior CT from 2019 shows a liver cyst.", "Which organ is enlarged?")


def test_off_topic() -> None:
    question = "Which organ is enlarged?"
    for text in ("A beautiful abstract painting with swirls of blue and gold light.",
                 "What a lovely sunny afternoon for a quiet walk along the river."):
        assert off_topic(text, question)
        assert _read(text, question)[:2] == (None, Status.UNPARSED)
    assert not off_topic("The lesion is dark brown to black with areas of blue-gray.", "What color is the lesion?")
    assert not off_topic("Normal study.", question)  # short: left to the other readers
    assert _read("It is dark brown to black with patches of blue-grey.", "What color is the lesion?")[0] == \
        "dark brown to black with patches of blue grey"


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("这张图像显示的主要器官是什么？", "这是一张上腹部CT，主要显示脾脏，体积增大。", "脾脏"),
    ("图中主要显示的是哪个器官？", "图像显示的是胰腺，胰管轻度扩张。", "胰腺"),
    ("这张图像显示的主要器官是什么？", "该图像为腹部CT横断面，图中显示的主要器官是肝脏。", "肝脏"),
])
def test_zh_organ_read(question: str, text: str, answer: str) -> None:
    assert zh_organ(text, question) == answer
    assert _read(text, question)[0] == answer


@pytest.mark.parametrize(("question", "text"), [
    ("这张图像显示的主要器官是什么？", "图像显示的是肝脏，脾脏也明显增大。"),  # a second organ added
    ("这张图像显示的主要器官是什么？", "图像显示的不是肝脏，而是脾脏。"),  # a negation in the clause
    ("病变位于哪个器官？", "病变可能位于肝脏，需进一步检查。"),  # a hedge
    ("病变位于哪个器官？", "病变位于右肾上极，可见一类圆形低密度影。"),  # a part, not one organ name: left alone
    ("病变的诊断是什么？", "图像显示的是肝脏，肝内多发低密度灶。"),  # no organ asked
])
def test_zh_organ_near_misses(question: str, text: str) -> None:
    assert zh_organ(text, question) is None


@pytest.mark.parametrize(("question", "text", "wrong"), [
    # review of open46: a first site said nothing the question asks of, another organ said something of elsewhere
    ("Which organ is enlarged?", "The kidneys look healthy. The spleen measures 17 cm and is enlarged.", "kidneys"),
    ("Which vessel is occluded?", "The aorta is opacified well; the superior mesenteric artery is occluded.", "aorta"),
    ("Which structure is abnormal?", "The trachea is midline and the thyroid gland is enlarged.", "trachea"),
    ("Which organ is enlarged?", "The liver is enlarged, and so is the spleen.", "spleen"),
    # a pointer's own words do not make the site after a preposition the thing pointed at
    ("What does the arrow point to?", "It points to a nodule in the right lung.", "right lung"),
    # a class noun that does not end its noun phrase asks a finding, not a thing
    ("What bone lesion is seen?", "A bone cyst in the proximal humerus.", "proximal humerus"),
    # a label denied or taken back after it
    ("Which organ is enlarged?", "Liver — not enlarged.", "liver"),
    ("Which bone is abnormal?", "The left tibia shows a stress fracture that has since resolved.", "left tibia"),
])
def test_review_thing_not_read(question: str, text: str, wrong: str) -> None:
    assert _read(text, question)[0] != wrong


def test_review_off_topic_and_zh_organ() -> None:
    assert not off_topic("It looks like a string of pearls here.", "What sign is shown?")  # two words of its own
    assert zh_organ("图中显示肝脏，脾脏明显增大。", "哪个器官增大？") is None  # a later clause names another organ
    assert not asks_thing("What is the bone age?")
