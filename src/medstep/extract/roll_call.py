"""A sentence that names every option and picks none is a roll call, not a pick: "The differential is lymphoma,
sarcoidosis, tuberculosis and metastases. Sarcoidosis is most likely.", "I examined the liver, spleen, left kidney and
pancreas. The spleen is enlarged." (issue #7).

Why: the decision reader weighs every mention, so a roll call of the options (a differential, a tour of the organs
the options name, the options restated) beside the one sentence that decides reads as several options stated, and
the reply is graded ambiguous although it chose. A sentence that names every option (three or more) cannot tell
them apart by itself; when read alone it picks none, it is set aside and the rest of the reply is read as any reply
is. The rest must name an option and pick it on its own; a roll call that ends the reply, or a rest that weighs or
hedges, still reads ambiguous. A sentence naming every option that does pick one ("Sarcoidosis is far more likely
than lymphoma, tuberculosis or metastases.") is no roll call and stays.
"""

from __future__ import annotations

from collections.abc import Callable

from medstep.answers import hedges, negation
from medstep.extract.mentions import OptionIndex, find_mentions, option_index
from medstep.lazyre import lazy_compile

# A sentence: up to its closing mark (kept) or a line break.
_SENTENCE = lazy_compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
# The fewest options a roll call names: with two, a sentence naming both is a comparison the readers weigh already.
_FEWEST = 3
# A sentence naming every option that also denies, weighs or singles some out ("Pneumonia, edema and effusion were
# excluded.", "..., the first two are likely.") says something of them: no neutral roll call, it stays.
_NOT_NEUTRAL = lazy_compile(r"(?i)\b(?:" + "|".join(w.replace(" ", r"\s+") for w in (
    *negation.DENY, *negation.NEITHER, *negation.NONE, *negation.ABSENT, *negation.EXCLUDED, *negation.EXCLUDES,
    *negation.PREFERRING, *hedges.LIKELIHOOD, *hedges.LIKELY_WORDS, *hedges.UNLIKELY_WORDS, *hedges.POSSIBILITY,
    *hedges.WEIGHING, "the first", "the second", "the third", "the last", "first two", "last two", "former", "latter"))
    + r")\b")
_CLAUSE = lazy_compile(r"[^;]+")
# (each clause apart: "...; there is no free fluid." denies no option)
# A rest whose last sentence naming an option asks ("Lymphoma?"), or that keeps an option open beside the others
# ("Tuberculosis is a consideration too."), picks nothing.
_OPEN = lazy_compile(r"(?i)\b(?:" + "|".join(w.replace(" ", r"\s+") for w in (
    *hedges.OPEN_CANDIDATE, *hedges.CANDIDATES)) + r")\b")


def without_roll_calls(text: str, idx: OptionIndex, picks: Callable[[str], str | None]) -> str | None:
    """``text`` without its roll-call sentences (each names every option, ``picks`` finds no pick in it alone, and no
    clause naming an option denies, weighs or singles them out), or ``None`` when it has none, nothing naming an option
    is left after them, or the rest asks, keeps an option open, or has sentences picking different options alone."""
    letters = set(idx.texts)
    if len(letters) < _FEWEST:
        return None
    # (each option's own index: the mention reader joins a list of options into one mention of none, "lymphoma,
    # sarcoidosis, tuberculosis and metastases", so each option is looked for alone)
    singles = [option_index({letter: text}) for letter, text in idx.texts.items()]
    kept: list[str] = []
    dropped = False
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if all(find_mentions(sentence, one) for one in singles) and picks(sentence) is None \
                and not any(_NOT_NEUTRAL.search(c) and any(find_mentions(c, one) for one in singles)
                            for c in _CLAUSE.findall(sentence)):
            dropped = True
            continue
        kept.append(sentence)
    rest = "".join(kept).strip()
    naming = [k for k in kept if find_mentions(k, idx)]
    if not dropped or not naming or _OPEN.search(rest) or naming[-1].rstrip().endswith("?") \
            or len({picks(k) for k in naming} - {None}) > 1:
        # (sentences of the rest that pick different options alone weigh: "Spleen: enlarged. Liver: enlarged.")
        return None
    return rest


__all__ = ["without_roll_calls"]
