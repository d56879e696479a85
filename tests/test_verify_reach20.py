"""A reach into a place ("extends into the joint", "crosses the growth plate") is a finding whatever verb of reaching
says it (answers/reach.py, ``@reach PLACE`` rows), and "without the X <verb>ing Y" denies the reach from its verb on,
not X (issue #8, vlay20). Sentences written for these tests."""

from __future__ import annotations

import pytest

from medstep.answers.reach import expand_reach, reach_phrases
from medstep.verify import Polarity, Verdict, extract_findings, verify

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def test_the_macro_gives_every_verb_with_and_without_the_article() -> None:
    phrases = reach_phrases("the joint")
    for p in ("extends into the joint", "running up to the joint", "crosses the joint", "involvement of the joint",
              "goes into joint", "breaching the joint"):
        assert p in phrases
    assert expand_reach(["joint extension", "@reach the joint"])[0] == "joint extension"
    assert "@reach the joint" not in expand_reach(["@reach the joint"])


@pytest.mark.parametrize("text, finding", [
    ("The olecranon fracture line runs up to the elbow joint.", "intra_articular_extension"),
    ("Comminuted calcaneal fracture crossing the subtalar joint.", "intra_articular_extension"),
    ("The crack in the shin bone goes into the knee joint.", "intra_articular_extension"),
    ("Salter-Harris II injury: the fracture passes through the growth plate.", "physeal_involvement"),
    ("Lateral plateau split which reaches the intercondylar eminence.", "tibial_spine_fracture"),
    ("The peripheral zone tumour invades the right seminal vesicle.", "seminal_vesicle_invasion"),
])
def test_any_verb_of_reaching_a_place_states_the_reach(text: str, finding: str) -> None:
    assert (finding, PRESENT) in read(text)


@pytest.mark.parametrize("text, kept, denied", [
    ("The ulna is fractured, without the fracture line running into the elbow joint.", "fracture",
     "intra_articular_extension"),
    ("The distal radius is fractured without the fracture involving the physis.", "fracture",
     "physeal_involvement"),
    ("The plateau is broken, without the break reaching the tibial spines.", "fracture", "tibial_spine_fracture"),
    ("A 14 mm lesion in the left apex without the tumour invading the seminal vesicles.", "lesion",
     "seminal_vesicle_invasion"),
])
def test_an_absolutive_without_denies_the_reach_not_the_thing(text: str, kept: str, denied: str) -> None:
    found = read(text)
    assert (denied, ABSENT) in found and (denied, PRESENT) not in found
    assert (kept, ABSENT) not in found
    assert any(c == kept or c.endswith(kept) for c, p in found if p is PRESENT)


REPORT = ("Left ankle radiographs. Oblique fracture of the distal fibula at the level of the syndesmosis. The fracture "
          "does not extend into the ankle joint. The mortise is congruent.")


@pytest.mark.parametrize("chain", [
    "The outer ankle bone is broken on a slant, without the break reaching the ankle joint.",
    "Distal fibular fracture at the syndesmosis; it does not run into the joint. Mortise congruent.",
])
def test_a_faithful_chain_denying_the_reach_is_not_contradicted(chain: str) -> None:
    assert all(s.verdict is not Verdict.CONTRADICTED for s in verify(chain, report=REPORT).steps)


@pytest.mark.parametrize("chain", [
    "The distal fibular fracture extends into the ankle joint.",
    "The fibula break goes into the ankle joint.",
])
def test_a_chain_stating_the_denied_reach_is_contradicted(chain: str) -> None:
    assert verify(chain, report=REPORT).steps[0].verdict is Verdict.CONTRADICTED
