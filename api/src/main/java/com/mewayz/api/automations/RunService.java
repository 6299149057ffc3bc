package com.mewayz.api.automations;

import static com.mewayz.domain.common.Hashes.sha256;

import com.mewayz.activities.automations.AutomationStarter;
import com.mewayz.api.automations.AutomationViews.RunView;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.web.TemporalUiLinks;
import com.mewayz.api.web.UpdateRejections;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.automations.Automation;
import com.mewayz.domain.automations.AutomationRun;
import com.mewayz.domain.automations.AutomationVersion;
import com.mewayz.domain.automations.RunFilter;
import com.mewayz.domain.automations.RunStore;
import com.mewayz.workflows.automations.AutomationWorkflow;
import com.mewayz.workflows.automations.Automations;
import com.mewayz.workflows.automations.RunModel.ApprovalDecision;
import com.mewayz.workflows.automations.RunModel.EventDelivery;
import com.mewayz.workflows.automations.RunModel.Resume;
import com.mewayz.workflows.automations.RunModel.RunState;
import com.mewayz.workflows.automations.RunStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Starting runs and acting on them: list, inspect, cancel, approve, send events, retry. */
@Service
class RunService {
  private static final Logger log = LoggerFactory.getLogger(RunService.class);

  private final AutomationService automations;
  private final AutomationStarter starter;
  private final RunStore runs;
  private final WorkflowClient temporal;
  private final TemporalUiLinks temporalUi;
  private final RunAdmission admission;

  RunService(
      AutomationService automations,
      AutomationStarter starter,
      RunStore runs,
      WorkflowClient temporal,
      TemporalUiLinks temporalUi,
      RunAdmission admission) {
    this.automations = automations;
    this.starter = starter;
    this.runs = runs;
    this.temporal = temporal;
    this.temporalUi = temporalUi;
    this.admission = admission;
  }

  /**
   * A manual or API run. With an Idempotency-Key the run id derives from it, so however often and
   * however concurrently the key is sent, one run starts.
   */
  AutomationViews.StartedView startManual(
      WorkspaceAccess access,
      String automationId,
      AutomationViews.RunRequestBody body,
      String key) {
    return admission.admit(
        () -> {
          Automation automation = automations.get(access, automationId);
          AutomationVersion version =
              automations.runnable(automation, body == null ? null : body.version());
          String delivery =
              key == null ? UUID.randomUUID().toString() : sha256(key).substring(0, 32);
          String runId = Automations.runId(automation.id(), "manual", delivery);
          AutomationStarter.Started started =
              start(version, "manual", runId, body == null ? null : body.input(), null, null);
          return new AutomationViews.StartedView(
              started.runId(), started.started(), RunStatus.RUNNING);
        });
  }

  AutomationStarter.Started start(
      AutomationVersion version,
      String trigger,
      String runId,
      Map<String, Object> input,
      Resume resume,
      String retryOf) {
    try {
      return starter.start(version, trigger, runId, input, resume, retryOf);
    } catch (io.temporal.client.WorkflowServiceException e) {
      log.error("Could not start run {}", runId, e);
      throw ApiException.unavailable(
          "The workflow service is unreachable, so the run did not start. Try again shortly.");
    }
  }

  PageResponse<RunView> list(WorkspaceAccess access, RunFilter filter, PageRequestParams page) {
    if (filter.automationId() != null) {
      automations.get(access, filter.automationId());
    }
    List<RunView> items =
        runs.list(access.workspaceId(), filter, page.page(), page.size()).stream()
            .map(r -> AutomationViews.run(r, uiLink(r.id()), null))
            .toList();
    return new PageResponse<>(
        items, page.page(), page.size(), runs.count(access.workspaceId(), filter));
  }

  /**
   * A weak validator of one page of the runs list. A row changes only through its status, current
   * step and updatedAt (the output and error come with the final status), so these, the total and
   * the page bounds say whether the client's copy is still what it would get now. It is computed
   * from the rows themselves rather than from the newest updatedAt: rows are stamped with the
   * workflow's clock by whichever worker writes them, so a later write may carry an earlier time.
   */
  static String listTag(PageResponse<RunView> page) {
    StringBuilder seen =
        new StringBuilder()
            .append(page.page())
            .append('/')
            .append(page.size())
            .append('/')
            .append(page.total());
    for (RunView run : page.items()) {
      seen.append('|')
          .append(run.runId())
          .append(',')
          .append(run.status())
          .append(',')
          .append(run.currentNode())
          .append(',')
          .append(run.updatedAt());
    }
    return "W/\"" + sha256(seen.toString()).substring(0, 32) + "\"";
  }

  RunView get(WorkspaceAccess access, String runId) {
    AutomationRun run = record(access, runId);
    return AutomationViews.run(run, uiLink(run.id()), state(runId));
  }

  RunView cancel(WorkspaceAccess access, String runId) {
    AutomationRun run = record(access, runId);
    if (RunStatus.isFinal(run.status())) {
      throw ApiException.conflict("The run has ended already (" + run.status().toLowerCase() + ")");
    }
    try {
      WorkflowStub.fromTyped(workflow(runId)).cancel();
    } catch (WorkflowNotFoundException gone) {
      throw ApiException.conflict("The run has ended already");
    }
    return AutomationViews.run(run, uiLink(runId), null);
  }

  String decide(
      WorkspaceAccess access, String runId, String nodeId, boolean approve, String comment) {
    record(access, runId);
    try {
      return workflow(runId)
          .decide(new ApprovalDecision(nodeId, approve, access.userId(), comment));
    } catch (WorkflowUpdateException e) {
      throw UpdateRejections.conflict(e, "The run refused the request");
    } catch (WorkflowNotFoundException e) {
      throw ApiException.conflict("The run has ended already");
    }
  }

  String sendEvent(WorkspaceAccess access, String runId, AutomationViews.EventRequest event) {
    record(access, runId);
    String eventId = event.id() == null ? UUID.randomUUID().toString() : event.id();
    try {
      workflow(runId)
          .deliver(
              new EventDelivery(
                  eventId,
                  event.type(),
                  event.key(),
                  event.payload() == null ? Map.of() : event.payload()));
    } catch (WorkflowNotFoundException e) {
      throw ApiException.conflict("The run has ended already");
    }
    return eventId;
  }

  /**
   * Retries a failed run from the node that failed: a new run of the same version starts at that
   * node with the failed run's variables and step outputs. The failed run stays as it was.
   */
  AutomationViews.StartedView retry(WorkspaceAccess access, String runId) {
    AutomationRun failed = record(access, runId);
    if (!RunStatus.FAILED.equals(failed.status())) {
      throw ApiException.conflict(
          "Only failed runs can be retried; this one is " + failed.status());
    }
    RunState state = state(runId);
    if (state == null || state.failedNode() == null) {
      throw ApiException.conflict("The failed run's state is no longer available in Temporal");
    }
    Automation automation = automations.get(access, failed.automationId());
    AutomationVersion version = automations.version(automation, failed.version());
    long retries = runs.countRetriesOf(runId);
    String retryId = runId + ".retry" + (retries + 1);
    // The retry must not take again an event the failed run consumed.
    Resume resume =
        new Resume(
            state.failedNode(),
            state.vars(),
            state.nodes(),
            Map.of(),
            Map.of(),
            state.timeline(),
            List.of(),
            failed.startedAt().toEpochMilli(),
            null,
            state.seenEvents());
    AutomationStarter.Started started =
        start(version, failed.triggerType(), retryId, failed.input(), resume, runId);
    return new AutomationViews.StartedView(started.runId(), started.started(), RunStatus.RUNNING);
  }

  private AutomationRun record(WorkspaceAccess access, String runId) {
    return runs.find(runId, access.workspaceId()).orElseThrow(() -> ApiException.notFound("Run"));
  }

  private RunState state(String runId) {
    try {
      return workflow(runId).state();
    } catch (RuntimeException e) {
      log.debug("No state for run {}: {}", runId, e.getMessage());
      return null;
    }
  }

  private AutomationWorkflow workflow(String runId) {
    return temporal.newWorkflowStub(AutomationWorkflow.class, runId);
  }

  private String uiLink(String runId) {
    return temporalUi.workflow(runId);
  }
}
