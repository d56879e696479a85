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
