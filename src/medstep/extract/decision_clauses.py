"""The decision sentence of a choice output, and its clauses that may state an option.

An option named in other words is read from the *decision sentence* alone (:func:`decision_sentence`): the line
after a final answer phrase ("Answer: air in the pleural space"), else the output's last sentence (a closing formula
such as "Consult a healthcare professional." passed over). Its clauses that negate ("rather than pneumonia", "no
fragments"), add ("also a joint effusion") or define an option are dropped (:func:`kept_clauses`); none is kept from
a sentence that hedges or offers alternatives, a question, an option heading ("D) Greenstick fracture – ..."), a
letter, a score or a definition ("would show", "typically"). A clause that calls what it names normal states no
abnormal option (:func:`called_normal`).
The option readers that name an option in other words read these clauses (``extract/optwords.py``,
``extract/aliases.py``, ``extract/initials.py``, ``extract/optionconcept.py``, ``extract/ordinals.py``,
``extract/otherwords.py``).
"""

from __future__ import annotations

import re

from medstep.answers import hedges, judgements, negation
from medstep.extract import asides, langwords, trailing
from medstep.extract.articles import chosen_here
from medstep.extract.findings_words import POSTED_DENIAL
from medstep.extract.implicit_words import RESERVED_SAID
from medstep.extract.mentions import CONFLICT, OTHER_ENTITY, SCORE_IN, OptionIndex, find_mentions, is_article
from medstep.extract.letter_names import in_name
from medstep.extract.refusal import WEIGHING_BETWEEN, is_hedge, offers_alternatives
from medstep.extract.split import last_phrase
from medstep.extract.open_generic import mentions_referral
from medstep.extract.implicit_words import PATENT_OPEN
from medstep.lazyre import lazy_compile

# "Features point away from LAM.": a turn away from what the clause names.
POINTS_AWAY = r"\b(?:points?|pointing|leans?|leaning|steers?)\s+away\b"
# A clause holding one of these does not state its option: a negation, a contrast away from it, an addition.
DROP = lazy_compile(
    "(?i)" + hedges.words(negation.DENY, negation.NON, negation.NEVER, negation.ABSENT, negation.heads(negation.EXCLUDED),
                          negation.NEITHER)
    + r"|\b(?:" + hedges.alternation(hedges.SELDOM) + r"|unlikely|tempting|less|least|rather|instead|unlike|than|except|against|also|additionally|addition|besides|well|too|"
      r"(?:and\s+)?so\s+(?:is|are|does|do)|"  # "The liver is enlarged and so is the spleen.": a second one added
      + negation.alternation(negation.OTHER_WITHOUT, negation.OTHER_NOR)
    + r"|descarta\w*)\b|" + POINTS_AWAY + "|" + langwords.LOWERED + "|" + asides.CONTRARY_SUBJECT
    + r"|\b(?:" + asides.COMPARED_TIME + r")\s+(?:the|an?)\b|" + negation.CONTRACTION  # "... long before a plain film shows
    # it": compared (not "SCLC until proven otherwise")
    + "|[" + "".join(negation.ZH_CHARS + negation.ZH_NO) + "排]"
)
# A sentence that defines, conditions or restates rather than states.
# Choosing under protest: "If I have to pick the textbook answer, ...", "If forced, ...", "If pressed: ...". A choice
# made, not a case supposed (read so by ``extract/decision.py`` too).
FORCED = lazy_compile(r"(?i)\bif\s+(?:i\s+(?:had|have)\s+to|forced|i\s+must|pressed)\b")
# ... as the sentence's lead-in, to its comma, colon or dash, with a "would" of the choice right after it ("it would
# be", "I'd say"): the rest of the sentence is the choice.
_FORCED_LEAD = lazy_compile(r"(?i)\A[\s*_\"'“]*if\s+(?:i\s+(?:had|have)\s+to|forced|i\s+must|pressed)\b[^,:;—–.?!\n]{0,60}"
                            r"[,:—–]\s*(?:(?:it|this|that|i)\s*(?:would|'d)\s+(?:be|say|choose|pick|go\s+(?:with|for))\b)?")
_VETO = lazy_compile(
    r"(?i)\b(?:would|should|if|unless|whether|options?|choices?|question|typically|usually|defined|definition|"
    r"characteri[sz]ed|differential|versus|vs|either(?![\s,]+way\b))\b|\?|？|或|" + WEIGHING_BETWEEN
)
# A clause that calls what it names normal ("The nasal bone appears normal", "The ZMC is intact") states no option
# naming an abnormality there; only an option whose own words say normal ("Normal study") is read from it.
# "patent" of a vessel, not of a congenital opening that should have closed (``implicit_words.PATENT_OPEN``).
_NORMAL = lazy_compile(r"(?i)\b(?:normal|intact|unremarkable|preserved|spared|healthy|unaffected|uninvolved|"
                       + PATENT_OPEN + r")\b")
_OTHER = lazy_compile(OTHER_ENTITY, re.I)  # "a reverse Colles fracture" names another entity
_COLON = lazy_compile(r"(?<!\d)[:：]|[:：](?!\d)")  # not the colon of a ratio or a time ("2:1 block")
# Words that set what follows against the statement ("cardiomegaly rather than pulmonary edema").
SET_AGAINST = r"\b(?:rather\s+than|instead\s+of|unlike|as\s+opposed\s+to)\b"
# The phrase a set-against word opens, to the end of its clause.
SET_AGAINST_PHRASE = lazy_compile(r"(?i)" + SET_AGAINST + r"[^.,;:!?\n]*")
# (a Chinese '。' with no space after it ends a clause too: "...而非导管原位癌。诊断为浸润性导管癌。" is read as one decision
# sentence, as before, but its rejected clause no longer takes the diagnosis after it along when it is dropped)
_CLAUSES = lazy_compile(r"(?=" + SET_AGAINST + r")|[,;—–]|\s-\s|，|；|：|、|[。！？](?=\S)|\bbut\b|\bwhereas\b|\bwhile\b"
                        r"|\bpero\b")
# A sentence ends at '.', '!', '?' (not after a lone letter: "B. Pleural effusion") or a line break.
_SENTENCE_END = lazy_compile(r"(?<![\s(\[][A-Z]\.)(?<=[.!?。！])\s+|\n+")
# An option named by its letter ("Cardiomegaly (C): not present"): the sentence discusses options, and the
# letter readers have had their say on it.
_LETTER = lazy_compile(r"[\(\[（][A-Z][\)\]）]|\b(?i:option|choice|opción)\s+[A-Z]\b|^\s*[A-Z]\s*$")
_BARE_LETTER = lazy_compile(r"(?<![\w'’\-])([A-Z])(?![\w'’\-])")
# "S. aureus" is an abbreviated genus, not a heading (mentions.GENUS).
_HEADING = lazy_compile(r"^[\s*_#>\-•]*(?:(?:option|choice|opción)\s+)?[\(\[]?[A-Z](?:[\)\]:]|\.(?!\s?(?-i:[a-z]{2,})))(?:\s|$)", re.I)


def called_normal(clause: str, option: str) -> bool:
    """Whether ``clause`` calls what it names normal while ``option`` names no normal (see ``_NORMAL``)."""
    return _NORMAL.search(clause) is not None and _NORMAL.search(option) is None


# A report's impression heading a line: "IMPRESSION:", "**Impression**:", "Conclusion:" (the last one, its text after).
_IMPRESSION = lazy_compile(r"(?im)^[ \t*_#>]*(?:impression|conclusions?)[ \t*_]*[:：][ \t*_]*(?:\n[ \t]*)?"
                           r"(?:1[.)][ \t]+)?")


def decision_sentence(region: str) -> str:
    """The sentence an output decides in: the line after its last final-answer phrase, else the first sentence of
    a report's last impression ("IMPRESSION: Findings consistent with X. Sputum culture recommended." decides in its
    first; a numbered impression in its first item), else its last sentence."""
    phrase = last_phrase(region)
    if phrase is not None:
        after = region[phrase[1]:].strip()
        return after.split("\n", 1)[0]
    impression = None
    for impression in _IMPRESSION.finditer(region):
        pass
    if impression is not None:
        first = [p for p in _SENTENCE_END.split(region[impression.end():].strip()) if p.strip(" *_#>-•")]
        if first:
            return first[0]
    text = region.strip()
    parts = [p for p in _SENTENCE_END.split(text) if p.strip(" *_#>-•")]
    while len(parts) > 1 and _boilerplate(parts[-1]):
        parts.pop()  # "... we can see the ETT. It is important to consult a healthcare professional.": a closing formula
    for _ in range(2):
        if len(parts) > 1 and set_aside_after(parts[-1]) and not _heading(parts[-2]):
            # "This is NPH. Alzheimer's would show hippocampal atrophy, which isn't seen.": an alternative set aside
            # (never back onto a heading: "### Option D: Ewing sarcoma\nThis would show …; not seen." decides nothing)
            parts.pop()
    last = parts[-1] if parts else ""
    concluded = _CONCLUDED.search(last)
    if concluded is not None and not is_hedge(last[:concluded.start()]):
        # "The fluid crosses the tendon from the bursal to the articular surface ..., so this is a full-thickness
        # tear.": the sentence's own conclusion decides; the evidence before it names what was seen
        return last[concluded.start(1):]
    return last


# A closing sentence that only sets an alternative aside after the pick: what another diagnosis "would" show, then
# denied ("Alzheimer's would show hippocampal atrophy, which isn't the dominant feature here.", "A subdural would cross
# the sutures, and that is not what we see."), or a letter standing alone turned down ("The ACL is intact, so B isn't
# the primary answer.", "C is less likely."; not "Hepatitis B is unlikely."). Never one concluding on its own ("..., so this is an extradural haematoma").
_WOULD_DENIED = lazy_compile(r"(?i)\bwould\b(?=.*(?:\b(?:" + hedges.alternation(negation.DENY, negation.NEVER,
                                                                                 negation.NONE, negation.NOTHING)
                             + r"|absent|lacking|missing)\b|n't\b))")
_LETTER_TURNED_DOWN = lazy_compile(r"(?:^\s*|[(,;]\s*|\b(?i:so|thus|hence|therefore|and|but|option|choice),?\s+)\(?[A-J]\)?"
                                   r"\s+(?:is\s+not|isn't|is\s+(?:(?:less|least)\s+|un)likely|does\s+not\s+fit|doesn't\s+fit|"
                                   r"is\s+(?:ruled\s+out|excluded))\b")
# A conclusion drawn after the denial ("…, so the meniscus is the culprit"), unless it only denies again ("so B isn't
# the primary answer").
_SO_AFTER = lazy_compile(r"(?i)\b(?:so|therefore|thus|hence|leaving)\b,?\s+(.*)")
_DENIED_AFTER = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY, negation.NEVER, negation.NONE, negation.NOTHING)
                             + r"|absent|lacking|missing|unlikely|less\s+likely|excluded|ruled\s+out)\b|n't\b")
_OWN_CONCLUSION = lazy_compile(r"(?i)\b(?:so|therefore|thus|hence)\s+(?:this|it|the\s+answer)\b|\b(?:answer|diagnosis)\s+is\b"
                               r"|\bmost\s+(?:likely|consistent)\b")


def _heading(part: str) -> bool:
    """Whether ``part`` is a heading line: an option's ("### Option D: …", "B) …"), a markdown one, a label."""
    return OPTION_HEADING.match(part) is not None or part.lstrip().startswith("#") or part.rstrip(" *_").endswith(":")


def set_aside_after(sentence: str) -> bool:
    """Whether ``sentence`` only sets an alternative aside (``_WOULD_DENIED``, ``_LETTER_TURNED_DOWN``), concluding
    on nothing of its own: the sentence before it decides."""
    if _OWN_CONCLUSION.search(sentence) is not None:
        return False  # "B is not the answer; so this is C."
    if any(_DENIED_AFTER.search(m.group(1)) is None for m in _SO_AFTER.finditer(sentence)):
        return False  # "A torn ACL would show discontinuity, which is not the case, so the meniscus is the culprit."
    return _WOULD_DENIED.search(sentence) is not None or _LETTER_TURNED_DOWN.search(sentence) is not None


# A conclusion set off inside the last sentence: ", so this is ...", "; therefore ...", " — hence ...".
_CONCLUDED = lazy_compile(r"(?i)(?:[,;]|\s[—–-])\s*((?:and\s+)?(?:so|therefore|thus|hence)\b,?\s+\w+\s+\w+)")


# A short report read as one decision sentence: at most this many sentences, on one line, no longer than a statement.
REPORT_SENTENCES = 3


def short_report(region: str) -> str | None:
    """The whole output as one decision sentence when it is a short report of a few plain sentences on one line and
    no final-answer phrase (its findings together are its answer), else None."""
    text = region.strip()
    if len(text) > asides.STATEMENT_MAX or "\n" in text or last_phrase(text) is not None:
        return None
    parts = [p for p in _SENTENCE_END.split(text) if p.strip(" *_#>-•")]
    return " ".join(parts) if 1 < len(parts) <= REPORT_SENTENCES else None


def before_aside(region: str, idx: OptionIndex) -> str | None:
    """The sentence before a closing one that only sets another option aside or says what it would show ("LCH would
    spare the costophrenic angles.", "Not B, since there are no P waves.", "..., so D is not correct.", "SCFE occurs
    in adolescents."): the decision
    was stated just before it. None when there is no such closing sentence (or it hedges), or a final-answer phrase
    gives the decision sentence."""
    if last_phrase(region) is not None:
        return None
    parts = [p for p in _SENTENCE_END.split(region.strip()) if p.strip(" *_#>-•")]
    while len(parts) > 2 and _boilerplate(parts[-1]):
        parts.pop()
    # Closing asides may come one after another ("... a vein occlusion. Diabetic retinopathy rarely does this. There is
    # no whitening to suggest an artery occlusion."): the decision is the sentence before the first of them.
    if len(parts) < 2 or not _sets_aside(parts[-1], idx, closing=True):
        return None
    at = len(parts) - 2
    while at >= 1 and len(parts) - at <= _ASIDES_MAX and _sets_aside(parts[at], idx, closing=False):
        at -= 1
    if _sets_aside(parts[at], idx, closing=False):
        return None  # asides all the way back: no decision stated before them
    if len({m.group(1) for m in OPTION_HEADING.finditer(region)} & idx.letters) > 1 \
            and OPTION_HEADING.match(parts[at]) is not None:
        return None  # "### Option D: Consolidation\nThis would show air bronchograms; not seen.": one heading of many
    return parts[at]


def aside_letters(region: str, idx: OptionIndex) -> frozenset[str]:
    """The options the closing sentences ``before_aside`` steps over name only to set them aside ("Appendicitis and
    renal colic are excluded."): the decision before them may not be one of these ("The diagnosis is an inflamed
    appendix. Appendicitis is ruled out ...": the reply takes back what it stated)."""
    parts = [p for p in _SENTENCE_END.split(region.strip()) if p.strip(" *_#>-•")]
    while len(parts) > 2 and _boilerplate(parts[-1]):
        parts.pop()
    found: set[str] = set()
    for part in parts[1:]:
        if _options_set_aside(part, idx):
            for m in find_mentions(part, idx):
                if m.letter in idx.letters:
                    found.add(m.letter)
                    continue
                span = part[m.start:m.end]  # options joined: "A and D", "appendicitis and renal colic"
                found.update(x for x in re.findall(r"\b[A-Z]\b", span) if x in idx.letters)
                found.update(n.letter for piece in re.split(r",|;|/|\band\b|\bor\b|\bnor\b", span)
                             for n in find_mentions(piece, idx) if n.letter in idx.letters)
    return frozenset(found)


# How many closing asides in a row are stepped over to the decision before them.
_ASIDES_MAX = 3


def _sets_aside(sentence: str, idx: OptionIndex, closing: bool) -> bool:
    """Whether ``sentence`` only sets another option aside (``before_aside``); never a hedge or alternatives offered.
    The closing sentence may also say what an option would show or define one; a sentence before it is stepped over
    only when it denies each thing it names or says an option seldom does this ("Diabetic retinopathy rarely looks
    like this."), since "would" and "typically" often word the decision itself ("This would fit a vein occlusion.")."""
    if is_hedge(sentence) or offers_alternatives(sentence):
        return False
    clauses = [c for c in re.split(r"[;,]\s*", sentence) if c.strip()]
    # ("SCFE occurs in adolescents; transient synovitis has a normal radiograph.": options defined; "It's not HCC, not
    # a metastasis, not FNH.": the others denied one by one)
    if all(_DENIED.search(c) is not None for c in clauses) or _SELDOM.search(sentence) is not None:
        return True
    return closing and (_ASIDE.search(sentence) is not None and not _concludes_on_option(sentence, idx)
                        or all(_defined(c, idx) for c in clauses) or _options_set_aside(sentence, idx))


def _concludes_on_option(sentence: str, idx: OptionIndex) -> bool:
    """A closing sentence whose subject takes up what was seen and names an option (by its letter, text or initials):
    "This distribution with the DIP predominance would fit psoriatic arthritis." concludes on the DIP joints; its
    "would" is the reply's own conclusion, no aside. (One naming no option, "This would fit psoriatic arthritis.",
    may still be stepped over to the sentence before it.)"""
    if _FINDINGS_WOULD.match(sentence) is None:
        return False
    from medstep.extract import initials  # (``initials`` reads this module's clauses: imported here)
    return bool(find_mentions(sentence, idx)) or bool(initials.letters_spelled(sentence, idx.texts))


# A closing sentence whose subject takes up what was seen ("This distribution with the DIP predominance would fit
# psoriatic arthritis.", "These findings would be consistent with ..."): its "would" words the reply's own
# conclusion about this image, not what another option would show (``_ASIDE``).
_FINDINGS_WOULD = lazy_compile(
    r"(?i)[\s*_\"'“]*(?:(?:so|overall|together|taken\s+together)\s*,?\s+)?(?:this|these|that|the\s+(?:findings?|pattern|"
    r"picture|appearance|distribution|combination|constellation))\b[^.;:!?\n]{0,80}?\bwould\s+(?:fit|suggest|favou?r|"
    r"point|indicate|be\s+(?:consistent|compatible|in\s+keeping|typical))\b")


# A judgement setting what it names aside ("excluded", "ruled out", "unlikely", "rejected": ``answers/judgements``).
_SET_ASIDE = lazy_compile("(?i)" + hedges.words(judgements.SET_ASIDE, judgements.UNLIKELY, judgements.REJECTED))


def _options_set_aside(sentence: str, idx: OptionIndex) -> bool:
    """Whether a closing sentence names options only to set them aside ("Appendicitis and renal colic are excluded as
    above.", "Sarcoidosis and lymphoma are less likely."): options named, each by its text or letter, a judgement
    against, no conclusion of its own ("so this is ...", "the diagnosis is"); options joined ("A and D") count."""
    found = find_mentions(sentence, idx)
    return bool(found) and all(m.letter in idx.letters or m.letter == CONFLICT for m in found) \
        and _SET_ASIDE.search(sentence) is not None \
        and _OWN_CONCLUSION.search(sentence) is None


# The habit words that say an option seldom does what is seen (``hedges.SELDOM``): said of it, they set it aside.
_SELDOM = lazy_compile("(?i)" + hedges.words(hedges.SELDOM))


# A line opening with an option's letter label: "### Option D: ...", "C) ...", "**B.** ...".
OPTION_HEADING = lazy_compile(r"(?m)^[\s*_>#-]*(?:(?i:option)\s+)?\(?([A-Z])(?:\*\*)?[.):]")
_LONE_ABBREVIATION = lazy_compile(r"[\s*_]*[A-Z]{2,6}s?[\s*_]*[.!]?[\s*_]*")


def lead_abbreviation(region: str) -> str | None:
    """The output's opening sentence when it is one abbreviation alone ("RLQ. There's a dilated appendix ..."): the
    answer stated first, then explained; else None."""
    first = _SENTENCE_END.split(region.strip(), maxsplit=1)[0]
    return first if _LONE_ABBREVIATION.fullmatch(first) is not None else None


# What a closing sentence that sets another option aside holds: a definition ("would show", "typically"), or a
# letter rejected ("Not B, since ...", "so D is not correct").
# A clause that denies what it names ("not HCC", "no cysts"): a closing sentence of these only sets options aside.
_DENIED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEVER, negation.NEITHER) + "|" + negation.CONTRACTION)
_ASIDE = lazy_compile(
    r"(?i)\b(?:would|typically|usually)\b|^\W*not\s+(?:option\s+)?(?-i:[A-Z])\b|"
    r"\b(?-i:[A-Z])\s+is\s+(?:not\s+(?:correct|right|likely|the\s+answer)|incorrect|wrong|unlikely)\b"
    r"|\b(?:is|was|seems|looks)\s+tempting\b"  # "Vasa praevia is tempting, but ...": passed over (issue #7)
    # a closing recommendation ("Recommendation: repeat after warming."): what to do next, said after the decision
    r"|^\W*(?:recommendations?|recommend(?:ed)?|suggested\s+next\s+step)\b"
)
# A closing formula that states nothing about the image ("Further tests may be needed to confirm."; a referral, "It is
# important to consult a healthcare professional.", is ``open_generic.mentions_referral``'s).
_BOILERPLATE = lazy_compile(
    r"(?i)\b(?:further\s+(?:tests?|evaluation|imaging|investigation|workup)\s+"
    r"(?:may|might|is|are|would|could)|clinical\s+correlation|for\s+an\s+accurate\s+diagnosis|"
    r"is\s+a\s+medical\s+image)\b"
)


def _boilerplate(sentence: str) -> bool:
    """Whether ``sentence`` is a closing formula (``_BOILERPLATE``) or a referral (``open_generic``)."""
    return _BOILERPLATE.search(sentence) is not None or mentions_referral(sentence)


# A label that lowers what follows it or turns from it: "Less likely: X", "Unlikely: X", "Argues against: X".
_LOWERED_LABEL = lazy_compile("(?i)" + hedges.lowered() + "|" + hedges.words(hedges.UNLIKELY_WORDS, ("against", "away")))


def kept_clauses(region: str, idx: OptionIndex, sentence: str | None = None) -> list[str] | None:
    """The clauses of the decision sentence that may state an option (see module docstring), or None when the
    sentence is vetoed (a hedge, alternatives, a question, a definition, a heading, a letter, a score)."""
    sentence = decision_sentence(region) if sentence is None else sentence
    if asides.set_apart(sentence, 0, len(sentence), beside=sentence.strip() != region.strip()):
        return None  # "For completeness: ... a trace pleural effusion, but it's clearly not the main abnormality."
    parts = _COLON.split(sentence)
    if len(parts) > 1 and parts[-1].strip(" *_.!"):
        if len(parts[-2].split()) <= 4 and _LOWERED_LABEL.search(parts[-2]) is not None:
            return None  # "Less likely: Perthes disease.": the label before the colon turns from what follows it
        sentence = parts[-1]  # "... are fractured: complete craniofacial disjunction": the conclusion follows the colon
    if not sentence or SCORE_IN.search(sentence) is not None:
        return None  # a score ("Transient synovitis (5%)") ranks, it does not choose
    if (forced := _FORCED_LEAD.match(sentence)) is not None:
        sentence = sentence[forced.end():]  # "If I have to pick the textbook answer, it's Klebsiella."
    if len(sentence) > 300 or _HEADING.match(sentence) is not None or _LETTER.search(sentence):
        return None
    if RETRACTED.search(sentence) is not None:
        return None  # "X is the most common cause of this, but not here.": stated in general, denied of this case
    if _MIMIC_IN.search(sentence) is not None:
        return None  # "B is the classic mimic, but it has neutrophils.": an option named to be argued against
    if (advice := trailing.advice_tail(sentence, idx)) is not None:
        sentence = sentence[:advice]  # "..., and a biopsy should be obtained.": what to do next, no veto
    for m in _BARE_LETTER.finditer(sentence):
        if m.group(1) in idx.letters \
                and not (m.group(1) == "A" and is_article(sentence, m.end()) and not chosen_here(sentence, m.end())) \
                and not in_name(sentence, m.start()):
            return None  # an option named by letter; not the end of a name ("a type B lesion", "hepatitis B")
    if _VETO.search(sentence) is not None or is_hedge(sentence) or offers_alternatives(sentence):
        return None
    kept: list[str] = []
    dropped, at, last = False, 0, ""
    for c in _CLAUSES.split(sentence):
        at = sentence.find(c, at)
        if not c.strip():
            continue
        if dropped and _RELATIVE.match(c) is not None:
            continue  # "not Aspergillus, which has septate hyphae": what a dropped clause names, described further
        # (the habit read with the rest of the sentence, where "; this lesion ... fits" says it of this case too)
        reserved = RESERVED_SAID.search(c) is not None  # "Y is still on the table": kept in mind, not stated
        if reserved and kept and kept[-1] == last and _RELATIVE.match(c) is not None:
            kept.pop()  # "The main worry is X, which must be ruled out": X held in reserve by the clause after it
        if _denies_before(c, kept, last):
            kept.pop()  # "Pneumothorax - not seen.": the finding named to be denied
        dropped = reserved or DROP.search(c) is not None or _OTHER.search(c) is not None or _defined(c, idx) \
            or asides.general_clause(c) or asides.habit_said(c, sentence[at + len(c):])  # ("A Colles ... is the commonest")
        if not dropped:
            kept.append(c)
        last = c
    return kept


# A judgement withheld from this case after a comma: "MRI is the test of choice for most things, but not here;",
# "Transient synovitis is the most common cause of hip pain in children, but not here." (``decision._classify``
# reads it after a mention; ``kept_clauses`` sets such a sentence aside as a whole, searching at most 300 characters).
RETRACTED = lazy_compile(r"(?i),?\s*but\s+(?:(?:it|this|that)(?:\s+is|'s)?\s+(?:not|isn't)|not(?=\s+(?:here|now|in\s+this)\b))"
                         r"(?:\s+(?:here|now|in\s+this\s+(?:case|patient|setting|child)))?\s*(?:[.!;]|$)")
# An option called the answer's imitator and then argued against: "B is the classic mimic, but it has neutrophils."
# Read right after a mention (``decision._classify``, ``choice._judged_against``) and in a decision sentence
# (:func:`kept_clauses` vetoes it). "B is the classic mimic of A, and here it is the answer" argues nothing against.
_MIMIC_BUT = (r"(?:is|was)\s+(?:the|a|an)\s+(?:(?:classic|classical|main|usual|common|known|important|typical)\s+)?"
              r"mimic\s*(?:,\s*)?but\b")
_MIMIC_AFTER = lazy_compile(r"(?i)\s*" + _MIMIC_BUT)
_MIMIC_IN = lazy_compile(r"(?i)\b" + _MIMIC_BUT)


def mimic_argued(text: str, end: int) -> bool:
    """Whether the option mention ending at ``end`` is called the answer's mimic and then argued against ("B is the
    classic mimic, but it has neutrophils."): named to be set aside, not chosen."""
    return _MIMIC_AFTER.match(text, end) is not None


_RELATIVE = lazy_compile(r"(?i)\s*(?:which|who|whose|that)\b")
def _denies_before(clause: str, kept: list[str], last: str) -> bool:
    """Whether ``clause`` is a post-posed denial (``findings_words.POSTED_DENIAL``) of the clause before it, which ``kept`` ends
    with: then that clause is taken back."""
    return bool(kept) and kept[-1] == last and POSTED_DENIAL.match(clause) is not None


def clauses(text: str) -> list[str]:
    """The non-empty clauses of each sentence of ``text``, split as :func:`kept_clauses` splits them (for a reader
    asking what frames a name)."""
    return [c for sentence in _SENTENCE_END.split(text) for c in _CLAUSES.split(sentence) if c.strip()]


def without_denied(sentence: str) -> str:
    """``sentence`` less its clauses that negate or set aside what they name, with the relative clauses describing
    it further ("This is Mucorales, not Aspergillus, which has narrow septate hyphae." -> "This is Mucorales"): what
    the sentence states, for a check of what else it states (``extract/otherwords.py``)."""
    kept: list[str] = []
    dropped, last = False, ""
    for c in _CLAUSES.split(sentence):
        if not c.strip():
            continue
        if dropped and _RELATIVE.match(c) is not None:
            continue
        if _denies_before(c, kept, last):
            kept.pop()  # "Pneumothorax - not seen."
        dropped = DROP.search(c) is not None
        last = c
        if not dropped:
            kept.append(c)
    return ",".join(kept)


_ABBREVIATION_SUBJECT = lazy_compile(r"[\s*_\"'“]*[A-Z]{2,6}s?(?=\s)")


def _defined(clause: str, idx: OptionIndex) -> bool:
    """A clause opening with an option (its text, or an abbreviation) that it goes on to define: "SCFE occurs in
    adolescents", "Ovarian torsion shows an enlarged ovary": what the option is like, not what is seen."""
    head = _ABBREVIATION_SUBJECT.match(clause)
    if head is None:
        found = find_mentions(clause, idx)
        if not found or not found[0].by_text or clause[:found[0].start].strip(" *_\"'“").lower() not in ("", "a", "an", "the"):
            return False
        end = found[0].end
    else:
        end = head.end()
    return asides.DEFINED_AFTER.match(clause[end:]) is not None


def last_of_headings(region: str, idx: OptionIndex) -> bool:
    """The output's last line is one heading of a per-option list ("**D. Consolidation** — Absent." after "**A. …**",
    "**B. …**"): the decision sentence is the last option's verdict, not the output's conclusion."""
    last = region.rstrip().rpartition("\n")[2]
    if OPTION_HEADING.match(last) is not None \
            and len({m.group(1) for m in OPTION_HEADING.finditer(region)} & idx.letters) > 1:
        return True
    # ... or run on in one line: "A. Pneumothorax: air in the pleural space. B. ... D. Pneumonia: infection of the
    # lung." (each option defined in turn, the last definition is no conclusion)
    heads = [m for m in _INLINE_HEADING.finditer(last) if m.group(1) in idx.letters]
    if len({m.group(1) for m in heads}) > 1 and _LATER_SENTENCE.search(last, heads[-1].end()) is None:
        return True
    # ... or each option in turn the subject of a sentence, the last one closing the output: "Uterine fibroids are
    # benign tumours. Adenomyosis shows ... Ovarian dermoids contain fat." (a textbook roll, no conclusion)
    opened = [_opening(s, idx) for s in _SENTENCE_END.split(region.strip())]
    rolled = [letter for letter in opened if letter is not None]
    return len(idx.letters) >= 3 and opened[-1] is not None and rolled == sorted(idx.letters)


def _opening(sentence: str, idx: OptionIndex) -> str | None:
    """The option a sentence opens with, named by its text (after an article at most), else None."""
    found = find_mentions(sentence, idx)
    if not found or not found[0].by_text or found[0].letter == CONFLICT \
            or sentence[:found[0].start].strip(" *_\"'“").lower() not in ("", "a", "an", "the"):
        return None
    return found[0].letter


# An option heading opening a sentence inside a line ("... pleural space. B. Pleural effusion: ...").
_INLINE_HEADING = lazy_compile(r"(?:\A|(?<=[.;!?]\s))[\s*_]*(?:(?i:option)\s+)?\(?([A-Z])(?:\*\*)?[.):]\s")
# A sentence after the last heading's own one.
_LATER_SENTENCE = lazy_compile(r"[.!?][\s*_]+\S")
