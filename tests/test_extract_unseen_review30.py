"""Review of the lane that reads "I can't see any X" as a denial and a finer-detail caveat as no refusal (issue #7).

Two ways that lane turned a refusal into a wrong answer, and their repair (``extract/scoped_refusal.py``):

- a not-seeing clause rewritten as "No X" while the reply says the image never reached the writer ("I can't see any
  pneumothorax; the image didn't load.", ``answers/image_access.denies_image_access``) or gives a reason for not seeing ("- the
  film is rotated and underexposed, making assessment impossible."): nothing was looked for, so the reply stays
  refused; "I don't see any X" in such a reply is no "no" either;
- an open question asking a property of a thing ("How old is the fracture?", "What is the density of the lesion?")
  answered with the thing and the property declined in other words ("Femoral fracture. I can't determine how old it
  is."): the subject is not the answer, so the caveat path is only for questions asking what is shown or where.

The lane's gains are kept: the denials and the answers before a finer-detail caveat in the rows "must still read".
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.answers.image_access import denies_image_access
from medstep.types import AnswerType, Sample, Status

PTX = "Is there a pneumothorax?"
FX = "Is there a fracture?"
EFF = "Is there a pleural effusion?"
AB = "What abnormality is shown?"


def _read(kind: str, question: str, text: str, gold: str | None = None):
    placeholder = {"closed": "yes", "open": "x"}[kind]
    return extract(text, Sample(id="ur30", question=question, answer=gold or placeholder,
                                answer_type=AnswerType(kind)))


# The reviewer's closed probes (d01, d03, d04, k01, k03, k05-k08) and more of their shape: the reply says it has no
# image, after the not-seeing clause or in the next sentence. Refused, as before the lane.
_NO_IMAGE = [
    (PTX, "I can't see any pneumothorax — I don't have the ability to view images."),
    (PTX, "I can't see any pneumothorax (I don't have access to the image)."),
    (PTX, "I can't see any pneumothorax; the image didn't load."),
    (PTX, "I can't see any pneumothorax. I don't have the ability to view images."),
    (FX, "I can't see any fracture: there's no image attached to your message."),
    (PTX, "I can't see any pneumothorax (or anything at all — the image failed to load)."),
    (PTX, "I can't see any pneumothorax, because no image was shared."),
    (PTX, "I can't see any pneumothorax — there's no image in our conversation."),
    (PTX, "I can't see any pneumothorax, since no image was uploaded."),
    # more of the same shape, in the styles of several models
    (PTX, "I cannot see any pneumothorax. Unfortunately, no image was provided with your question."),  # GPT-4o
    (EFF, "I'm not able to see any pleural effusion, as I don't have access to the radiograph you mentioned."),
    (FX, "I can't identify any fracture - the attachment didn't come through on my end."),  # Claude
    (PTX, "**Answer:** I cannot see any pneumothorax.\n\n*Note: the image failed to load, so please re-send it.*"),
    (PTX, "<think>No image in the prompt.</think>\nI can't see any pneumothorax; I am a text-only model."),  # R1
    (FX, "We are unable to identify any fracture because the image was not attached."),  # Qwen-VL
    (PTX, "I can't see a pneumothorax: I lack the ability to view images."),  # LLaVA-Med
    (EFF, "I couldn't see any effusion. The picture didn't load for me."),  # MedGemma
    (PTX, "I can't see any pneumothorax. There is no image in this conversation."),
    (FX, "I cannot see any fracture (I do not have access to the uploaded x-ray)."),
    (PTX, "I can't appreciate any pneumothorax — I'm not able to view the image you sent."),
]


@pytest.mark.parametrize(("question", "text"), _NO_IMAGE)
def test_no_image_keeps_the_refusal(question: str, text: str) -> None:
    got = _read("closed", question, text, "no")
    assert got.answer is None and got.status is Status.REFUSED, got


# A reason for not seeing in the clause's sentence (k11 and its kin): no denial; never a "no".
_REASON = [
    (PTX, "I can't see any pneumothorax — the film is rotated and underexposed, making assessment impossible."),
    (PTX, "Because of the patient's rotation, I can't see any pneumothorax."),
    (PTX, "I can't see any pneumothorax, as the apices are cropped off the film."),
    (FX, "I can't see any fracture; the image is too blurry to judge."),
    (FX, "Due to motion artefact, I can't see any fracture."),
    (PTX, "I can't see any pneumothorax on this low-resolution image."),
    (EFF, "I can't see any effusion, given the poor image quality."),
]


@pytest.mark.parametrize(("question", "text"), _REASON)
def test_a_reason_for_not_seeing_reads_no_answer(question: str, text: str) -> None:
    assert _read("closed", question, text, "no").answer is None


# "I don't see any X" was read "no" before the lane; with "no image" beside it, nothing was looked at.
_BLIND_NO = [
    (PTX, "I don't see any pneumothorax — I don't have the ability to view images."),
    (PTX, "I do not see a pneumothorax; no image was attached, so this is based on the description."),
    (FX, "I didn't identify any fracture. The image didn't load, though."),
]


@pytest.mark.parametrize(("question", "text"), _BLIND_NO)
def test_a_denial_without_an_image_is_refused(question: str, text: str) -> None:
    got = _read("closed", question, text, "no")
    assert got.answer is None and got.status is Status.REFUSED, got


# The reviewer's open probes (g16, g17, g19, g25, g31, g32, k14-k19) and more of their shape: a property asked, the
# thing named, the property declined in other words. No answer.
_PROPERTY = [
    ("What is the age of the fracture?", "Femoral fracture. I can't determine how old it is."),
    ("What is the chronicity of the fracture?", "Fracture of the femur. I can't determine its age."),
    ("How large is the pneumothorax?", "Pneumothorax. I can't determine its size."),
    ("What is the grade of the spondylolisthesis?", "Spondylolisthesis at L5-S1. I can't determine the degree of "
                                                    "slip."),
    ("What is the density of the lesion?", "A lesion in the liver. I can't determine its attenuation."),
    ("What is the orientation of the fracture line?", "Fracture of the radius. I can't determine its direction."),
    ("Is the pneumothorax large?", "Pneumothorax. I can't determine its size."),
    ("What is the size of the nodule?", "A nodule in the right upper lobe. I can't determine how big it is."),
    ("How old is the fracture?", "Femoral fracture. I can't determine its age."),
    ("How severe is the stenosis?", "Stenosis of the left ICA. I can't determine its degree."),
    ("What is the extent of the consolidation?", "Consolidation in the right lung. I can't determine how far it "
                                                 "extends."),
    ("What shape is the lesion?", "A lesion in the liver. I can't determine its morphology."),
    # more of the same shape
    ("How big is the pleural effusion?", "Right pleural effusion. I'm unable to determine its volume."),  # GPT-4o
    ("What is the severity of the stenosis?", "Left ICA stenosis. I can't tell how tight it is."),  # Claude
    ("How extensive is the consolidation?", "Right lower lobe consolidation.\n\nI cannot tell how far it "
                                            "spreads."),  # Gemini
    ("What is the signal intensity of the lesion on T2?", "A lesion in the left temporal lobe. I can't determine "
                                                          "its T2 signal."),
    ("What type of fracture is it?", "A fracture of the tibia. I can't determine the fracture pattern."),
    ("What is the stage of the tumour?", "Lung cancer in the right upper lobe. I can't determine the nodal "
                                         "involvement."),
    ("How thick is the gallbladder wall?", "Thickened gallbladder wall. I can't measure it."),  # Qwen-VL
    ("What is the margin of the mass?", "A breast mass. I can't characterise its border."),  # LLaVA-Med
    ("How acute is the infarct?", "Left MCA infarct. I cannot determine when it occurred."),  # MedGemma
    ("What is the morphology of the calcification?", "<think>Clustered calcifications.</think>\nCalcifications in "
                                                     "the upper outer quadrant. I can't determine their shape."),  # R1
]


@pytest.mark.parametrize(("question", "text"), _PROPERTY)
def test_a_property_declined_in_other_words_reads_no_answer(question: str, text: str) -> None:
    assert _read("open", question, text).answer is None


# The answer only repeats the question's own subject: no answer.
@pytest.mark.parametrize(("question", "text"), [
    ("Which side is the pneumothorax on?", "Pneumothorax. I can't determine which side it is on."),
    ("Where is the fracture?", "Fracture. I can't determine its location."),
    ("Where is the nodule?", "A nodule. I'm unable to identify its exact position."),
])
def test_the_subject_repeated_reads_no_answer(question: str, text: str) -> None:
    assert _read("open", question, text).answer is None


# Must still read: the lane's denials and answers before a finer-detail caveat, and replies with an image in them.
_STILL_NO = [
    (PTX, "I can't see any pneumothorax."),
    (PTX, "I can not see any pneumothorax on this film."),
    (FX, "I couldn't identify any fracture line."),
    (PTX, "Looking carefully at both apices, the lung markings reach the chest wall. I can't see any pneumothorax, "
          "and the mediastinum is central."),
    (PTX, "I can't see any pneumothorax. I would recommend clinical correlation."),
    ("Is there a mass in the right lung?", "I can't see any mass in the right lung; the density is in the left lung."),
    (FX, "I cannot see any fracture; the cortex is intact throughout."),
    (PTX, "On the PA film I can't see any pneumothorax, as well as no effusion."),
    (PTX, "No pneumothorax. No prior images were provided for comparison."),
    (PTX, "I don't see any pneumothorax."),
    (EFF, "I can't see any pleural effusion. I don't have access to prior films for comparison."),
]


@pytest.mark.parametrize(("question", "text"), _STILL_NO)
def test_denials_still_read_no(question: str, text: str) -> None:
    assert _read("closed", question, text, "no").answer == "no"


_STILL_OPEN = [
    (AB, "Pneumothorax. I can't determine its size.", "pneumothorax"),
    (AB, "Pneumothorax; I cannot comment on its chronicity.", "pneumothorax"),
    ("Where is the nodule?", "Right upper lobe. I can't identify the exact segment.", "right upper lobe"),
    ("Where is the fracture?", "Fracture of the left femur. I can't identify its exact level along the shaft.",
     "left femur"),
    ("What organ is shown?", "Liver. I can't identify any focal lesions.", "liver"),
    ("Which organ is enlarged?", "The spleen. I can't determine its exact size without measurements.", "spleen"),
    ("What is the modality?", "CT. I can't determine the exact protocol used.", "ct"),
    ("Which lobe is affected?", "Right lower lobe. I can't identify which segment.", "right lower lobe"),
    (AB, "A transverse fracture of the mid femoral shaft. I can't determine how old it is.", "femoral shaft"),
]


@pytest.mark.parametrize(("question", "text", "want"), _STILL_OPEN)
def test_finer_detail_caveats_still_keep_the_answer(question: str, text: str, want: str) -> None:
    got = _read("open", question, text).answer
    assert got is not None and want in got, got


@pytest.mark.parametrize(("text", "want"), [
    ("The image didn't load.", True),
    ("No image was provided.", True),
    ("There's no image attached to your message.", True),
    ("I don't have access to the image.", True),
    ("I do not have the ability to view images.", True),
    ("As a text-only model I can't help with that.", True),
    ("I am not able to view the image.", True),
    ("No prior images were provided for comparison.", False),
    ("No comparison films available.", False),
    ("There is no image artefact.", False),
    ("I am unable to view the image clearly.", False),
    ("A lateral film was not provided.", False),
    ("No pneumothorax.", False),
])
def test_denies_image_access(text: str, want: bool) -> None:
    assert denies_image_access(text) is want
