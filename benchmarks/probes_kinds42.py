"""kinds42 probes (issue #8): a denied kind of a finding ("no saddle embolus", "no large bowel obstruction") denies
that kind only, and a measurement's name with its value ("The RV/LV ratio is 0.8") claims no finding; near misses
(the report stating the denied kind, a broad denial, another side, a grade, a value-less name) must stay as they
were. Sentences of our own, not the corpus's (after the review repair, exclusive kind sets: main 46, lane 52 of 62, 0 worse;
the pairs wanting "n" for a report of no stated kind are left as the first version wrote them). Compare main and a lane:
    PYTHONPATH=src:benchmarks python benchmarks/probes_kinds42.py
Each pair (chain, report, want): "c" a claim must be contradicted; "s" a claim must be supported and none
contradicted; "n" none contradicted.
"""

from medstep.verify import verify

PAIRS = [
    # faithful denials of a subtype (fresh wording): not contradicted
    (
        "We see no saddle embolus straddling the bifurcation.",
        "Filling defects in the right lower lobe segmental arteries consistent with pulmonary embolism.",
        "n",
    ),
    (
        "There is no large bowel obstruction.",
        "Dilated small bowel loops with a transition point in the right lower quadrant, consistent with small bowel obstruction.",
        "n",
    ),
    ("No small bowel obstruction is seen.", "Large bowel obstruction due to an obstructing sigmoid mass.", "n"),
    (
        "A closed loop obstruction is not present.",
        "Small bowel obstruction with a transition point in the pelvis.",
        "n",
    ),
    (
        "I do not see a displaced fragment.",
        "Undisplaced fracture of the left fifth rib with a tiny bone fragment.",
        "n",
    ),
    ("No tension pneumothorax.", "Small right apical pneumothorax.", "n"),
    ("There is no saddle embolus.", "Bilateral pulmonary emboli involving the lobar arteries.", "n"),
    ("Saddle embolus: absent.", "Subsegmental pulmonary embolus in the left lower lobe.", "n"),
    (
        "The picture is not that of a large bowel obstruction.",
        "Multiple dilated small bowel loops with air-fluid levels; small bowel obstruction.",
        "n",
    ),
    # wrong denials of the subtype the report states: still contradicted
    (
        "There is no saddle embolus.",
        "Large saddle pulmonary embolus straddling the main pulmonary artery bifurcation.",
        "c",
    ),
    ("No tension pneumothorax.", "Large left tension pneumothorax with mediastinal shift to the right.", "c"),
    ("There is no large bowel obstruction.", "Large bowel obstruction secondary to sigmoid volvulus.", "c"),
    ("No small bowel obstruction.", "Small bowel obstruction with a transition point in the pelvis.", "c"),
    (
        "No closed loop obstruction is seen.",
        "Closed-loop obstruction of the small bowel with a swirl of the mesentery.",
        "c",
    ),
    ("We see no saddle embolus.", "Saddle embolus at the bifurcation of the main pulmonary artery.", "c"),
    # broad denials against a present kind: still contradicted
    ("No pulmonary embolism.", "Saddle embolus at the main pulmonary artery bifurcation.", "c"),
    ("No bowel obstruction.", "Small bowel obstruction.", "c"),
    ("There is no pneumothorax.", "Right tension pneumothorax.", "c"),
    ("No pulmonary embolism is seen.", "Acute segmental pulmonary emboli in the right lower lobe.", "c"),
    # a denied kind supported by a broad absence
    ("No saddle embolus.", "No pulmonary embolism.", "s"),
    ("No large bowel obstruction.", "No bowel obstruction.", "s"),
    # the report denies only a kind
    ("Pulmonary emboli in both lower lobes.", "Segmental emboli in both lower lobes. No saddle embolus.", "s"),
    ("Small bowel obstruction.", "Small bowel obstruction. No large bowel obstruction.", "s"),
    ("There are emboli in the pulmonary arteries.", "No saddle embolus is identified.", "n"),
    # near misses that must stay as they are
    ("No pneumothorax.", "Small left pneumothorax.", "c"),
    ("No acute pulmonary embolism.", "Acute pulmonary embolism in the right lower lobe.", "c"),
    ("No focal consolidation.", "Right lower lobe consolidation.", "c"),
    ("No pleural effusion on the left.", "Small right pleural effusion.", "n"),
    ("No fracture.", "Comminuted fracture of the distal radius.", "c"),
    ("No large pleural effusion.", "Small left pleural effusion.", "n"),
    # measurements read by value
    ("The RV/LV ratio is 0.8.", "No right heart strain.", "n"),
    ("The ratio of right to left ventricular diameter is 0.7.", "No CT signs of right heart strain.", "n"),
    ("RV/LV ratio of 1.4.", "No right heart strain.", "n"),  # (no RV/LV limit in the project: no claim)
    (
        "The RV/LV ratio measures 0.9 so there is no right heart strain.",
        "Right heart strain with an RV/LV ratio of 1.5.",
        "c",
    ),
    ("The RV/LV ratio is 1.5, indicating right heart strain.", "No right heart strain.", "c"),
    ("The RV/LV ratio is 1.6.", "Right heart strain with septal bowing.", "n"),
    ("The RV/LV ratio is increased.", "No right heart strain.", "c"),
    ("Blunting of the left costophrenic angle.", "Small left pleural effusion.", "s"),
    ("The cardiothoracic ratio is 0.45.", "Normal heart size.", "n"),
    ("The cardiothoracic ratio is 0.62, so the heart is enlarged.", "Cardiomegaly.", "s"),
    ("Cobb angle of 8 degrees.", "No scoliosis.", "n"),
    ("The endometrial thickness is 3 mm.", "Normal endometrium.", "n"),
    # hostile near misses
    ("No displaced fracture.", "Displaced fracture of the left clavicle.", "c"),
    ("No comminuted fracture.", "Comminuted fracture of the calcaneus.", "c"),
    ("No complete tear.", "Complete tear of the anterior cruciate ligament.", "c"),
    ("No full-thickness rotator cuff tear.", "Full-thickness tear of the supraspinatus tendon.", "c"),
    ("No full-thickness rotator cuff tear.", "Partial-thickness tear of the supraspinatus tendon.", "n"),
    (
        "There is no small bowel obstruction.",
        "Dilated small bowel loops with a transition point, consistent with obstruction.",
        "c",
    ),
    ("No closed loop obstruction.", "Small bowel obstruction.", "n"),
    ("No large bowel obstruction.", "Bowel obstruction with a transition point in the sigmoid colon.", "c"),
    ("No saddle embolus.", "Massive pulmonary embolism with clot straddling the bifurcation.", "c"),
    ("No complete left bundle branch block.", "Left bundle branch block.", "c"),
    ("No tension pneumothorax.", "Pneumothorax under tension.", "c"),
    (
        "There is no saddle embolus; segmental emboli are present.",
        "Segmental pulmonary emboli in the right lower lobe. No saddle embolus.",
        "s",
    ),
    ("No small bowel obstruction on the left.", "Small bowel obstruction.", "c"),
    ("No large pleural effusion.", "Large right pleural effusion.", "c"),
    ("No pneumothorax.", "Tension pneumothorax on the right.", "c"),
    ("The aortic diameter is 5.8 cm.", "Abdominal aortic aneurysm measuring 5.8 cm.", "n"),
    ("No RV/LV ratio abnormality; ratio 0.8.", "Right heart strain.", "n"),
    ("Right heart strain: RV/LV ratio 1.6.", "No right heart strain.", "c"),
    ("The RV/LV ratio is 1.6.", "The RV/LV ratio is 0.8.", "c"),
    ("No dilated small bowel.", "Small bowel obstruction.", "c"),
]


def got(chain: str, report: str) -> str:
    """c: a claim contradicted; s: one supported (none contradicted); n: neither."""
    verdicts = [fv for st in verify(chain, report=report).steps for fv in st.verdicts]
    if any(fv.verdict.value == "contradicted" for fv in verdicts):
        return "c"
    return "s" if any(fv.consistent for fv in verdicts) else "n"


def main() -> None:
    right = 0
    for chain, report, want in PAIRS:
        g = got(chain, report)
        ok = g == want or (want == "n" and g == "s")
        right += ok
        print("OK " if ok else "BAD", want, g, "|", chain, "||", report)
    print(f"right {right} of {len(PAIRS)}")


if __name__ == "__main__":
    main()
