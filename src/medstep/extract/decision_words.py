"""The words around an option mention that make it a decision, as patterns: a conclusion adverb ("So, C."), "it is"
("That's B."), a judgement after the option ("B fits best"), "which makes B the best answer", "A is just as likely".

Split from ``extract/decision.py`` (past 500 lines): the mention classifier there applies these patterns; the
patterns themselves, and what each one admits, are kept here.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract import langwords, leftover
from medstep.lazyre import lazy_compile

# "... is not A, but C"; German "... ist nicht C, sondern D".
NOT_BUT = lazy_compile(r"(?i)\b(?:not|nicht)\s+[^.;\n]{1,60}?,?\s*(?:but|sondern)\s+(?:rather\s+)?[\s*\"'“(]*\Z")
# What a conclusion names after its adverb: "so the stage is N3", "therefore the diagnosis is ..." (the question's
# own noun: a stage, grade or class asked for, or the diagnosis).
_CONCLUDED_NOUN = r"(?:diagnosis|stage|grade|category|class|classification|type|score|answer|cause|finding|lesion|" \
    r"abnormality|level)"
ADVERB_ONLY = lazy_compile(
    r"(?i)(?:\A|[,;:—–]\s*)[\s*_\-•]*(?:and\s+)?(?:so|thus|therefore|hence|consequently|ultimately|overall|finally|"
    r"still|nevertheless|nonetheless|regardless|even\s+so|"
    r"in\s+conclusion|in\s+summary|to\s+conclude|in\s+short|most\s+likely|probably|likely|tentatively|"
    r"(?:which|this|that)\s+leaves(?:\s+us\s+with)?|leaving(?:\s+us\s+with)?|by\s+elimination|"
    + leftover.CUE + r")\b[\s,:]*"
    # ("..., so this is a multicystic dysplastic kidney": after the adverb the article only introduces the conclusion)
    r"(?:(?:(?:it|this)\s+is(?:\s+(?:an?|the))?|it's(?:\s+(?:an?|the))?|it\s+must\s+be|(?:it|this|that)(?:\s+would|'d)\s+be|"
    r"we\s+get|i\s+(?:say|choose|pick)|only|"
    r"the\s+(?:[a-z-]+\s+){0,2}?" + _CONCLUDED_NOUN + r"\s+(?:is|must\s+be))\s+)?"
    r"[\s*\"'“(]*"
    r"(?:(?:option|choice)\s*)?[\s*\"'“(]*\Z"
)
# The words that point at the thing just described: "It is ...", "That's ...", "This is ..." (the decision's gate
# and the closed reader's "That's a <finding>" cue, ``implicit_cues.named_by_pointing``).
IT_WORDS = frozenset({"it", "it's", "this", "that", "that's"})
# (Possessive runs: two adjacent runs of blanks split a long run every way before failing, 10 s at 10,000 spaces.)
IT_IS = lazy_compile(
    r"(?i)\A[\s*_\-•,]*+(?:(?:wait|actually|so|well|no|ok|okay|hmm|yes|then)[\s,]++)*"
    r"(?:i\s+think|i\s+believe|i'd\s+say|i\s+would\s+say|probably|most\s+likely|likely)?[\s,]*"
    r"(?:it\s+is|it's|this\s+is|that's|that\s+is|it\s+must\s+be|it\s+should\s+be|(?:it|this|that)(?:\s+would|'d)\s+be|"
    r"(?:it|this|that)\s+has\s+to\s+be|it's\s+got\s+to\s+be)\s++"
    r"(?:(?:simply|just|clearly|essentially|basically|certainly|definitely|actually|indeed|most\s+likely|likely|"
    r"probably)\s++)?"
    r"[\s*\"'“(]*+(?:(?:option|choice)\s+|(?P<article>(?:the|an?)\s++)[\s*_\"'“]*)?\Z"
)
# "that would be (option)" right before the letter: a consequence that a turn right after it can show to be supposed.
SUPPOSED_BE = lazy_compile(r"(?i)(?:\s+would|'d)\s+be[\s*\"'“(]*(?:(?:option|choice)\s*)?[\s*\"'“(]*\Z")
# What may stand between the option and the judgement of it: stars, quotes, closing brackets, one short bracket
# ("B (the rim-enhancing lesion) is the most likely"). Possessive (``*+``): nothing read after it opens with one of
# these marks, so giving them back could never match, and on a run of thousands of blanks the plain ``*`` tried every
# way of splitting the run between the two classes (quadratic: "A" + 20,000 spaces + "C." read for a minute).
_LEAD_IN = r"[\s*\"'”)\]]*+(?:\([^()\n]{1,80}\)\s*+)?[\s*\"'”]*+"
# The option named, then what the image is: "... primary spontaneous pneumothorax is what this is." (closing its
# clause: "A is what it is often mistaken for" names a look-alike). Its sentence must say it as the writer's own view:
# ``HELD_BEFORE`` sets aside "Maybe X is what this is", "Some would argue X is what this is", "whether X is what
# this is".
_WHAT_THIS_IS = (r"is\s+(?:exactly\s+|precisely\s+)?what\s+(?:(?:this|it)(?:\s+is|'s)|we(?:'re|\s+are)\s+(?:seeing|"
                 r"dealing\s+with|looking\s+at)|we\s+have(?:\s+here)?|i\s+see)(?:\s+here)?"
                 r"(?=[\s*_\"'”)]*(?:[.!;\n]|\Z))")
WHAT_THIS_IS = lazy_compile(r"(?i)\A" + _LEAD_IN + _WHAT_THIS_IS)
# A hedge, a question, a condition or another's view in the sentence before the option: "Perhaps", "whether", "if",
# "Some would argue", "They said", "I wonder".
HELD_BEFORE = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.ASKING, hedges.REPORTED,
                                                 hedges.DOUBT, hedges.DIFFICULTY, hedges.LIKELIHOOD,
                                                 ("argue", "argues", "argued", "wonder", "wondered", "think", "thinks",
                                                  "believe", "believes", "claim", "suggest", "suggests")))
JUDGEMENT = lazy_compile(
    r"(?i)\A" + _LEAD_IN + r"(?:,\s*(?:i\s+think|therefore|then|clearly|thus)\s*,\s*)?"
    r"(?:(?:is|seems|appears|looks|remains|would\s+be|must\s+be|should\s+be|becomes)"
    r"(?:\s+(?:therefore|thus|clearly|definitely|indeed|then|still|also|probably|likely))?\s+"
    r"(?:to\s+be\s+)?(?:by\s+far\s+)?(?:the\s+|my\s+|our\s+)?(?:single\s+)?"
    r"(?:appropriate\s+(?:next\s+)?(?:step|answer|choice|option|management)\b|most\s+(?:likely|probable|plausible|consistent|fitting|appropriate|accurate|compatible|reasonable|"
    r"correct|suitable|supported)|(?:(?:" + hedges.alternation(hedges.COMPARATIVE_INTENSIFIERS) + r")\s+)?more\s+(?:likely|consistent|probable|"
    r"plausible)|better|best|correct|right|"
    r"true|accurate|likely\b(?!\s+to)|the\s+answer|answer|"
    r"the\s+one|strongest|leading|favou?red|supported\s+by|consistent\s+with|in\s+keeping|"
    + leftover.JUDGED + ")"
    r"|(?:best|most)\s+(?:describes|fits|matches|explains|represents|reflects|accounts|consistent|likely|"
    r"appropriate|accurate|fitting|suits|applies)"
    r"|(?:fits|matches|describes|explains|suits|applies)\s+(?:best|most)"
    r"|(?:fits|matches)\s+(?:slightly\s+|somewhat\s+|much\s+|a\s+(?:bit|little)\s+)?better\b(?!\s+(?:if|when|with))"
    r"|stands?\s+out\s+as\s+(?:the\s+)?(?:most|best|correct|right|likeliest|answer)"
    r"|(?:is|would\s+be)\s+(?:my|the)\s+(?:final\s+|best\s+)?(?:answer|choice|pick|selection)"
    r"|[-–—:]\s*(?:my\s+|the\s+)?final\s+answer\b"
    # the option named, then what the image is (``WHAT_THIS_IS``)
    r"|" + _WHAT_THIS_IS +
    r"|it\s+is\b|is\s+correct|is\s+right|(?:is|are)\s+(?:therefore\s+)?the\s+(?:correct|right|best)"
    # the question's "preferred" / "first-line" answered: "… lung ultrasound would be the preferred option", "… is the
    # investigation of choice" (the article required: "a radiograph is preferred after six months" is a rule of thumb)
    r"|(?:is|would\s+be|remains)\s+(?:therefore\s+|clearly\s+)?the\s+(?:preferred|preferable|ideal|optimal|first[-\s]line)\b"
    r"|(?:is|would\s+be|remains)\s+(?:therefore\s+|clearly\s+)?the\s+(?:test|modality|investigation|study|"
    r"examination|treatment|procedure|imaging)\s+of\s+choice\b"
    # the question's "most appropriate" answered bare: "BI-RADS 3 (follow-up at 6 months) is appropriate."
    r"|(?:is|would\s+be)\s+(?:therefore\s+|clearly\s+)?(?:appropriate|suitable|indicated|warranted)\b(?!\s+(?:if|when|only|unless)\b)"
    r"|" + langwords.ZH_JUDGEMENT + ")"
)
MAKES_BEST = lazy_compile(
    r"(?i)\A[\s*\"'”]*(?:(?:the\s+)?(?:correct|best|right|most\s+\w+)\s+(?:answer|choice|option)"
    r"|(?:much\s+)?(?:more\s+likely|likelier|the\s+likeliest|more\s+probable)\b"
    r"|as\s+(?:the|my)\s+(?:\w+\s+)?(?:answer|choice|pick))"
)
# ... and in plainer words ("... make Crohn's disease the clear choice", "... makes B the most likely diagnosis"), read
# only after what this image shows (``MADE_BY_FINDINGS``): "Some registrars make X the clear choice too early", "A
# mild limp seldom makes X the clear choice", "Only a fever would make X the clear choice" judge nothing here.
MAKES_CLEAR = lazy_compile(
    r"(?i)\A[\s*\"'”]*(?:the\s+)?(?:clear|obvious|likeliest|logical|strongest|leading|most\s+likely|most\s+probable)"
    r"\s+(?:answer|choice|option|diagnosis|explanation|candidate)\b"
)
# The subject of that "make": the findings named with a definite article or a demonstrative, its verb plain: no modal
# or condition ("might", "would", "if"), no adverb of habit ("rarely"), no "hardly" or "fail to", no denial, and no
# restriction ("only", "alone": "The ileal findings alone make X the clear choice, but the mass favours B" concedes);
# or ", which makes" after the findings.
_HELD_BACK = hedges.alternation(hedges.POSSIBILITY, hedges.CONDITION, hedges.SUPPOSED_CASE, hedges.OBLIGATION,
                                hedges.HABIT, hedges.NEAR_NONE, hedges.FALLING_SHORT, negation.PLAIN, negation.NEVER,
                                negation.CANNOT, ("can", "sometimes", "only", "alone"))
MADE_BY_FINDINGS = lazy_compile(
    r"(?i)(?:(?:\A|[.;:!?]|\b(?:so|thus|therefore|together|overall|and))[\s*_,]*"
    r"(?:the|these|this|those|its|their|such)\s+(?:(?!(?:" + _HELD_BACK + r")\b|[\w'’-]*n['’]t\b)[\w'’-]+[\s,]+){1,30}?"
    r"|,\s*which\s+)mak(?:e|es|ing)\s*\Z"
)
# ... the same words right before any "make" of a best answer: "barely makes X the likeliest", "fail to make X the
# best answer" (``MAKES_BEST``, read after any subject).
HELD_MAKE = lazy_compile(r"(?i)\b(?:" + _HELD_BACK + r")\s+(?:to\s+)?mak(?:e|es|ing)\s*\Z")
# "A is just as likely", "B and C are roughly equally likely": a hedge that makes a decision ambiguous
EQUALLY = lazy_compile(
    r"(?i)\A[\s*\"'”)\]]*(?:is|are|seems|seem|appears|looks)\s+(?:about\s+|roughly\s+|nearly\s+|more\s+or\s+less\s+)?"
    r"(?:just\s+|equally\s+|also\s+|as\s+)+"
    r"(?:likely|possible|plausible|probable|consistent|valid)"
)
# ... read right after ``EQUALLY``: "pleural effusion is also likely to follow if untreated" forecasts a sequel of the
# answer, it does not keep a second candidate beside it.
FORECAST = lazy_compile(r"(?i)\s+to\s+(?:follow|develop|occur|accompany|complicate|arise|form)\b")
# A spaced dash that opens a clause of its own: "... obscuring the medial hemidiaphragm — that's B."
_CLAUSE_DASH = lazy_compile(r"\s[—–-]\s+(?=\S)|[—–]")


def after_dash(left: str) -> str:
    """The words after the last dash of a mention's left context: "… behind the heart — that's " closes on
    "that's", a clause as much as after a stop ("… behind the heart. That's B.")."""
    last = None
    for last in _CLAUSE_DASH.finditer(left):
        pass
    return left[last.end():] if last is not None else left


__all__ = ["IT_WORDS", "ADVERB_ONLY", "EQUALLY", "FORECAST", "HELD_BEFORE", "HELD_MAKE", "IT_IS", "JUDGEMENT", "MADE_BY_FINDINGS", "MAKES_BEST",
           "MAKES_CLEAR", "NOT_BUT", "SUPPOSED_BE", "WHAT_THIS_IS", "after_dash"]
