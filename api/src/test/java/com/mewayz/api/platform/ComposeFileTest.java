package com.mewayz.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs in CI, so this reads docker-compose.temporal.yml and checks that it wires
 * every service, port, volume, health check and setting the platform needs.
 */
class ComposeFileTest {
  private static Map<String, Object> compose;

  @BeforeAll
  static void read() throws IOException {
    compose = new Yaml().load(Files.readString(Path.of("..", "docker-compose.temporal.yml")));
  }

  @Test
  void hasEveryService() {
    assertThat(services().keySet())
        .contains(
            "postgresql", "temporal", "temporal-setup", "temporal-ui", "mongodb", "api", "worker");
  }

  @Test
  void everyLongRunningServiceHasAHealthCheck() {
    for (String name :
        List.of("postgresql", "temporal", "temporal-ui", "mongodb", "api", "worker")) {
      assertThat(service(name)).as(name).containsKey("healthcheck");
      assertThat(map(service(name).get("healthcheck")).get("test")).as(name).isNotNull();
    }
  }

  @Test
  void publishesPortsOnLoopbackOnly() {
    assertThat(ports("api")).containsExactly("127.0.0.1:8080:8080");
    assertThat(ports("temporal")).containsExactly("127.0.0.1:7233:7233");
    assertThat(ports("temporal-ui")).containsExactly("127.0.0.1:8088:8080");
    assertThat(ports("mongodb")).containsExactly("127.0.0.1:27017:27017");
    services().keySet().forEach(s -> ports(s).forEach(p -> assertThat(p).startsWith("127.0.0.1:")));
  }

  @Test
  void persistsTemporalAndMongoData() {
    assertThat(map(compose.get("volumes")).keySet()).contains("temporal-postgres", "mongo-data");
    assertThat(list(service("mongodb").get("volumes"))).contains("mongo-data:/data/db");
    assertThat(list(service("postgresql").get("volumes")))
        .contains("temporal-postgres:/var/lib/postgresql/data");
  }

  @Test
  void mongoRunsAsASingleNodeReplicaSet() {
    assertThat(list(service("mongodb").get("command"))).contains("--replSet", "rs0");
    assertThat(String.valueOf(map(service("mongodb").get("healthcheck")).get("test")))
        .contains("rs.initiate");
  }

  @Test
  void registersEveryCustomSearchAttribute() {
    assertThat(String.valueOf(service("temporal-setup").get("command")))
        .contains(
            "WorkspaceId:Keyword",
            "AutomationId:Keyword",
            "AutomationVersion:Int",
            "TriggerType:Keyword");
  }

  @Test
  void apiAndWorkerGetRealModeSettings() {
    Map<String, Object> api = env("api");
    Map<String, Object> worker = env("worker");
    for (Map<String, Object> env : List.of(api, worker)) {
      assertThat(env.get("TEMPORAL_ADDRESS")).isEqualTo("temporal:7233");
      assertThat(env.get("TEMPORAL_NAMESPACE")).isEqualTo("default");
      assertThat(String.valueOf(env.get("MONGODB_URI"))).contains("replicaSet=rs0");
      assertThat(String.valueOf(env.get("MEWAYZ_SECRET"))).startsWith("${MEWAYZ_SECRET:?");
      assertThat(String.valueOf(env.get("MEWAYZ_ENCRYPTION_KEY")))
          .startsWith("${MEWAYZ_ENCRYPTION_KEY:?");
      assertThat(env).containsKeys("SMTP_HOST", "SMTP_PORT", "MAIL_FROM", "MEWAYZ_PUBLIC_URL");
    }
    // With a real Temporal the api runs no workers; the worker service does.
    assertThat(api.get("MEWAYZ_WORKERS_ENABLED")).isEqualTo("false");
    assertThat(worker.get("MEWAYZ_WORKERS_ENABLED")).isEqualTo("true");
    assertThat(api.get("TEMPORAL_UI_URL")).isEqualTo("http://localhost:8088");
  }

  @Test
  void apiAndWorkerWaitForTheirDependencies() {
    for (String name : List.of("api", "worker")) {
      Map<String, Object> dependsOn = map(service(name).get("depends_on"));
      assertThat(map(dependsOn.get("mongodb")).get("condition")).isEqualTo("service_healthy");
      assertThat(map(dependsOn.get("temporal")).get("condition")).isEqualTo("service_healthy");
      assertThat(map(dependsOn.get("temporal-setup")).get("condition"))
          .isEqualTo("service_completed_successfully");
    }
  }

  @Test
  void temporalReadsMewayzDynamicConfig() {
    Map<String, Object> config = map(listOf(service("temporal").get("configs")).get(0));
    String target = String.valueOf(config.get("target"));
    assertThat(env("temporal").get("DYNAMIC_CONFIG_FILE_PATH")).isEqualTo(target);
    Object content = map(map(compose.get("configs")).get(config.get("source"))).get("content");
    // Temporal's format: each key holds a list of values, each with its optional constraints.
    Map<String, Object> settings = map(new Yaml().load(String.valueOf(content)));
    assertThat(map(listOf(settings.get("history.transferProcessorMaxPollRPS")).get(0)))
        .containsEntry("value", 1000);
    assertThat(map(listOf(settings.get("system.enableEagerWorkflowStart")).get(0)))
        .containsEntry("value", true);
    settings.values().forEach(values -> assertThat(listOf(values)).isNotEmpty());
  }

  @Test
  void buildsImagesFromDockerfilesInTheRepository() {
    for (String name : List.of("api", "worker")) {
      String dockerfile = String.valueOf(map(service(name).get("build")).get("dockerfile"));
      assertThat(Path.of("..", dockerfile)).as(name).exists();
    }
  }

  private static Map<String, Object> services() {
    return map(compose.get("services"));
  }

  private static Map<String, Object> service(String name) {
    return map(services().get(name));
  }

  private static Map<String, Object> env(String name) {
    return map(service(name).get("environment"));
  }

  private static List<String> ports(String name) {
    Object ports = service(name).get("ports");
    return ports == null ? List.of() : list(ports);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> listOf(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  private static List<String> list(Object value) {
    return listOf(value).stream().map(String::valueOf).toList();
  }
}
