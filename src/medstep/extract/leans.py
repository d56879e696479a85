"""A closed answer that only leans: the asked finding named under a possibility ("There may be a small effusion",
"A fracture cannot be excluded", 可能有积液). It states no verdict, and it is not silence either: ``ambiguous``.
Split from ``extract/implicit.py``; it uses the question parser and term matching of ``extract/implicit_terms.py``."""

from __future__ import annotations

import re

from medstep.answers.text import HAN
from medstep.answers.wordforms import han_heads
from medstep.extract.implicit import MAX_CHARS, sentences
from medstep.extract.implicit_terms import key_word, matches, parse_question, tokens
from medstep.extract.implicit_words import mask_denied_leans
from medstep.extract.implicit_langs import zh_question
from medstep.lazyre import lazy_compile

# A lean, not a statement: the finding named under one of these is neither yes nor no but ``ambiguous``.
_LEAN = lazy_compile(
    r"(?i)\b(?:may|might|could|possibl[ey]|probabl[ey]|(?:un)?likely|suspect(?:ed)?|suspicious|questionable|equivocal|"
    r"indeterminate|borderline|perhaps|maybe)\b|\b(?:cannot|can't|can\s+not|difficult\s+to|hard\s+to)\s+(?:be\s+)?"
    r"(?:exclude|excluded|rule\s+out|ruled\s+out)\b|\bnot\s+(?:be\s+)?excluded\b"
    r"|可能|疑似|不除外|不能排除|待排|\b(?:posible|probable|podría|puede|sugiere)\b|no\s+se\s+puede\s+descartar"
)


def leans(text: str, question: str) -> bool:
    """Whether a sentence naming the question's finding only leans ("There may be a small effusion", "A
    fracture cannot be excluded", 可能有积液): no verdict, and not silence either, so ``ambiguous``."""
    text = text.strip()
    if not text or len(text) > MAX_CHARS:
        return False
    if HAN.search(question):
        zq = zh_question(question)
        names = [zq.term, zq.term[-2:]] if zq is not None and not zq.prop else ([zq.place] if zq else [])
        return any(n and n in s and _LEAN.search(s) for s in re.split(r"[。！!\n]", han_heads(text)) for n in names)
    q = parse_question(question)
    if q is None:
        return False
    key = key_word(q)
    asked = q.prop.lower() if q.prop else ""
    for sentence in sentences(text):
        toks = tokens(sentence)
        # the word asked is no lean: "TI-RADS 5 (highly suspicious)" to "Is the nodule suspicious?"
        if any(matches(t, key) for t in toks) and any(m.group(0).lower() != asked
                                                      for m in _LEAN.finditer(mask_denied_leans(sentence))):
            return True
    return False


__all__ = ["leans"]
