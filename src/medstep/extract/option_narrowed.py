"""An option that names one finding narrowed by qualifiers or anatomical sites ("Right upper lobe atelectasis",
"Isolated bone contusion", "Popliteal artery aneurysm"), mapped to that finding for the option-concept reader
(:func:`medstep.extract.optionconcept.read_option`, rule ``option_concept``): "Collapse of the right upper lobe, with
the fissure pulled up." for "Right upper lobe atelectasis" (issue #7).

Why apart from :func:`medstep.extract.optionconcept._option_target`: that map is shared by the readers that guard
other rules (``names_another``, the alias reader, the Chinese reader), and an option with words beyond its concept's
name stays unmapped there. Only the last-resort read (``unmapped_ok``, after every other reader) maps it here, where
the extra words may be the shared qualifiers (``answers/qualifiers.QUALIFIERS``, the
one list of words narrowing a finding to a kind of itself) and the names of sites (``answers/sites.tsv``); the option
still maps to its finding with its side, and two options of one finding and side still map to none. Because the
narrowing words tell the option from what the reply may say, a pick stands only when the reply does not say
otherwise (:func:`narrowing_agrees`): no other place of the same kind ("right lower lobe" against "right upper
lobe"), each qualifier said or no word of its group said ("multiple bone contusions" is no "Isolated bone contusion"),
no other qualifier on the same compound's head ("dual-chamber pacemaker" is no "Single-chamber pacemaker"), and no
alternative offered beside the finding ("metastatic disease or Paget disease").
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import qualifiers
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.qualifiers import QUALIFIERS
from medstep.answers.sites import related, sites_in
from medstep.extract.concept_question import OPTION_FRAME, category_of, residual_words, side_of
from medstep.answers.wordforms import spelling
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def narrowed_target(text: str) -> tuple[str, str | None] | None:
    """(finding or device, side) an option's text names when its other words are qualifiers or site names, else
    ``None``."""
    low = normalize(text)
    ms = vocabulary().mentions(low)
    claims = {m.concept for m in ms if category_of(m) in ("finding", "device")}
    spans = [(m.start, m.end) for m in ms] + [(start, end) for _, start, end in sites_in(low)]
    if len(claims) != 1 or any(w not in QUALIFIERS for w in residual_words(low, spans, OPTION_FRAME)):
        return None
    return claims.pop(), side_of(low)


@lru_cache(maxsize=4096)
def _narrowing(option: str) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The option's sites (id, the last word of its name) and its qualifier words."""
    low = normalize(option)
    sites = sites_in(low)
    spans = [(m.start, m.end) for m in vocabulary().mentions(low)] + [(start, end) for _, start, end in sites]
    return (frozenset((site, low[start:end].split()[-1]) for site, start, end in sites),
            frozenset(residual_words(low, spans, OPTION_FRAME)) & QUALIFIERS)


def narrowing_agrees(text: str, option: str, concept: str) -> bool:
    """Whether reply ``text``, read as stating ``concept``, leaves ``option``'s narrowing words standing and offers
    no alternative to the finding (see module docstring)."""
    said = normalize(text)
    sites, words = _narrowing(option)
    if any(head == said[start:end].split()[-1] and not related(site, mine)
           for site, start, end in sites_in(said) for mine, head in sites):
        return False  # "right lower lobe collapse" for "Right upper lobe atelectasis"
    if not words.isdisjoint(_ONE) and _joined_sites(said):
        return False  # "leads in the right atrium and the right ventricle" for "Single-chamber pacemaker"
    reply_words = {spelling(w) for w in _WORD.findall(said)}
    if any(spelling(w) not in reply_words and not reply_words.isdisjoint(group)
           for w in words for group in _GROUPS if w in group):
        return False  # "multiple bone contusions" for "Isolated bone contusion"
    for first, head in _COMPOUND.findall(option.lower()):
        if any(other != first and other in QUALIFIERS
               for other in re.findall(r"\b([a-z]+)[-\s]+" + re.escape(head) + r"\b", said)):
            return False  # "dual-chamber pacemaker" for "Single-chamber pacemaker"
    # "... consistent with metastatic disease or Paget disease": the finding offered beside another, no pick
    return not any(_ALTERNATIVE.search(sentence) is not None
                   and any(m.concept == concept for m in vocabulary().mentions(normalize(sentence)))
                   for sentence in _SENTENCE.findall(text))


# The qualifiers that count one ("Single-chamber pacemaker", "Isolated bone contusion"): two places joined in the reply
# ("in the right atrium and the right ventricle", "of the femoral condyle and the tibial plateau") count two.
_ONE = frozenset(("single", "solitary", "isolated"))
_JOIN = lazy_compile(r"^\s*(?:,|and|&|as well as|plus)\s*(?:,\s*)?(?:the\s+)?$")


def _joined_sites(said: str) -> bool:
    """Whether ``said`` names two unrelated sites joined as a list ("the right atrium and the right ventricle")."""
    found = sorted(sites_in(said), key=lambda s: s[1])
    return any(_JOIN.match(said[a[2]:b[1]]) is not None and not related(a[0], b[0])
               for a, b in zip(found, found[1:]))


_GROUPS = tuple(frozenset(spelling(w) for w in group) for group in (
    qualifiers.ACUITY, qualifiers.CAUSE, qualifiers.FORM, qualifiers.APPEARANCE, qualifiers.NUMBER, qualifiers.BUILD,
    qualifiers.PLACE))
# A qualifier written as a compound with a head word ("single-chamber", "thin-walled").
_COMPOUND = lazy_compile(r"\b([a-z]+)-([a-z]+)\b")
_ALTERNATIVE = lazy_compile(r"(?i)\b(?:or|versus|vs)\b")
_SENTENCE = lazy_compile(r"[^.!?;\n]+")


__all__ = ["narrowed_target", "narrowing_agrees"]
