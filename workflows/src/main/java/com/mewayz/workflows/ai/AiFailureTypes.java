package com.mewayz.workflows.ai;

/** Non-retryable failures of AI content: retrying would only get the same answer. */
public enum AiFailureTypes {
  /** The workspace has no AI provider set up. */
  NOT_CONFIGURED,
  /** The workspace spent its monthly AI budget. */
  BUDGET_EXHAUSTED,
  /** The model kept answering in a shape that could not be read, even with the error fed back. */
  MALFORMED_OUTPUT,
  /** The provider refused the request for good (a wrong key, an unknown model). */
  PROVIDER_REJECTED,
  /** The target cannot take the content (a feature not available, a product deleted). */
  TARGET_UNAVAILABLE;

  public String type() {
    return name();
  }

  static String[] all() {
    AiFailureTypes[] values = values();
    String[] types = new String[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      types[i] = values[i].type();
    }
    types[values.length] = com.mewayz.workflows.common.FailureTypes.NOT_FOUND.type();
    return types;
  }
}
