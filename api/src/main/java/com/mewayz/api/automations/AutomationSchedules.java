package com.mewayz.api.automations;

import com.mewayz.activities.automations.AutomationStarter;
import com.mewayz.api.web.ApiException;
import com.mewayz.domain.automations.ActiveVersions;
import com.mewayz.domain.automations.Automation;
import com.mewayz.domain.automations.AutomationRepository;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.Automations;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Schedule triggers, driven by Quartz. Quartz keeps its triggers in memory here, so they are
 * rebuilt from the active versions in MongoDB at start and follow every publish, activation and
 * deactivation. A fire starts the run with an id from automation and fire time: several api
 * replicas firing the same schedule start one run.
 */
@Component
public class AutomationSchedules {
  private static final Logger log = LoggerFactory.getLogger(AutomationSchedules.class);
  private static final String GROUP = "automation-schedules";

  private final Scheduler scheduler;
  private final AutomationRepository automations;
  private final ActiveVersions activeVersions;

  AutomationSchedules(
      Scheduler scheduler, AutomationRepository automations, ActiveVersions activeVersions) {
    this.scheduler = scheduler;
    this.automations = automations;
    this.activeVersions = activeVersions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuild() {
    int scheduled = 0;
    for (Automation automation : automations.findByActiveVersionNotNull()) {
      if (sync(automation.id())) {
        scheduled++;
      }
    }
    log.info("Scheduled {} automation schedule triggers", scheduled);
  }

  @EventListener
  void onActiveVersionChanged(AutomationService.ActiveVersionChanged changed) {
    sync(changed.automationId());
  }

  /** Makes Quartz match the automation's active version; true when it is now scheduled. */
  boolean sync(String automationId) {
    JobKey key = JobKey.jobKey(automationId, GROUP);
    try {
      scheduler.deleteJob(key);
      Optional<Node> trigger = activeScheduleTrigger(automationId);
      if (trigger.isEmpty()) {
        return false;
      }
      String cron = String.valueOf(trigger.get().params().get("cron"));
      scheduler.scheduleJob(
          JobBuilder.newJob(FireJob.class)
              .withIdentity(key)
              .usingJobData("automationId", automationId)
              .build(),
          TriggerBuilder.newTrigger()
              .withIdentity(automationId, GROUP)
              .withSchedule(
                  CronScheduleBuilder.cronSchedule(cron)
                      .inTimeZone(TimeZone.getTimeZone(zoneOf(trigger.get())))
                      .withMisfireHandlingInstructionDoNothing())
              .build());
      return true;
    } catch (SchedulerException | RuntimeException e) {
      log.error("Could not schedule automation {}", automationId, e);
      return false;
    }
  }

  private Optional<Node> activeScheduleTrigger(String automationId) {
    return activeVersions
        .of(automationId)
        .flatMap(v -> v.graph().trigger())
        .filter(t -> t.type().equals("trigger.schedule"));
  }

  private static ZoneId zoneOf(Node trigger) {
    Object zone = trigger.params().get("timeZone");
    return zone == null || String.valueOf(zone).isBlank()
        ? ZoneId.of("UTC")
        : ZoneId.of(String.valueOf(zone));
  }

  /** Checks what Quartz would refuse, so a publish fails with the field at fault instead. */
  static void validate(AutomationGraph graph) {
    Node trigger = graph.trigger().filter(t -> t.type().equals("trigger.schedule")).orElse(null);
    if (trigger == null) {
      return;
    }
    Object cron = trigger.params().get("cron");
    if (cron == null || !CronExpression.isValidExpression(String.valueOf(cron))) {
      throw ApiException.invalid(
          "nodes." + trigger.id() + ".params.cron",
          "is not a valid cron expression (seconds minutes hours day-of-month month day-of-week,"
              + " e.g. 0 0 9 ? * MON-FRI)");
    }
    try {
      zoneOf(trigger);
    } catch (DateTimeException e) {
      throw ApiException.invalid(
          "nodes." + trigger.id() + ".params.timeZone", "is not a known time zone");
    }
  }

  /** One fire of one automation's schedule. */
  @DisallowConcurrentExecution
  public static class FireJob implements Job {
    private final ActiveVersions activeVersions;
    private final AutomationStarter starter;

    public FireJob(ActiveVersions activeVersions, AutomationStarter starter) {
      this.activeVersions = activeVersions;
      this.starter = starter;
    }

    @Override
    public void execute(JobExecutionContext context) {
      String automationId = context.getMergedJobDataMap().getString("automationId");
      Instant scheduled = context.getScheduledFireTime().toInstant();
      activeVersions
          .of(automationId)
          .ifPresent(
              version -> {
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("scheduledAt", scheduled.toString());
                input.put("firedAt", Instant.now().toString());
                String runId =
                    Automations.runId(
                        automationId, "schedule", String.valueOf(scheduled.getEpochSecond()));
                starter.start(version, "schedule", runId, input, null, null);
              });
    }
  }
}
