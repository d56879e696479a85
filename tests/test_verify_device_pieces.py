"""``devices.names_device_pieced`` (a text's device test asked of its pieces between marks, each memoised) answers as
``names_device`` asks the whole text: device names at a piece's edge, inside brackets, glued to a mark, split by a mark,
spread over a line break, and texts naming none."""

from __future__ import annotations

import random

import pytest

from medstep.verify.devices import names_device, names_device_pieced, normalise

_TEXTS = [
    # reports (written for this test)
    "The endotracheal tube tip lies above the carina. No pneumothorax.",
    "ET tube 4 cm above the carina; NG tube in the stomach.",
    "Lines and tubes: (ETT) in place, NGT coiled in the oesophagus.",
    "The nasogastric\ntube tip is below the diaphragm.",
    "The endotracheal.tube",
    "Feeding tube: removed. Lungs clear.",
    "Support devices: none.",
    # chains in several styles: numbered (GPT-4o), prose (Claude), terse (LLaVA-Med), <think> (DeepSeek-R1)
    "1. An enteric tube courses below the diaphragm.\n2. The heart is normal in size.",
    "I note a Dobhoff tube, its tip in the duodenum, and no pneumothorax.",
    "ETT ok, NGT ok, no PTX.",
    "<think>The breathing tube looks high?</think> Answer: A",
    # what must stay false
    "The trachea is midline. The lungs are clear, no effusion.",
    "Tube-like opacity (? vessel) in the right lower zone.",
    "tube",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_pieced_matches_whole(text: str) -> None:
    low = normalise(text)
    assert names_device_pieced(low) == names_device(low)


def test_pieced_matches_whole_on_shuffled_fragments() -> None:
    rng = random.Random(12)
    words = ["endotracheal", "tube", "nasogastric", "ng", "ett", "ngt", "feeding", "the", "tip", "lies", "carina",
             "et", "og", "dobhoff", "clear", "line"]
    marks = [" ", " ", " ", ". ", ", ", "; ", "(", ")", ": ", "? ", "\n", "!"]
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(1, 9)))
        low = normalise(text)
        assert names_device_pieced(low) == names_device(low), text
