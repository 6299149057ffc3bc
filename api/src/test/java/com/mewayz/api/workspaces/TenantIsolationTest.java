package com.mewayz.api.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.campaigns.CampaignLinks;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.domain.ai.AiContent;
import com.mewayz.domain.ai.AiContentRepository;
import com.mewayz.domain.ai.AiContentTarget;
import com.mewayz.domain.billing.InvoiceLinks;
import com.mewayz.domain.bookings.BookingLinks;
import com.mewayz.domain.courses.EnrollmentLinks;
import com.mewayz.domain.workspaces.InvitationLinks;
import com.mewayz.domain.workspaces.WorkspaceRole;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.AiContents;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.ContentKind;
import com.mewayz.workflows.billing.Invoices;
import com.mewayz.workflows.bookings.Bookings;
import com.mewayz.workflows.campaigns.EmailCampaigns;
import com.mewayz.workflows.commerce.OrderFulfillments;
import com.mewayz.workflows.courses.CourseDrips;
import com.mewayz.workflows.crm.ContactImports;
import com.mewayz.workflows.social.SocialPosts;
import com.mewayz.workflows.workspaces.WorkspaceInvitations;
import io.temporal.client.WorkflowClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every workspace-scoped endpoint the app registers (a {@code {workspaceId}} path variable or
 * a {@link WorkspaceScoped} controller), so new endpoints are covered without touching this test: a
 * member of workspace A gets 404 for every one of them on workspace B and for B's objects through
 * A, and a VIEWER of A may read but is refused every write.
 */
@ApiTest
class TenantIsolationTest {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Set<String> OBJECT_VARIABLES =
      Set.of(
          "userId",
          "invitationId",
          "id",
          "runId",
          "version",
          "productId",
          "orderId",
          "contactId",
          "segmentId",
          "importId",
          "invoiceId",
          "campaignId",
          "courseId",
          "moduleId",
          "lessonId",
          "enrollmentId",
          "contentId",
          "serviceId",
          "bookingId",
          "accountId",
          "postId",
          "pageId");

  /**
   * Valid bodies for the endpoints that reach a workflow (signal, update, start) and check their
   * body before the id, so that a probe of them tests the id's lookup, not the validation.
   */
  private static final Map<String, String> VALID_BODIES =
      Map.ofEntries(
          Map.entry(
              "POST /api/booking/bookings/{bookingId}/reschedule",
              "{\"start\": \"2030-06-10T09:00:00Z\"}"),
          Map.entry(
              "POST /api/booking/services/{serviceId}/bookings",
              """
              {"start": "2030-06-10T09:00:00Z", "customerName": "P",
               "customerEmail": "probe@example.test", "customerTimeZone": "UTC"}
              """),
          Map.entry(
              "POST /api/ecommerce/orders/{orderId}/ship",
              "{\"carrier\": \"DHL\", \"number\": \"123\"}"),
          Map.entry(
              "POST /api/ecommerce/orders/{orderId}/confirm-payment",
              "{\"reference\": \"bank-1\"}"),
          Map.entry(
              "POST /api/financial/invoices/{invoiceId}/payments",
              "{\"amountMinor\": 1000, \"reference\": \"bank-1\"}"),
          Map.entry("POST /api/runs/{runId}/approve", "{\"nodeId\": \"ask\"}"),
          Map.entry("POST /api/runs/{runId}/reject", "{\"nodeId\": \"ask\"}"),
          Map.entry("POST /api/runs/{runId}/events", "{\"type\": \"probe\", \"key\": \"k\"}"),
          Map.entry("POST /api/ai/content/{contentId}/reject", "{\"feedback\": \"no\"}"),
          Map.entry("PUT /api/social/posts/{postId}", "{\"text\": \"Edited\"}"),
          Map.entry(
              "POST /api/email-marketing/campaigns/{campaignId}/test",
              "{\"to\": \"probe@example.test\"}"),
          Map.entry(
              "POST /api/courses/{courseId}/enrollments",
              """
              {"studentEmail": "probe@example.test", "studentName": "P", "timeZone": "UTC"}
              """));

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired AiContentRepository aiContents;
  @Autowired WorkflowClient temporal;
  @Autowired EnrollmentLinks enrollmentLinks;
  @Autowired BookingLinks bookingLinks;
  @Autowired InvitationLinks invitationLinks;
  @Autowired InvoiceLinks invoiceLinks;
  @Autowired CampaignLinks campaignLinks;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  ApiClient api;
  Account alice;
  Account bob;
  Account viewer;
  String workspaceA;
  String workspaceB;
  Map<String, String> objectsA;
  Map<String, String> objectsB;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    alice = api.register("alice");
    bob = api.register("bob");
    viewer = api.register("viewer");
    workspaceA = api.createWorkspace(alice, "Alice Co");
    workspaceB = api.createWorkspace(bob, "Bob Co");
    String invitationB = api.invite(bob, workspaceB, ApiClient.uniqueEmail("guest"), "VIEWER");
    api.addMember(alice, workspaceA, viewer, "VIEWER");
    objectsA = automationWithRun(alice, workspaceA);
    objectsA.put("userId", alice.id());
    objectsA.put("invitationId", "000000000000000000000000");
    objectsB = automationWithRun(bob, workspaceB);
    objectsB.put("userId", bob.id());
    objectsB.put("invitationId", invitationB);
    objectsA.putAll(productWithOrder(alice, workspaceA));
    objectsB.putAll(productWithOrder(bob, workspaceB));
    objectsA.putAll(crmObjects(alice, workspaceA));
    objectsB.putAll(crmObjects(bob, workspaceB));
    objectsA.put("invoiceId", sentInvoice(alice, workspaceA));
    objectsB.put("invoiceId", sentInvoice(bob, workspaceB));
    objectsA.putAll(courseWithEnrollment(alice, workspaceA));
    objectsB.putAll(courseWithEnrollment(bob, workspaceB));
    objectsA.putAll(serviceWithBooking(alice, workspaceA));
    objectsB.putAll(serviceWithBooking(bob, workspaceB));
    objectsA.putAll(socialAccountWithPost(alice, workspaceA));
    objectsB.putAll(socialAccountWithPost(bob, workspaceB));
    objectsA.put("pageId", bioPage(alice, workspaceA));
    objectsB.put("pageId", bioPage(bob, workspaceB));
    objectsA.put("contentId", aiContent(workspaceA, alice));
    objectsB.put("contentId", aiContent(workspaceB, bob));
  }

  /**
   * AI content waiting for approval, written as its workflow would leave it: generating it needs a
   * provider, which this test has no use for.
   */
  private String aiContent(String workspace, Account owner) {
    Instant now = java.time.Instant.now();
    return aiContents
        .insert(
            new AiContent(
                new ObjectId().toHexString(),
                workspace,
                ContentKind.SOCIAL_POST,
                "A brief",
                null,
                AiContentTarget.none(),
                true,
                3,
                AiContentStatus.AWAITING_APPROVAL,
                0,
                ContentDraft.text("A post"),
                List.of(),
                null,
                null,
                "gpt-4o-mini",
                owner.id(),
                now,
                now))
        .id();
  }

  @Test
  void aMemberOfOneWorkspaceGetsNotFoundForEveryEndpointOfAnother() throws Exception {
    List<Endpoint> endpoints = workspaceScopedEndpoints();
    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(30);

    for (Endpoint endpoint : endpoints) {
      int status = call(endpoint, alice, workspaceB, objectsB);
      assertThat(status).as("%s on another workspace", endpoint).isEqualTo(404);
    }
  }

  @Test
  void anAutomationMadeFromATemplateBelongsToTheWorkspaceNamedByTheHeader() throws Exception {
    assertThat(workspaceScopedEndpoints().stream().map(Endpoint::toString))
        .contains("GET /api/automations/templates", "POST /api/automations/from-template");
    String created =
        api.inWorkspace(
                workspaceA,
                HttpMethod.POST,
                "/api/automations/from-template",
                alice,
                "{\"templateId\": \"welcome-series\"}")
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(created, "$.data.id");

    int throughB =
        api.inWorkspace(workspaceB, HttpMethod.GET, "/api/automations/" + id, bob, null)
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(throughB).isEqualTo(404);
    String listB =
        api.inWorkspace(workspaceB, HttpMethod.GET, "/api/automations", bob, null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(listB, "$.data.items[*].id")).doesNotContain(id);
  }

  @Test
  void stripeKeysBelongToTheWorkspaceNamedByTheHeader() throws Exception {
    String path = "/api/ecommerce/settings/stripe";
    assertThat(workspaceScopedEndpoints().stream().map(Endpoint::toString))
        .contains("GET " + path, "PUT " + path, "DELETE " + path);
    String keys =
        """
        {"secretKey": "sk_test_AliceOnly1234", "publishableKey": "pk_test_AliceOnly1234",
         "webhookSecret": "whsec_AliceOnly1234"}
        """;
    assertThat(
            api.inWorkspace(workspaceA, HttpMethod.PUT, path, alice, keys)
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);

    String seenByB =
        api.inWorkspace(workspaceB, HttpMethod.GET, path, bob, null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<Boolean>read(seenByB, "$.data.configured")).isFalse();
    assertThat(
            api.inWorkspace(workspaceB, HttpMethod.DELETE, path, alice, null)
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    String stillA =
        api.inWorkspace(workspaceA, HttpMethod.GET, path, viewer, null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<String>read(stillA, "$.data.secretKey.last4")).isEqualTo("1234");
  }

  @Test
  void anotherWorkspacesObjectsAreNotFoundThroughOnesOwnWorkspace() throws Exception {
    Map<String, String> missing =
        Map.of("id", "000000000000000000000000", "runId", "run-none", "version", "99");
    for (Endpoint endpoint : workspaceScopedEndpoints()) {
      if (!endpoint.headerScoped() || !endpoint.hasObjectVariable()) {
        continue;
      }
      int status = call(endpoint, alice, workspaceA, objectsB);
      // Exactly what an id that exists nowhere gets: 404, or 400 where the body is checked first.
      assertThat(status)
          .as("%s with another workspace's object", endpoint)
          .isEqualTo(call(endpoint, alice, workspaceA, missing))
          .isIn(404, 400);
    }
  }

  @Test
  void aViewerMayReadAndIsRefusedEveryWrite() throws Exception {
    for (Endpoint endpoint : workspaceScopedEndpoints()) {
      int status = call(endpoint, viewer, workspaceA, objectsA);
      WorkspaceRole needed =
          WorkspaceAccessInterceptor.requiredRole(endpoint.handler(), endpoint.method().name());
      if (needed == WorkspaceRole.VIEWER) {
        assertThat(status).as("%s as a viewer", endpoint).isEqualTo(200);
      } else {
        assertThat(status).as("%s as a viewer", endpoint).isEqualTo(403);
      }
    }
  }

  @Test
  void workspaceScopedEndpointsAlsoNeedAToken() throws Exception {
    for (Endpoint endpoint : workspaceScopedEndpoints()) {
      int status = call(endpoint, null, workspaceA, objectsA);
      assertThat(status).as("%s without a token", endpoint).isEqualTo(401);
    }
  }

  /**
   * Every endpoint naming an object (run cancel/approve, order cancel/ship, invoice pay/void,
   * enrolment pause/resume/release, booking reschedule/cancel, post edit/cancel, AI approve/reject,
   * campaign send/cancel, import status...) called by A's owner through A, with one object variable
   * at a time replaced by a forged or foreign id and the others A's own: another workspace's id,
   * its workflow ids ({@code order-<id>}...), its automation run id, random ids and path tricks.
   * Each must be refused (404, or 400 where the id or body is checked first), never 2xx or 5xx, and
   * B's workflows must have the same status and history length afterwards.
   */
  @Test
  void forgedOrForeignIdsReachNoWorkflowOfAnotherWorkspace() throws Exception {
    Map<String, String> workflowsB = workflowIds(objectsB);
    Map<String, String> before = stableStates(workflowsB.values());
    assertThat(before).as("B's live workflows").hasSizeGreaterThanOrEqualTo(6);
    List<String> probes = probes();

    int calls = 0;
    int lookedUp = 0;
    int endpointsProbed = 0;
    Map<Integer, Integer> answers = new java.util.TreeMap<>();
    for (Endpoint endpoint : workspaceScopedEndpoints()) {
      List<String> variables = endpoint.objectVariables();
      if (variables.isEmpty()) {
        continue;
      }
      endpointsProbed++;
      for (String variable : variables) {
        for (String probe : probes) {
          Map<String, String> objects = new java.util.HashMap<>(objectsA);
          objects.put(variable, probe);
          String body = VALID_BODIES.getOrDefault(endpoint.toString(), "{}");
          int status = call(endpoint, alice, workspaceA, objects, body);
          calls++;
          answers.merge(status, 1, Integer::sum);
          assertThat(status).as("%s with %s = %s", endpoint, variable, probe).isIn(400, 404);
          if (VALID_BODIES.containsKey(endpoint.toString()) && objectsB.containsValue(probe)) {
            // The body is valid, so the id itself was looked up and not found.
            assertThat(status).as("%s with B's %s", endpoint, variable).isEqualTo(404);
            lookedUp++;
          }
        }
      }
    }
    Map<String, String> after = states(workflowsB.values());
    System.out.printf(
        "%nForged and foreign ids%n%d endpoints naming objects, %d probes per variable, %d calls:"
            + " answers %s, 0 crossed%n%d of them B's ids with a valid body on the %d endpoints"
            + " that check the body first: all 404%nB's workflows checked untouched: %d%n",
        endpointsProbed,
        probes.size(),
        calls,
        answers,
        lookedUp,
        VALID_BODIES.size(),
        before.size());
    assertThat(after).as("B's workflows after the probes").containsAllEntriesOf(before);
  }

  /**
   * The public token links (course, booking management, invoice pay page, invitation, unsubscribe,
   * webhook) with B's valid token as the control, then altered, swapped between objects and
   * purposes, or forged: each refused, and B's workflows untouched.
   */
  @Test
  void alteredOrForeignPublicTokensOpenNothing() throws Exception {
    Map<String, String> workflowsB = workflowIds(objectsB);
    Map<String, String> before = stableStates(workflowsB.values());
    String enrollmentB = objectsB.get("enrollmentId");
    String bookingB = objectsB.get("bookingId");
    String invoiceB = objectsB.get("invoiceId");
    String learnB = enrollmentLinks.tokenFor(enrollmentB);
    String manageB = bookingLinks.tokenFor(bookingB);
    String lessonB = objectsB.get("lessonId");

    assertThat(status(HttpMethod.GET, "/api/courses/learn/" + learnB)).isEqualTo(200);
    assertThat(status(HttpMethod.GET, "/api/booking/public/manage/" + manageB)).isEqualTo(200);

    Map<String, List<String>> forgedTokens = new java.util.LinkedHashMap<>();
    forgedTokens.put(
        "learn",
        forgeries(
            learnB,
            enrollmentLinks.tokenFor(objectsA.get("enrollmentId")),
            bookingLinks.tokenFor(enrollmentB)));
    forgedTokens.put(
        "manage",
        forgeries(
            manageB,
            bookingLinks.tokenFor(objectsA.get("bookingId")),
            enrollmentLinks.tokenFor(bookingB)));
    forgedTokens.put(
        "invitation",
        forgeries(
            invitationLinks.tokenFor(objectsB.get("invitationId")),
            invitationLinks.tokenFor("000000000000000000000000"),
            bookingLinks.tokenFor(objectsB.get("invitationId"))));
    List<String[]> requests = new ArrayList<>();
    for (String t : forgedTokens.get("learn")) {
      requests.add(new String[] {"GET", "/api/courses/learn/" + t});
      requests.add(new String[] {"GET", "/api/courses/learn/" + t + "/lessons/" + lessonB});
      requests.add(
          new String[] {"POST", "/api/courses/learn/" + t + "/lessons/" + lessonB + "/complete"});
    }
    for (String t : forgedTokens.get("manage")) {
      requests.add(new String[] {"GET", "/api/booking/public/manage/" + t});
      requests.add(new String[] {"POST", "/api/booking/public/manage/" + t + "/cancel"});
      requests.add(new String[] {"POST", "/api/booking/public/manage/" + t + "/reschedule"});
    }
    for (String t : forgedTokens.get("invitation")) {
      requests.add(new String[] {"GET", "/api/multi-workspace/invitations/" + t});
      requests.add(new String[] {"POST", "/api/multi-workspace/invitations/" + t + "/decline"});
    }
    String payToken = invoiceLinks.payLink(invoiceB).replaceFirst(".*token=", "");
    String payTokenA = invoiceLinks.payLink(objectsA.get("invoiceId")).replaceFirst(".*token=", "");
    for (String t : List.of(flip(payToken), payTokenA, "", payToken.substring(1))) {
      requests.add(new String[] {"GET", "/pay/invoices/" + invoiceB + "?token=" + t});
    }
    requests.add(
        new String[] {"GET", "/pay/invoices/" + objectsA.get("invoiceId") + "?token=" + payToken});
    String unsubscribe = campaignLinks.token(objectsB.get("campaignId"), objectsB.get("contactId"));
    for (String t :
        List.of(
            flip(unsubscribe),
            objectsB.get("campaignId")
                + "."
                + objectsA.get("contactId")
                + unsubscribe.substring(unsubscribe.lastIndexOf('.')),
            objectsB.get("campaignId") + "." + objectsB.get("contactId"))) {
      requests.add(new String[] {"POST", "/api/email-marketing/unsubscribe/" + t});
    }
    Map<Integer, Integer> answers = new java.util.TreeMap<>();
    for (String[] request : requests) {
      int status = status(HttpMethod.valueOf(request[0]), request[1]);
      answers.merge(status, 1, Integer::sum);
      assertThat(status).as("%s %s", request[0], request[1]).isIn(400, 401, 403, 404);
    }
    assertThat(states(workflowsB.values())).containsAllEntriesOf(before);
    System.out.printf(
        "%nForged public tokens%n%d requests: answers %s, 0 opened; B's workflows untouched: %d%n",
        requests.size(), answers, before.size());
  }

  /** Ways to get a token wrong, from a genuine one, one of the same kind, one of another kind. */
  private static List<String> forgeries(String genuine, String sibling, String otherPurpose) {
    String id = genuine.substring(0, genuine.indexOf('.'));
    String signature = genuine.substring(genuine.indexOf('.') + 1);
    String siblingId = sibling.substring(0, sibling.indexOf('.'));
    String siblingSignature = sibling.substring(sibling.indexOf('.') + 1);
    return List.of(
        flip(genuine),
        id + "." + siblingSignature,
        siblingId + "." + signature,
        id,
        id + ".",
        "." + signature,
        otherPurpose,
        genuine.substring(0, genuine.length() - 1),
        genuine + "a",
        java.util.UUID.randomUUID() + "." + signature);
  }

  private static String flip(String token) {
    char last = token.charAt(token.length() - 1);
    return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
  }

  private int status(HttpMethod method, String path) throws Exception {
    return api.perform(method, path, null, "{\"start\": \"2030-06-10T09:00:00Z\"}")
        .andReturn()
        .getResponse()
        .getStatus();
  }

  /** Ids an attacker may try: B's objects, their workflow ids, random ids, path tricks. */
  private List<String> probes() {
    List<String> probes = new ArrayList<>();
    List<String> idsB = new ArrayList<>(new java.util.TreeSet<>(objectsB.values()));
    idsB.remove(objectsB.get("version"));
    probes.addAll(idsB);
    probes.addAll(new java.util.TreeSet<>(workflowIds(objectsB).values()));
    String order = objectsB.get("orderId");
    probes.add(java.util.UUID.randomUUID().toString());
    probes.add(new ObjectId().toHexString());
    probes.add("run-" + objectsB.get("id") + "-manual-" + java.util.UUID.randomUUID());
    probes.add("../" + order);
    probes.add(objectsA.get("orderId") + "/../" + order);
    probes.add("..%2F" + order);
    probes.add(order + "%00");
    probes.add(order + ";x=1");
    probes.add("%2e%2e");
    probes.add(order + " ");
    return probes;
  }

  /** The workflow id of each of the workspace's objects that runs one. */
  private static Map<String, String> workflowIds(Map<String, String> objects) {
    Map<String, String> ids = new java.util.LinkedHashMap<>();
    ids.put("run", objects.get("runId"));
    ids.put("order", OrderFulfillments.workflowId(objects.get("orderId")));
    ids.put("invoice", Invoices.workflowId(objects.get("invoiceId")));
    ids.put("enrollment", CourseDrips.workflowId(objects.get("enrollmentId")));
    ids.put("booking", Bookings.workflowId(objects.get("bookingId")));
    ids.put("post", SocialPosts.workflowId(objects.get("postId")));
    ids.put("import", ContactImports.workflowId(objects.get("importId")));
    ids.put("content", AiContents.workflowId(objects.get("contentId")));
    ids.put("campaign", EmailCampaigns.workflowId(objects.get("campaignId")));
    ids.put("invitation", WorkspaceInvitations.workflowId(objects.get("invitationId")));
    return ids;
  }

  /**
   * Status and history length of each workflow that exists, once two looks a second apart agree.
   */
  private Map<String, String> stableStates(java.util.Collection<String> workflowIds)
      throws InterruptedException {
    Map<String, String> last = states(workflowIds);
    for (int i = 0; i < 30; i++) {
      Thread.sleep(1000);
      Map<String, String> now = states(workflowIds);
      if (now.equals(last)) {
        return now;
      }
      last = now;
    }
    throw new AssertionError("B's workflows kept changing: " + last);
  }

  private Map<String, String> states(java.util.Collection<String> workflowIds) {
    Map<String, String> states = new java.util.TreeMap<>();
    for (String id : workflowIds) {
      try {
        var description = temporal.newUntypedWorkflowStub(id).describe();
        states.put(
            id, description.getStatus() + " / " + description.getHistoryLength() + " events");
      } catch (io.temporal.client.WorkflowNotFoundException none) {
        // Not every object runs a workflow (a draft campaign, AI content written directly).
      }
    }
    return states;
  }

  private int call(Endpoint endpoint, Account as, String workspace, Map<String, String> objects)
      throws Exception {
    return call(endpoint, as, workspace, objects, "{}");
  }

  private int call(
      Endpoint endpoint, Account as, String workspace, Map<String, String> objects, String body)
      throws Exception {
    String path = endpoint.path(workspace, objects);
    return (endpoint.headerScoped()
            ? api.inWorkspace(workspace, endpoint.method(), path, as, body)
            : api.perform(endpoint.method(), path, as, body))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  /** A published automation with a run waiting for approval, and their ids. */
  private Map<String, String> automationWithRun(Account owner, String workspace) throws Exception {
    String graph =
        """
        {"name": "Approve", "graph": {"nodes": [
          {"id": "t1", "type": "trigger.manual"},
          {"id": "ask", "type": "approval.request", "params": {"message": "ok?"}}],
          "edges": [{"from": "t1", "to": "ask"}]}}
        """;
    String automation =
        JsonPath.read(
            api.inWorkspace(workspace, HttpMethod.POST, "/api/automations", owner, graph)
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.data.id");
    api.inWorkspace(
        workspace, HttpMethod.POST, "/api/automations/" + automation + "/versions", owner, "{}");
    String run =
        JsonPath.read(
            api.inWorkspace(
                    workspace,
                    HttpMethod.POST,
                    "/api/automations/" + automation + "/runs",
                    owner,
                    "{}")
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.data.runId");
    Map<String, String> ids = new java.util.HashMap<>();
    ids.put("id", automation);
    ids.put("runId", run);
    ids.put("version", "1");
    return ids;
  }

  /** A product of the store and an order of it waiting for payment, and their ids. */
  private Map<String, String> productWithOrder(Account owner, String workspace) throws Exception {
    String product =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/ecommerce/products",
                owner,
                """
                {"name": "Mug", "priceMinor": 1200, "currency": "EUR", "sku": "MUG",
                 "stock": 5, "digital": false}
                """),
            "$.data.id");
    String order =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/ecommerce/orders",
                owner,
                """
                {"customerEmail": "buyer@example.test", "customerName": "Buyer",
                 "lines": [{"productId": "%s", "quantity": 1}], "paymentMethod": "MANUAL"}
                """
                    .formatted(product)),
            "$.data.id");
    return Map.of("productId", product, "orderId", order);
  }

  /** A contact, a segment, an import of contacts and a draft campaign, and their ids. */
  private Map<String, String> crmObjects(Account owner, String workspace) throws Exception {
    String contact =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/crm/contacts",
                owner,
                "{\"email\": \"someone@example.test\"}"),
            "$.data.id");
    String segment =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/crm/segments",
                owner,
                "{\"name\": \"Everyone\", \"filter\": {}}"),
            "$.data.id");
    String contactImport =
        ApiClient.read(
            mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/crm/imports")
                    .header("Authorization", "Bearer " + owner.accessToken())
                    .header("X-Workspace-Id", workspace)
                    .contentType("text/csv")
                    .content("email\nimported@example.test\n")),
            "$.data.id");
    String campaign =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/email-marketing/campaigns",
                owner,
                """
                {"name": "News", "subject": "Hello", "text": "Hi {{first_name|there}}",
                 "fromName": "Shop", "fromEmail": "news@shop.example"}
                """),
            "$.data.id");
    return Map.of(
        "contactId",
        contact,
        "segmentId",
        segment,
        "importId",
        contactImport,
        "campaignId",
        campaign);
  }

  /** An invoice sent to a customer, its dunning running, and its id. */
  private String sentInvoice(Account owner, String workspace) throws Exception {
    String invoice =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/financial/invoices",
                owner,
                """
                {"customerEmail": "payer@example.test", "customerName": "Payer",
                 "lines": [{"description": "Work", "quantity": 1, "unitPriceMinor": 1000}],
                 "currency": "EUR", "dueDate": "%s"}
                """
                    .formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30))),
            "$.data.id");
    api.inWorkspace(
        workspace, HttpMethod.POST, "/api/financial/invoices/" + invoice + "/send", owner, null);
    return invoice;
  }

  /** A published course of one module and lesson, a student enrolled in it, and their ids. */
  private Map<String, String> courseWithEnrollment(Account owner, String workspace)
      throws Exception {
    String course =
        ApiClient.read(
            api.inWorkspace(
                workspace, HttpMethod.POST, "/api/courses", owner, "{\"title\": \"Course\"}"),
            "$.data.id");
    String created =
        api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/courses/" + course + "/modules",
                owner,
                """
                {"title": "Intro", "releaseRule": {"type": "IMMEDIATE"},
                 "lessons": [{"title": "Hello", "kind": "CONTENT", "body": "Hi"}]}
                """)
            .andReturn()
            .getResponse()
            .getContentAsString();
    api.inWorkspace(workspace, HttpMethod.POST, "/api/courses/" + course + "/publish", owner, null);
    String enrollment =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/courses/" + course + "/enrollments",
                owner,
                """
                {"studentEmail": "student@example.test", "studentName": "S", "timeZone": "UTC"}
                """),
            "$.data.id");
    return Map.of(
        "courseId",
        course,
        "moduleId",
        JsonPath.read(created, "$.data.modules[0].id"),
        "lessonId",
        JsonPath.read(created, "$.data.modules[0].lessons[0].id"),
        "enrollmentId",
        enrollment);
  }

  /** A bookable service open every day and a booking of it in 2030, and their ids. */
  private Map<String, String> serviceWithBooking(Account owner, String workspace) throws Exception {
    String service =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/booking/services",
                owner,
                """
                {"name": "Call", "durationMinutes": 30, "priceMinor": 0, "currency": "EUR",
                 "availability": {"timeZone": "UTC", "weekly": [
                   {"day": "MONDAY", "start": "09:00", "end": "17:00"}]}}
                """),
            "$.data.id");
    String booking =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/booking/services/" + service + "/bookings",
                owner,
                """
                {"start": "2030-06-03T09:00:00Z", "customerName": "C",
                 "customerEmail": "customer@example.test", "customerTimeZone": "UTC"}
                """),
            "$.data.id");
    return Map.of("serviceId", service, "bookingId", booking);
  }

  /** A connected X account and a post scheduled on it for tomorrow, and their ids. */
  private Map<String, String> socialAccountWithPost(Account owner, String workspace)
      throws Exception {
    String account =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/social/accounts",
                owner,
                """
                {"platform": "X", "displayName": "X", "handle": "shop",
                 "accessToken": "x-token-for-isolation"}
                """),
            "$.data.id");
    String post =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/social/posts",
                owner,
                """
                {"text": "Hello", "accountIds": ["%s"], "scheduledAt": "%s"}
                """
                    .formatted(account, java.time.Instant.now().plusSeconds(86_400))),
            "$.data.id");
    return Map.of("accountId", account, "postId", post);
  }

  /** A published link-in-bio page and its id. */
  private String bioPage(Account owner, String workspace) throws Exception {
    String page =
        ApiClient.read(
            api.inWorkspace(
                workspace,
                HttpMethod.POST,
                "/api/link-in-bio/pages",
                owner,
                "{\"slug\": \"%s\", \"title\": \"Links\"}"
                    .formatted("t-" + java.util.UUID.randomUUID().toString().substring(0, 8))),
            "$.data.id");
    api.inWorkspace(
        workspace, HttpMethod.POST, "/api/link-in-bio/pages/" + page + "/publish", owner, null);
    return page;
  }

  private List<Endpoint> workspaceScopedEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      boolean headerScoped = handler.getBeanType().isAnnotationPresent(WorkspaceScoped.class);
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      for (String pattern : entry.getKey().getPatternValues()) {
        boolean pathScoped = pattern.contains("{" + WorkspaceAccessInterceptor.WORKSPACE_ID + "}");
        if (!pathScoped && !headerScoped) {
          continue;
        }
        if (methods.isEmpty()) {
          endpoints.add(new Endpoint(HttpMethod.GET, pattern, handler, headerScoped));
        }
        methods.forEach(
            m ->
                endpoints.add(
                    new Endpoint(HttpMethod.valueOf(m.name()), pattern, handler, headerScoped)));
      }
    }
    return endpoints;
  }

  record Endpoint(HttpMethod method, String pattern, HandlerMethod handler, boolean headerScoped) {
    String path(String workspaceId, Map<String, String> objects) {
      Matcher m = VARIABLE.matcher(pattern);
      StringBuilder path = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String value =
            name.equals(WorkspaceAccessInterceptor.WORKSPACE_ID)
                ? workspaceId
                : objects.getOrDefault(name, "000000000000000000000000");
        m.appendReplacement(path, value);
      }
      m.appendTail(path);
      return path.toString();
    }

    List<String> objectVariables() {
      List<String> found = new ArrayList<>();
      Matcher m = VARIABLE.matcher(pattern);
      while (m.find()) {
        if (OBJECT_VARIABLES.contains(m.group(1))) {
          found.add(m.group(1));
        }
      }
      return found;
    }

    boolean hasObjectVariable() {
      Matcher m = VARIABLE.matcher(pattern);
      while (m.find()) {
        if (OBJECT_VARIABLES.contains(m.group(1))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }
}
