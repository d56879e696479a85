"""Defects of session 31's bug lane in the verifier and its judge (issues #8, #12), each with what must stay.

* One vocabulary of "the writer has no image to read" (``answers/image_access.py``), shared by the answer reader
  (``extract/scoped_refusal.py``) and the verifier (``verify/commitment.blind``): the verifier knew "I can't see the
  attached image", the reader "no image was provided"; each now knows both.
* The per-evidence-set verdict memo (``verdicts.judge``) keyed a claim without its ``narrow`` kind and ``organ``, which
  ``verdicts.relation`` reads: in one chain (or the rollouts of one prompt) "a tear of the ACL" took the verdict of
  "a tear of the PCL" judged before it, "a cyst in the liver" that of "a cyst in the kidney".
* A batch (``Verifier.batch``) read a step's findings in a window of the text (``clauses.py``), while the cold
  analysis let a few readings around a mention run past the step into the next one (the bone of "fractures of the
  left" | "5th and 6th ribs", a 60-character look-back for "no other", a whole sentence for a heart pushed right):
  the two disagreed. Those readings now stay in the step, on both paths.

The chains are invented, in the styles of GPT-4o, Claude, Gemini, Qwen-VL, LLaVA-Med and MedGemma.
"""

from __future__ import annotations

import pytest

from medstep.answers.image_access import denies_image_access
from medstep.verify import Verifier, verify
from medstep.verify.commitment import blind

REPORT = ("Chest radiograph. There is a moderate right pneumothorax with partial collapse of the right lung. No pleural "
          "effusion. The heart is normal in size.")

NO_IMAGE = [
    # the verifier's own forms before
    "I can't see the attached image, but there is likely a right pneumothorax.",
    "Without the actual radiograph, I would guess a right pneumothorax.",
    "We are unable to view these x-rays; a pneumothorax is the commonest cause of this picture.",
    # the answer reader's own forms before
    "No image was attached to your message. Typically a pneumothorax shows a visible pleural line.",
    "The image didn't load on my side. A right pneumothorax would fit the history.",
    "I don't have the ability to view images, but a right pneumothorax seems likely.",
    "As a text-only model I would say there is a right pneumothorax.",
    # both at once, other words of the shared lists
    "I couldn't open the attached photograph; the history suggests a right pneumothorax.",
    "There's no image in our conversation. A right pneumothorax is most likely.",
]

SEES = [
    "I can't see the image clearly, but there is a right pneumothorax.",
    "I cannot see any effusion. There is a right pneumothorax.",
    "I don't have access to the prior films for comparison; there is a right pneumothorax.",
    "There is no image artefact. A right pneumothorax is present.",
    "I am unable to view the lateral film, but the frontal image shows a right pneumothorax.",
    "The right pneumothorax is seen without the need for a CT.",
    "There was no image-guided drain; a right pneumothorax is present.",
]


@pytest.mark.parametrize("chain", NO_IMAGE)
def test_a_chain_without_the_image_observes_nothing(chain: str) -> None:
    assert blind(chain) and denies_image_access(chain)
    assert not verify(chain, report=REPORT).observes


@pytest.mark.parametrize("chain", SEES)
def test_a_chain_that_sees_the_image_still_observes(chain: str) -> None:
    assert not blind(chain) and not denies_image_access(chain)
    assert verify(chain, report=REPORT).observes


MEMO_PAIRS = [
    # (evidence, a claim it says nothing of, a claim differing only in its narrow kind or organ that it contradicts)
    ("The ACL is intact.", "There is a tear of the PCL.", "There is a tear of the ACL."),
    ("No focal lesion in the liver.", "There is a cyst in the kidney.", "There is a cyst in the liver."),
]


def _verdicts(verifier: Verifier, chain: str, report: str) -> list[tuple[str, str]]:
    return [(x.verdict.value, x.rule) for s in verifier.verify(chain, report=report).steps for x in s.verdicts]


@pytest.mark.parametrize(("report", "unrelated", "denied"), MEMO_PAIRS)
def test_claims_differing_in_kind_or_organ_are_judged_apart(report: str, unrelated: str, denied: str) -> None:
    cold_unrelated = _verdicts(Verifier(), unrelated, report)
    cold_denied = _verdicts(Verifier(), denied, report)
    assert cold_unrelated == [("unverifiable", "silent-present")]
    assert cold_denied == [("contradicted", "polarity-conflict")]
    # judged after each other against one evidence set: each as cold
    assert _verdicts(Verifier(), unrelated + " " + denied, report) == cold_unrelated + cold_denied
    warm = Verifier()
    assert _verdicts(warm, unrelated, report) == cold_unrelated
    assert _verdicts(warm, denied, report) == cold_denied


RIB_TEXT = "Non-displaced fractures of the left 5th and 6th ribs in the lateral axillary line. No pneumothorax. Lungs clear."


def _segments(verifier: Verifier, text: str, starts: list[int]) -> list[list[tuple[str, str]]]:
    return [[(f.concept, f.polarity.value) for f in seg]
            for seg in verifier.extractor.extract_segments(text, starts, claims_only=True)]


@pytest.mark.parametrize("starts", [[0, 36, 55], [0, 24], [0, 40, 83]])
def test_a_batch_reads_segments_as_a_cold_verifier(starts: list[int]) -> None:
    cold = _segments(Verifier(), RIB_TEXT, starts)
    for lines_only in (False, True):
        batch = Verifier()
        with batch.batch(lines_only):
            assert _segments(batch, RIB_TEXT, starts) == cold


def test_a_bone_named_in_the_next_step_is_no_bone_of_this_one() -> None:
    first = _segments(Verifier(), RIB_TEXT, [0, 36])[0]
    assert first == [("bone_fragment", "present")]  # "Non-displaced fractures of the left ": a fracture, no rib's
    whole = _segments(Verifier(), RIB_TEXT, [0])[0]
    assert ("rib_fracture", "present") in whole
