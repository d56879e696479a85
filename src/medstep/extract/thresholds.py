"""The one table of reference values ``extract`` reads a measurement or a reporting category against.

Models often answer a yes/no question with a number or a graded category instead of the verdict word: "QTc 520 ms."
to "Is the QT interval prolonged?", "TR2" to "Is the thyroid nodule suspicious?", "The ETT tip is 4.5 cm above the
carina." to "Is the tube in a good position?". A clinician reads these without hesitation because the reference
value is textbook knowledge; this module writes that knowledge down, row by row, for ``extract/measured.py``.

A :class:`Threshold` row names the quantity (how the question names its subject, how the answer names the measured
quantity), its unit, and :class:`Band` ranges (normal, high, low, ...). Each band is read with a margin: the ranges
stop short of the textbook cut-off, so a value near it falls between two bands and nothing is read (a gallbladder
wall of 3 mm, a QTc of 455 ms). A :class:`Predicate` says which bands answer a question word yes and which no
("prolonged": high is yes, normal is no; "normal": normal is yes, high or low is no). Values are adult reference
values unless a row says otherwise: the reader declines a row marked ``adult`` when the text or the question speaks
of a child. Rows are added only for widely used, unambiguous cut-offs; the ``source`` of each says where it comes
from, in words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

INF = math.inf


class Dimension(Enum):
    """What a value measures, and so which units it may carry (a length in mm or cm is stored in mm)."""

    LENGTH = "length"  # mm, cm
    DURATION = "duration"  # ms, s
    RATE = "rate"  # bpm, beats per minute, /min
    ATTENUATION = "attenuation"  # HU
    PERCENT = "percent"  # %
    RATIO = "ratio"  # a bare ratio, or a percentage read as one ("CTR 48%" is 0.48)
    CATEGORY = "category"  # a reporting category: the scale's name is its unit
    AGE_GAP = "age gap"  # years between two ages stated (bone age minus chronological age)
    INDEX = "index"  # a bare number that is no ratio of a percentage (ABI 1.12, T-score -2.9, SUVmax 9.8)
    PRESSURE = "pressure"  # mmHg
    VELOCITY = "velocity"  # cm/s, m/s (stored in cm/s)
    VOLUME = "volume"  # mL, cc, cm3
    AREA = "area"  # cm2 (a valve area)
    ANGLE = "angle"  # degrees (a Cobb angle)


@dataclass(frozen=True)
class Band:
    """A range of values (inclusive, in the row's stored unit) and the words that state it in an answer."""

    name: str
    low: float
    high: float
    said: str = ""  # a regex of words judging a value to be in this band ("bradycardic"), or ""

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Predicate:
    """What the question asks of the quantity: the bands that answer it yes, and those that answer it no."""

    words: str  # a regex found in the question (its positive form)
    yes: frozenset[str]
    no: frozenset[str]
    whole: bool = False  # asks of the whole structure ("normal", a diagnosis): another finding beside a normal value
    # ("5 mm with an appendicolith") undoes the reading


@dataclass(frozen=True)
class Threshold:
    """One row of the table (see the module docstring)."""

    name: str
    source: str  # where the cut-offs come from, in words
    subject: str  # a regex the question must match for the row to apply
    quantity: str  # a regex naming the measured quantity in the answer; with a group ``v`` it holds the value
    dimension: Dimension
    bands: tuple[Band, ...]
    predicates: tuple[Predicate, ...]
    adult: bool = True  # adult reference values: declined when the text speaks of a child
    siblings: str = ""  # a regex naming other quantities of the same dimension whose numbers do not count
    context: str = ""  # a regex the measurement's sentence must match (the structure measured, for a ``v`` pattern)
    excluded: str = ""  # a regex that makes the row unreadable anywhere in the text ("AP film" for the CTR)
    smallest: bool = False  # "18 × 9 mm" is read by its smallest dimension (a node's short axis), else the largest
    not_asked: str = ""  # a regex that, found in the question, means another quantity is asked
    every: str = ""  # a regex a normal reading needs, where one of many is measured ("the largest node", "up to")
    requires: str = ""  # a regex the question or the answer must match ("postmenopausal" for the endometrium)


# Words judging a value normal (a band ``said`` may use them).
NORMAL_SAID = (r"normal(?:es)?|within\s+(?:the\s+)?normal\s+(?:limits|range)|wnl|unremarkable|within\s+(?:the\s+)?"
               r"reference\s+range|within\s+2\s+sd|dentro\s+de\s+(?:los\s+)?l[ií]mites\s+normales")
# Words judging a device's position acceptable.
PLACED_SAID = (r"acceptable|satisfactory|appropriate(?:ly\s+positioned)?|adequate|good\s+position|well[\s-]+positioned|"
               r"in\s+(?:a\s+)?(?:good|satisfactory|appropriate|standard|correct)\s+position|correctly\s+positioned|"
               # a range a device's tip should lie in, named without its numbers: "within the recommended range"
               r"within\s+(?:the\s+|a\s+)?(?:recommended|acceptable|target|ideal|optimal|desired)\s+(?:range|window|zone)")
# The questions that ask whether a quantity is normal.
NORMAL_ASKED = r"\bnormal(?:es)?\b|\bwithin\s+normal\s+limits\b"
_DIMENSION_WORDS = r"(?:size|sized|calib(?:er|re)|diameter|thickness|width|length|dimensions?)"
SIZE_NORMAL_ASKED = (r"\bnormal(?:ly)?\s+(?:in\s+)?" + _DIMENSION_WORDS + r"\b|\b" + _DIMENSION_WORDS + r"\b.*\bnormal\b|"
                     r"\bnormal\b.*\b" + _DIMENSION_WORDS + r"\b|\bcardiothoracic\s+ratio\b.*\bnormal\b|\bnormal\b.*\bCTR\b|"
                     r"\bCTR\b.*\bnormal\b")
# The questions of cardiomegaly (any language): the CTR row's high band answers them yes.
_HEART_ENLARGED = (r"\b(?:heart|cardiac\s+silhouette|cardiac\s+shadow|cardiomegaly)\b.*\b(?:enlarged|large|big)\b|"
                   r"\bcardiomegaly\b|\benlarged\s+(?:heart|cardiac)\b|\b(?:cardiothoracic\s+ratio|CTR)\b.*\b(?:increased|"
                   r"high|elevated|abnormal)\b|silueta\s+card[ií]aca\s+(?:est[aá]\s+)?aumentada|aumentad[oa]\s+(?:el\s+"
                   r"tama[nñ]o\s+(?:card[ií]aco|del\s+coraz[oó]n)|la\s+silueta\s+card[ií]aca)|cardiomegalia|心影.*增大|"
                   r"心脏.*增大|心影.*扩大|心脏.*扩大")

_SIZE_BANDS_WORDS = r"enlarged|dilated|thickened|increased|widened|prominent"


def _p(words: str, yes: str, no: str, whole: bool = False) -> Predicate:
    return Predicate(words, frozenset(yes.split()), frozenset(no.split()), whole)


def _normal_predicate(abnormal: str, sized: bool = False) -> Predicate:
    """``normal`` asked: the normal band is yes, the given abnormal bands are no. ``sized``: only a question about
    the size ("Is the spleen normal in size?"), since an organ of normal size may still be abnormal otherwise."""
    return _p(SIZE_NORMAL_ASKED if sized else NORMAL_ASKED, "normal", abnormal, whole=not sized)


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "corrected QT interval",
        "QTc above 470 ms (women) / 450 ms (men) is prolonged and above 500 ms carries the highest risk; up to 440 ms "
        "is normal in both sexes (AHA/ACCF/HRS recommendations for the standardisation of the ECG, 2009)",
        r"\bQT", r"\bQTc[FB]?\b|\bQT\s*c\b|\bcorrected\s+QT\b", Dimension.DURATION,
        (Band("normal", 350, 440, NORMAL_SAID), Band("high", 471, INF, r"prolonged|long|prolongad[oa]")),
        (_p(r"\bprolong|\blong\b|\blarg[oa]\b", "high", "normal"), _normal_predicate("high")),
        siblings=r"\bPR\b|\bQRS\b|\bQT\b(?!\s*c)|\bRR\b|\bP[\s-]wave\b",
    ),
    Threshold(
        "cardiothoracic ratio",
        "a CTR above 0.50 on a PA chest film is cardiomegaly; an AP or supine film magnifies the heart, so the row "
        "reads no value there, and keeps a gap up to 0.55 for films whose projection is not named (Fraser & Pare)",
        r"(?i)heart|card|coraz|CTR|心",
        r"\bcardio-?thoracic\s+(?:ratio|index)\b|\bCTR\b|[ií]ndice\s+cardiotor[aá]cico|心胸比", Dimension.RATIO,
        (Band("normal", 0.30, 0.50, NORMAL_SAID), Band("high", 0.5501, 1.0, r"enlarged|increased|cardiomegaly")),
        (_p(_HEART_ENLARGED, "high", "normal"), _normal_predicate("high", sized=True)),
        excluded=r"\bAP\b|\bsupine\b|\bportable\b",
    ),
    Threshold(
        "gallbladder wall thickness",
        "the wall of a distended gallbladder is up to 3 mm thick; above 3 mm it is thickened (standard ultrasound "
        "teaching)",
        r"\bgall\s*bladder\s+wall\b|\bGB\s+wall\b|\bpared\s+(?:de\s+la\s+)?ves[ií]cul",
        r"\bgall\s*bladder\s+wall\b|\bGB\s+wall\b|(?:^|(?<=\bthe\s)|(?<=\bits\s))wall\b|\bpared\s+(?:de\s+la\s+)?ves[ií]cul\w*(?:\s+biliar)?",
        Dimension.LENGTH,
        (Band("normal", 0, 2.5, NORMAL_SAID), Band("high", 4, INF, r"thickened|thick|engrosad[oa]")),
        (_p(r"\bthick|\bengrosad", "high", "normal"), _normal_predicate("high")),
        excluded=r"\bcontracted\b|\bpost[\s-]?prandial\b",
    ),
    Threshold(
        "common bile duct diameter",
        "the adult common bile duct is up to 6 mm (a little more with age and after cholecystectomy), so the row "
        "reads up to 5 mm as normal and 10 mm or more as dilated at any age",
        r"\bcommon\s+bile\s+duct\b|\bCBD\b|\bcommon\s+duct\b|\bcol[eé]doco\b",
        r"\bcommon\s+bile\s+duct\b|\bCBD\b|\bcommon\s+duct\b|\bcol[eé]doco\b", Dimension.LENGTH,
        (Band("normal", 0, 5, NORMAL_SAID), Band("high", 10, INF, r"dilated|enlarged|distended|dilatad[oa]")),
        (_p(r"\bdilat|\benlarged\b|\bdistended\b", "high", "normal"), _normal_predicate("high", sized=True)),
        excluded=r"cholecystectomy",
    ),
    Threshold(
        "appendix diameter",
        "an appendix over 6 mm in outer diameter is the ultrasound and CT criterion of appendicitis; the row keeps "
        "6 to 8 mm unread (the grey zone)",
        r"\bappend|\bap[eé]ndic", r"\bappendi(?:x|ceal)\b|\bap[eé]ndice\b", Dimension.LENGTH,
        (Band("normal", 0, 5.5, NORMAL_SAID + "|compressible"),
         Band("high", 8, INF, r"dilated|enlarged|non-?compressible|inflamed")),
        (_p(r"\bappendicitis\b|\binflamed\b|\bapendicitis\b", "high", "normal", whole=True),
         _p(r"\bdilated\b|\benlarged\b", "high", "normal"),
         _normal_predicate("high")),
    ),
    Threshold(
        "lymph node short axis",
        "a lymph node over 10 mm in short axis is enlarged in the chest and abdomen (RECIST 1.1 calls 10-15 mm "
        "pathological, 15 mm or more measurable); the row reads 8 mm or less as normal and 16 mm or more as enlarged",
        r"\blymph|\bnodes?\b|\badenopathy\b|\blymphadenopathy\b",
        r"\bnodes?\b|\blymph\s+nodes?\b|\bshort[\s-]*axis(?:\s+diameter)?\b", Dimension.LENGTH,
        (Band("normal", 0, 8, NORMAL_SAID + r"|not\s+enlarged|sub-?centimet(?:ric|er|re)"),
         Band("high", 16, INF, r"enlarged|pathological")),
        (_p(r"\benlarged\b|\badenopathy\b|\blymphadenopathy\b|\bpatholog", "high", "normal"),
         _normal_predicate("high", sized=True)),
        smallest=True, excluded=r"retrocrural|cardiophrenic|inguinal|long[\s-]+axis",
        every=r"\blargest\b|\bup\s+to\b|\ball\b|\bnodes\s+(?:measure|are)\b|\bnone\b|\beach\b",
    ),
    Threshold(
        "aortic diameter",
        "an abdominal aorta of 3 cm or more is aneurysmal and any aorta over 5 cm is; 2.5 cm or less is normal for "
        "any segment (SVS practice guidelines)",
        r"\baort", r"\baort(?:a|ic)\b[^.;]{0,40}?\b(?:measures?|measuring|diameter|calibre|caliber)\b|\baort(?:a|ic)\b",
        Dimension.LENGTH,
        (Band("normal", 0, 25, NORMAL_SAID), Band("high", 50.01, INF, r"aneurysmal|dilated")),
        (_p(r"\baneurysm", "high", "normal"),),
    ),
    Threshold(
        "endotracheal tube tip to carina",
        "an adult endotracheal tube tip sits 5 ± 2 cm above the carina; within 2 cm of the carina it is low, beyond "
        "the carina it is endobronchial, above 7 cm it is high (standard ICU radiograph teaching); the row reads 3-6.5 cm "
        "as normal, so a tip at the 7 cm cut-off itself reads neither way",
        r"\bendotracheal\b|\bETT?\b|\bET\s+tube\b|\btracheal\s+tube\b|\bbronch\w*\b.*\bintubat|\bintubat\w*\b.*\bbronch",
        r"(?P<v>\d+(?:[.,]\d+)?)\s*(?P<u>cm|mm)\s+(?P<d>above|below|beyond|distal\s+to|proximal\s+to|from)\s+"
        r"(?:the\s+)?carina\b", Dimension.LENGTH,
        (Band("beyond", -INF, -5, r"endobronchial|in\s+the\s+(?:right|left)\s+main(?:stem)?\s+bronchus"),
         Band("low", -INF, 15, r"too\s+low|too\s+deep|low[\s-]+lying"),
         Band("normal", 30, 65, PLACED_SAID), Band("high", 90, INF, r"too\s+high|high[\s-]+lying")),
        (_p(r"\bgood\b|\bappropriate|\bsatisfactory\b|\bcorrect|\bwell\b|\badequate|\bproper|\boptimal", "normal",
            "beyond low high"),
         _p(r"\btoo\s+low\b|\btoo\s+deep\b|\blow[\s-]+lying\b", "beyond low", "normal high"),
         _p(r"\btoo\s+high\b|\bhigh[\s-]+lying\b", "high", "normal beyond low"),
         _p(r"\bbronch", "beyond", "normal high")),
        context=r"\bETT?\b|\bendotracheal\b|\btube\b|\btip\b|\bit\b", not_asked=r"\bnasogastric\b|\bNG\b|\bfeeding\b",
        siblings=r"withdraw\w*|advanc\w*|retract\w*|pull\w*\s+back|by",
    ),
    Threshold(
        "fetal heart rate",
        "a fetal heart rate of 110-160 bpm is normal; below 110 is bradycardia, above 160 tachycardia (NICE / FIGO "
        "fetal monitoring guidance)",
        r"\bfetal\b|\bfoetal\b|\bFHR\b|\bFCF\b",
        r"\bf(?:o)?etal\s+heart\s+rate\b|\bFHR\b|\bf(?:o)?etal\s+heart\b|\bheart\s+rate\b|\bcardiac\s+activity\b|\bfrecuencia\s+card[ií]aca\s+fetal\b|\bFCF\b",
        Dimension.RATE,
        (Band("low", 0, 100, r"bradycardi[ac]|bradic[aá]rdic[oa]|bradicardia"), Band("normal", 115, 155, NORMAL_SAID),
         Band("high", 170, INF, r"tachycardi[ac]|taquic[aá]rdic[oa]|taquicardia")),
        (_normal_predicate("low high"), _p(r"\bbradycard|\bbradicard", "low", "normal high"),
         _p(r"\btachycard|\btaquicard", "high", "normal low")),
        adult=False, excluded=r"\bmaternal\b|\bmother\b|\bmaterna\b",
    ),
    Threshold(
        "adult heart rate",
        "an adult resting heart rate of 60-100 bpm is normal, below 60 bradycardia, above 100 tachycardia; the row "
        "keeps 5-10 bpm either side unread",
        r"\bheart\s+rate\b|\bpulse\b|\btachycard|\bbradycard|\brate\b",
        r"\b(?:heart|ventricular|pulse)\s+rate\b|\bHR\b|(?<!respiratory\s)\brate\b|\bpulse\b|\bsinus\s+rhythm\b",
        Dimension.RATE,
        (Band("low", 0, 50, r"bradycardi[ac]"), Band("normal", 65, 95, NORMAL_SAID),
         Band("high", 110, INF, r"tachycardi[ac]")),
        (_normal_predicate("low high"), _p(r"\bbradycard", "low", "normal high"),
         _p(r"\btachycard", "high", "normal low")),
        not_asked=r"\bf(?:o)?etal\b|\bFHR\b|\bsinus\b|\batrial\b|\bjunctional\b|\bventricular\b|\brhythm\b",
        excluded=r"\bf(?:o)?etal\b|\bFHR\b|\brespirat\w*|\bbreath\w*",
    ),
    Threshold(
        "left ventricular ejection fraction",
        "an LVEF of 40% or less is reduced (heart failure with reduced ejection fraction) and 55% or more normal; "
        "41-54% is mildly reduced or borderline and unread (ASE/EACVI chamber quantification)",
        r"\bejection\s+fraction\b|\bLVEF\b|\bEF\b|\b(?:LV|left\s+ventricular)\s+(?:systolic\s+)?function\b",
        r"\bejection\s+fraction\b|\bLVEF\b|\bEF\b", Dimension.PERCENT,
        (Band("low", 0, 40, r"reduced|depressed|impaired"), Band("normal", 55, 80, NORMAL_SAID + r"|preserved")),
        (_p(r"\breduced\b|\bdepressed\b|\bimpaired\b|\blow\b|\bdecreased\b", "low", "normal"),
         _p(NORMAL_ASKED + r"|\bpreserved\b", "normal", "low")),
    ),
    Threshold(
        "left ventricular wall thickness",
        "an adult septal or posterior LV wall is up to 10 mm (men) / 9 mm (women); 13 mm or more is hypertrophy "
        "(ASE chamber quantification)",
        r"\bventric|\bLV\b|\bseptum\b|\bseptal\b",
        r"\b(?:left\s+)?ventricular\s+(?:wall|septal|septum)\b|\binterventricular\s+septum\b|\bseptal\s+thickness\b|"
        r"\bLV\s+wall\b|\bseptum\b|\bIVSd?\b|\bLVPWd?\b", Dimension.LENGTH,
        (Band("normal", 0, 10, NORMAL_SAID), Band("high", 13, INF, r"thickened|hypertroph\w*")),
        (_p(r"\bhypertroph|\bthicken", "high", "normal"), _normal_predicate("high")),
    ),
    Threshold(
        "caecal diameter",
        "the 3-6-9 rule: small bowel over 3 cm, colon over 6 cm and caecum over 9 cm are dilated",
        r"\bc(?:a)?ecum\b|\bc(?:a)?ecal\b", r"\bc(?:a)?ecum\b|\bc(?:a)?ecal\b", Dimension.LENGTH,
        (Band("normal", 0, 70, NORMAL_SAID), Band("high", 95, INF, r"dilated|distended")),
        (_p(r"\bdilat|\bdistended\b", "high", "normal"), _normal_predicate("high", sized=True)),
    ),
    Threshold(
        "small bowel diameter",
        "the 3-6-9 rule: small bowel over 3 cm is dilated",
        r"\bsmall\s+bowel\b|\bsmall\s+intestin", r"\bsmall\s+bowel\b|\bsmall\s+intestin\w*", Dimension.LENGTH,
        (Band("normal", 0, 25, NORMAL_SAID), Band("high", 35, INF, r"dilated|distended")),
        (_p(r"\bdilat|\bdistended\b", "high", "normal"), _normal_predicate("high", sized=True)),
    ),
    Threshold(
        "colonic diameter",
        "the 3-6-9 rule: a colon over 6 cm across is dilated (toxic megacolon is a transverse colon over 6 cm); the row "
        "reads 5 cm or less as normal and 6.5 cm or more as dilated (the caecum, up to 9 cm, has its own row)",
        r"\bcolon\b|\bcolonic\b|\blarge\s+bowel\b|\bmegacolon\b",
        r"\b(?:(?:transverse|sigmoid|descending|ascending|proximal|distal)\s+)?colon\b(?!\s+wall)|\blarge\s+bowel\b(?!\s+wall)|"
        r"\bcolonic\s+(?:diameter|calib(?:re|er)|lumen)\b", Dimension.LENGTH,
        (Band("normal", 0, 50, NORMAL_SAID), Band("high", 65, INF, r"dilated|distended")),
        (_p(r"\bdilat|\bdistended\b|\bmegacolon\b", "high", "normal"), _normal_predicate("high", sized=True)),
        excluded=r"\bc(?:a)?ecum\b|\bc(?:a)?ecal\b|\bwall\b|\bmass\b|\bpolyp\b|\btumou?r\b|\bsegment\b|\blength\b",
    ),
    Threshold(
        "ascending aorta diameter",
        "an adult ascending aorta (or aortic root) is up to about 3.7 cm; 4.0 cm or more is dilated and 4.5-5.0 cm or "
        "more aneurysmal (ACC/AHA 2022 aortic disease guideline); the row reads 3.5 cm or less as normal and 4.2 cm or "
        "more as dilated",
        r"\bascending\s+(?:thoracic\s+)?aort|\baortic\s+root\b",
        r"\bascending\s+(?:thoracic\s+)?aorta\b|\baortic\s+root\b", Dimension.LENGTH,
        (Band("normal", 0, 35, NORMAL_SAID), Band("high", 42, INF, r"dilated|ectatic|aneurysmal|enlarged")),
        (_p(r"\bdilat|\bectatic\b|\benlarged\b", "high", "normal"), _normal_predicate("high", sized=True)),
        siblings=r"\bdescending\b|\barch\b|\bpulmonary\b|\bsinotubular\b",
    ),
    Threshold(
        "main pancreatic duct diameter",
        "the main pancreatic duct is up to 3 mm in the head (less in the body and tail); 3 mm or more in the body is "
        "dilated; the row reads 2 mm or less as normal and 4 mm or more as dilated",
        r"\bpancreatic\s+duct\b|\bduct\s+of\s+wirsung\b|\bwirsung\b|\bMPD\b",
        r"\b(?:main\s+)?pancreatic\s+duct\b|\bduct\s+of\s+wirsung\b|\bMPD\b", Dimension.LENGTH,
        (Band("normal", 0, 2, NORMAL_SAID), Band("high", 4, INF, r"dilated|prominent")),
        (_p(r"\bdilat|\bprominent\b|\benlarged\b", "high", "normal"), _normal_predicate("high", sized=True)),
        siblings=r"\bCBD\b|\bcommon\s+(?:bile\s+)?duct\b|\bbile\s+duct\b|\bcyst\b|\bstone\b",
    ),
    Threshold(
        "inferior vena cava diameter",
        "an IVC of 2.1 cm or less is normal and over 2.1 cm dilated (ASE right heart guidelines, for estimating right "
        "atrial pressure); the row reads 2.0 cm or less as normal and 2.5 cm or more as dilated",
        r"\binferior\s+vena\s+cava\b|\bIVC\b", r"\binferior\s+vena\s+cava\b|\bIVC\b", Dimension.LENGTH,
        (Band("normal", 0, 20, NORMAL_SAID), Band("high", 25, INF, r"dilated|plethoric|distended")),
        (_p(r"\bdilat|\bplethoric\b|\bdistended\b|\benlarged\b", "high", "normal"),
         _normal_predicate("high", sized=True)),
        excluded=r"\bfilter\b|\bthromb\w*",
    ),
    Threshold(
        "left atrial anteroposterior diameter",
        "an adult left atrial anteroposterior diameter is up to 3.8 cm (women) / 4.0 cm (men); 4.1-4.6 cm (men) is "
        "mildly enlarged (ASE chamber quantification 2005); the row reads 3.8 cm or less as normal and 4.5 cm or more "
        "as enlarged",
        r"\bleft\s+atri(?:um|al)\b|\bLA\b", r"\bleft\s+atri(?:um|al)(?:\s+(?:AP|anteroposterior))?(?:\s+diameter)?\b|"
        r"\bLA(?:\s+(?:AP|anteroposterior))?\s+diameter\b|\bLA\b(?=\s*[:=]?\s*\d)", Dimension.LENGTH,
        (Band("normal", 0, 38, NORMAL_SAID), Band("high", 45, INF, r"enlarged|dilated")),
        (_p(r"\benlarged\b|\bdilated\b|\benlargement\b", "high", "normal"), _normal_predicate("high", sized=True)),
        siblings=r"\bLV\w*\b|\bleft\s+ventric\w*|\bright\s+atri\w*|\bRA\b|\baort\w*|\bappendage\b",
        excluded=r"\bvolume\b|\bappendage\b|\bthromb\w*|\bmyxoma\b|\bmass\b",
    ),
    Threshold(
        "spleen length",
        "an adult spleen is up to 12-13 cm long; over 13 cm it is enlarged (standard ultrasound teaching)",
        r"\bspleen\b|\bsplenomegaly\b|\bbazo\b|\besplenomegalia\b", r"\bspleen\b|\bsplenic\s+(?:length|span|size)\b|\bbazo\b",
        Dimension.LENGTH,
        (Band("normal", 0, 115, NORMAL_SAID), Band("high", 140, INF, r"enlarged|splenomegaly|aumentado|esplenomegalia")),
        (_p(r"\benlarged\b|\bsplenomegaly\b|\baumentad[oa]\b|\besplenomegalia\b", "high", "normal"), _normal_predicate("high", sized=True)),
    ),
    Threshold(
        "uterine length",
        "an adult uterus is about 7-9 cm long (up to 10 cm in multiparous women); the row reads 9 cm or less as "
        "normal and 12 cm or more as enlarged",
        r"\buter(?:us|ine)\b", r"\buter(?:us|ine)\b", Dimension.LENGTH,
        (Band("normal", 0, 90, NORMAL_SAID), Band("high", 120, INF, r"enlarged|bulky")),
        (_p(r"\benlarged\b|\bbulky\b", "high", "normal"), _normal_predicate("high", sized=True)),
    ),
    Threshold(
        "main pulmonary artery diameter",
        "a main pulmonary artery of 29 mm or more on CT suggests pulmonary hypertension; the row reads 27 mm or less "
        "as normal and 32 mm or more as enlarged",
        r"\bpulmonary\s+(?:arter(?:y|ies)|trunk)\b", r"\b(?:main\s+)?pulmonary\s+(?:artery|trunk)\b", Dimension.LENGTH,
        (Band("normal", 0, 27, NORMAL_SAID), Band("high", 32, INF, r"enlarged|dilated")),
        (_p(r"\benlarged\b|\bdilated\b", "high", "normal"), _normal_predicate("high", sized=True)),
    ),
    Threshold(
        "fetal lateral ventricular atrium",
        "the atrium of the fetal lateral ventricle is under 10 mm at any gestational age; 10 mm or more is "
        "ventriculomegaly (ISUOG)",
        r"\bventricul", r"\batri(?:um|al)\b[^.;]{0,30}?\bventric\w*\b|\blateral\s+ventric\w*\s+atri\w*\b|"
        r"\batrial\s+(?:diameter|width)\b", Dimension.LENGTH,
        (Band("normal", 0, 8, NORMAL_SAID), Band("high", 11, INF, r"ventriculomegaly|dilated|enlarged")),
        (_p(r"\bventriculomegaly\b|\bdilated\b|\benlarged\b", "high", "normal"), _normal_predicate("high")),
        adult=False,
    ),
    Threshold(
        "nuchal translucency",
        "a first-trimester nuchal translucency of 3.5 mm or more is increased (Fetal Medicine Foundation)",
        r"\bnuchal\b|\bNT\b", r"\bnuchal\s+translucency\b|\bNT\b", Dimension.LENGTH,
        (Band("normal", 0, 2.5, NORMAL_SAID), Band("high", 3.5, INF, r"increased|thickened")),
        (_p(r"\bincreased\b|\bthickened\b|\benlarged\b|\babnormal", "high", "normal"), _normal_predicate("high")),
        adult=False, siblings=r"\bCRL\b|\bcrown[\s-]+rump\b",
    ),
    Threshold(
        "bone age against chronological age",
        "a bone age within about 1 year of the chronological age is normal; beyond 2 standard deviations of the "
        "Greulich and Pyle standard (about 2 years in mid-childhood) it is advanced or delayed; the row reads a gap "
        "of 2.5 years or more, and 1 year or less (or the two ages said to match) as normal",
        r"\bbone\s+age\b", r"\bbone\s+age\b", Dimension.AGE_GAP,
        (Band("delayed", -INF, -2.5, r"delayed|retarded"), Band("normal", -1, 1, NORMAL_SAID + r"|concordant|"
                                                                  r"appropriate"),
         Band("advanced", 2.5, INF, r"advanced|accelerated")),
        (_p(r"\badvanced\b|\baccelerated\b", "advanced", "normal delayed"),
         _p(r"\bdelayed\b|\bretarded\b", "delayed", "normal advanced"),
         _p(NORMAL_ASKED + r"|\bappropriate\b|\bconcordant\b", "normal", "delayed advanced")),
        adult=False,
    ),
    Threshold(
        "vertebral body height loss",
        "a vertebral body that has lost 20-25% of its height or more is fractured (Genant semiquantitative grade 1 "
        "starts at 20%); the row reads 25% or more as a fracture and 10% or less as preserved height",
        r"\bvertebra|\bvertebral\b|\bcompression\s+fracture\b|\bwedge\b",
        r"\bloss\s+of\s+(?:(?:vertebral|body|anterior|posterior|central|its|the)\s+){0,3}height\b|\bheight\s+loss\b",
        Dimension.PERCENT,
        (Band("normal", 0, 10, r"preserved|maintained"), Band("loss", 25, 100, r"compression\s+fracture|collapse\w*")),
        (_p(r"\bpreserved\b|\bmaintained\b|\bintact\b|\bnormal\b", "normal", "loss"),
         _p(r"\bfracture|\bcollapse|\bheight\s+loss\b|\bloss\s+of\s+height\b|\bwedg", "loss", "normal")),
    ),
    Threshold(
        "left hemidiaphragm height over the right",
        "the right hemidiaphragm normally lies about 1.5-2.5 cm above the left (the left at or above it in a few "
        "per cent of normal films); the row reads the left 1-3 cm below the right as normal and 2 cm or more above "
        "it as elevated (standard chest radiograph teaching)",
        r"\bleft\s+hemi-?diaphragm\b|\bleft\s+(?:half\s+of\s+the\s+)?diaphragm\b",
        r"(?P<v>\d+(?:[.,]\d+)?)\s*(?P<u>cm|mm)\s+(?P<d>higher|above|lower|below)\s+(?:than\s+)?(?:the\s+)?right\b"
        r"(?!\s+(?:lung|kidney|lobe|ventric\w*|atri\w*))", Dimension.LENGTH,
        (Band("normal", -30, -10, NORMAL_SAID), Band("high", 20, INF, r"elevated|raised|high")),
        (_p(r"\belevat|\braised\b|\bhigh\b", "high", "normal"),),
        context=r"\bleft\s+(?:hemi-?)?diaphragm\b|\b(?:the\s+)?left\s+(?:one|side|dome)\b",
    ),
    Threshold(
        "right hemidiaphragm height over the left",
        "the right hemidiaphragm normally lies about 1.5-2.5 cm above the left, up to 3 cm; the row reads 0.5-2.5 cm "
        "as normal and 4 cm or more as elevated (standard chest radiograph teaching)",
        r"\bright\s+hemi-?diaphragm\b|\bright\s+(?:half\s+of\s+the\s+)?diaphragm\b",
        r"(?P<v>\d+(?:[.,]\d+)?)\s*(?P<u>cm|mm)\s+(?P<d>higher|above|lower|below)\s+(?:than\s+)?(?:the\s+)?left\b"
        r"(?!\s+(?:lung|kidney|lobe|ventric\w*|atri\w*))", Dimension.LENGTH,
        (Band("normal", 5, 25, NORMAL_SAID), Band("high", 40, INF, r"elevated|raised|high")),
        (_p(r"\belevat|\braised\b|\bhigh\b", "high", "normal"),),
        context=r"\bright\s+(?:hemi-?)?diaphragm\b|\b(?:the\s+)?right\s+(?:one|side|dome)\b",
    ),
    Threshold(
        "attenuation of a pleural collection",
        "acute blood in the pleural space measures about 35-70 HU on CT, simple fluid 0-20 HU",
        r"\bh(?:a)?emothorax\b", r"(?P<v>-?\d+(?:[.,]\d+)?)\s*(?P<u>HU|Hounsfield\s+units?)\b",
        Dimension.ATTENUATION,
        (Band("simple", -20, 15, r"simple(?:\s+fluid)?|water"), Band("blood", 35, 90, r"blood|h(?:a)?emorrhag\w*")),
        (_p(r"\bh(?:a)?emothorax\b", "blood", "simple"),),
        context=r"\bpleura|\bhemithorax\b|\beffusion\b",
    ),
)

# The reporting categories: a category's number is its value; "4A" is 4.1, "4B" 4.2, "4C" 4.3, "4X" 4.4.
_SUSPICIOUS_ASKED = r"\bsuspicious\b|\bconcerning\b|\bworrisome\b|\bworrying\b|\bsospechos[oa]s?\b"
_BENIGN_ASKED = r"\bbenign\b|\bbenign[oa]s?\b"
_CATEGORY_PREDICATES = (
    _p(_SUSPICIOUS_ASKED, "suspicious malignant", "negative benign"),
    _p(r"\bmalignan|\bcancer|\bcarcinoma\b|\bmalign[oa]s?\b|\bc[aá]ncer\b", "malignant", "negative benign"),
    _p(_BENIGN_ASKED, "benign", "suspicious malignant"),
)
# the organ each scale grades: a question naming another organ is not asked by it
_ORGANS = r"\bthyroid\b|\bbreast\b|\bmammo\w*|\blung\b|\bpulmonary\b|\bprostat\w*|\bliver\b|\bhepat\w*|\bkidney\b|\brenal\b"

CATEGORIES: tuple[Threshold, ...] = (
    Threshold(
        "ACR TI-RADS", "ACR TI-RADS (2017): TR1 benign, TR2 not suspicious, TR3 mildly, TR4 moderately, TR5 highly "
        "suspicious", r"\bthyroid\b|\bnodule\b|\btiroide\w*|\bn[oó]dulo\b",
        r"(?:\bTI-?RADS\b[\s:\"'-]*(?:category\s*|TR[\s-]?)?|\bTR[\s-]?)(?P<v>[1-5])(?![\d.])", Dimension.CATEGORY,
        (Band("negative", 1, 1, r"benign"), Band("benign", 2, 2, r"not\s+suspicious"),
         Band("suspicious", 4, 5, r"suspicious")),
        _CATEGORY_PREDICATES[0:1] + (_p(_BENIGN_ASKED, "negative benign", "suspicious"),),
        adult=False, not_asked=r"\bbreast\b|\bmammo\w*|\blung\b|\bprostat\w*|\bliver\b|\bkidney\b",
    ),
    Threshold(
        "BI-RADS", "ACR BI-RADS 5th edition: 1 negative, 2 benign, 3 probably benign, 4 suspicious, 5 highly "
        "suggestive of malignancy, 6 known biopsy-proven malignancy", r"\bbreast\b|\bmammo|\blesion\b|\bmass\b|\bmama\b|\bmamogra|\blesi[oó]n\b|\bmasa\b",
        r"\bBI-?RADS\b[\s:\"'-]*(?:category\s*|cat\.?\s*)?(?P<v>[0-6][ABCabc]?)(?![\d.])", Dimension.CATEGORY,
        (Band("negative", 1, 1), Band("benign", 2, 2, r"benign"), Band("suspicious", 4, 4.3, r"suspicious"),
         Band("malignant", 5, 6, r"malignan\w*|highly\s+suspicious")),
        # (an abnormality or normality asked of the study, last: category 1 is a negative study, 4 to 6 name a
        # suspicious finding; 2 and 3 name a benign one, which to "any abnormality?" says neither; session 53)
        _CATEGORY_PREDICATES + (_p(r"\babnormal", "suspicious malignant", "negative"),
                                _p(NORMAL_ASKED, "negative", "suspicious malignant", whole=True)), adult=False,
        not_asked=r"\bthyroid\b|\blung\b|\bpulmonary\b|\bprostat\w*|\bliver\b|\bhepat\w*|\bkidney\b|\brenal\b",
    ),
    Threshold(
        "Lung-RADS", "ACR Lung-RADS v2022: 1 negative, 2 benign appearance, 3 probably benign, 4A/4B/4X suspicious",
        r"\blung\b|\bpulmonary\b|\bnodule\b|\bpulm[oó]n\b|\bpulmonar\b|\bn[oó]dulo\b", r"\bLung-?RADS\b[\s:\"'-]*(?:category\s*)?(?P<v>[1-4][ABXabx]?)(?![\d.])",
        Dimension.CATEGORY,
        (Band("negative", 1, 1), Band("benign", 2, 2, r"benign"), Band("suspicious", 4.1, 4.4, r"suspicious")),
        _CATEGORY_PREDICATES[0:1] + (_p(_BENIGN_ASKED, "negative benign", "suspicious"),), adult=False,
        not_asked=r"\bthyroid\b|\bbreast\b|\bmammo\w*|\bprostat\w*|\bliver\b|\bkidney\b",
    ),
    Threshold(
        "PI-RADS", "PI-RADS v2.1: 1 very low, 2 low, 3 intermediate, 4 high, 5 very high likelihood of clinically "
        "significant cancer", r"\bprostat\w*|\blesion\b|\bpr[oó]stat\w*|\blesi[oó]n\b",
        r"\bPI-?RADS\b[\s:\"'-]*(?:v?2(?:\.1)?\s*)?(?:category\s*|score\s*(?:of\s*)?)?(?P<v>[1-5])(?![\d.])",
        Dimension.CATEGORY,
        (Band("negative", 1, 1), Band("benign", 2, 2), Band("suspicious", 4, 5, r"suspicious")),
        _CATEGORY_PREDICATES[0:1] + (_p(r"\bclinically\s+significant\b", "suspicious", "negative benign"),),
        adult=False, not_asked=r"\bthyroid\b|\bbreast\b|\bmammo\w*|\blung\b|\bliver\b|\bkidney\b",
    ),
)

# Words saying a child's or a neonate's values are read: an adult row is declined.
CHILD = (r"\b(?:child|children|childhood|infant|neonat\w*|newborn|toddler|p(?:a)?ediatric|boy|girl|baby|preterm|"
         r"premature|adolescent|teenager?|niñ[oa]s?|lactante|reci[eé]n\s+nacido|pedi[aá]tric[oa])\b|\b(?:[1-9]|1[0-7])[\s-]*(?:years?|yrs?|y)[\s-]*old\b|"
         r"\b\d+[\s-]*(?:months?|weeks?|days?)[\s-]*old\b")

__all__ = ["Band", "CATEGORIES", "CHILD", "Dimension", "NORMAL_SAID", "Predicate", "THRESHOLDS", "Threshold"]
