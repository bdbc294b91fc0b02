"""The LLM layer: asks a schema-constrained model for what the rules left empty or unsure.

* :mod:`extractor.llm.stage` – the LLM step: which sections to send, the response model of the
  asked fields, the cache, and grounding every answer (:class:`~extractor.llm.stage.LLMStage`).
* :mod:`extractor.llm.grounding` – does the posting state an LLM value *as that field*, and
  where (the rule parsers read the evidence).
* :mod:`extractor.llm.prompts` – versioned prompt files (``prompts/job_posting/v1.toml``).
* :mod:`extractor.llm.client` – the one module that touches the openai and instructor SDKs
  (retries, error classes, token usage).
* :mod:`extractor.llm.local_server`, :mod:`extractor.llm.embedded_server`,
  :mod:`extractor.llm.orphan_guard` – the embedded default model served by llama.cpp on
  loopback from a child process that exits with the run.

Sits above the rules (it reads their parsers to ground answers) and below the pipeline; the
rules never import it (import-linter contracts in ``pyproject.toml``).  Importing this
package imports nothing.
"""
