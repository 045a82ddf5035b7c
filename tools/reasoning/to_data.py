"""Writes data/reasoning.json: output tokens (answer and thinking) per coding exercise, as Aider's polyglot
leaderboard measured them per model and setting (completion_tokens / test_cases), for the models the import
mapping names for the Aider board. Run from the repository root:
python3 tools/reasoning/to_data.py ../shared/data/aider"""
import json
import sys
from pathlib import Path

import yaml

snapshot = Path(sys.argv[1])
mapping = json.loads(Path("data/import/mapping.json").read_text())
names = {}
for model in mapping["models"]:
    for name in model.get("aider", []):
        names[name] = model["slug"]
lines = (snapshot / "polyglot_leaderboard.yml").read_text().splitlines()
starts = [i + 1 for i, line in enumerate(lines) if line.startswith("- dirname:")]
rows = yaml.safe_load((snapshot / "polyglot_leaderboard.yml").read_text())
out = []
for row, line in zip(rows, starts):
    slug = names.get(row["model"])
    if slug is None or "completion_tokens" not in row:
        continue
    out.append({"model": slug, "setting": row["model"], "effort": row.get("reasoning_effort"),
                "thinkingBudget": row.get("thinking_tokens") or None,
                "outputTokensPerTask": round(row["completion_tokens"] / row["test_cases"]),
                "promptTokensPerTask": round(row["prompt_tokens"] / row["test_cases"]) if row.get("prompt_tokens") else None,
                "tasks": row["test_cases"], "date": str(row["date"]), "source": "aider.polyglot-leaderboard",
                "entry": "polyglot_leaderboard.yml:" + str(line),
                "quote": f"model: {row['model']} / test_cases: {row['test_cases']} / completion_tokens: {row['completion_tokens']}"})
Path("data/reasoning.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
print(len(out), "measurements")
