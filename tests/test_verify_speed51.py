"""The per-step gates memoised on the step's text (issue #12, session 51): each answer equals the unmemoised reading's,
asked twice (the second answer from the memo), and the memo hands back nothing a caller could change.

Why: ``seen_before._sightings``, ``change_gate.may_state_change``, ``aligned_gate.may_flip`` and
``commitment.alternatives`` are asked of every step (or clause) of every chain, and a benchmark's chains repeat their
steps; each is a pure reading of its text (and the scanner's lexicon), so a memo keyed on it is exact. The verifier's
outputs were checked unchanged on every development chain (``verify_corpus_digests.py``); these tests pin the helpers.
"""

from __future__ import annotations

from medstep.verify import default_verifier
from medstep.verify.aligned_gate import _may_flip, may_flip, step_marks
from medstep.verify.aligned_words import _not_thing
from medstep.verify.change_gate import may_state_change
from medstep.verify.commitment import alternatives
from medstep.verify.roles import SentenceRole
from medstep.verify.seen_before import _sightings, sighting_pieces

# (fresh wording: no corpus item's)
_STEPS = (
    "The nodule seen on the prior film is stable and a left effusion is present.",
    "No effusion was present on the previous film.",
    "There is no thickening of the posterior pleural surface.",
    "It may be infective, aspirational or inflammatory.",
    "The effusion has become smaller since the last study.",
    "The heart is not enlarged.",
    "",
)


def test_memoised_gates_read_as_unmemoised() -> None:
    scanner = default_verifier().extractor.scanner
    not_thing = _not_thing(scanner.attr_words)
    for text in _STEPS:
        for _ in range(2):  # (the second answer comes from the memo)
            assert _sightings(text) == tuple(_sightings.__wrapped__(text)), text
            assert may_state_change(scanner, text) == may_state_change.__wrapped__(scanner, text), text
            marks = step_marks(scanner, text, not_thing)
            assert may_flip(scanner, marks, not_thing) == _may_flip.__wrapped__(scanner, text, not_thing), text
            for role in (SentenceRole.HEDGED, SentenceRole.OBSERVATION):
                assert alternatives(text, role) == alternatives.__wrapped__(text, role), (text, role)


def test_memoised_answers_are_exact_and_unchangeable() -> None:
    scanner = default_verifier().extractor.scanner
    not_thing = _not_thing(scanner.attr_words)
    assert sighting_pieces(_STEPS[0]) == [(0, 74)]  # (the piece ends before its full stop)
    assert sighting_pieces(_STEPS[1]) == []  # "no effusion was present on the previous film" sights nothing
    assert isinstance(_sightings(_STEPS[0]), tuple)  # (a memo's value no caller can change)
    pieces = sighting_pieces(_STEPS[0])
    pieces.clear()  # a caller's list is its own
    assert sighting_pieces(_STEPS[0]) == [(0, 74)]
    assert [may_state_change(scanner, t) for t in _STEPS] == [True, False, False, False, True, True, False]
    assert [may_flip(scanner, step_marks(scanner, t, not_thing), not_thing) for t in _STEPS] == [
        False, False, True, False, False, False, False]
    assert alternatives(_STEPS[3], SentenceRole.HEDGED) == 3
    assert alternatives(_STEPS[5], SentenceRole.OBSERVATION) == 0
