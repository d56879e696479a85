""""without the X <verb>ing Y" is an absolutive clause: it denies the verb (the extension, the invasion), not X, which
the sentence has already stated (lead note 17:50, vlay19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, extract_findings, verify

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


@pytest.mark.parametrize("text, concept", [
    ("A transverse fracture of the distal radius, without the fracture line extending into the wrist joint.", "fracture"),
    ("The fibula is fractured without the break reaching the ankle mortise.", "fracture"),
    ("The shin bone is cracked, without the crack running into the knee.", "fracture"),
    ("There is a 4 cm mass in the right upper lobe without the mass invading the chest wall.", "mass"),
])
def test_an_absolutive_without_clause_does_not_deny_the_thing_it_names(text: str, concept: str) -> None:
    found = read(text)
    assert (concept, ABSENT) not in found
    assert any(c == concept or c.endswith(concept) for c, p in found if p is PRESENT)


@pytest.mark.parametrize("text, concept", [
    ("No fracture extending to the joint.", "fracture"),
    ("The wrist is intact, without any fracture extending into the joint.", "fracture"),
    ("Small left effusion without pneumothorax.", "pneumothorax"),
])
def test_a_plain_denial_still_denies(text: str, concept: str) -> None:
    assert (concept, ABSENT) in read(text)


def test_a_faithful_chain_with_an_absolutive_clause_does_not_contradict_itself() -> None:
    report = "Wrist radiographs. Extra-articular fracture of the distal radius with dorsal angulation. No dislocation."
    chain = ("The distal radius is broken, without the break reaching the joint, and the fragment is tilted backwards. "
             "The wrist is not dislocated.")
    v = verify(chain, report=report)
    assert v.errors == (0, 0)
