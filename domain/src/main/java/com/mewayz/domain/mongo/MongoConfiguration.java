package com.mewayz.domain.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * MongoDB connection. With {@code MONGODB_URI} set, Mewayz talks to that server; without it, it
 * starts an in-process MongoDB-protocol server persisting under the data directory (embedded mode).
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

  @Bean
  EmbeddedMongo embeddedMongo(
      @Value("${mewayz.mongodb.uri:}") String uri, @Value("${mewayz.data-dir:}") String dataDir) {
    return uri.isBlank() ? EmbeddedMongo.start(dataDir) : EmbeddedMongo.none();
  }

  // Depends on the embedded server so that it closes first on shutdown.
  @Bean(destroyMethod = "close")
  MongoClient mongoClient(EmbeddedMongo embedded, @Value("${mewayz.mongodb.uri:}") String uri) {
    return MongoClients.create(embedded.isRunning() ? embedded.connectionString() : uri);
  }

  @Bean
  MongoDatabaseFactory mongoDatabaseFactory(
      MongoClient client, @Value("${mewayz.mongodb.database:mewayz}") String database) {
    return new SimpleMongoClientDatabaseFactory(client, database);
  }
}
