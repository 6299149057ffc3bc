package com.mewayz.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a published link-in-bio page at a fixed arrival rate (open model). Request {@code i} is
 * due at {@code start + i / rate}, whether or not earlier ones have been answered; its latency is
 * counted from that due time, so a stalled server shows in the percentiles instead of slowing the
 * load down (no coordinated omission). Keep-alive connections over plain sockets keep the client's
 * own cost small. Needs only the JDK:
 *
 * <pre>java api/src/test/java/com/mewayz/bench/BioBenchmark.java http://127.0.0.1:18480</pre>
 *
 * Settings (system properties): {@code rate} (1000 requests/s), {@code seconds} (60), {@code
 * warmup} (20 s at the same rate, not counted), {@code connections} (32), {@code out} (a file the
 * page URL is written to, for Lighthouse).
 */
public final class BioBenchmark {
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
  private static final Pattern DATA_ID = Pattern.compile("\"data\":\\{\"id\":\"([^\"]+)\"");
  private static final Pattern FIELD_VIEWS = Pattern.compile("\"views\":(\\d+)");

  private BioBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18480";
    int rate = Integer.getInteger("rate", 1000);
    int seconds = Integer.getInteger("seconds", 60);
    int warmup = Integer.getInteger("warmup", 20);
    int connections = Integer.getInteger("connections", 32);

    Setup setup = Setup.create(base);
    System.out.printf(
        "Page %s (%d bytes, %d gzipped)%n",
        setup.pageUrl(), setup.pageBytes(), setup.gzippedBytes());
    String out = System.getProperty("out");
    if (out != null) {
      Files.writeString(Path.of(out), setup.pageUrl());
    }
    URI page = URI.create(setup.pageUrl());

    System.out.printf("Warm-up: %d s at %d requests/s%n", warmup, rate);
    run(page, rate, warmup, connections);
    System.out.printf(
        "Measured: %d s at %d requests/s over %d connections%n", seconds, rate, connections);
    Result result = run(page, rate, seconds, connections);
    result.print(rate);

    Thread.sleep(7_000); // one flush interval of the view counters, and some
    String analytics = setup.get("/api/link-in-bio/pages/" + setup.pageId() + "/analytics?days=1");
    Matcher views = FIELD_VIEWS.matcher(analytics);
    System.out.printf(
        "Views recorded by the platform: %s (requests answered 200: %d, warm-up and check included"
            + " separately)%n",
        views.find() ? views.group(1) : "?", result.ok());
  }

  /** Runs the load and returns every request's latency from its due time. */
  static Result run(URI page, int rate, int seconds, int connections) throws InterruptedException {
    long total = (long) rate * seconds;
    double interval = 1_000_000_000.0 / rate;
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime() + 50_000_000;
    long[][] latencies = new long[connections][];
    ConcurrentHashMap<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    AtomicLong lastDone = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int slot = c;
      Thread t =
          new Thread(
              () -> {
                long[] mine = new long[(int) (total / connections * 2 + 16)];
                int n = 0;
                Connection conn = null;
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                  long due = start + (long) (i * interval);
                  long wait;
                  while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  String outcome;
                  try {
                    if (conn == null) {
                      conn = new Connection(page);
                    }
                    int status = conn.get();
                    outcome = String.valueOf(status);
                    if (conn.closedByServer()) {
                      conn = Connection.closeQuietly(conn); // Tomcat closes after 100 requests
                    }
                  } catch (IOException e) {
                    outcome = e.getClass().getSimpleName();
                    conn = Connection.closeQuietly(conn);
                  }
                  long done = System.nanoTime();
                  lastDone.accumulateAndGet(done, Math::max);
                  outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                  if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                  }
                  mine[n++] = done - due;
                }
                Connection.closeQuietly(conn);
                latencies[slot] = Arrays.copyOf(mine, n);
              },
              "bio-load-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all, outcomes, lastDone.get() - start);
  }

  record Result(long[] sorted, ConcurrentHashMap<String, AtomicLong> outcomes, long elapsedNanos) {
    long ok() {
      AtomicLong ok = outcomes.get("200");
      return ok == null ? 0 : ok.get();
    }

    void print(int rate) {
      long errors = sorted.length - ok();
      System.out.printf(
          "Requests: %d in %.2f s = %.1f requests/s achieved (target %d)%n",
          sorted.length, elapsedNanos / 1e9, sorted.length / (elapsedNanos / 1e9), rate);
      System.out.printf(
          "Latency from due time, ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
          pct(0.50), pct(0.90), pct(0.99), pct(0.999), sorted[sorted.length - 1] / 1e6);
      System.out.printf("Errors: %d  outcomes: %s%n", errors, outcomes);
    }

    double pct(double p) {
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
      return sorted[Math.max(index, 0)] / 1e6;
    }
  }

  /** One keep-alive HTTP/1.1 connection sending GETs of one path. */
  static final class Connection {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private final byte[] buffer = new byte[16384];
    private boolean closedByServer;

    Connection(URI target) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
      socket.setSoTimeout(10_000);
      out = new BufferedOutputStream(socket.getOutputStream());
      in = new BufferedInputStream(socket.getInputStream(), 65536);
      request =
          ("GET "
                  + target.getRawPath()
                  + " HTTP/1.1\r\nHost: "
                  + target.getHost()
                  + "\r\n"
                  + "User-Agent: mewayz-bio-benchmark\r\nAccept: text/html\r\n"
                  + "Accept-Encoding: gzip\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the GET, reads the whole answer, returns its status. */
    int get() throws IOException {
      out.write(request);
      out.flush();
      String statusLine = line();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean close = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase();
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(header.substring(15).trim());
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        } else if (lower.startsWith("transfer-encoding:")) {
          throw new IOException("chunked answers are not expected here");
        }
      }
      for (long left = Math.max(length, 0); left > 0; ) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          throw new IOException("connection closed mid-body");
        }
        left -= read;
      }
      closedByServer = close;
      return status;
    }

    /** Whether the last answer said {@code Connection: close}. */
    boolean closedByServer() {
      return closedByServer;
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder(64);
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    static Connection closeQuietly(Connection c) {
      if (c != null) {
        try {
          c.socket.close();
        } catch (IOException ignored) {
          // closing a broken connection
        }
      }
      return null;
    }
  }

  /** An owner, a workspace, a store product and a published page of typical size, via the API. */
  record Setup(
      String base,
      String token,
      String workspace,
      String pageId,
      String pageUrl,
      int pageBytes,
      int gzippedBytes) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Setup create(String base) throws Exception {
      String email = "bio-bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
      String registered =
          send(
              base,
              "POST",
              "/api/auth/register",
              null,
              null,
              "{\"email\":\"%s\",\"password\":\"correct horse battery\",\"name\":\"Bench\"}"
                  .formatted(email));
      Matcher token = ACCESS_TOKEN.matcher(registered);
      if (!token.find()) {
        throw new IllegalStateException("Could not register: " + registered);
      }
      String t = token.group(1);
      String workspace =
          id(
              send(
                  base,
                  "POST",
                  "/api/multi-workspace/workspaces",
                  t,
                  null,
                  "{\"name\":\"Bench\"}"));
      String product =
          id(
              send(
                  base,
                  "POST",
                  "/api/ecommerce/products",
                  t,
                  workspace,
                  """
                  {"name": "Stoneware mug", "description": "Hand thrown", "priceMinor": 2450,
                   "currency": "EUR", "sku": "MUG-1", "stock": 10, "digital": false}
                  """));
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
      String page = id(send(base, "POST", "/api/link-in-bio/pages", t, workspace, body));
      send(base, "POST", "/api/link-in-bio/pages/" + page + "/publish", t, workspace, "{}");
      String url = base + "/u/" + slug;
      HttpResponse<byte[]> check =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (check.statusCode() != 200) {
        throw new IllegalStateException("The page answers " + check.statusCode());
      }
      HttpResponse<byte[]> gzipped =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Setup(base, t, workspace, page, url, check.body().length, gzipped.body().length);
    }

    String get(String path) throws Exception {
      return send(base, "GET", path, token, workspace, null);
    }

    private static String send(
        String base, String method, String path, String token, String workspace, String json)
        throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      if (workspace != null) {
        request.header("X-Workspace-Id", workspace);
      }
      if (json != null) {
        request.header("Content-Type", "application/json");
        request.method(method, HttpRequest.BodyPublishers.ofString(json));
      } else {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + ": " + response.body());
      }
      return response.body();
    }

    private static String id(String answer) {
      Matcher m = DATA_ID.matcher(answer);
      if (!m.find()) {
        throw new IllegalStateException("No id in " + answer);
      }
      return m.group(1);
    }
  }
}
