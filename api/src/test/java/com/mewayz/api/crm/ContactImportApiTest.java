package com.mewayz.api.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.crm.Contact;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiTest
class ContactImportApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  ApiClient api;
  Account owner;
  String workspace;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    owner = api.register("owner");
    workspace = api.createWorkspace(owner, "Import Co");
  }

  @Test
  void aFileIsImportedRowByRowAndEveryRejectedRowIsReportedWithItsReason() throws Exception {
    // Someone who unsubscribed earlier: the file must not subscribe her again.
    String existing =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/crm/contacts",
                owner,
                "{\"email\": \"old@example.com\", \"consent\": \"unsubscribed\", \"tags\": [\"2023\"]}"),
            "$.data.id");
    String csv =
        """
        Email,First name,Last name,Tags,Plan,Consent
        ada@example.com,Ada,Lovelace,vip;beta,pro,
        OLD@example.com,Olga,Old,2024,free,subscribed
        ADA@EXAMPLE.COM,Ada,Again,,,
        not-an-email,Bad,Row,,,
        ,No,Email,,,
        "quoted@example.com","Jean, Jr.","O'Neil
        Smith",,"team",unsubscribed
        weird@example.com,Weird,Consent,,,maybe
        """;

    String importId = uploaded("contacts.csv", csv);
    Map<String, Object> done = awaitImport(importId, "COMPLETED");

    assertThat(done)
        .containsEntry("totalRows", 7)
        .containsEntry("rowsDone", 7)
        .containsEntry("created", 2)
        .containsEntry("updated", 1)
        .containsEntry("rejected", 4)
        .containsEntry("percentDone", 100)
        .containsEntry("fileName", "contacts.csv");
    Contact ada = contact("ada@example.com");
    assertThat(ada.firstName()).isEqualTo("Ada");
    assertThat(ada.tags()).containsExactly("vip", "beta");
    assertThat(ada.fields()).containsEntry("plan", "pro");
    assertThat(ada.consentHistory())
        .singleElement()
        .satisfies(c -> assertThat(c.source()).isEqualTo("import"));
    Contact old = contact("old@example.com");
    assertThat(old.id()).isEqualTo(existing);
    assertThat(old.firstName()).isEqualTo("Olga");
    assertThat(old.consent()).isEqualTo("unsubscribed");
    assertThat(old.tags()).containsExactlyInAnyOrder("2023", "2024");
    Contact quoted = contact("quoted@example.com");
    assertThat(quoted.firstName()).isEqualTo("Jean, Jr.");
    assertThat(quoted.lastName()).isEqualTo("O'Neil\nSmith");
    assertThat(quoted.consent()).isEqualTo("unsubscribed");

    String report =
        api.inWorkspace(
                workspace,
                HttpMethod.GET,
                "/api/crm/imports/" + importId + "/rejections.csv",
                owner,
                null)
            .andExpect(status().isOk())
            .andExpect(
                header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(report.lines().toList())
        .containsExactly(
            "line,email,reason",
            "4,ADA@EXAMPLE.COM,\"repeats the email of line 2, which is the one imported\"",
            "5,not-an-email,\"\"\"not-an-email\"\" is not a valid email address\"",
            "6,,the email is missing",
            "8,weird@example.com,\"consent \"\"maybe\"\" is not one of subscribed, unsubscribed, bounced, complained\"");
  }

  @Test
  void aLargeFileIsImportedInChunksWithProgressAndASemicolonFileWithAByteOrderMarkIsRead()
      throws Exception {
    StringBuilder csv = new StringBuilder("\uFEFFemail;first_name;city\n");
    for (int i = 0; i < 2500; i++) {
      csv.append("person").append(i).append("@example.com;Person ").append(i).append(";Lyon\n");
    }
    String body =
        mvc.perform(
                post("/api/crm/imports?fileName=people.csv")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + owner.accessToken())
                    .header("X-Workspace-Id", workspace)
                    .contentType("text/csv")
                    .content(csv.toString().getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.data.totalRows").value(2500))
            .andExpect(jsonPath("$.data.columns[0]").value("email"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String importId = JsonPath.read(body, "$.data.id");

    Map<String, Object> done = awaitImport(importId, "COMPLETED");
    assertThat(done).containsEntry("created", 2500).containsEntry("rejected", 0);
    assertThat(contact("person2499@example.com").fields()).containsEntry("city", "Lyon");
    assertThat(
            mongo.count(
                Query.query(Criteria.where("importId").is(importId)), "contact_import_chunks"))
        .isEqualTo(3);
    String list =
        api.inWorkspace(workspace, HttpMethod.GET, "/api/crm/imports", owner, null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(list, "$.data[*].id")).contains(importId);

    // The same file again updates everyone and creates no one.
    String again = uploaded("people.csv", csv.toString());
    assertThat(awaitImport(again, "COMPLETED"))
        .containsEntry("created", 0)
        .containsEntry("updated", 2500);
  }

  @Test
  void aFileThatCannotBeImportedIsRefusedAtOnceSayingWhy() throws Exception {
    upload("x.csv", "name,phone\nAda,123\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.file", containsString("no email column")));
    upload("x.csv", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.file", containsString("empty")));
    upload("x.csv", "email\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.file", containsString("no rows")));
    upload("x.csv", "email,name\n\"unclosed@example.com,Ada\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.file", containsString("not valid CSV")));
    mvc.perform(
            multipart("/api/crm/imports")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + owner.accessToken())
                .header("X-Workspace-Id", workspace))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.file").exists());
  }

  @Test
  void anotherWorkspacesImportIsNotFound() throws Exception {
    String importId = uploaded("a.csv", "email\na@example.com\n");
    Account stranger = api.register("stranger");
    String theirs = api.createWorkspace(stranger, "Other Co");
    for (String path : List.of("", "/rejections.csv")) {
      api.inWorkspace(theirs, HttpMethod.GET, "/api/crm/imports/" + importId + path, stranger, null)
          .andExpect(status().isNotFound());
    }
    api.inWorkspace(
            theirs, HttpMethod.POST, "/api/crm/imports/" + importId + "/cancel", stranger, null)
        .andExpect(status().isNotFound());
    awaitImport(importId, "COMPLETED");
    api.inWorkspace(
            workspace, HttpMethod.POST, "/api/crm/imports/" + importId + "/cancel", owner, null)
        .andExpect(status().isConflict());
  }

  private ResultActions upload(String fileName, String csv) throws Exception {
    return mvc.perform(
        multipart("/api/crm/imports")
            .file(
                new MockMultipartFile(
                    "file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + owner.accessToken())
            .header("X-Workspace-Id", workspace));
  }

  private String uploaded(String fileName, String csv) throws Exception {
    return JsonPath.read(
        upload(fileName, csv)
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.data.id");
  }

  private Map<String, Object> awaitImport(String importId, String status) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    Map<String, Object> last = null;
    while (Instant.now().isBefore(deadline)) {
      String body =
          api.inWorkspace(workspace, HttpMethod.GET, "/api/crm/imports/" + importId, owner, null)
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      last = JsonPath.read(body, "$.data");
      if (status.equals(last.get("status"))) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Import " + importId + " stayed " + last);
  }

  private Contact contact(String email) {
    return mongo.findOne(
        Query.query(Criteria.where("workspaceId").is(workspace).and("email").is(email)),
        Contact.class);
  }
}
