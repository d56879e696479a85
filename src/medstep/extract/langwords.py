"""Rejection and answer words of the other languages models answer in, defined once.

Models asked in English often answer in the question's or the user's language,
and a rejection word the readers do not know makes its letter look chosen:
"Descartado: A." (Spanish: discarded), "Falsch: A." (German: wrong), "A:
écartée." (French) and "答案：A不对，B。" (Chinese: A is wrong) were all read as
A. The English words live in each reader's own patterns; the readers that see
a letter next to a judgement (:mod:`medstep.extract.lastmention`,
:mod:`medstep.extract.lines`, :mod:`medstep.extract.letters`,
:mod:`medstep.extract.decision`) import these to extend them.

* ``REJECT``: a regular-expression alternation (no groups, use inside
  ``\\b(?:...)\\b``) of Spanish, Portuguese, French, German and Italian words
  that set an option aside: discarded, excluded, incorrect, wrong, false,
  unlikely, rejected.
* ``REJECT_TOKENS``: the same words as single tokens without accents (the one
  list ``REJECT`` is built from), for readers that compare word lists.
* ``ZH_REJECT``: Chinese judgements written right after a letter ("A不对",
  "A错误", "A排除", "A不正确"); :func:`rejects_after`: any of these after a letter;
  ``ZH_NEGATED``: a Chinese negation before an option's text ("没有气胸");
  ``ZH_ANSWER_LEFT`` / ``ZH_JUDGEMENT``: answer words before a letter ("答案是C") and a
  judgement after it that chooses it ("C选项正确");
  ``ZH_NOT_BUT``: a letter set aside before the chosen one ("答案：A不对，B").
* ``ES_ANSWER_PHRASE``, ``ANSWER_PHRASE``: Spanish, and French, Portuguese,
  German and Italian "the (correct) answer is" / "Answer:" markers, read by
  :mod:`medstep.extract.split` as it reads "The answer is".
* ``CHOOSE_TOKENS``: the verbs of "Je choisis C", "Ich wähle C", "Elijo la C",
  "Escolho a C", "Scelgo C" (the word right before a letter that keeps it a
  letter, :mod:`medstep.extract.mentions`), and :func:`chooses`: such a verb
  (with its article or "option" noun) ends the words before a mention
  (:mod:`medstep.extract.decision` reads it as ``choice_verb``).
* :func:`foreign_negation`: a negation of these languages in a statement ("Pas de
  pneumothorax.", "Kein Pneumothorax.", "Pneumothorax nicht nachweisbar."):
  the English statement readers see the finding's name and no negation, and
  must not read it as stated.
"""

from __future__ import annotations

import unicodedata

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile

# The words, lower-cased without accents (``fold``): the one list. Only words that cannot be English words of a
# medical text ("improbable", "incorrect" are left to the English patterns).
REJECT_TOKENS = frozenset({
    # Spanish
    "descartado", "descartada", "descartados", "descartadas", "descartamos", "descarto", "descarta", "descartan",
    "excluido", "excluida", "excluidos", "excluidas", "excluimos", "incorrecto", "incorrecta", "incorrectos",
    "incorrectas", "erroneo", "erronea", "equivocado", "equivocada", "falso", "falsa", "rechazado", "rechazada",
    "desestimado", "desestimada",
    # Portuguese
    "incorreto", "incorreta", "errado", "errada", "improvavel", "rejeitado", "rejeitada",
    # French
    "ecarte", "ecartee", "ecartes", "ecartees", "exclu", "exclue", "exclus", "exclues", "elimine", "eliminee",
    "incorrecte", "fausse", "faux", "rejete", "rejetee",
    # German
    "ausgeschlossen", "falsch", "unwahrscheinlich", "unzutreffend", "verworfen", "abgelehnt",
    # Italian
    "escluso", "esclusa", "errato", "errata", "scartato", "scartata", "improbabile",
})
_ACCENTED = {"a": "[aáàâ]", "e": "[eéèê]", "i": "[iíî]", "o": "[oóô]", "u": "[uúü]"}
# The same words as a regular expression alternation (no groups; use inside ``\b(?:...)\b``), accents optional.
REJECT = "|".join("".join(_ACCENTED.get(c, c) for c in w) for w in sorted(REJECT_TOKENS, key=len, reverse=True))

ZH_REJECT = "不对|不正确|错误|错|排除|不符合|不考虑|除外|不像|都不|均不"
_ZH_REJECT_STARTS = tuple(ZH_REJECT.split("|"))
# Chinese answer words right before an option ("答案是", "选择", "最可能的诊断为"); Korean and Japanese ones with their
# topic particle ("정답은 C입니다", "답: C", "答えは C です", "正解：C").
ZH_ANSWER_LEFT = lazy_compile(r"(?:(?:答案|回答|答|选择|选项|选|最可能的诊断)\s*(?:是|为|[:：])?"
                              r"|(?:정답|답|답변|선택)\s*(?:은|는|:|：)?|(?:答え|正解|解答)\s*(?:は|[:：])?)\s*[\s*(（]*\Z")
# Chinese decision words before an option ("最可能是C" most likely C, "更倾向于C" leaning to C, "诊断为C"): a decision,
# as "the most likely is C" / "I'd lean towards C" are in English, not a final answer phrase; not after a negation
# ("不倾向于C" not leaning to C, "不是最可能是C").
ZH_DECISION_LEFT = lazy_compile("".join(f"(?<!{w})" for w in ("不", "不更", "不太") + negation.ZH_IS_NOT) + r"(?:最可能|最符合|最合适|最佳|(?:更|还是)?倾向于?|诊断(?:为|是))的?\s*(?:是|为|选)?\s*[\s*(（]*\Z")
# A gloss in brackets closing a Chinese label ("肺炎（pneumonia）"): the gloss is group 1; the label is what stands before it.
CJK_GLOSS = lazy_compile(r"[（(]([^（）()]{1,20})[）)]$")
# The leads of a Chinese report's conclusion: "考虑为肺炎。" (considered), "诊断为气胸" (diagnosed as), "符合佝偻病表现"
# (consistent with), "提示肺炎" (indicating); the label follows (``extract/open_frames.py``, ``extract/open_verdict.py``).
ZH_CONCLUSION_LEADS = ("考虑为", "诊断为", "符合", "提示")
# The two of them that commit to a diagnosis; "符合" and "提示" also lead a clause on the course, the history or the next
# step ("提示需进一步检查", "符合临床表现", "提示感染较重"), which a committed label before it outranks.
ZH_DIAGNOSIS_LEADS = ("考虑为", "诊断为")
# How the Chinese name of a disease, a lesion or an injury ends (carcinoma, -itis, tumour, disease, syndrome, swelling /
# abscess, infarct, haemorrhage, effusion, hydrops, stone, cyst, fracture, dislocation, malformation, stenosis,
# occlusion, embolism, thrombus, tuberculosis, injury, tear, rupture, dilatation, sclerosis, atrophy, fibrosis,
# hyperplasia, perforation, obstruction, intussusception, torsion, hernia, fistula, degeneration, necrosis, ischaemia,
# nodule, mass, infection, metastasis, pneumothorax, emphysema, lesion, space-occupying lesion, focus): a clause a conclusion lead opens names a diagnosis when
# its label ends so (or names a finding of the vocabulary), not when it speaks of the course ("需进一步检查").
ZH_DISEASE_ENDINGS = ("癌", "炎", "瘤", "病", "症", "征", "肿", "梗死", "梗塞", "出血", "积液", "积水", "积气", "结石",
                      "囊肿", "骨折", "脱位", "畸形", "狭窄", "闭塞", "栓塞", "血栓", "结核", "损伤", "撕裂", "破裂",
                      "扩张", "硬化", "萎缩", "纤维化", "增生", "穿孔", "梗阻", "套叠", "扭转", "疝", "瘘", "变性", "坏死",
                      "缺血", "结节", "肿块", "感染", "转移", "气胸", "气肿", "病变", "占位", "灶")
# Names of a report's conclusion field in Spanish, Portuguese, French, German and Italian ("**Diagnóstico:** ...",
# "Diagnose: ...", "Hallazgo principal: ...", "Impression :", "Beurteilung:"), beside the English ones
# (``extract/open_decision.py``'s answer field); regex fragment, no groups.
FOREIGN_CONCLUSION_FIELDS = (r"diagn[oó]stico(?:\s+(?:final|principal|m[aá]s\s+probable))?|diagnostic(?:\s+(?:final|retenu|"
                             r"le\s+plus\s+probable))?|(?:verdachts)?diagnose|diagnosi(?:\s+(?:finale|pi[uù]\s+probabile))?|"
                             r"hallazgo\s+principal|achado\s+principal|impresi[oó]n(?:\s+diagn[oó]stica)?|conclusi[oó]n|"
                             r"conclus[aã]o|beurteilung|conclusione")
# Words of those languages adding a second thing or correcting the first ("y el pulmón, que también ...", "c'est en
# fait la rate", "qui montre aussi ..."): a framed answer followed by them is not cut to its first label.
FOREIGN_ADDS = lazy_compile(r"(?i)\b(?:en\s+fait|en\s+realidad|in\s+realtà|na\s+verdade|eigentlich|aussi|también|auch|"
                            r"anche|também|(?:y|et|und|e)\s+(?:el|la|le|les|los|las|die|der|das|il|lo|o|a|os|as)\s)")
# A Chinese clause that only describes the answer before it, by the word opening it ("病变位于右肺上叶，呈大片实变影",
# "，边界清楚", "，大小约2cm"), and the words that make a clause add or correct something instead ("，中叶亦可见",
# "，并累及胰体", "，准确地说是右肺中叶", a side or a lobe: "，左侧也可见") (``extract/open_frames_cjk.py``).
ZH_DESCRIBES = ("呈", "边界", "大小", "密度", "信号", "直径", "约", "内见", "其内", "体积", "形态", "增强后")
ZH_ADDS = lazy_compile(r"[也亦并及另还左右双叶段侧]|同时|累及|准确|实际|应为")
# A question of those languages asking the main abnormality or lesion, not the diagnosis ("Quelle est la principale
# anomalie ?", "¿Cuál es la alteración principal?", "Qual é a principal alteração?", "Welche Auffälligkeit ...?"): as
# to the English "What is the abnormality?", only a verdict frame naming a finding answers it
# (``verdict_langs.foreign_verdict``).
FOREIGN_ENTITY_ASKED = (r"\b(?:anomalie|anomal[ií]as?|anomalies|alteraç(?:ão|ões)|alteraci[oó]n(?:es)?|alterazion[ei]|"
                        r"auffälligkeit(?:en)?|l[ée]sions?|lesi[oó]n(?:es)?|lesion[ei]|les(?:ão|ões))\b")
# The frame opening a verdict in French, Spanish, German, Italian and Portuguese, a committed lean allowed inside it:
# "Il s'agit (très probablement) d'une ...", "Se trata (probablemente) de ...", "Es handelt sich (am ehesten) um ...",
# "Si tratta (probabilmente) di ...", "Trata-se de ..." (``extract/open_verdict.py``); regex fragment, no groups,
# ending after the preposition and an article.
FOREIGN_VERDICT_LEAD = (r"(?:il\s+s['’]agit|se\s+trata|es\s+handelt\s+sich|si\s+tratta|trata-se)"
                        r"(?:\s+(?:très|muy|sehr|molto|muito|am|höchst))?(?:\s+(?:vraisemblablement|ehesten|"
                        + "|".join(w for lang in hedges.EUROPEAN.values() for w in lang.likely) + r"))?"
                        r"\s+(?:de\s+|di\s+|d['’]\s*|um\s+)(?:(?:une?|una?|uno|ein(?:e[rsmn]?)?|uma|la|le|el|il|lo|der|"
                        r"die|das)\s+|l['’]\s*)?")
# A question of those languages asking which organ ("¿Qué órgano ...?", "Quel organe ...", "Welches Organ ...").
FOREIGN_ORGAN_ASKED = r"\b(?:qu[ée]|quel(?:le)?|welche[srmn]?|quale|qual)\s+(?:órgano|organe|organ|organo|órgão)\b"
# (Frames of open answers in those languages: ``extract/open_frames.py``, ``extract/open_verdict.py``.)
# A link word to what a finding is consistent with ("compatible con", "évocateur de", "vereinbar mit").
FOREIGN_LINK = (r"(?:(?:m[aá]s|più|mais|plus|am\s+ehesten|sehr)\s+)?(?:compatibles?|compatibil[ei]|compatível|compatíveis|"
                 r"vereinbar|en\s+faveur|évocateurs?|evocadores?|suggestivi|suggestivo|sugestivos?|sugerentes?|"
                 r"indicativos?|in\s+linea|typisch)\s+(?:con|com|avec|mit|di|de|d['’]|für|per)\s*")
# The article that may follow a frame of those languages ("es una", "est le", "ist die", "è l'").
FOREIGN_ARTICLE_AFTER = r"(?:(?:una?|un|une|ein(?:e[rsmn]?)?|um|uma|el|la|le|il|lo|die|der|das)\s+|l['’]\s*)?"
# An indefinite article after a stated diagnosis ("El diagnóstico final es una sarcoidosis"): a named entity follows,
# where "Le diagnostic final est histologique" names how it is made (``extract/open_verdict.py``).
FOREIGN_INDEFINITE = r"(?:una?|une|ein(?:e[rsmn]?)?|um|uma)\s+"
# A subject's copula in those languages, singular or plural ("El órgano afectado es", "Les organes atteints sont").
FOREIGN_COPULA = r"(?:es|son|est|sont|è|sono|ist|sind|é|são)"
# A stated diagnosis's modifier saying it is the settled one, made later ("Le diagnostic final est ...", "El
# diagnóstico definitivo es ..."): it speaks of how the diagnosis is confirmed and never overrides an earlier verdict.
FOREIGN_SETTLED = r"(?:final|finale|definitivo|definitiva|endgültige|definitivo)"
# "most likely", "leading" of a stated diagnosis ("El diagnóstico más probable es ...", "Die wahrscheinlichste
# Diagnose ist ..."): a verdict on the diagnosis asked, whatever its label (``extract/open_verdict.py``).
FOREIGN_LIKELIEST = (r"(?:m[aá]s\s+probable|pi[uù]\s+probabile|le\s+plus\s+probable|mais\s+prov[aá]vel|wahrscheinlichste|"
                     r"führende)")
# The (most likely) diagnosis or the (main) finding is: "El diagnóstico más probable es una ...", "Il reperto principale è
# una ...", "Le diagnostic le plus probable est ...", "Die wahrscheinlichste Diagnose ist ...", "O achado principal é ...".
FOREIGN_IS = (r"(?:(?:el|la|il|le|der|die|das|o|a|l['’])\s*)?(?:" + FOREIGN_LIKELIEST + r"\s+)?(?:diagn[oó]stico|"
              r"diagnosi|diagnostic|diagnose|hallazgo|reperto|befund|hauptbefund|achado|constatation)\s+(?:(?:principal|"
              r"principale|" + FOREIGN_LIKELIEST + r"|final|finale|definitivo|definitiva)\s+)?(?:es|è|est|ist|é|ser[ií]a|serait|wäre|sarebbe)\s+(?!" + FOREIGN_LINK + ")")
# What holds a verdict of those languages open anywhere in the reply: a possibility, an "or", a turn, a differential,
# an exclusion, a question (``extract/open_verdict.py``).
FOREIGN_DIFFERENTIAL = ("diferencial", "différentiel", "différentielle", "differenzial", "differenziale", "descartar",
                        "exclure", "escludere", "auszuschließen", "auszuschliessen", "excluir")
FOREIGN_HELD_OPEN = lazy_compile("(?i)" + hedges.words(hedges.OTHER_POSSIBILITY, hedges.OTHER_OR, hedges.OTHER_TURN,
                                                       (w for lang in hedges.EUROPEAN.values() for w in lang.could),
                                                       (w for lang in hedges.EUROPEAN.values() for w in lang.either),
                                                       FOREIGN_DIFFERENTIAL) + r"|[?¿/]")
# A Chinese judgement right after a letter that chooses it: "C选项正确", "C是正确的", "C最符合" (regex fragment).
# Not asked or doubted in its clause: "C选项正确吗？", "C是最可能的吗", "C选项正确与否", "C选项正确的可能性较小".
ZH_JUDGEMENT = (r"(?:选项)?\s*(?:是|为)?\s*(?:正确|对的|最合适|最符合|最佳|最可能)"
                r"(?![^，,。；;！!\n]*(?:吗|么|？|\?|与否|可能性|概率|不确定))")
# A Chinese negation right before an option's text ("没有" no, "不是" is not, "无" without, "排除" excluded, "不支持"
# does not support; not "最不符合", the least consistent one that a question asking for it wants).
ZH_NEGATED = lazy_compile("(?<!最)(?:" + negation.alternation(negation.ZH_NOT, negation.ZH_DENY, negation.ZH_SET_ASIDE,
                                                       ("排除", "除外", "不像"))
                          + r")[\s*\"“「]*\Z"
                          # ... or a rejection whose object the option heads after a modifier closed by 的: "而非局限于导管内的导管
                          # 原位癌" (rather than the in-situ carcinoma confined to the duct), "并非典型的X", "不考虑良性的X"
                          + r"|(?:(?<!是)(?:" + negation.alternation(negation.ZH_IS_NOT) + r")|"
                          + negation.alternation(negation.ZH_RATHER_NOT, negation.ZH_SET_ASIDE)
                          + r")[^，,。；;！!？?\n：:、的]{1,20}的[\s*\"“「]*\Z"
                          # ... or a later item of a list the rejection heads: "而非肝囊肿或血管瘤" (rather than a cyst or a
                          # haemangioma), "不是A和B", "排除A、B或C"
                          + r"|(?:" + negation.ZH_DENIED_LIST + r")[\s*\"“「]*\Z")
# How far before an option ``ZH_NEGATED`` looks: a short modifier between the rejection and the option.
ZH_NEGATED_REACH = 32
# A letter set aside before the one chosen: "答案：A不对，B" (A is wrong, B), "答案：不是A，是B" (not A, it is B).
ZH_NOT_BUT = lazy_compile(r"(?:[(（]?[A-Z][)）]?\s*(?:" + ZH_REJECT + r")|(?:" + negation.alternation(negation.ZH_IS_NOT)
                          + r")\s*[(（]?[A-Z][)）]?)"
                          r"\s*[，,;；]\s*(?:而是|应该?是|应为|是|选)?\s*[(（]?\Z")



def before_set_aside(left: str) -> str | None:
    """The words before a Chinese letter set aside at the end of ``left`` ("答案：" of "答案：A不对，"), else None."""
    contrast = ZH_NOT_BUT.search(left, max(0, len(left) - 16))
    return None if contrast is None else left[:contrast.start()]


# Spanish: "La respuesta correcta es C", "Respuesta: B", "La opción correcta es la B" ("opción" needs "correcta", as
# "option" needs a qualifier in English).
ES_ANSWER_PHRASE = (r"(?:(?:la\s+)?respuesta(?:\s+(?:correcta|final))?|(?:la\s+)?opci[oó]n\s+correcta)\**\s*"
                    r"(?:es(?:\s+la)?\b|[:：])")

# "La bonne réponse est C", "Réponse : C", "Die richtige Antwort ist C", "Antwort: C", "A resposta correta é D",
# "Resposta: D", "La risposta corretta è B", "Risposta: B".
# The bare answer word right before a letter answers as well ("c'est la réponse C", "daher Antwort C"), and so do the
# Dutch, Polish, Russian and Turkish ones ("het antwoord is C", "odpowiedź: C", "поэтому ответ C", "cevap C"), and
# Portuguese "a alternativa correta é a C" and "a resposta correta é a alternativa C".
_BEFORE_LETTER = r"(?=[ \t]+\(?(?-i:[A-H])\b)"
ANSWER_PHRASE = (
    r"(?:(?:la\s+)?(?:bonne\s+)?r[ée]ponse(?:\s+(?:correcte|finale|exacte))?\s*(?:est(?:\s+la)?\b|[:：]|" + _BEFORE_LETTER + ")"
    r"|(?:die\s+)?(?:richtige\s+|korrekte\s+)?antwort\s*(?:ist\b|lautet\b|[:：]|" + _BEFORE_LETTER + ")"
    r"|(?:a\s+)?resposta(?:\s+(?:correta|certa|final))?\s*(?:[ée]\b(?:\s+a(?:\s+(?:alternativa|op[çc][ãa]o|letra))?\b)?|[:：])"
    r"|(?:a\s+)?alternativa\s+(?:correta|certa)\s*(?:[ée](?:\s+a)?\b|[:：])"
    r"|(?:la\s+)?risposta(?:\s+(?:corretta|esatta|finale))?\s*(?:[èe]\b|[:：])"
    r"|(?:het\s+)?(?:juiste\s+)?antwoord\s*(?:is\b|[:：]|" + _BEFORE_LETTER + ")"
    r"|(?:prawid[łl]owa\s+)?odpowied[źz]\s*(?:to\b|[:：]|" + _BEFORE_LETTER + ")"
    r"|(?:правильный\s+)?ответ\s*(?:[:：—–]|" + _BEFORE_LETTER + ")"
    r"|(?:do[ğg]ru\s+)?(?:cevap|yan[ıi]t)\s*(?:[:：]|" + _BEFORE_LETTER + "))"
)

# The same phrase ending the words before a letter ("Die Antwort ist nicht C, sondern |D": what stands before the
# contrast).
ANSWER_LEFT = lazy_compile(r"(?i)\b" + ANSWER_PHRASE + r"[\s*\"'“(]*\Z")


_COPULAS = frozenset({"es", "est", "ist", "e", "esta", "sont", "sind", "son"})
# A likelihood lowered by an adverb: "poco probable", "peu probable", "pouco provável", "poco probabile", "wenig
# wahrscheinlich" ("unlikely"; folded).
_LOWERING = frozenset({"poco", "peu", "pouco", "wenig"})
# Words that weaken what follows them ("poco compatible con", "moins évocateur de", "weniger vereinbar mit",
# "dificilmente compatível com"): a frame after one does not commit.
WEAKENING = (*sorted(_LOWERING), "weniger", "moins", "meno", "dificilmente", "difficilmente", "kaum")
_LIKELY_WORDS = frozenset({"probable", "probables", "provavel", "provaveis", "probabile", "probabili", "wahrscheinlich",
                           "verosimil"})
_PREFIXES = frozenset(w[:3] for w in REJECT_TOKENS | _COPULAS | _LOWERING if len(w) >= 3)
# The same as a regular expression (no groups, accents optional; use inside ``(?i)``): the English readers that drop a
# clause judging its option unlikely ("Derrame pleural poco probable.") look for it.
LOWERED = (r"\b(?:" + "|".join(_LOWERING) + r")\s+(?:"
           + "|".join("".join(_ACCENTED.get(c, c) for c in w) for w in sorted(_LIKELY_WORDS, key=len, reverse=True))
           + r")\b")
_SHORT_COPULAS = ("es ", "e ", "Es ", "E ")
_LEAD = " \t\n*\"'”)]:"
_TRAIL = ".,;:!?)*_\"'”"


# Korean and Japanese "is not" / "wrong" right after a letter: "C가 아닙니다", "C는 틀립니다", "C ではありません", "C は違います".
_KO_JA_REJECT = lazy_compile(r"(?:가|이|는|은)?\s*(?:아닙|아니|아님|틀|오답)|(?:は|では|じゃ)?\s*(?:ありません|ない|なく|違|不正解|誤)")


def rejects_after(right: str) -> bool:
    """Whether the words right after a letter reject it ("A es incorrecta", "A est exclue", "A ist falsch", "A不对").

    String operations and a set lookup, no regular expression: this runs on every option mention of every output.
    """
    s = right.lstrip(_LEAD)
    if not s:
        return False
    if s[0].isascii():
        if s[:3].lower() not in _PREFIXES and not s.startswith(_SHORT_COPULAS):
            return False  # most mentions: "C is the best fit", "C) Cardiomegaly", "C because ..."
    elif s.startswith(_ZH_REJECT_STARTS) or _KO_JA_REJECT.match(s) is not None:
        return True
    head = [fold(w.rstrip(_TRAIL)) for w in s[:40].split(None, 3)]
    if head[0] in _COPULAS:
        head = head[1:]  # "A es incorrecta", "es poco probable"
    return bool(head) and (head[0] in REJECT_TOKENS
                           or head[0] in _LOWERING and len(head) > 1 and head[1] in _LIKELY_WORDS
                           # "B è da escludere", "B est à exclure": the letter to be excluded (the gerundive; never
                           # "B non è da escludere", whose first word is the negation)
                           or head[0] in _GERUNDIVE and len(head) > 1 and head[1] in _TO_EXCLUDE)


# The particle of a gerundive ("da escludere", "à exclure", folded) and the infinitives of exclusion it takes: "exclure"
# and "escludere" are ``FOREIGN_DIFFERENTIAL``'s, with their synonyms "écarter" and "scartare".
_GERUNDIVE = frozenset({"da", "a"})
_TO_EXCLUDE = frozenset({"exclure", "escludere", "ecarter", "scartare"})


def fold(word: str) -> str:
    """``word`` lower-cased without its accents ("Excluída" -> "excluida"), to compare with ``REJECT_TOKENS``."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


# The verbs of a choice in the first person, folded (``fold``): "je choisis / choisirais", "ich wähle", "elijo /
# escojo / selecciono / elegiría", "escolho / escolheria", "scelgo / sceglierei".
CHOOSE_TOKENS = frozenset({
    "choisis", "choisirais", "selectionne", "elijo", "escojo", "selecciono", "elegiria", "escogeria", "escolho",
    "escolheria", "seleciono", "scelgo", "sceglierei", "seleziono", "wahle", "waehle",
})
# Between the verb and the letter: articles and the words for "option" / "answer" / "letter" ("je choisis donc la
# réponse C", "elijo la opción C", "ich wähle daher Antwort C", "escolho a alternativa C").
_CHOICE_FILLERS = frozenset({
    "la", "le", "l", "el", "a", "o", "die", "den", "das", "donc", "daher", "also", "entonces", "por", "tanto", "pois",
    "quindi", "dunque", "option", "opcion", "opcao", "opzione", "reponse", "respuesta", "resposta", "risposta",
    "antwort", "alternativa", "lettre", "letra", "lettera", "choix", "antwortoption", "moglichkeit",
})
_FOLDED_WORD = lazy_compile(r"[^\W\d_]+")
_CHOOSE_STEMS = ("chois", "lij", "scoj", "selec", "scelg", "scegl", "escolh", "elegir", "scoge", "hle", "ahle",
                 "entschei", "opte", "opto", "retiens", "quedo", "fico")
# Choices of several words, folded: "ich entscheide mich für C", "j'opte pour C", "je retiens C", "opto per C", "me
# quedo con la C", "fico com a C".
_CHOOSE_PHRASES = (("entscheide", "mich", "fur"), ("opte", "pour"), ("opto", "por"), ("opto", "per"), ("retiens",),
                   ("quedo", "con"), ("fico", "com"))


def chooses(left: str) -> bool:
    """Whether the words before a mention end in a first-person choice in another language: "Je choisis |C",
    "Ich wähle daher Antwort |C", "Elijo la opción |C", "Escolho a |C", "Scelgo |C". Not after a negation
    ("Je ne choisis pas C" has "pas" between) or for someone else (the verbs are first person)."""
    tail = left[-60:].lower()
    if not any(stem in tail for stem in _CHOOSE_STEMS):
        return False  # most mentions: a cheap test first, this runs for every one
    words = _FOLDED_WORD.findall(fold(tail))
    i = len(words)
    while i and words[i - 1] in _CHOICE_FILLERS and len(words) - i < 4:
        i -= 1
    if i > 0 and words[i - 1] in CHOOSE_TOKENS:
        return not (i > 1 and words[i - 2] in _CHOICE_NEGATED)
    for phrase in _CHOOSE_PHRASES:
        n = len(phrase)
        if i >= n and tuple(words[i - n:i]) == phrase:
            return not (i > n and words[i - n - 1] in _CHOICE_NEGATED | {"pas", "nie"})
    return False


# Negations right before the verb ("Je ne choisis pas C", "No elijo la C", "Não escolho a C", "Non scelgo C") and
# German's after the letter ("Ich wähle C nicht"), folded.
_CHOICE_NEGATED = frozenset({"ne", "no", "nao", "nicht", "non"})


def chosen_then_denied(right: str) -> bool:
    """Whether the words right after a letter chosen by a verb of another language take the choice back: "Ich wähle
    C nicht" (German puts "nicht" after the object), "Je choisis C, pas B" is not this (a comma comes first)."""
    words = _FOLDED_WORD.findall(fold(right.lstrip(_LEAD)[:12]))
    return bool(words) and words[0] in ("nicht", "pas")


# A negation of a statement in Spanish, Portuguese, French, German or Italian ("sin", "sem", "pas de", "kein",
# "nicht", "senza", "aucun", "absence de", "ausgeschlossen", "exclu"): the English readers' lists do not hold them.
# "non" only as a word of its own ("non-contrast" is English), "pas" only as French negation ("pas de", "n'y a pas").
# "Not" and "never" are ``negation.OTHER_NOT`` (Dutch "niet" too: "Niet normaal"), beside "geen" (``negation.OTHER_NONE``).
FOREIGN_NEGATION = (  # matched on lower-cased text: (?i) makes the search three times slower
    r"\b(?:" + negation.alternation(negation.OTHER_WITHOUT) + "|(?:" + negation.alternation(negation.OTHER_NONE)
    + r")\w*|" + negation.alternation(w for w in negation.OTHER_NOT if w not in negation.NON) + r"|nein|ausgeschlossen|exclue?s?|descartad[oa]s?|"
    r"esclus[oa]|negativo|negativa|négati(?:f|ve)|negatif|ausencia|aus[eê]ncia|assenza)\b"
    r"|\b(?:" + negation.alternation(negation.NON) + r")\b(?![-‐])|\bpas\s+(?:de|d['’]|du|des|d[ée]|vu|visible)|\bn['’]\w+\s+pas\b|\bne\s+\w+\s+pas\b"
)
_FOREIGN_NEGATION = lazy_compile(FOREIGN_NEGATION)


def foreign_negation(text: str) -> bool:
    """Whether ``text`` holds a negation of another language (see ``_FOREIGN_NEGATION``)."""
    return _FOREIGN_NEGATION.search(text.lower()) is not None


def foreign_negation_opens(text: str) -> bool:
    """Whether ``text`` opens with a negation of another language ("Kein Hinweis auf Pneumonie", "sin evidencia de
    malignidad", "pas de pneumopathie"): what it names is denied, not stated."""
    return _FOREIGN_NEGATION.match(text.lower().lstrip(" \t*_\"'“«")) is not None


__all__ = ["ANSWER_LEFT", "WEAKENING", "CJK_GLOSS", "ANSWER_PHRASE", "ES_ANSWER_PHRASE", "FOREIGN_ADDS", "FOREIGN_ARTICLE_AFTER", "FOREIGN_COPULA", "FOREIGN_INDEFINITE", "FOREIGN_IS", "FOREIGN_LIKELIEST", "FOREIGN_LINK", "FOREIGN_NEGATION", "FOREIGN_SETTLED", "FOREIGN_ORGAN_ASKED", "ZH_ADDS", "ZH_DESCRIBES", "FOREIGN_CONCLUSION_FIELDS", "FOREIGN_DIFFERENTIAL", "FOREIGN_HELD_OPEN", "FOREIGN_VERDICT_LEAD", "ZH_CONCLUSION_LEADS", "ZH_DIAGNOSIS_LEADS", "ZH_DISEASE_ENDINGS", "LOWERED", "REJECT", "REJECT_TOKENS", "ZH_ANSWER_LEFT", "ZH_DECISION_LEFT", "ZH_JUDGEMENT", "ZH_NEGATED", "ZH_NOT_BUT",
           "ZH_REJECT", "CHOOSE_TOKENS", "before_set_aside", "chooses", "fold", "foreign_negation",
           "foreign_negation_opens", "rejects_after"]
