"""``aligned_denials.verb_denials`` skips a report none of whose sentences holds "not", "n't", "spar" or "neither"
(each of its patterns holds one): it finds what the ungated reading (the oracle below, as it was) finds, on reports
with a verb denial in every spelling (typographic apostrophe, capitals, "spares", "neither ... nor") and on reports
with none. Sentences of our own."""

from __future__ import annotations

import pytest

from medstep.verify import aligned_denials as ad
from medstep.verify.aligned_words import _not_thing, _thing_words
from medstep.verify.scan import lower_text


def _oracle(sentences, things, named):  # type: ignore[no-untyped-def]
    said = [things(lower_text(t)) for _s, t in sentences]
    items = []
    for n, (start, text) in enumerate(sentences):
        low = lower_text(text)
        for m in ad._VERB_NOT.finditer(low):
            end = ad._ITEM_END.search(low, m.end())
            b = end.start() if end is not None else len(low)
            words = things(low[m.end():b])
            if len(words) == 1 and (subject := ad._SUBJECT_BEFORE.search(low, 0, m.start())) is not None:
                words |= things(subject.group(1))
            if len(words) >= ad.MIN_WORDS and not named(text[m.end():b]) and not any(
                    words <= other for k, other in enumerate(said) if k != n):
                items.append((words, start + m.end(), start + b))
        for m in ad._NEITHER.finditer(low):
            for g in (1, 2):
                words = things(m.group(g) + " " + m.group(3))
                if len(words) >= ad.MIN_WORDS and not named(m.group(g) + " " + m.group(3)) and not any(
                        words <= other for k, other in enumerate(said) if k != n):
                    items.append((words, start + m.start(), start + m.end()))
    return items


_REPORTS = [
    ["The lesions do not enhance after gadolinium.", "Two small lesions lie in segment 6."],
    ["The cyst wall DOES NOT ENHANCE after contrast."],
    ["The septa don\u2019t enhance after contrast.", "The cyst is simple."],
    ["The nodule, which doesn't enhance, is stable."],
    ["The signal change spares the left lentiform nucleus."],
    ["Neither the wall nor the septa enhance after contrast."],
    ["Sparing of the subpleural lung is noted."],
    # what must stay empty
    ["The trachea is midline.", "No pneumothorax is seen.", "The lungs are otherwise clear."],
    ["Small right pleural effusion.", "Impression: effusion."],
    ["The heart is not enlarged.", "The lungs are clear."],
]


@pytest.mark.parametrize("texts", _REPORTS)
def test_gated_verb_denials_match_the_oracle(texts: list[str]) -> None:
    not_thing = _not_thing(frozenset())
    sentences, at = [], 0
    for t in texts:
        sentences.append((at, t))
        at += len(t) + 1

    def things(low: str) -> frozenset[str]:
        return _thing_words(low, not_thing)

    def named(text: str) -> bool:
        return "effusion" in text.lower()

    assert ad.verb_denials(sentences, things, named) == _oracle(sentences, things, named)


def test_a_denial_is_still_found() -> None:
    not_thing = _not_thing(frozenset())
    got = ad.verb_denials([(0, "The cyst wall does not enhance after contrast.")],
                          lambda low: _thing_words(low, not_thing), lambda text: False)
    assert got and got[0][1] > 0
