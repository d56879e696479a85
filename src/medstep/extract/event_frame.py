"""A closed question asked after an event, read without it where the reply speaks only of this image.

"Is there a pneumothorax after this CT-guided lung biopsy?" is answered "A small right apical pneumothorax is
present." or "No pneumothorax is present." The event ("after this CT-guided lung biopsy", "following the central line
placement", ``implicit_words.Q_EVENT``) dates the image the reply describes; it is no word the reply must repeat, yet
the statement readers take it as part of the asked term and read nothing. Cutting it off the question for every
reply was tried twice (sessions 27 and 43) and reverted: a reply about the time before the event ("The pre-biopsy
image showed a small pneumothorax.", "A leak was present before the repair.") or about the event as a class ("A
pneumothorax is a known risk of lung biopsy.") then read as the answer.

So the question is read without its event only where the question with it read nothing (``extract/stated.py``),
and only when the reply names none of the event's words (it then speaks of this image, not of the event), holds no
word of another time (before, prior, previous, earlier, baseline, after, following, post, since, no longer) and no
word of a class (risk, complication, occurs, incidence). Everything else the readers check as before: another
finding, another side, a hedge, a denial's scope.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.extract.implicit_terms import matches, stem, tokens
from medstep.extract.implicit_words import ARTICLES, Q_EVENT, STOP
from medstep.lazyre import lazy_compile

# Another time than this image's, or the finding as a class: the reply may speak of the event's before or of what
# such events cause, so the event stays a word of the asked term.
_OTHER_TIME = lazy_compile(
    r"(?i)\b(?:pre|before|prior|previous(?:ly)?|earlier|preceding|baseline|initial|original|after|following|post|"
    r"since|until|resolved|no\s+longer|risk|risks|complications?|occurs?|occurring|incidence|rate|common(?:ly)?|"
    r"known|typical(?:ly)?|usually|often|"
    # a reply in the past ("showed", "was noted at presentation"), of an earlier image ("admission", "scout", "planning",
    # "yesterday", "last week") or of an older finding ("chronic", "remote", "established", "healed"): not this image's
    r"was|were|had|showed|demonstrated|revealed|first|presentation|arrival|scout|planning|"
    r"beforehand|chronic|old|remote|established|heal(?:ed|ing)|long-?standing|pre-?exist(?:ing|ent)|"
    # the finding as a class in other words ("develops in up to one in ten patients", "frequent in such cases")
    r"patients?|cases|such|frequent(?:ly)?|adverse|develops?|minority|majority|up\s+to|percent|generally|rare(?:ly)?|"
    r"expected)\b|%|" + hedges.words(hedges.EARLIER_TIME, hedges.EARLIER_WORDS))  # (the shared earlier-time words)
# Only a question of a finding's presence ("Is there a pneumothorax after ..."): a property asked after an event or a
# landmark ("Is the lesion smaller after chemotherapy?", "Is the artery narrowed following the bifurcation?") needs it.
_PRESENCE = lazy_compile(r"(?i)^\s*(?:is|are)\s+there\b")
# Words of an event phrase that name nothing of it: "after the chest tube was removed" is named by "chest", "tube",
# "removed".
_EVENT_FILLER = frozenset({"after", "following", "post", "was", "were", "is", "are", "been", "being", "has", "had",
                           "this", "that", "these", "his", "her", "their", "recent", "recently"}) | ARTICLES


def without_event(question: str, text: str) -> str | None:
    """``question`` less its event frame when ``text`` may be read of this image alone (module docstring), else
    ``None`` (no event frame, or the reply names the event, another time or a class)."""
    found = Q_EVENT.search(question)
    if found is None or _PRESENCE.match(question) is None or _OTHER_TIME.search(text) is not None:
        return None
    event = [stem(w) for w in tokens(found.group(0)) if w not in _EVENT_FILLER and w not in STOP]
    if not event or any(matches(t, w) for t in tokens(text) for w in event):
        return None
    return question[:found.start()] + question[found.end():]


__all__ = ["without_event"]
