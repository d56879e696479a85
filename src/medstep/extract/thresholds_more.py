"""The reference table's rows of the other specialties and dimensions (obstetrics, vascular, bone density, eye,
nuclear medicine, echocardiography, paediatric surgery): the second half of ``extract/thresholds.py``'s one table,
kept in its own file for size. Rows, bands and predicates are written as there (see its docstring): each band stops
short of the textbook cut-off, so a value near it reads nothing, and each row's ``source`` says where its cut-offs
come from, in words. ``extract/measured.py`` reads both halves alike.
"""

from __future__ import annotations

from medstep.extract.thresholds import (INF, NORMAL_ASKED, NORMAL_SAID, SIZE_NORMAL_ASKED, Band, Dimension, Predicate,
                                        Threshold, _p)


def _normal(abnormal: str, sized: bool = False) -> tuple[Predicate, ...]:
    """``normal`` asked: the normal band is yes, the given abnormal bands are no."""
    return (_p(SIZE_NORMAL_ASKED if sized else NORMAL_ASKED, "normal", abnormal, whole=not sized),)


_FLUID_ASKED = (_p(r"\boligohydramnios\b|\b(?:decreased|reduced|low)\b", "low", "normal high"),
                _p(r"\bpolyhydramnios\b|\bhydramnios\b|\b(?:increased|excess\w*|high)\b", "high", "normal low"),
                ) + _normal("low high")

MORE_THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "cervical length in pregnancy",
        "a transvaginal cervical length under 25 mm before 24 weeks is a short cervix (the threshold of preterm-birth "
        "risk); 30 mm or more is normal",
        r"\bcervi(?:x|cal)\b", r"\bcervical\s+length\b", Dimension.LENGTH,
        (Band("short", 0, 24, r"short(?:ened)?"), Band("normal", 30, 70, NORMAL_SAID)),
        (_p(r"\bshort", "short", "normal"), _p(r"\badequate\b|\bsufficient\b", "normal", "short")) + _normal("short"),
        adult=False, excluded=r"\bfunnel\w*\b(?!\s+(?:absent|none|not))",
    ),
    Threshold(
        "ankle-brachial index",
        "an ankle-brachial index of 0.90 or less is peripheral arterial disease, 1.00-1.40 normal, above 1.40 "
        "non-compressible (calcified) arteries (AHA/ACC 2016); the row keeps 0.91-0.99 and 1.31-1.49 unread",
        r"\bABI\b|\bankle[\s-]+brachial\b|\bperipheral\s+arter|\bPAD\b|\barterial\s+insufficiency\b",
        r"\bABIs?\b|\bankle[\s-]+brachial\s+(?:pressure\s+)?(?:index|indices)\b", Dimension.INDEX,
        (Band("low", 0, 0.9, r"reduced|abnormal"), Band("normal", 1.0, 1.3, NORMAL_SAID),
         Band("high", 1.5, 4, r"non-?compressible|calcified")),
        (_p(r"\babnormal\b", "low high", "normal"),
         _p(r"\bperipheral\s+arter\w*\s+disease\b|\bPAD\b|\barterial\s+insufficiency\b|\breduced\b|\blow\b", "low",
            "normal"),) + _normal("low high"),
    ),
    Threshold(
        "bone density T-score",
        "WHO: a T-score of -2.5 or less is osteoporosis, between -1.0 and -2.5 osteopenia (low bone mass), -1.0 or "
        "more normal",
        r"\bosteopor|\bosteopeni|\bbone\s+(?:mineral\s+)?density\b|\bBMD\b|\bbone\s+mass\b|\bT[\s-]?score\b",
        r"\bT[\s-]?scores?\b", Dimension.INDEX,
        (Band("osteoporosis", -INF, -2.5, r"osteopor\w*"), Band("osteopenia", -2.4, -1.1, r"osteopeni\w*"),
         Band("normal", -0.9, INF, NORMAL_SAID)),
        (_p(r"\bosteopor", "osteoporosis", "osteopenia normal"),
         _p(r"\bosteopeni|\blow\s+bone\s+mass\b", "osteopenia", "osteoporosis normal"),
         _p(r"\b(?:reduced|decreased|low|diminished)\b", "osteoporosis osteopenia", "normal"),
         _p(NORMAL_ASKED, "normal", "osteoporosis osteopenia")),
        siblings=r"\bZ[\s-]?scores?\b",
    ),
    Threshold(
        "amniotic fluid index",
        "an amniotic fluid index under 5 cm is oligohydramnios, 25 cm or more polyhydramnios (ACOG); the row reads "
        "6-22 cm as normal",
        r"\bamniotic\b|\bAFI\b|\b(?:oligo|poly)?hydramnios\b|\bliquor\b", r"\bamniotic\s+fluid\s+index\b|\bAFI\b",
        Dimension.LENGTH,
        (Band("low", 0, 45, r"oligohydramnios|reduced|low"), Band("normal", 60, 220, NORMAL_SAID),
         Band("high", 250, INF, r"polyhydramnios|increased")),
        _FLUID_ASKED, adult=False, siblings=r"\bpocket\b|\bDVP\b|\bSDP\b|\bMVP\b",
    ),
    Threshold(
        "deepest vertical pocket of amniotic fluid",
        "a single deepest pocket under 2 cm is oligohydramnios, 8 cm or more polyhydramnios; the row reads 2.5-7.5 "
        "cm as normal",
        r"\bamniotic\b|\b(?:oligo|poly)?hydramnios\b|\bliquor\b|\bpocket\b",
        r"\b(?:single\s+)?deepest\s+(?:vertical\s+)?pocket\b|\bDVP\b|\bSDP\b|\bmaximum\s+vertical\s+pocket\b|\bMVP\b",
        Dimension.LENGTH,
        (Band("low", 0, 19, r"oligohydramnios|reduced|low"), Band("normal", 25, 75, NORMAL_SAID),
         Band("high", 85, INF, r"polyhydramnios|increased")),
        _FLUID_ASKED, adult=False, siblings=r"\bamniotic\s+fluid\s+index\b|\bAFI\b",
    ),
    Threshold(
        "left ventricular end-diastolic diameter",
        "the adult LV end-diastolic diameter is up to 5.8 cm (men) / 5.2 cm (women) (ASE 2015); the row reads 5.2 cm "
        "or less as normal and 6.0 cm or more as dilated",
        r"\bventric|\bLV\b",
        r"\bLVID\s*d\b|\bLVEDD\b|\b(?:LV|left\s+ventricular)\s+end[\s-]+diastolic\s+(?:internal\s+)?"
        r"(?:diameter|dimension)\b", Dimension.LENGTH,
        (Band("normal", 0, 52, NORMAL_SAID), Band("high", 60, INF, r"dilated|enlarged")),
        (_p(r"\bdilat|\benlarged\b", "high", "normal"),) + _normal("high", sized=True),
    ),
    Threshold(
        "postmenopausal endometrial thickness",
        "in a postmenopausal woman (not on hormone therapy) an endometrium of 4 mm or less excludes cancer and is "
        "normal; the row reads 6 mm or more as thickened",
        r"\bendometri", r"\bendometri(?:um|al)(?:\s+double[\s-]+layer)?(?:\s+(?:stripe|lining|echo))?(?:\s+thickness)?\b", Dimension.LENGTH,
        (Band("normal", 0, 4, NORMAL_SAID), Band("high", 6, INF, r"thickened|thick")),
        (_p(r"\bthick", "high", "normal"),) + _normal("high"),
        requires=r"\bpost-?\s*menopaus", excluded=r"\bHRT\b|\bhormone\b|\btamoxifen\b|\bestrogen\b",
    ),
    Threshold(
        "optic nerve sheath diameter",
        "an adult optic nerve sheath diameter above 5.0-5.7 mm, 3 mm behind the globe, suggests raised intracranial "
        "pressure; the row reads 4.8 mm or less as normal and 5.8 mm or more as enlarged",
        r"\boptic\s+nerve\s+sheath\b|\bONSD\b|\bintracranial\s+(?:pressure|hypertension)\b|\bICP\b",
        r"\boptic\s+nerve\s+sheath(?:\s+diameter)?\b|\bONSDs?\b", Dimension.LENGTH,
        (Band("normal", 0, 4.8, NORMAL_SAID), Band("high", 5.8, INF, r"dilated|enlarged|increased|raised")),
        (_p(r"\bdilat|\benlarged\b|\bincreased\b|\braised\b|\belevated\b|\bwiden", "high", "normal"),)
        + _normal("high"),
    ),
    Threshold(
        "optic cup-to-disc ratio",
        "a vertical cup-to-disc ratio of 0.7 or more is glaucomatous cupping (suspect), 0.4 or less is usual",
        r"\bcup|\bglaucom|\boptic\s+(?:disc|nerve\s+head)\b|\bCDR\b",
        r"\b(?:vertical\s+)?cup[\s-]+(?:to[\s-]+)?disc\s+ratio\b|\bC\s*/\s*D(?:\s+ratio)?\b|\bCDR\b", Dimension.RATIO,
        (Band("normal", 0, 0.4, NORMAL_SAID), Band("high", 0.7, 1.0, r"glaucomatous|increased|enlarged")),
        (_p(r"\bcupp(?:ed|ing)\b|\bglaucom\w*|\benlarged\b|\bincreased\b", "high", "normal"),) + _normal("high"),
        adult=False,
    ),
    Threshold(
        "FDG uptake (SUVmax)",
        "an SUVmax above 2.5 is the classic cut-off of FDG avidity; the row reads 1.5 or less (blood-pool level) as "
        "not avid and 4.0 or more as avid",
        r"\bFDG\b|\bavid|\bhypermetabolic\b|\bmetabolic\b|\buptake\b|\bSUV",
        r"\bSUV\s*max\b|\bSUVmax\b|\bSUV\b|\bmaximum\s+SUV\b|\bstandardi[sz]ed\s+uptake\s+value\b", Dimension.INDEX,
        (Band("low", 0, 1.5, r"not\s+avid|background"), Band("high", 4.0, INF, r"avid|hypermetabolic|intense")),
        (_p(r"\bavid|\bhypermetabolic\b|\bmetabolically\s+active\b|\bincreased\s+(?:FDG\s+)?uptake\b|"
            r"\buptake\b[^?]*\bincreased\b", "high", "low"),),
        adult=False, excluded=r"\bno\s+(?:FDG\s+|significant\s+|abnormal\s+|increased\s+)?(?:uptake|avidity)\b|\bnon-?avid\b|"
                              r"\bphotopenic\b",
    ),
    Threshold(
        "Evans index",
        "an Evans index (frontal horns over the inner skull) above 0.3 is ventriculomegaly",
        r"\bventric|\bhydroceph", r"\bEvans(?:'s?|')?\s+(?:index|ratio)\b", Dimension.RATIO,
        (Band("normal", 0, 0.28, NORMAL_SAID), Band("high", 0.32, 1.0, r"enlarged|dilated|ventriculomegaly")),
        (_p(r"\bhydroceph\w*|\bdilat|\benlarg|\bventriculomegaly\b", "high", "normal"),) + _normal("high", sized=True),
        adult=False,
    ),
    Threshold(
        "cerebellar tonsils below the foramen magnum",
        "cerebellar tonsils more than 5 mm below the foramen magnum are a Chiari I malformation (tonsillar ectopia); "
        "the row reads 3 mm or less as normal",
        r"\btonsil|\bChiari\b",
        r"(?P<v>\d+(?:[.,]\d+)?)\s*(?P<u>mm|cm)\s+below\s+(?:the\s+(?:level\s+of\s+the\s+)?)?foramen\s+magnum\b",
        Dimension.LENGTH,
        (Band("normal", 0, 3, NORMAL_SAID), Band("high", 5.5, INF, r"ectopia|herniat\w*|Chiari")),
        (_p(r"\bectopi|\bherniat|\bChiari\b|\bdescen|\blow[\s-]+lying\b", "high", "normal"),),
        context=r"\btonsil", adult=False,
    ),
    Threshold(
        "liver span",
        "an adult liver span of up to 15-16 cm in the midclavicular line is normal; over 16 cm is hepatomegaly; the row "
        "reads 14 cm or less as normal and 17 cm or more as enlarged",
        r"\bliver\b|\bhepatomegaly\b", r"\b(?:liver|hepatic)\s+span\b|\bliver\b", Dimension.LENGTH,
        (Band("normal", 0, 140, NORMAL_SAID), Band("high", 170, INF, r"enlarged|hepatomegaly")),
        (_p(r"\benlarged\b|\bhepatomegaly\b|\blarge\b", "high", "normal"),) + _normal("high", sized=True),
    ),
    Threshold(
        "pituitary height",
        "an adult pituitary gland is up to 8-9 mm high (up to 10-12 mm in puberty, pregnancy and after delivery); the "
        "row reads 12 mm or more as enlarged",
        r"\bpituitary\b", r"\bpituitary(?:\s+gland)?(?:\s+height)?\b", Dimension.LENGTH,
        (Band("normal", 0, 8, NORMAL_SAID), Band("high", 12, INF, r"enlarged")),
        (_p(r"\benlarged\b|\blarge\b", "high", "normal"),) + _normal("high", sized=True),
        excluded=r"\bpregnan\w*|\bpost-?partum\b|\bpubert\w*|\bmacroadenoma\b|\bmicroadenoma\b|\badenoma\b",
    ),
    Threshold(
        "internal carotid artery peak systolic velocity",
        "SRU consensus: an ICA peak systolic velocity under 125 cm/s is no stenosis or under 50%, 125-230 cm/s 50-69%, "
        "over 230 cm/s 70% or more; the row reads up to 110 cm/s as not stenosed, 140 cm/s or more as stenosed and 250 "
        "cm/s or more as severely (70% or more) stenosed",
        r"\bICA\b|\binternal\s+carotid\b|\bcarotid\b", r"\bPSV\b|\bpeak\s+systolic\s+velocit(?:y|ies)\b",
        Dimension.VELOCITY,
        (Band("normal", 0, 110, NORMAL_SAID), Band("high", 140, INF, r"stenos\w*|elevated"),
         Band("severe", 250, INF, r"severe(?:ly)?|critical")),
        # (the severity first: "Is the internal carotid stenosis severe?" asks 70% or more, not any stenosis)
        (_p(r"\bsevere\b|\bcritical\b|\bhigh[\s-]+grade\b|\bsignificant\b|\b70\s*%", "severe", "normal"),
         _p(r"\bstenos|\bnarrow", "high", "normal")),
        excluded=r"\brenal\b|\bfemoral\b|\bpopliteal\b|\bsubclavian\b|\bvertebral\b|\bMCA\b|\bECA\b",
        siblings=r"\bEDV\b|\bend[\s-]+diastolic\b",
    ),
    Threshold(
        "prostate volume",
        "an adult prostate of up to 25-30 mL is normal in size; the row reads 40 mL or more as enlarged",
        r"\bprostat", r"\bprostat\w*(?:\s+gland)?(?:\s+volume)?\b", Dimension.VOLUME,
        (Band("normal", 0, 30, NORMAL_SAID), Band("high", 40, INF, r"enlarged|hypertroph\w*")),
        (_p(r"\benlarged\b|\bhypertroph|\bBPH\b|\blarge\b", "high", "normal"),) + _normal("high", sized=True),
    ),
    Threshold(
        "central macular thickness",
        "a central subfield thickness of about 250-300 µm is normal on spectral-domain OCT; the row reads 290 µm or "
        "less as normal and 350 µm or more as thickened (macular oedema)",
        r"\bmacul|\bfovea", r"\bcentral\s+(?:subfield|macular|retinal|foveal)\s+thickness\b|\bCST\b|\bCMT\b",
        Dimension.LENGTH,
        (Band("normal", 0, 0.29, NORMAL_SAID), Band("high", 0.35, INF, r"thickened|oedema|edema")),
        (_p(r"\b(?:o)?edema\b|\bthicken|\bswollen\b|\bincreased\b", "high", "normal"),) + _normal("high"),
    ),
    Threshold(
        "pyloric muscle thickness",
        "an infant's pyloric muscle of 3 mm or more (with a channel of 15 mm or more) is hypertrophic pyloric "
        "stenosis; the row reads 2 mm or less as normal and 3.5 mm or more as hypertrophied",
        r"\bpylor", r"\bpyloric\s+(?:muscle\s+)?(?:wall\s+)?thickness\b|\bpyloric\s+muscle(?:\s+wall)?\b|"
        r"\bmuscle(?:\s+wall)?\s+thickness\b",
        Dimension.LENGTH,
        (Band("normal", 0, 2, NORMAL_SAID), Band("high", 3.5, INF, r"thickened|hypertroph\w*")),
        (_p(r"\bstenosis\b|\bhypertroph|\bthicken", "high", "normal"),),
        adult=False, siblings=r"\bchannel\b|\blength\b",
    ),
    Threshold(
        "bowel wall thickness",
        "a distended small bowel or colon wall is up to 3 mm thick; the row reads 5 mm or more as thickened",
        r"\bbowel\b|\bile(?:um|al)\b|\bcolon\b|\bcolonic\b|\bjejun|\bsigmoid\b|\bintestin",
        r"\b(?:(?:small\s+)?bowel|ileal|(?:terminal\s+)?ileum|jejunal|jejunum|colonic|colon|sigmoid|c(?:a)?ecal)\s+"
        r"wall(?:\s+thickness)?\b", Dimension.LENGTH,
        (Band("normal", 0, 3, NORMAL_SAID), Band("high", 5, INF, r"thickened")),
        (_p(r"\bthicken", "high", "normal"),),
    ),
    Threshold(
        "pampiniform vein diameter",
        "a pampiniform vein over 3 mm (with reflux) is a varicocele, 2 mm or less is normal",
        r"\bvaricocele\b|\bpampiniform\b", r"\bpampiniform\s+(?:plexus\s+)?veins?\b", Dimension.LENGTH,
        (Band("normal", 0, 2, NORMAL_SAID), Band("high", 3.5, INF, r"dilated|varicocele")),
        (_p(r"\bvaricocele\b|\bdilat", "high", "normal"),),
        every=r"\blargest\b|\bup\s+to\b|\ball\b|\bveins\b",
    ),
    Threshold(
        "tricuspid annular plane systolic excursion",
        "a TAPSE under 17 mm is right ventricular systolic dysfunction (ASE 2015); the row reads 15 mm or less as "
        "reduced and 20 mm or more as normal",
        r"\bTAPSE\b|\bright\s+ventric\w*\b[^?]*\bfunction\b|\bRV\b[^?]*\bfunction\b", r"\bTAPSE\b", Dimension.LENGTH,
        (Band("low", 0, 15, r"reduced|impaired"), Band("normal", 20, 40, NORMAL_SAID)),
        (_p(r"\breduced\b|\bimpaired\b|\bdecreased\b|\bdysfunction\b|\blow\b", "low", "normal"),
         _p(NORMAL_ASKED + r"|\bpreserved\b", "normal", "low")),
    ),
    Threshold(
        "intraocular pressure",
        "an intraocular pressure of 10-21 mmHg is normal; over 21 mmHg is raised (ocular hypertension); the row reads "
        "20 mmHg or less as normal and 24 mmHg or more as raised",
        r"\bintraocular\s+pressure\b|\bIOP\b", r"\bintraocular\s+pressure\b|\bIOP\b", Dimension.PRESSURE,
        (Band("normal", 8, 20, NORMAL_SAID), Band("high", 24, INF, r"raised|elevated|high")),
        (_p(r"\braised\b|\belevated\b|\bhigh\b|\bincreased\b|\bocular\s+hypertension\b", "high", "normal"),)
        + _normal("high"),
    ),
    Threshold(
        "pulmonary artery systolic pressure",
        "an estimated pulmonary artery (right ventricular) systolic pressure above 35-40 mmHg suggests pulmonary "
        "hypertension; the row reads 30 mmHg or less as normal and 45 mmHg or more as raised",
        r"\bpulmonary\s+(?:arterial\s+)?hypertension\b|\bPAH\b|\bRVSP\b|\bPASP\b|\bpulmonary\s+(?:artery\s+)?pressure",
        r"\bRVSP\b|\bPASP\b|\b(?:right\s+ventricular|pulmonary\s+arter(?:y|ial))\s+systolic\s+pressure\b",
        Dimension.PRESSURE,
        (Band("normal", 0, 30, NORMAL_SAID), Band("high", 45, INF, r"raised|elevated|pulmonary\s+hypertension")),
        (_p(r"\bhypertension\b|\braised\b|\belevated\b|\bincreased\b|\bhigh\b", "high", "normal"),),
    ),
    Threshold(
        "aortic valve area",
        "a normal aortic valve opens 3-4 cm2; under 1.0 cm2 is severe, 1.0-1.5 moderate stenosis (ACC/AHA 2020); the "
        "row reads 1.4 cm2 or less as stenosed and 2.5 cm2 or more as normal",
        r"\baortic\s+(?:valve|stenosis)\b|\bAVA\b", r"\baortic\s+valve\s+area\b|\bAVA\b", Dimension.AREA,
        (Band("low", 0, 1.4, r"stenos\w*|reduced"), Band("normal", 2.5, 6, NORMAL_SAID)),
        (_p(r"\bstenos|\bnarrow|\breduced\b", "low", "normal"),),
    ),
    Threshold(
        "mitral valve area",
        "a normal mitral valve opens 4-6 cm2; 1.5 cm2 or less is clinically significant stenosis (ACC/AHA 2020); the "
        "row reads 3.5 cm2 or more as normal",
        r"\bmitral\s+(?:valve|stenosis)\b|\bMVA\b", r"\bmitral\s+valve\s+area\b|\bMVA\b", Dimension.AREA,
        (Band("low", 0, 1.5, r"stenos\w*|reduced"), Band("normal", 3.5, 8, NORMAL_SAID)),
        (_p(r"\bstenos|\bnarrow|\breduced\b", "low", "normal"),),
    ),
    Threshold(
        "24-hour thyroid radioiodine uptake",
        "a 24-hour radioiodine uptake of about 10-30% is normal; the row reads 5% or less as low and 40% or more as "
        "increased",
        r"\bthyroid\b[^?]*\buptake\b|\buptake\b[^?]*\bthyroid\b|\bRAIU\b|\bradio-?iodine\s+uptake\b",
        r"\b(?:RAIU|radio-?(?:active\s+)?iodine\s+uptake|(?:I-?131|I-?123)\s+uptake)\b(?:\s+at\s+24\s*-?\s*"
        r"(?:h|hrs?|hours?)\b)?", Dimension.PERCENT,
        (Band("low", 0, 5, r"low|reduced|decreased"), Band("normal", 10, 30, NORMAL_SAID),
         Band("high", 40, 100, r"increased|high|elevated")),
        (_p(r"\bincreased\b|\bhigh\b|\belevated\b", "high", "normal low"),
         _p(r"\bdecreased\b|\blow\b|\breduced\b", "low", "normal high")) + _normal("low high"),
    ),
    Threshold(
        "PR interval",
        "a PR interval of 120-200 ms is normal; over 200 ms is first-degree atrioventricular block; the row reads "
        "220 ms or more as prolonged",
        r"\bPR\b|\bfirst[\s-]+degree\b|\b1st[\s-]+degree\b|\bAV\s+block\b|\batrioventricular\s+block\b",
        r"\bPR(?:\s+interval)?\b", Dimension.DURATION,
        (Band("normal", 120, 200, NORMAL_SAID), Band("high", 220, INF, r"prolonged|long")),
        (_p(r"\bprolong|\blong\b|\bfirst[\s-]+degree\b|\b1st[\s-]+degree\b", "high", "normal"),) + _normal("high"),
        siblings=r"\bQRS\b|\bQTc?\b|\bRR\b|\bP[\s-]wave\b",
    ),
    Threshold(
        "QRS duration",
        "a QRS of 120 ms or more is a complete bundle branch block (or another broad-complex conduction delay); up to "
        "110 ms is normal (AHA/ACCF/HRS 2009)",
        r"\bQRS\b|\bbundle\s+branch\s+block\b|\b[LR]?BBB\b", r"\bQRS(?:\s+(?:duration|width|interval))?\b",
        Dimension.DURATION,
        (Band("normal", 60, 110, NORMAL_SAID + r"|narrow"), Band("high", 120, INF, r"wide|broad|prolonged")),
        (_p(r"\bbundle\s+branch\s+block\b|\b[LR]?BBB\b|\bwide\b|\bbroad\b|\bprolong", "high", "normal"),
         _p(r"\bnarrow\b", "normal", "high")) + _normal("high"),
        siblings=r"\bPR\b|\bQTc?\b|\bRR\b|\bP[\s-]wave\b",
    ),
    Threshold(
        "Sokolow-Lyon voltage",
        "S in V1 plus R in V5 or V6 of 35 mm or more is left ventricular hypertrophy by the Sokolow-Lyon criterion",
        r"\bLVH\b|\bleft\s+ventricular\s+hypertrophy\b|\bvoltage\b|\bSokolow",
        r"\bSokolow[\s-]+Lyon\b[^.;]{0,50}?=\s*(?P<v>\d+(?:[.,]\d+)?)\s*(?P<u>mm)\b", Dimension.LENGTH,
        (Band("normal", 0, 30, NORMAL_SAID), Band("high", 36, INF, r"LVH|hypertrophy|positive")),
        (_p(r"\bLVH\b|\bhypertrophy\b", "high", "normal"),),
    ),
    Threshold(
        "unenhanced liver attenuation",
        "on unenhanced CT a liver under 40 HU (or well below the spleen) is moderate-to-severe steatosis; a normal "
        "liver measures about 55-65 HU; the row reads 50 HU or more as normal",
        r"\bsteatosis\b|\bfatty\s+liver\b|\bfatty\s+infiltration\b|\bhepatic\s+fat\b|\bNAFLD\b|\bMASLD\b",
        r"\b(?:liver|hepatic)(?:\s+(?:parenchyma|parenchymal))?(?:\s+attenuation)?\b", Dimension.ATTENUATION,
        (Band("fatty", -INF, 40, r"steatosis|fatty|low"), Band("normal", 50, 90, NORMAL_SAID)),
        (_p(r"\bsteatosis\b|\bfatty\b|\bhepatic\s+fat\b|\bNAFLD\b|\bMASLD\b", "fatty", "normal"),),
        requires=r"\bun-?enhanced\b|\bnon-?contrast\b|\bnon-?enhanced\b|\bplain\s+CT\b|\bwithout\s+contrast\b",
        siblings=r"\bspleen\b|\bsplenic\b",
    ),
    Threshold(
        "estimated fetal weight centile",
        "an estimated fetal weight below the 10th centile is small for gestational age (below the 3rd, growth "
        "restriction by itself), above the 90th large; the row reads the 5th or less and the 95th or more only",
        r"\bf(?:o)?etal\b|\bfetus\b|\bgrowth\b|\bSGA\b|\bLGA\b|\bFGR\b|\bIUGR\b|\bmacrosomi",
        r"\b(?:EFW|estimated\s+f(?:o)?etal\s+weight)\b[^.;\d]{0,20}?(?:(?:at|on)\s+the\s+|(?:below|under)\s+the\s+"
        r"(?=(?:[1-9]|10)(?:st|nd|rd|th))|(?:above|over)\s+the\s+(?=9\d(?:st|nd|rd|th)))(?P<v>\d{1,2})(?:st|nd|rd|th)\s+"
        r"(?:centile|percentile)\b", Dimension.PERCENT,
        (Band("low", 0, 5, r"small|restricted|SGA"), Band("normal", 15, 85, NORMAL_SAID + r"|appropriate"),
         Band("high", 95, 100, r"large|LGA|macrosomi\w*")),
        (_p(r"\bgrowth\s+restrict\w*|\bFGR\b|\bIUGR\b|\bSGA\b|\bsmall\s+for\s+gestational\s+age\b", "low",
            "normal high"),
         _p(r"\bmacrosomi\w*|\bLGA\b|\blarge\s+for\s+gestational\s+age\b", "high", "normal low")),
        adult=False,
    ),
    Threshold(
        "placental edge to internal os",
        "a placental edge 20 mm or more from the internal os is neither praevia nor low-lying (RCOG); the row reads "
        "25 mm or more as clear",
        r"\bplacenta\w*\s+pr(?:a)?evia\b|\blow[\s-]+lying\s+placenta\b|\bplacenta\b[^?]*\blow[\s-]+lying\b",
        r"(?P<v>\d+(?:[.,]\d+)?)\s*(?P<u>mm|cm)\s+(?:from|away\s+from|clear\s+of|above)\s+(?:the\s+)?(?:internal\s+"
        r"(?:cervical\s+)?)?os\b", Dimension.LENGTH,
        (Band("near", -INF, 15, r"low[\s-]+lying|pr(?:a)?evia"), Band("normal", 25, INF, r"clear|normal")),
        (_p(r"\bpr(?:a)?evia\b|\blow[\s-]+lying\b", "near", "normal"),),
        context=r"\bplacent", adult=False,
    ),
    Threshold(
        "total dermoscopy score",
        "the ABCD rule of dermoscopy: a total dermoscopy score above 5.45 is highly suspicious of melanoma, under "
        "4.75 benign (Stolz); the row reads 4.7 or less and 5.5 or more",
        r"\bmelanoma\b|\bmalignan\w*|\bbenign\b|\bsuspicious\b",
        r"\bTDS\b|\btotal\s+dermoscop(?:y|ic)\s+score\b", Dimension.INDEX,
        (Band("benign", 0, 4.7, r"benign"), Band("malignant", 5.5, 10, r"malignant|melanoma|suspicious")),
        (_p(r"\bmelanoma\b|\bmalignan\w*|\bsuspicious\b", "malignant", "benign"),
         _p(r"\bbenign\b", "benign", "malignant")),
        adult=False,
    ),
    Threshold(
        "abdominal aortic diameter",
        "an abdominal (infrarenal) aorta of 3.0 cm or more is an abdominal aortic aneurysm and one of 2.0 cm or less "
        "is normal (SVS and ESVS practice guidelines); the row reads 2.5 cm or less as normal and 3.5 cm or more as "
        "aneurysmal, and only where the question asks of the abdominal aorta (the generic aortic row reads the rest)",
        r"\babdominal\s+aort|\bAAA\b|\binfra-?renal\b",
        r"\b(?:(?:infra|supra|juxta)-?renal\s+|abdominal\s+)?aort(?:a|ic)\b[^.;]{0,40}?\b(?:measures?|measuring|diameter|"
        r"calibre|caliber)\b|\b(?:(?:infra|supra|juxta)-?renal\s+|abdominal\s+)?aorta\b", Dimension.LENGTH,
        (Band("normal", 0, 25, NORMAL_SAID), Band("high", 35, INF, r"aneurysmal|dilated|ectatic")),
        (_p(r"\baneurysm|\bAAA\b|\bdilat|\benlarged\b", "high", "normal"),) + _normal("high", sized=True),
        excluded=r"\bascending\b|\bthoracic\b|\barch\b|\broot\b|\bsinus(?:es)?\s+of\s+valsalva\b|\bdescending\b|"
                 r"\biliac\b|\bvalve\b",
    ),
    Threshold(
        "midline shift by a displaced midline structure",
        "the septum pellucidum, the falx, the third ventricle and the pineal gland lie in the midline; any of them "
        "displaced by a measurable distance is a midline shift (5 mm or more is the usual mark of significant mass "
        "effect); the row reads 3 mm or more as a shift and 0 mm (\"midline\") as none",
        r"\bmidline\s+shift\b|\bshift\s+of\s+(?:the\s+)?midline\b",
        r"\b(?:septum\s+pellucidum|falx(?:\s+cerebri)?|third\s+ventricle|pineal(?:\s+gland)?|midline\s+structures?)\s+"
        r"(?:is\s+|are\s+)?(?:displaced|shifted|deviated|bowed)\s+(?:by\s+)?(?:approximately\s+|about\s+|~\s*)?"
        r"(?P<v>\d+(?:[.,]\d+)?)\s*(?P<u>mm|cm)\b", Dimension.LENGTH,
        (Band("normal", 0, 0.5), Band("high", 3, INF)),  # (the verb is the quantity's own: no judging words)
        (_p(r"\bmidline\s+shift\b|\bshift\b", "high", "normal"),),
        context=r"\bseptum\s+pellucidum\b|\bfalx\b|\bthird\s+ventricle\b|\bpineal\b|\bmidline\b",
    ),
    Threshold(
        "adult renal length",
        "an adult kidney is about 10-12 cm long; under 9 cm it is small (chronic kidney disease, atrophy), over 13-14 cm "
        "enlarged; the row reads 8.5 cm or less as small, 10-12.5 cm as normal and 14 cm or more as enlarged",
        r"\bkidneys?\b|\brenal\b",
        r"\b(?:(?:right|left)\s+)?kidneys?\b(?:\s+length)?|\b(?:renal|bipolar)\s+length\b", Dimension.LENGTH,
        (Band("low", 0, 85, r"small|atrophic|shrunken"), Band("normal", 100, 125, NORMAL_SAID),
         Band("high", 140, INF, r"enlarged")),
        (_p(r"\batroph|\bsmall\b|\bshrunken\b", "low", "normal high"), _p(r"\benlarged\b|\blarge\b", "high", "normal low"))
        + _normal("low high", sized=True),
        excluded=r"\btransplant\w*|\bhorseshoe\b|\bduplex\b",
        # (one kidney of normal size says nothing of the other: "The right kidney measures 11 cm, which is normal.")
        every=r"\bboth\b|\bbilateral\w*|\bkidneys\b|\beach\b|\bright\b.*\bleft\b|\bleft\b.*\bright\b",
    ),
    Threshold(
        "urinary bladder wall thickness",
        "the wall of a distended urinary bladder is up to 3 mm thick; 5 mm or more is thickened (outlet obstruction, "
        "cystitis); read only where the bladder is said to be distended (an empty bladder's wall is thicker)",
        r"(?<!gall\s)\bbladder\s+wall\b|\burinary\s+bladder\b.*\bthick",
        r"\b(?:urinary\s+)?bladder\s+wall(?:\s+thickness)?\b|(?:^|(?<=\bthe\s)|(?<=\bits\s)|(?<=,\s))wall(?:\s+thickness)?\b",
        Dimension.LENGTH,
        (Band("normal", 0, 3, NORMAL_SAID), Band("high", 5, INF, r"thickened")),
        (_p(r"\bthicken", "high", "normal"),),
        requires=r"\bdistended\b|\bdistension\b|\bdistention\b|\bfull\b",
        excluded=r"\b(?:not|non-?|under-?|poorly|incompletely|partially|partly)\s*distended\b|\bcollapsed\b|\bempty\b|"
                 r"\bdecompressed\b",
    ),
    Threshold(
        "MRI proton density fat fraction of the liver",
        "a liver proton density fat fraction under 5% is normal and 5% or more is steatosis (graded at about 5, 15 and "
        "25%); the row reads 4% or less as normal and 6.5% or more as steatosis",
        r"\bsteatosis\b|\bfatty\b|\bhepatic\s+fat\b|\bNAFLD\b|\bMASLD\b|\bfat\s+fraction\b|\bPDFF\b",
        r"\bPDFF\b|\b(?:proton[\s-]+density\s+)?fat[\s-]+fraction\b", Dimension.PERCENT,
        (Band("normal", 0, 4, NORMAL_SAID), Band("fatty", 6.5, 100, r"steatosis|fatty|elevated|increased")),
        (_p(r"\bsteatosis\b|\bfatty\b|\bhepatic\s+fat\b|\bNAFLD\b|\bMASLD\b", "fatty", "normal"),),
        adult=False, siblings=r"\bR2\*|\biron\b|\bspleen\b|\bsplenic\b|\bpancrea\w*",
    ),
    Threshold(
        "posterior ribs above the diaphragm",
        "on a frontal chest film at full inspiration the mid right hemidiaphragm lies at the 9th-10th posterior rib: "
        "more than 10 posterior ribs above it is hyperinflation, 8 or fewer a poor inspiration with low lung volumes "
        "(standard chest radiograph teaching); the row reads 7 or fewer as low, 9-10 as normal, 11 or more as high",
        r"\blungs?\b|\bvolumes?\b|\binspirat\w*|\binflat\w*|\bhyperinflat\w*|\bhyperexpan\w*|\boverinflat\w*|"
        r"\boverexpan\w*|\bexpan\w*",
        r"(?<![\d.])\b(?P<v>\d{1,2}|six|seven|eight|nine|ten|eleven|twelve)(?:st|nd|rd|th)?\s+(?:posterior\s+ribs?\b|ribs?\s+posteriorly\b)", Dimension.INDEX,
        (Band("low", 0, 7, r"low\s+(?:lung\s+)?volumes?|poor\s+inspirat\w*|hypoinflat\w*|under-?inflat\w*"),
         Band("normal", 9, 10, r"adequate|good\s+inspirat\w*|normal\s+(?:lung\s+)?volumes?"),
         Band("high", 11, 14, r"hyperinflat\w*|hyperexpan\w*|over-?inflat\w*|over-?expan\w*")),
        (_p(r"\bhyperinflat|\bhyperexpan|\bover-?inflat|\bover-?expan|\b(?:increased|high|large)\s+(?:lung\s+)?volumes?\b|"
            r"\bvolumes?\b[^?]*\b(?:increased|high|large)\b",
            "high", "normal low"),
         _p(r"\b(?:low|reduced|decreased|small)\s+(?:lung\s+)?volumes?\b|\bpoor(?:ly)?\s+inspir|\bhypoinflat|"
            r"\bunder-?inflat|\bshallow\s+inspirat|\bvolumes?\b[^?]*\b(?:low|reduced|decreased|small)\b", "low", "normal high"),
         _p(r"\b(?:adequate|sufficient|good|full)\s+(?:inspirat|inspiratory|inflation)|\binspirat\w*\b.*\badequate\b",
            "normal high", "low")),
        context=r"\b(?:above|to|at|over|of|visible|visualised|visualized|seen|count\w*)\b",
        excluded=r"\banterior\s+ribs?\b|\bfractur\w*|\blesions?\b|\bmetasta\w*",
    ),
    Threshold(
        "Cobb angle of a lateral spinal curve",
        "scoliosis is a lateral curve of 10 degrees or more measured by the Cobb method (Scoliosis Research Society); "
        "the row reads 7 degrees or less as none and 12 degrees or more as scoliosis; a kyphosis or lordosis, measured "
        "by a Cobb angle too, is no lateral curve",
        r"\bscoliosis\b|\bscoliotic\b", r"\bCobb(?:'s)?(?:\s+angle)?\b|\b(?:lateral\s+)?curve\b|\bcurvature\b",
        Dimension.ANGLE,
        (Band("normal", 0, 7, NORMAL_SAID), Band("high", 12, 180, r"scoliosis|scoliotic")),
        (_p(r"\bscoliosis\b|\bscoliotic\b", "high", "normal"),),
        adult=False, excluded=r"\bkyphos\w*|\blordos\w*|\bkyphotic\b|\blordotic\b",
    ),
)

__all__ = ["MORE_THRESHOLDS"]
