package com.mewayz.workflows.replay;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.mewayz.workflows.ai.AiContentActivities;
import com.mewayz.workflows.ai.AiContentRequest;
import com.mewayz.workflows.ai.AiContentStatus;
import com.mewayz.workflows.ai.AiContentWorkflow;
import com.mewayz.workflows.ai.AiContentWorkflowImpl;
import com.mewayz.workflows.ai.AiContents;
import com.mewayz.workflows.ai.Approval;
import com.mewayz.workflows.ai.ContentDraft;
import com.mewayz.workflows.ai.Rejection;
import com.mewayz.workflows.automations.AutomationActivities;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationWorkflow;
import com.mewayz.workflows.automations.AutomationWorkflowImpl;
import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.automations.RunBookkeeping;
import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.RunRequest;
import com.mewayz.workflows.automations.RunModel.RunResult;
import com.mewayz.workflows.automations.RunModel.StepOutcome;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import com.mewayz.workflows.billing.ChargeOutcome;
import com.mewayz.workflows.billing.InvoiceActivities;
import com.mewayz.workflows.billing.InvoiceDunningWorkflow;
import com.mewayz.workflows.billing.InvoiceDunningWorkflowImpl;
import com.mewayz.workflows.billing.InvoicePayment;
import com.mewayz.workflows.billing.InvoicePaymentActivities;
import com.mewayz.workflows.billing.InvoicePaymentMethod;
import com.mewayz.workflows.billing.InvoiceRequest;
import com.mewayz.workflows.billing.InvoiceStatus;
import com.mewayz.workflows.billing.Invoices;
import com.mewayz.workflows.bookings.BookingActivities;
import com.mewayz.workflows.bookings.BookingReminderWorkflow;
import com.mewayz.workflows.bookings.BookingReminderWorkflowImpl;
import com.mewayz.workflows.bookings.BookingRequest;
import com.mewayz.workflows.bookings.BookingStatus;
import com.mewayz.workflows.bookings.Bookings;
import com.mewayz.workflows.bookings.Reschedule;
import com.mewayz.workflows.campaigns.BatchOutcome;
import com.mewayz.workflows.campaigns.BounceActivities;
import com.mewayz.workflows.campaigns.BounceMailboxWorkflow;
import com.mewayz.workflows.campaigns.BounceMailboxWorkflowImpl;
import com.mewayz.workflows.campaigns.BounceTotals;
import com.mewayz.workflows.campaigns.BounceWatch;
import com.mewayz.workflows.campaigns.CampaignActivities;
import com.mewayz.workflows.campaigns.CampaignProgress;
import com.mewayz.workflows.campaigns.CampaignRequest;
import com.mewayz.workflows.campaigns.EmailCampaignWorkflow;
import com.mewayz.workflows.campaigns.EmailCampaignWorkflowImpl;
import com.mewayz.workflows.campaigns.EmailCampaigns;
import com.mewayz.workflows.commerce.LatePaymentRefundWorkflow;
import com.mewayz.workflows.commerce.LatePaymentRefundWorkflowImpl;
import com.mewayz.workflows.commerce.OrderActivities;
import com.mewayz.workflows.commerce.OrderFulfillmentWorkflow;
import com.mewayz.workflows.commerce.OrderFulfillmentWorkflowImpl;
import com.mewayz.workflows.commerce.OrderFulfillments;
import com.mewayz.workflows.commerce.OrderRequest;
import com.mewayz.workflows.commerce.OrderStatus;
import com.mewayz.workflows.commerce.PaymentActivities;
import com.mewayz.workflows.commerce.PaymentMethod;
import com.mewayz.workflows.commerce.PaymentRequested;
import com.mewayz.workflows.commerce.Tracking;
import com.mewayz.workflows.courses.CourseActivities;
import com.mewayz.workflows.courses.CourseDripWorkflow;
import com.mewayz.workflows.courses.CourseDripWorkflowImpl;
import com.mewayz.workflows.courses.CourseDrips;
import com.mewayz.workflows.courses.DripRequest;
import com.mewayz.workflows.courses.DripSchedule;
import com.mewayz.workflows.courses.DripSchedule.ScheduledModule;
import com.mewayz.workflows.courses.EnrollmentStatus;
import com.mewayz.workflows.courses.ReleaseRule;
import com.mewayz.workflows.crm.ChunkResult;
import com.mewayz.workflows.crm.ContactImportActivities;
import com.mewayz.workflows.crm.ContactImportWorkflow;
import com.mewayz.workflows.crm.ContactImportWorkflowImpl;
import com.mewayz.workflows.crm.ContactImports;
import com.mewayz.workflows.crm.ImportRequest;
import com.mewayz.workflows.workspaces.InvitationActivities;
import com.mewayz.workflows.workspaces.InvitationRequest;
import com.mewayz.workflows.workspaces.InvitationStatus;
import com.mewayz.workflows.workspaces.WorkspaceInvitationWorkflow;
import com.mewayz.workflows.workspaces.WorkspaceInvitationWorkflowImpl;
import com.mewayz.workflows.workspaces.WorkspaceInvitations;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the histories {@link WorkflowReplayTest} replays: one per path through each workflow, and
 * representative automations for the interpreter. Run on purpose only (it rewrites test resources),
 * before changing a workflow's code.
 */
@EnabledIfSystemProperty(named = "record.histories", matches = "true")
class HistoryRecording {

  @Test
  void recordInvitationPaths() throws Exception {
    record("invitation-expired", stub -> {}, Duration.ofDays(8));
    record("invitation-accepted", stub -> stub.accept("user-1"), Duration.ofDays(4));
    record("invitation-declined", WorkspaceInvitationWorkflow::decline, Duration.ofHours(1));
  }

  private void record(
      String name, Consumer<WorkspaceInvitationWorkflow> action, Duration waitBefore)
      throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(WorkspaceInvitations.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(WorkspaceInvitationWorkflowImpl.class);
      InvitationActivities activities =
          mock(InvitationActivities.class, withSettings().withoutAnnotations());
      when(activities.accept(anyString(), anyString())).thenReturn(InvitationStatus.ACCEPTED);
      when(activities.close(anyString(), any()))
          .thenAnswer(call -> call.getArgument(1, InvitationStatus.class));
      worker.registerActivitiesImplementations(activities);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      WorkspaceInvitationWorkflow workflow =
          stub(client, WorkspaceInvitationWorkflow.class, name, WorkspaceInvitations.TASK_QUEUE);
      WorkflowClient.start(workflow::run, new InvitationRequest("inv-" + name, "ws-1"));
      env.sleep(waitBefore);
      action.accept(workflow);
      WorkflowStub.fromTyped(workflow).getResult(InvitationStatus.class);
      save(client, name);
    }
  }

  @Test
  void recordOrderPaths() throws Exception {
    recordOrder("order-digital-completed", true, false, o -> o.confirmPayment("transfer-1"));
    recordOrder(
        "order-physical-shipped",
        false,
        true,
        o -> {
          o.confirmPayment("transfer-1");
          o.ship(new Tracking("DHL", "JD1", "https://track.example/JD1"));
        });
    recordOrder(
        "order-cancelled-after-payment",
        false,
        true,
        o -> {
          o.confirmPayment("transfer-1");
          o.cancel();
        });
    recordOrder("order-payment-timeout", false, true, o -> {});
  }

  @Test
  void recordStripeOrderPaths() throws Exception {
    recordOrder(
        "order-stripe-paid", PaymentMethod.STRIPE, true, false, o -> o.confirmPayment("pi_rec"));
    recordOrder(
        "order-stripe-cancelled-after-payment",
        PaymentMethod.STRIPE,
        false,
        true,
        o -> {
          o.confirmPayment("pi_rec");
          o.cancel();
        });
    recordOrder("order-stripe-payment-timeout", PaymentMethod.STRIPE, true, false, o -> {});
  }

  @Test
  void recordAudiencePaths() throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(ContactImports.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(
          ContactImportWorkflowImpl.class, EmailCampaignWorkflowImpl.class);
      ContactImportActivities imports =
          mock(ContactImportActivities.class, withSettings().withoutAnnotations());
      when(imports.importChunk(anyString(), org.mockito.ArgumentMatchers.anyInt()))
          .thenReturn(new ChunkResult(1000, 990, 5, 5));
      CampaignActivities campaigns =
          mock(CampaignActivities.class, withSettings().withoutAnnotations());
      when(campaigns.begin(anyString())).thenReturn(25L);
      when(campaigns.sendBatch(any()))
          .thenReturn(new BatchOutcome("c09", 9, 0, 1, false))
          .thenReturn(new BatchOutcome("c19", 10, 0, 0, false))
          .thenReturn(new BatchOutcome("c24", 5, 0, 0, true));
      worker.registerActivitiesImplementations(imports, campaigns);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      WorkflowOptions.Builder options =
          WorkflowOptions.newBuilder().setTaskQueue(ContactImports.TASK_QUEUE);
      client
          .newWorkflowStub(
              ContactImportWorkflow.class,
              options.setWorkflowId("contact-import-completed").build())
          .run(new ImportRequest("imp-1", "ws-1", 3, 3000));
      save(client, "contact-import-completed");
      EmailCampaignWorkflow campaign =
          client.newWorkflowStub(
              EmailCampaignWorkflow.class,
              options.setWorkflowId("campaign-paused-and-sent").build());
      WorkflowClient.start(
          campaign::send,
          new CampaignRequest(
              "cmp-1",
              "ws-1",
              env.currentTimeMillis() + Duration.ofHours(2).toMillis(),
              0,
              10,
              null,
              null,
              false));
      env.sleep(Duration.ofHours(1));
      campaign.pause();
      env.sleep(Duration.ofHours(2));
      campaign.resume();
      WorkflowStub.fromTyped(campaign).getResult(CampaignProgress.class);
      save(client, "campaign-paused-and-sent");
    }
  }

  @Test
  void recordBounceWatchContinuingAsNew() throws Exception {
    String name = "bounce-watch-continued";
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(EmailCampaigns.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(BounceMailboxWorkflowImpl.class);
      BounceActivities mailbox = mock(BounceActivities.class, withSettings().withoutAnnotations());
      when(mailbox.readBounces())
          .thenThrow(ApplicationFailure.newNonRetryableFailure("refused", "MAILBOX_UNAVAILABLE"))
          .thenReturn(new BounceTotals(1, 0, 1, 2, 1));
      worker.registerActivitiesImplementations(mailbox);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      BounceMailboxWorkflow watch =
          stub(client, BounceMailboxWorkflow.class, name, EmailCampaigns.TASK_QUEUE);
      String firstRun = WorkflowClient.start(watch::watch, new BounceWatch(60, null)).getRunId();
      // Past the 200 polls of one run, a minute apart: the first run continued as new.
      env.sleep(Duration.ofMinutes(205));
      write(name, client.fetchHistory(name, firstRun));
    }
  }

  private static <T> T stub(
      WorkflowClient client, Class<T> type, String workflowId, String taskQueue) {
    return client.newWorkflowStub(
        type,
        WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(taskQueue).build());
  }

  /** Writes the history of the workflow's latest run. */
  private static void save(WorkflowClient client, String workflowId) throws Exception {
    write(workflowId, client.fetchHistory(workflowId));
  }

  private static void write(String name, WorkflowExecutionHistory history) throws Exception {
    Files.writeString(WorkflowReplayTest.HISTORIES.resolve(name + ".json"), history.toJson(true));
  }

  @Test
  void recordLatePaymentRefund() throws Exception {
    String name = "order-late-payment-refunded";
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(OrderFulfillments.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(LatePaymentRefundWorkflowImpl.class);
      worker.registerActivitiesImplementations(
          mock(OrderActivities.class, withSettings().withoutAnnotations()),
          mock(PaymentActivities.class, withSettings().withoutAnnotations()));
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      stub(client, LatePaymentRefundWorkflow.class, name, OrderFulfillments.TASK_QUEUE)
          .refund("ord-" + name);
      save(client, name);
    }
  }

  private void recordOrder(
      String name, boolean digital, boolean physical, Consumer<OrderFulfillmentWorkflow> action)
      throws Exception {
    recordOrder(name, PaymentMethod.MANUAL, digital, physical, action);
  }

  private void recordOrder(
      String name,
      PaymentMethod method,
      boolean digital,
      boolean physical,
      Consumer<OrderFulfillmentWorkflow> action)
      throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(OrderFulfillments.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(OrderFulfillmentWorkflowImpl.class);
      PaymentActivities payments =
          mock(PaymentActivities.class, withSettings().withoutAnnotations());
      when(payments.requestPayment(anyString())).thenReturn(new PaymentRequested("pi_rec"));
      worker.registerActivitiesImplementations(
          mock(OrderActivities.class, withSettings().withoutAnnotations()), payments);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      OrderFulfillmentWorkflow order =
          stub(client, OrderFulfillmentWorkflow.class, name, OrderFulfillments.TASK_QUEUE);
      WorkflowClient.start(
          order::run, new OrderRequest("ord-" + name, "ws-1", method, digital, physical, 0));
      env.sleep(Duration.ofMinutes(5));
      action.accept(order);
      env.sleep(Duration.ofDays(4));
      WorkflowStub.fromTyped(order).getResult(OrderStatus.class);
      save(client, name);
    }
  }

  @Test
  void recordInvoicePaths() throws Exception {
    InvoicePayment transfer = new InvoicePayment(12_100, "transfer-1", InvoicePaymentMethod.MANUAL);
    recordInvoice(
        "invoice-paid-mid-ladder",
        false,
        (env, invoice) -> {
          env.sleep(Duration.ofDays(7));
          invoice.recordPayment(transfer);
        });
    recordInvoice(
        "invoice-paused-resumed-uncollectible",
        false,
        (env, invoice) -> {
          env.sleep(Duration.ofDays(5));
          invoice.pause();
          env.sleep(Duration.ofDays(3));
          invoice.resume();
          env.sleep(Duration.ofDays(400));
        });
    recordInvoice(
        "invoice-voided",
        false,
        (env, invoice) -> {
          env.sleep(Duration.ofDays(5));
          invoice.voidInvoice();
        });
    recordInvoice("invoice-charged-on-second-rung", true, (env, invoice) -> {});
  }

  private void recordInvoice(
      String name,
      boolean autoCharge,
      java.util.function.BiConsumer<TestWorkflowEnvironment, InvoiceDunningWorkflow> action)
      throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(Invoices.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(InvoiceDunningWorkflowImpl.class);
      InvoicePaymentActivities payments =
          mock(InvoicePaymentActivities.class, withSettings().withoutAnnotations());
      when(payments.chargeSavedMethod(anyString(), org.mockito.ArgumentMatchers.anyInt()))
          .thenReturn(ChargeOutcome.failed("pi_rec1", "Your card was declined."))
          .thenReturn(ChargeOutcome.paid("pi_rec2", 12_100));
      worker.registerActivitiesImplementations(
          mock(InvoiceActivities.class, withSettings().withoutAnnotations()), payments);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      InvoiceDunningWorkflow invoice =
          stub(client, InvoiceDunningWorkflow.class, name, Invoices.TASK_QUEUE);
      String dueDate =
          LocalDate.ofInstant(
                  java.time.Instant.ofEpochMilli(env.currentTimeMillis()), ZoneOffset.UTC)
              .plusDays(2)
              .toString();
      WorkflowClient.start(
          invoice::run,
          new InvoiceRequest("inv-" + name, "ws-1", dueDate, 12_100, null, autoCharge));
      env.sleep(Duration.ofMinutes(5));
      action.accept(env, invoice);
      WorkflowStub.fromTyped(invoice).getResult(InvoiceStatus.class);
      save(client, name);
    }
  }

  @Test
  void recordCourseDripPaths() throws Exception {
    recordDrip(
        "enrollment-completed-after-a-pause",
        drip -> {
          drip.completeModule("m1");
          drip.pause();
        },
        drip -> {
          drip.resume();
        },
        drip -> {
          drip.completeModule("m2");
          drip.completeModule("m3");
          drip.releaseAll();
          drip.completeModule("m4");
        });
    recordDrip(
        "enrollment-unenrolled",
        drip -> drip.courseChanged(),
        drip -> {},
        CourseDripWorkflow::unenroll);
  }

  /**
   * A four-module drip in New York time (immediate, day 7, gated, fixed date) enrolled before the
   * spring daylight-saving change, acted on at enrolment, after 3 days and after 10 days.
   */
  private void recordDrip(
      String name,
      Consumer<CourseDripWorkflow> atStart,
      Consumer<CourseDripWorkflow> afterThreeDays,
      Consumer<CourseDripWorkflow> afterTenDays)
      throws Exception {
    Instant enrolledAt = Instant.parse("2025-03-03T15:00:00Z");
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            io.temporal.testing.TestEnvironmentOptions.newBuilder()
                .setInitialTime(enrolledAt)
                .build())) {
      Worker worker = env.newWorker(CourseDrips.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(CourseDripWorkflowImpl.class);
      CourseActivities courses = mock(CourseActivities.class, withSettings().withoutAnnotations());
      when(courses.schedule(anyString()))
          .thenReturn(
              new DripSchedule(
                  List.of(
                      new ScheduledModule("m1", ReleaseRule.immediate()),
                      new ScheduledModule("m2", ReleaseRule.daysAfterEnrollment(7, "09:00")),
                      new ScheduledModule("m3", ReleaseRule.afterPreviousCompleted()),
                      new ScheduledModule("m4", ReleaseRule.fixedDate("2025-04-01", "18:00")))));
      worker.registerActivitiesImplementations(courses);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      CourseDripWorkflow drip =
          stub(client, CourseDripWorkflow.class, name, CourseDrips.TASK_QUEUE);
      WorkflowClient.start(
          drip::run,
          new DripRequest(
              "enr-" + name, "ws-1", "crs-1", "America/New_York", enrolledAt.toEpochMilli()));
      env.sleep(Duration.ofMinutes(5));
      atStart.accept(drip);
      env.sleep(Duration.ofDays(3));
      afterThreeDays.accept(drip);
      env.sleep(Duration.ofDays(7));
      afterTenDays.accept(drip);
      WorkflowStub.fromTyped(drip).getResult(EnrollmentStatus.class);
      save(client, name);
    }
  }

  @Test
  void recordAiContentPaths() throws Exception {
    recordAiContent(
        "ai-content-rejected-then-edited",
        3,
        content -> content.reject(new Rejection("owner", "Mention the mugs first")),
        content ->
            content.approve(new Approval("owner", ContentDraft.text("Mugs first: 20% off"))));
    recordAiContent(
        "ai-content-regeneration-limit",
        1,
        content -> content.reject(new Rejection("owner", "Shorter")),
        content -> content.reject(new Rejection("owner", "Still too long")));
  }

  /** A draft waiting for approval: a first decision after 2 days, a second 3 days later. */
  private void recordAiContent(
      String name,
      int maxRegenerations,
      Consumer<AiContentWorkflow> first,
      Consumer<AiContentWorkflow> second)
      throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(AiContents.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(AiContentWorkflowImpl.class);
      AiContentActivities activities =
          mock(AiContentActivities.class, withSettings().withoutAnnotations());
      when(activities.generate(any()))
          .thenReturn(ContentDraft.text("Spring sale: 20% off"))
          .thenReturn(ContentDraft.text("Mugs: 20% off"));
      when(activities.publish(anyString(), any())).thenReturn("cmp-1");
      worker.registerActivitiesImplementations(activities);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      AiContentWorkflow content =
          stub(client, AiContentWorkflow.class, name, AiContents.TASK_QUEUE);
      WorkflowClient.start(
          content::run, new AiContentRequest("cnt-" + name, "ws-1", true, maxRegenerations));
      env.sleep(Duration.ofDays(2));
      first.accept(content);
      env.sleep(Duration.ofDays(3));
      second.accept(content);
      WorkflowStub.fromTyped(content).getResult(AiContentStatus.class);
      save(client, name);
    }
  }

  @Test
  void recordBookingPaths() throws Exception {
    Instant moved = Instant.parse("2025-03-10T13:00:00Z");
    recordBooking(
        "booking-rescheduled-and-completed",
        booking ->
            booking.reschedule(
                new Reschedule(
                    moved.toEpochMilli(), moved.plus(Duration.ofHours(1)).toEpochMilli(), 1)));
    recordBooking("booking-cancelled", booking -> booking.cancel(1));
  }

  @Test
  void recordBookingFirstRunLate() throws Exception {
    // Booked two hours ahead, the worker down until after the 1-hour reminder's moment: it goes
    // out late, at the first run.
    Instant start = Instant.parse("2025-03-09T16:00:00Z");
    recordBooking(
        "booking-first-run-late",
        start.minus(Duration.ofHours(2)),
        start.minus(Duration.ofMinutes(50)),
        booking -> {});
  }

  /**
   * A one-hour booking in New York on Sunday 9 March 2025, the day of the spring daylight-saving
   * change, booked four days ahead; acted on two days later, then left to run to its end.
   */
  private void recordBooking(String name, Consumer<BookingReminderWorkflow> afterTwoDays)
      throws Exception {
    Instant bookedAt = Instant.parse("2025-03-05T15:00:00Z");
    recordBooking(name, bookedAt, bookedAt, afterTwoDays);
  }

  /** As above, booked at {@code bookedAt} and first run by a worker at {@code firstRunAt}. */
  private void recordBooking(
      String name,
      Instant bookedAt,
      Instant firstRunAt,
      Consumer<BookingReminderWorkflow> afterTwoDays)
      throws Exception {
    Instant start = Instant.parse("2025-03-09T16:00:00Z");
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            io.temporal.testing.TestEnvironmentOptions.newBuilder()
                .setInitialTime(firstRunAt)
                .build())) {
      Worker worker = env.newWorker(Bookings.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(BookingReminderWorkflowImpl.class);
      worker.registerActivitiesImplementations(
          mock(BookingActivities.class, withSettings().withoutAnnotations()));
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      BookingReminderWorkflow booking =
          stub(client, BookingReminderWorkflow.class, name, Bookings.TASK_QUEUE);
      WorkflowClient.start(
          booking::run,
          new BookingRequest(
              "bk-" + name,
              "ws-1",
              start.toEpochMilli(),
              start.plus(Duration.ofHours(1)).toEpochMilli(),
              0,
              Bookings.DEFAULT_REMINDER_OFFSETS_MINUTES,
              Bookings.DEFAULT_FOLLOW_UP_AFTER_MINUTES,
              bookedAt.toEpochMilli()));
      env.sleep(Duration.ofDays(2));
      afterTwoDays.accept(booking);
      env.sleep(Duration.ofDays(7));
      WorkflowStub.fromTyped(booking).getResult(BookingStatus.class);
      save(client, name);
    }
  }

  @Test
  void recordRepresentativeAutomations() throws Exception {
    // Branches on the order total, then waits for the payment event (or an hour on the low path).
    AutomationGraph branchingWait =
        new AutomationGraph(
            List.of(
                node("t", "trigger.event", Map.of("event", "order.created")),
                node(
                    "big",
                    "flow.if",
                    Map.of(
                        "condition",
                        Map.of(
                            "match",
                            "all",
                            "rules",
                            List.of(
                                Map.of(
                                    "field", "{{ trigger.total }}",
                                    "operator", "gt",
                                    "value", 100))))),
                node(
                    "paid",
                    "wait.event",
                    Map.of(
                        "event", "order.paid", "key", "{{ trigger.orderId }}", "timeout", "P1D")),
                node("thanks", "email.send", mail("Thanks for {{ nodes.paid.payload.amount }}")),
                node("remind", "email.send", mail("Still unpaid")),
                node("later", "wait.delay", Map.of("duration", "PT1H")),
                node(
                    "tag",
                    "contact.tag",
                    Map.of("email", "{{ trigger.email }}", "add", List.of("small")))),
            List.of(
                edge("t", "big", "out"),
                edge("big", "paid", "true"),
                edge("big", "later", "false"),
                edge("paid", "thanks", "out"),
                edge("paid", "remind", "timeout"),
                edge("later", "tag", "out")),
            null);
    recordAutomation(
        "automation-branching-wait",
        branchingWait,
        Map.of("orderId", "o-1", "total", 150, "email", "ada@example.com"),
        Duration.ofHours(2),
        run -> run.deliver(new EventDelivery("ev-1", "order.paid", "o-1", Map.of("amount", 150))));

    // Two branches, one after a delay, meeting at a join before a last step.
    AutomationGraph parallel =
        new AutomationGraph(
            List.of(
                node("t", "trigger.manual", Map.of()),
                node("fork", "flow.parallel", Map.of()),
                node("wait", "wait.delay", Map.of("duration", "PT30M")),
                node("slow", "email.send", mail("slow")),
                node(
                    "fast", "http.request", Map.of("method", "POST", "url", "https://example.com")),
                node("join", "flow.join", Map.of("mode", "all")),
                node("done", "flow.end", Map.of("output", Map.of("fast", "{{ nodes.fast }}")))),
            List.of(
                edge("t", "fork", "out"),
                edge("fork", "wait", "out"),
                edge("wait", "slow", "out"),
                edge("slow", "join", "out"),
                edge("fork", "fast", "out"),
                edge("fast", "join", "out"),
                edge("join", "done", "out")),
            null);
    recordAutomation("automation-parallel", parallel, Map.of(), Duration.ZERO, run -> {});

    // Sets a variable, then mails every item of the input, then ends with the loop's count.
    AutomationGraph loop =
        new AutomationGraph(
            List.of(
                node("t", "trigger.manual", Map.of()),
                node("vars", "data.set", Map.of("values", Map.of("campaign", "Spring"))),
                node("each", "flow.loop", Map.of("items", "{{ trigger.emails }}", "max", 10)),
                node(
                    "mail",
                    "email.send",
                    Map.of("to", "{{ loop.item }}", "subject", "{{ vars.campaign }}", "text", "-")),
                node(
                    "end", "flow.end", Map.of("output", Map.of("sent", "{{ nodes.each.count }}")))),
            List.of(
                edge("t", "vars", "out"),
                edge("vars", "each", "out"),
                edge("each", "mail", "item"),
                edge("mail", "each", "out"),
                edge("each", "end", "done")),
            null);
    recordAutomation(
        "automation-loop",
        loop,
        Map.of("emails", List.of("a@example.com", "b@example.com", "c@example.com")),
        Duration.ZERO,
        run -> {});

    // Asks for an approval and refunds when it is given.
    AutomationGraph approval =
        new AutomationGraph(
            List.of(
                node("t", "trigger.manual", Map.of()),
                node(
                    "ask",
                    "approval.request",
                    Map.of("message", "Refund {{ trigger.amount }}?", "timeout", "P3D")),
                node(
                    "refund",
                    "http.request",
                    Map.of("method", "POST", "url", "https://example.com")),
                node("refused", "email.send", mail("Refused")),
                node("expired", "email.send", mail("Nobody decided"))),
            List.of(
                edge("t", "ask", "out"),
                edge("ask", "refund", "approved"),
                edge("ask", "refused", "rejected"),
                edge("ask", "expired", "timeout")),
            null);
    recordAutomation(
        "automation-approval",
        approval,
        Map.of("amount", 120),
        Duration.ofHours(5),
        run -> run.decide(new ApprovalDecision("ask", true, "boss@example.com", "ok")));
  }

  private void recordAutomation(
      String name,
      AutomationGraph graph,
      Map<String, Object> input,
      Duration waitBefore,
      Consumer<AutomationWorkflow> action)
      throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(Automations.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(AutomationWorkflowImpl.class);
      AutomationActivities activities =
          mock(AutomationActivities.class, withSettings().withoutAnnotations());
      when(activities.execute(any()))
          .thenAnswer(
              call ->
                  new StepOutcome(
                      Map.of("done", call.getArgument(0, StepRequest.class).nodeId()), 1));
      RunBookkeeping bookkeeping = mock(RunBookkeeping.class, withSettings().withoutAnnotations());
      worker.registerActivitiesImplementations(activities, bookkeeping);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      AutomationWorkflow run = stub(client, AutomationWorkflow.class, name, Automations.TASK_QUEUE);
      WorkflowClient.start(
          run::run, new RunRequest(name, "ws-1", "aut-" + name, 1, "manual", graph, input));
      env.sleep(waitBefore);
      action.accept(run);
      WorkflowStub.fromTyped(run).getResult(RunResult.class);
      save(client, name);
    }
  }

  private static Node node(String id, String type, Map<String, Object> params) {
    return new Node(id, type, null, params, null, null);
  }

  private static Edge edge(String from, String to, String port) {
    return new Edge(from, to, port);
  }

  private static Map<String, Object> mail(String subject) {
    return Map.of("to", "ops@example.com", "subject", subject, "text", "-");
  }
}
