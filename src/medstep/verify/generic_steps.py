"""Generic reading instructions in a chain: sentences about how to read *an* image, not what *this* one shows.

Why (issue #8, gaming 32): a chain made only of a textbook approach ("A systematic approach: check the airway, breathing,
cardiac silhouette... Look for lines and tubes. Compare with prior films.") and an answer letter earned RadRScore 0.17 on
a blind set, some such chains as much as faithful ones: the findings its checklist names ("Exclude a pneumothorax.",
"Typical features of appendicitis include an appendicolith", "- Pleura: residual pneumothorax") were read as
observations, and the report supports them. The role cues of ``triggers.tsv`` cover a clause from a cue word on; what
they cannot see is the *form* of an instruction (a clause that opens with an imperative verb, a modal of duty over a
reading verb, a kind-level passive such as "bone tumours are assessed by...") or its *context* (the items of a list
under an instruction's heading, each a line of its own, which the extractor reads and memoises line by line). So this
pass runs over a chain's analysed steps, after the extractor, and drops the claims of such clauses: they are shown as
instructions and claim nothing, so a chain of them observes nothing (``commitment.observes``) and earns nothing.

A kind described (issue #8, gaming 33) is the same knowledge in another grammar: a clause whose subject is a finding
as a class (bare, plural or after "a"/"an": "Calculi appear as echogenic foci with posterior acoustic shadowing",
"Pneumothoraces are seen as a visceral pleural line", "A Chilaiditi sign shows up as haustral folds under the
diaphragm") and whose verb says how such a finding looks ("appear as", "are seen as", "show up as", "look like"). Read
as observations, these gave a boilerplate chain RadRScore 0.69 on blind 32 (b32-v140). The verb decides, not the
plural: "Calculi are seen in the lower pole", "Bilateral effusions are present", "Kerley B lines are seen" observe,
and so does a class clause that points at this case (a side, "this", "here", a past tense, a value measured: "A right
pneumothorax is seen as a thin line at the apex") or whose subject is this case's ("The calculus appears as ...").

What still observes: a clause with a word of seeing ("there is", "shows", "is seen") in the part a rule would cover; the
part of a clause after its instruction's colon or dash ("Trace every rib: the left 5th to 7th ribs are fractured",
"I would look for blood first: there is a crescentic subdural haematoma"); a list item under a heading that is not an
instruction ("Findings:"). Only chains are read this way (``Verifier._steps``): reports and reference steps observe.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from medstep.answers import negation
from medstep.answers.negation import SEEN
from medstep.answers.studies import study_nouns
from medstep.lazyre import lazy_compile
from medstep.verify.duty_turn import DUTY_END, DUTY_MET
from medstep.verify.findings import Finding
from medstep.verify.memo import bounded_put
from medstep.verify.reading_verbs import STUDY_VERBS, Use, alternation, duty_stems, participles, third_persons
from medstep.verify.roles import SentenceRole
from medstep.verify.step_edits import StepEdits
from medstep.verify.steps import Step

# What may come before an instruction's verb at a clause's start: a list mark, emphasis, a short topic label
# ("Hip fracture films:", "Venous duplex technique:"), a sequencing adverb ("First,", "Then", "Always").
# (Each run of marks or blanks is read atomically: nothing after it can start with a mark or a blank, so giving one
# back never helps a match, and a long blank run read again for each character given back made ``_IMPERATIVE``
# super-linear: 5,000 blanks before a step took 16 s.)
_LEAD = (
    r"(?>[\s>*_#\-\u2022]*)(?:\(?\d{1,2}[.):](?>\s*)|\(?[a-h]\)(?>\s*))?(?:\*\*)?(?:[a-z][\w'/-]*(?:[ \t]+[\w'/-]+)"
    r"{0,4}:(?>\s*))?(?:\*\*)?(?>\s*)(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|also|finally|lastly|"
    r"always|now|and|again|carefully|systematically)\b,?(?>\s*)){0,3}"
)
# Reading verbs used as imperatives (``reading_verbs``). Each must be followed by a complement ("the", "a", "whether",
# "for", ...), so the nouns of the same spelling ("Trace effusion", "Check film shows", "Review of the film") are not read
# as orders.
_VERBS = alternation(Use.ORDER)
_COMPLEMENT = (
    r"(?:the|a|an|every|each|all|both|any|its|their|this|these|that|those|whether|if|for|at|with|along|from|"
    r"to|on|in|into|out|carefully|clinically|systematically|closely|again|first|up|down|through|around|"
    r"behind|over|under|across|prior|previous|old|older|other|between)\b"
)
# A setting before the imperative (issue #8, blind 33 b33-v140: "When assessing radiographs for a suspected hip fracture,
# always obtain an AP pelvis", "While interpreting a head CT, look for ..."): a subordinate clause that opens the
# sentence and ends at its comma says when the order applies, and the order is the clause's verb. Only an imperative
# verb (with its complement) may follow the comma: "When I look at this film, there is an effusion" observes. (The
# marks before it are read once, atomically: a long run of them costs one pass, not one per mark given back.)
_SETTING = (
    r"(?:(?>[\s>*_#\-\u2022]*)(?:\(?\d{1,2}[.):](?>\s*))?(?:when(?:ever)?|while|before|after|if|once|in|on|for)\s"
    r"[^,.;:!?\n]{1,80},)?"
)
_IMPERATIVE = lazy_compile(r"(?i)" + _SETTING + _LEAD + r"(?:" + _VERBS + r")\s+" + _COMPLEMENT)
# An order over a bare plural (issue #8, game42: "Characterise nodules by size, number and calcification", "Review lines
# and tubes systematically, from the endotracheal tube to any gastric tube"): a class to examine, not this image's
# findings, and no presupposition either (``_ordered`` is for "Identify the lesion"). Only verbs that are no adjective or
# noun before a plural ("Trace effusions and atelectasis" reports trace effusions), and only where the plural ends a
# phrase (a comma, "and", "by", "for", ... or the end): "Review findings show" is no order.
# (Only verbs that are no adjective or noun before a plural, ``Use.PLURAL``; and before any bare object, ``Use.BARE``:
# not "exclude"/"rule out", since a step titled "Exclude consolidation." states the result its step goes on to show,
# retired b31-v021, as main reads it.)
_PLURAL_VERBS = alternation(Use.PLURAL)
_BARE_VERBS = alternation(Use.BARE)
_IMPERATIVE_BARE = lazy_compile(r"(?i)" + _SETTING + _LEAD + r"(?:" + _BARE_VERBS + r")\s+[a-z]")
_IMPERATIVE_PLURAL = lazy_compile(
    r"(?i)" + _SETTING + _LEAD + r"(?:" + _PLURAL_VERBS + r")\s+"
    r"(?!(?:the|this|these|those|its|his|her|their|is|was|has|as|us|thus)\b)(?:[a-z][\w-]*\s+)?"
    r"(?!(?:this|its|his|is|was|has|as|us|thus)\b)[a-z][\w-]*s\b"
    r"(?=\s*(?:[,;:.]|$|(?:and|or|by|for|with|systematically|carefully|closely|from|along|against|between|on|in)\b))"
)
# A generic agent or a modal of duty over a reading verb: "one should assess", "you look for", "should be sought",
# "must be distinguished from", "I would look for", "as a radiologist I always"; or over where a device belongs ("The
# tube tip should ideally lie 3 to 7 cm above the carina", "Enteric tubes should pass below the diaphragm": game42).
_READING = (
    r"(?:" + duty_stems() + r"|sought|consider(?:s|ing)?\s+(?:a|an|whether|if)\b|"
    r"considered\b(?!\s+(?:a|an|as|to|the|likely|most|highly|in)\b)|lie|sit|project|pass|terminat|end\b|"
    r"be\s+(?:placed|positioned|sited|located|seen|identified|visible|measured))\w*"
)
_DUTY = lazy_compile(
    r"(?i)\b(?:(?:one|the\s+(?:radiologist|reader|reporter|clinician))\s+(?:should|must|needs?\s+to|has\s+to|"
    r"have\s+to|ought\s+to|can|may|would|will)\b|(?:should|must|ought\s+to|need\s+to|needs\s+to|has\s+to|have\s+to)"
    r"\s+(?:always\s+|also\s+|first\s+|then\s+|carefully\s+|ideally\s+|normally\s+|usually\s+|typically\s+)?"
    r"(?:be\s+)?" + _READING + r"|one\s+(?:first\s+|then\s+"
    r"|always\s+)?(?:" + third_persons() + r")\b|"
    r"\bi\s+(?:would|'d|will|always|usually|typically|first|then)\s+(?:first\s+|then\s+|also\s+|always\s+)?"
    r"(?:" + alternation(Use.I_WOULD) + r"|want\s+to)\b|"
    r"\bas\s+a\s+(?:radiologist|reader|clinician|rule)\b)"
)
# Kind-level statements: how a kind of finding is read or graded ("bone tumours are assessed by their location",
# "intracapsular fractures are classified with the Garden system"), what its typical features are ("typical
# sonographic features of appendicitis include ..."), or what is worth doing ("comparison with old films is essential").
_KIND = lazy_compile(
    r"(?i)\b(?:(?:is|are)\s+(?:usually\s+|best\s+|typically\s+|generally\s+|then\s+|first\s+|further\s+|also\s+|"
    r"broadly\s+|traditionally\s+|conventionally\s+)?(?:assessed|evaluated|"
    r"characteri[sz]ed|judged|classified|graded|scored|staged|reviewed|examined|read|interpreted|distinguished|"
    r"differentiated|approached|divided|subdivided|categori[sz]ed|grouped|sorted)\s+(?:by|with|on|using|for|from|"
    r"in\s+terms\s+of|according\s+to|as\s+part\s+of)\b|"
    r"(?:typical|classic(?:al)?|characteristic|cardinal|recogni[sz]ed|usual)\s+(?:\w+\s+){0,2}"
    r"(?:features|signs|findings|appearances|criteria|pitfalls|mimics)\b|(?:features|signs|findings)\s+(?:to\s+)?"
    r"(?:seek|look\s+for|check|assess|evaluate)\b|(?:features|signs)\s+of\s+(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}\s+"
    r"include\b|"
    r"help(?:s|ed)?\s+(?:with|(?:to\s+)?(?:distinguish|separate|exclude|differentiate|discriminate))\b|(?:relies|rely|depends|depend)\s+on\b|"
    r"(?:is|are)\s+best\s+(?:seen|shown|demonstrated|visuali[sz]ed|assessed)\s+(?:on|with|in|using)\s+(?:an?\s|\w+s\b)|"
    r"(?:is|are)\s+(?:another|an?\s+(?:common|recogni[sz]ed|known|classic|potential|important))\s+(?:mimic|pitfall|trap|"
    r"cause|differential)s?\b|(?:assessment|evaluation|interpretation|review|approach|analysis|classification|system)\s+"
    r"(?:considers|includes|involves|requires|covers|uses|looks\s+at|takes\s+into\s+account)\b|(?:classification|system|"
    r"criteria|scale|score|grading)\s+(?:divides|separates|groups|defines|categori[sz]es|distinguishes|sorts)\b)"
)
# A kind sorted into its classes (issue #8, gaming 34: "Hip fractures are classified as intracapsular or extracapsular",
# "Strokes are divided into ischaemic and haemorrhagic types"): textbook knowledge, unless its subject is this case's
# ("The fracture is classified as extra-articular": ``_OWN_SUBJECT``, or a word of ``_THIS_CASE``).
_KIND_AS = lazy_compile(
    r"(?i)\b(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+|further\s+|also\s+|broadly\s+|traditionally\s+|"
    r"conventionally\s+|then\s+)?(?:classified|graded|divided|subdivided|categori[sz]ed|grouped|sorted|split|staged|"
    r"separated)\s+(?:as|into)\b"
)
# A kind's candidates, its differential or what a kind of study can show (issue #8, game42: "Pulmonary hypertension, an
# ASD and sarcoidosis are all possible causes of a prominent hilum", "Lesions at the cardiophrenic angle have a
# recognised differential diagnosis", "A chest X-ray can show a pneumothorax, an effusion, or be normal"): knowledge
# about a class, unless its subject is this case's ("The film may show a small effusion": ``_kind_as``).
_KIND_OF = lazy_compile(
    r"(?i)\b(?:(?:is|are)\s+(?:all\s+|each\s+|both\s+|also\s+)?(?:(?:possible|potential|recogni[sz]ed|known|classic|"
    r"common|typical|other|important)\s+)(?:causes|mimics|differentials|explanations|aetiologies|etiologies)\b|"
    r"(?:has|have)\s+(?:a|an)\s+(?:(?:recogni[sz]ed|broad|wide|long|known|well[\s-]known|large)\s+){1,2}"
    r"differential\b|(?:can|may|could|might|will|would)\s+(?:also\s+|often\s+|sometimes\s+|typically\s+|usually\s+)?"
    r"(?:" + "|".join(STUDY_VERBS) + r")\b)"
)
# The topic of an approach (issue #8, game42: "Systematic approach to an adnexal lesion on MRI: determine the organ of
# origin"): the finding after "approach to a(n)" is the kind the approach is for, not one this image shows. Covered up
# to the heading's colon; "Approach to this lesion:" names this case's.
_APPROACH = lazy_compile(
    r"(?i)\b(?:approach|checklist|algorithm|framework|search\s+pattern|work-?up)\s+(?:to|for)\s+(?:an?|any)\s"
)
# A part of the image examined for a finding, the result not given (issue #8, game42: "Lines and tubes: assessed for
# position", "Bones and soft tissues reviewed for lesions", "Everything else: bones, soft tissues, lines and tubes
# checked."): what was looked at or for, like "I looked for ...". A result after it keeps the clause (``_RESULT``: a
# denial, a word of seeing, a verb, a side or a number: "reviewed for nodules, with a 9 mm nodule in the left upper lobe").
_EXAMINED = lazy_compile(
    r"(?i)\b(?:" + participles() + r")"
    r"(?:\s+(?:carefully|systematically|closely|specifically|routinely|again))?(?:\s+for\b|(?>\s*)[.;]?(?>\s*)$)"
)
_LIST_END = lazy_compile(r"[,;]\s*|\s[\u2013\u2014-]\s|\u2014")  # where the part examined starts
_RELATIVE = lazy_compile(r"(?i),\s*(?:which|where|whose|that|and\s+(?:it|they|there|this|these))\b")
_RESULT = lazy_compile(
    r"(?i)\b(?:"
    + "|".join(negation.DENY + negation.NONE + negation.NIL + negation.NEGATIVE + negation.ABSENT)
    + r"|normal|clear|unremarkable|present|seen|identified|found|shows?|"
    r"showed|demonstrat\w*|reveal\w*|confirm\w*|which|that|is|are|was|were|has|have|with|left|right|bilateral\w*|"
    r"\d+)\b"
)
_OWN_SUBJECT = lazy_compile(
    r"(?i)(?>[\s>*_#\-\u2022]*(?:\(?\d{1,2}[.):]\s*)?(?:\*\*)?\s*)(?:the|this|these|that|those|its|it|"
    r"his|her|their|our|my|both|each)\b"
)
# The clinical history as the subject that leads to a diagnosis (issue #8, gaming 34: "The clinical picture of right
# lower quadrant pain and fever is typical of appendicitis", "The symptoms described point to a left MCA stroke", "The
# question mentions ptosis and miosis, which are associated with Pancoast tumours"): an inference from what the question
# told, not a reading of the image. Only as the clause's subject: "Given the fever, the cavity with an air-fluid level
# fits an abscess" observes the cavity, and a word of seeing keeps any clause ("The history fits what the film shows").
# "picture" and "presentation" need a clinical qualifier: "The picture is tuberous sclerosis" is the image's gestalt.
_HISTORY = lazy_compile(
    r"(?i)(?>" + _LEAD + r")(?:(?:the|this|his|her|their|its|our)\s+)?(?:(?:(?:patient'?s\s+|(?:clinical|presenting|"
    r"described|stated|given|reported|overall|whole|typical)\s+){0,2}(?:history|symptoms|scenario|context|information|"
    r"complaints?|story|signs\s+and\s+symptoms|mechanism(?:\s+of\s+injury)?))|(?:(?:patient'?s|clinical|presenting|"
    r"described|stated|given|reported)\s+){1,2}(?:presentation|picture))\b(?![.:*\u2013\u2014-]|\s+(?:is|are)\s+"
    r"(?:seen|shown|visible)\b)|(?i:(?>" + _LEAD + r")the\s+(?:question|stem|vignette|case\s+description)\s+"
    r"(?:mentions|states|says|describes|tells\s+us|notes|reports|gives))\b"
)
# A finding as a class and the look such a finding has (module docstring): at a clause's or sub-clause's start, an
# optional frame ("On CT pulmonary angiography, ", "In adults, "), a subject of at most six words that opens with no
# determiner of this case ("the", "this", a number, a quantifier, a pronoun) nor a preposition or conjunction and holds
# no pronoun ("where they face us they look like holly leaves" is a lay observation), then a verb of looking with "as"/"like"
# ("appear as", "are typically seen as", "show up as", "look like"), not "as well", "as expected", "as before".
# (The lead is atomic: a blank run before the subject is read once, not given back space by space to the later blanks.)
_CLASS = lazy_compile(
    r"(?i)(?>" + _LEAD + r")(?:(?:on|in|at|with)\s+[\w'/-]+(?:[ \t]+[\w'/-]+){0,3},\s*)?"
    r"(?!(?:the|this|these|that|those|it|its|they|their|there|which|what|who|both|each|every|all|some|several|"
    r"multiple|many|numerous|no|any|one|two|three|four|five|his|her|our|my|your|everything|nothing|something)\b)"
    r"(?!(?:on|in|at|of|for|by|to|from|where|when|while|if|as|because|since|so|then|here)\b)"
    r"(?:an?\s+)?[\w'/-]+(?:[ \t]+(?!(?:it|they|we|you|i|he|she|where|when|which|who|that|this|these|those|there|"
    r"here)\b)[\w'/-]+){0,5}?\s+"
    r"(?P<verb>(?:(?:usually|typically|often|commonly|generally|classically|characteristically|normally|also)\s+)?"
    r"(?:(?:appears?|shows?\s+up|presents?|manifests?|looks?)\s+(?:as|like)|(?:is|are)\s+(?:usually\s+|typically\s+|"
    r"often\s+|commonly\s+|generally\s+|classically\s+|best\s+)?(?:seen|visuali[sz]ed|depicted|demonstrated|shown|"
    r"imaged)\s+as))\b(?!\s+(?:well|expected|before|previously|described|above|below|noted|usual|such|follows?|a\s+result|"
    r"part|though|if)\b)"
)
# What points a class clause at this case: a side, a word of this image, a past tense, a value measured.
_THIS_CASE = lazy_compile(
    r"(?i)\b(?:left|right|bilateral(?:ly)?|both|here|this|these|was|were|measur(?:es|ed|ing)\s+"
    r"(?:about\s+|approximately\s+|up\s+to\s+)?\d)\b"
)
_LOOKS_AS = lazy_compile(
    r"(?i)\b(?:appears?|shows?\s+up|presents?|manifests?|looks?|seen|visuali[sz]ed|depicted|"
    r"demonstrated|shown|imaged)\s+(?:as|like)\b"
)
_INDEFINITE = lazy_compile(r"(?i)(?>" + _LEAD + r")(?:(?:on|in|at|with)\s+[\w'/-]+(?:[ \t]+[\w'/-]+){0,3},\s*)?an?\s")
# The study nouns that point a clause at this image ("this film", "the scan shows"), from their one home
# (``answers/studies``): one alternation, in the singular.
_THIS_STUDY = study_nouns(("image", "film", "radiograph", "scan", "study"), plural=False)
# A word of seeing: the clause says what this image shows, whatever else it says.
_SEEN = lazy_compile(
    r"(?i)\b(?:there(?:'s|\s+(?:is|are|was|were))|here\b|i\s+(?:can\s+)?(?:see|note|notice)|(?:we|you)\s+(?:can\s+|could\s+)?"
    r"(?:still\s+|also\s+|clearly\s+)?(?:see|appreciate|identify|note|make\s+out)|(?:it|we)\s+(?:should|must)\s+(?:be\s+noted|note)|"
    r"show(?:s|ed|n)?|showing|revealed|demonstrated|(?:is|are)\s+(?:" + "|".join(SEEN) + r")|demonstrates?|reveals?|"
    r"this\s+" + _THIS_STUDY[:-1] + r"|patient|case)|the\s+" + _THIS_STUDY + r"\s+"
    r"(?:shows|demonstrates)|in\s+this\s+(?:patient|case|image|study))\b"
)
# A word of seeing in a clause that describes a kind or a supposition ("a Chilaiditi sign, in which haustral folds are
# visible", "when there is an effusion"): the kind's appearance, not this image's.
_SUPPOSED = lazy_compile(r"(?i)\b(?:in\s+which|when|whenever|if)\s+(?:\w+\s+){0,4}$")
_WORD = lazy_compile(r"\w")
# Where a sub-clause starts: a duty or kind-level statement covers its own sub-clause, not what comes before it.
_SUBCLAUSE = lazy_compile(r"(?i);\s*|,\s*(?:and|but|so|which|while|whereas|then)\b\s*|\s(?:so|but|while|whereas)\s")
# Imperatives that presuppose what they name (``_ordered``).
_PRESUPPOSING = lazy_compile(r"(?i)" + _LEAD + r"(?:" + alternation(Use.PRESUPPOSES) + r")\s+")
_OPEN = lazy_compile(r"(?i)\s*(?:a|an|whether|if|for|any)\b")
_COVER_END = lazy_compile(r":|\s[\u2013\u2014-]\s|\u2014")  # an instruction's colon or dash: what follows may observe
# A heading that announces a list of things to do or look at ("**Checklist for a chest drain film**", "Things to look
# for:", "On a portable chest X-ray one should assess:"): its items claim nothing.
_LIST_HEAD = lazy_compile(
    r"(?i)\b(?:checklist|approach|technique|steps?\s+(?:to|for|in)|things\s+to|points\s+to|features\s+to|what\s+to|"
    r"how\s+to|areas\s+to|review\s+areas|search\s+pattern|to\s+(?:assess|check|evaluate|review|look\s+for|seek|exclude)|"
    r"should\s+(?:assess|check|evaluate|review|look|include|be\s+(?:assessed|checked|evaluated|reviewed))|"
    r"(?:one|you)\s+(?:should|must|needs?\s+to))\b"
)
# A heading of what was noted ("Key features to note:", "Things to note on this wrist film:"): its items observe.
# (its study nouns from ``answers/studies``: "this x-ray" also in the spelling "this xray", as every reader of the home)
_NOTED_STUDY = study_nouns(("image", "film", "radiograph", "scan", "study", "x-ray"), plural=False)
_NOTED_HEAD = lazy_compile(
    r"(?i)\bnot(?:e|ed|ing)\b|\bthis\s+(?:[\w-]+\s+){0,2}" + _NOTED_STUDY
)
# A list item with a value ("Airway: trachea central", "Abscess: none"): it says what its label showed, whatever heads
# the list; only a bare item ("- Pleural effusion") under an instruction's heading is a thing to look for.
_LABELLED = lazy_compile(r"[\s>*_#\-\u2022]*(?:\(?\d{1,2}[.)]\s*)?(?:\*\*)?[^\W\d][^:\n]{0,40}:(?:\*\*)?[ \t]*\w")
_CHECKLIST = lazy_compile(r"(?i)\b(?:checklist|review\s+areas|search\s+pattern)\b")
_INSTRUCTIVE = frozenset({SentenceRole.INSTRUCTION, SentenceRole.DEFINITION, SentenceRole.CONDITIONAL})
_MARK = lazy_compile(r"(?:\d{1,2}[.)]|[-*\u2022])[ \t]*$")
# Each clause's generic part by its text (``generic_span``): a clause is read from its own text alone, and a benchmark's
# chains repeat clauses ("The trachea is midline."), each read with up to a dozen searches of the patterns above.
_SPANS: dict[str, tuple[int, int]] = {}
_SPAN_LIMIT = 8192


def generic_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The generic part ``(a, b)`` of the clause ``text[start:end]`` (``a == b``: none): an imperative opening it, or a
    generic agent, a modal of duty over a reading verb or a kind-level statement from its own sub-clause on ("..., so
    aortic injury must be excluded": what comes before the "so" is said of this image). None where the clause observes:
    a word of seeing in the covered part, or anything after an instruction's colon or dash ("Assess the heart: it is
    enlarged", "Classic signs of a tension pneumothorax: a large right pneumothorax, ..."), which says what the
    instruction found and keeps the finding it names."""
    clause = text[start:end]
    span = _SPANS.get(clause)
    if span is None:
        span = _clause_span(clause)
        bounded_put(_SPANS, clause, span, _SPAN_LIMIT)
    return start + span[0], start + span[1]


def _clause_span(clause: str, headed: bool = True) -> tuple[int, int]:
    """``generic_span`` of a whole clause, offsets in it (it reads the clause alone, so ``_SPANS`` keeps it by text)."""
    start = 0
    heading = _approach(clause) if headed else None  # (one heading a clause: no recursion on "...: approach to a ...:")
    if heading is not None:
        return heading
    hit = _IMPERATIVE.match(clause)
    a = 0
    duty = kind_of = None
    if hit is not None and not _ordered(clause, hit.end()):
        hit = None
    plural = False
    if hit is None:
        hit = _IMPERATIVE_PLURAL.match(clause) or _IMPERATIVE_BARE.match(clause)
        plural = hit is not None
    if hit is None:  # the first of them in the clause: each covers the clause from its own sub-clause on ("Hip
        # fractures are classified as intra- or extracapsular, and intracapsular ones are graded by Garden")
        duty, kind_of, examined = _DUTY.search(clause), _kind_as(clause, _KIND_OF), _examined(clause)
        found = (duty, _KIND.search(clause), _kind_as(clause, _KIND_AS), kind_of, examined)
        hits = [h for h in found if h is not None]
        hit = min(hits, key=lambda h: h.start()) if hits else None
        if hit is not None:
            a = max((m.end() for m in _SUBCLAUSE.finditer(clause, 0, hit.start())), default=0)
            if hit is examined:  # only the part examined ("ETT tip in the right main bronchus, position checked")
                a = max((m.end() for m in _LIST_END.finditer(clause, a, hit.start())), default=a)
    if hit is None:
        hit = _HISTORY.match(clause)
    if hit is None:
        return _class_span(clause, start)
    stop = _COVER_END.search(clause, hit.end())
    if stop is not None and _WORD.search(clause, stop.end()) is not None:
        return start, start  # what follows the colon says what the instruction found
    cover = stop.start() if stop is not None else len(clause)
    if plural:  # a heading's order ("**Exclude mimics.** The ribs are normal"): up to its full stop
        dot = clause.find(".", hit.end())
        cover = cover if dot < 0 else min(cover, dot)
        rel = _RELATIVE.search(clause, hit.end(), cover)  # "Examine the gallbladder, which contains stones": its result
        cover = cover if rel is None else rel.start()
    if hit is duty:  # what ought to be, up to a turn to what is ("should end in the SVC but it ends in the atrium")
        turn = DUTY_END.search(clause, hit.end(), cover)
        if turn is not None and DUTY_MET.match(clause, turn.start()) is not None:
            return start, start  # "The PICC should end in the SVC, and it does": the duty met is the case's
        cover = cover if turn is None else turn.start()
    if hit is kind_of and hit.group().split()[-1].lower() in STUDY_VERBS:
        # the verb of seeing is the kind's ("A chest X-ray can show ...")
        seen = _seen(clause, a, hit.start()) or _seen(clause, hit.end(), cover)
    else:
        seen = _seen(clause, a, cover)
    if seen:
        return start, start
    return start + a, start + cover


def _approach(clause: str) -> tuple[int, int] | None:
    """The span of an approach's heading ("Systematic approach to an adnexal lesion on MRI:") from the clause's start to
    its colon or end, where nothing in it is seen (``_seen``); None where there is no such heading."""
    hit = _APPROACH.search(clause)
    if hit is None:
        return None
    colon = clause.find(":", hit.end())
    end = colon if colon >= 0 else len(clause)
    if _seen(clause, 0, end) or _THIS_CASE.search(clause, 0, end) is not None:
        return None  # "Approach to a patient with a right pneumothorax:" names this case's
    if colon >= 0:  # the heading's first item ("...: assess extra-axial spaces for collections") read as its own
        a, b = _clause_span(clause[colon + 1 :], headed=False)
        if b > a and not clause[colon + 1 : colon + 1 + a].strip():
            return 0, colon + 1 + b
    return 0, end


def _examined(clause: str) -> re.Match[str] | None:
    """``_EXAMINED`` in ``clause`` with no result after it (``_RESULT``: "assessed for consolidation, none seen")."""
    hit = _EXAMINED.search(clause)
    if hit is None or _RESULT.search(clause, hit.end()) is not None:
        return None
    return hit


def _kind_as(clause: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` (``_KIND_AS``, ``_KIND_OF``) in ``clause`` when its subject (from the sub-clause start) is no case's
    own and names no side, "here" or past tense (``_THIS_CASE``)."""
    hit = pattern.search(clause)
    if hit is None:
        return None
    a = max((m.end() for m in _SUBCLAUSE.finditer(clause, 0, hit.start())), default=0)
    if _OWN_SUBJECT.match(clause, a) is not None or _THIS_CASE.search(clause, a, hit.start()) is not None:
        return None
    return hit


def _class_span(clause: str, start: int) -> tuple[int, int]:
    """The part of ``clause`` (at ``start`` in its text) that describes a finding as a class (``_CLASS``, at the clause's
    or a sub-clause's start) up to the clause's end; none where the part points at this case (``_THIS_CASE``) or has a
    word of seeing after the verb of looking ("..., which are seen in the kidney")."""
    verbs = [m.start() for m in _LOOKS_AS.finditer(clause)]
    if not verbs:
        return start, start
    starts = [0, *(m.end() for m in _SUBCLAUSE.finditer(clause))]
    tried: set[int] = set()
    for v in verbs:  # (only the (sub-)clause start before a verb of looking can open its subject: linear)
        a = starts[bisect_right(starts, v) - 1]
        if a in tried:
            continue
        tried.add(a)
        hit = _CLASS.match(clause, a)
        if hit is None:
            continue
        # (a side in a bare subject names the class, "Left lower lobe collapse appears as ...": only "a right
        # pneumothorax" is one of this case)
        at = hit.start("verb") if _INDEFINITE.match(clause, a) is None else a
        if _THIS_CASE.search(clause, at) is not None or _seen(clause, hit.end(), len(clause)):
            return start, start
        return start + a, start + len(clause)
    return start, start


def _ordered(clause: str, at: int) -> bool:
    """Whether an imperative ending at ``at`` orders a search: "Identify the lesion", "Consider the widened mediastinum,
    a sign of ..." presuppose what they name, so they order nothing unless the clause is only that heading
    ("Characterise the opacity.") or the object is open ("consider a pneumothorax", "consider whether ...")."""
    verb = _PRESUPPOSING.match(clause)
    if verb is None or verb.end() > at:
        return True
    rest = clause[at:].strip().rstrip(".!").strip()
    if _OPEN.match(clause, verb.end()) is not None:
        return True
    return len(rest.split()) <= 4 and not any(ch in rest for ch in ",:;()0123456789")


def _seen(clause: str, a: int, b: int) -> bool:
    """Whether ``clause[a:b]`` has a word of seeing that is not a kind's or a supposition's (``_SUPPOSED``)."""
    for m in _SEEN.finditer(clause, a, b):
        if _SUPPOSED.search(clause, max(a, m.start() - 60), m.start()) is None:
            return True
    return False


def _heads_list(step: Step, clauses: Sequence[tuple], generic: bool) -> bool:
    """Whether ``step`` announces a list of things to do: it claims nothing, and is an instruction (by its cues or
    this module's forms) ending in a colon, or a heading that names an approach or checklist."""
    text = step.text.strip().strip("*_# ").rstrip()
    if not text or any(c[3] for c in clauses) or _NOTED_HEAD.search(text) is not None:
        return False
    instructive = generic or any(c[2] in _INSTRUCTIVE for c in clauses)
    if text.endswith(":"):
        return instructive or _LIST_HEAD.search(text) is not None
    return len(text) <= 80 and "." not in text and _LIST_HEAD.search(text) is not None


def _list_item(chain: str, prev: Step | None, step: Step) -> bool:
    """Whether ``step`` is an item of the list before it: a marked line ("- ", "2.") or a short line of its own."""
    gap = chain[prev.end if prev is not None else 0 : step.start]
    if "\n\n" in gap.replace(" ", "").replace("\t", ""):
        return False
    return _MARK.search(gap.rstrip(" \t")) is not None or ("\n" in gap and len(step.text) <= 120)


def drop_generic(
    chain: str, steps: Sequence[Step], per_step: list[list[Finding]], per_sent: list[list]
) -> tuple[list[list[Finding]], list[list]]:
    """The chain's findings and clauses with generic instructions claiming nothing (see the module docstring): each
    clause's generic part, and the items of a list under an instruction's heading, up to a conclusion, a word of
    seeing or a paragraph break. A clause left with no claim is shown as an instruction. Unchanged lists when
    nothing is generic."""
    edits = StepEdits(per_step, per_sent)
    governed = False  # the steps before were a list heading and its items
    checklist = False  # that heading names a checklist: even its items with a value are things to check
    prev: Step | None = None
    instruction = SentenceRole.INSTRUCTION
    conclusion = SentenceRole.CONCLUSION
    for k, (step, found, clauses) in enumerate(zip(steps, per_step, per_sent)):
        text = step.text
        if governed and not _list_item(chain, prev, step):
            governed = False
        cut: list[tuple[int, int]] = []  # (start, end) spans of the step whose claims are dropped
        any_generic = False
        for c in clauses:
            if c[2] is conclusion:
                governed = False
                continue
            if governed and not _seen(text, c[0], c[1]) and (checklist or _LABELLED.match(text) is None):
                cut.append((c[0], c[1]))
                continue
            if governed:
                governed = False
            a, b = generic_span(text, c[0], c[1])
            if b > a:
                any_generic = True
                cut.append((a, b))
        if not governed and _heads_list(step, clauses, any_generic):
            governed = True
            checklist = _CHECKLIST.search(text) is not None
        prev = step
        if not cut:
            continue
        # (a finding whose words reach past the generic part is named by what follows it: "Examine the gallbladder,
        # which contains several stones" reads the stones from "gallbladder" on)
        kept = [f for f in found if not any(a <= f.start < b and _WORD.search(text, b, f.end) is None for a, b in cut)]
        if len(kept) == len(found) and not any(c[3] and any(a <= c[0] < b for a, b in cut) for c in clauses):
            continue
        new_clauses = []
        for c in clauses:
            if c[2] is conclusion or not any(a <= c[0] < b for a, b in cut):
                new_clauses.append(c)
                continue
            # what follows the generic part keeps the clause's role ("... should end in the SVC but it ends in the
            # right atrium": the device's position there is stated, ``positions.role_at``)
            end = max(b for a, b in cut if a <= c[0] < b)
            split = end if end < c[1] and _WORD.search(text, end, c[1]) is not None else c[1]
            left = sum(1 for f in kept if c[0] <= f.start < split)
            new_clauses.append((c[0], split, c[2] if left else instruction, left, c[4]))
            if split < c[1]:
                new_clauses.append((split, c[1], c[2], sum(1 for f in kept if split <= f.start < c[1]), c[4]))
        edits.put(k, kept, new_clauses)
    return edits.result()
