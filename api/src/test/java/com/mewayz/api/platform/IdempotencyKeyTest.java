package com.mewayz.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiTest
class IdempotencyKeyTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  ApiClient api;
  Account ann;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    ann = api.register("ann");
  }

  @Test
  void aRetriedCreateWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothingNew() throws Exception {
    String first =
        ApiClient.read(create("key-1", "Studio").andExpect(status().isCreated()), "$.data.id");

    create("key-1", "Studio")
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.data.id").value(first));

    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces", ann, null)
        .andExpect(jsonPath("$.data.total").value(1));
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() throws Exception {
    create("key-2", "Studio").andExpect(status().isCreated());

    create("key-2", "Another studio")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error").value("IdempotencyKeyReused"))
        .andExpect(jsonPath("$.details['Idempotency-Key']").exists());
  }

  @Test
  void keysBelongToTheirCaller() throws Exception {
    Account bob = api.register("bob");
    String annsId = ApiClient.read(create("shared-key", "Studio"), "$.data.id");

    String bobsId =
        ApiClient.read(
            mvc.perform(
                    post("/api/multi-workspace/workspaces")
                        .header("Authorization", "Bearer " + bob.accessToken())
                        .header("Idempotency-Key", "shared-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Studio\"}"))
                .andExpect(status().isCreated()),
            "$.data.id");

    assertThat(bobsId).isNotEqualTo(annsId);
  }

  @Test
  void withoutAKeyEveryRequestCreates() throws Exception {
    api.perform(HttpMethod.POST, "/api/multi-workspace/workspaces", ann, "{\"name\":\"A\"}");
    api.perform(HttpMethod.POST, "/api/multi-workspace/workspaces", ann, "{\"name\":\"A\"}");
    api.perform(HttpMethod.GET, "/api/multi-workspace/workspaces", ann, null)
        .andExpect(jsonPath("$.data.total").value(2));
  }

  @Test
  void validationFailuresAreReplayedToo() throws Exception {
    create("key-3", "").andExpect(status().isBadRequest());
    create("key-3", "")
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.details.name").exists());
  }

  private ResultActions create(String key, String name) throws Exception {
    return mvc.perform(
        post("/api/multi-workspace/workspaces")
            .header("Authorization", "Bearer " + ann.accessToken())
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"%s\"}".formatted(name)));
  }
}
