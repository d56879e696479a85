"""A finding asked with its qualifier and answered by its head noun alone: "Is there a pericardial effusion?" - "A
moderate circumferential effusion of 1.4 cm is present."

An answer about the image the question names does not repeat the qualifier the question already gave: the effusion
of an echocardiogram is the pericardial one, the fracture of a scaphoid view is the scaphoid's. :func:`reduced` gives
the question asked of the head noun alone ("Is there an effusion?"), for the statement readers to read the answer
with, only where nothing in the answer could make it another one:

* the question is "Is there (a/an/any) <qualifier> <head>?" with one qualifier word that says where or of what
  the finding is (not its kind or time: "an acute fracture" is not answered by "a fracture"), or "Is there a <head>
  of / in (the) <place>?" with a place of one to three words and no side ("Is there a fracture of the hip?" -
  "There is a fracture.": the hip's image, the hip's fracture);
* every mention of the head in the answer stands with nothing before it but articles, numbers, sizes and degrees
  ("a small", "a moderate circumferential", "no") or words that say what kind of it or how it looks and name no place
  (``answers/qualifiers.py``: "an oval mass", "a transverse fracture", "a 12 mm anechoic cyst"), and nothing after it
  but a measurement ("of 1.4 cm") or the end of its clause: no other qualifier ("pleural effusion", "renal cyst"), no
  place ("effusion in the knee");
* the answer names no side ("bilateral effusions" are pleural ones) and no other word of the question's family
  (the qualifier itself is left to the full question's readers).
"""

from __future__ import annotations

import re

from medstep.answers import YES, hedges, negation, qualifiers
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.answers.sites import site_table, sites_in
from medstep.answers.wordforms import forms, place_adjective
from medstep.extract.findings_words import ASPECTS
from medstep.extract.implicit_words import LOBE_PARTS, LOBE_SIDES, LOBED_ORGANS, ORGAN_PARTS, POSITION
from medstep.lazyre import lazy_compile

_QUESTION = lazy_compile(r"(?i)^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?([a-z]+)\s+([a-z]+)\s*\?\s*$")
# "Is there a fracture of the hip?", "Is there a cyst in the breast?": the head, then its place.
_PLACED_QUESTION = lazy_compile(r"(?i)^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?([a-z]+)\s+(?:of|in|within|involving)\s+"
                                r"(?:the\s+)?([a-z]+(?:\s+[a-z]+){0,2})\s*\?\s*$")
# Words before the head that say what kind of it, or how it looks, and no place: "an oval mass", "a transverse
# fracture", "an anechoic cyst" (not ``qualifiers.PLACE``: "a scaphoid fracture" is the scaphoid's).
_KIND = frozenset(qualifiers.ACUITY + qualifiers.CAUSE + qualifiers.FORM + qualifiers.APPEARANCE + qualifiers.NUMBER)
# What may stand right before the bare head: a size, a degree, a shape of spread, a denial.
_BEFORE = (r"(?:a|an|the|no|any|small|moderate|large|trace|tiny|mild|minimal|massive|huge|big|sizeable|sizable|active|ongoing|"
           r"circumferential|simple|complex|loculated|new|moderate-sized|small-volume|large-volume|slight|"
           r"(?:mild|minimal|moderate|marked|slight|severe)ly|"  # "a minimally displaced fracture"
           r"\d+(?:[.,]\d+)?|mm|cm|ml)")
# Two alternatives, not ``\s*(?:$|...|\s+(?:of ...))``: that split a blank run between ``\s*`` and ``\s+`` every way
# before failing (quadratic on "effusion" + 4,000 blanks + "x"); ``\s*`` then ``\s+`` is ``\s+``, so the same texts
# match (the pattern is only asked whether it matches).
_AFTER = lazy_compile(r"(?i)\s*(?:$|[.,;:!)])|\s+(?:of\s+(?:about\s+|approximately\s+|up\s+to\s+)?\d|is\b|are\b|was\b|"
                      r"at\s+(?:the\s+)?\d{1,2}(?::\d\d)?\s*o['’]?\s*clock\b|"  # a clock-face position in the asked organ
                      r"were\b|measur\w*|not\b|" + hedges.alternation(negation.SEEN) + r"\b)")
# A place the rest of the head's sentence puts it in, after a verb: "is seen in the pancreas", "lies along the wall"
# (a measurement or a clock-face position is no other place: "of 1.4 cm", "at 10 o'clock").
_PLACED_LATER = lazy_compile(r"(?i)\b(?:in|within|inside|at|of|through|across|along|involving|from|on|near|adjacent|"
                             r"around|beside|into|to|over|under|behind|above|below)\s+(?!(?:about\s+|approximately\s+|"
                             r"up\s+to\s+|the\s+)?\d)")
# Qualifiers that say what kind or time of the finding is asked, not where: "an acute fracture" is not answered by
# "a fracture", "free air" not by "air".
_NOT_PLACE = frozenset({"acute", "chronic", "old", "healed", "healing", "recent", "new", "active", "free", "displaced",
                        "nondisplaced", "complete", "incomplete", "partial", "significant", "tension", "simple",
                        "complex", "large", "small", "major", "minor", "any", "other", "malignant", "benign",
                        "pathological", "pathologic", "traumatic", "residual", "recurrent"})
_ARTICLES = frozenset({"a", "an", "any", "the"})
_DENIED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY) + r")\b")  # "Is there no cardiomegaly?"
_SIDES = lazy_compile(r"(?i)\b(?:left|right|bilateral|bilaterally|both|either)\b")


def _finding(word: str) -> bool:
    """Whether ``word`` alone names a finding of the vocabulary (``answers/concepts.tsv``)."""
    ms = vocabulary().mentions(word)
    return (len(ms) == 1 and ms[0].kind is MentionKind.CONCEPT and ms[0].end - ms[0].start == len(word)
            and vocabulary().concepts[ms[0].concept].category == "finding")


def reduced(question: str, text: str) -> tuple[str, str] | None:
    """"Is there an <head>?" when ``text`` may be read by its head noun alone (module docstring), and the text to read
    it in (the clauses denying the head in one part of the asked place left out where it is stated elsewhere), else
    ``None``."""
    m = _QUESTION.match(question)
    placed = _PLACED_QUESTION.match(question) if m is None else None
    if _DENIED.search(question):
        return None
    if m is not None:
        quals, head = [m.group(1).lower()], m.group(2).lower()
    elif placed is not None:
        head, quals = placed.group(1).lower(), placed.group(2).lower().split()
        if _SIDES.search(placed.group(2)) or quals[-1] in _ARTICLES:
            return None  # "a fracture of the left hand": the side is the readers' of the full question
    else:
        return None
    if quals[0] in _ARTICLES or head in _ARTICLES:
        return None  # "Is there a diffusion?" is already the head noun's question (read again, it would loop)
    low = text.lower()
    if any(q in _NOT_PLACE or q in low for q in quals):
        return None
    if placed is not None and not _finding(head):
        return None  # "Is there evidence of a fracture?": no finding's head noun
    region = _site(" ".join(quals))
    lobed = m is not None and quals[0] in LOBED_ORGANS  # "a thyroid nodule?" - "... in the right lobe."
    sided = _SIDES.search(text) is not None
    if sided and region is None and not lobed:
        return None
    mentions = list(re.finditer(r"(?i)\b" + re.escape(head) + r"(?:s|d)?\b", text))
    if not mentions:
        return None
    dropped: list[tuple[int, int]] = []
    for mention in mentions:
        before = text[:mention.start()]
        if mention.group(0).lower().endswith(head + "d"):  # "The distal radius is fractured.": its subject is its place
            if not _part_subject(before, region):
                return None
            continue
        end = _own_name_end(text, mention.start(), head)
        part_before = _part_before(before, region)
        if part_before is not None:
            before = before[:part_before]
        # "— that's active extravasation": the pointing word's copula written out
        words = re.findall(r"[A-Za-z0-9.,-]+", re.sub(r"(?i)\b(it|that|this|there)['’]s\b", r"\1 is",
                                                      before.split(".")[-1].split(";")[-1]))
        k = len(words)
        while k and (re.fullmatch(_BEFORE, words[k - 1].strip(".,"), re.I) or _NON.sub("", words[k - 1].lower()) in _KIND
                     or part_before is not None and _SIDES.fullmatch(words[k - 1])):
            k -= 1
        if k and not re.fullmatch(r"(?i)there|is|are|was|were|with|and|but", words[k - 1]):
            return None  # "a pleural effusion", "the knee effusion": another qualifier before it
        rest = re.split(r"[.;!?\n]", text[end:], maxsplit=1)[0]
        own = _OWN_PART.match(rest) or (_LOBE_PART.match(rest) if lobed else None)
        part_after = _part_after(rest, region) or own is not None and _DENIED.search(own.group(0)) is None
        if not part_after and (_AFTER.match(text, end) is None or _PLACED_LATER.search(rest)):
            return None  # "an effusion in the knee", "A lesion is seen in the tail of the pancreas." to "a hepatic lesion?"
        if sided and part_before is None and not part_after:
            return None  # "bilateral effusions" are pleural ones: a side only with a part of the asked place
        if _part_after(rest, region) and any(w.lower() == "no" for w in words[k:]):
            dropped.append(_clause(text, mention.start(), end))  # "No fracture of the talus.": one part denied
    if dropped and len(dropped) < len(mentions):
        # a denial in one part of the asked place beside the finding stated in another is no contradiction: "There is
        # a spiral fracture of the distal tibia. No fracture of the talus." to "a fracture of the ankle?"
        for start, stop in reversed(dropped):
            text = text[:start] + text[stop:]
    return f"Is there {'an' if head[:1] in 'aeiou' else 'a'} {head}?", text


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding ``text[start:end]``, its closing stop included."""
    opening = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    after = re.search(r"[.;!?\n]", text[end:])
    return opening, end + after.end() if after else len(text)


def _own_name_end(text: str, start: int, head: str) -> int:
    """The end of the head's name at ``start``, a longer name of the head's own concept included ("fracture line",
    ``answers/concepts.tsv``)."""
    voc = vocabulary()
    own = voc.mentions(head)
    ms = voc.mentions(text[start:start + voc.longest + 1])  # only a name at ``start`` counts: not the whole rest
    if own and ms and ms[0].start == 0 and ms[0].kind is MentionKind.CONCEPT and ms[0].concept == own[0].concept:
        return start + ms[0].end
    return start + len(re.match(r"(?i)" + re.escape(head) + r"s?", text[start:]).group(0))  # type: ignore[union-attr]


_SUBJECT = lazy_compile(r"(?i)(?:^|[.;:!?]\s*)([^.;:!?]*?)\s+(?:is|are|was|were)\s+(?:also\s+)?$")


def _part_subject(before: str, region: str | None) -> bool:
    """Whether the subject of "<subject> is fractured" names parts of the asked place only ("The distal radius" to "a
    fracture of the wrist?"), no denial in it."""
    m = _SUBJECT.search(before)
    if region is None or m is None or _DENIED.search(m.group(1)):
        return False
    low = m.group(1).lower()
    found = [(s, b) for s, _a, b in sites_in(low) if _OF.match(low, b) is None]
    return bool(found) and all(_is_part(s, region) for s, _b in found)


def _site(place: str) -> str | None:
    """The one site of ``answers/sites.tsv`` the question's place words name whole ("hip", "femoral neck"), else ``None``."""
    from medstep.answers.sites import sites_in
    found = sites_in(place)
    return found[0][0] if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(place) else None


def _is_part(site: str, region: str) -> bool:
    return site != region and region in site_table().ancestors[site]


def _part_before(before: str, region: str | None) -> int | None:
    """Where a part of the asked place named right before the head starts ("a subcapital region fracture", "an ulnar
    shaft fracture" to "a fracture of the forearm?"), else ``None``."""
    if region is None:
        return None
    low = before.lower()
    found = [s for s in sites_in(low) if not low[s[2]:].strip()]
    return found[-1][1] if found and _is_part(found[-1][0], region) else None


_PART_LINK = lazy_compile(r"(?i)^\s*(?:[a-z]+\s+){0,2}?(?:of|in|through|crosses|crossing|traverses|"
                          r"traversing|involves|across|involving|at|along|within)\s+(?:the\s+)?")


def _part_after(rest: str, region: str | None) -> bool:
    """Whether the rest of the head's sentence puts it in parts of the asked place only ("of the ulnar shaft",
    "through the base of the second metatarsal" to "a fracture of the foot?"; ``answers/sites.tsv``'s part-of)."""
    link = _PART_LINK.match(rest)
    if region is None or link is None or _DENIED.search(link.group(0)) is not None:
        return False  # "a fracture not seen in the metatarsal"
    low = rest.lower()
    found = [(s, b) for s, _a, b in sites_in(low) if _OF.match(low, b) is None]  # "the neck of the metatarsal": its part
    return bool(found) and all(_is_part(s, region) for s, _b in found)


_OF = lazy_compile(r"\s+of\b")
# the parts that are one organ's own chambers or lobes ("in the left ventricle", "in the upper lobe"): another organ
_CHAMBERS = frozenset({"ventricle", "ventricles", "atrium", "atria", "chamber", "chambers", "lobe", "lobes"})
_NON = lazy_compile(r"^non-?")  # "a non-displaced fracture": still a kind of it
# The rest of the head's sentence naming only a part of an organ by its own part words ("arises from the lower pole",
# "along the posterior wall"): a place in whatever organ the image is of, none other named.
_OWN_PART = lazy_compile(r"(?i)^\s*(?:[a-z]+\s+){0,2}?(?:of|in|at|from|along|within)\s+(?:the\s+)?"
                         r"(?:(?:" + "|".join(sorted(POSITION - {"from"})) + r")\s+){0,2}(?:" + "|".join(sorted(ORGAN_PARTS - _CHAMBERS))
                         + r")\s*,?\s*$")


_LOBE_PART = lazy_compile(r"(?i)^\s*(?:[a-z]+\s+){0,2}?(?:of|in|at|from|along|within)\s+(?:the\s+)?"
                         r"(?:(?:" + "|".join(sorted(LOBE_SIDES)) + r")\s+)?(?:"
                         + "|".join(sorted(LOBE_PARTS)) + r")\s*,?\s*$")


def fronted(question: str, text: str) -> str | None:
    """"Is there a fracture of the skull?" asked as "Is there a skull fracture?" where the vocabulary names that one
    finding and its id carries the place's last word or a form of it (``answers/wordforms.tsv``): the place put before
    the head names the organ's own kind of it, whose normal organ rules it out ("The calvarium is intact."). A place
    the vocabulary lumps with others ("femur fracture" is read as ``ankle_fracture``) is not fronted, nor for a reply
    naming a part or one aspect of an organ ("The left lobe of the liver is normal.", "The liver contour is normal."):
    that part or aspect normal says nothing of the whole organ."""
    m = _PLACED_QUESTION.match(question)
    if m is None or _SIDES.search(m.group(2)) or _DENIED.search(question):
        return None
    words = re.findall(r"[a-z]+", text.lower())
    if not (ORGAN_PARTS | ASPECTS).isdisjoint(words) or YES in words:
        return None  # (a "yes" beside what reads as a no: "no cortical break - yes, the radius is intact")
    head, place = m.group(1).lower(), m.group(2).lower()
    if not _finding(head) or place.split()[-1] in _ARTICLES:
        return None
    phrase = f"{place} {head}"
    ms = vocabulary().mentions(phrase)
    if len(ms) != 1 or ms[0].kind is not MentionKind.CONCEPT or ms[0].end - ms[0].start != len(phrase):
        return None
    concept = ms[0].concept
    if vocabulary().concepts[concept].category != "finding" or not set(forms(place.split()[-1])) & set(concept.split("_")):
        return None
    return f"Is there {'an' if place[:1] in 'aeiou' else 'a'} {phrase}?"


# Heads that say how a finding is known, not what it is: "Is there evidence of ...?" names no finding of a place.
_NOT_HEAD = frozenset({"evidence", "sign", "signs", "suggestion", "history", "involvement"})
_OPENING = lazy_compile(r"(?i)^\s*(is|are)\s+there\s+(an?\s+|any\s+)?")


def adjectival(question: str, text: str) -> str | None:
    """"Is there a fracture of the pelvis?" asked as "Is there a pelvic fracture?": a place of one word, an organ or a
    bone with an adjective of place in ``answers/wordforms.tsv``, written before the head as replies write it ("The
    pelvic ring is intact."); the same question in other words, so the readers' verdict on it stands either way. Only
    for a ``text`` writing the adjective: the vocabulary lumps some placed findings ("a renal stone" is read in "The
    kidneys are normal. A stone is seen in the ureter."), which the question of a place must not inherit."""
    m = _PLACED_QUESTION.match(question)
    if m is None or _DENIED.search(question):
        return None
    head, place = m.group(1).lower(), m.group(2).lower().split()
    adjective = place_adjective(place[0]) if len(place) == 1 else None
    if adjective is None or head in _NOT_HEAD or head in _ARTICLES:
        return None
    if adjective not in re.findall(r"[a-z]+", text.lower()):
        return None
    opening = _OPENING.match(question)
    verb, article = (opening.group(1), opening.group(2)) if opening is not None else ("Is", None)
    if article is not None and article.strip().lower() != "any":
        article = "an " if adjective[:1] in "aeiou" else "a "
    return f"{verb.capitalize()} there {article or ''}{adjective} {head}?"


__all__ = ["adjectival", "fronted", "reduced"]
