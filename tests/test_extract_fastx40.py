"""The speed gates of lane fastx40 change no reading: each skips only what could not have matched (issue #7)."""

from __future__ import annotations

import random

from medstep.extract import other_question, refusal
from medstep.extract.choice import _SENTENCE_STOP  # type: ignore[attr-defined]

_WORDS = ("I", "we", "can't", "CANNOT", "can", "not", "Unable", "to", "able", "could", "won't", "will", "in", "a",
          "position", "don't", "think", "should", "make", "that", "decision", "comment", "on", "advise", "say",
          "the", "effusion", "is", "small", ".", ",", "but", "answer", "sorry", "scan", "probable", "\n", "B")


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def test_declined_gate_is_necessary() -> None:
    """No ASCII text without a gate word holds a ``DECLINED`` match: the gate skips only misses."""
    texts = _texts(20000, 7) + ["I cannot comment on management.", "We are not in a position to advise surgery.",
                                "I don't think I should say.", "That is not a decision I can make."]
    for text in texts:
        low = text.lower()
        if not any(w in low for w in other_question._DECLINED_GATES):  # type: ignore[attr-defined]
            assert other_question.DECLINED.search(text) is None, text
    assert other_question.DECLINED.search("I'm not in a position to advise treatment.") is not None


def test_ascii_rules_read_as_all_rules() -> None:
    """``is_refusal`` on ASCII text reads as it did with every rule (the skipped gates are not ASCII)."""
    for text in _texts(3000, 11) + ["I can't determine this.", "Unknown", "我无法确定", "No puedo decirlo."]:
        low = text.lower().replace("’", "'")
        full = any(gate in low for gate, _ in refusal._RULES if not gate.isascii())
        assert not (low.isascii() and full)
        assert refusal.is_refusal(text) == refusal.is_refusal.__wrapped__(text)  # type: ignore[attr-defined]


def test_sentence_stops_as_the_character_loop() -> None:
    """``choice._from_chosen``'s sentence ends by regex are the ends the loop over each character found."""
    for text in _texts(2000, 3) + ["Pain! Why? Done.\nNext", "", "...", "a.b"]:
        for cut in (0, len(text) // 2, len(text)):
            loop = [k + 1 for k, c in enumerate(text[:cut]) if c in ".!?\n"]
            assert [m.end() for m in _SENTENCE_STOP.finditer(text, 0, cut)] == loop


def test_sentence_breaks_as_the_look_behind_form() -> None:
    """``asked_refusal._SENTENCES`` (opening on the blank) breaks and splits as ``(?<=[.!?;])\\s+|\\n+`` did, and
    stays linear on a long hostile run of blanks, stops and newlines."""
    import re
    import time

    from medstep.extract import asked_refusal

    plain = re.compile(r"(?<=[.!?;])\s+|\n+")
    fast = asked_refusal._SENTENCES  # type: ignore[attr-defined]
    rng = random.Random(5)
    alphabet = "ab .!?;\n\t\r\x0b\x0c\u00a0\u2028,"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)
        assert fast.split(text, maxsplit=1) == plain.split(text, maxsplit=1)
    hostile = ". " * 10000 + "\n" * 20000 + " ;" * 10000
    start = time.process_time()
    assert len(list(fast.finditer(hostile))) == len(list(plain.finditer(hostile)))
    assert time.process_time() - start < 1.0
