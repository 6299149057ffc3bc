package com.mewayz.api.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;

/** Many contacts for campaign tests, and who received what at the embedded SMTP sink. */
public final class Audience {
  private Audience() {}

  /**
   * Uploads a CSV of {@code count} contacts {@code r0@domain…} (first names {@code R0…}) as a
   * contact import; answers the import's id.
   */
  public static String importContacts(
      MockMvc mvc, ApiClient.Account owner, String workspace, String domain, int count)
      throws Exception {
    StringBuilder csv = new StringBuilder("email,first_name\n");
    for (int i = 0; i < count; i++) {
      csv.append('r').append(i).append('@').append(domain).append(",R").append(i).append('\n');
    }
    return JsonPath.read(
        mvc.perform(
                post("/api/crm/imports")
                    .header("Authorization", "Bearer " + owner.accessToken())
                    .header("X-Workspace-Id", workspace)
                    .contentType("text/csv")
                    .content(csv.toString()))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.data.id");
  }

  /** The address of every mail received for {@code domain}, in arrival order, repeats included. */
  public static List<String> recipients(EmbeddedMailSink mails, String domain) {
    return Arrays.stream(mails.received())
        .map(Audience::to)
        .filter(to -> to.endsWith("@" + domain))
        .toList();
  }

  public static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
