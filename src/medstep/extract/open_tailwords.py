"""The tails an open answer's label may carry in its sentence, as patterns (read by ``extract/open_tails.py``).

Each names what follows a label and only qualifies it: the image or patient it was seen on, everything else
denied, a reason, a describing clause, a participle with what it governs, a measurement, a part of the organ.
Kept apart from the readers, as the other cue words are (``extract/findings_words.py``), so each has one home.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.lazyre import RUN_START, lazy_compile

# The image or patient the label was seen on, closing it: "... seen on this X-ray", "... in this adolescent".
SETTING_TAIL = lazy_compile(r"(?i)" + RUN_START + r"(?:\s+(?:seen|noted|visible|shown|demonstrated|identified|evident))?\s+(?:on|in)\s+"
                             r"(?:this|the\s+(?:given|provided|current))\s+(?:[\w-]+\s+){0,2}?(?:image|images|radiograph|"
                             r"scan|film|x-?ray|ct|mri|study|view|patient|case|child|adolescent|adult|infant|man|woman|"
                             r"boy|girl|picture|photograph|slide)[\s.!]*$")
# Everything else denied after the label: "..., and no other stones are seen in either kidney", "; no other lesion".
DENIED_TAIL = lazy_compile(r"(?i)" + RUN_START + r"(?:\s*[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)no\s+(?:other|further|additional)\s"
                            r"[^,;]*$")
DENIED_HOLDS = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.TURN, hedges.CONDITION,
                                                   ("or",)) + r"|[?？]")
# Tails that only qualify the label before them.
REASON_TAIL = lazy_compile(r"(?i),\s*(?:given|as\s+shown|as\s+evidenced|as\s+seen|as\s+indicated|as\s+suggested|"
                            r"as\s+demonstrated|based\s+on|because|since|as|owing\s+to|judging\s+by|"
                            r"on\s+the\s+basis\s+of|"
                            # the same in Spanish, French, Italian, Portuguese, German: ", dada la dilatación ..."
                            r"dad[oa]s?|visto|vista|vu|vue|[ée]tant\s+donn[ée]|compte\s+tenu|considerando|"
                            r"dat[oa]\s+(?:la|il|l['’]|i|le|gli)|"
                            r"angesichts|aufgrund|wegen|porque|parce\s+que|perch[ée]|weil|por|pour|per)\b|"
                            # without a comma, only a reason that cannot name the label's own object: "Osteoid
                            # osteoma given the central nidus", "Meningioma because of the dural tail"
                            r"(?<!\s)\s+(?:given\s+(?:the|its|their|a|an|that)|because|as\s+(?:shown|evidenced|seen|indicated|"
                            r"suggested|demonstrated)\s+by|based\s+on|judging\s+by|on\s+the\s+basis\s+of)\b")
CLAUSE_TAIL = lazy_compile(r"(?i)(?:,\s*(?:which|who|whose|qui|que|che|die|der|das|with|along\s+with|"
                            r"(?!including\b|excluding\b|suggesting\b|indicating\b|representing\b)[a-z]{3,}ing(?=\s+(?!and\b|or\b)\w)|"
                            # a participle of a verb of seeing or linking, with what it governs: ", seen as free air",
                            # ", typically associated with ...", ", seen when the gallbladder is contracted"
                            r"(?:(?:typically|classically|usually|often|commonly|most\s+often|most\s+commonly)\s+)?"
                            r"(?:seen|noted|found|associated|described|caused|produced|visualised|visualized)\s+"
                            r"(?=(?:as|when|by|with|in|on|at|after|from|if|during)\b))|"
                            r"(?<!\s)\s+(?:containing|causing|showing|obscuring|scattered|measuring|with\s+its|"
                            r"which|qui|que|that(?=\s+(?:is|are|was|were|has|have|blunts?|causes?|shows?|obscures?|"
                            r"displaces?|compresses?|extends?|involves?|contains?|measures?|arises?|lies)\b)))\b")
# A participle with what it governs, or an absolute phrase, after the label: "Osteosarcoma arising from the distal
# femur", "Effusion tracking into the fissure", "Endotracheal tube, its tip 4 cm above the carina", "Appendicitis, the
# appendix measuring 11 mm". Not to a question asking where or which part: there the place governed is the answer.
PARTICIPLE_TAIL = lazy_compile(r"(?i)(?:,\s*|(?<!\s)\s+)(?:arising|involving|extending|tracking|sparing|abutting|exerting|"
                                r"compressing|displacing|encasing|projecting|terminating|originating|crossing|occupying|"
                                r"replacing|infiltrating|eroding|expanding)\s+(?=\w)|"
                                r",\s*(?:its|their)\s+(?=\w)|,\s*the\s+[a-z-]+(?:\s+[a-z-]+)?\s+[a-z]{3,}ing\b")
# (A decimal comma is no break before a measurement: "O nódulo mede 1,5 cm.") The blanks after the comma are taken
# whole (``*+``: the words start after them): giving them back one by one rescanned the rest, quadratic on a blank run.
# The short tail to the end is checked before the digit is looked for (a lookahead of the same words, taken whole:
# splitting a word in two never helps reach the end): the digit's search scanned on to the next comma from every
# "of" or "about", quadratic on a long reply without commas ("... questions about " * 400).
MEASURE_TAIL = lazy_compile(r"(?i)(?:(?<!\d),\s*+|,(?!\d)\s*+|(?<!\s)\s+(?:at|of|measuring|about|approximately|up\s+to)\s+)"
                             r"(?=(?:[\w%°/:.~-]++\s*+){1,6}$)"
                             r"(?=[^,;]*(?<![\w-])\d+(?!\d|st\b|nd\b|rd\b|th\b))(?:[\w%°/:.~-]+\s*){1,6}$")
PART_TAIL = lazy_compile(r"(?i),\s*(?:(?:[\w-]+\s+){0,2}(?:pole|segment|portion|part|third|aspect|shaft|zone|"
                          r"region|level|lobe|branch)(?:\s+[ivx\d]{1,5})?|(?:segment|level|zone)\s+[\w-]{1,5}|"
                          r"[a-z]\d|mid-?shaft)[\s.!]*$")
