"""Splitting reasoning chains into steps."""

from __future__ import annotations

import pytest

from medstep.verify import split_steps


@pytest.mark.parametrize(("chain", "texts"), [
    ("Step 1: Look at the lungs. Step 2: Check the heart.", ["Look at the lungs.", "Check the heart."]),
    ("Step 1: a\nStep 2: b\nStep 3: c", ["a", "b", "c"]),
    ("**Step 1:** first\n**Step 2:** second", ["first", "second"]),
    ("### Step 1\nfirst\n### Step 2\nsecond", ["first", "second"]),
    ("step 1) lower case\nstep 2) works too", ["lower case", "works too"]),
    ("Intro sentence.\nStep 1: a\nStep 2: b", ["Intro sentence.", "a", "b"]),
    ("1. one\n2. two\n3. three", ["one", "two", "three"]),
    ("1) one\n2) two", ["one", "two"]),
    ("- first finding\n- second finding\n* third", ["first finding", "second finding", "third"]),
    ("\u2022 bullet one\n\u2022 bullet two", ["bullet one", "bullet two"]),
    ("Para one line.\nStill para one.\n\nPara two.", ["Para one line.\nStill para one.", "Para two."]),
    ("One sentence. Another sentence! A question? Last.", ["One sentence.", "Another sentence!", "A question?", "Last."]),
    ("Size 1.5 cm nodule. Next.", ["Size 1.5 cm nodule.", "Next."]),
    ("As noted in step 2 above, the lungs are clear.", ["As noted in step 2 above, the lungs are clear."]),
    ("", []),
    ("   \n ", []),
])
def test_split(chain: str, texts: list[str]) -> None:
    assert [s.text for s in split_steps(chain)] == texts


def test_offsets_index_the_chain() -> None:
    chain = "Step 1: Small left effusion.\nStep 2: No pneumothorax."
    steps = split_steps(chain)
    assert [s.index for s in steps] == [0, 1]
    for s in steps:
        assert chain[s.start:s.end] == s.text


@pytest.mark.parametrize(("chain", "texts"), [
    # an option heading after a sentence end starts its own unit (it used to be glued to the observation)
    (("Step 1: The lungs are clear, nodules are not apparent. B) Thoracic vertebrae deformity, indwelling "
      "catheters: none seen.\nStep 2: Answer A."),
     ["The lungs are clear, nodules are not apparent.",
      "B) Thoracic vertebrae deformity, indwelling catheters: none seen.", "Answer A."]),
    ("Let us look at each option:\nA) Pneumothorax: no pleural line.\nB) Effusion: the angles are sharp.",
     ["Let us look at each option:", "A) Pneumothorax: no pleural line.", "B) Effusion: the angles are sharp."]),
    ("Option A: pneumothorax. Option B: effusion. The answer is B.",
     ["Option A: pneumothorax.", "Option B: effusion.", "The answer is B."]),
    # a numbered item inside a step is a unit too
    ("Step 1: Findings:\n1. Small effusion.\n2. No pneumothorax.\nStep 2: Answer B.",
     ["Findings:", "Small effusion.", "No pneumothorax.", "Answer B."]),
    # a letter inside a sentence is not a heading
    ("I compared A and B) in the options. The best is (B) because of the effusion.",
     ["I compared A and B) in the options.", "The best is (B) because of the effusion."]),
])
def test_option_headings_and_numbered_items_start_units(chain: str, texts: list[str]) -> None:
    steps = split_steps(chain)
    assert [s.text for s in steps] == texts
    assert [s.index for s in steps] == list(range(len(texts)))
    for s in steps:
        assert chain[s.start:s.end] == s.text
