package com.mewayz.api.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiTest;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;
import io.temporal.client.WorkflowClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What Temporal stores of a run is ciphertext: the personal data a webhook brought in appears in no
 * byte of the run's history, and operators read it back through the codec endpoint only.
 */
@ApiTest
class PayloadEncryptionApiTest {
  private static final String UI = "http://temporal-ui.test";
  private static final Set<String> LOCAL_ACTIVITY_BOOKKEEPING =
      Set.of("activityId", "type", "time", "meta");

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired WorkflowClient temporal;

  @Test
  void aRunsPayloadsAreCiphertextInTemporalAndReadableThroughTheCodecEndpoint() throws Exception {
    ApiClient api = new ApiClient(mvc, mails);
    ApiClient.Account owner = api.register("owner");
    WorkspaceCalls ws = new WorkspaceCalls(api, owner, api.createWorkspace(owner, "Private Co"));
    String automation = ws.published(AutomationFixtures.webhookEcho(false));
    String url =
        JsonPath.read(
            ws.call(HttpMethod.GET, "/api/automations/" + automation + "/webhook", null)
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.data.url");
    String answer =
        api.perform(
                HttpMethod.POST,
                url.substring(url.indexOf("/api/hooks/")),
                null,
                "{\"name\": \"Grace Hopper\", \"email\": \"grace@navy.test\"}",
                Map.of())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String runId = JsonPath.read(answer, "$.data.runId");
    ws.awaitStatus(runId, "COMPLETED");

    History history = temporal.fetchHistory(runId).getHistory();
    String raw = new String(history.toByteArray(), StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain("Grace Hopper").doesNotContain("grace@navy.test");
    List<Payload> payloads = new ArrayList<>();
    collectPayloads(history, payloads);
    assertThat(payloads)
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.getMetadataOrThrow("encoding").toStringUtf8())
                    .isEqualTo("binary/encrypted"));

    String input =
        JsonFormat.printer()
            .print(history.getEvents(0).getWorkflowExecutionStartedEventAttributes().getInput());
    String decoded =
        mvc.perform(
                post("/api/temporal-codec/decode")
                    .header("Origin", UI)
                    .header("X-Namespace", "default")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(input))
            .andExpect(status().isOk())
            .andExpect(header().string("Access-Control-Allow-Origin", UI))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Payloads.Builder parsed = Payloads.newBuilder();
    JsonFormat.parser().merge(decoded, parsed);
    assertThat(parsed.getPayloads(0).getMetadataOrThrow("encoding").toStringUtf8())
        .isEqualTo("json/plain");
    assertThat(parsed.getPayloads(0).getData().toStringUtf8()).contains("grace@navy.test");
  }

  @Test
  void theCodecEndpointAnswersOnlyTheTemporalUiAndRefusesWhatIsNotPayloads() throws Exception {
    mvc.perform(
            options("/api/temporal-codec/decode")
                .header("Origin", "http://elsewhere.test")
                .header("Access-Control-Request-Method", "POST"))
        .andExpect(status().isForbidden());
    mvc.perform(
            options("/api/temporal-codec/decode")
                .header("Origin", UI)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-namespace"))
        .andExpect(status().isOk())
        .andExpect(header().string("Access-Control-Allow-Origin", UI));
    mvc.perform(
            post("/api/temporal-codec/decode")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"payloads\": [{\"data\": 42, \"nonsense\": true}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.payloads").exists());
    String forged =
        "{\"payloads\": [{\"metadata\": {\"encoding\": \""
            + Base64.getEncoder().encodeToString("binary/encrypted".getBytes())
            + "\", \"encryption-key-id\": \""
            + Base64.getEncoder().encodeToString("k000000000000".getBytes())
            + "\"}, \"data\": \"AAAA\"}]}";
    mvc.perform(
            post("/api/temporal-codec/decode")
                .contentType(MediaType.APPLICATION_JSON)
                .content(forged))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.payloads").value(containsString("another key")));
    mvc.perform(
            post("/api/temporal-codec/decode")
                .header("X-Namespace", "someone-else")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"payloads\": []}"))
        .andExpect(status().isNotFound());
  }

  /**
   * Every Payload anywhere in a protobuf message, however deep, but search attributes (the server
   * must read those to index them, so they are never encoded; Mewayz puts only ids there) and the
   * SDK's bookkeeping of local activities.
   */
  private static void collectPayloads(Message message, List<Payload> found) {
    if (message instanceof Payload payload) {
      found.add(payload);
      return;
    }
    if (message instanceof SearchAttributes) {
      return;
    }
    if (message instanceof MarkerRecordedEventAttributes marker) {
      // The SDK's own bookkeeping of a local activity (its id, type, start time, attempt) is
      // written in the clear; its result, the only data of ours, must be encrypted.
      marker.getDetailsMap().entrySet().stream()
          .filter(detail -> !LOCAL_ACTIVITY_BOOKKEEPING.contains(detail.getKey()))
          .forEach(detail -> collectPayloads(detail.getValue(), found));
      return;
    }
    message
        .getAllFields()
        .forEach(
            (field, value) -> {
              if (value instanceof Message nested) {
                collectPayloads(nested, found);
              } else if (value instanceof List<?> list) {
                list.stream()
                    .filter(Message.class::isInstance)
                    .forEach(item -> collectPayloads((Message) item, found));
              }
            });
  }
}
