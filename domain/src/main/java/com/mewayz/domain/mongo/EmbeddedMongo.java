package com.mewayz.domain.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The in-process MongoDB-protocol server of embedded mode: H2-backed under {@code dataDir}, or in
 * memory when no data directory is configured (tests). It has no transactions, no {@code $text} and
 * no change streams, so Mewayz uses none of them.
 */
public final class EmbeddedMongo implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

  private final MongoServer server;
  private final String connectionString;

  private EmbeddedMongo(MongoServer server, String connectionString) {
    this.server = server;
    this.connectionString = connectionString;
  }

  static EmbeddedMongo none() {
    return new EmbeddedMongo(null, null);
  }

  static EmbeddedMongo start(String dataDir) {
    MongoServer server;
    if (dataDir.isBlank()) {
      server = new MongoServer(IdFirstBackends.inMemory());
    } else {
      Path file = Path.of(dataDir).toAbsolutePath().resolve("mongo.mv");
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the data directory " + file.getParent(), e);
      }
      server = new MongoServer(IdFirstBackends.inFile(file.toString()));
      log.info("Embedded MongoDB-protocol server storing data in {}", file);
    }
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    String uri = "mongodb://127.0.0.1:" + address.getPort() + "/?serverSelectionTimeoutMS=5000";
    log.info("Embedded MongoDB-protocol server listening on {}", uri);
    return new EmbeddedMongo(server, uri);
  }

  boolean isRunning() {
    return server != null;
  }

  String connectionString() {
    return connectionString;
  }

  @Override
  public void destroy() {
    if (server != null) {
      // shutdown() closes the H2 store, which writes everything accepted so far to disk.
      server.shutdown();
    }
  }
}
