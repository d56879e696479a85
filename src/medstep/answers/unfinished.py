"""Words no finished sentence ends on, in the languages replies are written in: where a reply stopping on one was cut.

A reply cut at a token limit stops wherever the limit fell, usually inside a sentence: on an article ("the"), a
preposition ("of"), a linking or helping verb ("is", "would be", "could"), a conjunction ("and", "so", "whether"), a
relative word ("which"), or halfway through a word ("peri-", "intra"). A reply that ends without a full stop but is
complete ends on something else: a noun ("Pneumothorax"), a verdict ("yes"), an option ("Answer: B"). These lists let
``extract/cut.py`` tell the two apart in English, the European languages replies come in and Chinese. They are read
only of a reply the readers found no decision in, so a word that can close a sentence in some idiom ("so it is") costs
at most a missing answer's status, never an answer.
"""

from __future__ import annotations

# A measurement announced, its value never written ("The wall measures", "The measurement reads"); not after the
# value in its own sentence ("3.2 cm, as the caliper reads": ``extract/cut.py``).
MEASURED = frozenset({"measures", "reads"})

# English: articles and pointers, prepositions, linking and helping verbs, conjunctions and relative words, and
# the words that announce what follows ("The answer is", "Findings include", "... which represents").
ENGLISH = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
    "of", "in", "on", "at", "to", "with", "from", "by", "within", "into", "onto", "for", "than", "as", "via",
    "towards", "toward", "between", "among", "beneath",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "would", "could", "should", "might", "may", "must", "can", "will", "shall",
    "and", "or", "nor", "but", "so", "because", "since", "whether", "if", "although", "though", "while", "whereas",
    "unless", "which", "who", "whom", "whose", "where", "when", "that",
    "include", "includes", "including", "such", "represents", "represent", "suggests", "indicates", "reveals",
    "demonstrates", "reflects", "representing", "suggesting", "indicating", "showing", "revealing",
    "demonstrating", "favouring", "favoring", "involving", "containing", "measuring", "located",
    "consistent", "compatible", "suggestive", "indicative",
    "very", "mildly", "moderately", "severely", "markedly", "slightly", "most",
    "approximately", "roughly", "namely", "especially", "particularly", "notably", "typically", "usually",
}) | MEASURED

# The European languages of the corpus: articles, prepositions, linking verbs, conjunctions, relative words. No
# one-letter word ("a", "e", "o", "y", "è" aside): a lone capital letter may be an option.
SPANISH = frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "del", "de", "en", "con", "por", "para",
                     "sin", "sobre", "entre", "que", "cual", "cuyo", "es", "son", "está", "están", "sería", "seria",
                     "puede", "pueden", "podría", "podria", "como", "pero", "porque", "si", "ni", "su", "sus", "al"})
FRENCH = frozenset({"le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "en", "dans", "avec", "par",
                    "pour", "sans", "sur", "entre", "que", "qui", "dont", "est", "sont", "serait", "peut",
                    "pourrait", "et", "ou", "mais", "car", "donc", "si", "son", "sa", "ses", "leur", "leurs"})
GERMAN = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                    "mit", "von", "vom", "zu", "zum", "zur", "im", "am", "bei", "für", "durch", "über", "unter",
                    "zwischen", "ist", "sind", "und", "oder", "aber", "dass", "weil", "ob", "wenn", "welche", "welcher", "welches",
                    "seine", "ihre"})
ITALIAN = frozenset({"il", "lo", "la", "gli", "le", "un", "una", "uno", "di", "del", "della", "dello", "dei", "delle",
                     "nel", "nella", "con", "per", "tra", "fra", "su", "che", "cui", "è", "sono", "sarebbe", "può",
                     "potrebbe", "ed", "oppure", "ma", "perché", "se", "suo", "sua"})
PORTUGUESE = frozenset({"os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "de", "em", "no", "na",
                        "nos", "nas", "com", "por", "para", "sem", "entre", "que", "qual", "é", "são", "seria",
                        "pode", "poderia", "ou", "mas", "porque", "se", "seu", "sua"})
EUROPEAN = SPANISH | FRENCH | GERMAN | ITALIAN | PORTUGUESE
# Words of those lists that are words of English too, answers or abbreviations by themselves, or bones: not read as a
# cut ("... would die", "below par", "et al", "the cervical os", "Lymphoma, NOS", "Si" for yes).
_SHARED = frozenset({"die", "no", "son", "sin", "sur", "am", "in", "um", "se", "car", "pour", "par", "den", "os",
                     "na", "nos", "sem", "do", "al", "si"})
EUROPEAN_ONLY = EUROPEAN - _SHARED - ENGLISH

# A word of those lists that closes a sentence after some words: "I think so", "I'm not sure about that", "Yes, it is".
ENDS_AFTER = {"is": frozenset({"it"}),
              "so": frozenset({"think", "believe", "hope", "guess", "say", "suppose", "expect", "seems", "appears", "not",
                               "much", "more", "very", "do", "does", "is", "am", "be"}),
              "most": frozenset({"at", "the"}),
              "es": frozenset({"que", "lo"}), "son": frozenset({"que", "lo"}),
              "è": frozenset({"lo", "che"}), "é": frozenset({"o", "que", "certeza", "sim", "isso"}),
              "that": frozenset({"about", "of", "like", "with", "than", "for", "on", "to", "after", "before", "all",
                                 "just", "not", "is", "see", "know"})}

# German puts the verb last in a clause opened by one of these ("Ich denke, dass es eine Pneumonie ist"): there "ist" or
# "sind" ends a finished clause. Only a main clause stopping on them ("Die wahrscheinlichste Diagnose ist") was cut.
GERMAN_VERB_LAST = frozenset({"ist", "sind"})
GERMAN_SUBORDINATORS = frozenset({"dass", "daß", "weil", "ob", "wenn", "obwohl", "falls", "sodass", "nachdem",
                                  "bevor", "während", "da", "was", "wie", "wo"})

# Chinese endings that need what follows: a linking verb (是, 为), a preposition of place (位于, 于, 在), a
# conjunction (和, 与, 及, 或, 并且, 但, 而, 因为, 所以), a word announcing a finding or a conclusion (考虑, 提示, 显示,
# 呈), an approximation before a number (约). Not 的 ("是良性的" is finished), not 可能 ("不太可能"), not 见 ("少见",
# "清晰可见" close a sentence).
CHINESE = ("是", "为", "位于", "于", "在", "和", "与", "及", "以及", "或", "或者", "并", "并且", "但", "但是", "而", "因为",
           "所以", "考虑", "提示", "显示", "呈", "约", "包括", "如", "即", "伴", "伴有",
           # the likeliest diagnosis announced, its name never written ("……，最可能的诊断"); not "……的诊断" alone:
           # "符合肺癌的诊断" (consistent with the diagnosis of lung cancer) is finished
           "可能的诊断")
# Words ending on one of those that finish a sentence: "有积液存在" (an effusion is present).
# Also the other possible diagnoses, named as excluded or to be excluded: "……，结合病史排除其他可能的诊断".
CHINESE_FINISHED = ("存在", "所在", "现在", "实在", "温和", "缓和", "柔和", "平和", "总和", "饱和", "不考虑",
                    "其他可能的诊断", "其它可能的诊断", "其余可能的诊断")

# Bound prefixes, never a word of their own: a reply ending on one was cut inside a word ("There is peri", "intra-").
PREFIXES = frozenset({"peri", "intra", "extra", "hyper", "hypo", "supra", "infra", "inter", "trans", "retro", "para",
                      "pseudo", "multi", "hemi", "semi", "micro", "macro", "broncho", "pneumo", "osteo", "hepato",
                      "nephro", "cardio", "neuro", "gastro", "entero", "myelo", "angio", "lympho", "histo", "cysto"})

__all__ = ["CHINESE", "CHINESE_FINISHED", "ENDS_AFTER", "ENGLISH", "EUROPEAN", "EUROPEAN_ONLY", "FRENCH", "GERMAN",
           "MEASURED",
           "GERMAN_SUBORDINATORS", "GERMAN_VERB_LAST", "ITALIAN", "PORTUGUESE", "PREFIXES",
           "SPANISH"]
