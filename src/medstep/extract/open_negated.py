"""An open answer that sets a candidate aside: "Not pneumonia.", "It is not pneumonia; it is atelectasis.",
"Atelectasis, not pneumonia.", "Rather than pneumonia, this is atelectasis."

Read as text, the candidate set aside becomes part of the answer ("not pneumonia"), and a grader matching words
credits it for the very thing the model excluded. A careful reader takes the candidate the model did name:

* an opening exclusion ("Not X", "It is not X", "This isn't X", "It does not look like X", "I don't think this is
  X", "X is ruled out", "Rather than X", "Neither X nor Y", and "no es X", "ce n'est pas X", "不是X") is set aside and
  the rest is read as the answer ("...; it is atelectasis." gives atelectasis, "..., but could be A or B" is two
  candidates); an exclusion and nothing else, or only its reason ("Not pneumonia, given the clear lungs."), commits
  to nothing: ``unparsed``;
* a label followed by an exclusion ("Atelectasis, not pneumonia.", "The spleen, not the liver.", "Atelectasis
  rather than pneumonia", "Atelectasis (not pneumonia)") is the label.

Only a thing is set aside this way: "not" before a state or a property ("Not seen.", "Not enlarged.", "Not
displaced.", "Not normal.") answers a question about that property and is kept, as is an absence ("No fracture.").
Used for open questions alone.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract.concept_question import category_of
from medstep.extract.refusal import offers_alternatives
from medstep.lazyre import lazy_compile

_ADVERB = r"(?:(?:definitely|certainly|clearly|surely|absolutely|probably|likely|most\s+likely|obviously)\s+)?"
# What an exclusion is said of: "The answer is not X", "It's not X", "This lesion is not X".
_SUBJECT = (r"(?:(?:the|this|that)\s+(?:\w+\s+){0,2}?(?:answer|diagnosis|finding|abnormality|lesion|organ|modality|"
            r"structure|image|mass|process|appearance)|it|this|that|these|they)")
_INSTEAD = hedges.words(negation.INSTEAD)
# The opening of an exclusion, up to the thing set aside.
_OPENING = lazy_compile(
    r"(?is)^[\s*_\"'>-]*(?:"
    r"(?:(?:" + _SUBJECT + r")\s+(?:is|was|are)\s+|(?:it|this|that)['’]s\s+)?" + _ADVERB
    + r"not\s+(?:(?:consistent|compatible)\s+with\s+|typical\s+of\s+|suggestive\s+of\s+|a\s+case\s+of\s+)?|"
    r"(?:" + _SUBJECT + r")\s+(?:isn['’]t|wasn['’]t|aren['’]t)\s+" + _ADVERB + r"|"
    r"(?:(?:" + _SUBJECT + r")\s+)?(?:does\s+not|doesn['’]t|do\s+not|don['’]t)\s+(?:look\s+like|appear\s+to\s+be|"
    r"seem\s+to\s+be|represent|resemble)\s+|"
    r"i\s+(?:do\s+not|don['’]t)\s+(?:think|believe)\s+(?:this|it|that)(?:\s+is|['’]s)\s+|"
    r"(?:" + _SUBJECT + r")\s+is\s+unlikely\s+to\s+(?:be|represent)\s+|"
    + _INSTEAD + r"\s+|neither\s+|"
    r"no\s+es\s+|n[ãa]o\s+[ée]\s+|non\s+[èe]\s+|(?:ce|il|elle|c)\s*(?:n['’]\s*)?est\s+pas\s+|(?:es|das)\s+ist\s+(?:kein\w*|nicht)\s+|"
    r"不是|并非)"
)
# An exclusion said after the thing: "Pneumonia is ruled out.", "Pneumonia is unlikely."
_TRAILING = lazy_compile(r"(?is)^[\s*_\"'>-]*(?P<thing>[^.;,:—–()\n]{1,60}?)\s+(?:is|are|was)\s+" + _ADVERB
                         + r"(?:" + hedges.alternation(negation.EXCLUDED[1:], ("unlikely", "not likely")) + r")\b")
# Where the thing set aside ends: a clause mark (not a decimal point or comma: "Not 2.4 kg."), a turn ("not pneumonia
# but atelectasis", "no es X sino Y").
_BREAK = lazy_compile(r"(?i)(?<!\d)[.,]|[.,](?!\d)|[;:!?—–(\n]|\s-\s|\s(?:but|sino|sondern|mais|ma|mas|instead)\b|[，。；：]|而是")
# The words opening what follows the thing set aside, which are no part of the answer.
_LEAD = lazy_compile(r"(?i)^[\s.;,:!?—–()\-*_\"'，。；：]*(?:(?:but|rather|instead|sino|sondern|mais|ma|mas|而是|而)\b[\s,:]*)?"
                     r"(?:(?:es|c['’]est|è|é|ist|是)\s*(?=\S)|i\s+(?:would\s+)?favou?r\s+)?")
# A reason or a consequence after the thing set aside ("Not pneumonia, given the clear lungs."): still no answer.
_REASON = lazy_compile(r"(?i)^(?:given|since|because|as|due\s+to|considering|owing\s+to|based\s+on|in\s+view\s+of|which|"
                       r"without|with|so|therefore|thus|hence|and)\b")
# The articles that make what follows "not" a thing ("not a fracture"), in the languages read.
# An article is followed by its noun: "Not A." sets the option A aside.
_ARTICLE = lazy_compile(r"(?i)^(?:(?:a|an|the|un|una|une|uno|um|uma|ein|eine|einen)\s+(?=\w)|un['’]\s*(?=\w))")
# The first words of a state, a property or a place rather than a thing: "not seen", "not enlarged", "not in the lung"
# (an adjective's ending only on a word in lower case: "not Ewing sarcoma" names a thing).
_NOT_A_THING = lazy_compile(
    r"^(?:[a-z]\w*(?:ed|ing|ic|al|ous|ive|ble|ant|ent|ar|ly|less|ful|ense|ile)|(?i:un\w{3,}|sure|certain|clear|known|seen|shown|"
    r"benign|acute|chronic|mild|severe|large|small|simple|complex|solid|dense|"
    r"much|many|all|only|very|quite|yet|really|too|so|as|in|on|at|of|for|to|from|with|within|by|into|near|there|"
    r"here|any|necessarily|exactly|just|even|always|quite|well))\b"
)
# A doubt opening the answer before a turn: "Not sure, but ...", "I'm not certain, but ...", "Hard to say; ...".
_DOUBT_LEAD = lazy_compile(r"(?i)^[\s*_\"'>-]*(?:i['’]?m\s+|i\s+am\s+)?(?:" + hedges.alternation(hedges.DOUBT)
                           + r"|not\s+(?:certain|confident)|unclear|hard\s+to\s+(?:say|tell)|difficult\s+to\s+(?:say|tell))"
                           r"\s*(?:[,;:—–]\s*(?:but\s+)?|\s+but\s+)")
_THING_CATEGORIES = frozenset({"finding", "device", "anatomy", "modality", "group"})
# Words after a label that hold it open (an alternative or a possibility besides the thing set aside).
_HOLDS_OPEN = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.WEIGHING, hedges.DOUBT, hedges.ALTERNATIVE,
                                               hedges.SUSPICION, ("or", "also", "either", "favor", "favour")) + r"|\?")
# A label, then an exclusion: "Atelectasis, not pneumonia", "The spleen (not the liver)", "X rather than Y".
_THEN_EXCLUDED = lazy_compile(r"(?is)^(?P<label>[^.;,:—–()\n]{1,80}?)(?:\s*+[,;—–(]\s*+|\s++)(?:and\s+|but\s+)?(?:not|"
                              + hedges.alternation(negation.INSTEAD) + r")\s+(?P<rest>.+)$")
_LABEL_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|shows?|seems?|appears?|looks?|could|would|"
                           r"may|might|can|should|must|do|does|did)\b")
_WRAPPER = lazy_compile(r"(?i)^[\s*_\"']*(?:it\s+is|it['’]s|this\s+is|that\s+is|that['’]s)\s+")


def _names_a_thing(phrase: str, article: bool) -> bool:
    """Whether ``phrase`` (what follows "not") names a thing (a diagnosis, an organ, a modality) rather than a state or
    property: an article before it, or a first word that is no state's nor property's (``_NOT_A_THING``), which the
    vocabulary may name ("Not pneumonia.") or not ("Not osteosarcoma.")."""
    words = phrase.strip(" *_\"'").split()
    if not article and words and _NOT_A_THING.match(words[0]) is not None:
        return False  # "Not malignant.", "Not hyperintense.": a property, even where the vocabulary names it
    if any(category_of(m) in _THING_CATEGORIES for m in vocabulary().mentions(normalize(phrase))):
        return True
    if HAN.search(phrase) is not None:
        return False  # a Chinese phrase is read by the vocabulary alone
    return bool(words)


def _set_aside(region: str) -> str | None:
    """The text after an opening exclusion of a thing (see module docstring), ``""`` when nothing follows it but its
    reason; ``None`` when ``region`` does not open by setting a thing aside."""
    text = region.strip()
    opening = _OPENING.match(text)
    if opening is not None:
        rest = text[opening.end():]
        if opening.group().lower().strip(" *_\"'>-").startswith("neither"):
            nor = re.search(r"(?i)\bnor\s+", rest)  # "Neither X nor Y": the thing set aside runs to the second one
            start = nor.end() if nor is not None else 0
        else:
            start = 0
        end = _BREAK.search(rest, start)
        thing = rest[:end.start() if end is not None else len(rest)]
        article = _ARTICLE.match(thing)
        if not _names_a_thing(thing[article.end():] if article else thing, article is not None):
            return None
        after = rest[end.start():] if end is not None else ""
    else:
        trailing = _TRAILING.match(text)
        if trailing is None:
            return None
        thing = trailing.group("thing")
        article = _ARTICLE.match(thing)
        if _WRAPPER.match(thing) or not _names_a_thing(thing[article.end():] if article else thing, True):
            return None
        after = text[trailing.end():]
    lead = _LEAD.match(after)  # (matches the empty string too)
    after = after[lead.end() if lead is not None else 0:].strip()
    return "" if not after.strip(" .!*_\"'") or _REASON.match(after) else after


def label_before_exclusion(region: str) -> str | None:
    """The label of a reply naming it and then setting another candidate aside ("Atelectasis, not pneumonia.",
    "It's a nutrient canal, not a fracture.", "Atelectasis rather than pneumonia", "Pneumonia; not tuberculosis,
    given the lower lobe location."), or ``None``: the label must be a short phrase without a verb or words holding
    it open, and what follows the exclusion nothing but the thing set aside and its reason."""
    found = _THEN_EXCLUDED.match(region.strip())
    if found is None:
        return None
    label, rest = found.group("label"), found.group("rest")
    wrapper = _WRAPPER.match(label)
    inner = label[wrapper.end():] if wrapper is not None else label
    if (not inner.strip(" *_\"'") or len(inner.split()) > 8 or _LABEL_VERB.search(inner) is not None
            or _HOLDS_OPEN.search(label) is not None or _HOLDS_OPEN.search(rest) is not None
            or offers_alternatives(rest)):
        return None
    thing_end = _BREAK.search(rest)
    thing = rest[:thing_end.start()] if thing_end is not None else rest
    article = _ARTICLE.match(thing)
    place = re.match(r"(?i)\s*(?:in|on|at|within|from)\b", thing) is not None  # "..., not in the urinary tract"
    if not place and not _names_a_thing(thing[article.end():] if article else thing, article is not None):
        return None
    tail = rest[thing_end.start():] if thing_end is not None else ""
    tail = tail.lstrip(" ,;—–)")
    if tail.strip(" .!*_\"')") and _REASON.match(tail) is None:
        return None  # "Pneumonia, not aspiration; the effusion is large.": more than a reason follows
    return label.strip()


def reads_excluded(region: str) -> str | None:
    """What an open answer opening with an exclusion leaves to read: the text after it (``""``: nothing, the answer
    commits to nothing), or ``None`` when ``region`` opens with no exclusion of a thing. A doubt before the exclusion
    ("Not sure, but probably not pneumonia.") names nothing either: the exclusion is still all there is (a doubt
    before a candidate is read as a refusal or a hedge elsewhere)."""
    doubt = _DOUBT_LEAD.match(region)
    if doubt is not None:
        excluded = _set_aside(region[doubt.end():])
        if excluded is not None:
            return excluded
    return _set_aside(region)


__all__ = ["label_before_exclusion", "reads_excluded"]
