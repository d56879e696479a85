"""Closed answers (session 27, issue #7): the asked finding stated plainly in a part of the asked place beside a denial
of it in another part ("Is there a fracture of the wrist?" - "Fracture through the scaphoid waist. No fracture of
the distal radius."), and in an organ's own lobe named without the organ ("Is there a thyroid nodule?" - "A 12 mm
isoechoic nodule is in the right lobe.")."""

from __future__ import annotations

import pytest

from medstep.answers.sites import site_table, sites_in
from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("name, region", [
    ("radial head", "elbow"), ("olecranon", "elbow"), ("capitellum", "elbow"), ("coronoid process", "elbow"),
    ("radial neck", "radius"), ("olecranon", "ulna"),
])
def test_joint_parts(name: str, region: str) -> None:
    found = sites_in(name)
    assert len(found) == 1 and region in site_table().ancestors[found[0][0]]


@pytest.mark.parametrize("name, region", [
    ("humeral shaft", "elbow"), ("distal radius", "elbow"), ("ulnar shaft", "elbow"),
])
def test_not_joint_parts(name: str, region: str) -> None:
    found = sites_in(name)
    assert len(found) == 1 and region not in site_table().ancestors[found[0][0]]


@pytest.mark.parametrize("question, text, expected", [
    # a part of the asked joint (answers/sites.tsv)
    ("Is there a fracture of the elbow?", "Fracture through the radial head; the olecranon is intact.", "yes"),
    ("Is there a fracture of the elbow?", "Oblique fracture of the capitellum.", "yes"),
    ("Is there a fracture of the elbow?", "A fracture of the humeral shaft.", None),  # not the elbow's part
    ("Is there a fracture of the elbow?", "A fracture of the ulnar shaft.", None),
    # the finding in one part, denied in another: no contradiction
    ("Is there a fracture of the foot?", "There is a spiral fracture of the fifth metatarsal. No fracture of the talus.",
     "yes"),
    ("Is there a fracture of the elbow?", "A fracture of the coronoid process. No fracture of the radial head.", "yes"),
    ("Is there a fracture of the wrist?", "No fracture of the distal radius; a fracture through the scaphoid.", "yes"),
    # near misses: hedged, another place, denied everywhere
    ("Is there a fracture of the foot?", "There may be a fracture of the fifth metatarsal. No fracture of the talus.", None),
    ("Is there a fracture of the foot?", "No fracture of the talus. A fracture of the fifth metacarpal.", None),
    ("Is there a fracture of the hip?", "No fracture of the acetabulum. A fracture is suspected in the femoral neck.", None),
    ("Is there a fracture of the elbow?", "No fracture of the olecranon. Fracture of the distal radius.", None),
    # an organ's own lobe, named without the organ
    ("Is there a thyroid nodule?", "A 12 mm isoechoic nodule is in the right lobe.", "yes"),
    ("Is there a thyroid nodule?", "A solid nodule in the isthmus.", "yes"),
    ("Is there a thyroid nodule?", "No nodule in the left lobe.", None),  # one lobe denied, the other unsaid
    ("Is there a thyroid nodule?", "A nodule in the right lobe of the liver.", None),
    ("Is there a breast mass?", "A mass in the right upper lobe.", None),  # a lung's lobe: the breast has none
    ("Is there a hepatic lesion?", "A lesion in the upper lobe.", None),  # the liver has no upper lobe
])
def test_closed27(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a clause of its own about a pair after the pole's: its "both" adds the pole to no other place
    ("Is there a pelvic fracture?", "The pelvic ring is intact and both hips are congruent.", "no"),
    ("Is there a pelvic fracture?", "The pelvic ring is intact, both sacroiliac joints are normal.", "no"),
    # near misses: the pair holds the finding, the pair is of the asked finding, the pole in the pair's clause
    ("Is there a pelvic fracture?", "The pelvic ring is intact and both hips are fractured.", None),
    ("Is the lesion benign?", "It is benign and both lesions are stable.", None),
    ("Is there a pelvic fracture?", "Both hips are congruent and the pelvic ring may be intact.", None),
])
def test_pair_clause(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # what is seen, then the property's noun it is
    ("Is the lesion calcified?", "Several dense foci over 300 HU, consistent with calcification.", "yes"),
    ("Is the nodule calcified?", "Dense central calcium within it, in keeping with calcification.", "yes"),
    ("Is the mass enhancing?", "Avid uptake after contrast, compatible with enhancement.", "yes"),
    # near misses: another structure, hedged, denied, two candidates
    ("Is the lesion calcified?", "Dense foci in the aortic wall, consistent with calcification.", None),
    ("Is the lesion calcified?", "Several dense foci, possibly consistent with calcification.", None),
    ("Is the lesion calcified?", "Dense foci, not consistent with calcification.", None),
    ("Is the lesion calcified?", "No dense foci consistent with calcification.", None),
    ("Is the lesion calcified?", "Dense foci over 300 HU, consistent with calcification or contrast.", None),
])
def test_identified_property(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
