"""The embedded model server's process: llama.cpp's native OpenAI-compatible server via xllamacpp.

``python -m extractor.llm.embedded_server --model GGUF --port N [options]`` loads the GGUF
and serves it on 127.0.0.1:N until the process is terminated.  xllamacpp ships llama.cpp
prebuilt (no compiler needed) and runs its C++ HTTP server in a background thread of this
process; the process only holds it open.  :class:`extractor.llm.local_server.LocalServer`
starts this module under :mod:`extractor.llm.orphan_guard`, so the server stops with the
run even when the run is killed outright.

The settings are llama.cpp's (see :func:`params_from_args`). Defaults: llama.cpp's own batch
sizes, flash-attention and KV-cache type; the RAM prompt cache off (llama.cpp's default, 8 GiB,
is too much beside other work; the slot still keeps the last prompt, so the shared prefix of
the next posting is reused). What was measured is in the README (Performance).
"""

from __future__ import annotations

import argparse
import sys
import threading
from typing import Any, Optional

LOOPBACK = "127.0.0.1"  # the only address this server may listen on

FLASH_ATTN = {"auto": "LLAMA_FLASH_ATTN_TYPE_AUTO", "on": "LLAMA_FLASH_ATTN_TYPE_ENABLED", "off": "LLAMA_FLASH_ATTN_TYPE_DISABLED"}
KV_TYPES = {"f16": "GGML_TYPE_F16", "q8_0": "GGML_TYPE_Q8_0"}


def parser() -> argparse.ArgumentParser:
    """The command line of the server process."""
    p = argparse.ArgumentParser(prog="python -m extractor.llm.embedded_server", description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True, help="GGUF file")
    p.add_argument("--alias", required=True, help="model id served at /v1/models")
    p.add_argument("--host", default=LOOPBACK, choices=[LOOPBACK], help="listening address (loopback only)")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--ctx", type=int, default=8192, help="context tokens per slot (prompt + answer)")
    p.add_argument("--threads", type=int, required=True, help="CPU threads for generation and prompt processing")
    p.add_argument("--batch", type=int, default=2048, help="logical batch (tokens per prompt-processing call)")
    p.add_argument("--ubatch", type=int, default=512, help="physical batch")
    p.add_argument("--parallel", type=int, default=1, help="slots (requests decoded together)")
    p.add_argument("--cache-ram-mib", type=int, default=0, help="RAM prompt cache bound in MiB (0: off)")
    p.add_argument("--flash-attn", choices=sorted(FLASH_ATTN), default="auto")
    p.add_argument("--kv-type", choices=sorted(KV_TYPES), default="f16", help="KV cache type (K and V)")
    p.add_argument("--verbosity", type=int, default=2, help="llama.cpp log level (2: warnings, 3: info)")
    return p


def params_from_args(args: argparse.Namespace, xlc: Any) -> Any:
    """llama.cpp's ``CommonParams`` for ``args`` (``xlc`` is the xllamacpp module)."""
    params = xlc.CommonParams()
    params.model.path = args.model
    params.model_alias = {args.alias}
    params.hostnames = [args.host]
    params.port = args.port
    params.n_ctx = args.ctx * args.parallel  # llama.cpp splits the context between the slots
    params.n_parallel = args.parallel
    params.n_batch = args.batch
    params.n_ubatch = min(args.ubatch, args.batch)
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    params.cache_prompt = True  # the slot keeps its last prompt: the shared prefix is not processed again
    params.cache_ram_mib = args.cache_ram_mib  # llama.cpp's default (8 GiB) is too much on a shared machine
    params.flash_attn_type = getattr(xlc.llama_flash_attn_type, FLASH_ATTN[args.flash_attn])
    params.cache_type_k = params.cache_type_v = getattr(xlc.ggml_type, KV_TYPES[args.kv_type])
    params.fit_params = False  # fitting layers to GPU memory: nothing to fit on a CPU
    params.ui = False
    params.verbosity = args.verbosity
    return params


def main(argv: Optional[list[str]] = None) -> None:
    """Serve until the process is terminated (SIGTERM, SIGINT, or the orphan guard).

    Raises:
        SystemExit: bad arguments, xllamacpp missing, or the model could not be loaded.
    """
    args = parser().parse_args(argv)
    try:
        import xllamacpp as xlc
    except ImportError:
        sys.exit("xllamacpp is not installed: install the 'local' extra (pip install -e '.[local]')")
    try:
        server = xlc.Server(params_from_args(args, xlc))
    except Exception as exc:  # noqa: BLE001 - any load failure ends the process with its message
        sys.exit(f"the embedded model server could not start: {exc}")
    print(f"serving {args.model} at {server.listening_address}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
