from medstep.score.outcome import grade, outcome_metrics
from medstep.score.stats import bootstrap_ci, mean_ci
from medstep.score.text import normalize_text, token_f1, token_recall
