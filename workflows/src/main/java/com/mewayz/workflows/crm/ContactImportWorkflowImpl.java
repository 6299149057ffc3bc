package com.mewayz.workflows.crm;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;

public class ContactImportWorkflowImpl implements ContactImportWorkflow {
  private final ContactImportActivities activities =
      Workflow.newActivityStub(ContactImportActivities.class, ContactImports.ACTIVITIES);

  private final ImportRequest request;
  private ImportProgress progress;
  private boolean cancelRequested;

  @WorkflowInit
  public ContactImportWorkflowImpl(ImportRequest request) {
    this.request = request;
    this.progress = new ImportProgress("RUNNING", request.totalRows(), 0, 0, 0, 0);
  }

  @Override
  public ImportProgress run(ImportRequest ignored) {
    for (int chunk = 0; chunk < request.chunkCount() && !cancelRequested; chunk++) {
      progress = progress.plus(activities.importChunk(request.importId(), chunk));
    }
    String end = cancelRequested ? "CANCELLED" : "COMPLETED";
    activities.finish(request.importId(), end);
    progress = progress.withStatus(end);
    return progress;
  }

  @Override
  public ImportProgress progress() {
    return progress;
  }

  @Override
  public void cancel() {
    cancelRequested = true;
  }
}
