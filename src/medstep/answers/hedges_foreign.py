"""Hedge words in the other languages the extractor reads: split from :mod:`medstep.answers.hedges` by concept.

Why a module of its own: the English sub-lists and their other-language counterparts are read by the same readers,
but the foreign lists are kept by language (an "or" is read only after a hedge of its own language) and grew to half
of the hedge module. Every name here is re-exported by :mod:`medstep.answers.hedges` (the same objects), so
``hedges.ZH_OPEN`` and ``hedges_foreign.ZH_OPEN`` are one list, defined here once; the English sub-list each one
mirrors is named beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

# "if" opening a supposed case in the other languages the extractor reads ("Si la lesión estuviera en el hígado, ...",
# "Wenn ...", "Falls ..."); only at a sentence's start, where "si" is no "yes" ("Si, el hígado.").
OTHER_IF = ("si", "wenn", "falls")
# The Chinese raised suspicion: 高度怀疑 / 高度提示 ("highly suspected") reads as 提示 ("indicates").
ZH_RAISED = (("高度怀疑", "提示"), ("高度提示", "提示"), ("强烈提示", "提示"))


@dataclass(frozen=True)
class European:
    """One European language's hedges, by what they do (the English sub-lists named beside each), and its "or".

    Kept by language because an "or" is read only after a hedge of its own language: Portuguese "o" is "the"
    ("O diagnóstico mais provável é atelectasia: ... desvio para o lado da opacidade" offers no alternative),
    Spanish and Italian "o" is "or"."""

    maybe: tuple[str, ...]  # "maybe", "perhaps", "possibly" (``MAYBE``)
    could: tuple[str, ...]  # "possible", "could", "may" (POSSIBILITY's adjective and modals)
    likely: tuple[str, ...]  # "probable", "probably" (LIKELIHOOD)
    either: tuple[str, ...]  # "either" (WEIGHING's)
    ors: tuple[str, ...]  # "or": two candidates offered


# The European languages the extractor reads: "Podría ser una neumonía o una atelectasia.", "Pourrait correspondre à
# ...", "Wahrscheinlich ein Erguss.", "Talvez seja ...", "Forse ...".
EUROPEAN = {
    "es": European(maybe=("quizás", "quizas", "quizá", "quiza", "tal vez", "posiblemente", "acaso"),
                   could=("posible", "podría", "podrían", "puede", "pueden"),
                   likely=("probable", "probablemente"), either=(), ors=("o", "u")),
    "fr": European(maybe=("peut-être", "peut-etre", "possiblement", "éventuellement"),
                   could=("possible", "pourrait", "pourraient"), likely=("probable", "probablement"), either=("soit",),
                   ors=("ou",)),
    "de": European(maybe=("vielleicht", "möglicherweise", "eventuell", "vermutlich", "mutmaßlich"), could=("möglich", "moeglich", "könnte", "könnten"),
                   likely=("wahrscheinlich",), either=("entweder",), ors=("oder",)),
    "pt": European(maybe=("talvez", "possivelmente", "quiçá"), could=("possível", "pode", "poderia"),
                   likely=("provável", "provavelmente"), either=(), ors=("ou",)),
    "it": European(maybe=("forse", "possibilmente", "magari"), could=("possibile", "potrebbe"),
                   likely=("probabile", "probabilmente"), either=(), ors=("o", "oppure")),
}
# "Maybe", "perhaps", "possibly" in each language whose verdict words open a reply (``yesno.OTHER_VERDICT_WORDS``):
# "Да, возможно.", "Evet, belki.", "Sí, quizás." leave the other verdict open as "Yes, maybe." does. Only
# possibility words: "probably" is a committed lean ("Yes, probably." answers), so its equivalents are not here.
OTHER_POSSIBILITY = (*(w for lang in EUROPEAN.values() for w in lang.maybe),
                     "たぶん", "多分", "かもしれない", "かもしれません",  # Japanese
                     "возможно", "может быть", "пожалуй",  # Russian
                     "можливо", "може бути",  # Ukrainian
                     "może", "możliwe", "być może",  # Polish
                     "misschien", "mogelijk", "wellicht",  # Dutch
                     "kanske", "måske", "kanskje", "muligens", "muligvis", "möjligen",  # Scandinavian
                     "belki", "olabilir",  # Turkish
                     "ίσως", "ισως",  # Greek
                     "아마", "아마도", "어쩌면",  # Korean
                     "có lẽ", "có thể",  # Vietnamese
                     "mungkin",  # Indonesian
                     "शायद",  # Hindi
                     "ربما",  # Arabic
                     "شاید",  # Persian
                     "אולי")  # Hebrew
# Suggested, suspected, doubtful, seeming, compatible, to be excluded in the European languages (SUSPICION's words,
# and the verbs of "cannot be excluded"): "Sugestivo de neumonía.", "Aspect évocateur de ...", "Verdacht auf ...".
EUROPEAN_SUSPICION = ("sugestivo", "sugestiva", "sugiere", "sospecha", "dudoso", "dudosa", "parece", "compatible",
                      "descartar",  # Spanish
                      "suspeita", "sugere", "compatível",  # Portuguese
                      "suspect", "suspecte", "suspectée", "évoque", "évocateur", "douteux", "semble", "exclure",  # French
                      "sospetto", "sospetta", "dubbio", "dubbia", "sembra", "compatibile", "escludere",  # Italian
                      "verdacht", "fraglich", "vereinbar", "auszuschließen", "auszuschliessen")  # German
# "Or" and "and" in those languages: a question naming two things, a reply offering two candidates.
OTHER_OR = tuple(dict.fromkeys(w for lang in EUROPEAN.values() for w in lang.ors))
OTHER_AND = ("y", "et", "und", "e")
# "But", "however" in those languages (TURN's words): a statement turned ("Die Milz ist normal groß, aber ...") is
# not committed. Not the Portuguese "mas", which is the Spanish "más" (more) once its accent is folded away.
OTHER_TURN = ("pero", "sin embargo", "mais", "cependant", "toutefois", "aber", "jedoch", "allerdings", "porém", "porem",
              "ma", "tuttavia", "però")
# BOUND in those languages: "inférieure à 30 %", "weniger als 30 %", "menos del 30%", "almeno 2", "pelo menos".
OTHER_BOUND = ("menos de", "menos del", "más de", "más del", "menor de", "menor que", "mayor de", "mayor que",
               "inferior a", "inferior al", "superior a", "superior al", "hasta", "al menos", "como mínimo",
               "como máximo",  # Spanish
               "moins de", "plus de", "inférieur à", "inférieure à", "supérieur à", "supérieure à", "au moins",
               "au plus", "au maximum", "jusqu'à",  # French
               "weniger als", "mehr als", "kleiner als", "größer als", "grösser als", "unter", "über", "mindestens",
               "höchstens", "bis zu",  # German
               "meno di", "meno del", "più di", "più del", "inferiore a", "inferiore al", "superiore a", "superiore al",
               "almeno", "fino a", "fino al",  # Italian
               "mais de", "pelo menos", "no mínimo", "no máximo", "até")  # Portuguese
# A range in those languages: its opening word ("entre 25 et 30 %", "zwischen 25 und 30 %", "tra 25 e 30%") and the
# word between its ends ("de 30 à 35 %", "30 bis 35 %", "del 30 al 35%"; read only between two numbers).
OTHER_BETWEEN = ("entre", "zwischen", "tra", "fra")
OTHER_TO = ("à", "a", "al", "bis", "hasta", "até")
# Chinese: "or", "possibly".
ZH = ("或", "可能")
# Chinese words of possibility, as English POSSIBILITY ("possibly CT", "maybe CT" hold the answer open): "可能是CT",
# "也许是CT", "或许是CT". 可能 after a word of degree is a likelihood, as English "most likely" / "very likely"
# (a committed lean): "很可能是CT", "最可能是CT", "极有可能是CT" (ZH_LIKELY_DEGREE, before 可能 or 有可能).
ZH_POSSIBILITY = ("可能", "也许", "或许", "说不定")
ZH_LIKELY_DEGREE = ("很", "最", "极", "非常", "十分", "较")
# ... and a likelihood said of the named value, a committed lean as English "likely" / "more likely": 可能性 (or 可能)
# with a degree, then 大 / 高 ("CT可能性大", "可能性较大", "可能性很高"), and 可能 after 更 "more" or 最大 "greatest"
# ("更可能是CT", "最大可能是CT"). One home for the Chinese lean, read by ``extract/zh_choice.py`` (the impression's
# committing frame) and ``score/open_typed_reads.py`` (a committed value is no doubt).
ZH_LEAN = r"可能性?(?:" + "|".join(ZH_LIKELY_DEGREE) + r")?[大高]"
ZH_MORE_LIKELY = ("更", "最大")
# Chinese words after a count's measure word that make it an estimate or a bound ("三个以上", "三个左右"; "三个多" by its opening 多, never 多发):
# the count is held open as by "at least 3" / "about 3".
ZH_APPROX = ("以上", "以下", "以内", "左右")
# Chinese words that hold a named answer open anywhere in a reply, as NOT_EXCLUDED / DIFFERENTIAL / DOUBT do in English:
# "首先考虑为肾脏，但肾上腺来源不能除外", "需与十二指肠鉴别", "待排", "不能确定".
ZH_OPEN = ("不能除外", "不除外", "不能排除", "无法排除", "不可排除", "难以排除", "不排除", "鉴别", "待排", "待定", "不确定",
           "不能确定", "无法确定", "难以确定")
ZH_TELL_APART = ("鉴别", "区分", "区别")
# A Chinese count of candidates held side by side: "两种可能" (two possibilities), "几种诊断", "多种可能" (regex fragment).
ZH_ALTERNATIVES = r"[两二三四几多数]种(?:可能|诊断|情况|疾病)"
# Chinese "the rest", "the others": a statement held to what a finding named beside it leaves ("余未见明显异常", "the
# rest shows no obvious abnormality"), as QUALIFICATION's "otherwise".
ZH_QUALIFICATION = ("余", "其余", "其他", "其它")
# Chinese conditions ("if", "should it"): "若有结石梗阻，可提示左肾积水" states no hydronephrosis, as English IF.
# "若干" (several) is no condition, so the readers match "若" only before another character than "干".
ZH_CONDITION = ("如果", "假如", "倘若", "一旦", "若")
# Chinese turns after a verdict ("but", "however", "in fact"): "倾向于否。不过仔细看，实际上是。" takes the lean back.
ZH_TURN = ("不过", "但是", "但", "然而", "实际上", "其实")


__all__ = ["EUROPEAN", "EUROPEAN_SUSPICION", "European", "OTHER_AND", "OTHER_BETWEEN", "OTHER_BOUND", "OTHER_IF", "OTHER_OR", "OTHER_POSSIBILITY", "OTHER_TO", "OTHER_TURN", "ZH", "ZH_ALTERNATIVES", "ZH_APPROX", "ZH_CONDITION", "ZH_LEAN", "ZH_LIKELY_DEGREE", "ZH_MORE_LIKELY", "ZH_OPEN", "ZH_POSSIBILITY", "ZH_QUALIFICATION", "ZH_RAISED", "ZH_TELL_APART", "ZH_TURN"]
