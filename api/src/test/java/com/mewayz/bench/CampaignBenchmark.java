package com.mewayz.bench;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.bench.AutomationBenchmark.Client;
import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.ConsentChange;
import com.mewayz.domain.crm.Contact;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.types.ObjectId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An email campaign to many recipients (default 100,000), throttle off, through a local SMTP sink
 * that only counts (scripts/campaign-benchmark.sh). Prints mails per second from "send" to SENT,
 * the JVM's peak heap (the platform, its in-process MongoDB-protocol server and the sink share it),
 * and duplicates and misses counted at the sink. With {@code -Dbench.mongo=mongodb://...} the
 * database runs in its own process (BenchMongo) and the heap is the platform's alone.
 */
public final class CampaignBenchmark {
  private CampaignBenchmark() {}

  public static void main(String[] args) throws Exception {
    int recipients = Integer.getInteger("bench.recipients", 100_000);
    String temporal = System.getProperty("bench.temporal", "127.0.0.1:7233");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    try (SmtpSink sink = new SmtpSink()) {
      ConfigurableApplicationContext app =
          BenchPlatform.start(
              temporal,
              "--mewayz.smtp.host=127.0.0.1",
              "--mewayz.smtp.port=" + sink.port(),
              "--mewayz.smtp.starttls=false",
              "--mewayz.campaigns.rate-per-second=0",
              "--mewayz.mongodb.uri=" + System.getProperty("bench.mongo", ""));
      try {
        System.out.println(AutomationBenchmark.machine());
        Client client = new Client(BenchPlatform.baseUrl(app));
        seed(app.getBean(MongoTemplate.class), client.workspace(), recipients);
        String campaign =
            JsonPath.read(
                client.call(
                    "POST",
                    "/api/email-marketing/campaigns",
                    """
                    {"name": "Benchmark", "subject": "Hello {{first_name|there}}",
                     "html": "<p>Hi {{first_name}}, <a href=\\"https://shop.example/sale\\">the sale</a>.</p>",
                     "text": "Hi {{first_name}}, the sale: https://shop.example/sale",
                     "fromName": "Bench Shop", "fromEmail": "news@bench.example"}
                    """),
                "$.data.id");
        peakHeap.set(0);
        long started = System.nanoTime();
        client.call("POST", "/api/email-marketing/campaigns/" + campaign + "/send", "{}");
        Map<String, Object> progress;
        long lastPrint = started;
        while (true) {
          String body = client.call("GET", "/api/email-marketing/campaigns/" + campaign, null);
          progress = JsonPath.read(body, "$.data.progress");
          if (progress != null && "SENT".equals(progress.get("status"))) {
            break;
          }
          if (System.nanoTime() - lastPrint > 5_000_000_000L) {
            lastPrint = System.nanoTime();
            System.out.printf(
                "  %5.0f s: %s sent, sink %d%n",
                (lastPrint - started) / 1e9,
                progress == null ? "?" : progress.get("sent"),
                sink.messages());
          }
          Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long duplicates = sink.messages() - sink.recipients();
        System.out.printf(
            "Campaign of %,d recipients: %.1f s, %.0f mails/s; sink received %,d mails for %,d"
                + " recipients (duplicates %d, missing %d); peak heap %d MB (max %d MB, %s)%n",
            recipients,
            seconds,
            recipients / seconds,
            sink.messages(),
            sink.recipients(),
            duplicates,
            recipients - sink.recipients(),
            peakHeap.get() / (1024 * 1024),
            Runtime.getRuntime().maxMemory() / (1024 * 1024),
            System.getProperty("bench.mongo", "").isBlank()
                ? "database in this JVM"
                : "database in its own process");
      } finally {
        app.close();
      }
    } finally {
      sampler.interrupt();
    }
    System.exit(0);
  }

  /** The recipients, written straight into the contacts collection (an import is not measured). */
  private static void seed(MongoTemplate mongo, String workspace, int count) {
    Instant created = Instant.now().minusSeconds(60);
    List<Contact> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(
          new Contact(
              new ObjectId().toHexString(),
              workspace,
              "r" + i + "@recipients.example",
              "R" + i,
              null,
              null,
              List.of(),
              Map.of(),
              Consent.SUBSCRIBED,
              created,
              created,
              List.of(new ConsentChange(Consent.SUBSCRIBED, created, "import", null))));
      if (batch.size() == 5_000) {
        mongo.insertAll(batch);
        batch.clear();
      }
    }
    mongo.insertAll(batch);
  }
}
