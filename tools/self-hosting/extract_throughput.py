#!/usr/bin/env python3
"""Extract measured LLM serving throughput rows for the self-hosting cost calculator.

Inputs (read-only):  /work/shared/data/{trtllm-perf-overview,gpustack-performance-lab,llm-price-compass}
Outputs:             /work/research/gpu/throughput.json, /work/research/gpu/throughput-summary.md

Every throughput / latency number written is copied from the source file as printed there,
with two documented exceptions (both flagged per row):
  * TRT-LLM developer-guide table publishes ONLY per-GPU output tok/s; the whole-group
    outputTokensPerSecond is published_per_gpu x gpuCount (field outputBasis says so, the
    published figure stays in `quote` and `publishedOutputTokensPerGpu`).
  * ShareGPT-style datasets: inputTokens/outputTokens = total tokens / successful requests
    (as the brief asks), rounded to 0.1.
Re-run: python3 extract_throughput.py   (it also cross-checks the CSVs against the markdown
tables / benchmark blocks and aborts on any mismatch).
"""
import csv, json, os, re, sys
from collections import defaultdict

DATA = '/work/shared/data'
OUT = '/work/research/gpu'
TRT = 'trtllm-perf-overview'
GS = 'gpustack-performance-lab'
GSDOCS = GS + '/docs/performance-lab'
PC = 'llm-price-compass'

rows = []
unmapped = defaultdict(set)     # name -> set of source files
excluded = []                   # (what, why)


def raw_lines(rel):
    with open(os.path.join(DATA, rel), newline='') as f:
        return [l.rstrip('\r') for l in f.read().split('\n')]


def num(s):
    if s is None:
        return None
    s = str(s).strip().replace(',', '')
    if s in ('', 'N/A', '-'):
        return None
    v = float(s)
    return int(v) if v.is_integer() and '.' not in s else v


# ----------------------------------------------------------------------------- TRT-LLM
TRT_MODELS = {
    'Llama 3.1 8B': 'llama-3.1-8b-instruct', 'Llama 3.1 405B': 'llama-3.1-405b-instruct',
    'Llama 3.3 70B': 'llama-3.3-70b-instruct', 'LLaMA v3.3 70B': 'llama-3.3-70b-instruct',
    'Llama 4 Scout': 'llama-4-scout', 'Llama 4 Maverick': 'llama-4-maverick',
    'LLaMA v4 Maverick': 'llama-4-maverick',
    'Qwen3-235B-A22B': 'qwen3-235b-a22b', 'Qwen3 235B A22B': 'qwen3-235b-a22b',
    'Deepseek R1 0528': 'deepseek-r1-0528',
    'GPT-OSS 120B': 'gpt-oss-120b', 'GPT-OSS 20B': 'gpt-oss-20b',
}
TRT_UNMAPPED = {'Qwen3-30B-A3B', 'Qwen3 30B A3B'}
TRT_GPUS = {'H100': 'h100', 'H200': 'h200', 'B200': 'b200', 'GB200': 'gb200',
            'RTX Pro 6000 Blackwell Server': 'rtx-pro-6000'}
TRT_GPU_NOTE = {'h100': 'H100 SXM 80GB (DGX H100)', 'h200': 'H200 SXM 141GB (DGX H200)',
                'b200': 'B200 180GB (DGX B200)', 'gb200': 'GB200 192GB (GB200 NVL72)',
                'rtx-pro-6000': 'RTX 6000 Pro Blackwell Server Edition'}


def md_tables(rel):
    """Parse the markdown throughput tables -> {(model, gpu, parallelism-cell, isl, osl): value}.
    Column header e.g. 'H200<br/>TP4 (FP8)' or '**4 GPUs**<br/>TP2,PP2 (FP4)'."""
    out = {}
    model = None; rtx = False; hdr = None
    for line in raw_lines(rel):
        s = line.strip()
        m = re.match(r'^#{1,4}\s+(.*)$', s)
        if m:
            model = m.group(1).strip(); rtx = 'RTX 6000' in model
            model = model.split(' - RTX')[0].strip(); hdr = None; continue
        if s.startswith('RTX 6000 Pro Blackwell Server Edition'):
            rtx = True; hdr = None; continue
        if s.startswith('| Sequence Length'):
            hdr = [c.strip() for c in s.strip('|').split('|')][1:]; continue
        if hdr and re.match(r'^\|\s*\d+/\d+', s):
            cells = [c.strip() for c in s.strip('|').split('|')]
            isl, osl = map(int, cells[0].split('/'))
            for h, c in zip(hdr, cells[1:]):
                if not c:
                    continue
                gpu_part, par = h.split('<br/>')
                gpu = 'RTX Pro 6000 Blackwell Server' if rtx else gpu_part.strip()
                par = par.strip()
                out[(model, gpu, par, isl, osl)] = int(c.replace(',', ''))
    return out


def trt_v10():
    rel = TRT + '/trtllm_v1.0_max_throughput.csv'
    lines = raw_lines(rel)
    md = md_tables(TRT + '/perf-overview-tables.md')
    reader = list(csv.reader(lines))
    header = reader[0]
    for i, cells in enumerate(reader[1:], start=2):
        if not cells:
            continue
        r = dict(zip(header, cells))
        name = r['model']
        if name in TRT_UNMAPPED:
            unmapped[name].add(rel); continue
        slug = TRT_MODELS[name]
        gpu = TRT_GPUS[r['gpu']]
        tp, pp, n = int(r['tp']), int(r['pp']), int(r['num_gpus'])
        par = f'TP{tp},PP{pp}' if gpu == 'rtx-pro-6000' else f'TP{tp}'
        prec = r['precision']
        total = int(r['total_output_tok_s'])
        # cross-check with the markdown table
        mdkey = (name, r['gpu'], f'{par} ({prec})', int(r['isl']), int(r['osl']))
        if md.get(mdkey) != total:
            sys.exit(f'TRT v1.0 mismatch line {i}: {mdkey} csv={total} md={md.get(mdkey)}')
        assert n == tp * pp
        rows.append({
            'model': slug, 'gpu': gpu, 'gpuCount': n, 'parallelism': par,
            'precision': prec.lower(), 'precisionAsPublished': prec,
            'engine': 'TensorRT-LLM 1.0', 'kind': 'upper-bound',
            'inputTokens': int(r['isl']), 'outputTokens': int(r['osl']), 'concurrency': None,
            'outputTokensPerSecond': total, 'outputBasis': 'whole-group total as published',
            'totalTokensPerSecond': None,
            'ttftMsMedian': None, 'ttftMsP99': None, 'tpotMsMedian': None, 'tpotMsP99': None,
            'sourceFile': rel, 'sourceLine': i, 'quote': lines[i - 1],
            'setting': 'published max-throughput table (trtllm-bench offline, all requests queued)',
            'note': (f'NVIDIA TensorRT-LLM perf-overview "NEW for v1.0" table, metric "Total Output Throughput '
                     f'(tokens/sec)" for the whole {par} group; {TRT_GPU_NOTE[gpu]}; synthetic fixed ISL/OSL; '
                     f'vendor upper bound with no latency constraint. Verified against perf-overview-tables.md.'),
        })


def trt_devguide():
    rel = TRT + '/trtllm_devguide_output_tok_s_per_gpu.csv'
    lines = raw_lines(rel)
    md = md_tables(TRT + '/developer-guide-perf-overview-tables.md')
    reader = list(csv.reader(lines))
    header = reader[0]
    for i, cells in enumerate(reader[1:], start=2):
        if not cells:
            continue
        r = dict(zip(header, cells))
        name = r['model']
        if name in TRT_UNMAPPED:
            unmapped[name].add(rel); continue
        slug = TRT_MODELS[name]
        gpu = TRT_GPUS[r['gpu']]
        n = int(r['num_gpus']); par = r['parallelism']; prec = r['precision']
        per_gpu = int(r['output_tok_s_per_gpu'])
        mdkey = (name, r['gpu'], f'{par} ({prec})', int(r['isl']), int(r['osl']))
        if md.get(mdkey) != per_gpu:
            sys.exit(f'TRT devguide mismatch line {i}: {mdkey} csv={per_gpu} md={md.get(mdkey)}')
        is_oss = slug.startswith('gpt-oss')
        note = (f'NVIDIA TensorRT-LLM developer-guide perf overview (1.1/1.2-era docs; engine version not stated '
                f'in the table). The table publishes ONLY "Output Throughput per GPU (tokens/sec/GPU)" = '
                f'{per_gpu}; outputTokensPerSecond here is that x {n} GPUs (derived, see outputBasis). '
                f'{TRT_GPU_NOTE[gpu]}; trtllm-bench offline max throughput, synthetic fixed ISL/OSL, vendor upper '
                f'bound with no latency constraint. Verified against developer-guide-perf-overview-tables.md.')
        if is_oss:
            note += (f' Precision: table header says {prec}; gpt-oss is served from the MXFP4 checkpoint (not in '
                     f'NVIDIA\'s FP4/FP8 ModelOpt lists), so precision=mxfp4; header label kept in precisionAsPublished.')
        if par.startswith('DEP'):
            note += ' DEPn = attention data parallel + expert parallel over n GPUs.'
        rows.append({
            'model': slug, 'gpu': gpu, 'gpuCount': n, 'parallelism': par,
            'precision': 'mxfp4' if is_oss else prec.lower(), 'precisionAsPublished': prec,
            'engine': 'TensorRT-LLM', 'kind': 'upper-bound',
            'inputTokens': int(r['isl']), 'outputTokens': int(r['osl']), 'concurrency': None,
            'outputTokensPerSecond': per_gpu * n,
            'outputBasis': f'published per-GPU value x gpuCount ({per_gpu} x {n})',
            'publishedOutputTokensPerGpu': per_gpu,
            'totalTokensPerSecond': None,
            'ttftMsMedian': None, 'ttftMsP99': None, 'tpotMsMedian': None, 'tpotMsP99': None,
            'sourceFile': rel, 'sourceLine': i, 'quote': lines[i - 1],
            'setting': 'published max-throughput table (trtllm-bench offline, all requests queued)',
            'note': note,
        })


# ----------------------------------------------------------------------------- GPUStack
def parse_doc(rel):
    L = raw_lines(rel)
    blocks = []; h3 = h4 = None; label = None; profiles = {}; prof = None
    i = 0
    while i < len(L):
        s = L[i].strip()
        if s.startswith('##### '):
            prof = s[6:].strip(); profiles[prof] = {}
        elif prof and re.match(r'^(dataset_\w+|request_rate|total_requests):', s):
            k, v = s.split(':', 1); profiles[prof][k.strip()] = v.strip()
        if s.startswith('### '):
            h3 = s[4:].strip(); h4 = None; prof = None
        elif s.startswith('#### '):
            h4 = s[5:].strip(); prof = None
        if 'Serving Benchmark Result' in s:
            # label = nearest non-empty line above, inside the same code block
            k = i - 1; label = None
            while k >= 0 and L[k].strip() and not L[k].strip().startswith('```'):
                label = L[k].strip(); k -= 1
                if label: break
            vals = {}; j = i + 1
            while j < len(L) and not L[j].strip().startswith('====='):
                m = re.match(r'\s*([^:]+):\s+(\S+)\s*$', L[j])
                if m:
                    vals[m.group(1).strip()] = (m.group(2), j + 1, L[j].strip())
                j += 1
            blocks.append({'line': i + 1, 'h3': h3, 'h4': h4, 'label': label, 'vals': vals})
            i = j
        i += 1
    return L, blocks, profiles


RANDOM_LABELS = {  # vllm-bench docs: comment above block -> (ISL, OSL) from each doc's "Benchmark Dataset" list
    '# random 32K input': (32000, 100), '# random 32k input': (32000, 100),
    '# random 4K input': (4000, 200), '# random 2K input': (2000, 100), '# random 128 input': (128, 4),
    '1k random input + 2k generation': (1000, 2000),
}

# Curation: doc -> dict(model, gpu, gpuNote, entries=[(block indices, config)])
# config: setting, precision, engine, gpuCount, parallelism, serve, note
C = {}


def cfg(setting, precision, engine, n, par, serve, note=''):
    return dict(setting=setting, precision=precision, engine=engine, gpuCount=n, parallelism=par,
                serve=serve, note=note)


BASE = 'baseline (vLLM without any optimizations, as the doc\'s comparison table calls it)'
FINAL = 'final tuned configuration (doc\'s recommended/optimized command)'

C['deepseek-r1/h200.md'] = dict(model='deepseek-r1-0528', gpu='h200', hw='8 x NVIDIA H200 SXM, single node',
    name_note='Doc title says DeepSeek-R1 but every command serves deepseek-ai/DeepSeek-R1-0528 -> deepseek-r1-0528 (not the original R1). Native FP8 checkpoint.',
    entries=[([0, 6, 7, 8, 9, 10], cfg(BASE, 'fp8', 'vLLM v0.11.0', 8, 'TP8', 'vllm serve deepseek-ai/DeepSeek-R1-0528 -tp 8')),
             ([3, 11, 12, 13, 14], cfg(FINAL, 'fp8', 'SGLang v0.5.3', 8, 'TP8 + DP-attention',
                                       'python3 -m sglang.launch_server --model deepseek-ai/DeepSeek-R1-0528 --tp 8 --enable-dp-attention'))])
C['deepseek-v3.2/h200.md'] = dict(model='deepseek-v3.2', gpu='h200', hw='8 x NVIDIA H200 SXM, single node',
    name_note='deepseek-ai/DeepSeek-V3.2 (native FP8 checkpoint).',
    entries=[([0, 18, 19, 20, 21, 22], cfg(BASE, 'fp8', 'vLLM v0.13.0', 8, 'TP8',
                                           'vllm serve deepseek-ai/DeepSeek-V3.2 -tp 8 --tokenizer-mode deepseek_v32 --reasoning-parser deepseek_v3')),
             ([14, 23, 24, 25, 26, 27], cfg(FINAL + ' - the "Optimized" config benchmarked in Other Benchmark Cases', 'fp8', 'SGLang v0.5.6.post2', 8, 'TP8, DP8 + DP-attention',
                                            'sglang --tp-size 8 --dp-size 8 --enable-dp-attention + tool-call/reasoning parsers --context-length=32768 --attention-backend nsa --nsa-prefill-backend fa3 --nsa-decode-backend fa3',
                                            'The doc\'s Conclusion command omits --context-length and the fa3 NSA backends, but its comparison table (ShareGPT 8968.32) and the Other-cases "Optimized serving script" use them.')),
             ([11], cfg('recommended serving command exactly as in the Conclusion (ShareGPT only; not the benchmarked "Optimized" config)', 'fp8', 'SGLang v0.5.6.post2', 8, 'TP8, DP8 + DP-attention',
                        'sglang --tp-size 8 --enable-dp-attention --dp 8 --reasoning-parser deepseek-v3 --tool-call-parser deepseekv32'))])
C['glm-4.5-air/a100.md'] = dict(model='glm-4.5-air', gpu='a100-80gb', hw='4 x NVIDIA A100 SXM 80GB, single node',
    name_note='zai-org/GLM-4.5-Air (BF16).',
    entries=[([0, 6, 7, 8, 9], cfg(BASE, 'bf16', 'vLLM v0.11.0', 4, 'TP4', 'vllm serve zai-org/GLM-4.5-Air -tp 4')),
             ([2, 10, 11, 12, 13], cfg(FINAL, 'bf16', 'SGLang v0.5.4.post2', 4, 'TP4 + EP4',
                                       'sglang --tp-size 4 --ep-size 4 --tool-call-parser glm --reasoning-parser glm45',
                                       'ShareGPT row is the section-3 TP4+EP4 run (without the parser flags), cited as Optimized (6245.77) in the Conclusion.'))])
C['glm-4.5-air/h100.md'] = dict(model='glm-4.5-air', gpu='h100', hw='4 x NVIDIA H100 SXM, single node',
    name_note='zai-org/GLM-4.5-Air; optimized run uses zai-org/GLM-4.5-Air-FP8.',
    entries=[([0], cfg(BASE, 'bf16', 'vLLM v0.11.0', 4, 'TP4', 'vllm serve zai-org/GLM-4.5-Air -tp 4')),
             ([3], cfg(FINAL, 'fp8', 'SGLang v0.5.4.post2', 4, 'TP4 + EP4',
                       'sglang --model zai-org/GLM-4.5-Air-FP8 --tp-size 4 --ep-size 4 (+ parsers)',
                       'Section-3 script text shows zai-org/GLM-4.5-Air (no -FP8) but the steps are cumulative after the FP8 step (+3.5% over 11996.08 FP8 TP4) and the Conclusion cites this 12411.25 as the FP8 Optimized result. Other Benchmark Cases blocks of this doc are NOT used: they are byte-identical to the A100 doc\'s and do not match this doc\'s own comparison table.'))])
C['glm-4.x/a100.md'] = dict(model='glm-4.6', gpu='a100-80gb', hw='8 x NVIDIA A100 SXM 80GB, single node',
    name_note='Doc "GLM-4.x" states Model zai-org/GLM-4.6 and serves zai-org/GLM-4.6-FP8 -> glm-4.6.',
    entries=[([0], cfg('final recommended configuration (identical to the doc\'s plain vLLM baseline run)', 'fp8', 'vLLM v0.11.0', 8, 'TP8',
                       'vllm serve zai-org/GLM-4.6-FP8 -tp 8', 'FP8 checkpoint on A100 (no native FP8 compute). No Other Benchmark Cases in this doc.'))])
C['glm-4.x/h100.md'] = dict(model='glm-4.6', gpu='h100', hw='8 x NVIDIA H100 SXM, single node',
    name_note='Doc "GLM-4.x" states Model zai-org/GLM-4.6 and serves zai-org/GLM-4.6-FP8 -> glm-4.6.',
    entries=[([0], cfg('baseline (vLLM engine-selection run; FP8 checkpoint, --gpu-memory-utilization 0.85)', 'fp8', 'vLLM v0.11.0', 8, 'TP8',
                       'vllm serve zai-org/GLM-4.6-FP8 -tp 8 --gpu-memory-utilization 0.85')),
             ([2], cfg(FINAL, 'fp8', 'SGLang v0.5.3', 8, 'TP8 + EP8',
                       'sglang --model-path zai-org/GLM-4.6-FP8 --tp-size 8 --ep-size 8', 'No Other Benchmark Cases in this doc.'))])
C['glm-4.x/h200.md'] = dict(model='glm-4.6', gpu='h200', hw='8 x NVIDIA H200 SXM, single node',
    name_note='Doc "GLM-4.x" states Model zai-org/GLM-4.6 -> glm-4.6.',
    entries=[([0, 6, 7, 8, 9, 10], cfg(BASE, 'bf16', 'vLLM v0.11.0', 8, 'TP8', 'vllm serve zai-org/GLM-4.6 -tp 8')),
             ([4, 11, 12, 13, 14], cfg(FINAL, 'fp8', 'SGLang v0.5.3', 4, 'TP4',
                                       'sglang --model zai-org/GLM-4.6-FP8 --tp 4 (+ parsers)',
                                       'Runs on 4 of the 8 GPUs; the doc\'s table shows "x2" (two replicas per node) - not applied here, numbers are for the 4-GPU server.'))])
C['gpt-oss-120b/a100.md'] = dict(model='gpt-oss-120b', gpu='a100-80gb', hw='doc: 2 x NVIDIA A100 SXM 80GB; kept runs use 1 GPU (no -tp)',
    name_note='openai/gpt-oss-120b (MXFP4 MoE weights).',
    entries=[([0, 6, 7, 8, 9, 10], cfg(BASE, 'mxfp4', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve openai/gpt-oss-120b --max-model-len 32768')),
             ([4, 11, 12, 13, 14, 15], cfg(FINAL, 'mxfp4', 'vLLM v0.11.0', 1, 'TP1',
                                           'vllm serve openai/gpt-oss-120b --max-model-len 32768 --async-scheduling --max-num-batched-tokens 4096'))])
C['gpt-oss-120b/h100.md'] = dict(model='gpt-oss-120b', gpu='h100', hw='doc: 2 x NVIDIA H100 SXM; baseline on 1 GPU, optimized TP2',
    name_note='openai/gpt-oss-120b (MXFP4 MoE weights).',
    entries=[([0, 8, 9, 10, 11, 12], cfg(BASE, 'mxfp4', 'vLLM v0.10.2', 1, 'TP1', 'vllm serve openai/gpt-oss-120b --max-model-len 32768')),
             ([4, 13, 14, 15, 16, 17], cfg(FINAL, 'mxfp4', 'vLLM v0.10.2', 2, 'TP2',
                                           'vllm serve openai/gpt-oss-120b --async-scheduling -tp 2',
                                           'Doc compares per GPU (+31.6%/GPU on ShareGPT).'))])
C['gpt-oss-20b/a100.md'] = dict(model='gpt-oss-20b', gpu='a100-80gb', hw='a single NVIDIA A100 SXM 80GB',
    name_note='openai/gpt-oss-20b (MXFP4 MoE weights).',
    entries=[([0, 5, 6, 7, 8], cfg(BASE, 'mxfp4', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve openai/gpt-oss-20b')),
             ([2, 9, 10, 11, 12], cfg(FINAL, 'mxfp4', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve openai/gpt-oss-20b --async-scheduling'))])
C['gpt-oss-20b/h100.md'] = dict(model='gpt-oss-20b', gpu='h100', hw='a single NVIDIA H100 SXM',
    name_note='openai/gpt-oss-20b (MXFP4 MoE weights).',
    entries=[([0, 5, 6, 7, 8], cfg(BASE, 'mxfp4', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve openai/gpt-oss-20b',
                                   'ShareGPT baseline block prints Total 16493.75 tok/s; the doc\'s comparison table says 16701.31 (no block with that value) - block value kept.')),
             ([3, 9, 10, 11, 12], cfg(FINAL, 'mxfp4', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve openai/gpt-oss-20b --async-scheduling'))])
C['qwen3-14b/h100.md'] = dict(model='qwen3-14b', gpu='h100', hw='a single NVIDIA H100 SXM',
    name_note='Qwen/Qwen3-14B; optimized uses Qwen/Qwen3-14B-FP8.',
    entries=[([0, 7, 8, 9, 10], cfg(BASE, 'bf16', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve Qwen/Qwen3-14B')),
             ([3, 11, 12, 13, 14], cfg(FINAL, 'fp8', 'SGLang v0.5.5.post1', 1, 'TP1', 'python3 -m sglang.launch_server --model-path Qwen/Qwen3-14B-FP8'))])
C['qwen3-32b/a100.md'] = dict(model='qwen3-32b', gpu='a100-80gb', hw='a single NVIDIA A100 SXM 80GB',
    name_note='Qwen/Qwen3-32B (BF16).',
    entries=[([0], cfg(BASE, 'bf16', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve Qwen/Qwen3-32B --max-model-len 32768')),
             ([7, 8, 9, 10], cfg(BASE, 'bf16', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve Qwen/Qwen3-32B')),
             ([2], cfg(FINAL + ' - ShareGPT value as cited', 'bf16', 'TensorRT-LLM v1.2.0rc1', 1, 'TP1', 'trtllm-serve Qwen/Qwen3-32B',
                       'The Conclusion\'s Optimized ShareGPT figure (2054.21) is this engine-selection run, whose script lacks --max_seq_len=40960 --enable_chunked_prefill.')),
             ([11, 12, 13, 14], cfg(FINAL, 'bf16', 'TensorRT-LLM v1.2.0rc1', 1, 'TP1', 'trtllm-serve Qwen/Qwen3-32B --max_seq_len=40960 --enable_chunked_prefill'))])
C['qwen3-32b/h100.md'] = dict(model='qwen3-32b', gpu='h100', hw='a single NVIDIA H100 SXM',
    name_note='Qwen/Qwen3-32B; optimized uses Qwen/Qwen3-32B-FP8.',
    entries=[([0, 5, 6, 7, 8], cfg(BASE, 'bf16', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve Qwen/Qwen3-32B')),
             ([4, 9, 10, 11, 12], cfg(FINAL, 'fp8', 'TensorRT-LLM v1.2.0rc1', 1, 'TP1', 'trtllm-serve Qwen/Qwen3-32B-FP8 --max_seq_len=40960 --enable_chunked_prefill'))])
C['qwen3-8b/910b.md'] = dict(model='qwen3-8b', gpu='ascend-910b', hw='a single Ascend 910B NPU',
    name_note='Qwen/Qwen3-8B (title, commands). The doc\'s "Model" line says Qwen/Qwen3-30B-A3B - a copy error from the 30B doc.',
    entries=[([0, 5, 6, 7, 8, 9], cfg(BASE, 'bf16', 'vLLM-Ascend v0.9.1', 1, 'TP1', 'vllm serve Qwen/Qwen3-8B')),
             ([3], cfg(FINAL, 'int8', 'MindIE 2.1RC1', 1, 'TP1', 'mindie serve vllm-ascend/Qwen3-8B-W8A8 --enable-prefix-caching',
                       'W8A8 (INT8 weights+activations). Only the ShareGPT row is kept: the doc\'s "Optimized benchmark results" under Other Benchmark Cases are byte-identical to the Qwen3-30B-A3B 910B doc\'s MindIE results and do not match this doc\'s comparison table.'))])
C['qwen3-8b/h100-latency.md'] = dict(model='qwen3-8b', gpu='h100', hw='a single NVIDIA H100 SXM',
    name_note='Qwen/Qwen3-8B; LATENCY-optimised doc (low concurrency 1-8).',
    entries=[([17, 18, 19, 20], cfg(BASE + ' - latency doc', 'bf16', 'vLLM v0.11.0', 1, 'TP1', 'vllm serve Qwen/Qwen3-8B')),
             ([21, 22, 23, 24], cfg(FINAL + ' - latency-optimised', 'fp8', 'SGLang v0.5.3.post3', 1, 'TP1',
                                    'sglang --model Qwen/Qwen3-8B-FP8 --speculative-algorithm EAGLE3 --speculative-draft-model-path Tengyunw/qwen3_8b_eagle3 --speculative-num-steps 4 --speculative-eagle-topk 4 --speculative-num-draft-tokens 16',
                                    'EAGLE3 speculative decoding; optimised for latency at batch size <8, not for throughput.'))])
C['qwen3.5-9b/h100.md'] = dict(model='qwen3.5-9b', gpu='h100', hw='NVIDIA H100 80GB HBM3 (SXM); single GPU (no TP flag)',
    name_note='Qwen/Qwen3.5-9B (BF16).',
    entries=[([16, 18, 20, 22], cfg(BASE, 'bf16', 'vLLM v0.17.1', 1, 'TP1', 'vllm serve Qwen/Qwen3.5-9B --reasoning-parser=qwen3 --max-model-len=32768')),
             ([17, 19, 21, 23], cfg(FINAL, 'bf16', 'vLLM v0.17.1', 1, 'TP1', 'vllm serve Qwen/Qwen3.5-9B --reasoning-parser=qwen3 --performance-mode=throughput --max-model-len=32768 --max-num-seqs=512'))])
C['qwen3.5-9b/h100-latency.md'] = dict(model='qwen3.5-9b', gpu='h100', hw='NVIDIA H100 80GB HBM3 (SXM); single GPU (no TP flag)',
    name_note='Qwen/Qwen3.5-9B; LATENCY-optimised doc (constant request rates 1-16 req/s).',
    entries=[([10, 12, 14, 16], cfg(BASE + ' - latency doc', 'bf16', 'vLLM v0.17.1', 1, 'TP1', 'vllm serve Qwen/Qwen3.5-9B --reasoning-parser=qwen3 --max-model-len=32768')),
             ([11, 13, 15, 17], cfg(FINAL + ' - latency-optimised', 'bf16', 'vLLM v0.17.1', 1, 'TP1',
                                    'vllm serve Qwen/Qwen3.5-9B --reasoning-parser=qwen3 --max-model-len=32768 --speculative-config={"method":"mtp","num_speculative_tokens":1} --language-model-only --performance-mode=interactivity',
                                    'MTP speculative decoding; optimised for latency, not throughput.'))])
C['qwen3.5-35b-a3b/h200.md'] = dict(model='qwen3.5-35b-a3b', gpu='h200', hw='NVIDIA H200; single GPU (no TP flag)',
    name_note='Qwen/Qwen3.5-35B-A3B; optimized uses Qwen/Qwen3.5-35B-A3B-FP8.',
    entries=[([7, 9, 11, 13], cfg(BASE, 'bf16', 'vLLM v0.17.1', 1, 'TP1', 'vllm serve Qwen/Qwen3.5-35B-A3B --reasoning-parser=qwen3 --max-model-len=32768')),
             ([8, 10, 12, 14], cfg(FINAL, 'fp8', 'vLLM v0.17.1', 1, 'TP1',
                                   'vllm serve Qwen/Qwen3.5-35B-A3B-FP8 --reasoning-parser=qwen3 --performance-mode=throughput --max-model-len=32768 --enable-prefix-caching',
                                   'Other-cases parameter list omits the model name; FP8 per the Conclusion command (ShareGPT 10570.88 = the FP8 "Performance Mode && Prefix Cache && Quantization" run).'))])
C['qwen3.5-35b-a3b/h200-latency.md'] = dict(model='qwen3.5-35b-a3b', gpu='h200', hw='NVIDIA H200; single GPU (no TP flag)',
    name_note='Qwen/Qwen3.5-35B-A3B; LATENCY-optimised doc (constant request rates 1-16 req/s).',
    entries=[([10, 12, 14, 16], cfg(BASE + ' - latency doc', 'bf16', 'vLLM v0.17.1', 1, 'TP1', 'vllm serve Qwen/Qwen3.5-35B-A3B --reasoning-parser=qwen3 --max-model-len=32768')),
             ([11, 13, 15, 17], cfg(FINAL + ' - latency-optimised', 'fp8', 'vLLM v0.17.1', 1, 'TP1',
                                    'vllm serve Qwen/Qwen3.5-35B-A3B-FP8 --reasoning-parser=qwen3 --speculative-config={"method":"mtp","num_speculative_tokens":1} --max-model-len=32768',
                                    'MTP speculative decoding; optimised for latency, not throughput.'))])

GS_UNMAPPED = {
    'qwen3-235b-a22b/a100.md': 'Qwen3-235B-A22B-Instruct-2507',
    'qwen3-235b-a22b/h100.md': 'Qwen3-235B-A22B-Instruct-2507',
    'qwen3-30b-a3b/910b.md': 'Qwen3-30B-A3B',
    'glm-5.2/h200.md': 'GLM-5.2',
}
GS_EXCLUDED = {
    'qwen3-14b/a100.md': 'Qwen3-14B on "A single NVIDIA A100 SXM GPU": the doc does not say 40GB or 80GB, so it cannot be mapped to a100-80gb.',
}

GUIDELLM_H4 = {'ShareGPT Profile': 'ShareGPT', 'ShareGPT': 'ShareGPT', 'Throughput Profile': 'Throughput',
               'Long Context Profile': 'Long Context', 'Generation Heavy Profile': 'Generation Heavy'}


def gpustack():
    csvrel = GS + '/gpustack_benchmark_results.csv'
    clines = raw_lines(csvrel)
    creader = list(csv.reader(clines))
    cheader = creader[0]
    by_file = defaultdict(list)
    for i, cells in enumerate(creader[1:], start=2):
        if cells:
            by_file[cells[0]].append((i, dict(zip(cheader, cells))))
    docs = sorted(set(by_file))
    for d in docs:
        if d in GS_UNMAPPED:
            unmapped[GS_UNMAPPED[d]].add(GSDOCS + '/' + d)
        elif d in GS_EXCLUDED:
            excluded.append((GSDOCS + '/' + d, GS_EXCLUDED[d]))
        elif d not in C:
            sys.exit('uncurated doc ' + d)
    for d, spec in C.items():
        rel = GSDOCS + '/' + d
        L, blocks, profiles = parse_doc(rel)
        crow = by_file[d]
        if len(crow) != len(blocks):
            sys.exit(f'{d}: {len(blocks)} blocks vs {len(crow)} csv rows')
        guidellm = bool(profiles)
        for idxs, c in spec['entries']:
            for bi in idxs:
                b = blocks[bi]; v = b['vals']
                g = lambda k: v[k][0] if k in v else None
                cl, cr = crow[bi]
                # cross-check CSV row against the doc block
                for ck, dk in [('output_tok_s', 'Output token throughput (tok/s)'),
                               ('total_tok_s', 'Total Token throughput (tok/s)'),
                               ('successful_requests', 'Successful requests'),
                               ('total_input_tokens', 'Total input tokens'),
                               ('total_generated_tokens', 'Total generated tokens')]:
                    if cr[ck] != g(dk):
                        sys.exit(f'{d} block {bi} csv line {cl}: {ck} {cr[ck]} != {g(dk)}')
                n_ok = int(g('Successful requests')); tin = int(g('Total input tokens')); tout = int(g('Total generated tokens'))
                mc = g('Maximum request concurrency')
                notes = []
                # dataset
                if guidellm:
                    h4 = b['h4'] if b['h3'] == 'Other Benchmark Cases' else None
                    if h4 and h4.startswith('Rate '):
                        pname = 'ShareGPT %sRPS' % h4.split()[1]
                    elif h4:
                        pname = GUIDELLM_H4[h4]
                    else:
                        pname = re.sub(r'^- Profile:\s*`?|`$', '', [l for l in L[:b['line']] if l.strip().startswith('- Profile:')][-1].strip())
                    p = profiles[pname]
                    conc = num(p['request_rate']); ckind = 'request-rate (req/s, guidellm constant profile)'
                    if p['dataset_name'] == 'ShareGPT':
                        isl = round(tin / n_ok, 1); osl = round(tout / n_ok, 1); ds = f'ShareGPT ({pname} profile)'
                        notes.append(f'inputTokens/outputTokens are means: {tin}/{n_ok} and {tout}/{n_ok} (ShareGPT).')
                    else:
                        isl = int(p['dataset_input_tokens']); osl = int(p['dataset_output_tokens']); ds = f'Random ({pname} profile)'
                    notes.append(f'guidellm via GPUStack benchmark-runner, profile "{pname}": request_rate {p["request_rate"]}, total_requests {p["total_requests"]}; block reports "Maximum request concurrency: {mc}" (observed).')
                    if int(p['total_requests']) != n_ok:
                        notes.append(f'only {n_ok} of {p["total_requests"]} requests succeeded.')
                else:
                    lab = b['label'] if b['h3'] == 'Other Benchmark Cases' else None
                    if lab in RANDOM_LABELS:
                        isl, osl = RANDOM_LABELS[lab]; ds = f'random {isl}/{osl} ("{lab.lstrip("# ")}")'
                        if tout != osl * n_ok:
                            notes.append(f'nominal OSL {osl} but {tout} tokens generated over {n_ok} requests.')
                        conc = None; ckind = None
                        notes.append('vllm bench serve, no --max-concurrency (all prompts sent at once).')
                    else:
                        isl = round(tin / n_ok, 1); osl = round(tout / n_ok, 1)
                        ds = 'ShareGPT' + (f' at max concurrency {mc}' if mc else ' 1000 prompts')
                        notes.append(f'inputTokens/outputTokens are means: {tin}/{n_ok} and {tout}/{n_ok} (ShareGPT).')
                        if mc:
                            conc = int(mc); ckind = 'max-concurrency'
                            notes.append(f'vllm bench serve --max-concurrency {mc}.')
                        else:
                            conc = None; ckind = None
                            notes.append('vllm bench serve, no --max-concurrency (all prompts sent at once).')
                quote_keys = ['Successful requests', 'Maximum request concurrency', 'Total input tokens',
                              'Total generated tokens', 'Output token throughput (tok/s)', 'Total Token throughput (tok/s)',
                              'Median TTFT (ms)', 'P99 TTFT (ms)', 'Median TPOT (ms)', 'P99 TPOT (ms)']
                docquote = ' | '.join(v[k][2] for k in quote_keys if k in v)
                row = {
                    'model': spec['model'], 'gpu': spec['gpu'], 'gpuCount': c['gpuCount'], 'parallelism': c['parallelism'],
                    'precision': c['precision'], 'engine': c['engine'], 'kind': 'serving',
                    'inputTokens': isl, 'outputTokens': osl, 'concurrency': conc, 'concurrencyKind': ckind,
                    'outputTokensPerSecond': num(g('Output token throughput (tok/s)')),
                    'outputBasis': 'whole-server value as printed in the benchmark block',
                    'totalTokensPerSecond': num(g('Total Token throughput (tok/s)')),
                    'ttftMsMedian': num(g('Median TTFT (ms)')), 'ttftMsP99': num(g('P99 TTFT (ms)')),
                    'tpotMsMedian': num(g('Median TPOT (ms)')), 'tpotMsP99': num(g('P99 TPOT (ms)')),
                    'sourceFile': csvrel, 'sourceLine': cl, 'quote': clines[cl - 1],
                    'docFile': rel, 'docLine': b['line'], 'docQuote': docquote,
                    'dataset': ds, 'serveCommand': c['serve'],
                    'setting': c['setting'],
                    'note': ' '.join(x for x in [spec['hw'] + '.', spec['name_note'], c['note']] + notes if x),
                }
                rows.append(row)


# ----------------------------------------------------------------------------- llm-price-compass
def price_compass():
    base = PC + '/benchmarks/Meta-Llama-3.1-8B-Instruct'
    gmap = {'L4': 'l4', 'A10G': 'a10g', 'H100': 'h100'}
    for gdir in sorted(os.listdir(os.path.join(DATA, base))):
        for fn in sorted(os.listdir(os.path.join(DATA, base, gdir))):
            rel = f'{base}/{gdir}/{fn}'
            L = raw_lines(rel)
            j = json.load(open(os.path.join(DATA, rel)))
            def line_of(key):
                for k, l in enumerate(L, 1):
                    if re.match(r'\s*"%s"\s*:' % re.escape(key), l):
                        return k
            keys = [k for k in ['date', 'provider', 'gpu', 'backend', 'model_id', 'request_rate', 'traffic_request_rate',
                                'num_prompts', 'completed', 'successful_requests', 'total_input_tokens', 'total_output_tokens',
                                'total_generated_tokens', 'output_throughput', 'input_throughput', 'median_ttft', 'p99_ttft',
                                'median_tpot', 'p99_tpot', 'issue'] if k in j]
            quote = ' '.join(L[line_of(k) - 1].strip() for k in keys)
            n_ok = j.get('completed', j.get('successful_requests'))
            tout = j.get('total_output_tokens', j.get('total_generated_tokens'))
            tin = j['total_input_tokens']
            rr = j.get('traffic_request_rate', j.get('request_rate'))
            conc = None if rr in (None, 'inf') else rr
            eng = {'vllm': 'vLLM', 'sglang': 'SGLang'}[j['backend']]
            notes = [f'llm-price-compass (arc53), {j["provider"]} "{j["gpu"]}", date field {j["date"]} (file name {fn}); '
                     f'engine version not stated; precision not stated (bf16 assumed = checkpoint default); '
                     f'dataset not stated (1000 prompts, {tin} input tokens - ShareGPT-style); inputTokens/outputTokens are means '
                     f'{tin}/{n_ok} and {tout}/{n_ok}.',
                     f'request rate: {rr}.' if rr is not None else 'request rate not stated.',
                     'Input and output throughput are published separately (input_throughput %s); no total is stated.' % j['input_throughput']]
            if gdir == 'H100':
                notes.append('H100 variant (SXM/PCIe) not stated; mapped to h100 per the brief.')
            if gdir == 'A10G':
                notes.append(f'Only {tout} output tokens for 1000 prompts (vs 197739 on L4 with the same prompts): outputs were much shorter in this run (see issue link); treat as not comparable.')
            rows.append({
                'model': 'llama-3.1-8b-instruct', 'gpu': gmap[gdir], 'gpuCount': 1, 'parallelism': 'TP1',
                'precision': 'bf16', 'precisionStated': False, 'engine': eng, 'kind': 'serving',
                'inputTokens': round(tin / n_ok, 1), 'outputTokens': round(tout / n_ok, 1),
                'concurrency': conc, 'concurrencyKind': 'request-rate (req/s)' if conc is not None else None,
                'outputTokensPerSecond': j['output_throughput'], 'outputBasis': 'whole-server value as published',
                'totalTokensPerSecond': None,
                'ttftMsMedian': j.get('median_ttft'), 'ttftMsP99': j.get('p99_ttft'),
                'tpotMsMedian': j.get('median_tpot'), 'tpotMsP99': j.get('p99_tpot'),
                'sourceFile': rel, 'sourceLine': line_of('output_throughput'), 'quote': quote,
                'setting': 'single published run (measured 2024)',
                'note': ' '.join(notes),
            })


# ----------------------------------------------------------------------------- summary
def summary():
    groups = defaultdict(list)
    for r in rows:
        groups[(r['model'], r['gpu'], r['precision'], r['kind'])].append(r)
    out = ['# Measured LLM serving throughput - summary', '',
           'Generated by `extract_throughput.py` from `throughput.json` (%d rows). Output tok/s per GPU = '
           'outputTokensPerSecond / gpuCount, shown here only as a range for orientation (the app computes its own). '
           '`upper-bound` = NVIDIA TensorRT-LLM offline max-throughput tables (no latency limit); '
           '`serving` = online benchmark with latency figures (GPUStack Performance Lab, llm-price-compass).' % len(rows), '',
           '| model | gpu | precision | kind | rows | GPU counts | output tok/s per GPU (min - max) | sources |',
           '|---|---|---|---|---|---|---|---|']
    for k in sorted(groups):
        g = groups[k]
        per = [r['outputTokensPerSecond'] / r['gpuCount'] for r in g]
        counts = sorted({r['gpuCount'] for r in g})
        srcs = sorted({(r.get('docFile') or r['sourceFile']).replace(GSDOCS + '/', 'gpustack:').replace(TRT + '/', 'trtllm:').replace(PC + '/benchmarks/', 'price-compass:') for r in g})
        out.append(f'| {k[0]} | {k[1]} | {k[2]} | {k[3]} | {len(g)} | {",".join(map(str, counts))} | '
                   f'{min(per):,.1f} - {max(per):,.1f} | {"; ".join(srcs)} |')
    out += ['', '## Unmapped models (present in the data, not in our slug list)', '']
    for name in sorted(unmapped):
        extra = ''
        if 'Instruct-2507' in name:
            extra = (' - a separate release from the original Qwen3-235B-A22B; the catalogue has a slug '
                     '`qwen3-235b-a22b-instruct-2507` but it is not in the brief\'s list, so it is not mapped')
        if name.startswith('GLM-5.2'):
            extra = ' - no glm-5.2 slug in /work/main/data/models/ (only glm-5, glm-5-turbo)'
        out.append(f'- **{name}**{extra}: ' + ', '.join(sorted(unmapped[name])))
    out += ['', '## Excluded', '']
    for what, why in excluded:
        out.append(f'- `{what}`: {why}')
    out += ['- gpustack `glm-4.5-air/h100.md` Other Benchmark Cases (8 blocks): identical to the A100 doc\'s blocks, contradict the H100 doc\'s own table.',
            '- gpustack `qwen3-8b/910b.md` "Optimized" Other Benchmark Cases (5 blocks): identical to `qwen3-30b-a3b/910b.md` MindIE blocks, contradict the doc\'s own table.',
            '- gpustack baselines/variants other than each doc\'s final configuration and plain baseline (engine-comparison losers, failed or rejected options).',
            '', '## Caveats', '',
            '- TRT-LLM developer-guide rows: only per-GPU output tok/s is published; `outputTokensPerSecond` = published per-GPU x gpuCount (`outputBasis`, `publishedOutputTokensPerGpu`).',
            '- GPUStack `sourceLine`/`quote` point at `gpustack_benchmark_results.csv`, whose label / serve_cmd / bench_cmd / tp columns are often wrong (bench_cmd is the doc\'s generic random-4000/200 command even for ShareGPT rows); its numeric columns were checked equal to the doc blocks. Use `docFile`/`docLine`/`docQuote`, `dataset`, `serveCommand` for what was run.',
            '- GPUStack `*-latency.md` docs are latency-optimised at low concurrency / low request rate; their throughput is far from the hardware\'s capacity.',
            '- GPUStack ShareGPT runs (vllm bench, 1000 prompts, no concurrency limit) push all requests at once: TTFT is tens of seconds; throughput is a saturation figure.',
            '- GPUStack numbers are whole server over gpuCount GPUs; glm-4.6 on H200 final runs on 4 of the node\'s 8 GPUs (doc doubles it "x2" for a node; not applied).',
            '- llm-price-compass: engine versions, precision and dataset not stated; A10G run produced very short outputs.',
            ]
    open(os.path.join(OUT, 'throughput-summary.md'), 'w').write('\n'.join(out) + '\n')


def main():
    trt_v10(); trt_devguide(); gpustack(); price_compass()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'throughput.json'), 'w') as f:
        json.dump(rows, f, indent=1, ensure_ascii=False)
        f.write('\n')
    summary()
    print(f'{len(rows)} rows; unmapped: {sorted(unmapped)}; excluded: {[e[0] for e in excluded]}')


if __name__ == '__main__':
    main()
