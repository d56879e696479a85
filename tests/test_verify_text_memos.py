"""The verifier's per-text memos of pure readings give what the readings give, cold and warm, and a memo of a reading
that carries state from the text before keys on that state (a stale hit would move a verdict silently)."""

from __future__ import annotations

from medstep.verify import Verifier
from medstep.verify import measured_organs, no_comparison, organ_sides, prior_state, rib_sites
from medstep.verify.device_changes import evidence_changes, read_changes

_TEXTS = [
    "There are fractures of the left fourth to sixth ribs posteriorly.",
    "The cardiothoracic ratio is 0.6 and the aorta measures 5 cm.",
    "The liver is on the left and the gastric bubble lies right.",
    "Four weeks ago the heart size was normal, so it has grown quickly.",
    "Compared with the radiograph of two days ago, the effusion is unchanged.",
    "The trachea is midline.",
]


def test_text_memos_read_as_the_readings_cold_and_warm() -> None:
    scanner = Verifier().extractor.scanner
    for _ in range(2):  # the second pass is answered from the memos
        for t in _TEXTS:
            assert list(rib_sites._sites(t)) == rib_sites.read_rib_sites(t)
            assert list(measured_organs._measures(t)) == measured_organs.read_measures(t)
            assert organ_sides._sides(scanner, t) == (tuple(organ_sides.read_sides(t, scanner)),
                                                      organ_sides.MIRROR.search(t.lower()) is not None)
            assert no_comparison._compares(t) is (no_comparison._COMPARES.search(no_comparison._AGE.sub(" ", t))
                                                 is not None)
    assert prior_state.past_spans(_TEXTS[3]) == ((0, 40),)
    assert isinstance(prior_state.past_spans(_TEXTS[5]), tuple)  # shared by every caller: nobody can change it


def test_the_device_change_memo_keys_on_the_device_carried_in() -> None:
    v = Verifier()
    named, pronoun = "A nasogastric tube is in the stomach.", "It has been withdrawn since the previous film."
    memo = v._attributes._device_changes
    alone = [("reference[0]", pronoun, v._claims(pronoun))]
    after = [("report", named, v._claims(named))] + alone
    assert evidence_changes(alone, memo) == [] == evidence_changes(alone)  # (cached with no device carried in)
    got = evidence_changes(after, memo)
    assert [(c.family, c.state, c.text) for c, _s, _t in got] == [("enteric", "moved out", "withdrawn")]
    assert got == evidence_changes(after, read_changes)
