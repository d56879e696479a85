"""The candidate an open answer commits to after listing its differential.

"Differential: appendicitis, mesenteric adenitis, Meckel diverticulitis. Leading diagnosis is acute appendicitis.",
"The differential includes sarcoidosis, lymphoma and tuberculosis; I favour sarcoidosis because ...", "Of these,
Ewing sarcoma is the most likely given ...", "The widened canal makes vestibular schwannoma the diagnosis.": the list
is the reasoning, the pick is the answer. ``extract/open_candidates.py`` already reads such a list as discussion when
something commits beside it (so it is not ``ambiguous``); this reads which candidate the commitment names.

A pick is read only when:

* text before it lists candidates: a hedging head with two or more items ("The differential includes A, B and C",
  "Considerations include A or B", "Differential: A, B, C") or a list of two or more lines;
* one sentence after the list commits, in a firm form (:data:`_PICKS`): "the most likely / leading / favoured
  diagnosis is X", "most likely: X", "I favour X", "X is the most likely", "X is favoured", "... makes X the
  diagnosis". Two sentences committing to different labels pick nothing; a commitment that is itself held open ("I
  favour A, although B cannot be excluded", "most likely A or B") picks nothing;
* the pick is a short label once its reason is cut ("given ...", "because ...", :func:`open_frames.unframed`) and
  what follows it only explains it (:func:`open_span.droppable`).

After a list, a commitment held open, naming several things, or two commitments to different labels leave the
candidates weighed: ``ambiguous`` (:data:`HELD`). Without a list, a firm commitment closing sentences that only
describe ("The lesion is lytic with a narrow zone of transition. The most likely diagnosis is a giant cell tumour.")
is the answer when it is the last sentence, the only commitment, and nothing before it doubts or weighs.

To a question asking what the thing is (its diagnosis, abnormality or finding), a closing conclusion about what was described is such a firm sentence too:
"These features are consistent with liver cirrhosis.", "This is most consistent with a left ventricular aneurysm,
which can occur after myocardial infarction." (the aside after the label cut); "suggestive of" is a hedge, not one.

Otherwise ``None``: the reader goes on as before (a list without a pick stays ``ambiguous``).
"""

from __future__ import annotations

import re

from medstep.answers import hedges
from medstep.extract import open_frames, open_span
from medstep.extract.open_candidates import listed_candidates
from medstep.lazyre import lazy_compile

_OPENING = r"[\s*_\"'>-]*(?:(?:of\s+these|of\s+the(?:se|m)?\s+(?:options|candidates|possibilities)|overall|on\s+balance|" \
        r"in\s+summary|all\s+in\s+all|ultimately|therefore|thus|so|(?:given|with|because\s+of|in\s+view\s+of)\s" \
        r"[^,;:]{1,80},)\s*,?\s*)?"
_LEAD = r"^" + _OPENING
# Skips, in 82-character steps, a long run of :data:`_LEAD`'s marks and blanks up to the last 82 to 163 of them, for a
# label of at most 80 characters read up to the first blank run before "is": searched from each start inside a long
# run ("-" + 4,000 blanks + "x?": 44 s), that blank run was read to its end from every start (quadratic). Exact: the
# label starts where the lead stops; a start more than 81 marks before the run's end reaches "is" only where the run
# ends in blanks right before "is", and then the start three marks before the run's end matches first.
_FAR_LEAD = r"^(?:[\s*_\"'>-]{82}(?=[\s*_\"'>-]{82}))*+"
_FIRM = r"(?:most\s+likely|leading|favou?red|preferred|top|working|final|likeliest|chief|main)"
_KIND = r"(?:diagnosis|answer|consideration|possibility|candidate|impression)"
# The firm commitments, each with the picked text as ``x``.
_PICKS = (
    lazy_compile(r"(?i)" + _LEAD + r"(?:[^.;:]{1,200}?,\s*)?(?:the\s+|my\s+)?" + _FIRM + r"(?:\s+" + _KIND + r")?[\s*_]*(?:is|:|would\s+be)"
                 r"[\s*_]+(?P<x>.+)$"),
    lazy_compile(r"(?i)" + _LEAD + r"(?:most\s+likely|likeliest|probably)[\s*_]*[,:—–-]?\s+"
                 r"(?P<x>(?!(?:is|are|be|to|because|given|due)\b).+)$"),
    lazy_compile(r"(?i)" + _LEAD + r"(?:i|we)\s+(?:would\s+|'d\s+|’d\s+)?(?:favou?r|lean\s+towards?|go\s+with|opt\s+for)"
                 r"\s+(?P<x>.+)$"),
    lazy_compile(r"(?i)" + _FAR_LEAD + _OPENING + r"(?!(?:this|it|that|these)\s)(?P<x>[^,;:]{2,80}?)\s+(?:is|remains)\s+(?:the\s+)?(?:most\s+likely|likeliest|"
                 r"favou?red|(?:leading|favou?red|most\s+likely|likeliest)\s+" + _KIND + r"|(?:the\s+)?best\s+fit)"
                 r"(?P<rest>(?:[,;.!—–(]|\s+(?:given|because|due|as|since|in\s+view|on\s+account|based)\b).*|)$"),
    lazy_compile(r"(?i)" + _LEAD + r"(?:[^.;:]{1,120}?,\s*)?(?:the|this|it)\b[^,;:]{0,80}?\s(?:would|is)\s+(?:most\s+likely|likeliest)\s+"
                 r"(?:be\s+)?(?P<x>.+)$"),
    lazy_compile(r"(?i)\bmakes?\s+(?P<x>[^,;:]{2,80}?)\s+the\s+(?:most\s+likely\s+|likeliest\s+|leading\s+)?"
                 r"(?:diagnosis|answer)(?P<rest>\W.*|)$"),
)
# A closing conclusion about what was described, to a question asking for the diagnosis: "This is most consistent with
# a left ventricular aneurysm, which ...", "These features are consistent with liver cirrhosis.", "These findings are
# characteristic of respiratory distress syndrome." ("suggestive of" is a hedge, not a conclusion).
_CLOSING = lazy_compile(r"(?i)^[\s*_\"'>-]*(?:(?:overall|taken\s+together|together|altogether)\s*,?\s*)?(?:this|these|"
                        r"the|such)\b[^.;:]{0,100}?\b(?:is|are)\s+(?:most\s+|highly\s+|strongly\s+|very\s+|entirely\s+)?"
                        r"(?:consistent\s+with|compatible\s+with|in\s+keeping\s+with|characteristic\s+of|typical\s+of|"
                        r"diagnostic\s+of|pathognomonic\s+(?:of|for)|classic\s+for)\s+(?P<x>.+)$")
# What a conclusion may be consistent with that is no diagnosis: the history, the age, the clinical picture, a prior.
_CIRCUMSTANCE = lazy_compile(r"(?i)^(?:an?\s+|the\s+)?(?:patient's\s+|patients'\s+|known\s+|recent\s+|prior\s+|previous\s+)?"
                             r"(?:history|age|clinical|symptoms?|presentation|patient|prior|previous|post-?operative|"
                             r"surgery|procedure|technique|positioning|projection|normal\s+variant|expected|expectations?)\b")
# A question asking what the thing is (its diagnosis, abnormality or finding), not where, which side or how large.
_ASKS_WHAT_IT_IS = lazy_compile(r"(?i)^\s*what\b(?![^?]*\b(?:location|located|where|side|size|large|long|many|much|"
                                r"modality|plane|sequence|view)\b)[^?]*\b(?:diagnos[ie]s|disease|condition|pathology|"
                                r"abnormality|finding|lesion)\b")
# An aside after the concluded label: a relative clause or an apposition ("..., which can occur after infarction",
# "..., a condition that ...", "..., where one segment telescopes ...").
_ASIDE = lazy_compile(r"(?i),\s*(?:which|where|who|whose|that|a|an|the|known|also|often|commonly|usually|typically|"
                      r"classically|seen|caused|resulting|occurring)\b.*$")
# A concession after a ranked pick ("the most likely diagnosis is X, although a radicular cyst would look similar",
# "..., though Y cannot be excluded"): the pick is ranked first, the other kept in mind, as the corpus labels read it.
_CONCEDED = lazy_compile(r"(?i)\s*[,;—–]\s*(?:even\s+)?(?:though|although|but|however|while|whereas)\b.*$")
# A concession doubting the pick itself, not keeping another candidate in mind.
_SELF_DOUBT = lazy_compile(r"(?i)\b(?:i\s*(?:'m|’m|am)\s+not\s+(?:sure|certain|confident)|not\s+(?:sure|certain|confident)|"
                           r"uncertain|unsure|can(?:not|'t|’t)\s+be\s+(?:sure|certain)|hard\s+to\s+(?:say|tell)|"
                           r"difficult\s+to\s+(?:say|tell)|i\s+(?:may|might|could)\s+be\s+wrong)\b")
# A later sentence ranking the other candidates down ("Other possibilities ... are less consistent with ...").
_RANKED_DOWN = lazy_compile(r"(?i)\b(?:less|least)\s+(?:likely|consistent|probable|favou?red)\b|\bunlikely\b|"
                            r"\b(?:excluded|ruled\s+out)\b")
# Sentences and lines; a list's number ("1.") ends no sentence.
_PARTS = lazy_compile(r"(?<=[^\d\s][.!?;])\s+|\n+")
_HELD = lazy_compile("(?i)" + hedges.words(hedges.DOUBT, hedges.CONCESSION, hedges.TURN, hedges.POSSIBILITY,
                                           hedges.ALTERNATIVE) + r"|\bor\b|\bvs\.?|\bversus\b|[?/]")


# A pick's label that names several things ("meningioma, schwannoma and metastasis"): no pick.
_SEVERAL = lazy_compile(r"(?i),|;|\band\b|\bnor\b|&")
# What ``_pick`` returns for a commitment held open ("I favour A, although B cannot be excluded", "Most likely A or
# B", "Most likely: not A"): after a list, the candidates stay weighed.
HELD = ""


def _pick(sentence: str, question: str, closing: bool = True) -> str | None:
    """The label ``sentence`` commits to in a firm form, cut from its reason; :data:`HELD` when the firm form holds
    it open or names no single label; ``None`` when no firm form commits. ``closing``: a closing conclusion
    (:data:`_CLOSING`) counts too."""
    forms = (*_PICKS, _CLOSING) if closing and _ASKS_WHAT_IT_IS.search(question) is not None else _PICKS
    for form in forms:
        found = form.search(sentence.strip().rstrip(".!").strip())
        if found is None:
            continue
        text = found.group("x").strip(" *_")
        if form is _CLOSING:
            text = _ASIDE.sub("", text).strip(" *_")
            if _CIRCUMSTANCE.match(text) is not None:
                return None  # "This is consistent with the patient's age.": a circumstance, no diagnosis
        conceded = _CONCEDED.search(text)
        if conceded is not None and _SELF_DOUBT.search(conceded.group()) is not None:
            return HELD  # "Most likely a schwannoma, although I am not sure.": the pick itself doubted
        text = _CONCEDED.sub("", text).strip(" *_")  # "X, although Y would look similar": ranked, X is picked
        rest = _CONCEDED.sub("", found.groupdict().get("rest") or "")
        label = open_frames.unframed(text, question).strip(" *_.,;:")
        label = re.sub(r"(?i)^(?:an?|the)\s+", "", label)
        if _HELD.search(label) is not None or (_HELD.search(text) is not None and label == text.strip(" *_.,;:")):
            return HELD
        if rest.strip(" .!*_") and not open_span.droppable(rest):
            return HELD
        if _HELD.search(text[len(label):] if text.lower().startswith(label.lower()) else text) is not None:
            return HELD  # "I favour pneumonia, although aspiration cannot be excluded"
        if not label or _SEVERAL.search(label) is not None or not open_span.short_label(label):
            return HELD
        return label
    return None


def picked(region: str, question: str) -> str | None:
    """The candidate ``region`` commits to after listing its differential, or in its closing sentence after
    sentences that only describe (module docstring); :data:`HELD` when, after a list, the commitment is held open or
    two commitments differ; ``None`` when nothing is picked."""
    parts = [p for p in _PARTS.split(region.strip()) if p.strip()]
    found = [(k, label) for k, label in ((k, _pick(part, question, closing=k > 0)) for k, part in enumerate(parts))
             if label is not None]  # a closing conclusion closes a description: never the first sentence
    if not found:
        return None
    at, label = found[-1]
    listed = listed_candidates(parts[:found[0][0]])
    if not listed:  # no list: only a firm closing sentence after sentences that describe
        later = " ".join(parts[at + 1:])
        if (later.strip() and not ranked_down(later)) or len(found) > 1 or label == HELD \
                or _HELD.search(" ".join(parts[:at])) is not None:
            return None
        return label
    if len({lab.lower() for _, lab in found}) != 1 or label == HELD:
        return HELD
    after = " ".join(parts[at + 1:])
    return label if not after.strip() or open_span.droppable(after, label) or ranked_down(after) else HELD


def ranked_down(text: str) -> bool:
    """Whether ``text`` only ranks other candidates below the pick ("Other possibilities such as a Dieulafoy lesion are
    less consistent with ..."), with no doubt of its own turned on the pick."""
    return _RANKED_DOWN.search(text) is not None and _HELD.search(_RANKED_DOWN.sub("", text).replace(" or ", " ")) is None
