package com.mewayz.worker.runtime;

import com.mewayz.workflows.ai.AiContentActivities;
import com.mewayz.workflows.ai.AiContentWorkflowImpl;
import com.mewayz.workflows.ai.AiContents;
import com.mewayz.workflows.automations.AutomationActivities;
import com.mewayz.workflows.automations.AutomationWorkflowImpl;
import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.automations.RunBookkeeping;
import com.mewayz.workflows.billing.InvoiceActivities;
import com.mewayz.workflows.billing.InvoiceDunningWorkflowImpl;
import com.mewayz.workflows.billing.InvoicePaymentActivities;
import com.mewayz.workflows.billing.Invoices;
import com.mewayz.workflows.bookings.BookingActivities;
import com.mewayz.workflows.bookings.BookingReminderWorkflowImpl;
import com.mewayz.workflows.bookings.Bookings;
import com.mewayz.workflows.campaigns.BounceActivities;
import com.mewayz.workflows.campaigns.BounceMailboxWorkflowImpl;
import com.mewayz.workflows.campaigns.CampaignActivities;
import com.mewayz.workflows.campaigns.EmailCampaignWorkflowImpl;
import com.mewayz.workflows.campaigns.EmailCampaigns;
import com.mewayz.workflows.commerce.LatePaymentRefundWorkflowImpl;
import com.mewayz.workflows.commerce.OrderActivities;
import com.mewayz.workflows.commerce.OrderFulfillmentWorkflowImpl;
import com.mewayz.workflows.commerce.OrderFulfillments;
import com.mewayz.workflows.commerce.PaymentActivities;
import com.mewayz.workflows.courses.CourseActivities;
import com.mewayz.workflows.courses.CourseDripWorkflowImpl;
import com.mewayz.workflows.courses.CourseDrips;
import com.mewayz.workflows.crm.ContactImportActivities;
import com.mewayz.workflows.crm.ContactImportWorkflowImpl;
import com.mewayz.workflows.crm.ContactImports;
import com.mewayz.workflows.social.SocialPostActivities;
import com.mewayz.workflows.social.SocialPostWorkflowImpl;
import com.mewayz.workflows.social.SocialPosts;
import com.mewayz.workflows.workspaces.InvitationActivities;
import com.mewayz.workflows.workspaces.WorkspaceInvitationWorkflowImpl;
import com.mewayz.workflows.workspaces.WorkspaceInvitations;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Registers every workflow and activity on its feature's task queue and runs the workers. The api
 * runs them only in embedded mode; with a real Temporal server the worker process does.
 */
@Component
public class MewayzWorkers implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(MewayzWorkers.class);

  private final WorkerFactory factory;
  private final boolean enabled;
  private volatile boolean running;

  public MewayzWorkers(
      TemporalRuntime runtime,
      InvitationActivities invitationActivities,
      AutomationActivities automationActivities,
      RunBookkeeping runBookkeeping,
      OrderActivities orderActivities,
      PaymentActivities paymentActivities,
      ContactImportActivities contactImportActivities,
      CampaignActivities campaignActivities,
      BounceActivities bounceActivities,
      InvoiceActivities invoiceActivities,
      InvoicePaymentActivities invoicePaymentActivities,
      CourseActivities courseActivities,
      BookingActivities bookingActivities,
      SocialPostActivities socialPostActivities,
      AiContentActivities aiContentActivities,
      @Value("${mewayz.workers.enabled:}") String enabledSetting) {
    this.factory = runtime.workerFactory();
    this.enabled =
        enabledSetting.isBlank() ? runtime.isEmbedded() : Boolean.parseBoolean(enabledSetting);
    if (enabled) {
      Worker workspaces = factory.newWorker(WorkspaceInvitations.TASK_QUEUE);
      workspaces.registerWorkflowImplementationTypes(WorkspaceInvitationWorkflowImpl.class);
      workspaces.registerActivitiesImplementations(invitationActivities);

      Worker automations = factory.newWorker(Automations.TASK_QUEUE);
      automations.registerWorkflowImplementationTypes(AutomationWorkflowImpl.class);
      // The bookkeeping runs as local activities of the same worker.
      automations.registerActivitiesImplementations(automationActivities, runBookkeeping);

      Worker commerce = factory.newWorker(OrderFulfillments.TASK_QUEUE);
      commerce.registerWorkflowImplementationTypes(
          OrderFulfillmentWorkflowImpl.class, LatePaymentRefundWorkflowImpl.class);
      commerce.registerActivitiesImplementations(orderActivities, paymentActivities);

      Worker crm = factory.newWorker(ContactImports.TASK_QUEUE);
      crm.registerWorkflowImplementationTypes(ContactImportWorkflowImpl.class);
      crm.registerActivitiesImplementations(contactImportActivities);

      Worker campaigns = factory.newWorker(EmailCampaigns.TASK_QUEUE);
      campaigns.registerWorkflowImplementationTypes(
          EmailCampaignWorkflowImpl.class, BounceMailboxWorkflowImpl.class);
      campaigns.registerActivitiesImplementations(campaignActivities, bounceActivities);

      Worker billing = factory.newWorker(Invoices.TASK_QUEUE);
      billing.registerWorkflowImplementationTypes(InvoiceDunningWorkflowImpl.class);
      billing.registerActivitiesImplementations(invoiceActivities, invoicePaymentActivities);

      Worker courses = factory.newWorker(CourseDrips.TASK_QUEUE);
      courses.registerWorkflowImplementationTypes(CourseDripWorkflowImpl.class);
      courses.registerActivitiesImplementations(courseActivities);

      Worker bookings = factory.newWorker(Bookings.TASK_QUEUE);
      bookings.registerWorkflowImplementationTypes(BookingReminderWorkflowImpl.class);
      bookings.registerActivitiesImplementations(bookingActivities);

      Worker social = factory.newWorker(SocialPosts.TASK_QUEUE);
      social.registerWorkflowImplementationTypes(SocialPostWorkflowImpl.class);
      social.registerActivitiesImplementations(socialPostActivities);
      Worker ai = factory.newWorker(AiContents.TASK_QUEUE);
      ai.registerWorkflowImplementationTypes(AiContentWorkflowImpl.class);
      ai.registerActivitiesImplementations(aiContentActivities);
    }
  }

  public boolean enabled() {
    return enabled;
  }

  @Override
  public void start() {
    if (enabled) {
      if (factory.isStarted()) {
        factory.resumePolling();
      } else {
        factory.start();
      }
      log.info("Temporal workers started");
    } else {
      log.info("Temporal workers disabled here: run the worker process (MEWAYZ_WORKERS_ENABLED)");
    }
    running = true;
  }

  /**
   * Stops taking new tasks; work in progress finishes. A stopped context can start again (test
   * contexts are paused and resumed), so the factory is only shut down when the Temporal runtime
   * closes.
   */
  @Override
  public void stop() {
    if (enabled && factory.isStarted()) {
      factory.suspendPolling();
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
