"""Faithful lay and terse words that lost completeness or read as nothing (issue #8, vfaith9, judge 46).

Why: a faithful chain in plain words scored below a one-error chain in clinical words when its wording of a
reference statement was not recognised. Each row is a phrase of our own for a statement a report makes; the
words live in the one lexicon (``medstep/answers/concepts.tsv``, ``states.tsv``).
"""

import pytest

from medstep.verify import Polarity, extract_findings, verify


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    ("None of the lumps has a hole in the middle.", "cavitation", Polarity.ABSENT),
    ("Near the bottom there are tiny bubble-like holes.", "lucency", Polarity.PRESENT),
    ("No hilar LN.", "hilar_lymphadenopathy", Polarity.ABSENT),
    ("The lungs are not waterlogged.", "edema", Polarity.ABSENT),
    ("It is an extra fold of the lung lining that some people are born with.", "azygos_lobe", Polarity.PRESENT),
])
def test_a_lay_or_terse_phrase_reads_as_its_finding(text: str, concept: str, polarity: Polarity) -> None:
    found = {f.concept: f.polarity for f in extract_findings(text)}
    assert found.get(concept) is polarity, found


def test_honeycombing_recalls_the_cystic_lucencies_it_is_made_of() -> None:
    v = verify("Bilateral basal reticulation with honeycombing.",
               reference=["There are bilateral basal reticular opacities.", "Small cystic lucencies indicate "
                                                                             "honeycombing."])
    assert all(u.recalled for u in v.reference_units)
