"""The 179 review probes of lane/choicepost27 (session 27 review, texts written by the reviewer, not corpus items).

Each probe: (id, text, question, options, right). ``right`` is the letter a careful reader takes, ``None`` (no single
committed answer) or a tuple of acceptable readings (``None`` in it: unparsed is acceptable). Kept as data for
``tests/test_extract_choiceprobes27.py``.
"""

from __future__ import annotations

Q = "What is the most likely diagnosis?"
LIVER = {"A": "Hepatocellular carcinoma", "B": "Focal nodular hyperplasia", "C": "Hepatic adenoma",
         "D": "Cavernous hemangioma"}
BONE = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Ewing sarcoma", "D": "Stress fracture"}
CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Normal"}
LUNG = {"A": "Sarcoidosis", "B": "Tuberculosis", "C": "Lymphoma", "D": "Silicosis"}
ZH = {"A": "肝细胞癌", "B": "局灶性结节增生", "C": "肝腺瘤", "D": "海绵状血管瘤"}
ZHQ = "最可能的诊断是什么？"

VASC = {"A": "Cavernous hemangioma", "B": "Focal nodular hyperplasia", "C": "Hepatic adenoma",
        "D": "Hepatocellular carcinoma"}
# the author's own reply read only by the new rule (tests/test_extract_choicepost27._READ_BY_RULE)
R = ("Bright on T2 with peripheral nodular enhancement that fills in on delayed images, so the lesion is a "
     "hemangioma (A).\n\nAs for the rest: an adenoma (C) would usually contain fat or blood, and focal "
     "nodular hyperplasia (B) would show a central scar. ")
V = ("Central scar with spoke-wheel arterial supply: focal nodular hyperplasia (B).\n\n"
     "A hepatic adenoma (C) would usually contain fat or blood, and hepatocellular carcinoma (A) would wash out. ")

PROBES: list[tuple[str, str, str, dict[str, str], object]] = [
    # --- id, text, question, options, right ---
    # 1. self-corrections / second commitments after the verdict
    ("sc01", V + "Looking again, D fits better.", Q, LIVER, "D"),
    ("sc02", V + "I'd actually lean toward D.", Q, LIVER, "D"),
    ("sc03", V + "D is the better answer.", Q, LIVER, "D"),
    ("sc04", V + "The answer should be D.", Q, LIVER, "D"),
    ("sc05", V + "A cavernous hemangioma would explain all of these findings.", Q, LIVER, (None, "D")),
    ("sc06", V + "A cavernous hemangioma would be more appropriate.", Q, LIVER, (None, "D")),
    ("sc07", V + "I'd lean toward cavernous hemangioma.", Q, LIVER, (None, "D")),
    ("sc08", V + "Although B was my first thought, the enhancement pattern points to D.", Q, LIVER, "D"),
    ("sc09", V + "I wouldn't rule out a cavernous hemangioma.", Q, LIVER, (None, "B")),
    ("sc10", V + "A cavernous hemangioma is not unlikely.", Q, LIVER, (None, "B")),
    ("sc11", V + "A cavernous hemangioma is no less likely.", Q, LIVER, None),
    ("sc12", V + "A cavernous hemangioma shouldn't be dismissed.", Q, LIVER, (None, "B")),
    ("sc13", V + "Nothing argues against a cavernous hemangioma.", Q, LIVER, (None, "B")),
    ("sc14", V + "It is hard to exclude a cavernous hemangioma.", Q, LIVER, (None, "B")),
    ("sc15", V + "A cavernous hemangioma is difficult to rule out.", Q, LIVER, (None, "B")),
    ("sc16", V + "Hmm, a cavernous hemangioma would fit the fill-in pattern even better.", Q, LIVER, (None, "D")),
    ("sc17", V + "On second view the scar is absent, which would make this a cavernous hemangioma.", Q, LIVER, (None, "D")),
    ("sc18", V + "The scar is not convincingly seen, which would make it a cavernous hemangioma.", Q, LIVER, (None, "D")),
    ("sc19", V + "Reconsidering, cavernous hemangioma would be my pick.", Q, LIVER, "D"),
    ("sc20", V + "Thinking it over, a cavernous hemangioma would actually account for everything.", Q, LIVER, (None, "D")),
    ("sc21", V + "Now that I look at the delayed phase, a cavernous hemangioma would explain it.", Q, LIVER, (None, "D")),
    ("sc22", V + "Cavernous hemangioma usually looks exactly like this.", Q, LIVER, (None, "D")),
    ("sc23", V + "Cavernous hemangioma would typically present exactly this way, so D.", Q, LIVER, "D"),
    ("sc24", V + "Correcting myself: cavernous hemangioma.", Q, LIVER, "D"),
    ("sc25", V + "My mistake, D.", Q, LIVER, "D"),
    ("sc26", V + "Sorry, I misread the delayed phase; a cavernous hemangioma would fill in exactly like this.",
     Q, LIVER, (None, "D")),
    ("sc27", V + "Let me change my answer: a cavernous hemangioma would be the diagnosis.", Q, LIVER, "D"),
    ("sc28", V + "Upon review, the peripheral nodular fill-in would be diagnostic of a cavernous hemangioma.",
     Q, LIVER, (None, "D")),
    ("sc29", V + "In hindsight, hemangioma would have been the safer call.", Q, LIVER, (None, "D")),
    ("sc30", V + "D would probably be the more defensible choice, though.", Q, LIVER, (None, "D")),
    ("sc31", V + "Scratch the scar: it would fit a cavernous hemangioma.", Q, LIVER, (None, "D")),
    ("sc32", V + "To be fair, a cavernous hemangioma can look identical and would fit too.", Q, LIVER, None),
    ("sc33", V + "Honestly a cavernous hemangioma, which would fill in like this, is where I end up.", Q, LIVER, "D"),
    ("sc34", V + "The findings would equally support D.", Q, LIVER, None),
    ("sc35", V + "I cannot exclude D.", Q, LIVER, (None, "B")),
    ("sc36", V + "Nor can a cavernous hemangioma be excluded.", Q, LIVER, (None, "B")),
    ("sc37", V + "FNH is less likely than I first thought; the hemangioma would match better.", Q, LIVER, (None, "D")),
    ("sc38", "**Answer: B**\n\nHepatic adenoma would bleed. That said, I'd pick D on the delayed phase.", Q, LIVER,
     "D"),
    ("sc39", V + "A hemangioma, rather than FNH, would explain the fill-in.", Q, LIVER, (None, "D")),
    ("sc40", V + "Hemangioma would be my final answer though.", Q, LIVER, "D"),
    # 2. a first sentence that is a premise or a summary, not a verdict
    ("pr01", "The patient has a known history of hepatocellular carcinoma.\n\nThe new lesion has a central scar and "
             "would be typical of focal nodular hyperplasia; a hepatic adenoma would bleed.", Q, LIVER, (None, "B")),
    ("pr02", "The question asks about a liver lesion in a young woman on oral contraceptives, the classic setting "
             "for hepatic adenoma.\n\nOn imaging, the central scar would point to focal nodular hyperplasia, and a "
             "hemangioma would fill in.", Q, LIVER, None),
    ("pr03", "Hepatocellular carcinoma is the most common primary liver malignancy.\n\nFocal nodular hyperplasia "
             "would show a central scar. Hepatic adenoma can bleed. A hemangioma usually fills in centripetally.",
     Q, LIVER, None),
    ("pr04", "We are asked to distinguish an osteoid osteoma from its mimics.\n\nA Brodie abscess would show a "
             "serpiginous tract, and a stress fracture would show a linear band.", Q, BONE, None),
    ("pr05", "Night pain relieved by NSAIDs is the textbook presentation of osteoid osteoma.\n\nHere, however, "
             "there is no nidus.", Q, BONE, None),
    ("pr06", "Night pain relieved by NSAIDs is the textbook presentation of osteoid osteoma.\n\nA Brodie abscess "
             "would show a tract, and Ewing sarcoma would show a soft-tissue mass; the image shows a linear "
             "sclerotic band.", Q, BONE, (None, "D")),
    ("pr07", "Risk factors for tuberculosis include HIV and immigration from endemic areas.\n\nThe bilateral hilar "
             "nodes would fit sarcoidosis, and lymphoma can present with nodes as well.", Q, LUNG, None),
    ("pr08", "Silicosis is an occupational disease of miners.\n\nThis patient is a teacher. Eggshell calcification "
             "would be expected in silicosis, and is absent; sarcoidosis usually shows symmetric hilar nodes.",
     Q, LUNG, None),
    ("pr09", "Key point: tuberculosis is endemic in the patient's home country.\n\nSarcoidosis would give "
             "symmetric hilar nodes, and lymphoma can look similar.", Q, LUNG, None),
    ("pr10", "First, let's recall that lymphoma often involves the anterior mediastinum.\n\nIn this image the nodes "
             "are hilar and symmetric, which would favour sarcoidosis.", Q, LUNG, (None, "A")),
    ("pr11", "Differentiating focal nodular hyperplasia from adenoma is the crux.\n\nAn adenoma would bleed and a "
             "hemangioma would fill in.", Q, LIVER, None),
    ("pr12", "Hepatocellular carcinoma typically arises in cirrhotic livers. This liver is not cirrhotic. "
             "A hepatic adenoma would fit a young woman on the pill.", Q, LIVER, (None, "C")),
    # 3. per-option discussions whose first option paragraph looks like a verdict
    ("po01", "Let's go through the options.\n\nHepatocellular carcinoma is a malignant tumour seen in cirrhosis.\n\n"
             "Focal nodular hyperplasia would show a central scar.\n\nHepatic adenoma can bleed.\n\n"
             "Cavernous hemangioma usually fills in centripetally.", Q, LIVER, None),
    ("po02", "- **Hepatocellular carcinoma**: arterial enhancement with washout, usually in cirrhosis.\n"
             "- **Focal nodular hyperplasia**: would show a central scar.\n- **Hepatic adenoma**: can bleed.\n"
             "- **Cavernous hemangioma**: would fill in centripetally.\n\nGiven the scar, the second option fits "
             "best.", Q, LIVER, "B"),
    ("po03", "Osteoid osteoma presents with night pain relieved by aspirin.\n\nBrodie abscess would show a "
             "serpiginous tract. Ewing sarcoma usually has a soft-tissue mass. A stress fracture would show a linear "
             "sclerotic band, which is what we see.", Q, BONE, None),
    ("po04", "A. Osteoid osteoma – a nidus under 1.5 cm with reactive sclerosis.\nB. Brodie abscess – would show a "
             "serpiginous tract.\nC. Ewing sarcoma – usually permeative with a soft-tissue mass.\nD. Stress "
             "fracture – would show a linear band.", Q, BONE, None),
    ("po05", "**Osteoid osteoma.** Classic night pain relieved by NSAIDs.\n\n**Brodie abscess.** Would show a "
             "tract.\n\n**Ewing sarcoma.** Usually has a soft-tissue mass.\n\n**Stress fracture.** Would show a "
             "linear band.", Q, BONE, None),
    ("po06", "Option A (pneumothorax) is seen as a visceral pleural line.\n\nOption B, a pleural effusion, would "
             "blunt the costophrenic angle. Lobar pneumonia would show consolidation with air bronchograms.",
     "What does the chest radiograph show?", CXR, None),
    ("po07", "Pneumothorax: a visceral pleural line with absent lung markings beyond it.\n\nA pleural effusion would "
             "blunt the angle, and lobar pneumonia would consolidate.", "What does the chest radiograph show?",
     CXR, (None, "A")),
    ("po08", "1. Sarcoidosis – bilateral symmetric hilar adenopathy with perilymphatic nodules.\n2. Tuberculosis "
             "would cause unilateral nodes.\n3. Lymphoma can involve the anterior mediastinum.\n4. Silicosis "
             "would show eggshell calcification.", Q, LUNG, None),
    ("po09", "Sarcoidosis commonly presents in young adults with hilar nodes.\n\nTuberculosis would more often "
             "cause cavitation, lymphoma usually involves the anterior mediastinum, and silicosis would need an "
             "exposure history.\n\nWithout the history, I can't pick one.", Q, LUNG, None),
    # 4. echoed prompts
    ("ep01", "Question: What is the most likely diagnosis?\nA. Hepatocellular carcinoma\nB. Focal nodular "
             "hyperplasia\nC. Hepatic adenoma\nD. Cavernous hemangioma\n\nA hemangioma would fill in, and an "
             "adenoma can bleed.", Q, LIVER, None),
    ("ep02", "What is the most likely diagnosis? Options: hepatocellular carcinoma.\n\nAn adenoma would bleed.",
     Q, LIVER, None),
    ("ep03", "The image shows a liver lesion. Which is it: hepatocellular carcinoma, focal nodular hyperplasia, "
             "hepatic adenoma or hemangioma?\n\nA hemangioma would fill in.", Q, LIVER, None),
    ("ep04", "Given the question about osteoid osteoma.\nA Brodie abscess would show a tract, and Ewing sarcoma can "
             "show a mass.", "Is this an osteoid osteoma? Choose the most likely diagnosis.", BONE, None),
    ("ep05", "User asked: most likely diagnosis, with hepatocellular carcinoma listed first.\n\nAn adenoma would "
             "bleed and a hemangioma would fill in.", Q, LIVER, None),
    # 5. option text mentions without letters / names the index may not match
    ("ot01", V + "FNH fits less well than a hemangioma, which would fill in.", Q, LIVER, None),
    ("ot02", V + "A hemangioma would also fit.", Q, LIVER, None),
    ("ot03", "This is focal nodular hyperplasia.\n\nHCC would wash out. On the delayed phase, though, the "
             "peripheral nodular fill-in would be classic for hemangioma.", Q, LIVER, (None, "D")),
    ("ot04", "This is focal nodular hyperplasia.\n\nAdenoma would bleed. Looking at the T2 signal, hemangioma "
             "seems to fit better.", Q, LIVER, (None, "D")),
    ("ot05", "This is sarcoidosis.\n\nTB would usually be unilateral. Lymphoma would be my second choice, and "
             "honestly the better one.", Q, LUNG, (None, "C")),
    ("ot06", "This is sarcoidosis.\n\nTB would usually be unilateral. Having seen the eggshell rims, silicosis "
             "would be most consistent.", Q, LUNG, (None, "D")),
    ("ot07", "This is a stress fracture.\n\nAn osteoid osteoma would have a nidus; a Brodie abscess would show a "
             "tract. I'd actually go Ewing.", Q, BONE, "C"),
    ("ot08", "This is a stress fracture.\n\nAn osteoid osteoma would have a nidus. The permeative pattern would "
             "make Ewing the pick.", Q, BONE, (None, "C")),
    ("ot09", "Consistent with a pleural effusion.\n\nA pneumothorax would show a pleural line. The meniscus is "
             "not seen, so the lung would be considered normal.", "What does the chest radiograph show?", CXR, (None, "D")),
    ("ot10", "Pleural effusion.\n\nPneumothorax would show a pleural line, and lobar pneumonia would show air "
             "bronchograms. Actually the angles are sharp: normal study.", "What does the chest radiograph show?",
     CXR, (None, "D")),
    # 6. Chinese replies
    ("zh01", "答案：B\n肝腺瘤（C）常伴出血，血管瘤（D）会向心性填充。", ZHQ, ZH, "B"),
    ("zh02", "答案：B\n再仔细看，应该是海绵状血管瘤。", ZHQ, ZH, "D"),
    ("zh03", "答案：B\n不过，我更倾向于第四个选项。", ZHQ, ZH, (None, "D")),
    ("zh04", "This is focal nodular hyperplasia (B).\n再看一下，血管瘤更合适。", ZHQ, LIVER, (None, "D")),
    ("zh05", "最可能的诊断是B。\n其他选项：C would bleed, and D would fill in.\n等等，应该选D。", ZHQ, LIVER, "D"),
    ("zh06", "答案是B.\n但是延迟期的表现更符合海绵状血管瘤.", ZHQ, ZH, (None, "D")),
    ("zh07", "The answer is B.\n我改主意了，选D。", ZHQ, LIVER, "D"),
    ("zh08", "The answer is B.\n考虑到延迟期填充，最终选择第四项。", ZHQ, LIVER, "D"),
    # 7. <think> tags, markdown, hedges, conditionals, lists, truncated
    ("tk01", "<think>Scar suggests FNH, but fill-in suggests hemangioma. I'll go hemangioma.</think>\n\nThe answer "
             "is D. An adenoma would bleed, and FNH would show a scar.", Q, LIVER, "D"),
    ("tk02", "<think>\nThis is focal nodular hyperplasia. An adenoma would bleed.\n</think>\n\nCavernous "
             "hemangioma.", Q, LIVER, "D"),
    ("md01", "## Answer\n**B – Focal nodular hyperplasia**\n\n## Why not the others\n- **A**: would wash out.\n"
             "- **C**: would usually bleed.\n- **D**: would fill in centripetally.", Q, LIVER, "B"),
    ("md02", "## Answer\n**B – Focal nodular hyperplasia**\n\n## Why not the others\n- **A**: would wash out.\n"
             "- **C**: would usually bleed.\n- **D**: actually the best fit on review.", Q, LIVER, (None, "D")),
    ("md03", "## Answer\nFocal nodular hyperplasia (B)\n\n## Caveat\nIf the scar is a pseudo-scar, hepatocellular "
             "carcinoma would be the concern and I would choose A.", Q, LIVER, (None, "B")),
    ("hd01", "Probably focal nodular hyperplasia. An adenoma would bleed.", Q, LIVER, "B"),
    ("hd02", "Focal nodular hyperplasia, I think, though I'm far from confident. A hemangioma would fill in.",
     Q, LIVER, (None, "B")),
    ("hd03", "I lean towards focal nodular hyperplasia. Hepatic adenoma would be a close second and is hard to "
             "exclude.", Q, LIVER, (None, "B")),
    ("hd04", "This is focal nodular hyperplasia. A hemangioma would fill in. Then again, who knows.", Q, LIVER, (None, "B")),
    ("hd05", "This is focal nodular hyperplasia. Hepatic adenoma would be my runner-up, nearly a coin toss.",
     Q, LIVER, (None, "B")),
    ("cd01", "This is focal nodular hyperplasia. Were the lesion to bleed, hepatic adenoma would be the answer.",
     Q, LIVER, "B"),
    ("cd02", "This is focal nodular hyperplasia. Should the scar enhance late, hepatic adenoma would be unlikely "
             "and a fibrolamellar carcinoma would be considered.", Q, LIVER, "B"),
    ("cd03", "This is focal nodular hyperplasia in a woman not on the pill. On the pill, hepatic adenoma would "
             "be the answer.", Q, LIVER, "B"),
    ("of01", "There is a right pleural effusion. A pneumothorax would show a pleural line. There is also a "
             "consolidation in the right lower lobe with air bronchograms.",
     "What does the chest radiograph show?", CXR, None),
    ("of02", "There is a right pleural effusion. A pneumothorax would show a pleural line, and the lungs are "
             "otherwise clear.", "What does the chest radiograph show?", CXR, "B"),
    ("tr01", "This is focal nodular hyperplasia. A hemangioma would fill in, and on the delayed phase the lesion "
             "would", Q, LIVER, (None, "B")),
    ("tr02", "This is focal nodular hyperplasia. A hemangioma would fill in. However, the", Q, LIVER, (None, "B")),
    # 8. should read right (benefit)
    ("ok01", V + "Neither would explain the central scar.", Q, LIVER, "B"),
    ("ok02", "I'd go with a stress fracture (D).\n\nAn osteoid osteoma would show a nidus, and Ewing sarcoma would "
             "show permeative destruction rather than a linear band.", Q, BONE, "D"),
    ("ok03", "The bilateral symmetric hilar adenopathy with perilymphatic nodules makes this sarcoidosis.\n\n"
             "Tuberculosis would usually be asymmetric, lymphoma can cause bulky nodes but rarely symmetric hilar "
             "nodes, and silicosis would need exposure.", Q, LUNG, "A"),
    ("ok04", "Answer: C.\n\nSarcoidosis is less likely given the anterior mediastinal mass; tuberculosis would "
             "cavitate; silicosis would need exposure.", Q, LUNG, "C"),
    ("ok05", "This is an osteoid osteoma.\n\nA Brodie abscess can look similar but would show a tract; a stress "
             "fracture would be linear.", Q, BONE, "A"),
    ("ok06", "Pleural effusion (B).\n\nA pneumothorax would show a visceral pleural line, whereas lobar pneumonia "
             "would show air bronchograms.", "What does the chest radiograph show?", CXR, "B"),
    ("ok07", "答案：B\n\nHepatic adenoma (C) would usually bleed, and a hemangioma (D) would fill in.", ZHQ, LIVER,
     "B"),
    ("ok08", "**Answer: D**\n\nHepatocellular carcinoma would wash out; focal nodular hyperplasia usually has a "
             "scar; an adenoma can bleed.", Q, LIVER, "D"),
    ("ok09", "The correct option is A, sarcoidosis.\n\nLymphoma would usually involve the anterior mediastinum, "
             "whereas tuberculosis is more often unilateral.", Q, LUNG, "A"),
    ("ok10", "Stress fracture.\n\nEwing sarcoma would show a soft-tissue mass; an osteoid osteoma would have a "
             "nidus.", Q, BONE, "D"),
    # 9. more second-commitment phrasings with a discussion word that lets them through
    ("sx01", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. Lymphoma would explain the B "
             "symptoms better, though.", Q, LUNG, (None, "C")),
    ("sx02", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. Given the occupational history, "
             "silicosis would be the stronger diagnosis.", Q, LUNG, (None, "D")),
    ("sx03", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. With eggshell calcification, "
             "silicosis is what I'd settle on.", Q, LUNG, "D"),
    ("sx04", "This is sarcoidosis.\n\nThe nodes, while symmetric, would in fact be typical of lymphoma in this "
             "age group.", Q, LUNG, (None, "C")),
    ("sx05", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. Silicosis can't be excluded "
             "given his work.", Q, LUNG, (None, "A")),
    ("sx06", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. I would not exclude silicosis.",
     Q, LUNG, (None, "A")),
    ("sx07", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral, although silicosis would explain "
             "everything here if he mined.", Q, LUNG, (None, "A")),
    ("sx08", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. Silicosis would be my bet.",
     Q, LUNG, "D"),
    ("sx09", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. Silicosis would win if forced to "
             "choose again.", Q, LUNG, (None, "D")),
    ("sx10", "This is sarcoidosis.\n\nTuberculosis would usually be unilateral. In reality, silicosis is what "
             "this would turn out to be.", Q, LUNG, "D"),
    # 10. aimed at the new reader: a base main leaves ambiguous (the author's own _READ_BY_RULE) + one closing line
    ("rt01", R + "Hepatocellular carcinoma would explain all of these findings.", Q, VASC, (None, "D")),
    ("rt02", R + "Hepatocellular carcinoma would be more appropriate.", Q, VASC, (None, "D")),
    ("rt03", R + "Hepatocellular carcinoma is no less likely.", Q, VASC, None),
    ("rt04", R + "Hepatocellular carcinoma is not wrong either.", Q, VASC, None),
    ("rt05", R + "Hepatocellular carcinoma is never excluded by imaging alone, and I would favour it given the AFP.",
     Q, VASC, (None, "D")),
    ("rt06", R + "On second view the enhancement is not nodular, which would make this hepatocellular carcinoma.",
     Q, VASC, (None, "D")),
    ("rt07", R + "The fill-in is not convincingly seen, which would make it hepatocellular carcinoma.", Q, VASC,
     (None, "D")),
    ("rt08", R + "Thinking it over, hepatocellular carcinoma would account for everything.", Q, VASC, (None, "D")),
    ("rt09", R + "Now that I look at the delayed phase, hepatocellular carcinoma would explain it.", Q, VASC,
     (None, "D")),
    ("rt10", R + "In hindsight, hepatocellular carcinoma would have been the safer call.", Q, VASC, (None, "D")),
    ("rt11", R + "In reality, hepatocellular carcinoma is what this would turn out to be.", Q, VASC, "D"),
    ("rt12", R + "Unlike what I said, hepatocellular carcinoma would explain it.", Q, VASC, (None, "D")),
    ("rt13", R + "Never mind; hepatocellular carcinoma would explain the washout.", Q, VASC, (None, "D")),
    ("rt14", R + "Having reviewed the washout, hepatocellular carcinoma would be what I'd report.", Q, VASC, "D"),
    ("rt15", R + "Hepatocellular carcinoma would wash out, and it does here.", Q, VASC, (None, "D")),
    ("rt16", R + "Hepatocellular carcinoma would wash out, which is exactly what the portal venous phase shows.",
     Q, VASC, (None, "D")),
    ("rt17", R + "Hepatocellular carcinoma would wash out — as this lesion does.", Q, VASC, (None, "D")),
    ("rt18", R + "Focal nodular hyperplasia would show a central scar, and there is one here.", Q, VASC,
     (None, "B")),
    ("rt19", R + "Focal nodular hyperplasia would show a central scar; the image shows one.", Q, VASC, (None, "B")),
    ("rt20", R + "An adenoma would usually contain fat or blood, as this lesion does.", Q, VASC, (None, "C")),
    ("rt21", R + "HCC would explain all of this.", Q, VASC, (None, "D")),
    ("rt22", R + "The washout would make HCC the pick.", Q, VASC, "D"),
    ("rt23", R + "I now think HCC would be right.", Q, VASC, "D"),
    ("rt24", R + "HCC would be the diagnosis I'd sign out.", Q, VASC, "D"),
    ("rt25", R + "The washout would seal it as HCC.", Q, VASC, "D"),
    ("rt26", R + "Liver cell adenoma would fit better.", Q, VASC, (None, "C")),
    ("rt27", R + "A bleeding adenoma would fit better.", Q, VASC, (None, "C")),
    ("rt28", R + "HCC, which would wash out, is what we see.", Q, VASC, (None, "D")),
    ("rt29", R + "Hepatocellular carcinoma would not be unexpected in cirrhosis.", Q, VASC, (None, "A")),
    ("rt30", R + "I wouldn't rule out hepatocellular carcinoma.", Q, VASC, (None, "A")),
    ("rt31", R + "Nothing argues against hepatocellular carcinoma.", Q, VASC, (None, "A")),
    ("rt32", R + "I cannot exclude hepatocellular carcinoma.", Q, VASC, (None, "A")),
    ("rt33", R + "Hepatocellular carcinoma can't be dismissed.", Q, VASC, (None, "A")),
    ("rt34", R + "Looking again, hepatocellular carcinoma fits better.", Q, VASC, "D"),
    ("rt35", R + "The answer should be D.", Q, VASC, "D"),
    ("rt36", R + "Hepatocellular carcinoma would be my bet.", Q, VASC, (None, "D")),
    ("rt37", R + "Hepatocellular carcinoma would also be acceptable.", Q, VASC, None),
    ("rt38", R + "Neither would fill in from the periphery.", Q, VASC, "A"),
    ("rt39", R + "Hepatocellular carcinoma (D) would wash out in a cirrhotic liver.", Q, VASC, "A"),
    ("rt40", R, Q, VASC, "A"),
    # 11. a first sentence that is a premise, echo or summary (not a verdict), then discussion (main unparsed/ambiguous)
    ("pv01", "Bright on T2 with peripheral nodular enhancement, so the textbook answer is a hemangioma (A).\n\n"
             "As for the rest: an adenoma (C) would usually contain fat or blood, and focal nodular hyperplasia (B) "
             "would show a central scar, which this lesion has.", Q, VASC, (None, "B")),
    ("pv02", "We are told the lesion is bright on T2 and the options start with a hemangioma (A).\n\nAs for the "
             "rest: an adenoma (C) would usually contain fat or blood, and focal nodular hyperplasia (B) would show "
             "a central scar.", Q, VASC, None),
    ("pv03", "The stem mentions a hemangioma (A) seen on a prior ultrasound.\n\nAs for the rest: an adenoma (C) "
             "would usually contain fat or blood, and focal nodular hyperplasia (B) would show a central scar.",
     Q, VASC, None),
    ("pv04", "The referring clinician suspects a hemangioma (A).\n\nAn adenoma (C) would usually contain fat or "
             "blood, and focal nodular hyperplasia (B) would show a central scar.", Q, VASC, None),
    ("pv05", "The prior report said hemangioma (A).\n\nAn adenoma (C) would contain fat; focal nodular hyperplasia "
             "(B) would show a central scar, and hepatocellular carcinoma (D) would wash out as this one does.",
     Q, VASC, (None, "D")),
    ("pv06", "Restating the task: choose the most likely diagnosis, starting with A, cavernous hemangioma.\n\nAn "
             "adenoma (C) would usually contain fat or blood, and focal nodular hyperplasia (B) would show a "
             "central scar.", Q, VASC, None),
    ("pv07", "The image is an MRI of the liver. Answer with the letter, e.g. A.\n\nAn adenoma (C) would usually "
             "contain fat or blood, and focal nodular hyperplasia (B) would show a central scar.", Q, VASC, None),
    ("pv08", "Please answer with a single letter such as (A).\n\nAn adenoma (C) would usually contain fat or blood, "
             "and focal nodular hyperplasia (B) would show a central scar.", Q, VASC, None),
    ("pv09", "Option A is cavernous hemangioma.\n\nAn adenoma (C) would usually contain fat or blood, and focal "
             "nodular hyperplasia (B) would show a central scar.", Q, VASC, None),
    ("pv10", "The options are listed with (A) first.\n\nAn adenoma (C) would usually contain fat or blood, and "
             "focal nodular hyperplasia (B) would show a central scar.", Q, VASC, None),
    ("pv11", "Question: The lesion was called a hemangioma (A) on ultrasound; what is the most likely diagnosis "
             "now\n\nAn adenoma (C) would usually contain fat or blood, and focal nodular hyperplasia (B) would "
             "show a central scar.", Q, VASC, None),
    # 12. per-option walk whose first option paragraph looks like a verdict (main ambiguous)
    ("pw01", "Analysis of options:\n\nA cavernous hemangioma (A) shows peripheral nodular enhancement with "
             "centripetal fill-in.\n\nFocal nodular hyperplasia (B) would show a central scar.\n\nHepatic adenoma "
             "(C) would usually contain fat or blood.\n\nHepatocellular carcinoma (D) would wash out, and this "
             "lesion does.", Q, VASC, (None, "D")),
    ("pw02", "Hemangioma (A) is the commonest benign liver tumour.\n\nFocal nodular hyperplasia (B) would show a "
             "central scar. Hepatic adenoma (C) would usually contain fat or blood. Hepatocellular carcinoma (D) "
             "would usually arise in cirrhosis.", Q, VASC, None),
    ("pw03", "Option A (cavernous hemangioma) shows peripheral nodular enhancement with centripetal fill-in.\n"
             "Option B (focal nodular hyperplasia) would show a central scar.\nOption C (hepatic adenoma) would "
             "usually contain fat or blood.\nOption D (hepatocellular carcinoma) would wash out.", Q, VASC, None),
    # 13. Chinese closing lines after an English discussion (main unparsed)
    ("zc01", "这是血管瘤 (A).\n\nAs for the rest: an adenoma (C) would usually contain fat or blood, and focal "
             "nodular hyperplasia (B) would show a central scar.\n再想想，我选肝细胞癌。", ZHQ, VASC, "D"),
    ("zc02", "这是血管瘤 (A).\n\nAs for the rest: an adenoma (C) would usually contain fat or blood, and focal "
             "nodular hyperplasia (B) would show a central scar.\n不过延迟期看起来更像最后一个选项。", ZHQ, VASC,
     (None, "D")),
    ("zc03", "这是血管瘤 (A).\n\nAs for the rest: an adenoma (C) would usually contain fat or blood, and focal "
             "nodular hyperplasia (B) would show a central scar.\n不对，应该是D。", ZHQ, VASC, "D"),
    ("zc04", "这是血管瘤 (A).\n\nAs for the rest: an adenoma (C) would usually contain fat or blood, and focal "
             "nodular hyperplasia (B) would show a central scar.", ZHQ, VASC, "A"),
]

