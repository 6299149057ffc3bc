package com.mewayz.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Bodies the property tests found answered with a 5xx, each now a 4xx naming what is wrong. */
@ApiTest
class MalformedRequestApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  Account owner;
  String workspace;

  @BeforeEach
  void setUp() throws Exception {
    ApiClient api = new ApiClient(mvc, mails);
    owner = api.register("forms");
    workspace = api.createWorkspace(owner, "Forms Co");
  }

  @Test
  /** A control character in a form parameter name (here the whole body) used to get a 500. */
  void aFormBodyWithParameterNamesTheFirewallRefusesIsABadRequest() throws Exception {
    MockHttpServletResponse answer =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/automations")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + owner.accessToken())
                    .header("X-Workspace-Id", workspace)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content("{\"name\":\"a\u0085b\"}"))
            .andReturn()
            .getResponse();

    assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
    ErrorFormat.assertFollowed("form body", answer);
    assertThat(answer.getContentAsString()).contains("\"body\"");
  }
}
