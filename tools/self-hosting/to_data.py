"""Writes data/gpus.json, data/architectures.json and data/throughput.json from the reviewed research files
(extract_throughput.py's throughput.json, and the hand-gathered gpus.json and architectures.json), in the
data set's shapes. Run from the repository root: python3 tools/self-hosting/to_data.py RESEARCH_DIR"""
import json
import sys
from pathlib import Path

research = Path(sys.argv[1])
data = Path("data")
models = {p.stem: json.loads(p.read_text()) for p in (data / "models").glob("*.json")}
SOURCES = {"trtllm-perf-overview": "trtllm-perf-overview", "gpustack-performance-lab": "gpustack-performance-lab",
           "llm-price-compass": "llm-price-compass"}


def write(name, value):
    (data / name).write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def sized(slug):
    m = models.get(slug)
    return m is not None and m["access"]["weightsDownloadable"]


gpus = []
for g in json.loads((research / "gpus.json").read_text()):
    prices = []
    for p in g["hourlyUsd"]:
        if p["source"] == "efa-ec2-pricing-research-note-2026-08":
            continue  # a note whose repository the index did not name: no page to cite
        prices.append({"usdPerHour": p["value"], "kind": p["kind"], "provider": p["provider"], "source": p["source"],
                       "quote": p.get("quote"), "date": p.get("date") if p.get("date") and len(p["date"]) >= 4 else None,
                       "note": p.get("note")})
    memory = g["memoryGb"]
    gpus.append({"id": g["id"], "name": g["name"],
                 "memoryGb": {"value": memory["value"], "source": memory["source"], "quote": memory.get("quote"),
                              "note": memory.get("note")},
                 "prices": prices})
write("gpus.json", gpus)

architectures = []
for a in json.loads((research / "architectures.json").read_text())["models"]:
    if not sized(a["model"]) or not a.get("configUrl"):
        continue
    head_dim = a.get("headDim")
    note = a.get("note") or ""
    if head_dim is None:
        head_dim = a["hiddenSize"] // a["attentionHeads"]
        note += " headDim = hidden_size / num_attention_heads (the configuration states no head_dim)."
    layers = a["layers"]
    if a.get("linearAttentionLayers"):
        layers = a["fullAttentionLayers"]
        note += (f" Only its {layers} full-attention layers are counted: the other {a['linearAttentionLayers']} are"
                 " linear attention, whose state does not grow with the tokens (left out).")
    mla = a["attention"] == "mla"
    entry = {"model": a["model"], "layers": layers, "attention": "mla" if mla else "gqa",
             "kvHeads": None if mla else a["kvHeads"], "headDim": None if mla else head_dim,
             "kvLoraRank": a.get("kvLoraRank") if mla else None, "qkRopeHeadDim": a.get("qkRopeHeadDim") if mla else None,
             "slidingLayers": a.get("slidingLayers"), "slidingWindow": a.get("slidingWindow") if a.get("slidingLayers") else None,
             "experts": a.get("experts"), "expertsPerToken": a.get("expertsPerToken"),
             "activeParameters": a.get("activeParameters"),
             "source": a["sourceId"] if a.get("sourceId") else None, "quote": a["configQuote"], "note": note.strip()}
    architectures.append(entry)

arch_sources = {s["url"]: s["id"] for s in json.loads((research / "architectures-sources.json").read_text())}
for entry, a in zip(architectures, [a for a in json.loads((research / "architectures.json").read_text())["models"]
                                    if sized(a["model"]) and a.get("configUrl")]):
    entry["source"] = arch_sources[a["configUrl"]]
write("architectures.json", architectures)

runs = []
gpu_ids = {g["id"] for g in gpus}
for r in json.loads((research / "throughput.json").read_text()):
    if not sized(r["model"]) or r["gpu"] not in gpu_ids:
        continue  # not self-hostable, or on a GPU gpus.json does not describe (Ascend 910B)
    concurrency = r.get("concurrency") if r.get("concurrencyKind") == "max-concurrency" else None
    note = r.get("note") or ""
    if r.get("publishedOutputTokensPerGpu") is not None:
        note += f" Published per GPU: {r['publishedOutputTokensPerGpu']} output tokens/s; × {r['gpuCount']} GPUs here."
    runs.append({"model": r["model"], "gpu": r["gpu"], "gpuCount": r["gpuCount"], "parallelism": r.get("parallelism"),
                 "precision": r["precision"], "engine": r["engine"], "kind": r["kind"],
                 "inputTokens": max(1, round(r["inputTokens"])), "outputTokens": max(1, round(r["outputTokens"])),
                 "concurrency": int(concurrency) if concurrency else None,
                 "outputTokensPerSecond": r["outputTokensPerSecond"], "totalTokensPerSecond": r.get("totalTokensPerSecond"),
                 "ttftMsMedian": r.get("ttftMsMedian") or None, "ttftMsP99": r.get("ttftMsP99") or None,
                 "tpotMsMedian": r.get("tpotMsMedian") or None, "tpotMsP99": r.get("tpotMsP99") or None,
                 "source": SOURCES[r["sourceFile"].split("/")[0]],
                 "entry": r["sourceFile"] + ":" + str(r["sourceLine"]) + (f" ({r['docFile']}:{r['docLine']})" if r.get("docFile") else ""),
                 "quote": r.get("docQuote") or r["quote"], "setting": r.get("setting"), "note": note.strip() or None})
write("throughput.json", runs)
print(len(gpus), "GPUs,", len(architectures), "architectures,", len(runs), "runs")
