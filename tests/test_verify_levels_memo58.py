"""Session 58 lane speed58 (issue #12): a report sentence's vertebral levels read once per sentence text
(``aligned_levels._sentence_levels``), every reading and verdict as before. Sentences of our own."""

from __future__ import annotations

from medstep.verify import verify
from medstep.verify.aligned_levels import _sentence_levels, levels, report_levels
from medstep.verify.aligned_words import _not_thing, _thing_words
from medstep.verify.verifier import default_verifier

_SPINE = ("Thoracic spine radiograph. There is loss of height of the T7 vertebral body, about 30%. "
          "Bright on T2-weighted images. The pedicles are intact.")
_SAME_SENTENCE = "Chest radiograph. There is loss of height of the T7 vertebral body, about 30%. No pneumothorax."


def _things():
    not_thing = _not_thing(default_verifier().extractor.scanner.attr_words)
    return lambda low: _thing_words(low, not_thing)


def _rules(chain: str, report: str) -> list[str]:
    return [x.rule for s in verify(chain, report=report).steps for x in s.verdicts if x.verdict.value == "contradicted"]


def test_the_memo_reads_as_levels_does():
    for low in ("a wedge compression deformity of the t11 vertebral body is seen.", "bright on t2-weighted images.",
                "at the level of l4-l5, a disc bulge", "t4 shows nothing", "no fracture.", ""):
        assert _sentence_levels(low) == levels(low)
    # a sequence or a bare level stays no place through the memo (the near misses of ``levels``)
    assert _sentence_levels("central t2 hyperintensity in the cord") == frozenset()
    assert _sentence_levels("t4 shows nothing") == frozenset()


def test_a_sentence_met_again_is_read_from_the_memo():
    low = "a sclerotic focus at the level of l2, unchanged, speed58 probe."
    before = _sentence_levels.cache_info()
    first = _sentence_levels(low)
    again = _sentence_levels(low)
    after = _sentence_levels.cache_info()
    assert first is again and first == levels(low) and first
    assert after.hits >= before.hits + 1


def test_report_levels_rows_as_before():
    sentences = ((0, "A wedge compression deformity of the T11 vertebral body is seen."),
                 (66, "Bright on T2-weighted images."), (96, "The pedicles are intact."))
    rows = report_levels(sentences, _things())
    assert [(r[0], r[1], r[2]) for r in rows] == [(s, t, levels(t.lower())) for s, t in sentences]
    assert rows[0][2] and not rows[1][2] and not rows[2][2]
    # a report none of whose sentences places a thing at a level gives no rows at all
    assert report_levels(((0, "Bright on T2-weighted images."), (30, "No fracture.")), _things()) == ()


def test_verdicts_alike_in_two_reports_sharing_a_sentence():
    far = "There is new loss of height of the T10 vertebral body, about 30%."
    near = "There is loss of height of the T8 vertebral body."  # (within the spine's tolerance of T7)
    for report in (_SPINE, _SAME_SENTENCE, _SPINE):
        assert _rules(far, report) == ["aligned-location-conflict"]
        assert _rules(near, report) == []
    # the sequence is no level in the report: a chain's "T2" signal is compared with nothing
    assert _rules("The marrow is bright on T2-weighted images.", _SPINE) == []
