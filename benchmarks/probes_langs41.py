"""langs41 probes (issue #7): foreign answers read/graded right; near misses (another organ, side, count, a negation,
a list, a hedge, a question restated) must stay unread or graded wrong. Compare main and a lane:
    PYTHONPATH=src:benchmarks python benchmarks/probes_langs41.py
"""

import sys

from medstep.extract import extract
from medstep.score.open_grade import grade_open
from medstep.types import AnswerType, Sample

sys.path.insert(0, "benchmarks/corpus")
from items import same_answer  # noqa: E402

OPEN, C, X = "open", "closed", "choice"
# (type, question, options, text, gold, want) ; want True = must be right, False = must not be right
P = [
    # open modalities
    (OPEN, "What imaging modality was used?", {}, "Es handelt sich um eine Sonographie.", "ultrasound", True),
    (OPEN, "Which modality is this?", {}, "Ecografía abdominal.", "ultrasound", True),
    (OPEN, "What kind of scan is this?", {}, "Tomografia computerizzata", "CT", True),
    (OPEN, "What kind of scan is this?", {}, "Tomografia computerizzata", "MRI", False),
    (OPEN, "Which modality was used to take this image?", {}, "这是一张磁共振图像。", "MRI", True),
    (OPEN, "Which modality was used to take this image?", {}, "这是一张CT图像。", "MRI", False),
    (OPEN, "How was this image taken?", {}, "Radiographie thoracique", "X-ray", True),
    (OPEN, "How was this image taken?", {}, "Radiografía", "X-Ray", True),
    (OPEN, "How was this image taken?", {}, "Mammographie", "mammography", True),
    (OPEN, "How was this image taken?", {}, "超声", "ultrasound", True),
    (OPEN, "How was this image taken?", {}, "超声", "CT", False),
    (OPEN, "What imaging technique is shown?", {}, "Risonanza magnetica", "MRI", True),
    (OPEN, "What imaging technique is shown?", {}, "Ressonância magnética", "CT", False),
    # planes
    (OPEN, "In which plane is this image taken?", {}, "Plano coronal", "coronal", True),
    (OPEN, "In which plane is this image taken?", {}, "Plano sagital", "sagittal", True),
    (OPEN, "In which plane is this image taken?", {}, "Sagittalebene", "sagittal", True),
    (OPEN, "In which plane is this image taken?", {}, "Coupe axiale", "axial", True),
    (OPEN, "In which plane is this image taken?", {}, "Coupe axiale", "coronal", False),
    (OPEN, "In which plane is this image taken?", {}, "横断面", "transverse", True),
    (OPEN, "In which plane is this image taken?", {}, "冠状面", "coronal", True),
    (OPEN, "In which plane is this image taken?", {}, "冠状面", "sagittal", False),
    (OPEN, "In which plane is this image taken?", {}, "矢状位", "sagittal", True),
    (OPEN, "In which plane is this image taken?", {}, "Piano assiale", "axial", True),
    # organs
    (OPEN, "Which organ is abnormal?", {}, "El hígado", "liver", True),
    (OPEN, "Which organ is abnormal?", {}, "El hígado", "spleen", False),
    (OPEN, "Which organ is shown in the image?", {}, "Il colon", "colon", True),
    (OPEN, "What organ appears abnormal?", {}, "Die Speiseröhre", "esophagus", True),
    (OPEN, "What organ appears abnormal?", {}, "Die Speiseröhre", "trachea", False),
    (OPEN, "Which organ is the largest in this image?", {}, "肝脏", "liver", True),
    (OPEN, "Which organ is the largest in this image?", {}, "脾脏", "liver", False),
    (OPEN, "Which organ is enlarged?", {}, "图中显示的是膀胱。", "bladder", True),
    (OPEN, "Which organ contains the lesion?", {}, "Le rein gauche", "left kidney", True),
    (OPEN, "Which organ contains the lesion?", {}, "Le rein gauche", "right kidney", False),
    (OPEN, "Which organ is visible?", {}, "Reto", "rectum", False),
    (OPEN, "Which organ is visible?", {}, "Intestino delgado", "small bowel", True),
    (OPEN, "Which organ is visible?", {}, "Intestino delgado", "colon", False),
    (OPEN, "What structure is shown?", {}, "脊髓", "spinal cord", True),
    (OPEN, "What structure is shown?", {}, "气管", "trachea", True),
    (OPEN, "What structure is shown?", {}, "食管", "esophagus", True),
    (OPEN, "What structure is shown?", {}, "Luftröhre", "trachea", True),
    (OPEN, "What structure is shown?", {}, "Rückenmark", "spinal cord", True),
    (OPEN, "What structure is shown?", {}, "Midollo spinale", "spinal cord", True),
    (OPEN, "What structure is shown?", {}, "Midollo spinale", "brain", False),
    # sides
    (OPEN, "Which side is the lesion on?", {}, "Izquierda", "left", True),
    (OPEN, "Which side is the lesion on?", {}, "Izquierda", "right", False),
    (OPEN, "Which side is the lesion on?", {}, "右侧", "right", True),
    (OPEN, "Which side is the lesion on?", {}, "右侧", "left", False),
    (OPEN, "Which side is the lesion on?", {}, "病变位于左侧。", "left", True),
    (OPEN, "Which side is affected?", {}, "Beidseits", "both", True),
    (OPEN, "Which side is affected?", {}, "双侧", "bilateral", True),
    (OPEN, "Which side is affected?", {}, "À droite", "right", True),
    (OPEN, "Which side is affected?", {}, "Lado direito", "right", True),
    (OPEN, "Which side is affected?", {}, "Lato destro", "left", False),
    # counts
    (OPEN, "How many kidneys are in this image?", {}, "Dos", "2", True),
    (OPEN, "How many kidneys are in this image?", {}, "Dos", "1", False),
    (OPEN, "How many kidneys are in this image?", {}, "三个", "3", True),
    (OPEN, "How many kidneys are in this image?", {}, "三个", "2", False),
    (OPEN, "How many lesions are there?", {}, "Trois lésions", "3", True),
    (OPEN, "How many lesions are there?", {}, "Zwei", "2", True),
    (OPEN, "How many lesions are there?", {}, "Zwei", "3", False),
    (OPEN, "How many lesions are there?", {}, "Quattro", "4", True),
    (OPEN, "How many lesions are there?", {}, "Cinco", "5", True),
    (OPEN, "How many lesions are there?", {}, "Uma", "1", False),
    (OPEN, "How many lesions are there?", {}, "两个", "2", True),
    (OPEN, "How many lesions are there?", {}, "十二", "12", True),
    # closed presence/absence
    (C, "Is there a pleural effusion?", {}, "No se observa derrame pleural.", "no", True),
    (C, "Is there a pleural effusion?", {}, "No se observa derrame pleural.", "yes", False),
    (C, "Is there a pneumothorax?", {}, "Pas de pneumothorax.", "no", True),
    (C, "Is there a pneumothorax?", {}, "Kein Pneumothorax.", "no", True),
    (C, "Is there a pneumothorax?", {}, "Nessun pneumotorace.", "no", True),
    (C, "Is there a pneumothorax?", {}, "Não há pneumotórax.", "no", True),
    (C, "Is there a pneumothorax?", {}, "未见气胸。", "no", True),
    (C, "Is there a pneumothorax?", {}, "无气胸。", "no", True),
    (C, "Is there a pneumothorax?", {}, "未见气胸。", "yes", False),
    (C, "Is the liver abnormal?", {}, "未见异常。", "no", True),
    (C, "Is the liver abnormal?", {}, "未见异常。", "yes", False),
    (C, "Does the liver look normal?", {}, "Sí, el hígado es normal.", "yes", True),
    (C, "Does the liver look normal?", {}, "Nein, die Leber ist nicht normal.", "no", True),
    (C, "Is the lesion large?", {}, "Oui, la lésion est grande.", "yes", True),
    (C, "Is there a lesion in the lung?", {}, "是的，肺部有病变。", "yes", True),
    (C, "Is there a lesion in the lung?", {}, "否", "no", True),
    # choice
    (X, "Which organ is enlarged?", {"A": "Liver", "B": "Spleen"}, "答案：肝脏", "A", True),
    (X, "Which organ is enlarged?", {"A": "Liver", "B": "Spleen"}, "答案：脾脏", "A", False),
    (X, "Which modality?", {"A": "CT", "B": "MRI", "C": "Ultrasound"}, "Respuesta: ecografía", "C", True),
    (X, "Which side?", {"A": "Left", "B": "Right"}, "La lesión está en el lado derecho.", "B", True),
    (X, "Which side?", {"A": "Left", "B": "Right"}, "La lesión está en el lado derecho.", "A", False),
    (X, "Which side?", {"A": "Left", "B": "Right"}, "左侧", "A", True),
    # hostile near misses (must stay unread / wrong)
    (OPEN, "Which organ is abnormal?", {}, "¿Qué órgano es anormal?", "liver", False),
    (OPEN, "Which organ is abnormal?", {}, "No es el hígado", "liver", False),
    (OPEN, "Which organ is abnormal?", {}, "不是肝脏", "liver", False),
    (OPEN, "Which organ is abnormal?", {}, "肝脾", "liver", False),
    (OPEN, "Which organ is abnormal?", {}, "Il fegato e la milza", "liver", False),
    (OPEN, "Which organ is abnormal?", {}, "Probablemente el hígado", "liver", False),
    (OPEN, "Which organ is abnormal?", {}, "Forse il pancreas", "pancreas", False),
    (OPEN, "Which organ is abnormal?", {}, "Der Magen", "esophagus", False),
    (OPEN, "Which organ is abnormal?", {}, "L'estomac", "stomach", True),
    (OPEN, "Which organ is abnormal?", {}, "O estômago", "stomach", True),
    (OPEN, "Which organ is abnormal?", {}, "胃", "stomach", True),
    (OPEN, "Which organ is abnormal?", {}, "胃", "colon", False),
    (OPEN, "Which organ is abnormal?", {}, "十二指肠", "duodenum", True),
    (OPEN, "How many lesions are there?", {}, "十二指肠", "12", False),
    (OPEN, "Which kidney is affected?", {}, "左肾和右肾", "left kidney", False),
    (OPEN, "Which kidney is affected?", {}, "Linke Niere", "left kidney", True),
    (OPEN, "Which kidney is affected?", {}, "Rene destro", "right kidney", True),
    (OPEN, "Which kidney is affected?", {}, "Rene destro", "left kidney", False),
    (OPEN, "Which side is the lesion on?", {}, "Izquierda y derecha", "left", False),
    (OPEN, "Which side is the lesion on?", {}, "Não à esquerda", "left", False),
    (OPEN, "Which side is the lesion on?", {}, "Sinistra", "left", True),
    (OPEN, "Which side is the lesion on?", {}, "左", "right", False),
    (OPEN, "How many lesions are there?", {}, "Zwei oder drei", "2", False),
    (OPEN, "How many lesions are there?", {}, "Dos o tres", "3", False),
    (OPEN, "How many lesions are there?", {}, "Kein", "0", False),
    (OPEN, "How many lesions are there?", {}, "Sette", "7", True),
    (OPEN, "How many lesions are there?", {}, "Huit", "8", True),
    (OPEN, "How many lesions are there?", {}, "Dez", "10", True),
    (OPEN, "How many lesions are there?", {}, "四个", "4", True),
    (OPEN, "How many lesions are there?", {}, "四个", "5", False),
    (OPEN, "What modality is this?", {}, "Kein MRT", "MRI", False),
    (OPEN, "What modality is this?", {}, "MRT", "MRI", True),
    (OPEN, "What modality is this?", {}, "MRT", "CT", False),
    (OPEN, "What modality is this?", {}, "IRM", "MRI", True),
    (OPEN, "What modality is this?", {}, "非CT", "CT", False),
    (OPEN, "What modality is this?", {}, "TC o RM", "CT", False),
    (OPEN, "What modality is this?", {}, "Röntgen", "X-ray", True),
    (OPEN, "What modality is this?", {}, "Röntgen", "CT", False),
    (OPEN, "What modality is this?", {}, "Radiografia de tórax", "chest x-ray", True),
    (OPEN, "What modality is this?", {}, "Fluoroscopia", "fluoroscopy", True),
    (OPEN, "What modality is this?", {}, "血管造影", "angiography", True),
    (OPEN, "In which plane is the image?", {}, "Piano coronale o sagittale", "coronal", False),
    (OPEN, "In which plane is the image?", {}, "Koronal", "coronal", True),
    (OPEN, "In which plane is the image?", {}, "矢状面", "coronal", False),
    (OPEN, "In which plane is the image?", {}, "Plano transversal", "transverse plane", True),
    (OPEN, "Is this a PA or AP view?", {}, "后前位", "PA", True),
    (OPEN, "Is this a PA or AP view?", {}, "后前位", "AP", False),
    (OPEN, "What is the size of the lesion?", {}, "Grande", "large", True),
    (OPEN, "What is the size of the lesion?", {}, "Petite", "large", False),
    (OPEN, "Is the heart normal or abnormal?", {}, "Anormal", "abnormal", True),
    (OPEN, "Is the heart normal or abnormal?", {}, "异常", "normal", False),
    (C, "Is there a cyst in the kidney?", {}, "Il n'y a pas de kyste rénal.", "yes", False),
    (C, "Is there a mass in the liver?", {}, "Nessuna massa epatica.", "yes", False),
    (C, "Is there a fracture?", {}, "Keine Fraktur erkennbar.", "yes", False),
    (C, "Is there a fracture?", {}, "无骨折", "yes", False),
    (C, "Is there a fracture?", {}, "没有骨折。", "no", True),
    (X, "Which organ is enlarged?", {"A": "Liver", "B": "Spleen"}, "答案：不是肝脏", "A", False),
    (X, "Which organ is enlarged?", {"A": "Liver", "B": "Spleen"}, "肝脏和脾脏", "A", False),
    (X, "Which organ is enlarged?", {"A": "Liver", "B": "Spleen"}, "Réponse : la rate", "B", True),
    (X, "Which organ is enlarged?", {"A": "Kidney", "B": "Spleen"}, "Antwort: Milz", "B", True),
    (X, "Which plane?", {"A": "Axial", "B": "Coronal", "C": "Sagittal"}, "冠状面", "B", True),
    (X, "Which plane?", {"A": "Axial", "B": "Coronal", "C": "Sagittal"}, "冠状面", "C", False),
    (X, "How many?", {"A": "1", "B": "2", "C": "3"}, "两个", "B", True),
    (X, "How many?", {"A": "1", "B": "2", "C": "3"}, "Zwei oder drei", "B", False),
    (X, "Which organ?", {"A": "肝脏", "B": "脾脏"}, "Liver", "A", True),
    (X, "Which side?", {"A": "Left", "B": "Right"}, "Nicht links", "A", False),
    # batch 2 (fresh, written after the code)
    (OPEN, "What organ is shown?", {}, "Os pulmões", "lungs", True),
    (OPEN, "What organ is shown?", {}, "Les poumons", "lung", True),
    (OPEN, "What organ is shown?", {}, "Die Nieren", "kidney", True),
    (OPEN, "What organ is shown?", {}, "La vesícula biliar", "gallbladder", True),
    (OPEN, "What organ is shown?", {}, "La vesícula biliar", "bladder", False),
    (OPEN, "What organ is shown?", {}, "膀胱", "gallbladder", False),
    (OPEN, "What organ is shown?", {}, "Le cerveau", "brain", True),
    (OPEN, "What organ is shown?", {}, "小脑", "brain", False),
    (OPEN, "What organ is shown?", {}, "Cuore", "heart", True),
    (OPEN, "What organ is shown?", {}, "Cuore e polmoni", "heart", False),
    (OPEN, "What organ is shown?", {}, "Pas le foie", "liver", False),
    (OPEN, "What organ is shown?", {}, "Nicht die Leber", "liver", False),
    (OPEN, "What organ is shown?", {}, "Não é o fígado", "liver", False),
    (OPEN, "What organ is shown?", {}, "非肝脏", "liver", False),
    (OPEN, "What organ is shown?", {}, "可能是肝脏", "liver", False),
    (OPEN, "What organ is shown?", {}, "Le pancréas ?", "pancreas", False),
    (OPEN, "Where is the lesion?", {}, "Poumon gauche", "right lung", False),
    (OPEN, "Where is the lesion?", {}, "Polmone sinistro", "left lung", True),
    (OPEN, "Where is the lesion?", {}, "右肺", "right lung", True),
    (OPEN, "Where is the lesion?", {}, "右肺", "left lung", False),
    (OPEN, "Where is the lesion?", {}, "双肺", "left lung", False),
    (OPEN, "Which side?", {}, "Rechts", "right", True),
    (OPEN, "Which side?", {}, "Rechts", "left", False),
    (OPEN, "Which side?", {}, "Gauche", "left", True),
    (OPEN, "How many ribs are fractured?", {}, "Drei", "3", True),
    (OPEN, "How many ribs are fractured?", {}, "Drei", "4", False),
    (OPEN, "How many ribs are fractured?", {}, "Tres costillas", "3", True),
    (OPEN, "How many ribs are fractured?", {}, "七根", "7", False),
    (OPEN, "How many ribs are fractured?", {}, "五处", "5", True),
    (OPEN, "How many ribs are fractured?", {}, "Cinq ou six", "5", False),
    (OPEN, "What modality?", {}, "Échographie", "ultrasound", True),
    (OPEN, "What modality?", {}, "Échographie", "CT", False),
    (OPEN, "What modality?", {}, "Tomografía computarizada", "CT", True),
    (OPEN, "What modality?", {}, "TAC", "CT", True),
    (OPEN, "What modality?", {}, "TAC", "MRI", False),
    (OPEN, "What modality?", {}, "Mamografia", "mammography", True),
    (OPEN, "What modality?", {}, "核磁共振", "MRI", True),
    (OPEN, "What modality?", {}, "核磁共振", "CT", False),
    (OPEN, "What modality?", {}, "X光", "X-ray", True),
    (OPEN, "What modality?", {}, "Sin contraste", "CT", False),
    (OPEN, "Which plane?", {}, "Sagittale", "sagittal", True),
    (OPEN, "Which plane?", {}, "Sagittale", "axial", False),
    (OPEN, "Which plane?", {}, "Axiale", "transverse", True),
    (OPEN, "Which view?", {}, "Seitlich", "lateral", True),
    (OPEN, "Which view?", {}, "Vue latérale", "lateral", True),
    (OPEN, "Which view?", {}, "Vue latérale", "PA", False),
    (OPEN, "Is the lesion large or small?", {}, "Piccola", "small", True),
    (OPEN, "Is the lesion large or small?", {}, "Piccola", "large", False),
    (OPEN, "Is the lesion large or small?", {}, "Nicht groß", "large", False),
    (C, "Is the liver normal?", {}, "Non, le foie n'est pas normal.", "yes", False),
    (C, "Is there any abnormality?", {}, "Não há alterações.", "yes", False),
    (C, "Is there a nodule?", {}, "Nessun nodulo visibile.", "yes", False),
    (X, "Which organ?", {"A": "Heart", "B": "Lung"}, "Risposta: il cuore", "A", True),
    (X, "Which organ?", {"A": "Heart", "B": "Lung"}, "Risposta: non il cuore", "A", False),
    (X, "Which modality?", {"A": "CT", "B": "MRI"}, "核磁共振", "B", True),
    (X, "Which modality?", {"A": "CT", "B": "MRI"}, "MRT oder CT", "B", False),
    (X, "Which side?", {"A": "Left", "B": "Right", "C": "Both"}, "Beidseits", "C", True),
    (X, "Which side?", {"A": "Left", "B": "Right", "C": "Both"}, "右侧", "B", True),
    (X, "How many?", {"A": "Two", "B": "Three"}, "Tre", "B", True),
    (X, "How many?", {"A": "Two", "B": "Three"}, "Tre o due", "B", False),
    # batch 3 (adversarial, after batch 2)
    (OPEN, "Which plane?", {}, "coronal", "轴位", False),
    (OPEN, "Which organ?", {}, "right kidney", "左肾", False),
    (OPEN, "Which organ?", {}, "left kidney", "左肾", True),
    (OPEN, "How many?", {}, "2", "三个", False),
    (OPEN, "How many kidneys are seen?", {}, "Dos riñones", "1", False),
    (OPEN, "Which organ is enlarged?", {}, "Milz?", "spleen", False),
    (OPEN, "Which organ is enlarged?", {}, "Leber, Milz", "liver", False),
    (OPEN, "Which side?", {}, "Derecha/izquierda", "right", False),
    (OPEN, "Which side?", {}, "左右", "left", False),
    (OPEN, "Which side?", {}, "Links > rechts", "left", False),
    (OPEN, "Which organ is enlarged?", {}, "Leber (Hepar)", "liver", True),
    (X, "Which kidney?", {"A": "Left kidney", "B": "Right kidney"}, "Rein", "A", False),
    (X, "Which kidney?", {"A": "Left kidney", "B": "Right kidney"}, "Rene destro", "B", True),
    (X, "Which organ?", {"A": "Liver", "B": "Spleen"}, "Milz?", "B", False),
    (X, "Which organ?", {"A": "Liver", "B": "Liver and spleen"}, "肝脏", "A", True),
    (X, "Which organ?", {"A": "Liver", "B": "Liver and spleen"}, "肝脏和脾脏", "B", True),
    (X, "Is it normal?", {"A": "Normal", "B": "Abnormal"}, "不正常", "B", True),
    (X, "Is it normal?", {"A": "Normal", "B": "Abnormal"}, "非正常", "A", False),
    (X, "Is it normal?", {"A": "Normal", "B": "Abnormal"}, "Nicht normal", "A", False),
    (OPEN, "How many lesions?", {}, "Dos", "2", True),
    (OPEN, "How many lesions?", {}, "Dos", "3", False),
    (OPEN, "How many lesions?", {}, "El", "1", False),
    # batch 4 (closed questions on the technique, after the closed wiring)
    (C, "Is this a CT scan?", {}, "超声", "no", True),
    (C, "Is this a CT scan?", {}, "超声", "yes", False),
    (C, "Is this a CT scan?", {}, "TAC abdominal", "yes", True),
    (C, "Is this a CT scan?", {}, "TC o RM", "yes", False),
    (C, "Is this a CT scan?", {}, "非CT", "yes", False),
    (C, "Is this an MRI?", {}, "IRM", "yes", True),
    (C, "Is this an MRI?", {}, "Röntgen", "no", True),
    (C, "Is this a coronal image?", {}, "矢状面", "no", True),
    (C, "Is this a coronal image?", {}, "Coupe coronale", "yes", True),
    (C, "Is this a coronal image?", {}, "Piano assiale", "yes", False),
    (C, "Is the lesion on the left?", {}, "Polmone destro", "yes", False),
    (C, "Is this the liver?", {}, "Die Milz", "yes", False),
    (OPEN, "How many lesions?", {}, "Dos o tres", "2", False),
    (OPEN, "Which organ?", {}, "Hígado o bazo", "liver", False),
]

BATCH2 = 60
BATCH3 = 22
BATCH4 = 14


def run():
    first2 = len(P) - BATCH4 - BATCH3 - BATCH2
    first3 = len(P) - BATCH4 - BATCH3
    first4 = len(P) - BATCH4
    ok = 0
    ok2 = 0
    ok3 = 0
    ok4 = 0
    bad = []
    for i, (t, q, opts, text, gold, want) in enumerate(P):
        s = Sample(
            id=f"p{i}",
            question=q,
            answer=gold,
            answer_type=AnswerType(t),
            options=dict(opts),
            categories={},
            benchmark="probe",
        )
        ext = extract(text, s)
        ans = ext.answer
        if t == OPEN:
            right = ans is not None and grade_open(ans, gold, q).matched
        else:
            right = ans is not None and same_answer(AnswerType(t), ans, gold)
        good = right == want
        ok += good
        ok2 += good and first2 <= i < first3
        ok3 += good and first3 <= i < first4
        ok4 += good and i >= first4
        if not good:
            bad.append((i, t, text, gold, want, ans, ext.status.value, ext.rule))
    print(f"{ok}/{len(P)} probes as wanted; batch 2: {ok2}/{BATCH2}; batch 3: {ok3}/{BATCH3}; batch 4: {ok4}/{BATCH4}")
    for b in bad:
        print("  MISS", b)


run()
