"""Whether a chain step may state a change since an earlier study at all (issue #12, session 50): the cheap test
before the evidence's changes are read for a chain (``attributes.AttributeChecks``).

Why a module of its own: the test is read from the lexicon's phrases (those ``changes.first_change`` reads a change
from), not from a word list of its own, so it follows the lexicon and trigger table as they grow.
"""

from __future__ import annotations

import ahocorasick

from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import K_ABN, K_ATTR, K_PSEUDO_POST, K_PSEUDO_PRE
from medstep.verify.memo import owner_memo
from medstep.verify.scan import Scanner, lower_text
from medstep.verify.scope_words import GROWN

_PSEUDO = (K_PSEUDO_PRE, K_PSEUDO_POST)
_DIGIT = lazy_compile(r"\d")


@owner_memo(16384)
def may_state_change(scanner: Scanner, text: str) -> bool:
    """Whether ``first_change`` of ``text`` or of any part of it may find a change: False only when ``text`` (scan
    form) holds no phrase whose event ``first_change`` reads (an attribute or pseudo-trigger with a change, an
    abnormal word of growth, "than"; ``_change_phrases``) anywhere, not even inside a longer word, holds no digit (a
    change two measurements or ratio values tell, ``measured_change``) and no run of blanks (scanned collapsed).

    Why (issue #12, session 50): the evidence's changes (``attributes.AttributeChecks``: pronoun, head, later-clause
    and absent-before changes, ~7% of a sample of ``bench_score_scale.py`` with a new report) are compared with a
    chain's changes alone, each read by ``first_change`` of a step or a part of it (``change_errors``,
    ``sentence_change_errors``) or carried by a claim (``Finding.change``); a chain none of whose steps may state one
    needs no reading of them. Any part's phrases are phrases of the whole text, so the test holds for every part.
    Memoised per scanner (session 51): asked of every step of every chain, and a benchmark's chains repeat their
    steps; the answer is read from the text and the scanner's lexicon alone."""
    low = lower_text(text)
    if "  " in low or "\t" in low or _DIGIT.search(low) is not None:
        return True
    phrases = _change_phrases(scanner)
    return phrases is None or next(phrases.iter(low), None) is not None


@owner_memo(1)
def _change_phrases(scanner: Scanner) -> ahocorasick.Automaton | None:
    """An automaton of the phrases ``first_change`` reads a change from (see ``may_state_change``), built once per
    scanner from its lexicon's; None (every text may state one) when a short attribute ("R", "Lt") carries a change,
    or there is no such phrase at all."""
    if any(key == "change" for attrs in scanner.short_attrs() for key, _v in attrs or ()):
        return None
    out = ahocorasick.Automaton()
    for phrase, value in scanner.phrases():
        kind, payload, attrs = value[0], value[1], value[3]
        if (kind == K_ATTR or kind in _PSEUDO) and any(key == "change" for key, _v in attrs or ()) or (
                kind == K_ABN and payload in GROWN):
            out.add_word(phrase, phrase)
    out.add_word("than", "than")  # (an abnormal word's degree compared with an earlier study: ``_THAN_BEFORE``)
    out.make_automaton()
    return out


__all__ = ["may_state_change"]
