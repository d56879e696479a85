"""Candidates named without a choice, in the forms an open answer lists them: under a hedging head ("The differential
includes A, B and C.", "My top two: A and B."), set against each other ("A vs B"), as a bare list of alternatives,
as a second candidate in a later sentence ("A. Alternatively, B."), or after a description that names no diagnosis
("There is a lytic lesion. The differential includes ..."). Split from ``extract/open_decision.py``, which asks these
readers whether an open answer decides anything; a commitment anywhere (:func:`commits`) makes a list discussion.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.answers.text import NUMBER_WORDS, normalize_text
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.extract.open_refusal import FIRST_MAX as _FIRST_MAX
from medstep.extract.refusal import offers_alternatives
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+")
# A question asking for the one disease: what a description of the image does not answer.
ASKS_ONE_DISEASE = lazy_compile(r"(?i)\b(?:diagnosis|disease|condition|pathology)\b")

# Literal words one of which ``_CANDIDATE_HEAD`` needs (a cheap gate before the regex), and how much of an
# opening sentence is read (a candidate list opens it).
_HEAD_GATES = (*hedges.DIFFERENTIAL, "possibilit", "consideration", "candidate", "consider", "represent", "include",
               "top")
# A list of candidates under a hedging head: "The differential includes A, B and C", "Possibilities: A, B, C",
# "A vs B". A list under such a head names candidates, not the answer.
_CANDIDATE_HEAD = lazy_compile(
    r"(?i)\b(?:differential\s+diagnos[ie]s|" + hedges.alternation(hedges.DIFFERENTIAL, hedges.CANDIDATES) + r"|consider|"
    r"(?:could|might|may)\s+(?:represent|include)|top\s+(?:two|three|four|2|3|4|few))\b"
)
# "Pneumonia, atelectasis, or aspiration.": short items, commas, one "or", no verb and no negation.
_OR_LIST = lazy_compile(r"(?i)^[\s*_\"']*(?:(?!no\b|not\b)[\w-]+(?:\s+[\w-]+){0,3}\s*,\s*){1,5}(?:or|and/or)\s+"
                        r"[\w-]+(?:\s+[\w-]+){0,3}[\s*_\"'.!]*$")
# A commitment beside the list ("..., but sarcoidosis is most likely"): the list is discussion, not the answer.
_COMMITS = lazy_compile(r"(?i)\b(?:most\s+likely|favou?r(?:s|ed)?|probably|the\s+(?:diagnosis|answer)\s+is|"
                        r"best\s+fits|in\s+keeping\s+with|(?:main|chief|primary|principal|leading)\s+(?:concern|"
                        r"consideration|diagnosis|possibility))\b")
# Each of two candidates favoured by its own sign ("the dural tail favors meningioma but the extension into the canal
# favors schwannoma"): weighed, not chosen, so "favors" commits there to neither.
_SPLIT_FAVOUR = lazy_compile(r"(?i)\bfavou?rs?\b[^.;!?\n]{1,80}?\b(?:but|whereas|while|however|yet)\b[^.;!?\n]{1,120}?"
                             r"\bfavou?rs?\b")
# Words that may open a sentence before its hedging head ("There are several possibilities: ...").
_LEAD_IN = frozenset({"the", "a", "there", "are", "is", "several", "main", "possible", "my", "key", "other", "we",
                      "i", "would", "should", "findings", "appearances", "top", "leading", "two", "three", "four",
                      "2", "3", "4", "few", "chief"})
_LIST_JOIN = lazy_compile(r"(?i),|\band\b|/|;")
# A Chinese answer that is two candidates joined by 或 / 或者 ("肝脏或胆囊。"); a negated list ("无积液或气胸") is one
# answer, and 或许 is "perhaps" (a hedge, read elsewhere).
_ZH_NOT_FIRST = "(?![" + "".join(negation.ZH_CHARS) + "])"
_ZH_OR = lazy_compile(r"^[\s*_]*" + _ZH_NOT_FIRST + r"[^\s，。；,;:：]{1,20}?或(?:者)?(?!许)[^\s，。；,;:：]{1,20}[\s*_。.！!]*$")
_VERSUS = lazy_compile(r"(?i)\b\w[\w -]{1,40}?\s+(?:vs\.?|versus)\s+\w")

# A later sentence naming another candidate beside the first, unranked: "Appendicitis. Alternatively, mesenteric
# adenitis.", "... An alternative would be ...", "... Another possibility is ...", "... It could alternatively be ...",
# "Pneumonia. Atelectasis is also possible." (one saying the other is less likely ranks them: ``_RANKED_DOWN``).
_SECOND_CANDIDATE = lazy_compile(
    r"(?i)(?:^|(?<=[.;!?])\s)[\s*_]*(?:alternatively\b|an?\s+alternative(?:\s+diagnosis)?\s+(?:would\s+be|is|could\s+be|"
    r"might\s+be)\b|(?:another|one\s+other|the\s+other)\s+(?:possibility|option|candidate|consideration)\s*(?:would\s+be|is|:)|"
    r"other\s+possibilit(?:y|ies)\s*(?:would\s+be|is|are|include|:)|(?:it|this|that)\s+(?:could|might|may)\s+"
    r"(?:also|alternatively|equally)\s+be\b|[^.;!?\n]{1,60}?\s+(?:is|are)\s+(?:also|equally)\s+(?:possible|likely|"
    r"plausible|a\s+possibility|in\s+the\s+differential)\b)"
)
# Its lead-in was "\s+[\s*_]*", which splits a run of n spaces n ways: cubic on "Pneumothorax." and thousands of
# spaces (issue #12); "\s[\s*_]*" reaches the same positions once each. Each of its clauses holds one of these words:
# a text without one is not searched by it (its search stays quadratic over such a run after a stop).
_CANDIDATE_WORD = lazy_compile(r"(?i)alternative|other|also|equally")
# A first sentence describing what is seen, not naming a diagnosis: "There is a lytic lesion.", "The image shows a
# well-defined lesion.", "I see a hilar mass." (one holding a conclusion word names it: "..., consistent with an
# abscess").
_DESCRIBES = lazy_compile(r"(?i)^[\s*_\"']*(?:there\s+(?:is|are)|there['’]s|(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:image|scan|study|film|"
                          r"radiograph|x-?ray|ct|mri|ultrasound|section|slide)\s+(?:shows?|demonstrates?|reveals?)|"
                          r"(?:i|we)\s+(?:can\s+)?(?:see|note|observe)|"
                          # a thing said to be seen: "A rounded opacity with spiculated margins is noted in the upper lobe";
                          # the blank run after the article read once (possessive), or, all blank up to the verb, one
                          # of its inner blanks no newline: the same matches as "\s+[^.;:!?\n]{1,80}?\s+" (no
                          # quadratic backtracking over "A" + 30k blanks, test_slow39b)
                          r"(?:an?|the)(?:\s++[^.;:!?\n]{1,80}?\s++|\s(?=\s*?[^\S\n]\s)\s*+)(?:is|are)\s+(?:also\s+|again\s+|clearly\s+)?(?:"
                          + "|".join(negation.SEEN + negation.SEEN_RARE) + r"))\b")
_CONCLUSION = lazy_compile(r"(?i)\b(?:consistent|compatible|suggestive|diagnostic|typical|characteristic|likely|probabl[ey]|"
                           r"represent\w*|due\s+to|keeping|indicat\w*|favou?r\w*|caused\s+by|secondary\s+to)\b")
# How many sentences after a description are read for its candidates.
_AFTER_DESCRIPTION = 3
# A sentence saying the finding may have many causes ("The opacity could have a number of causes.", "Several conditions
# could produce this appearance.", "There are various possible explanations."): candidates weighed, none chosen.
_MANY_CAUSES = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.MANY) + r")\s+(?:(?:possible|potential|different|"
                            r"other|underlying)\s+){0,2}(?:" + hedges.alternation(hedges.CAUSES) + r")\b")
_RANKED_DOWN = lazy_compile(r"(?i)\b(?:less|least)\s+likely\b|\bunlikely\b|\bexcluded\b|\bruled\s+out\b")

# A reading stated as the writer's own, framed by a verb of appearance or a copula on the image: "This appears to be
# X.", "It looks like X.", "The appearance is that of X.", "This is X.", "These findings are consistent with X.".
_READING = lazy_compile(r"(?i)^[\s*_\"']*(?:this|it|that|the\s+(?:appearance|appearances|findings?|lesion|image|picture|"
                        r"abnormality))\s+(?:(?:appears?|looks?|seems?)\s+(?:to\s+be|like|consistent\s+with)|(?:is|are)\s+"
                        r"(?:(?:that\s+)?of|consistent\s+with|in\s+keeping\s+with|typical\s+of|an?\b))")
# A candidate only held possible: "could", "might", "may", "possibly", "perhaps", "maybe".
_HELD_POSSIBLE = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, ("possibility",)))
_SENTENCE_STOP = lazy_compile(r"[.;!?](?:\s|$)")


def hedged_candidates(first: str, region: str) -> bool:
    """The opening sentence ``first`` of ``region`` lists candidates under a hedging head ("The differential
    includes A, B and C.", "Consider A, B and C."), sets two against each other ("Sarcoidosis vs lymphoma"), or
    is a bare list of alternatives ("Pneumonia, atelectasis, or aspiration.", in Chinese "肝脏或胆囊。"). A later sentence doing so
    ("Pneumonia. The differential includes ...") is discussion after the answer, and a commitment anywhere
    ("..., but sarcoidosis is most likely") makes the list discussion too."""
    low = first[:_FIRST_MAX].lower()
    head = _CANDIDATE_HEAD.search(low) if any(g in low for g in _HEAD_GATES) else None
    listed = (head is not None and all(w in _LEAD_IN for w in _WORD.findall(low[:head.start()]))
              and _LIST_JOIN.search(low, head.end()) is not None)
    versus = ("vs" in low or "versus" in low) and _VERSUS.search(low) is not None
    zh_pair = "或" in low and _ZH_OR.match(region.strip()) is not None
    if not (listed or versus or zh_pair or (" or " in low and _OR_LIST.match(low) is not None)):
        return False
    return not commits(region)


# A bare pair joined by a comma alone, the whole reply: "Pneumonia, pulmonary edema" (two short items of letters, no
# "and"/"or", no stop inside).
_COMMA_PAIR = lazy_compile(r"^[\s*_\"']*([A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]*,[ \t]*"
                           r"([A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[\s*_\"'.!]*$")
_PAIR_NOT = lazy_compile(r"(?i)\b(?:" + "|".join(negation.PLAIN) + r"|and|or|with|without|is|are|was|were|of|in|on|at|"
                         r"left|right|bilateral|likely|probable|possible|mild|moderate|severe|small|large|acute|"
                         r"chronic)\b")
# A question asking the one disease or the main finding: "What is the diagnosis?", "What is the main finding?". Asked
# only "What is the abnormality?", two findings side by side may both be present ("Cardiomegaly, pleural effusion").
_ASKS_MAIN = lazy_compile(r"(?i)\b(?:main|most\s+likely|primary|principal|chief|leading)\b")


def bare_pair(region: str, question: str) -> bool:
    """Whether ``region`` is two different findings of the vocabulary set side by side with a comma and nothing else
    ("Pneumonia, pulmonary edema"), to a question asking the one diagnosis or the main finding (``ASKS_ONE_DISEASE``,
    ``_ASKS_MAIN``): a list then offers two answers without choosing (issue #7). Not an item qualified or placed
    ("Pneumonia, right lower lobe", "Effusion, small": ``_PAIR_NOT``), nor a phrase with a verb or a negation, nor a
    finding beside a kind of itself ("Aortic dissection, Stanford type A": one is the other's ancestor), nor a finding
    and a sign the vocabulary does not tell apart from co-existing ones, asked only the abnormality. Two names on one
    head noun ("Digestive system, gastrointestinal system") may be synonyms no table knows, so they are left read."""
    if ASKS_ONE_DISEASE.search(question) is None and _ASKS_MAIN.search(question) is None:
        return False
    found = _COMMA_PAIR.match(region)
    if found is None:
        return False
    first, second = found.group(1).lower(), found.group(2).lower()
    if _PAIR_NOT.search(first) is not None or _PAIR_NOT.search(second) is not None:
        return False
    named = [[m.concept for m in vocabulary().mentions(normalize(item)) if category_of(m) == "finding"]
             for item in (first, second)]
    if not all(len(set(n)) == 1 for n in named):
        return False
    one, two = vocabulary().concepts[named[0][0]], vocabulary().concepts[named[1][0]]
    return one.id != two.id and one.id not in two.ancestors and two.id not in one.ancestors


# A heading line naming the candidates to come, read on the line stripped of its markup: "**Differential
# diagnosis:**", "## Possibilities", "DDx:". (No quantifier over markup here: the markup is stripped before, so a
# long run of blanks or stars costs one pass.)
_CANDIDATE_HEADING = lazy_compile(r"(?i)(?:(?:main|key|top)\s+)?(?:"
                                  + hedges.alternation(hedges.DIFFERENTIAL, hedges.CANDIDATES)
                                  + r")(?:\s+diagnos[ie]s)?[:：]?")
# A question asking for the candidates themselves: "What are the differential diagnoses?", "... possibilities?".
_ASKS_CANDIDATES = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.DIFFERENTIAL, hedges.CANDIDATES)
                                + r"|diagnoses)\b")
# A line set in bold ("**Most likely diagnosis:** Lung abscess"): a labelled line, not an item of the list.
_BOLD_LINE = lazy_compile(r"^\s*\*\*\S")
# A list line's bullet or number, and the brackets that give an item a second name ("Gallstones (cholelithiasis)").
_BULLET = lazy_compile(r"^[\s*_>]*(?:\d{1,2}[.)]|[-*•+])\s*")
# A gloss after the item's name ("Osteoid osteoma — nidus", "Liver: enlarged", "Spleen - normal size") is no name.
_NAME_SPLIT = lazy_compile(r"[()\[\]/:—–]|\s-\s")
# An item set in bold at the line's start ("**Osteoid osteoma** — nidus <1.5 cm"): the bold text is its name.
_BOLD_ITEM = lazy_compile(r"(\*\*|__)([^*_\n]{1,80})\1")
# An item the list itself marks as the pick ("1. Glioblastoma (most likely)", "1. **Pneumonia** ← favoured").
_FAVOURED_ITEM = lazy_compile(r"(?i)\b(?:most\s+likely|favou?red|preferred|leading)\b")


def _named(item: str, said: str) -> bool:
    """Whether the normalised text ``said`` names the list line ``item`` by one of its names, as whole words."""
    body = _BULLET.sub("", item)
    bold = _BOLD_ITEM.match(body)
    names = (normalize_text(n) for n in _NAME_SPLIT.split(bold.group(2) if bold is not None else body))
    return any(n and f" {n} " in f" {said} " for n in names)


def listed_then_weighed(region: str, question: str) -> bool:
    """Whether ``region`` lists two candidates or more as lines under a heading naming them ("**Differential
    diagnosis:**\n1. Schwannoma\n2. Meningioma") and what follows the list picks none of them (issue #7): the order of
    a list alone does not choose. A pick is one listed candidate named after the list ("... this is a lung abscess.",
    "**Diagnosis:** Appendicitis") with no sign favouring another (``_SPLIT_FAVOUR``), or a commitment word
    (:func:`commits`). Not read when the question asks for the candidates ("What are the differential diagnoses?"):
    the list is then the answer."""
    if _ASKS_CANDIDATES.search(question) is not None:
        return False
    lines = [ln for ln in region.strip().splitlines() if ln.strip()]
    if not lines or _CANDIDATE_HEADING.fullmatch(lines[0].strip(" \t*_#").rstrip(" \t*_:：")) is None:
        return False
    items = 0
    for line in lines[1:]:
        if _LIST_LINE.match(line) is None or _BOLD_LINE.match(line) is not None:
            break
        items += 1
    if items < 2:
        return False
    if sum(_FAVOURED_ITEM.search(line) is not None for line in lines[1:1 + items]) == 1:
        return False  # "1. **Glioblastoma** (most likely)\n2. Lymphoma": the list marks its pick
    rest = "\n".join(lines[1 + items:])
    said = normalize_text(rest)
    if sum(_named(line, said) for line in lines[1:1 + items]) == 1 and _SPLIT_FAVOUR.search(rest) is None:
        return False  # "... Given the air-fluid level, this is a lung abscess."
    return not commits(rest)


def commits(region: str) -> bool:
    """A commitment beside a list of candidates (``_COMMITS``), unless its only commitments are two signs each
    favouring a different candidate (``_SPLIT_FAVOUR``)."""
    found = [m.group(0).lower() for m in _COMMITS.finditer(region)]
    if not found:
        return False
    return not (all(f.startswith("favo") for f in found) and _SPLIT_FAVOUR.search(region) is not None)


# A line of a list: "1. Abscess", "2) Tumour", "- Metastasis", its item perhaps in bold ("1. **Abscess** — ...").
_LIST_LINE = lazy_compile(r"^[\s*_>]*(?:\d{1,2}[.)]|[-*•+])\s*[*_]{0,2}[^\W\d_]")


def listed_candidates(parts: list[str]) -> bool:
    """Whether the sentences or lines ``parts`` list candidates: a hedging head followed by two or more items ("The
    differential includes A, B and C", "Considerations include A or B", "Differential: A, B, C"), or two or more
    lines of a list."""
    if sum(_LIST_LINE.match(p) is not None for p in parts) >= 2:
        return True
    for part in parts:
        low = part.lower()
        head = _CANDIDATE_HEAD.search(low) if any(g in low for g in _HEAD_GATES) else None
        if head is not None and (_LIST_JOIN.search(low, head.end()) is not None or " or " in low[head.end():]):
            return True
    return False


def describes(sentence: str) -> bool:
    """Whether ``sentence`` only describes what is seen (``_DESCRIBES``), concluding nothing (``_CONCLUSION``)."""
    return _DESCRIBES.match(sentence) is not None and _CONCLUSION.search(sentence) is None


def concludes(sentence: str) -> bool:
    """Whether ``sentence`` holds a word of conclusion ("consistent with", "due to", "likely")."""
    return _CONCLUSION.search(sentence) is not None


def candidates_after_description(first: str, region: str, question: str) -> bool:
    """To a question asking for the diagnosis, a first sentence that only describes what is seen (``_DESCRIBES``),
    then candidates named without a choice in a later sentence ("There is a lytic lesion. The differential includes
    giant cell tumor, aneurysmal bone cyst and chondroblastoma."): the finding is no diagnosis, and the diagnoses are
    weighed, not chosen. A label first ("Giant cell tumor. The differential includes ...") is the answer."""
    if (ASKS_ONE_DISEASE.search(question) is None or _DESCRIBES.match(first) is None
            or _CONCLUSION.search(first) is not None or commits(region)):
        return False
    later = [s for s in re.split(r"(?<=[.!?;])\s+|\n+", region.strip()[len(first):].strip()) if s.strip()]
    return any(hedged_candidates(s, s) or offers_alternatives(s) for s in later[:_AFTER_DESCRIPTION])


# A label and another candidate beside it, in the first sentence: in a parenthesis opening with "or" / "vs"
# ("Pneumonia (or atelectasis).", "Meningioma (vs schwannoma)"), or after "or maybe" / "or perhaps" ("There is a
# pneumothorax... or maybe it's a bulla."). "(atelectasis less likely)" ranks them (``_RANKED_DOWN``).
_PAREN_OTHER = lazy_compile(r"(?i)^[\s*_\"']*[^()\n]{1,60}?\(\s*(?:or|vs\.?|versus|\?)\s+(?:possibly\s+|perhaps\s+|maybe\s+)?"
                            r"(?=[a-z])")
_OR_MAYBE = lazy_compile(r"(?i)\bor\s+(?:maybe|perhaps|possibly|potentially)\s+(?:(?:it|this|that)(?:['’]s|\s+is)\s+)?"
                         r"(?:an?\s+|the\s+)?(?=[a-z])")
# After a turn, another thing kept possible: "Pneumonia, though atelectasis is possible.", "..., although a
# lymphoma cannot be excluded."
_TURNED_POSSIBLE = lazy_compile(
    r"(?i)\b(?:though|although|but|however|while|whereas)\b[^.;!?\n]{1,60}?(?:\b(?:is|are|remains?)\s+(?:also\s+|still\s+|"
    r"equally\s+)?(?:possible|plausible|a\s+possibility|in\s+the\s+differential|a\s+consideration)\b|"
    r"\b(?:cannot|can['’]t|can\s+not)\s+be\s+(?:excluded|ruled\s+out)\b)")
_NEGATED_BEFORE = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE) + "|"
                               + negation.CONTRACTION)
# An ellipsis going on in lower case: the sentence goes on after it.
_ELLIPSIS = lazy_compile(r"\s*(?:\.{2,}|…)\s*(?=[a-z])")
_COUNT = lazy_compile(r"(?i)^[\s*_\"']*(?:\d+|" + "|".join(NUMBER_WORDS[1:11]) + r")\b")  # (one to ten)


def other_beside_label(first: str, region: str) -> bool:
    """The opening sentence ``first`` names a label and, beside it, another candidate in a parenthesis opening with
    "or" / "vs" or after "or maybe" (see ``_PAREN_OTHER``), neither ranked down nor a count ("Three (or four)" is
    read elsewhere); a negation before it makes one denied list ("No effusion or maybe a trace")."""
    found = _PAREN_OTHER.match(first) or _OR_MAYBE.search(first[:_FIRST_MAX])
    if found is None and region.startswith(first) and _ELLIPSIS.match(region, len(first.rstrip(". "))) is not None:
        found = _OR_MAYBE.search(region[:_FIRST_MAX])  # "There is a pneumothorax... or maybe it's a bulla."
        first = region[:_FIRST_MAX]
    if found is None or _RANKED_DOWN.search(first, found.end()) is not None:
        return False
    return _NEGATED_BEFORE.search(first, 0, found.start()) is None and _COUNT.match(first) is None


def turned_possible(first: str) -> bool:
    """After a turn in the opening sentence, another candidate is kept possible (``_TURNED_POSSIBLE``), not ranked
    down ("..., though atelectasis is possible but less likely")."""
    found = _TURNED_POSSIBLE.search(first[:_FIRST_MAX])
    return found is not None and _RANKED_DOWN.search(first, found.end()) is None


def many_causes(region: str) -> bool:
    """Whether ``region`` says the finding may have many causes ("The opacity could have a number of causes. It might
    represent pneumonia, atelectasis or a summation artefact.") and commits to none of them (:func:`commits`)."""
    return _MANY_CAUSES.search(region) is not None and not commits(region)


def second_candidate(first: str, text: str) -> bool:
    """Whether a sentence after the opening one ``first`` names another candidate unranked (``_SECOND_CANDIDATE``):
    "Appendicitis. Alternatively, mesenteric adenitis." ("... which is less likely" ranks it below the first). A
    reading the writer states as theirs ("This appears to be a pneumothorax.", ``_READING``), then another offered
    only as what it could be ("Alternatively, it could represent a skin fold."), ranks that other below it."""
    if _CANDIDATE_WORD.search(text, len(first)) is None:
        return False
    second = _SECOND_CANDIDATE.search(text, len(first))
    if second is None or _RANKED_DOWN.search(text, second.start()) is not None:
        return False
    return not offered_below(first, text[second.start():])


def offered_below(first: str, rest: str) -> bool:
    """Whether ``rest`` (what follows the opening sentence ``first``) only offers another candidate as possible
    ("Alternatively, it could represent a skin fold.", "Another possibility is ...") after ``first`` states a reading
    as the writer's own, unhedged ("This appears to be a pneumothorax."): the other is ranked below that reading."""
    if _READING.match(first) is None or _HELD_POSSIBLE.search(first) is not None:
        return False
    sentences = [s for s in _SENTENCE_STOP.split(rest.strip()) if s.strip()]
    return (len(sentences) == 1 and _SECOND_CANDIDATE.match(rest.strip()) is not None
            and _HELD_POSSIBLE.search(sentences[0]) is not None)


__all__ = ["ASKS_ONE_DISEASE", "bare_pair", "candidates_after_description", "commits", "concludes", "describes",
           "hedged_candidates", "listed_candidates", "listed_then_weighed", "many_causes", "offered_below",
           "other_beside_label", "second_candidate", "turned_possible"]
