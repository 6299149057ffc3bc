package com.mewayz.bench;

import com.mewayz.bench.HttpConnection.Request;
import com.mewayz.bench.OpenLoad.Result;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Load on a published link-in-bio page at a fixed arrival rate ({@link OpenLoad}), run by
 * scripts/bio-benchmark.sh in a plain JVM of its own:
 *
 * <pre>java -cp api/target/test-classes com.mewayz.bench.BioBenchmark http://127.0.0.1:18480</pre>
 *
 * Settings (system properties): {@code rate} (1000 requests/s), {@code seconds} (60), {@code
 * warmup} (20 s at the same rate, not counted), {@code connections} (32), {@code out} (a file the
 * page URL is written to, for Lighthouse).
 */
public final class BioBenchmark {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private BioBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18480";
    int rate = Integer.getInteger("rate", 1000);
    int seconds = Integer.getInteger("seconds", 60);
    int warmup = Integer.getInteger("warmup", 20);
    int connections = Integer.getInteger("connections", 32);

    BenchApi api = BenchApi.register(base);
    String pageId = publishPage(api);
    String url = base + "/u/" + BenchApi.field(api.get("/api/link-in-bio/pages/" + pageId), "slug");
    System.out.printf("Page %s (%d bytes, %d gzipped)%n", url, bytes(url, false), bytes(url, true));
    String out = System.getProperty("out");
    if (out != null) {
      Files.writeString(Path.of(out), url);
    }
    URI page = URI.create(url);
    Request get = Request.get(page.getRawPath(), "Accept: text/html\r\nAccept-Encoding: gzip\r\n");

    System.out.printf("Warm-up: %d s at %d requests/s%n", warmup, rate);
    OpenLoad.run(page, rate, warmup, connections, i -> get, false, null);
    System.out.printf(
        "Measured: %d s at %d requests/s over %d connections%n", seconds, rate, connections);
    Result result = OpenLoad.run(page, rate, seconds, connections, i -> get, false, null);
    System.out.println(result.summary());

    Thread.sleep(7_000); // one flush interval of the view counters, and some
    String analytics = api.get("/api/link-in-bio/pages/" + pageId + "/analytics?days=1");
    System.out.printf(
        "Views recorded by the platform: %d (requests answered 200: %d, warm-up and check included"
            + " separately)%n",
        BenchApi.number(analytics, "views"), result.count(s -> s == 200));
  }

  /** A published page of typical size: links, social profiles, a product card, a booking card. */
  private static String publishPage(BenchApi api) throws Exception {
    String product =
        api.create(
            "/api/ecommerce/products",
            """
            {"name": "Stoneware mug", "description": "Hand thrown", "priceMinor": 2450,
             "currency": "EUR", "sku": "MUG-1", "stock": 10, "digital": false}
            """);
    String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    StringBuilder links = new StringBuilder();
    String[] titles = {
      "New collection", "Online shop", "Wheel-throwing classes", "Studio newsletter",
      "Podcast: clay talk", "Commissions", "Press kit", "Stockists"
    };
    for (int i = 0; i < titles.length; i++) {
      links.append(
          "{\"type\":\"LINK\",\"title\":\"%s\",\"url\":\"https://example.com/%d\"},"
              .formatted(titles[i], i));
    }
    String body =
        """
        {"slug": "%s", "title": "Cleo Ceramics", "language": "en", "theme": "OCEAN",
         "description": "Hand-made stoneware from a small studio in Porto.",
         "socials": [{"platform": "INSTAGRAM", "url": "https://instagram.com/cleo"},
                     {"platform": "TIKTOK", "url": "https://tiktok.com/@cleo"},
                     {"platform": "YOUTUBE", "url": "https://youtube.com/@cleo"}],
         "blocks": [%s
           {"type": "PRODUCT", "productId": "%s", "url": "https://example.com/mug"},
           {"type": "BOOKING", "title": "Private class", "serviceId": "private-class"}]}
        """
            .formatted(slug, links, product);
    String page = api.create("/api/link-in-bio/pages", body);
    api.post("/api/link-in-bio/pages/" + page + "/publish", "{}");
    return page;
  }

  private static int bytes(String url, boolean gzip) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    HttpResponse<byte[]> answer =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("The page answers " + answer.statusCode());
    }
    return answer.body().length;
  }
}
