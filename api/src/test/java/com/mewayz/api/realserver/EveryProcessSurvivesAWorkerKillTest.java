package com.mewayz.api.realserver;

import static com.mewayz.api.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.realserver.LocalReceiver.Answer;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.MutableClock;
import com.mewayz.api.support.RealServerTest;
import com.mewayz.api.support.WorkerProcess;
import com.mewayz.domain.crm.Contact;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.AiContents;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.billing.InvoiceStatus;
import com.mewayz.workflows.billing.Invoices;
import com.mewayz.workflows.bookings.BookingStatus;
import com.mewayz.workflows.bookings.Bookings;
import com.mewayz.workflows.courses.CourseDrips;
import com.mewayz.workflows.courses.EnrollmentStatus;
import com.mewayz.workflows.crm.ContactImports;
import com.mewayz.workflows.crm.ImportProgress;
import com.mewayz.workflows.social.SocialPostStatus;
import com.mewayz.workflows.social.SocialPosts;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The fault test of every process type but orders and campaigns (they have their own): hundreds of
 * runs in flight at once (webhook automations with an HTTP call and a mail, some waiting; invoices
 * in dunning; course drips; booking reminders; social posts to X and LinkedIn; AI content approved
 * into campaign drafts; contact imports), and the worker, in its own process, killed with SIGKILL
 * twice: first while every kind is mid-way and posts are being created at the networks with their
 * answers held back, then right after the merchant paid and voided invoices, cancelled bookings and
 * students completed their lessons. Every run must end as it should and every side effect must be
 * counted once at its receiver: the SMTP sink (by Message-ID), the automation's HTTP endpoint (by
 * business value), the local X and LinkedIn (by content), the local model server and the records
 * the approved content went into.
 */
@RealServerTest
class EveryProcessSurvivesAWorkerKillTest {
  private static final int AUTOMATION_RUNS = 120;
  private static final int WAITING_EVERY = 3;
  private static final int INVOICES = 40;
  private static final int STUDENTS = 30;
  private static final int BOOKINGS = 20;
  private static final int POSTS = 40;
  private static final int AI_CONTENTS = 20;
  private static final int IMPORTS = 10;
  private static final int ROWS_PER_IMPORT = 200;
  private static final int INVOICE_TOTAL = 10_000;
  // The run's number in the body the automation posts: {"n": "7"}.
  private static final Pattern RUN_NUMBER = Pattern.compile("\"n\"\\s*:\\s*\"?(\\d+)");

  private static final SocialNetworks NETWORKS = new SocialNetworks();
  private static final LocalReceiver SHOP_API =
      new LocalReceiver(r -> Answer.json(200, "{\"ok\": true}"));
  private static final LocalReceiver MODEL = new LocalReceiver(r -> Answer.json(200, completion()));

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("mewayz.workers.enabled", () -> "false");
  }

  @AfterAll
  static void stopReceivers() {
    NETWORKS.close();
    SHOP_API.close();
    MODEL.close();
  }

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired WorkflowClient temporal;
  @Autowired ApplicationContext context;
  @Autowired MutableClock clock;

  private ApiClient api;
  private Instant began;
  private final List<String> timeline = new ArrayList<>();
  private ApiClient.Account owner;
  private String workspace;

  @Test
  void everyRunEndsRightAndEverySideEffectHappensOnce() throws Exception {
    began = Instant.now();
    api = new ApiClient(mvc, mails);
    owner = api.register("killall");
    workspace = api.createWorkspace(owner, "Everything Co");
    String xAccount = xAccount();
    String linkedInAccount = linkedInAccount();
    configureModel();
    String instantHook = webhookOf(publishAutomation(false));
    String waitingHook = webhookOf(publishAutomation(true));

    try (WorkerProcess worker =
        WorkerProcess.sharingWith(
            context,
            "every-process-kill",
            Map.of(
                "MEWAYZ_HTTP_ALLOWED_HOSTS", "127.0.0.1",
                "MEWAYZ_SOCIAL_X_API_BASE", NETWORKS.x.url(),
                "MEWAYZ_SOCIAL_LINKEDIN_API_BASE", NETWORKS.linkedIn.url()))) {
      worker.start();
      mark("worker up");

      // 1. Hundreds of runs of every kind, all in flight at once.
      List<String> contents = each(AI_CONTENTS, this::aiContent);
      NETWORKS.x.holdAnswersAfter(POSTS / 3);
      NETWORKS.linkedIn.holdAnswersAfter(POSTS / 3);
      mark("AI contents");
      List<String> invoices = sendOverdueInvoices();
      mark("invoices");
      Course course = enrolStudents();
      mark("enrolments");
      List<String> bookings = bookWithReminderSoon();
      mark("bookings");
      List<String> posts =
          each(
              POSTS,
              i -> schedulePost("Autumn sale, day " + i + " #mewayz", xAccount, linkedInAccount));
      mark("posts");
      List<String> imports = each(IMPORTS, this::importContacts);
      mark("imports");
      List<String> runs =
          each(
              AUTOMATION_RUNS,
              i -> triggerRun(i % WAITING_EVERY == 0 ? waitingHook : instantHook, i));
      mark("every run started");

      // 2. Killed once a good share of the side effects happened and posts are mid-flight. The
      // AI drafts are written by then: a generation cut off by a kill is handed out again only
      // after its five-minute limit, which would dominate the test's time.
      await(
          "a share of the side effects, with posts held at both networks",
          Duration.ofSeconds(90),
          () ->
              mails.mails().size() >= 150
                  && SHOP_API.requests().size() >= AUTOMATION_RUNS / 3
                  && NETWORKS.x.held() > 0
                  && NETWORKS.linkedIn.held() > 0
                  && contents.stream().allMatch(c -> aiStatus(c).equals("AWAITING_APPROVAL")));
      worker.kill();
      mark("first kill");
      int mailsAtFirstKill = mails.mails().size();
      int callsAtFirstKill = SHOP_API.requests().size();
      int postsHeldAtFirstKill = NETWORKS.x.held() + NETWORKS.linkedIn.held();
      long waitingAtFirstKill = waitingRunsBetweenCallAndMail();
      NETWORKS.x.release();
      NETWORKS.linkedIn.release();
      worker.start();
      mark("restarted");

      // 3. The people's part: once the reminders are out, the merchant is paid for half of the
      // invoices and voids the others, the bookings are cancelled, the students complete the
      // course; the worker is killed again at once, while that work is in flight.
      await(
          "the invoice and both reminders of every invoice",
          Duration.ofSeconds(120),
          () -> invoices.stream().allMatch(id -> mailsTo(invoiceCustomer(id)).size() >= 3));
      await(
          "the reminder of every booking",
          Duration.ofSeconds(150),
          () ->
              bookings.stream()
                  .allMatch(id -> !mailsTo(bookingCustomer(id), "Reminder").isEmpty()));
      await(
          "the drip module to reach every student",
          Duration.ofSeconds(150),
          () ->
              course.students().stream()
                  .allMatch(s -> announcements(s).getOrDefault(Course.DRIP, 0) > 0));
      mark("reminders, drip releases out");
      each(INVOICES, i -> payOrVoid(invoices.get(i), i));
      each(
          BOOKINGS,
          i ->
              call(HttpMethod.POST, "/api/booking/bookings/" + bookings.get(i) + "/cancel", null)
                  .andExpect(status().is2xxSuccessful()));
      each(STUDENTS, i -> completeCourse(course, course.students().get(i)));
      worker.kill();
      mark("second kill");
      int mailsAtSecondKill = mails.mails().size();
      worker.start();
      mark("restarted again");
      each(
          AI_CONTENTS,
          i ->
              call(HttpMethod.POST, "/api/ai/content/" + contents.get(i) + "/approve", "{}")
                  .andExpect(status().is2xxSuccessful()));

      // 4. Every run's end, then every side effect counted where it arrived.
      KillTally tally = new KillTally();
      mark("counting");
      int runsRight = ended(runs, id -> id, RunResult.class, r -> r.status().equals("COMPLETED"));
      tallyAutomations(tally, runsRight);
      int invoicesRight = 0;
      for (int i = 0; i < INVOICES; i++) {
        InvoiceStatus expected = i % 2 == 0 ? InvoiceStatus.PAID : InvoiceStatus.VOID;
        invoicesRight +=
            ended(
                List.of(invoices.get(i)),
                Invoices::workflowId,
                InvoiceStatus.class,
                expected::equals);
      }
      tallyMails(
          tally,
          "invoices",
          invoicesRight,
          "mails: invoice, 2 reminders, receipt or void",
          invoices.stream().map(this::invoiceCustomer).toList(),
          4);
      int bookingsRight =
          ended(
              bookings, Bookings::workflowId, BookingStatus.class, BookingStatus.CANCELLED::equals);
      tallyMails(
          tally,
          "bookings",
          bookingsRight,
          "mails: confirmation (ICS), reminder, cancel",
          bookings.stream().map(this::bookingCustomer).toList(),
          3);
      int studentsRight =
          ended(
              course.enrollments(),
              CourseDrips::workflowId,
              EnrollmentStatus.class,
              EnrollmentStatus.COMPLETED::equals);
      tallyCourse(tally, course, studentsRight);
      int postsRight =
          ended(
              posts,
              SocialPosts::workflowId,
              SocialPostStatus.class,
              SocialPostStatus.PUBLISHED::equals);
      tallyPosts(tally, postsRight);
      int contentsRight =
          ended(
              contents,
              AiContents::workflowId,
              AiContentStatus.class,
              AiContentStatus.PUBLISHED::equals);
      tallyAi(tally, contents, contentsRight);
      int importsRight =
          ended(
              imports,
              ContactImports::workflowId,
              ImportProgress.class,
              p -> p.status().equals("COMPLETED"));
      tallyImports(tally, importsRight);

      long seconds = Duration.between(began, Instant.now()).toSeconds();
      System.out.println(
          """

          Every process survives a killed worker (kill -9 twice)
          mails at the first kill: %d, automation HTTP calls then: %d, automation runs in their \
          wait then: %d, posts created but not answered: %d; mails at the second kill: %d; posts refused as duplicates after the \
          restart (read as published): %d; time: %d s
          %s
          %s"""
              .formatted(
                  mailsAtFirstKill,
                  callsAtFirstKill,
                  waitingAtFirstKill,
                  postsHeldAtFirstKill,
                  mailsAtSecondKill,
                  NETWORKS.refusedAsDuplicates(),
                  seconds,
                  String.join(" | ", timeline),
                  tally.table()));
      assertThat(postsHeldAtFirstKill).as("posts in flight at the first kill").isPositive();
      for (KillTally.Row row : tally.rows()) {
        if (row.runs() >= 0) {
          assertThat(row.endedRight()).as("%s ended right", row.process()).isEqualTo(row.runs());
        }
        assertThat(row.counted())
            .as("%s: %s", row.process(), row.effect())
            .isEqualTo(row.expected());
        assertThat(row.doubled()).as("%s: %s doubled", row.process(), row.effect()).isZero();
      }
    }
  }

  // --- automations: webhook → HTTP call → (wait) → mail --------------------------------------

  private String publishAutomation(boolean waits) throws Exception {
    String pause =
        waits
            ? "{\"id\": \"pause\", \"type\": \"wait.delay\", \"params\": {\"duration\": \"PT15S\"}},"
            : "";
    String edges =
        waits
            ? "{\"from\": \"call\", \"to\": \"pause\"}, {\"from\": \"pause\", \"to\": \"mail\"}"
            : "{\"from\": \"call\", \"to\": \"mail\"}";
    String graph =
        """
        {"name": "Order hook %s", "graph": {"nodes": [
          {"id": "t1", "type": "trigger.webhook", "params": {"respond": false}},
          {"id": "call", "type": "http.request", "params": {"method": "POST", "url": "%s/orders",
            "body": {"n": "{{ trigger.n }}"}}},
          %s
          {"id": "mail", "type": "email.send", "params": {"to": "{{ trigger.email }}",
            "subject": "Run {{ trigger.n }}", "text": "Your order is on its way."}},
          {"id": "end", "type": "flow.end", "params": {}}],
          "edges": [{"from": "t1", "to": "call"}, %s, {"from": "mail", "to": "end"}]}}
        """
            .formatted(waits, SHOP_API.url(), pause, edges);
    String id = ApiClient.read(call(HttpMethod.POST, "/api/automations", graph), "$.data.id");
    call(HttpMethod.POST, "/api/automations/" + id + "/versions", "{}")
        .andExpect(status().is2xxSuccessful());
    return id;
  }

  private String webhookOf(String automationId) throws Exception {
    String url =
        ApiClient.read(
            call(HttpMethod.GET, "/api/automations/" + automationId + "/webhook", null),
            "$.data.url");
    return url.substring(url.indexOf("/api/hooks/"));
  }

  private String triggerRun(String hook, int n) throws Exception {
    return ApiClient.read(
        api.perform(
            HttpMethod.POST,
            hook,
            null,
            "{\"n\": \"%d\", \"email\": \"%s\"}".formatted(n, runCustomer(n)),
            Map.of("X-Delivery-Id", "delivery-" + n)),
        "$.data.runId");
  }

  /** Runs with a wait that made their HTTP call and have not mailed yet: waiting, or about to. */
  private long waitingRunsBetweenCallAndMail() {
    Set<String> called = new HashSet<>();
    for (LocalReceiver.Request request : SHOP_API.requests()) {
      Matcher n = RUN_NUMBER.matcher(request.body());
      if (n.find()) {
        called.add(n.group(1));
      }
    }
    long waiting = 0;
    for (int i = 0; i < AUTOMATION_RUNS; i += WAITING_EVERY) {
      if (called.contains(String.valueOf(i)) && mailsTo(runCustomer(i)).isEmpty()) {
        waiting++;
      }
    }
    return waiting;
  }

  private static String runCustomer(int n) {
    return "run-" + n + "@automations.test";
  }

  private void tallyAutomations(KillTally tally, int runsRight) {
    // The endpoint counts business values: a value under two Idempotency-Keys would be a real
    // double; one key arriving twice is a retry any idempotent endpoint absorbs.
    Map<String, Set<String>> keysByValue = new HashMap<>();
    for (LocalReceiver.Request request : SHOP_API.requests()) {
      Matcher n = RUN_NUMBER.matcher(request.body());
      String value = n.find() ? n.group(1) : request.body();
      keysByValue
          .computeIfAbsent(value, v -> new HashSet<>())
          .add(request.header("Idempotency-Key"));
    }
    int doubled = (int) keysByValue.values().stream().filter(keys -> keys.size() > 1).count();
    tally.add(
        "automations",
        AUTOMATION_RUNS,
        runsRight,
        "HTTP calls (local endpoint, by value)",
        AUTOMATION_RUNS,
        keysByValue.size(),
        doubled,
        SHOP_API.requests().size());
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < AUTOMATION_RUNS; i++) {
      customers.add(runCustomer(i));
    }
    tallyMails(tally, "automations", -1, "mails: one per run", customers, 1);
  }

  // --- invoices: overdue at once, two reminders, then paid or voided ---------------------------

  /**
   * Invoices due three days ago, sent then (the API's clock set back), with reminders on days 1 and
   * 2: the dunning's timers are all past, so the reminders go out as soon as the worker runs.
   */
  private List<String> sendOverdueInvoices() throws Exception {
    clock.advance(Duration.ofDays(-3));
    try {
      LocalDate due = LocalDate.now(clock);
      return each(INVOICES, i -> sendOverdueInvoice(i, due));
    } finally {
      clock.advance(Duration.ofDays(3));
    }
  }

  private String sendOverdueInvoice(int i, LocalDate due) throws Exception {
    String id =
        ApiClient.read(
            call(
                HttpMethod.POST,
                "/api/financial/invoices",
                """
                    {"customerEmail": "invoice-%d@invoices.test", "customerName": "Cleo %d",
                     "lines": [{"description": "Design work", "quantity": 1, "unitPriceMinor": %d}],
                     "currency": "EUR", "dueDate": "%s",
                     "dunning": {"days": [1, 2], "finalActionDay": 30, "finalActions": []}}
                    """
                    .formatted(i, i, INVOICE_TOTAL, due)),
            "$.data.id");
    call(HttpMethod.POST, "/api/financial/invoices/" + id + "/send", null)
        .andExpect(status().is2xxSuccessful());
    return id;
  }

  private ResultActions payOrVoid(String invoiceId, int i) throws Exception {
    String path = "/api/financial/invoices/" + invoiceId;
    return i % 2 == 0
        ? call(
                HttpMethod.POST,
                path + "/payments",
                "{\"amountMinor\": %d, \"reference\": \"bank-%d\"}".formatted(INVOICE_TOTAL, i))
            .andExpect(status().is2xxSuccessful())
        : call(HttpMethod.POST, path + "/void", null).andExpect(status().is2xxSuccessful());
  }

  private final Map<String, String> customerOfInvoice = new ConcurrentHashMap<>();

  private String invoiceCustomer(String invoiceId) {
    return customerOfInvoice.computeIfAbsent(
        invoiceId,
        id -> {
          try {
            return ApiClient.read(
                call(HttpMethod.GET, "/api/financial/invoices/" + id, null),
                "$.data.customerEmail");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  // --- courses: a module at once, one a minute or two later, then completed -------------------

  /** The course, its lessons, and the enrolled students. */
  record Course(List<String> lessons, List<String> enrollments, List<String> students) {
    static final String FIRST = "Basics";
    static final String DRIP = "Going further";
  }

  private Course enrolStudents() throws Exception {
    String course =
        ApiClient.read(
            call(
                HttpMethod.POST,
                "/api/courses",
                "{\"title\": \"Pottery\", \"description\": \"Learn it well\"}"),
            "$.data.id");
    LocalTime dripAt =
        LocalTime.now(ZoneOffset.UTC)
            .plusSeconds(60)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusMinutes(1);
    module(course, Course.FIRST, "{\"type\": \"IMMEDIATE\"}");
    module(
        course,
        Course.DRIP,
        "{\"type\": \"DAYS_AFTER_ENROLLMENT\", \"days\": 0, \"time\": \"%s\"}"
            .formatted(dripAt.toString().substring(0, 5)));
    call(HttpMethod.POST, "/api/courses/" + course + "/publish", null)
        .andExpect(status().is2xxSuccessful());
    String answer = body(call(HttpMethod.GET, "/api/courses/" + course, null));
    List<String> lessons = JsonPath.read(answer, "$.data.modules[*].lessons[0].id");
    List<String> students = new ArrayList<>();
    for (int i = 0; i < STUDENTS; i++) {
      students.add("student-" + i + "@courses.test");
    }
    List<String> enrollments =
        each(
            STUDENTS,
            i ->
                ApiClient.read(
                    call(
                        HttpMethod.POST,
                        "/api/courses/" + course + "/enrollments",
                        """
                  {"studentEmail": "%s", "studentName": "Sam %d", "timeZone": "UTC"}
                  """
                            .formatted(students.get(i), i)),
                    "$.data.id"));
    return new Course(lessons, enrollments, students);
  }

  private void module(String course, String title, String rule) throws Exception {
    call(
            HttpMethod.POST,
            "/api/courses/" + course + "/modules",
            """
            {"title": "%s", "releaseRule": %s,
             "lessons": [{"title": "%s lesson", "kind": "CONTENT", "body": "# %s"}]}
            """
                .formatted(title, rule, title, title))
        .andExpect(status().is2xxSuccessful());
  }

  /** The student completes every lesson, through the link of their welcome mail. */
  private String completeCourse(Course course, String student) throws Exception {
    String token = learnToken(student);
    for (String lesson : course.lessons()) {
      api.perform(
              HttpMethod.POST,
              "/api/courses/learn/" + token + "/lessons/" + lesson + "/complete",
              null,
              null)
          .andExpect(status().is2xxSuccessful());
    }
    return student;
  }

  private String learnToken(String student) {
    for (ReceivedMail mail : mailsTo(student)) {
      Matcher matcher = Pattern.compile("/learn/([A-Za-z0-9._-]+)").matcher(mail.text());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("No course link reached " + student);
  }

  /** How many distinct mails announced each module to the student. */
  private Map<String, Integer> announcements(String student) {
    Map<String, Integer> counts = new HashMap<>();
    for (ReceivedMail mail : distinct(mailsTo(student))) {
      if (mail.subject().contains(" ready")) {
        for (String module : List.of(Course.FIRST, Course.DRIP)) {
          if (mail.text().contains("- " + module)) {
            counts.merge(module, 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  private void tallyCourse(KillTally tally, Course course, int studentsRight) {
    int expected = STUDENTS * 4;
    int counted = 0;
    int doubled = 0;
    int raw = 0;
    for (String student : course.students()) {
      List<ReceivedMail> got = mailsTo(student);
      raw += got.size();
      List<ReceivedMail> unique = distinct(got);
      long welcome = unique.stream().filter(m -> m.subject().startsWith("Welcome")).count();
      long completed = unique.stream().filter(m -> m.subject().startsWith("You completed")).count();
      Map<String, Integer> modules = announcements(student);
      for (long n :
          List.of(
              welcome,
              completed,
              (long) modules.getOrDefault(Course.FIRST, 0),
              (long) modules.getOrDefault(Course.DRIP, 0))) {
        counted += n > 0 ? 1 : 0;
        doubled += n > 1 ? 1 : 0;
      }
    }
    tally.add(
        "course drips",
        STUDENTS,
        studentsRight,
        "welcome, each module announced, completion",
        expected,
        counted,
        doubled,
        raw);
  }

  // --- bookings: confirmation, a reminder due within a minute or so, cancellation --------------

  /**
   * One booking per room at the next start far enough ahead for a reminder offset of at least the
   * minimum 5 minutes, with the offset chosen so the reminder is due 20 to 80 seconds from now.
   */
  private List<String> bookWithReminderSoon() throws Exception {
    Instant now = Instant.now();
    long fiveMinutes = Duration.ofMinutes(5).toSeconds();
    long earliest = now.plusSeconds(5 * 60 + 20).getEpochSecond();
    Instant slot = Instant.ofEpochSecond((earliest + fiveMinutes - 1) / fiveMinutes * fiveMinutes);
    // The rooms close at 23:55 (UTC): a slot starting then moves to the next day's first.
    Instant start =
        slot.atZone(ZoneOffset.UTC).toLocalTime().isAfter(LocalTime.of(23, 50))
            ? slot.plus(Duration.ofMinutes(5))
            : slot;
    long offsetMinutes = (start.getEpochSecond() - now.getEpochSecond() - 20) / 60;
    return each(BOOKINGS, i -> book(i, start, offsetMinutes));
  }

  private String book(int i, Instant start, long offsetMinutes) throws Exception {
    String service =
        ApiClient.read(
            call(
                HttpMethod.POST,
                "/api/booking/services",
                """
                  {"name": "Studio %d", "durationMinutes": 5, "slotStepMinutes": 5,
                   "priceMinor": 5000, "currency": "EUR", "published": true, "resource": "studio-%d",
                   "reminderOffsetsMinutes": [%d], "followUpAfterMinutes": 60,
                   "availability": {"timeZone": "UTC", "exceptions": [], "weekly": [%s]}}
                  """
                    .formatted(i, i, offsetMinutes, allDay())),
            "$.data.id");
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/booking/services/" + service + "/bookings",
            """
                  {"start": "%s", "customerName": "Ana %d", "customerEmail": "booking-%d@bookings.test",
                   "customerTimeZone": "UTC"}
                  """
                .formatted(start, i, i)),
        "$.data.id");
  }

  private static String allDay() {
    List<String> days = new ArrayList<>();
    for (String day :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      days.add("{\"day\": \"%s\", \"start\": \"00:00\", \"end\": \"23:55\"}".formatted(day));
    }
    return String.join(", ", days);
  }

  private final Map<String, String> customerOfBooking = new ConcurrentHashMap<>();

  private String bookingCustomer(String bookingId) {
    return customerOfBooking.computeIfAbsent(
        bookingId,
        id -> {
          try {
            return ApiClient.read(
                call(HttpMethod.GET, "/api/booking/bookings/" + id, null), "$.data.customerEmail");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  // --- social posts: both networks, some answers held back across the kill --------------------

  private String xAccount() throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/social/accounts",
            """
            {"platform": "X", "displayName": "Mewayz on X", "handle": "@mewayz",
             "accessToken": "x-kill-token"}
            """),
        "$.data.id");
  }

  private String linkedInAccount() throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/social/accounts",
            """
            {"platform": "LINKEDIN", "displayName": "Ada on LinkedIn",
             "authorUrn": "urn:li:person:8675309", "accessToken": "linkedin-kill-token"}
            """),
        "$.data.id");
  }

  private String schedulePost(String text, String... accounts) throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/social/posts",
            "{\"text\": \"%s\", \"accountIds\": [\"%s\"]}"
                .formatted(text, String.join("\", \"", accounts))),
        "$.data.id");
  }

  private void tallyPosts(KillTally tally, int postsRight) {
    Map<String, Integer> created = NETWORKS.createdByContent();
    int requests = NETWORKS.x.requests().size() + NETWORKS.linkedIn.requests().size();
    tally.add(
        "social posts",
        POSTS,
        postsRight,
        "posts created at local X + LinkedIn",
        POSTS * 2,
        created.size(),
        (int) created.values().stream().filter(n -> n > 1).count(),
        requests);
  }

  // --- AI content: drafted by the local model, approved, published into campaign drafts ---------

  private void configureModel() throws Exception {
    call(
            HttpMethod.PUT,
            "/api/ai/settings",
            """
            {"provider": "OPENAI_COMPATIBLE", "model": "llama3.1", "baseUrl": "%s/v1"}
            """
                .formatted(MODEL.url()))
        .andExpect(status().is2xxSuccessful());
  }

  private static String completion() {
    return """
        {"id": "chatcmpl-kill", "object": "chat.completion", "created": 1, "model": "llama3.1",
         "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant",
           "content": "{\\"subject\\": \\"Autumn news\\", \\"body\\": \\"Our autumn range is here.\\"}"}}],
         "usage": {"prompt_tokens": 100, "completion_tokens": 25, "total_tokens": 125}}
        """;
  }

  private String aiContent(int i) throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/ai/content",
            """
            {"kind": "EMAIL", "brief": "Autumn newsletter %d", "requireApproval": true,
             "target": {"type": "CAMPAIGN_DRAFT"}}
            """
                .formatted(i)),
        "$.data.id");
  }

  private String aiStatus(String contentId) {
    try {
      return ApiClient.read(
          call(HttpMethod.GET, "/api/ai/content/" + contentId, null), "$.data.status");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void tallyAi(KillTally tally, List<String> contents, int contentsRight) {
    long drafts = mongo.count(Query.query(Criteria.where("_id").in(contents)), "campaigns");
    tally.add(
        "AI content",
        AI_CONTENTS,
        contentsRight,
        "campaign drafts published into",
        AI_CONTENTS,
        (int) drafts,
        0,
        (int) drafts);
    tally.add(
        "AI content",
        -1,
        0,
        "drafts asked of the local model",
        AI_CONTENTS,
        Math.min(MODEL.requests().size(), AI_CONTENTS),
        0,
        MODEL.requests().size());
  }

  // --- contact imports ---------------------------------------------------------------------------

  private String importContacts(int file) throws Exception {
    StringBuilder csv = new StringBuilder("email,first_name\n");
    for (int row = 0; row < ROWS_PER_IMPORT; row++) {
      csv.append("c").append(file).append('-').append(row).append("@imports.test,C\n");
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

  private void tallyImports(KillTally tally, int importsRight) {
    // mongo-java-server answers no regular expressions: the workspace's contacts, filtered here.
    List<Contact> contacts =
        mongo.find(Query.query(Criteria.where("workspaceId").is(workspace)), Contact.class).stream()
            .filter(c -> c.email().endsWith("@imports.test"))
            .toList();
    long distinct = contacts.stream().map(Contact::email).distinct().count();
    tally.add(
        "contact imports",
        IMPORTS,
        importsRight,
        "contacts created (MongoDB, by email)",
        IMPORTS * ROWS_PER_IMPORT,
        (int) distinct,
        (int) (contacts.size() - distinct),
        contacts.size());
  }

  // --- mails, counted at the SMTP sink -----------------------------------------------------------

  private List<ReceivedMail> mailsTo(String recipient) {
    return mails.mails().stream().filter(m -> m.to().contains(recipient)).toList();
  }

  private List<ReceivedMail> mailsTo(String recipient, String subjectContains) {
    return mailsTo(recipient).stream().filter(m -> m.subject().contains(subjectContains)).toList();
  }

  /** One mail per Message-ID: a resend after a crash carries the first one's. */
  private static List<ReceivedMail> distinct(List<ReceivedMail> mails) {
    Map<String, ReceivedMail> byId = new HashMap<>();
    mails.forEach(m -> byId.putIfAbsent(m.messageId() != null ? m.messageId() : m.id(), m));
    return List.copyOf(byId.values());
  }

  /**
   * Counts the distinct mails (by Message-ID) each recipient got against {@code each}; more
   * distinct mails than due is a double (a second mail for one business key would need a second
   * Message-ID), the same Message-ID twice is the at-least-once repeat, shown in the raw count.
   */
  private void tallyMails(
      KillTally tally,
      String process,
      int runsRight,
      String effect,
      List<String> recipients,
      int each) {
    int counted = 0;
    int doubled = 0;
    int raw = 0;
    for (String recipient : recipients) {
      List<ReceivedMail> got = mailsTo(recipient);
      int unique = distinct(got).size();
      raw += got.size();
      counted += Math.min(unique, each);
      doubled += Math.max(0, unique - each);
    }
    tally.add(
        process,
        runsRight < 0 ? -1 : recipients.size(),
        runsRight,
        effect,
        recipients.size() * each,
        counted,
        doubled,
        raw);
  }

  // --- plumbing ----------------------------------------------------------------------------------

  private ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, owner, json);
  }

  private static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  /** How many of the workflows ended with a result {@code right} accepts. */
  private <T> int ended(
      List<String> ids,
      Function<String, String> workflowId,
      Class<T> resultType,
      Predicate<T> right)
      throws TimeoutException {
    int count = 0;
    for (String id : ids) {
      T result =
          temporal
              .newUntypedWorkflowStub(workflowId.apply(id))
              .getResult(240, TimeUnit.SECONDS, resultType);
      count += right.test(result) ? 1 : 0;
    }
    return count;
  }

  private void mark(String what) {
    timeline.add(Duration.between(began, Instant.now()).toSeconds() + " s " + what);
  }

  /** One step of many, run on a few threads the way many clients would call at once. */
  @FunctionalInterface
  interface Step<T> {
    T run(int i) throws Exception;
  }

  private final ExecutorService callers = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  /** Runs {@code step} for 0..n-1 on the callers' threads; answers the results in order. */
  private <T> List<T> each(int n, Step<T> step) throws Exception {
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(callers.submit(() -> step.run(index)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(120, TimeUnit.SECONDS));
    }
    return results;
  }
}
