package com.mewayz.domain.ai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each model costs, in US dollars per million tokens in and out, from the providers' price
 * pages. A model is priced by the longest name in the table it starts with (so {@code
 * gpt-4o-mini-2024-07-18} is {@code gpt-4o-mini}). A model not in the table is counted at {@link
 * #UNLISTED} on OpenAI and Anthropic, and free on a self-hosted OpenAI-compatible server.
 */
public final class AiPrices {
  public record Price(String model, double inputPerMillion, double outputPerMillion) {
    /** Cost in millionths of a dollar: a dollar per million tokens is a micro-dollar a token. */
    public long costMicros(long tokensIn, long tokensOut) {
      return Math.round(tokensIn * inputPerMillion + tokensOut * outputPerMillion);
    }
  }

  public static final Price UNLISTED = new Price("unlisted", 5.00, 15.00);
  public static final Price SELF_HOSTED = new Price("self-hosted", 0, 0);

  private static final Map<String, Price> TABLE = new LinkedHashMap<>();

  static {
    put("gpt-4o-mini", 0.15, 0.60);
    put("gpt-4o", 2.50, 10.00);
    put("gpt-4.1-nano", 0.10, 0.40);
    put("gpt-4.1-mini", 0.40, 1.60);
    put("gpt-4.1", 2.00, 8.00);
    put("o4-mini", 1.10, 4.40);
    put("claude-3-5-haiku", 0.80, 4.00);
    put("claude-haiku-4-5", 1.00, 5.00);
    put("claude-3-7-sonnet", 3.00, 15.00);
    put("claude-sonnet-4", 3.00, 15.00);
    put("claude-opus-4", 15.00, 75.00);
  }

  private AiPrices() {}

  private static void put(String model, double in, double out) {
    TABLE.put(model, new Price(model, in, out));
  }

  public static List<Price> table() {
    return List.copyOf(TABLE.values());
  }

  public static Price of(AiProvider provider, String model) {
    Price best = null;
    for (Price price : TABLE.values()) {
      if (model.startsWith(price.model())
          && (best == null || price.model().length() > best.model().length())) {
        best = price;
      }
    }
    if (best != null) {
      return best;
    }
    return provider == AiProvider.OPENAI_COMPATIBLE ? SELF_HOSTED : UNLISTED;
  }
}
