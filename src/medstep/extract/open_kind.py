"""The one value of the asked kind an open reply affirms, read without a frame (issue #7, lane open47).

Every open reader before this one is a frame ("the organ shown is X", "X is seen in Y"), and each new set of replies
carries frames nobody wrote ("This is the gallbladder - you can see it in the fossa under the liver", "La lesión se
encuentra en el bazo", "病变主要累及肺，其余未见明显异常"). This reader needs none: the QUESTION says which kind of value
it asks (an organ, a body region, a modality, a plane: :func:`asked_kind`), the shared vocabularies say which words of
the reply are values of that kind (``answers/sites.tsv`` for organs and regions, the anatomy and modality concepts of
``concepts.tsv``, ``concepts.IMAGING_PLANES``, and
``foreign_words.tsv`` with the other-language concept names for every language), and the reply answers with the one
value it affirms in the sentence that answers: the last sentence affirming any value of the kind.

Where the reply concludes (its conclusion field, "**Impression:** Acute interstitial pancreatitis.", or its last
sentence) and names no organ there by its word, the finding named is read as its organ's value (``organ_owners.home_of``: the one anatomy
concept of ``concepts.tsv`` whose findings hold it), so an organ question answered by the disease gets the organ. A
region's reading that lists the organs it holds ("the chest region, including the lungs, heart and ribs") gives way to
the region (lane opentrim50).

A value is affirmed unless its clause denies it ("not the liver", "sin", "未见"), calls it normal (the question asks
the abnormal one), holds it open ("could", "may", "unsure") or uses it as a landmark ("next to the liver", "under the
liver", "rather than the spleen"). The reply is left to the other readers (``None``) when that sentence affirms two
values (a tour, a differential), asks back (an echo of the question), or when another sentence affirms another value
and the answering sentence does not take up a word of the question, or that other sentence takes one up too (a tour
across sentences, or two sentences answering, says nothing of which value answers). Called by ``extract/open_reader.py`` at the end of the unmarked open path, where the reading it reached is a short
answer naming this value (kept: it may carry a side), another value (a frame of an earlier sentence) or none (a
description, the reply left whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from medstep.answers import hedges, landmarks, negation
from medstep.answers.concepts import IMAGING_PLANES, ZH_IMAGING_PLANES
from medstep.answers import concepts
from medstep.answers.sites import SURFACE_REGIONS, related, site_table, sites_in
from medstep.answers.text import HAN, normalize_answer
from medstep.answers.technique import bare_place
from medstep.extract.clauses import NORMAL_WORDS
from medstep.extract.concept_question import category_of
from medstep.extract.foreign_words import Word, WordClass, vocabulary
from medstep.extract.open_kind_words import foreign_spans
from medstep.extract.langwords import fold
from medstep.extract import undecided
from medstep.extract.open_definition import asks_technique
from medstep.extract.open_field import answer_field
from medstep.extract.open_labels import names_finding
from medstep.extract.open_relation import ASKS_RELATION, BACK_TO_IT, SITE_OF, relation_asked
from medstep.extract.organ_owners import home_of
from medstep.lazyre import lazy_compile


class AskedKind(Enum):
    """The kind of value an open question asks."""

    ORGAN = "organ"
    REGION = "region"
    MODALITY = "modality"
    PLANE = "plane"


@dataclass(frozen=True)
class _Value:
    """A value of the asked kind named in a text: its identity (a site id, a plane, a modality's English), the answer
    text to give, and where it is."""

    key: str
    answer: str
    start: int
    end: int
    # named by a finding of the organ ("pancreatitis": the pancreas), not by the organ's own word: never a reading's
    # own name of the value (a reading "acute pancreatitis" names a diagnosis, not the organ asked)
    derived: bool = False


# An English question asking an organ, a body region or a plane (a modality: ``open_definition.asks_technique``).
_ASKS_ORGAN = lazy_compile(r"(?i)\b(?:which|what|welche[smr]?)\b[^?]*\borgans?\b(?!\s+system)")
# A question whose asked noun is the organ itself ("Which organ is abnormal?", "In which of the organs ..."), not one asking
# a finding of an organ ("What is the abnormality in this organ?"): only it reads an organ from its finding.
_ASKS_ORGAN_ITSELF = lazy_compile(r"(?i)\b(?:which|what|welche[smr]?)\s+(?:of\s+the\s+)?(?:\w+\s+)?organs?\b(?!\s+system)")
# (the Chinese "哪个器官", "什么器官"; a question of another language asking the organ by its kind word is kept as asked)
_ZH_ASKS_ORGAN = lazy_compile(r"(?:哪[个一些种]?|什么)(?:脏)?器官")
_ZH_ORGAN = lazy_compile(r"器官")
_ASKS_REGION = lazy_compile(r"(?i)\b(?:(?:part|region|area|section)\s+of\s+(?:the\s+)?body|body\s+(?:part|region|area))\b")
_ASKS_PLANE = lazy_compile(r"(?i)\b(?:which|what)\b[^?]*\bplanes?\b")
# A question asking which one is normal: then a value called normal is no set-aside one.
_ASKS_NORMAL = lazy_compile(r"(?i)(?<!ab)\bnormal\b|(?<!异)(?<!不)正常")
# The question's asked noun in the other languages: ``foreign_words.tsv``'s ``kind`` words.
_KIND_OF_WORD = {"organ": AskedKind.ORGAN, "plane": AskedKind.PLANE, "modality": AskedKind.MODALITY}

_WORD = lazy_compile(r"[^\W\d_]+")
_SENTENCE = lazy_compile(r"[^.!?。！？\n]+[.!?。！？]*")
_CLAUSE_CUT = lazy_compile(r"[,;:，；：、]|\s[—–-]\s|\b(?:but|while|whereas|although|though)\b")
# The most words of a reading kept as an answer of the kind: a short reading naming one value answers already.
_SHORT = 8
# The sentences read (the last ones: the answer concludes), the longest sentence read (an answering sentence is short; a
# decoding loop of "liver, liver, ..." is no answer and would make the list walk quadratic) and the characters of a list's
# next item looked at.
_SENTENCES = 40
_LONGEST = 600
_ITEM = 40
# What may open the next item of a list after its comma.
_LIST_ITEM = lazy_compile(r"\s*(?:and\s+|or\s+)?(?:the\s+|both\s+)?")
# Words before a value in its clause that deny it, in every language of the vocabularies.
_DENIED = lazy_compile(r"(?i)(?:" + hedges.words(negation.DENY, negation.NEVER, negation.NOR, negation.OTHER_WITHOUT,
                                                  negation.OTHER_NONE_FORMS, negation.OTHER_NOT, negation.OTHER_NOR,
                                                  negation.CANNOT) + r"|n't\b)")
_ZH_DENIED = lazy_compile("|".join(map(re.escape, negation.ZH_DENY + negation.ZH_NOT)))
# A sentence denying something, in any language.
_DENIES = lazy_compile(_DENIED.pattern + "|" + _ZH_DENIED.pattern)
# A value set against another: "rather than the spleen", "instead of", "plutôt que".
_INSTEAD = lazy_compile(r"(?i)" + hedges.words(negation.INSTEAD, negation.OTHER_INSTEAD) + r"|\b(?:than|versus|vs)\b"
                        + r"|而非|而不是")
# A landmark: the value placed beside the answer, not affirmed as it ("next to the liver", "under the liver", "abuts
# the liver", "adjacent to the stomach", "compression of the liver"): the relation words of ``answers/landmarks.py``
# (the implicit readers' BESIDE and OFF_PLACE are subsets of them), then an article and at most one word before the value.
_LANDMARK = lazy_compile(r"(?i)" + hedges.words(landmarks.RELATIONS) + r"(?:\s+(?:to|of|from|with))?"
                         r"(?:\s+(?:the|a|an|both|its|this|that))?\s*(?:\w+\s+)?$"
                         # the second of two placed between ("between liver and right kidney"): both are landmarks
                         r"|(?i:\bbetween\s+(?:the\s+)?\w+(?:\s+\w+)?\s+and\s+(?:the\s+)?(?:\w+\s+)?$)")
# A part of the value named after it: the value is a landmark of what is described ("the heart border", "the liver
# edge"), not the thing affirmed.
_PART_AFTER = lazy_compile(r"(?i)['’]?s?\s+(?:border|edge|margin|contour|silhouette|shadow|outline|surface|tip)s?\b")
# A clause holding its value open: a possibility, a doubt.
_HELD = lazy_compile(r"(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.IF, hedges.OTHER_POSSIBILITY,
                                            *(lang.could for lang in hedges.EUROPEAN.values()))
                     + r"|可能|或者|还是|" + "|".join(hedges.ZH_CONDITION))
# A sentence opening a supposed case in another language ("Si la lesión estuviera en el páncreas, se vería ..."):
# it answers nothing (session 47 merge; English "if" is held by ``_HELD``).
_SUPPOSED = lazy_compile(r"(?i)^\W*(?:" + hedges.alternation(hedges.OTHER_IF) + r")\s+\w")
# A value called normal in its clause (English words of ``extract/clauses.py``, the other languages' ``normal`` class).
_NORMAL = lazy_compile(r"(?i)\b" + NORMAL_WORDS + r"|\b(?:normale?s?|normaux|unauffällig\w*|nella\s+norma|sain(?:e|s|es)?|"
                      r"san[oa]s?|gesund\w*)\b|(?<!异)(?<!不)正常")
# A sentence asking (the question echoed, a question asked back): it answers nothing.
_ASKING = lazy_compile(r"(?i)[?？]|(?<![,，]\s)(?<![,，])\bwhich\b|\bwhether\b|哪|什么|是否")
# (", which can be seen in ..." opens a relative clause, which asks nothing.)
_BLANKS = " \t\n*_#>-"
# Words of a question too common to show that a sentence takes it up.
_COMMON = frozenset({"what", "which", "this", "that", "these", "image", "images", "picture", "shown", "seen", "visible",
                     "there", "does", "with", "from", "into", "here", "have", "show", "shows", "scan"})
_ZH_COMMON = frozenset({"图像", "图中", "显示", "哪个", "什么", "这张", "该图", "图片", "影像", "哪一", "位于", "所示"})


def asked_kind(question: str) -> AskedKind | None:
    """The kind of value ``question`` asks, from its English wording or its asked noun in the vocabulary's languages."""
    if _ASKS_ORGAN.search(question):
        return AskedKind.ORGAN
    if _ASKS_REGION.search(question):
        return AskedKind.REGION
    if _ASKS_PLANE.search(question):
        return AskedKind.PLANE
    if asks_technique(question):
        return AskedKind.MODALITY
    for word in _foreign_words(question):
        if word.kind is WordClass.KIND and word.english in _KIND_OF_WORD:
            return _KIND_OF_WORD[word.english]
    return None


def kind_value(reply: str, question: str, reading: str | None) -> str | None:
    """The one value of the asked kind ``reply`` affirms (module docstring), or ``None``; ``None`` too when the reading
    already reached (``reading``) is short and names that value (alone, or with its side or part: "left kidney",
    "pancreas tail"): that reading is kept. A reading naming another value (a first sentence's frame, "The heart is
    seen. The main organ here is the lungs.") or none (a description, the reply left whole) gives way to it."""
    kind = asked_kind(question)
    if kind is None:
        return None
    keep_normal = _ASKS_NORMAL.search(question) is not None
    answered: list[tuple[str, list[_Value]]] = []
    sentences = _SENTENCE.findall(reply)
    own_organ = kind is AskedKind.ORGAN and (_ASKS_ORGAN_ITSELF.search(question) is not None
                                             or _ZH_ASKS_ORGAN.search(question) is not None
                                             or _ASKS_ORGAN.search(question) is None and _ZH_ORGAN.search(question) is None)
    last = next((s for s in reversed(sentences) if s.strip(_BLANKS)), "")
    for sentence in sentences[-_SENTENCES:]:
        if len(sentence) > _LONGEST or _ASKING.search(sentence) or _SUPPOSED.match(sentence):
            continue
        # an organ named by its finding only where the reply concludes (its conclusion field, "Impression: acute
        # pancreatitis.", or its last sentence): a finding described on the way ("A round low-density focus is
        # present. It sits within the pancreas.") places nothing
        affirmed = _affirmed(sentence, kind, keep_normal, question,
                             findings=own_organ and (sentence is last or _concludes(sentence, reply)))
        if affirmed:
            answered.append((sentence, affirmed))
    if any(any(not v.derived and ":" not in v.key for v in vs)
           and (names_finding(s) or _takes_up(s, question) or _SIZED.search(s) and _ASKS_SIZE.search(question))
           for s, vs in answered):
        # an organ affirmed by its word (a site's) with a finding or the question's own words answers before one read
        # from a finding ("The right kidney shows a solid mass. Impression: renal cell carcinoma; incidental
        # cholelithiasis.", "The liver is enlarged. Impression: hepatomegaly; no cholecystitis.")
        answered = [(s, vs) for s, vs in answered if not all(v.derived for v in vs)]
    if not answered:
        return None
    sentence, values = answered[-1]
    one = _one(values)
    if one is None or one.key.startswith("beside:") or len(_values(sentence, kind, one.derived)) > len(values) and _DENIES.search(sentence):
        return None  # two values, or one set against a denied other ("这不是CT，是MRI。"): held, as the readers hold it
    elsewhere = [s for s, vs in answered[:-1] if any(not _same(v.key, one.key) for v in vs)]
    if elsewhere and (not (_takes_up(sentence, question) or _concludes(sentence, reply))
                      or any(_takes_up(s, question) for s in elsewhere)):
        return None  # a tour across sentences, or two sentences answering: which value answers is not said
    if undecided.closing_undecided(reply) or undecided.refuses_between(reply):
        return None  # the reply closes undecided ("... Can't decide on one slice."): whatever it placed before
    if reading is not None and _opening_name(reply, reading, kind):
        return None  # the reply opens with the bare answer ("Thyroid, with the trachea behind."): kept
    named = _values(reading, kind) if reading is not None else []
    if reading is not None and named and _length(reading) <= _SHORT and all(_same(v.key, one.key) for v in named) \
            and not (kind is AskedKind.REGION and any(site not in _region_sites() and site not in SURFACE_REGIONS
                                                      for site, _, _ in sites_in(reading.lower()))):
        return None  # (a region's reading naming organs lists what it holds: "chest region including lungs, heart")
    return one.answer


# A size given the organ ("The spleen measures 17 cm.") to a question asking which is enlarged: the finding asked.
_SIZED = lazy_compile(r"(?i)\d\s*(?:mm|cm)\b")
_ASKS_SIZE = lazy_compile(r"(?i)\b(?:enlarged|enlargement|larger|bigger|swollen|shrunken|smaller|atrophic)\b")


def _concludes(sentence: str, reply: str) -> bool:
    """Whether ``sentence`` is the body of the reply's conclusion field ("**Impression:** Acute pancreatitis.",
    ``open_field.answer_field``): the sentence that answers, as one taking up the question's words does."""
    body = answer_field(reply)
    own, said = normalize_answer(body or ""), normalize_answer(sentence)
    return bool(own) and bool(said) and (own in said or said in own)


# Words a bare answer may carry beside its name.
_NAME_FILLER = frozenset({"the", "a", "an", "left", "right", "both", "bilateral", "gland", "glands", "organ"})


def _opening_name(reply: str, reading: str, kind: AskedKind) -> bool:
    """Whether ``reading`` is the reply's opening clause ("Thyroid gland, longitudinal view; ...", "Chest. Part of the
    neck is seen.", "右肾") and wholly a name of the kind's vocabulary (a site of any kind, an anatomy concept, another
    language's word, a plane, a modality): the reply answered first, and what follows is landmarks and asides."""
    sentences = _SENTENCE.findall(reply)
    if not sentences or _length(reading) > 3:
        return False
    opening = sentences[0][:next((m.start() for m in _CLAUSE_CUT.finditer(sentences[0])), len(sentences[0]))]
    if normalize_answer(opening) != normalize_answer(reading):
        return False
    low = reading.lower()
    spans = [(s, e) for _, s, e in sites_in(low)] + [(s, e) for _, s, e in foreign_spans(reading)]
    spans += [(m.start, m.end) for m in concepts.vocabulary().mentions(concepts.normalize(reading))
              if category_of(m) in ("anatomy", "modality")]
    spans += [(v.start, v.end) for v in _values(reading, kind)]
    if not spans:
        return False
    rest = "".join(c if not any(s <= i < e for s, e in spans) else " " for i, c in enumerate(low))
    return all(w in _NAME_FILLER for w in _WORD.findall(rest))


def _affirmed(sentence: str, kind: AskedKind, keep_normal: bool, question: str = "", findings: bool = False) -> list[_Value]:
    """The values of ``sentence`` its clause neither denies, holds open, sets against another nor uses as a landmark."""
    out = []
    for value in _values(sentence, kind, findings):
        why = _set_aside(sentence, value, kind, keep_normal, question)
        if why is _Aside.HELD:
            return []  # a value held open is a live alternative ("el hígado, aunque podría ser el bazo"): none answers
        if why is None:
            out.append(value)
    return out


class _Aside(Enum):
    """Why a value named is not affirmed: held open (a live alternative), or set aside (denied, normal, a landmark)."""

    HELD = "held"
    SET_ASIDE = "set aside"


def _set_aside(sentence: str, value: _Value, kind: AskedKind, keep_normal: bool, question: str = "") -> _Aside | None:
    """Whether the clause of ``value`` holds it open or sets it aside; ``None`` when it affirms it."""
    start = max((m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, value.start)), default=0)
    end = _clause_end(sentence, value.end, kind)
    before, clause = sentence[start:value.start], sentence[start:end]
    if _HELD.search(clause) and not _DENIED.search(before):
        return _Aside.HELD
    if (_DENIED.search(before) or _PART_AFTER.match(sentence, value.end) or _ZH_DENIED.search(clause) or _INSTEAD.search(before)
            or (_LANDMARK.search(before) and not relation_asked(before, sentence[value.start:value.end], question))
            or (not keep_normal and _NORMAL.search(clause))):
        return _Aside.SET_ASIDE
    return None


def landmarks_only(reply: str, question: str) -> bool:
    """Whether every value of the asked kind ``reply`` names is set aside (a landmark, denied, called normal), none
    held open or affirmed, and one at least is a landmark: "The mass lies adjacent to the stomach and posterior to
    the pancreas." to "Which organ contains the mass?" places the mass beside two organs and in none (issue #7, lane
    opendesc48: a sentence whose only values are landmarks is a description, not an answer)."""
    kind = asked_kind(question)
    if kind is None or ASKS_RELATION.search(question) or BACK_TO_IT.search(reply):
        return False  # the relation asked ("Which organ is compressed?"), the landmark its origin ("arising from it")
    keep_normal = _ASKS_NORMAL.search(question) is not None
    landmark = False
    for sentence in _SENTENCE.findall(reply)[-_SENTENCES:]:
        if len(sentence) > _LONGEST or _ASKING.search(sentence) or _SUPPOSED.match(sentence):
            continue
        for value in _values(sentence, kind):
            if value.key.startswith("beside:") or _set_aside(sentence, value, kind, keep_normal) is not _Aside.SET_ASIDE:
                return False
            start = max((m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, value.start)), default=0)
            if SITE_OF.search(sentence[start:value.start]):
                return False  # "haemorrhage into the adrenal", "stranding around the appendix": the organ affected
            landmark = landmark or _LANDMARK.search(sentence[start:value.start]) is not None
    return landmark


def _length(reading: str) -> int:
    """The words of ``reading``, two Chinese characters counting as one (Chinese writes no spaces)."""
    return len(reading.split()) + len(HAN.findall(reading)) // 2


def _clause_end(sentence: str, at: int, kind: AskedKind) -> int:
    """Where the clause of a value ending at ``at`` ends: at the next cut, past a comma that goes on with the next item
    of a list of values ("The liver, kidneys and pancreas appear normal": the state is said of the whole list)."""
    for cut in _CLAUSE_CUT.finditer(sentence, at):
        if cut.group() == "、":
            continue  # the enumeration comma joins items of one list ("脾脏、胰腺及双肾未见明显异常")
        if cut.group() == "," and _LIST_ITEM.match(sentence, cut.end()) is not None:
            nxt = _LIST_ITEM.match(sentence, cut.end())
            if nxt is not None and any(v.start == 0 for v in _values(sentence[nxt.end():nxt.end() + _ITEM], kind)):
                continue
        return cut.start()
    return len(sentence)


def _one(values: list[_Value]) -> _Value | None:
    """The one value ``values`` name (several names of one value, or a site and a part of it, are one: the outermost
    is given), or ``None`` for two."""
    keys = {v.key for v in values}
    for value in values:
        if all(_same(value.key, k) and (value.key == k or _holds(value.key, k)) for k in keys):
            return value
    return None


def _same(a: str, b: str) -> bool:
    table = site_table()
    if a == b:
        return True
    return a in table.ancestors and b in table.ancestors and related(a, b)


def _holds(outer: str, inner: str) -> bool:
    table = site_table()
    return outer in table.ancestors.get(inner, frozenset())


def _takes_up(sentence: str, question: str) -> bool:
    """Whether ``sentence`` takes up a word of ``question`` beside the common ones (the sentence that answers it)."""
    low = fold(sentence)
    words = {w for w in _WORD.findall(fold(question)) if len(w) >= 4 and w not in _COMMON and not HAN.search(w)}
    if any(re.search(r"\b" + re.escape(w), low) for w in words):
        return True
    han = "".join(c for c in question if HAN.match(c))
    pairs = {han[i:i + 2] for i in range(len(han) - 1)} - _ZH_COMMON
    return any(p in sentence for p in pairs)


def _values(text: str, kind: AskedKind, findings: bool = False) -> list[_Value]:
    """The values of ``kind`` ``text`` names: English through the site table and the plane names, every other language
    through ``foreign_words``' vocabulary; with ``findings``, an organ named by a finding of its own where the text names
    no organ by its word (:func:`_finding_organs`)."""
    low = text.lower()
    out: list[_Value] = []
    if kind in (AskedKind.ORGAN, AskedKind.REGION):
        regions = _region_sites()
        for site, start, end in sites_in(low):
            if (site in regions) is (kind is AskedKind.REGION) and site not in SURFACE_REGIONS:
                out.append(_Value(site, low[start:end], start, end))
    elif kind is AskedKind.MODALITY:
        for m in concepts.vocabulary().mentions(concepts.normalize(text)):
            if category_of(m) == "modality" and not bare_place(low, m.start, m.end):  # no vertebra or stage: "of T2"
                out.append(_Value(m.concept, low[m.start:m.end], m.start, m.end))
    elif kind is AskedKind.PLANE:
        for name, plane in IMAGING_PLANES.items():
            out += [_Value(plane, plane, m.start(), m.end()) for m in re.finditer(r"\b" + name + r"\b", low)]
        for name, plane in ZH_IMAGING_PLANES.items():
            out += [_Value(plane, plane, m.start(), m.end()) for m in re.finditer(name, text)]
    for word, start, end in foreign_spans(text):
        value = _foreign_value(word.english, word.kind, kind)
        if value is not None and not any(v.start <= start < v.end for v in out):
            out.append(_Value(value, word.english, start, end))
    if kind is AskedKind.ORGAN:  # the organs the site table lacks ("thyroid", "prostate"): the anatomy concepts, read
        # where no site is named (they name tissues and surroundings too: "peripancreatic fat"); one named before
        # every site holds the sentence (the organ named first, the sites after it its landmarks: "Thyroid, trachea
        # midline"; or a tissue around the organ): a site beside it is no one value, nor is it one
        taken = [(s, e) for _, s, e in sites_in(low)] + [(v.start, v.end) for v in out]
        first = min((s for s, _ in taken), default=len(low))
        for m in concepts.vocabulary().mentions(concepts.normalize(text)):
            if category_of(m) == "anatomy" and not any(s < m.end and m.start < e for s, e in taken) \
                    and (not out or m.end <= first):
                out.append(_Value(("beside:" if out else "concept:") + m.concept, low[m.start:m.end], m.start, m.end))
        if not out and findings:
            out = _finding_organs(text)
    return out


def _finding_organs(text: str) -> list[_Value]:
    """The organs ``text`` names by a finding of theirs only (``organ_owners.home_of``: "Acute interstitial
    pancreatitis." names the pancreas, "splenomegaly" the spleen): read where the text names no organ by its word, so
    that an impression naming the disease answers "Which organ is abnormal?" (lane opentrim50). An organ the site
    table does not name as an organ (bones, soft tissues) is none."""
    voc = concepts.vocabulary()
    out = []
    for m in voc.mentions(concepts.normalize(text)):
        home = home_of(m.concept) if m.kind is concepts.MentionKind.CONCEPT and m.concept else None
        if home is None:
            continue
        name = voc.concepts[home].name
        site = _site_named(name)
        if site is not None and site not in _region_sites():
            out.append(_Value(site, name.lower(), m.start, m.end, derived=True))
    return out


_FOREIGN_CLASSES = {
    AskedKind.ORGAN: frozenset({WordClass.ORGAN, WordClass.CONCEPT}),
    AskedKind.REGION: frozenset({WordClass.REGION}),
    AskedKind.MODALITY: frozenset({WordClass.MODALITY}),
    AskedKind.PLANE: frozenset({WordClass.PLANE}),
}


def _foreign_value(english: str, klass: WordClass, kind: AskedKind) -> str | None:
    """The identity of a vocabulary word as a value of ``kind``: an organ's or region's site id (an organ concept only
    when its English is one site's name), a plane's or modality's English."""
    if klass not in _FOREIGN_CLASSES[kind]:
        return None
    if kind is AskedKind.PLANE:
        return IMAGING_PLANES.get(english.split()[0])
    if kind is AskedKind.MODALITY:
        named = [m.concept for m in concepts.vocabulary().mentions(concepts.normalize(english)) if category_of(m) == "modality"]
        return named[0] if len(named) == 1 else None
    site = _site_named(english)
    if site is None or (site in _region_sites()) is not (kind is AskedKind.REGION):
        return None
    return site


def _site_named(english: str) -> str | None:
    """The one site ``english`` is wholly the name of."""
    low = english.lower()
    found = sites_in(low)
    if len(found) == 1 and (found[0][1], found[0][2]) == (0, len(low)):
        return found[0][0]
    return None


@lru_cache(maxsize=1)
def _region_sites() -> frozenset[str]:
    """The body regions: the sites the vocabulary's region words name (chest, abdomen, pelvis, neck). Not the site
    table's top regions: ``brain`` and ``aorta`` are top regions there but organs; a region named beside an organ
    ("the upper abdomen, primarily showing the liver") is where the organ is, not a second organ."""
    named = {_site_named(w.english) for w in vocabulary().values() if w.kind is WordClass.REGION}
    return frozenset(s for s in named if s is not None)


def _foreign_words(text: str) -> list[Word]:
    return [w for w, _, _ in foreign_spans(text)]


def affirmed_value(text: str, kind: AskedKind, keep_normal: bool = False) -> tuple[str, int, int] | None:
    """The key and place of the one value of ``kind`` that ``text``, read as one sentence, affirms (neither denied,
    held open, set against another nor a landmark; several names of one value are one), or ``None``. For the open
    grader's reading of a modality or a plane asked (``score/open_kinds.py``): one reading of a kind's values for the
    extractor and the grader."""
    if len(text) > _LONGEST:
        return None  # no short answer, as no sentence that long answers (and the reading stays linear)
    one = _one(_affirmed(text, kind, keep_normal))
    return None if one is None or one.key.startswith("beside:") else (one.key, one.start, one.end)


def named_spans(text: str, kind: AskedKind) -> list[tuple[str, int, int]]:
    """The key and place of every value of ``kind`` ``text`` names, affirmed or not (:func:`_values`); none in a text
    longer than a sentence read."""
    if len(text) > _LONGEST:
        return []
    return [(v.key, v.start, v.end) for v in _values(text, kind)]


def names_organ_asked(text: str, question: str) -> bool | None:
    """Whether ``text`` names any organ or body region (an organ by a finding of its own too), affirmed or not, to a
    ``question`` asking one; ``None`` to another question (``extract/open_commitment.py``). Planes and modalities
    have names the tables lack ("transthalamic plane"): not judged here."""
    kind = asked_kind(question)
    return None if kind not in (AskedKind.ORGAN, AskedKind.REGION) else bool(_values(text, kind, findings=True))


__all__ = ["AskedKind", "affirmed_value", "asked_kind", "kind_value", "landmarks_only", "names_organ_asked", "named_spans"]
