"""Whether an open answer makes a decision at all, before its text is taken as the answer.

An open question's reader takes text, so every output yields *some* text; a
careful reader, though, finds no answer in an output that only repeats the
question ("In which plane is this MRI acquired?"), fills in nothing ("Answer:
<your answer here>", "The image shows an abnormality that should be
reviewed."), lists several findings without choosing one ("1. Collapse 2.
Effusion 3. ETT in position" to "What is the abnormality?"), or hedges
between a list of candidates ("The differential includes sarcoidosis,
lymphoma and tuberculosis."). Reading any of those as the answer is a
decision the model did not make (a false decision), so :func:`undecided`
reports ``unparsed`` or ``ambiguous`` instead. Refusals, "X or Y" and
truncation are read by the shared modules (``extract/refusal.py``,
``extract/core.py``) before this runs; this module only adds what those
cannot see, and it is used for open answers alone (choice and yes/no
readers never call it).
"""

from __future__ import annotations

import re

from medstep.answers import normalize_text
from medstep.extract.refusal import defers
from medstep.types import Status

# Words an open answer stops on only when cut or withheld, beside the articles and prepositions every reader knows
# (``extract/core.py``): "The most likely diagnosis is", "Findings include", "... which could".
OPEN_DANGLING = frozenset({"is", "are", "was", "were", "be", "been", "could", "would", "might", "may", "can", "should",
                           "will", "must", "including", "include", "includes", "such", "like", "represents",
                           "representing", "suggests", "suggesting", "suggestive", "consistent", "compatible",
                           "between", "because"})

# Words that say nothing about what was asked: the frame of a sentence about "the image", a finding named only
# as "an abnormality", a deferral to someone else, and the placeholder of a template ("<your answer here>").
# An open answer made of these words alone decides nothing.
_GENERIC = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "it", "there", "is", "are", "was", "were", "be", "been",
    "of", "in", "on", "at", "to", "for", "with", "by", "and", "which", "some", "any",
    "image", "images", "picture", "scan", "study", "film", "radiograph", "view", "exam", "examination",
    "shows", "show", "showing", "demonstrates", "demonstrate", "reveals", "reveal", "seen", "visible", "noted",
    "abnormality", "abnormalities", "finding", "findings", "something", "pathology",
    "should", "must", "may", "needs", "need", "requires", "require", "further", "reviewed", "review", "evaluated",
    "evaluation", "assessed", "assessment", "correlation", "clinical", "clinically", "correlate", "recommended",
    "radiologist", "specialist", "physician", "doctor", "expert",
    "your", "answer", "here", "insert", "placeholder", "final", "text", "response",
    "nonspecific", "non", "specific", "indeterminate", "equivocal", "unclear", "uncertain",
})
_ASKS = re.compile(r"(?i)^(?:what|which|where|how|why|who|when|is|are|was|were|does|do|did|can|could|should|"
                   r"in\s+which|on\s+which|at\s+what)\b")
# Literal words one of which ``_CANDIDATE_HEAD`` needs (a cheap gate before the regex), and how much of an
# opening sentence is read (a candidate list opens it).
_HEAD_GATES = ("differential", "possibilit", "consideration", "candidate", "consider", "represent", "include")
_FIRST_MAX = 300
# A sentence of generic words is short; longer text always names something.
_GENERIC_MAX = 200
# A line that is one item of a numbered or bulleted list ("1. ...", "2) ...", "- ...", "• ...").
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+\S")
# A question asking for one thing: "What is the ...", "Which ...", "Where is ...", not "What are the findings?".
_SINGULAR = re.compile(r"(?i)^\s*(?:what|which|where)\s+(?:is|was)\b|^\s*which\s+(?!of\b)[a-z]+\s+(?:is|was|has|contains)\b")
_PLURAL_ASK = re.compile(r"(?i)\b(?:findings|abnormalities|structures|lesions|devices|list|all|each)\b")
# A list of candidates under a hedging head: "The differential includes A, B and C", "Possibilities: A, B, C",
# "A vs B". A list under such a head names candidates, not the answer.
_CANDIDATE_HEAD = re.compile(
    r"(?i)\b(?:differential(?:\s+diagnos[ie]s)?|differentials|possibilities|considerations|candidates|consider|"
    r"(?:could|might|may)\s+(?:represent|include))\b"
)
# "Pneumonia, atelectasis, or aspiration.": short items, commas, one "or", no verb and no negation.
_OR_LIST = re.compile(r"(?i)^[\s*_\"']*(?:(?!no\b|not\b)[\w-]+(?:\s+[\w-]+){0,3}\s*,\s*){1,5}(?:or|and/or)\s+"
                      r"[\w-]+(?:\s+[\w-]+){0,3}[\s*_\"'.!]*$")
# A commitment beside the list ("..., but sarcoidosis is most likely"): the list is discussion, not the answer.
_COMMITS = re.compile(r"(?i)\b(?:most\s+likely|favou?r(?:s|ed)?|probably|the\s+(?:diagnosis|answer)\s+is|"
                      r"best\s+fits|in\s+keeping\s+with)\b")
# Words that may open a sentence before its hedging head ("There are several possibilities: ...").
_LEAD_IN = frozenset({"the", "a", "there", "are", "is", "several", "main", "possible", "my", "key", "other", "we",
                      "i", "would", "should", "findings", "appearances"})
_LIST_JOIN = re.compile(r"(?i),|\band\b|/|;")
# A Chinese answer that is two candidates joined by 或 / 或者 ("肝脏或胆囊。"); a negated list ("无积液或气胸") is one
# answer, and 或许 is "perhaps" (a hedge, read elsewhere).
_ZH_OR = re.compile(r"^[\s*_]*(?![未无没不非])[^\s，。；,;:：]{1,20}?或(?:者)?(?!许)[^\s，。；,;:：]{1,20}[\s*_。.！!]*$")
# A sentence about the reading method, not the image: "A systematic approach covers airway, breathing, ...",
# "My search pattern includes the apices." It names anatomy while deciding nothing.
_METHOD = re.compile(
    r"(?i)^[\s*_\"']*(?:(?:a|an|the|my|our|this)\s+)?(?:(?:systematic|structured|standard|careful|thorough)\s+)?"
    r"(?:approach|method|search\s+pattern|checklist|strategy|review|read(?:ing)?)\s+(?:to\s+[\w\s-]{1,30}?\s+)?"
    r"(?:covers|includes|involves|consists\s+of|starts\s+with|begins\s+with|means|requires|checks|goes\s+through)\b"
)
_VERSUS = re.compile(r"(?i)\b\w[\w -]{1,40}?\s+(?:vs\.?|versus)\s+\w")
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def echoes_question(region: str, question: str) -> bool:
    """The answer is the question again, or is itself a question: nothing was answered."""
    text = region.strip().strip("*_\"'").strip()
    if not text:
        return False
    if abs(len(text) - len(question.strip())) <= 12 and normalize_text(text) == normalize_text(question):
        return bool(normalize_text(text))
    # One sentence that asks: "Which lobe is involved?" (an output ending in a question decides nothing); a
    # tentative answer ("Pneumothorax?") does not open with a question word and is still an answer.
    return (text.endswith(("?", "？")) and _ASKS.match(text) is not None and not re.search(r"[.!。！]\s", text)
            and "\n" not in text)


def contentless(region: str) -> bool:
    """Every word is a generic one (see ``_GENERIC``): no finding, place or name is given."""
    if len(region) > _GENERIC_MAX:
        return False
    words = _words(region)
    return bool(words) and all(w in _GENERIC for w in words)


def lists_without_choice(region: str, question: str) -> bool:
    """Two or more listed items and nothing else, answering a question that asks for one thing."""
    if _SINGULAR.match(question) is None or _PLURAL_ASK.search(question) is not None:
        return False
    lines = [ln for ln in region.strip().splitlines() if ln.strip()]
    if lines and lines[0].rstrip().endswith((":", "：")) and _ITEM.match(lines[0]) is None:
        lines = lines[1:]  # "Findings:" heading the list
    if len(lines) < 2:
        # One line holding "1. X 2. Y 3. Z".
        return len(re.findall(r"(?:^|\s)\d{1,2}[.)]\s+\S", region)) >= 2 and "\n" not in region.strip()
    # Short findings, not a structured answer ("1. Observation: ... 2. Conclusion: pneumonia" decides).
    return all(_ITEM.match(ln) and ":" not in ln and len(_words(ln)) <= 9 for ln in lines)


def hedged_candidates(first: str, region: str) -> bool:
    """The opening sentence ``first`` of ``region`` lists candidates under a hedging head ("The differential
    includes A, B and C.", "Consider A, B and C."), sets two against each other ("Sarcoidosis vs lymphoma"), or
    is a bare list of alternatives ("Pneumonia, atelectasis, or aspiration.", in Chinese "肝脏或胆囊。"). A later sentence doing so
    ("Pneumonia. The differential includes ...") is discussion after the answer, and a commitment anywhere
    ("..., but sarcoidosis is most likely") makes the list discussion too."""
    low = first[:_FIRST_MAX].lower()
    head = _CANDIDATE_HEAD.search(low) if any(g in low for g in _HEAD_GATES) else None
    listed = (head is not None and all(w in _LEAD_IN for w in _words(low[:head.start()]))
              and _LIST_JOIN.search(low, head.end()) is not None)
    versus = ("vs" in low or "versus" in low) and _VERSUS.search(low) is not None
    zh_pair = "或" in low and _ZH_OR.match(region.strip()) is not None
    if not (listed or versus or zh_pair or (" or " in low and _OR_LIST.match(low) is not None)):
        return False
    return _COMMITS.search(region) is None


def _first_sentence(region: str) -> str:
    parts = re.split(r"(?<=[.!?;])\s+|\n+", region.strip(), maxsplit=1)
    return parts[0] if parts else ""


def undecided(region: str, question: str) -> Status | None:
    """``unparsed``, ``refused`` or ``ambiguous`` when the open answer ``region`` decides nothing (see module
    docstring), else ``None`` (then its text is the answer). The caller has already read :func:`is_refusal` and
    the alternatives of ``extract/refusal.py`` on ``region``."""
    first = _first_sentence(region)
    if echoes_question(region, question) or contentless(region) or (first.strip() == region.strip()
                                                                    and _METHOD.match(first) is not None):
        return Status.UNPARSED
    if defers(first[:_FIRST_MAX]):
        return Status.REFUSED
    if lists_without_choice(region, question) or hedged_candidates(first, region):
        return Status.AMBIGUOUS
    return None


__all__ = ["OPEN_DANGLING", "contentless", "echoes_question", "hedged_candidates", "lists_without_choice", "undecided"]
