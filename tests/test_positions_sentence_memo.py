"""A text's device positions read sentence by sentence from a memo (``positions._sentence_positions``).

A benchmark's reports are new texts made of sentences seen before; each sentence's reading is memoised on its words
and the device carried into it, and put back at the sentence's place. These tests hold that against cold readings:
the same sentence at another offset, and the same sentence with another device (or none) carried in.
"""

from __future__ import annotations

from medstep.verify import positions
from medstep.verify.positions import read_positions

TUBE = "The endotracheal tube tip lies 4 cm above the carina."
PRONOUN = "Its tip projects over the superior vena cava."
LINE = "A right internal jugular central venous catheter is present."


def _cold(text: str, last: str | None = None, lenient: bool = True):
    positions._READ_MEMO.clear()
    positions._sentence_positions.cache_clear()
    return read_positions(text, last, lenient)


def _spans(text: str, read) -> list[tuple[str, str, int, int, bool]]:
    return [(p.family, p.text, p.start, p.end, p.negated) for p in read[0]]


def test_a_sentence_seen_before_is_placed_where_it_stands() -> None:
    first = "No pneumothorax. " + TUBE
    second = "Heart size is normal. The lungs are clear. " + TUBE
    _cold(first)
    warm = read_positions(second, None, True)  # the tube sentence comes from the memo, at another offset
    assert _spans(second, warm) == _spans(second, _cold(second))
    (family, words, start, end, _neg), = _spans(second, warm)
    assert second[start:end] == words and start > len("Heart size is normal. The lungs are clear.")


def test_the_device_carried_in_is_part_of_a_sentences_reading() -> None:
    """The near miss: "Its tip ..." speaks of the line only after a sentence naming it; after a sentence naming no
    device it states no position, memo or not."""
    with_line = LINE + " " + PRONOUN
    without = "The lungs are clear. " + PRONOUN
    cold_with = _spans(with_line, _cold(with_line))
    cold_without = _spans(without, _cold(without))
    read_positions(with_line, None, True)
    assert _spans(without, read_positions(without, None, True)) == cold_without
    assert _spans(with_line, read_positions(with_line, None, True)) == cold_with
    assert any(words.startswith("superior vena cava") or "vena cava" in words for _f, words, *_ in cold_with)
    assert not any("vena cava" in words for _f, words, *_ in cold_without)
