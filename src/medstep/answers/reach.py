"""The verbs of reaching a place, defined once: "extends into", "runs up to", "passes through", "crosses", "involves",
"invades", "breaches" — and the synonyms of a finding that is a reach into a place (``@reach PLACE`` in
``concepts.tsv``).

Why: a fracture's extension into a joint, the tibial spines or a growth plate, a tumour's invasion of the seminal
vesicles, are findings that reports state or deny ("does not extend to the tibial spines") and that a chain may state
wrongly ("the fracture runs up into the tibial spines"): the distractors of fracture and staging questions. Each is
said with any verb of reaching and the place's name, so a concept row names only its places ("@reach the joint",
"@reach the ankle joint") and the phrases are every verb form here with the place, with and without its article
("extends into the joint", "crossing the physis", "involvement of the growth plate", "runs into joint"). A new verb
added here reaches every place at once.
"""

from __future__ import annotations

# verbs of motion that reach a place through a preposition ("extends into the joint", "runs up to the eminence")
_MOTION = ("extend", "extends", "extending", "extended", "extension", "run", "runs", "running", "ran", "run up",
           "runs up", "running up", "ran up", "pass", "passes", "passing", "passed", "go", "goes", "going", "went",
           "spread", "spreads", "spreading")
_MOTION_PREPOSITIONS = ("into", "to", "through", "across")
# verbs that take the place as their object ("crosses the physis"); "involvement of" and "invasion of" their nouns
_DIRECT = ("involve", "involves", "involving", "involvement of", "enter", "enters", "entering", "entered",
           "cross", "crosses", "crossing", "reach", "reaches", "reaching", "reached", "invade", "invades", "invading",
           "invaded", "invasion of", "breach", "breaches", "breaching", "breached", "breach of", "traverse",
           "traverses", "traversing", "traversed")
MACRO = "@reach "
_ARTICLES = ("the ", "its ")


def reach_phrases(place: str) -> list[str]:
    """Every verb of reaching with ``place`` ("the joint"), and with ``place`` without its article."""
    places = [place]
    for article in _ARTICLES:
        if place.startswith(article):
            places.append(place[len(article):])
    out = [f"{verb} {prep} {p}" for p in places for verb in _MOTION for prep in _MOTION_PREPOSITIONS]
    out += [f"{verb} {p}" for p in places for verb in _DIRECT]
    return out


def expand_reach(synonyms: list[str]) -> list[str]:
    """``synonyms`` with each ``@reach PLACE`` replaced by :func:`reach_phrases` of PLACE (order kept)."""
    if not any(s.startswith(MACRO) for s in synonyms):
        return synonyms
    out: list[str] = []
    for s in synonyms:
        out.extend(reach_phrases(s[len(MACRO):].strip()) if s.startswith(MACRO) else (s,))
    return list(dict.fromkeys(out))
