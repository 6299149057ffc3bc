package com.mewayz.api.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.events.PlatformEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiTest
class ContactApiTest {
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
    workspace = api.createWorkspace(owner, "Audience Co");
  }

  ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, owner, json);
  }

  String contact(String email, String tags, String fields) throws Exception {
    return ApiClient.read(
        call(
                HttpMethod.POST,
                "/api/crm/contacts",
                """
                {"email": "%s", "firstName": "Ada", "lastName": "Lovelace", "tags": %s,
                 "fields": %s}
                """
                    .formatted(email, tags, fields))
            .andExpect(status().isCreated()),
        "$.data.id");
  }

  @Test
  void aContactIsCreatedOncePerEmailWithItsConsentHistoryAndAnnounced() throws Exception {
    String id =
        contact("Ada@Example.COM", "[\"vip\", \"beta\"]", "{\"plan\": \"pro\", \"seats\": 5}");

    call(HttpMethod.GET, "/api/crm/contacts/" + id, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.email").value("ada@example.com"))
        .andExpect(jsonPath("$.data.consent").value("subscribed"))
        .andExpect(jsonPath("$.data.consentHistory.length()").value(1))
        .andExpect(jsonPath("$.data.consentHistory[0].source").value("api"))
        .andExpect(jsonPath("$.data.fields.seats").value(5));
    call(HttpMethod.POST, "/api/crm/contacts", "{\"email\": \"ADA@example.com\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.email").exists());

    assertThat(eventTypes(id))
        .containsExactlyInAnyOrder("contact.created", "contact.tagged", "contact.tagged");
  }

  @Test
  void badContactsAreRefusedNamingTheField() throws Exception {
    call(HttpMethod.POST, "/api/crm/contacts", "{\"email\": \"not-an-email\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.email").exists());
    call(
            HttpMethod.POST,
            "/api/crm/contacts",
            "{\"email\": \"a@example.com\", \"fields\": {\"2bad\": 1}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['fields.2bad']").exists());
    call(
            HttpMethod.POST,
            "/api/crm/contacts",
            "{\"email\": \"a@example.com\", \"fields\": {\"address\": {\"city\": \"Paris\"}}}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.details['fields.address']").value("must be text, a number or true/false"));
    call(
            HttpMethod.POST,
            "/api/crm/contacts",
            "{\"email\": \"a@example.com\", \"consent\": \"maybe\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.consent").exists());
    call(HttpMethod.POST, "/api/crm/contacts", "{\"email\": \"a@example.com\", \"tags\": [\"\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("tags")));
    call(HttpMethod.GET, "/api/crm/contacts?consent=maybe", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.consent").exists());
    call(HttpMethod.GET, "/api/crm/contacts/000000000000000000000000", null)
        .andExpect(status().isNotFound());
  }

  @Test
  void contactsAreSearchedFilteredAndPaged() throws Exception {
    contact("grace@example.com", "[\"vip\"]", "{}");
    contact("alan@example.com", "[]", "{}");
    String linus = contact("linus@kernel.example", "[\"vip\"]", "{}");
    call(
            HttpMethod.POST,
            "/api/crm/contacts/" + linus + "/consent",
            "{\"status\": \"unsubscribed\"}")
        .andExpect(status().isOk());

    assertThat(emails("q=EXAMPLE.com")).containsExactly("alan@example.com", "grace@example.com");
    assertThat(emails("tag=vip")).containsExactly("linus@kernel.example", "grace@example.com");
    assertThat(emails("tag=vip&consent=subscribed")).containsExactly("grace@example.com");
    String page =
        call(HttpMethod.GET, "/api/crm/contacts?size=2&page=1", null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<Integer>read(page, "$.data.total")).isEqualTo(3);
    assertThat(JsonPath.<List<String>>read(page, "$.data.items[*].email"))
        .containsExactly("grace@example.com");
  }

  @Test
  void consentChangesAreKeptInHistoryAndAnUnsubscribeIsAnnouncedOnce() throws Exception {
    String id = contact("mary@example.com", "[]", "{}");

    for (int i = 0; i < 2; i++) {
      call(
              HttpMethod.POST,
              "/api/crm/contacts/" + id + "/consent",
              "{\"status\": \"unsubscribed\", \"note\": \"asked by phone\"}")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.data.consent").value("unsubscribed"))
          .andExpect(jsonPath("$.data.consentHistory.length()").value(2))
          .andExpect(jsonPath("$.data.consentHistory[1].note").value("asked by phone"));
    }
    call(
            HttpMethod.PUT,
            "/api/crm/contacts/" + id,
            "{\"email\": \"mary@example.com\", \"consent\": \"subscribed\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.consent", containsString("/consent")));

    assertThat(eventTypes(id)).containsExactlyInAnyOrder("contact.created", "contact.unsubscribed");
  }

  @Test
  void editingAndTaggingAnnounceOnlyTheNewTags() throws Exception {
    String id = contact("joan@example.com", "[\"a\"]", "{}");
    contact("taken@example.com", "[]", "{}");

    call(HttpMethod.PUT, "/api/crm/contacts/" + id, "{\"email\": \"taken@example.com\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.email").exists());
    call(
            HttpMethod.PUT,
            "/api/crm/contacts/" + id,
            "{\"email\": \"joan@example.com\", \"firstName\": \"Joan\", \"tags\": [\"a\", \"b\"]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.firstName").value("Joan"))
        .andExpect(jsonPath("$.data.lastName").doesNotExist());
    call(
            HttpMethod.POST,
            "/api/crm/contacts/" + id + "/tags",
            "{\"add\": [\"c\", \"b\"], \"remove\": [\"a\"]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.tags.length()").value(2));
    call(
            HttpMethod.POST,
            "/api/crm/contacts/" + id + "/tags",
            "{\"add\": [\"x\"], \"remove\": [\"x\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.remove").exists());

    List<PlatformEvent> tagged =
        events(id).stream().filter(e -> e.type().equals("contact.tagged")).toList();
    assertThat(tagged)
        .extracting(e -> e.data().get("tag"))
        .containsExactlyInAnyOrder("a", "b", "c");

    call(HttpMethod.DELETE, "/api/crm/contacts/" + id, null).andExpect(status().isOk());
    call(HttpMethod.GET, "/api/crm/contacts/" + id, null).andExpect(status().isNotFound());
  }

  @Test
  void aSegmentHoldsTheContactsItsFilterDescribes() throws Exception {
    contact("one@example.com", "[\"customer\", \"vip\"]", "{\"orders\": 12, \"city\": \"Paris\"}");
    contact("two@example.com", "[\"customer\"]", "{\"orders\": 2, \"city\": \"Lyon\"}");
    String three = contact("three@example.com", "[\"customer\", \"vip\"]", "{\"orders\": 30}");
    contact("four@example.com", "[\"vip\", \"staff\"]", "{\"orders\": 50}");
    call(HttpMethod.POST, "/api/crm/contacts/" + three + "/consent", "{\"status\": \"bounced\"}")
        .andExpect(status().isOk());
    String filter =
        """
        {"tagsAll": ["customer"], "tagsNone": ["staff"], "consent": ["subscribed"],
         "fields": [{"field": "orders", "op": "GREATER_THAN", "value": 5}]}
        """;

    call(HttpMethod.POST, "/api/crm/segments/count", filter)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.contactCount").value(1));
    String segment =
        ApiClient.read(
            call(
                    HttpMethod.POST,
                    "/api/crm/segments",
                    "{\"name\": \"Big buyers\", \"filter\": " + filter + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.data.contactCount").value(1)),
            "$.data.id");
    assertThat(emails("segmentId=" + segment)).containsExactly("one@example.com");
    call(HttpMethod.POST, "/api/crm/segments", "{\"name\": \"Big buyers\", \"filter\": {}}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.name").exists());
    call(
            HttpMethod.PUT,
            "/api/crm/segments/" + segment,
            "{\"name\": \"Parisians\", \"filter\": {\"fields\": [{\"field\": \"city\", \"op\": \"CONTAINS\", \"value\": \"par\"}]}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.contactCount").value(1));

    call(
            HttpMethod.POST,
            "/api/crm/segments",
            "{\"name\": \"Broken\", \"filter\": {\"fields\": [{\"field\": \"orders\"}]}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['filter.fields[0].op']").value("is required"));
    call(
            HttpMethod.POST,
            "/api/crm/segments",
            "{\"name\": \"Broken\", \"filter\": {\"consent\": [\"maybe\"]}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['filter.consent[0]']").exists());
    call(HttpMethod.GET, "/api/crm/contacts?segmentId=000000000000000000000000", null)
        .andExpect(status().isNotFound());
  }

  private List<String> emails(String query) throws Exception {
    String body =
        call(HttpMethod.GET, "/api/crm/contacts?" + query, null)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.data.items[*].email");
  }

  private List<PlatformEvent> events(String contactId) {
    return mongo.find(
        Query.query(Criteria.where("_id").regex("^" + workspace + ":contact:" + contactId + ":")),
        PlatformEvent.class);
  }

  private List<String> eventTypes(String contactId) {
    return events(contactId).stream().map(PlatformEvent::type).toList();
  }
}
