package com.mewayz.api.realserver;

import com.mewayz.api.realserver.LocalReceiver.Answer;
import com.mewayz.api.realserver.LocalReceiver.Request;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local stand-ins for X and LinkedIn that behave as the real ones do where it matters here: each
 * creates a post per request, and refuses the same text again on the same account (X: 403
 * "duplicate content"; LinkedIn: 422 naming the earlier post). They count the posts they created
 * per content, which is what a double post would show.
 */
final class SocialNetworks implements AutoCloseable {
  final LocalReceiver x = new LocalReceiver(this::x);
  final LocalReceiver linkedIn = new LocalReceiver(this::linkedIn);
  private final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
  private final Map<String, String> firstPost = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger(1_000);
  private final AtomicInteger refusedAsDuplicates = new AtomicInteger();

  /** Posts created per content key ({@code X|body} or {@code LINKEDIN|body}). */
  Map<String, Integer> createdByContent() {
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    created.forEach((key, n) -> counts.put(key, n.get()));
    return counts;
  }

  int refusedAsDuplicates() {
    return refusedAsDuplicates.get();
  }

  private Answer x(Request request) {
    String key = "X|" + request.header("Authorization") + "|" + request.body();
    String earlier = create(key);
    if (earlier != null) {
      return Answer.json(
          403,
          """
          {"title": "Forbidden", "status": 403, "type": "about:blank",
           "detail": "You are not allowed to create a Tweet with duplicate content."}
          """);
    }
    return Answer.json(
        201, "{\"data\": {\"id\": \"" + firstPost.get(key) + "\", \"text\": \"-\"}}");
  }

  private Answer linkedIn(Request request) {
    String key = "LINKEDIN|" + request.header("Authorization") + "|" + request.body();
    String earlier = create(key);
    if (earlier != null) {
      return Answer.json(
          422,
          "{\"status\": 422, \"message\": \"Content is a duplicate of urn:li:share:"
              + earlier
              + "\"}");
    }
    return new Answer(201, Map.of("x-restli-id", "urn:li:share:" + firstPost.get(key)), "");
  }

  /** Creates the post unless the account has it already; answers the earlier post's id if so. */
  private synchronized String create(String key) {
    String earlier = firstPost.get(key);
    if (earlier != null) {
      refusedAsDuplicates.incrementAndGet();
      return earlier;
    }
    firstPost.put(key, String.valueOf(ids.incrementAndGet()));
    created.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    return null;
  }

  @Override
  public void close() {
    x.close();
    linkedIn.close();
  }
}
