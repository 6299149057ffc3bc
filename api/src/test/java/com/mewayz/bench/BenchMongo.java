package com.mewayz.bench;

import com.mewayz.domain.mongo.IdFirstBackends;
import de.bwaldvogel.mongo.MongoServer;

/**
 * The MongoDB-protocol server in a process of its own for benchmarks, as a real database would run:
 * the platform's heap and CPU are then the platform's alone. Serves on {@code bench.mongo.port}
 * (default 27117) until killed.
 */
public final class BenchMongo {
  private BenchMongo() {}

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.getInteger("bench.mongo.port", 27117);
    MongoServer server = new MongoServer(IdFirstBackends.inMemory());
    server.bind("127.0.0.1", port);
    System.out.println("Benchmark database on 127.0.0.1:" + port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    Thread.currentThread().join();
  }
}
