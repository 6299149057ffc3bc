package com.mewayz.domain.ai;

/** Who answers a workspace's AI requests. */
public enum AiProvider {
  OPENAI,
  ANTHROPIC,
  /** Any server speaking OpenAI's chat completions at its own base URL (Ollama, vLLM...). */
  OPENAI_COMPATIBLE
}
