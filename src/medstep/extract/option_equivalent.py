"""An option chosen by stating its content in other words, read where the reply decides (rule ``option_equivalent``).

"The speckle and the fan-shaped field point to a sonographic acquisition." for "Ultrasound" beside "CT" and "MRI";
"With sudden pain in an adolescent, this is a twisted testis." for "Testicular torsion"; "The arrow marks a barium
swallow." for "Fluoroscopic esophagram". Neither the letter nor the option's text is said, so every reader before
this one leaves the reply unparsed.

The names come from one home, :mod:`medstep.answers.equivalents` (the concept vocabulary of any category a choice
asks, the word forms, an abbreviation's opening initials). Unlike :func:`medstep.extract.optionconcept.read_concept`,
which needs every option to be one finding or device with no word left over, an option here may be a modality, may
keep words outside its concept (said in any form) and may stand beside options the vocabulary does not map, which
must then go unsaid. Precision first, so only the decision sentence is read (``decision_clauses.kept_clauses``: no
hedge, alternative, negation, question or definition) and only when it is worded as a decision (a final-answer
phrase, a concluding word: ``aliases.decides``, or a verdict frame of another language: ``langwords``), never where
it recalls the patient's past or weighs a name without taking it; it must affirm exactly one option
(each of its concepts, or a narrower one, and each of its other words) and touch no other (no concept of another
option's family, no word of an unmapped option); the option's qualifiers must not be contradicted
(``option_narrowed.narrowing_agrees``). Tried last, after the alias reader (``extract/option_alias.py``).

Two refinements (lane choicepara49). An option naming the stated concept itself wins over one the vocabulary reads
only as a broader concept of it ("a twisted testis" is "Testicular torsion", not the testicular lesion that "Testicular
tumor" maps to: ``_broader_only``). And where every option names one concept ("Right upper lobe collapse", "Left lower
lobe collapse"), that concept is the question's frame: it touches no option, and the places (inside the concept's
vocabulary name too: "the right upper lobe has collapsed") and words decide (``equivalents.framed_sites``), provided
the whole decision sentence gives the concept no other option's place.
"""

from __future__ import annotations

import re

from medstep.answers import hedges
from medstep.answers.concepts import Mention, MentionKind, normalize, vocabulary
from medstep.answers.equivalents import (OPTION_CATEGORIES, Content, framed_sites, one_clause, concept_spans, content, family, generic_name, narrower,
                                         site_spans, site_within, state_spans, word_said)
from medstep.answers.sites import related, sites_in
from medstep.answers.text import HAN
from medstep.extract import named_stance, option_narrowed
from medstep.extract.polarity import Pole, asked_pole
from medstep.extract.aliases import decides
from medstep.extract.concept_question import OPTION_FRAME
from medstep.extract.langwords import (FOREIGN_CONCLUSION_FIELDS, FOREIGN_HELD_OPEN, FOREIGN_IS, FOREIGN_LINK,
                                       FOREIGN_VERDICT_LEAD)
from medstep.extract.asides import STATEMENT_MAX
from medstep.extract.decision_clauses import (REPORT_SENTENCES, aside_letters, before_aside, called_normal, decision_sentence,
                                              kept_clauses)
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.optwords import POSITION
from medstep.extract.refusal import is_refusal
from medstep.extract.split import last_phrase
from medstep.lazyre import lazy_compile

RULE = "option_equivalent"
# A place the decision states: one it locates something in, a locative word right before it and a few modifiers
# between ("lodged in the food pipe", "a CT through the larynx", "confined to the hypophysis"), or one opening a clause
# ("Answer: the voice box.", "the gullet is dilated"), not one called normal there ("The lingula is clear."). A place
# only mentioned ("a goitre compresses the gullet", "a mass behind the gullet", "erodes into the sella") answers no
# "where".
_LOCATING = lazy_compile(r"\b(?:in|within|inside|of|at|through|from|involving|involves|affecting|affects|confined to"
                         r"|limited to)(?:\s+(?:the|a|an|its|this|that)\b)?(?:\s+[a-z'-]+){0,2}?\s*$")
_OPENING = lazy_compile(r"(?:^|[.;:!?\n]|\b(?:is|be)\b)\s*(?:(?:the|a|an)\s+)?$")
# A sentence ends at '.', '!', '?' (not after a lone capital letter: "B. Pleural effusion").
_SENTENCE_END = lazy_compile(r"(?<![\s(\[][A-Z]\.)(?<=[.!?])\s+")
# The least length of an unmapped option's word that, said, touches it ("Normal", "Mass", "Cyst").
_OWN_WORD = 4
# The least length of an option's own word that must be said to affirm it: a short qualifier counts too ("Old
# infarct" is not affirmed by "acute ischemic stroke", "Low-grade glioma" not by "high-grade glioma").
_AFFIRM_WORD = 3
# The option's words that say nothing of their own ("the", "of"); a side or level is no frame here: "Left lower lobe
# consolidation" is affirmed only by a reply that says "left".
_FRAME = OPTION_FRAME - POSITION
# The patient's past and an option weighed without being taken (``answers/hedges``, as ``extract/option_alias.py``).
_RECALLED = lazy_compile("(?i)" + hedges.words(tuple(w for w in hedges.PAST if w != "old"), hedges.OPERATED,
                                                   hedges.RELATIVES))
_WEIGHED = lazy_compile("(?i)" + hedges.words(hedges.ALTERNATIVE, hedges.CONDITION, hedges.DIFFERENTIAL))
# A decision worded in French, Spanish, German, Italian or Portuguese ("Il s'agit d'une ...", "compatible con ...",
# "Die wahrscheinlichste Diagnose ist ...", "Conclusion : ..."), from the shared frames of ``extract/langwords.py``.
_FOREIGN_DECIDES = lazy_compile("(?i)" + FOREIGN_VERDICT_LEAD + "|" + FOREIGN_LINK + "|" + FOREIGN_IS
                                + r"|\b(?:" + FOREIGN_CONCLUSION_FIELDS + r")\s*:")
# A second thing joined to the one named, in those languages ("une échographie complétée par un scanner", "seguida de
# una resonancia", "ergänzt durch ein MRT"): the vocabulary may not know the second one's name, so nothing is read.
_FOREIGN_SECOND = lazy_compile(r"(?i)\b(?:compl[eé]t[ée]e?s?|suivie?s?|associ[ée]e?s?|combin[ée]e?s?|"
                               r"complementad[ao]s?|seguid[ao]s?|acompa(?:ñ|nh)ad[ao]s?|erg(?:ä|ae)nzt|gefolgt|"
                               r"kombiniert|completat[ao]|seguit[ao]|associat[ao]|accompagnat[ao])\s+"
                               r"(?:par|por|pel[ao]|à|al?|ao|de|d['’]|durch|von|mit|da|dal(?:la)?)\b")
# A modality named as the medium the finding was seen on, not as the pick: "On this sonographic image ...", "in the
# CT", "the histological appearance is benign", "the endoscopic biopsy already proved ..." (a reporting verb after it
# within two words, unless it says the modality is the answer: "ultrasound is the modality used").
_ON_MEDIUM = lazy_compile(r"\b(?:on|in|at|from|under)\s+(?:(?:this|the|these|that|an?|its)\s+)?(?:[a-z-]+\s+){0,2}$")
# A question asking for a study still to do ("Which study should be done next?", "... would best confirm ..."): the
# study the reply names as the medium is the one already done. (Asked which modality was used, the medium answers.)
_AHEAD = lazy_compile(r"(?i)\b(?:next|should|would|best|recommended|further|confirm\w*|characteri[sz]\w*|follow|"
                      r"initial|first|appropriate|order)\b")
_MEDIUM_REPORTS = lazy_compile(r"^(?:\s+[a-z-]+){0,2}?\s+(?:already\s+)?(?:shows?|showed|shown|demonstrat\w*|reveal\w*|"
                               r"confirm\w*|prove[sd]?|proven|depict\w*|display\w*|is|was|are|were|looks?|appears?)\b"
                               r"(?!\s+(?:the\s+|an?\s+)?(?:answer|modality|technique|study|method|imaging|choice|"
                               r"one|used|performed|shown)\b)")


def read_equivalent(region: str, idx: OptionIndex, options: dict[str, str], question: str = "",
                    stance: bool = True) -> str | None:
    """The one option the reply's decision affirms in other words (module docstring), else None; with ``stance`` (the
    default), only where a clause naming it affirms it (``extract/named_stance.py``: "Atrophy is incorrect; NPH is
    correct." names cerebral atrophy only to judge it)."""
    stance = stance and asked_pole(question) in (None, Pole.TOP)
    if len(options) < 2 or HAN.search(region) or is_refusal(region):
        return None
    sentence = decision_sentence(region)
    set_aside: frozenset[str] = frozenset()
    if last_phrase(region) is None and not decides(sentence) and (aside := before_aside(region, idx)) is not None \
            and decides(aside):
        set_aside = aside_letters(region, idx)
        sentence = aside  # "Therefore the diagnosis is a perforated peptic ulcer. Appendicitis and renal colic are
        # excluded as above.": the closing sentence only sets options aside, the one before decides
    if last_phrase(region) is None and not decides(sentence) and (
            _FOREIGN_DECIDES.search(sentence) is None or FOREIGN_HELD_OPEN.search(sentence) is not None):
        whole = _whole_statement(region)
        if whole is None:
            return None
        sentence = whole  # "There is dilation of the renal pelvis and calyces.": a short statement is its answer
    clauses = kept_clauses(region, idx, sentence)
    if not clauses or stance and named_stance.sentence_stance(sentence) is not named_stance.NamedStance.AFFIRMED:
        return None  # ("PTX — doubtful.": the decision sentence judges what it names against, ``extract/named_stance.py``)
    said = " ".join(c.strip() for c in clauses)
    if FOREIGN_HELD_OPEN.search(said) is not None or _RECALLED.search(said) is not None \
            or _WEIGHED.search(said) is not None or _FOREIGN_SECOND.search(said) is not None:
        # "Si tratta di un'ecografia o forse di una TC." (held open in another language), "Known spread of the cancer
        # to the brain." (the patient's past), "a fungus ball was weighed up" (weighed, not taken)
        return None
    contents = {letter: content(text, _FRAME) for letter, text in options.items()}
    categories = {vocabulary().concepts[c].category for own in contents.values() for c in own.concepts}
    # a modality stated beside options that are findings or devices is the study the finding was seen on ("Normal
    # sonogram" beside diagnoses, "PET" beside "Lymphoma"), and one named as the medium is no pick (``_ON_MEDIUM``)
    mixed = "modality" in categories and len(categories) > 1
    low = normalize(said)
    ahead = _AHEAD.search(question) is not None
    spans = [(c, a, b) for c, a, b in concept_spans(said)
             if vocabulary().concepts[c].category != "modality"
             or not (mixed or ahead and (_ON_MEDIUM.search(low, 0, a) is not None
                                         or _MEDIUM_REPORTS.search(low[b:]) is not None))]
    asked = frozenset(c for c, _, _ in concept_spans(question))
    spans += state_spans(said, asked)  # "the spleen is clearly enlarged": the finding a state word makes of its organ
    stated = {c for c, _, _ in spans}
    # the places the decision names outside its concepts ("the hypophyseal fossa" for "Sella turcica")
    normals = [m for m in vocabulary().mentions(low) if m.kind is MentionKind.NORMAL]
    named = site_spans(said, [(c, a, b) for c, a, b in concept_spans(said)
                              if vocabulary().concepts[c].category in OPTION_CATEGORIES])
    named = [(p, a, b) for p, a, b in named if not any(one_clause(low, a, b, m.start, m.end) for m in normals)]
    mentioned = {p for p, _, _ in named}  # (a place named, not called normal, touches its options)
    places = {p for p, a, b in named
              if _LOCATING.search(low, 0, a) is not None or _OPENING.search(low, 0, a) is not None}
    if not stated and not places and not mentioned:
        return None
    affirmed: set[str] = set()
    touched: set[str] = set()
    # every option one concept ("Right upper lobe collapse", "Left lower lobe collapse"): the places and words decide,
    # the concept touches none (``equivalents.framed_sites``)
    framed = framed_sites(contents)
    if framed is not None:
        places |= _frame_places(low, spans, next(iter(contents.values())).concepts, normals)
    for letter, own in contents.items():
        own_sites = own.sites if framed is None else framed[letter]
        if own.denied:
            if own.concepts and stated & frozenset().union(*(family(k) for k in own.concepts)):
                touched.add(letter)  # "Yes, the heart is enlarged." touches "No cardiomegaly"
            continue
        if not own.concepts and not own.sites:
            if any(len(w) >= _OWN_WORD and word_said(w, said, w in own.abbreviations, ()) for w in own.words):
                touched.add(letter)  # "Normal study" beside findings: "normal" said touches it
            continue
        if framed is None and (own.concepts and stated & frozenset().union(*(family(k) for k in own.concepts))
                               or any(related(p, s) for p in mentioned for s in own.sites)):
            touched.add(letter)  # (a place touches the option naming it, a part of it or what holds it)
        heads = tuple((a, b) for c, a, b in spans if any(c in narrower(k) for k in own.concepts))
        if all(stated & narrower(k) for k in own.concepts) \
                and all(any(site_within(p, s) for p in places) for s in own_sites) \
                and all(word_said(w, said, w in own.abbreviations, heads) for w in own.words
                        if len(w) >= _AFFIRM_WORD or w in own.abbreviations) \
                and (framed is None or all(_side_at_frame(w, low, spans, own.concepts, framed) for w in own.words
                                           if w in POSITION)) \
                and all(_named_alike(k, options[letter], low, spans) for k in own.concepts) \
                and not called_normal(said, options[letter]):
            affirmed.add(letter)
    if framed is not None:
        touched = set(affirmed)  # (one option affirmed by its own places and words: the others' fell short)
    broader = _broader_only(affirmed, contents, stated)
    affirmed -= broader
    touched -= broader
    if len(affirmed) != 1:
        return None
    letter = next(iter(affirmed))
    if touched != affirmed:
        return None
    if contents[letter].concepts and contents[letter].concepts <= asked and any(not own.concepts <= asked for other, own in contents.items()
                                                  if other != letter):
        # "Yes, the heart is enlarged." to "How severe is the cardiomegaly?": the question's own subject, not an
        # option picked (a question listing every option names them all alike)
        return None
    if any(m.letter == letter for m in find_mentions(region, idx)):
        return None  # named by its own text, which the readers before read and did not take ("some, like Kawasaki
        # disease, need urgent assessment")
    mine = contents[letter].concepts
    if framed is None and any(other != letter and other not in broader and any(family(k) & mine for k in own.concepts)
                              for other, own in contents.items()):
        return None  # two options of one concept family ("Inguinal hernia", "Hiatal hernia"): the words must decide
    if framed is None and any(other != letter and any(related(p, s) for p in own.sites for s in contents[letter].sites)
                              for other, own in contents.items()):
        return None  # two options of one place ("Lung", "Upper lobe"): the words must decide
    if framed is not None and _other_frame_place(sentence, letter, framed, contents[letter].concepts):
        return None  # "the right upper lobe has collapsed; the left lower lobe is airless too": a clause set aside
        # as an aside still gives the shared concept a second option's place
    if not all(option_narrowed.narrowing_agrees(said, options[letter], k) for k in mine):
        return None  # "multiple bone contusions" for "Isolated bone contusion"
    if letter in set_aside:
        return None  # the decision stepped back to names the option the closing sets aside
    if stance and named_stance.none_affirmed(sentence, lambda clause: read_equivalent(clause, idx, options, question,
                                                                                      stance=False) == letter):
        return None  # "Atrophy is incorrect; NPH is correct.": named only in the clause that judges it
    return letter if letter in idx.letters else None


def _frame_places(low: str, spans: list[tuple[str, int, int]], frame: frozenset[str],
                  normals: list[Mention]) -> set[str]:
    """The places the decision gives the options' shared concept: inside its name ("the right upper lobe has
    collapsed", a vocabulary name of atelectasis) or beside it in one clause ("airless right upper lobe"), not one
    called normal there."""
    heads = [(a, b) for c, a, b in spans if any(c in narrower(k) for k in frame)]
    return {p for p, a, b in sites_in(low)
            if any(a < hb and ha < b or one_clause(low, a, b, ha, hb) for ha, hb in heads)
            and not any(one_clause(low, a, b, m.start, m.end) for m in normals)}


# What may follow a side word that gives the options' shared concept its side: the concept or its place, "side",
# "sided", the lung or hemithorax, or the clause's end ("on the left.").
_SIDE_TAIL = lazy_compile(r"[\s-]*(?:(?:sided?|lung|lungs|hemithorax|hemithoraces)\b|[.,;:!?)]|\Z)")


def _side_at_frame(word: str, low: str, spans: list[tuple[str, int, int]], frame: frozenset[str],
                   framed: dict[str, frozenset[str]]) -> bool:
    """Whether a side word of a framed option is said of the shared concept or its place ("the left lower lobe has
    collapsed", "lower lobe collapse on the right side"), not of another part ("collapse of the lower lobe, the
    right hemidiaphragm is elevated": the hemidiaphragm's side, which names no lobe)."""
    own = frozenset().union(*framed.values())
    starts = {a for p, a, _ in sites_in(low) if any(related(p, s) for s in own)} \
        | {a for c, a, _ in spans if any(c in narrower(k) for k in frame)}
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", low):
        rest = m.end()
        gap = re.match(r"[\s-]*", low[rest:])
        if rest + (gap.end() if gap else 0) in starts or _SIDE_TAIL.match(low, rest) is not None:
            return True
    return False


def _other_frame_place(sentence: str, letter: str, framed: dict[str, frozenset[str]], frame: frozenset[str]) -> bool:
    """Whether the whole decision sentence gives the options' shared concept a place of another option that is not
    one of ``letter``'s (read before any clause is set aside)."""
    low = normalize(sentence)
    normals = [m for m in vocabulary().mentions(low) if m.kind is MentionKind.NORMAL]
    mine = framed[letter]
    return any(related(p, s) and not any(related(p, t) for t in mine)
               for p in _frame_places(low, concept_spans(sentence), frame, normals)
               for other, theirs in framed.items() if other != letter for s in theirs)


def _broader_only(affirmed: set[str], contents: dict[str, Content], stated: set[str]) -> frozenset[str]:
    """The affirmed options that are affirmed only as a broader concept of what another affirmed option names
    exactly: "this is a twisted testis" states testicular torsion, which the vocabulary also puts under the testicular
    lesion that "Testicular tumor" names; the option naming the stated concept itself is the one meant. Only when
    exactly one affirmed option has every concept stated as such, each other affirmed option has none stated as such
    and each of its concepts is broader than one of that option's ("Consolidation" beside "Pneumonia", both said,
    leaves both standing)."""
    exact = [x for x in affirmed if contents[x].concepts and contents[x].concepts <= stated]
    if len(affirmed) < 2 or len(exact) != 1:
        return frozenset()
    mine = contents[exact[0]].concepts
    rest = affirmed - set(exact)
    if all(contents[x].concepts and not contents[x].concepts & stated
           and all(any(k in vocabulary().concepts[m].ancestors for m in mine) for k in contents[x].concepts)
           for x in rest):
        return frozenset(rest)
    return frozenset()


def _whole_statement(region: str) -> str | None:
    """The whole reply as its decision when it is a short statement: a few plain sentences on one line, no longer
    than a statement (``asides.STATEMENT_MAX``), no final-answer phrase. What it states is all it answers, as a short
    report's findings are (``decision_clauses.short_report``, which leaves a single sentence to the readers before)."""
    text = region.strip()
    if len(text) > STATEMENT_MAX or "\n" in text or last_phrase(text) is not None:
        return None
    parts = [p for p in _SENTENCE_END.split(text) if p.strip(" *_#>-•")]
    return " ".join(parts) if 0 < len(parts) <= REPORT_SENTENCES else None


def _named_alike(concept: str, option: str, low: str, spans: list[tuple[str, int, int]]) -> bool:
    """Whether the reply names an option's modality ``concept`` as the option does: the option or the reply uses the
    modality's general name, or both the same name. A modality's synonyms lump narrower studies ("voiding
    cystourethrogram" and "barium enema" under fluoroscopy, "transvaginal sonogram" and "echocardiography" under
    ultrasound), which are other studies, not other names of one. Findings are left to the vocabulary."""
    if vocabulary().concepts[concept].category != "modality":
        return True
    own = normalize(option)
    mine = {own[a:b] for c, a, b in concept_spans(option) if c == concept}
    theirs = {low[a:b] for c, a, b in spans if c == concept}
    return any(generic_name(concept, n) for n in mine | theirs) or not mine.isdisjoint(theirs)


__all__ = ["RULE", "read_equivalent"]
