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
reports ``unparsed``, ``refused``, ``ambiguous`` or ``truncated`` instead.
:func:`declines` (``extract/open_refusal.py``, re-exported here) is the open
reader's refusal test: the shared list (``extract/refusal.py``) plus refusals
opening an answer ("Not certain.", "The differential is broad.", other
languages); a caveat followed by a committed pick ("I can't be sure, but it
looks like the kidney.") is an answer, a pick held open ("..., but it could be
the kidney") is not. "X or Y"
and most truncation are read by the shared modules (``extract/refusal.py``,
``extract/core.py``); this module adds what those cannot see, and it is used
for open answers alone (choice and yes/no readers never call it).
"""

from __future__ import annotations

import re

from medstep.answers import normalize_text
from medstep.answers.text import HAN, NUMBER_WORDS
from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.image_words import DESCRIPTION
from medstep.extract.advice import NEXT_STEP
from medstep.extract.concept_question import category_of, residual_words
from medstep.extract.open_refusal import FIRST_MAX as _FIRST_MAX
from medstep.extract.open_refusal import before_caveat, declines, first_sentence as _first_sentence, framed_pair, weighs_two
from medstep.extract.open_refusal import other_language_pair
from medstep.extract.open_candidates import (
    ASKS_ONE_DISEASE, bare_pair, candidates_after_description, commits, hedged_candidates, many_causes,
    other_beside_label, second_candidate, turned_possible,
)
from medstep.extract.open_field import DENIED_BODY
from medstep.extract.open_generic import says_nothing
from medstep.extract.refusal import defers, other_hedged_or
from medstep.lazyre import lazy_compile
from medstep.types import Status

# Words an open answer stops on only when cut or withheld, beside the articles and prepositions every reader knows
# (``extract/core.py``): "The most likely diagnosis is", "Findings include", "... which could", "The nodule measures",
# "... point towards".
OPEN_DANGLING = frozenset({"is", "are", "was", "were", "be", "been", "could", "would", "might", "may", "can", "should",
                           "will", "must", "including", "include", "includes", "such", "like", "represents",
                           "representing", "suggests", "suggesting", "suggestive", "consistent", "compatible",
                           "between", "because", "measures", "measuring", "towards", "toward", "showing", "revealing",
                           "demonstrating", "indicating", "involving", "containing", "approximately", "roughly",
                           "commonly", "namely", "especially", "particularly", "notably", "typically", "usually",
                           # a conjunction opening a clause never written: "... likely sarcoid, but"
                           "but", "although", "though", "whereas", "unless", "if"})
# Special tokens as the whole answer ("<unk> <unk>", "[PAD]", "</s>"); GARBAGE_TOKEN's (not decoded) also in a reply.
GARBAGE_TOKEN = r"<\s*(?:unk|pad|mask)\s*>|\[(?:unk|pad|mask)\]"
_SPECIAL_TOKENS = lazy_compile(r"(?i)^(?:[\s*_]*(?:" + GARBAGE_TOKEN + r"|<\s*(?:/?s|eos|bos)\s*>|\[(?:sep|cls)\]|"
                               r"<\|[a-z_]+\|>))+[\s*_.]*$")
# A list of candidates cut at a number with nothing after it: "**Differential:** 1.", "1. Pneumonia\n2." (the items
# were never written).
_CUT_LIST = lazy_compile(r"(?i)(?:\b(?:" + hedges.alternation(hedges.DIFFERENTIAL, hedges.CANDIDATES, ("findings", "causes"))
                         + r")\b[\s*_]*"
                         r"[:：][\s*_]*(?:\d{1,2}[.)]|[-•])|(?:^|\n)[ \t*_]*\d{1,2}[.)][^\n]*\S[^\n]*\n[ \t*_]*\d{1,2}[.)])[\s*_]*$")

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
    "your", "answer", "here", "insert", "placeholder", "final", "text", "response", "completed", "complete", "tbd",
    "pending", "blank", "fill", "filled",
    "nonspecific", "non", "specific", "indeterminate", "equivocal", "unclear", "uncertain",
    "disease", "diseases", "condition", "conditions", "entity", "entities",
    # a circular reply: "The main finding is what is shown in the image.", "... the abnormality that can be seen."
    "what", "shown", "depicted", "displayed", "can", "see",
})
# Words that count a finding without naming it ("Several findings are present."); alone ("Multiple.") they may
# answer "How many ...?", so they count as generic only in a sentence (see ``_ECHO_MIN_WORDS``).
_VAGUE = frozenset({"several", "multiple", "many", "various", "present", "number", "things", "slide", "section",
                    "specimen", "tissue", "organ", "structure", "area", "region", "part", "one", "s", "kind", "type",
                    "sort", "medical", "imaging", "modality", "concerning", "warrant", "warrants", "workup", "abnormal",
                    "seen", "side",
                    # the image's look, no finding in it: "The image shows anatomical structures in grayscale."
                    "anatomical", "anatomic", "anatomy", "structures", "grayscale", "greyscale"})
_ASKS = lazy_compile(r"(?i)^(?:what|which|where|how|why|who|when|is|are|was|were|does|do|did|can|could|should|"
                     r"in\s+which|on\s+which|at\s+what)\b")
# A sentence of generic words is short; longer text always names something.
_GENERIC_MAX = 200
# A line that is one item of a numbered or bulleted list ("1. ...", "2) ...", "- ...", "• ...").
LIST_ITEM = lazy_compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+\S")
# A question asking for one thing: "What is the ...", "Which ...", "What abnormality is seen?", "Where is ...", not
# "What are the findings?".
_SINGULAR = lazy_compile(r"(?i)^\s*(?:what|which|where)\s+(?:is|was)\b|^\s*(?:which|what)\s+(?!of\b)[a-z]+\s+"
                         r"(?:is|was|has|contains)\b")
PLURAL_ASK = lazy_compile(r"(?i)\b(?:findings|abnormalities|structures|lesions|devices|list|all|each)\b")
# Splitting a one-line list of findings into its items, and the negations that make it a statement instead.
_INLINE_SPLIT = lazy_compile(r"(?i)\s*(?:,|;|\.(?=\s))\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and/or)\s+")
_ITEM_VERB = lazy_compile(r"\b(?:is|are|was|were|be|seems?|looks?|appears?|shows?|favou?rs?)\b")
# So many findings named to a question asking one thing read as the list of every label, not the findings seen.
_LABEL_LIST = 5
_INLINE_OR = lazy_compile(r"(?i)\bor\b")
_REASONED = lazy_compile(r"(?i),\s*(?:given|because|since|as\s+(?:shown|evidenced|seen)|based\s+on|owing\s+to)\b")
_INLINE_NEGATED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE))
# A sentence about the reading method, not the image: "A systematic approach covers airway, breathing, ...",
# "My search pattern includes the apices." It names anatomy while deciding nothing.
_METHOD = lazy_compile(
    r"(?i)^[\s*_\"']*(?:(?:a|an|the|my|our|this)\s+)?(?:(?:systematic|structured|standard|careful|thorough)\s+)?"
    r"(?:approach|method|search\s+pattern|checklist|strategy|review|read(?:ing)?)\s+(?:to\s+[\w\s-]{1,30}?\s+)?"
    r"(?:covers|includes|involves|consists\s+of|starts\s+with|begins\s+with|means|requires|checks|goes\s+through)\b"
)
# Two candidates each held possible: "It may be pneumonia, but it could also be atelectasis.", "It might be cancer.
# It might be infection.", "Pneumonia and
# atelectasis are both possible.", "Possibly liver, possibly spleen.", in Chinese "可能是肺炎，也可能是肺不张". One
# finding named with a hedged extra ("Gallstones, and there may also be sludge.") keeps its answer: the first
# candidate must itself be hedged.
_TWO_POSSIBLE = lazy_compile(
    r"(?i)\b(?:may|might|could)\s+(?:be|represent)\b[^\n]{0,120}?\b(?:may|might|could|can)\s+also\s+(?:be|represent)\b|"
    r"\b(?:it|this)\s+(?:may|might|could)\s+be\b[^.;!?\n]{1,60}[.;!?]\s+(?:or\s+)?(?:it|this)\s+(?:may|might|could)\s+"
    r"(?:also\s+)?be\s+(?!(?:bilateral|unilateral|early|late|chronic|acute|mild|moderate|severe|small|large|partial|"
    r"complete|focal|diffuse)\b)|"
    r"\btorn\s+between\b|\bone\s+possibility\b[^.\n]{0,80}?\banother\b|"
    r"(?:\bare\s+both|\bboth\s+(?:are|remain|seem|look)|^[\s*_\"']*both\s+[^.;!?\n]{1,60}?\s+(?:are|remain|seem|look))\s+"
    r"(?:(?:equally|quite|very)\s+)?(?:possible|likely|plausible|(?:in|on)\s+the\s+differential)\b|"
    r"\bequally\s+(?:likely|possible|plausible)\b|^(?!.*" + hedges.words(negation.DENY, negation.NEITHER)
    + r")[^.;!?\n]*\band/or\b|"
    r"可能是[^。；;]*?也可能|或许是[^。；;]*?也可能"
)
# "Possibly liver, possibly spleen.", "Possible pneumonia. Possible atelectasis.": each candidate opened by a hedge.
_POSSIBLY_TWICE = lazy_compile(r"(?i)^[\s*_\"']*(?:possibl[ey]|maybe|perhaps)\b[^.;!?\n]*?[,;.]\s*(?:or\s+)?"
                               r"(?:possibl[ey]|maybe|perhaps)\b")
# A label, then another candidate after a dash or comma: "Liver — or possibly the gallbladder.", "Pneumonia, or
# perhaps atelectasis." ("..., or less likely Y" ranks them and stays an answer). Read only for whether it matches, so
# a label start or end whose blanks lead to the same dash as a start or end already tried is skipped: a label starting
# on a mark followed (past tabs or line breaks) by a label character, a label of two or more ending in a space. Without
# that, "*" + 8,000 blanks + "x?" took 10 s (each start and end read the blank run to its end: cubic).
_OR_AFTER_LABEL = lazy_compile(r"(?i)^[\s*_\"']*(?=[\w' -])(?![\s*_\"'][^\S ]*[\w' -])[\w' -](?:|[\w' -]{1,39}?(?<! ))\s*+"
                               r"[—–,;]\s*or\s+(?:possibly|perhaps|maybe|potentially|else|alternatively|equally)\b")
# A question asking for one thing with any noun before its verb: "What imaging modality was used?".
_ONE_ASKED = lazy_compile(r"(?i)^\s*(?:what|which|where|in\s+which|on\s+which)\b[^?]*?\b(?:is|was|does|did)\b")
# Other languages' "could be X or Y", or "probable X or Y" (the pattern of ``extract/refusal.py``'s alternatives).
_HEDGED_OR_OTHER = lazy_compile("(?i)" + other_hedged_or("or"))
# Short fragments each asked ("Liver? Spleen?"): candidates offered as questions.
_ASKED_ITEM = lazy_compile(r"[^?？.!\n]{1,40}[?？]")
# Sentence breaks of an output that may loop.
_LOOP_SPLIT = lazy_compile(r"(?<=[.!])\s+")
# A bare list of names split by slashes ("Axial/coronal", "Pneumonia / atelectasis / aspiration").
_SLASH_LIST = lazy_compile(r"^[\s*_\"']*[A-Za-z][a-z-]+(?:\s*/\s*[A-Za-z][a-z-]+){1,3}[\s*_\"'.!]*$")
# A Chinese "X 或 Y" opening clause with more after it ("肺炎或肺不张，需结合临床。").
# A question with a wh-word and no offered alternatives: its own words name nothing new in an answer.
_WH_NO_OR = lazy_compile(r"(?i)^\s*(?:what|which|where|in\s+which|on\s+which)\b(?![^?]*\bor\b)")
# Fewest words a sentence built from the question's words needs before it is read as a non-answer ("There is an
# abnormality in the right lung." to "What is the abnormality in the right lung?"); a short label echoing part
# of the question ("The left kidney.") may still be the answer.
_ECHO_MIN_WORDS = 4
# "... in the right" / "... of the left": a side with its noun cut off; "The tip is positioned" (its place cut off;
# "... is well positioned" is a statement).
_CUT_SIDE = lazy_compile(r"(?i)\b(?:of|in|within|into|from)\s+the\s+(?:right|left)(?:\s+(?:upper|lower|middle|"
                         r"anterior|posterior|medial|lateral))?[\s*_]*$|"
                         r"\b(?:is|are|was|were)\s+(?:positioned|situated|placed|located)[\s*_]*$|\b(?:is|are|be|was)\s+"
                         r"either(?:\s+(?!or\b)[\w-]+){0,4}[\s*_]*$|,[\s*_]*$|"
                         # a size given to a thing never named: "The right ovary contains a 5 cm"
                         r"\b(?:a|an)\s+\d+(?:[.,]\d+)?\s*(?:mm|cm|ml|cc)[\s*_]*$|"
                         # a field named and left empty, after others: "FINDINGS: IMPRESSION:", "* **Pancreas**:"
                         # (it opens on a character before a run of marks, or on the text's first mark: a start on
                         # any later mark reaches the same end, and a start at each mark of a wall of stars rescanned
                         # the wall to its end, quadratic, issue #12; only whether it is found is read)
                         r"(?:[^\s*_#>-]|\A\s*+[*_#>-])[\s*_#>-]+[A-Za-z][A-Za-z /&-]{0,30}?[*_]*\s*[:：][\s*_]*$")
# The opening of a reasoning that stops before any content: "Let me analyze the image step by step.", "To answer
# this question, we need to look at the image carefully." (the whole answer is that one sentence).
_PREAMBLE = lazy_compile(
    r"(?i)^[\s*_\"']*(?:let\s+me|let'?s|let\s+us|i\s+will|i'll|we\s+(?:need\s+to|will|must)|to\s+answer\s+"
    r"(?:this|the)\s+question)\b(?:[^.!?\n](?!\b(?:is|are|shows?|reveals?|demonstrates?)\b))*[.!:]?[\s*_]*$"
)
# A question asking what is there, not where it is or how the image was made: a diagnosis, the abnormality or
# main finding, what is wrong, or what the image shows ("What is shown in this ultrasound?", "What does this
# histology show?"; a noun before the verb asks for that kind of thing instead: "What organ is shown?"). The
# image's modality and anatomy do not answer it, nor does a place alone ("lung", "In the right lower lobe."): a
# place answers only a question asking where ("Where is the lesion?", "Which organ ...?", ``ASKS_SITE``) or what a
# mark points at ("What is shown by the arrow?").
ASKS_WHAT = lazy_compile(r"(?i)\b(?:diagnos[ie]s|pathology|disease|condition|abnormality|abnormalities|findings?)\b|"
                          r"^\s*what\s+(?:is|are|was)\s+(?:the|this|these)\s+lesions?\s*(?:[?.]|$|(?:"
                          + hedges.alternation(negation.SEEN, ("in", "on", "at", "within", "here", "shown", "depicted"))
                          + r")\b)|^\s*what\s+(?:is|are)\s+"
                          r"(?:being\s+)?(?:shown|seen|visible|depicted|demonstrated|wrong|abnormal)\b|^\s*what\s+(?:looks?|appears?|"
                          r"seems?)\s+abnormal\b|^\s*what\s+does\s+"
                          r"(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:show|demonstrate|depict|reveal)\b")
ASKS_SITE = lazy_compile(r"(?i)^\s*where\b|\b(?:organ|location|located|site|side|lobe|part|region|modality|plane|"
                           r"view|sequence|technique|imaging|type\s+of\s+(?:image|scan|study))\b")
# An organ said to lie on a side ("The heart is on the right side."): its position is the finding.
_ORGAN_ON_SIDE = lazy_compile(r"^\W*(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:is|are|lies|lie|sits|sit)\s+on\s+the\s+"
                              r"(?:right|left)\b")
# A mark on the image ("What is shown by the arrow?"): asked without a diagnosis or abnormality word, it asks for the
# structure marked, which a place answers.
ASKS_MARK = lazy_compile(r"(?i)\b(?:arrows?|arrowheads?|circled?|boxed|box|marker|pointer|asterisk|star|outlined|"
                          r"highlighted|marked)\b")
ASKS_DISEASE = lazy_compile(r"(?i)\b(?:diagnos[ie]s|abnormal\w*|patholog\w*|disease|condition|findings?|lesions?)\b")
# The same in Chinese: a question asking for a diagnosis or what the abnormality is ("该图像的主要异常是什么？"), not
# where it lies or how the image was made ("异常位于哪个器官?", "这是什么检查？"), and an answer naming only the
# modality with its frame and body region ("这是一张CT图像。", "这是一张头颅MRI图像。").
_ZH_ASKS_WHAT = lazy_compile(r"诊断|异常|病变|发现")
_ZH_ASKS_PLACE = lazy_compile(r"位于|位置|部位|器官|哪一?侧|方式|检查|成像|哪个|哪种")
_ZH_MODALITY_ONLY = lazy_compile(r"^[\s*_]*(?:这|该|此)?(?:是|为)?(?:一张|一幅|一个)?(?:头颅|头部|胸部|腹部|盆腔|颈部|脊柱)?"
                                 r"(?:CT|MRI|MR|X线|X光|超声|B超|核磁共振|磁共振)(?:平扫|增强)?(?:图像|图片|影像|扫描|检查|片)?"
                                 r"[\s*_。.！!]*$", re.IGNORECASE)
# A Chinese answer stopping on a verb that needs its object: "病变位于", "这张图像显示", "诊断为", "答案是".
_ZH_CUT = lazy_compile(r"[\u4e00-\u9fff](?:位于|显示|提示|包括|表现为|诊断为|考虑为|是)[\s*_]*$")
# Words that may frame an image's description beside its modality and anatomy (``answers/image_words``).
_DESCRIPTION = DESCRIPTION
# The generic and vague words, which say nothing found (``extract/open_described.py`` reads a whole reply with them).
DESCRIBED_WORDS = _GENERIC | _VAGUE
# A question asking where, and an answer that is the image and its body part only (``_scan_of``).
_ASKS_WHERE = lazy_compile(r"(?i)^\s*where\b")
_SCAN_OF = lazy_compile(r"(?i)^[\s*_\"']*(?:(?:this|it)\s+is\s+)?(?:an?\s+|the\s+)?(?P<image>[\w-]+(?:\s+[\w-]+)?)\s+"
                        r"(?:(?:scan|image|study|film|picture|view|exam)\s+)?of\s+(?:an?\s+|the\s+)?[a-z]+[\s*_\"'.!]*$")
# Colour words, the words framing them ("stained", "shades"), a question asking a colour or the look (``ASKS_LOOK``).
# (an image's shades of grey too: "gray and white areas" is the look of any radiograph, not a finding; but a shade
# alone, "White", "Black (hypodense)", answers a density, signal or matter question, so a shade counts only framed
# as a look, ``_SHADE_FRAME``, or beside a hue)
_HUES = frozenset({"pink", "purple", "blue", "red", "violet", "magenta", "brown", "pinkish", "purplish", "bluish",
                   "reddish", "eosinophilic", "basophilic"})
_SHADES = frozenset({"gray", "grey", "white", "black", "grayish", "greyish", "whitish"})
_COLOURS = _HUES | _SHADES
_SHADE_FRAME = frozenset({"areas", "regions", "shades", "shade", "darker", "lighter", "brighter"})
_COLOUR_FRAME = frozenset({"stained", "staining", "shades", "shade", "color", "colour", "colors", "colours", "tissue",
                           "cells", "with", "dark", "light", "pale", "areas", "regions", "darker", "lighter",
                           "brighter"})
# Every word a caption of the image's look may use (``extract/open_look.py``): frame, description and colour words.
LOOK_WORDS = _GENERIC | _VAGUE | _DESCRIPTION | _COLOURS | _COLOUR_FRAME | _SHADE_FRAME
_ASKS_COLOUR_WORDS = r"colou?rs?|stain\w*|appear\w*|look\w*|hue|tint"
_ASKS_COLOUR = lazy_compile(r"(?i)\b(?:" + _ASKS_COLOUR_WORDS + r")\b")
ASKS_LOOK = lazy_compile(r"(?i)\b(?:" + _ASKS_COLOUR_WORDS + r"|shape\w*|bright\w*|dens\w*|signal|echo\w*|intensity|"
                         r"pattern|texture|borders?|margins?|contours?|shade\w*)\b")
# Two sentences that differ only in their side ("The left side of the heart is enlarged. The right side of the heart
# is enlarged.", "Left. Right."): both sides stated, neither chosen.
_SIDE = lazy_compile(r"(?i)\b(?:right|left)\b")
_WORD = lazy_compile(r"[^\W_]+")
# A question asking for a graded value: "What is the Kellgren-Lawrence grade?", "What is the BI-RADS category?",
# "Which stage ...?". An answer holding no value of a scale (a number, a numeral, a letter after the scale's word, a
# degree word) names the condition graded, not its grade ("The knee shows osteoarthritis.").
_ASKS_GRADE = lazy_compile(r"(?i)^\s*(?:what|which)\b[^?]*\b(?:grade|stage|score|category|class)\b")
_GRADE_VALUE = lazy_compile(
    r"\d|\b(?:I{1,3}|IV|VI{0,3}|IX|X)[A-Ca-c]?F?\b|(?i:\b(?:grade|stage|class|category|type|bosniak|bi-?rads|"
    r"tier|level)\s+[a-e0]\b|\b(?:" + "|".join(NUMBER_WORDS[:11]) + r"|mild|moderate|severe|"  # (zero to ten)
    r"minimal|marked|low|high|intermediate|doubtful|none|normal|benign|malignant|negative|positive|early|"
    r"advanced|limited|extensive|indeterminate|incomplete|complete|first|second|third|fourth|fifth)\b|"
    # a tumour's histological grade by its differentiation: "well / moderately / poorly differentiated"
    r"\b(?:well|moderately|poorly|un)[\s-]*differentiated\b)"
)


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


def restates(region: str, question: str) -> bool:
    """A sentence of generic words, counting words ("several", "multiple") and the question's own words (to a
    wh-question offering no alternatives): "Several findings are present.", "There is an abnormality in the right
    lung." to "What is the abnormality in the right lung?". It names nothing the question did not."""
    if len(region) > _GENERIC_MAX:
        return False
    words = _words(region)
    if len(words) < _ECHO_MIN_WORDS:
        return False
    asked = set(_words(question)) if _WH_NO_OR.match(question) is not None else set()
    # a verb's or noun's -s form is the question's word ("The arrow points to a structure." to "... point to?")
    return all(w in _GENERIC or w in _VAGUE or w in asked or (w.endswith("s") and w[:-1] in asked) for w in words)


def describes_image(region: str, question: str) -> bool:
    """To a question asking what is there (``ASKS_WHAT``), an answer naming only the image's modality, anatomy
    and places ("This is a CT scan of the abdomen.", "The abnormality is in the lung.", "lung", "The ultrasound
    shows the uterus."): no finding is named, so nothing asked was answered. A finding, a device, "normal",
    "clear" or any other word outside the description frame makes it an answer (the vocabulary of
    ``answers/concepts.tsv`` tells modality and anatomy from findings)."""
    if len(region) > _GENERIC_MAX:
        return False
    if _ZH_ASKS_WHAT.search(question) is not None:
        return _ZH_ASKS_PLACE.search(question) is None and _ZH_MODALITY_ONLY.match(region) is not None
    if HAN.search(region) is not None:  # a Chinese answer to a question in English ("肺结核。"): the English frame
        # words cannot be told from its words, only its modality-only form
        return (ASKS_WHAT.search(question) is not None and ASKS_SITE.search(question) is None
                and _ZH_MODALITY_ONLY.match(region) is not None)
    if _ASKS_WHERE.match(question) is not None:
        return _scan_of(region)  # "Where is the lesion?" - "An MRI scan of the brain."
    if ASKS_SITE.search(question) or ASKS_WHAT.search(question) is None or (
            ASKS_MARK.search(question) is not None and ASKS_DISEASE.search(question) is None):
        return False
    low = normalize(region)
    found = vocabulary().mentions(low)
    placed = _ORGAN_ON_SIDE.match(low)
    if placed is not None and any(category_of(m) == "anatomy" and m.start < placed.end(1) for m in found):
        return False  # "The heart is on the right.": an organ's side is a finding (dextrocardia), not the frame
    allowed = _GENERIC | _VAGUE | _DESCRIPTION
    if not found:  # "Abnormal.", "An abnormality in the right lower lobe.": no word beyond the frame
        words = _words(region)
        return bool(words) and all(w in allowed for w in words)
    if any(category_of(m) not in ("modality", "anatomy") for m in found):
        return False
    if any(category_of(m) == "anatomy" and _QUALIFIER_BEFORE.search(low[:m.start]) is not None for m in found):
        return False  # "Transverse colon.", "oblique fissure": a plane word naming a part of the organ, not the image
    return not residual_words(low, [(m.start, m.end) for m in found], allowed)


# A plane word right before an organ names part of it ("transverse colon", "oblique fissure", "longitudinal ligament").
_QUALIFIER_BEFORE = lazy_compile(r"\b(?:transverse|oblique|longitudinal)\s+$")


def _scan_of(region: str) -> bool:
    """An answer naming the image and the body part it shows, and nothing else ("An MRI scan of the brain.", "This
    is a CT image of the abdomen."): it says what the image is, not where in it the thing asked lies."""
    found = _SCAN_OF.match(region)
    if found is None:
        return False
    mentions = vocabulary().mentions(normalize(found.group("image")))
    return any(category_of(m) == "modality" for m in mentions)


def colours_only(region: str, question: str) -> bool:
    """An answer naming only colours ("pink and purple", "The tissue is stained purple.", "gray and white areas") to a
    question that asks no colour or stain: the look of the slide or the film, not what it shows."""
    if len(region) > _GENERIC_MAX or _ASKS_COLOUR.search(question) is not None:
        return False
    words = _words(region)
    if _HUES.isdisjoint(words) and _SHADE_FRAME.isdisjoint(words):
        return False  # "White", "Black (hypodense)": a shade alone answers a density, signal or matter question
    return (any(w in _COLOURS for w in words)
            and all(w in _COLOURS or w in _GENERIC or w in _VAGUE or w in _COLOUR_FRAME for w in words))


def label_answers(label: str, body: str, question: str) -> bool:
    """Whether the ``label`` opening a one-line answer ("Esophageal varices: tortuous submucosal veins ...") is
    itself the answer to ``question``: it names a finding or device, the question asks what is there (to
    "Where is the mass?", "Mass: right upper lobe." answers with the place after the label, as after
    "Impression:"), and the ``body`` after it does not deny it ("Pneumothorax: none." is a checklist line)."""
    if ASKS_WHAT.search(question) is None or ASKS_SITE.search(question) is not None:
        return False
    if DENIED_BODY.match(body) is not None:
        return False
    return any(category_of(m) in ("finding", "device", "group") for m in vocabulary().mentions(normalize(label)))


def both_sides(region: str) -> bool:
    """Two sentences the same but for their side ("Left. Right."): both stated, none chosen."""
    if len(region) > _GENERIC_MAX or _SIDE.search(region) is None:
        return False
    sentences = [" ".join(_words(s)) for s in re.split(r"(?<=[.!?;])\s+|\n+", region.strip()) if _words(s)]
    if len(sentences) != 2 or sentences[0] == sentences[1]:
        return False
    swapped = {"right": "left", "left": "right"}
    return " ".join(swapped.get(w, w) for w in sentences[0].split()) == sentences[1]


def repeated_sentence(region: str) -> str | None:
    """The sentence an output repeats in a loop before it was cut inside another copy ("The image is in the
    coronal plane. The image is in the coronal plane. The image is in the"): stated twice or more, it is the
    answer, and only its last copy was cut. ``None`` for any other output."""
    parts = [p.strip() for p in _LOOP_SPLIT.split(region.strip()) if p.strip()]
    if len(parts) < 3:
        return None
    *whole, cut = parts
    if len(set(whole)) != 1 or not whole[0].endswith((".", "!")) or not whole[0].startswith(cut):
        return None
    return whole[0]


def offers_candidates(first: str, region: str, question: str) -> bool:
    """Candidates without a choice, in forms :func:`hedged_candidates` and ``extract/refusal.py`` do not read: two
    each held possible (``_TWO_POSSIBLE``), another language's "could be X or Y", fragments each asked ("Liver?
    Spleen?"), names split by slashes to a question asking one thing ("Axial/coronal"), or a Chinese "X或Y" clause
    opening a longer answer."""
    if framed_pair(first) or _OR_AFTER_LABEL.match(region) is not None or other_beside_label(first, region):
        return True  # "It's probably a simple cyst or possibly a hemorrhagic one.", "Pneumonia (or atelectasis)."
    if commits(region):
        return False
    text = region.strip()
    if second_candidate(first, text) or turned_possible(first):
        return True  # "Appendicitis. Alternatively, mesenteric adenitis.", "X, though Y is possible."
    two = _TWO_POSSIBLE.search(text[:_FIRST_MAX])  # the first candidate in the opening sentence, the second may follow
    if ((two is not None and two.start() < len(first)) or _POSSIBLY_TWICE.match(text) is not None or framed_pair(first)
            or _HEDGED_OR_OTHER.search(first) is not None or other_language_pair(text)):
        return True
    asked = _ASKED_ITEM.findall(text)
    if len(asked) >= 2 and len("".join(asked).split()) == len(text.split()) and not _ASKS.match(text):
        return True
    return (_SLASH_LIST.match(text) is not None and _ONE_ASKED.match(question) is not None
            and PLURAL_ASK.search(question) is None)


def asks_one(question: str) -> bool:
    """Whether ``question`` asks for one thing ("What is the ...?", "Which organ is ...?"; not "What are the
    findings?")."""
    return _SINGULAR.match(question) is not None and PLURAL_ASK.search(question) is None


def lists_without_choice(region: str, question: str) -> bool:
    """Two or more listed items and nothing else, answering a question that asks for one thing."""
    if not asks_one(question):
        return False
    if commits(region):
        return False  # "1. Abscess (most likely) 2. Necrotic tumor": the list ranks, and names its pick
    lines = [ln for ln in region.strip().splitlines() if ln.strip()]
    if lines and lines[0].rstrip().endswith((":", "：")) and LIST_ITEM.match(lines[0]) is None:
        lines = lines[1:]  # "Findings:" heading the list
    while len(lines) > 2 and LIST_ITEM.match(lines[-1]) is None and NEXT_STEP.search(lines[-1]) is not None:
        lines = lines[:-1]  # "1. Lymphoma 2. Sarcoidosis 3. Metastases\nCT recommended.": a next step, no pick
    if len(lines) < 2:
        # One line holding "1. X 2. Y 3. Z", or three findings or more and nothing else offered as alternatives
        # ("Pneumonia, atelectasis, effusion or edema.") or as the one diagnosis asked for: named, none chosen.
        # Findings joined by "and" to "What is the abnormality?" may all be present, and stay the answer.
        named = _names_findings_only(region)
        return ((len(re.findall(r"(?:^|\s)\d{1,2}[.)]\s+\S", region)) >= 2 and "\n" not in region.strip())
                or (named > 0 and (ASKS_ONE_DISEASE.search(question) is not None or named >= _LABEL_LIST
                                   or _INLINE_OR.search(region) is not None)))
    # Short findings, not a structured answer ("1. Observation: ... 2. Conclusion: pneumonia" decides).
    return all(LIST_ITEM.match(ln) and ":" not in ln and len(_words(ln)) <= 9 for ln in lines)


def _names_findings_only(region: str) -> int:
    """How many short items ``region`` is when it is three or more, each naming a finding of the vocabulary without a
    verb, joined by commas, semicolons, full stops, "and" or "or", and nothing negated ("Pneumonia, atelectasis,
    effusion or edema.", "Cardiomegaly. Edema. Effusion. Pneumothorax. Nodule."); else 0. An item with a verb is a
    statement ("This is a hemangioma; a metastasis or abscess is less likely." names its pick)."""
    if len(region) > _GENERIC_MAX or _INLINE_NEGATED.search(region) is not None or _REASONED.search(region):
        return 0  # "Acute cholecystitis, given the wall thickening and pericholecystic fluid.": one label, its reason
    items = [i for i in _INLINE_SPLIT.split(region.strip().strip("*_\"'.!").strip()) if i.strip()]
    if len(items) < 3:
        return 0
    for item in items:
        low = normalize(item)
        if (len(_words(low)) > 4 or _ITEM_VERB.search(low) is not None
                or not any(category_of(m) == "finding" for m in vocabulary().mentions(low))):
            return 0
    return len(items)


def undecided(region: str, question: str) -> Status | None:
    """``unparsed``, ``refused`` or ``ambiguous`` when the open answer ``region`` decides nothing (see module
    docstring), else ``None`` (then its text is the answer). The caller has already read :func:`is_refusal` and
    the alternatives of ``extract/refusal.py`` on ``region``."""
    first = _first_sentence(region)
    if echoes_question(region, question) or contentless(region) or restates(region, question) \
            or says_nothing(region, lambda s: describes_image(s, question), question) \
            or (
            first.strip() == region.strip() and (_METHOD.match(first) is not None or _PREAMBLE.match(first) is not None)
    ):
        return Status.UNPARSED
    if _SPECIAL_TOKENS.match(region) is not None:
        return Status.UNPARSED
    if (_CUT_SIDE.search(region) is not None or _ZH_CUT.search(region) is not None
            or _CUT_LIST.search(region[-200:]) is not None):
        return Status.TRUNCATED
    if defers(first[:_FIRST_MAX]) and defers(before_caveat(first[:_FIRST_MAX])):
        return Status.REFUSED
    if describes_image(region, question) or colours_only(region, question):
        return Status.UNPARSED
    if _ASKS_GRADE.match(question) is not None and _GRADE_VALUE.search(region) is None and not HAN.search(region):
        return Status.UNPARSED  # "The knee shows osteoarthritis." to "What is the Kellgren-Lawrence grade?"
    if (lists_without_choice(region, question) or hedged_candidates(first, region)
            or (asks_one(question) and bare_pair(region, question))
            or offers_candidates(first, region, question) or both_sides(region)
            or candidates_after_description(first, region, question) or many_causes(region)):
        return Status.AMBIGUOUS
    return None


__all__ = ["ASKS_DISEASE", "ASKS_LOOK", "ASKS_MARK", "ASKS_SITE", "ASKS_WHAT", "DESCRIBED_WORDS", "LIST_ITEM", "GARBAGE_TOKEN", "LOOK_WORDS", "NEXT_STEP", "OPEN_DANGLING", "PLURAL_ASK",
           "asks_one", "both_sides", "contentless", "describes_image", "declines", "echoes_question", "label_answers",
           "lists_without_choice", "offers_candidates", "repeated_sentence", "restates", "undecided", "weighs_two"]
