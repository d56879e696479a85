"""An identity denial sets a kind aside, not the finding (verify/label_denials.py; issue #8, session 53 lane faithful53).

"Y, not a simple haematoma", "subdural rather than an extradural collection": the words before the finding name the
kind denied, so a present finding of the report not said with them stands. Plain denials ("no X"), a bare label ("not
a cyst"), adverbs, sides, a denial's strengthening words and a verb denied ("does not give atrophy") read as before.
Sentences of our own, shaped on the dev tier-3 chains that were contradicted (b41-v111, b30-v041, b31-v131, b51-v131,
b36-v092, b39-v112, b51-v001).
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.label_denials import set_aside_words
from medstep.verify.scan import lower_text
from medstep.verify.verdicts import Verdict


def _contradicted(chain: str, report: str) -> bool:
    return any(fv.verdict is Verdict.CONTRADICTED and fv.consistent is False
               for s in verify(chain, report=report).steps for fv in s.verdicts)


def _aside(text: str, word: str, trigger: str = "not") -> tuple[str, ...]:
    return set_aside_words(lower_text(text), text.rindex(word), trigger)


@pytest.mark.parametrize("text, word, trigger, expected", [
    ("A perfused sac with a neck is a pseudoaneurysm, not a simple haematoma.", "haematoma", "not", {"simple"}),
    ("Crescentic, so a subdural rather than an extradural collection.", "collection", "rather than", {"extradural"}),
    ("There is a blocked vessel, so this is not low-flow (non-occlusive) ischaemia.", "ischaemia", "not",
     {"low", "flow", "non", "occlusive"}),
    ("This is a complete tear, not a partial sprain.", "sprain", "not", {"partial"}),
    ("This is simple rather than complicated pneumoconiosis.", "pneumoconiosis", "rather than", {"complicated"}),
    # no kind named: the old reading
    ("Renal cell carcinoma, not a cyst.", "cyst", "not", set()),
    ("The valve is not visibly calcified.", "calcified", "not", set()),  # an adverb
    ("It is not a left effusion.", "effusion", "not", set()),  # a side
    ("This is not a definite fracture.", "fracture", "not", set()),  # a denial's strengthening word
    ("The inversion variant does not give atrophy.", "atrophy", "not", set()),  # a verb denied
    ("A glioma would not show diffuse atrophy.", "atrophy", "not", set()),
    ("The nodule is not seen as a cyst.", "cyst", "not", set()),
    ("There is no simple cyst.", "cyst", "no", set()),  # a plain denial
])
def test_set_aside_words(text: str, word: str, trigger: str, expected: set[str]) -> None:
    assert _aside(text, word, trigger) == tuple(sorted(expected))


@pytest.mark.parametrize("report, chain", [
    ("Pseudoaneurysm of the right common femoral artery with a 3 cm neck. It is surrounded by an echogenic "
     "perivascular haematoma measuring 5 cm.",
     "A perfused sac with a neck means a pseudoaneurysm, not a simple haematoma."),
    ("Crescentic hyperdense extra-axial collection over the left convexity crossing the coronal suture.",
     "Crossing the suture makes it a subdural rather than an extradural collection."),
    ("Complete tear of the anterior cruciate ligament. Grade 1 sprain of the medial collateral ligament.",
     "The ACL is discontinuous: this is a complete tear, not a partial sprain."),
    ("Moderate right pleural effusion. The liver is normal in size and echotexture.",
     "The liver is normal, so this is not hepatic hydrothorax."),
    ("Marked luminal narrowing at the origin of the left internal carotid artery.",
     "The peak systolic velocity is 310 cm/s, certainly not a trivial narrowing."),
])
def test_a_kind_set_aside_leaves_the_reports_finding_standing(report: str, chain: str) -> None:
    assert not _contradicted(chain, report)


@pytest.mark.parametrize("report, chain", [
    # the kind set aside is the report's own: still contradicted
    ("A simple haematoma in the right groin, 4 cm, with no flow.", "This is a pseudoaneurysm, not a simple haematoma."),
    ("Partial sprain of the anterior talofibular ligament.", "This is a complete tear, not a partial sprain."),
    ("Extradural haematoma over the right temporal lobe.", "This is a subdural rather than an extradural haematoma."),
    # a plain denial with a kind word denies the whole finding, as before
    ("Simple cyst in the upper pole of the left kidney.", "There is no simple cyst."),
    ("Pleural effusion on the right.", "No hepatic hydrothorax."),
    # no kind named: the bare label set aside still meets the report's finding
    ("1 cm simple cyst in the upper pole of the right kidney.", "Renal cell carcinoma, not a cyst."),
    # an adverb or a strengthening word names no kind
    ("Curvilinear calcification of the mitral valve annulus.", "The mitral valve is not visibly calcified."),
    ("Displaced fracture of the left fifth rib.", "There is not a definite fracture."),
])
def test_the_denied_kind_said_or_no_kind_still_contradicts(report: str, chain: str) -> None:
    assert _contradicted(chain, report)


def test_a_report_identity_denial_sets_its_kind_aside_for_a_claim() -> None:
    # the report denies pure vasogenic oedema; a chain's oedema of another kind is not contradicted by it
    report = "Elevated perfusion in the peritumoral FLAIR signal, in keeping with infiltrative tumour rather than pure " \
             "vasogenic oedema."
    assert not _contradicted("There is oedema around the enhancing rim.", report)
    assert _contradicted("There is pure vasogenic oedema around the rim.", report)


@pytest.mark.parametrize("report, chain", [
    # review repair: the report gives the kind after the finding
    ("Right pleural effusion, large, with compressive atelectasis.", "This is not a large effusion."),
    ("The right pleural effusion is massive.", "The right effusion is not a massive effusion."),
    ("Left pleural effusion, moderate in size.", "It is not a moderate effusion."),
    ("Haematoma in the right thigh, simple, without flow.", "This is a pseudoaneurysm, not a simple haematoma."),
    # ... or the same grade in another word
    ("Massive left pleural effusion.", "It is not a large effusion."),
    ("Tiny left apical pneumothorax.", "It is not a small pneumothorax."),
    ("Large left pleural effusion.", "It is not a big effusion."),
    ("Marked narrowing of the left internal carotid artery origin.", "This is not a severe narrowing."),
])
def test_a_kind_said_after_the_finding_or_as_its_grade_still_contradicts(report: str, chain: str) -> None:
    assert _contradicted(chain, report)


@pytest.mark.parametrize("report, chain", [
    ("Haematoma of the thigh with no complex features, simple in appearance.", "It is not a complex haematoma."),
    ("Moderate right pleural effusion with large-volume ascites.", "The effusion is moderate, not a large effusion."),
])
def test_a_denied_or_other_grade_after_the_finding_is_not_its_kind(report: str, chain: str) -> None:
    assert not _contradicted(chain, report)
