"""A closed answer that only leans: the asked finding named under a possibility ("There may be a small effusion",
"A fracture cannot be excluded", 可能有积液). It states no verdict, and it is not silence either: ``ambiguous``.
Split from ``extract/implicit.py``; it uses the question parser and term matching of ``extract/implicit_terms.py``."""

from __future__ import annotations

import re

from medstep.answers import NO
from medstep.answers import hedges
from medstep.answers.text import HAN
from medstep.answers.wordforms import han_heads
from medstep.extract import findings
from medstep.extract.antonym_pairs import PAIRS
from medstep.extract.implicit import MAX_CHARS, hedged, sentences
from medstep.extract.implicit_terms import key_word, matches, parse_question, tokens
from medstep.extract.implicit_words import APPEAR, ARTICLES, mask_committed_leans, mask_denied_leans
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
        masked = mask_denied_leans(sentence)
        if q.prop and any(rx.fullmatch(q.prop) for pair in PAIRS for rx in pair.poles):
            # "The nodule is probably malignant." to "Is it malignant?": the lean commits to the asked pole, which the
            # antonym reader reads (``extract/antonyms.py``); a property of no pair ("probably enlarged") stays a lean
            committed = mask_committed_leans(masked, [m.start() for m in re.finditer(r"(?i)\b" + re.escape(q.prop), masked)])
            # (a sentence hedged still, "probably benign, although malignant ulcers can look identical", keeps its lean)
            masked = committed if not hedged(committed) else masked
        # the word asked is no lean: "TI-RADS 5 (highly suspicious)" to "Is the nodule suspicious?"
        if any(matches(t, key) for t in toks) and any(m.group(0).lower() != asked for m in _LEAN.finditer(masked)):
            return True
    return False


RULE = "implicit_unlikely"
# A lean that commits: the asked finding the subject of "unlikely" closing its clause ("Pneumonia seems unlikely.", "A
# meniscal tear is unlikely."). The model rules the finding out in a hedge's words; the hand labels read it no (b13h,
# b23, b37, fresh25a). Not "unlikely to ..." (a prediction), not "not unlikely", not the past ("was unlikely").
_VERBS = (APPEAR - {"was", "were"}) | {"seems", "seem"}
_UNLIKELY = lazy_compile(r"(?i)\b(?:" + hedges.alternation(_VERBS) + r")\s+(?:(?:very|highly|quite|rather|fairly)\s+)?(?:"
                         + hedges.alternation(hedges.UNLIKELY_WORDS) + r")[\s*_]*(?:[.!;,—–]|\Z)")
# Where the subject of "unlikely" starts: the clause's opening after a mark or a joining word.
_SUBJECT_START = lazy_compile(r"(?i).*(?:[,;:—–(]|\b(?:" + hedges.alternation(hedges.TURN, ("so", "and", "therefore",
                                                                                       "thus", "hence")) + r")\b)")
# A condition, a question or another possibility in the same sentence leaves "unlikely" a branch of reasoning, not a
# verdict: "If the appendix is normal in caliber, appendicitis is unlikely.", "Unlikely, but it may be early pneumonia."
_NOT_COMMITTED = lazy_compile("(?i)" + hedges.words(hedges.CONDITION, hedges.SUPPOSED_CASE, ("whether", "otherwise", "or"))
                              + r"|\?")
# A turn anywhere after the verdict qualifies it: "A pulmonary embolism is unlikely; however, a CT pulmonary angiogram
# is required to exclude it."
_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN))


def committed_unlikely(text: str, question: str) -> str | None:
    """no when the whole reply ``text`` rules the asked finding out as "unlikely" and says nothing else of it, else
    ``None``; English only (a Chinese lean, 可能性小, is read by ``extract/closed.py``).

    Every sentence naming the asked finding's key word is such a verdict: a sentence that names it otherwise ("...
    However, a small apical pneumothorax may be missed.") or a turn after the verdict leaves it a lean. The subject of
    "unlikely" is read as the denial "No <subject>." by the finding reader (``extract/findings.py``: sides, organs,
    narrowing words), which must read no, and it is the asked finding in the question's own words, the key last: a
    subtype ("Tension pneumothorax"), another side or organ ("A renal lesion"), an event of it ("Rupture of the aneurysm")
    or more of it ("An additional fracture") says nothing of the asked one. Called on the whole reply
    (``extract/closed_reader.py``), since the statement readers see fragments of it."""
    text = text.strip()
    if not text or len(text) > MAX_CHARS or HAN.search(question) or HAN.search(text):
        return None
    q = parse_question(question)
    if q is None or q.prop is not None:
        return None  # "Is the heart enlarged?" - "Enlargement is unlikely.": the property's subject is left unsaid
    key = key_word(q)
    committed = False
    for sentence in sentences(text):
        masked = mask_denied_leans(sentence)
        if not any(matches(t, key) for t in tokens(sentence)):
            continue
        said = _UNLIKELY.search(masked)
        if said is None or _NOT_COMMITTED.search(masked) is not None or _TURN.search(text, text.find(sentence) + said.end()) \
                or _LEAN.search(masked[:said.start()] + masked[said.end():]) is not None:
            return None
        opening = _SUBJECT_START.match(masked, 0, said.start())
        begin = opening.end() if opening is not None else 0
        subject = [t for t in tokens(masked[begin:said.start()]) if t not in ARTICLES]
        if any(matches(t, key) for t in tokens(masked[:begin] + masked[said.end():])):
            return None  # "Large territorial infarct is unlikely; small lacunar infarcts are present."
        if not subject or not matches(subject[-1], key) or not all(any(matches(t, w) for w in q.words) for t in subject) \
                or findings.read_finding("No " + " ".join(subject) + ".", question) != NO:
            return None
        committed = True
    return NO if committed else None


__all__ = ["RULE", "committed_unlikely", "leans"]
