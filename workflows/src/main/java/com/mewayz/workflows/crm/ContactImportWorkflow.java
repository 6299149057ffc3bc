package com.mewayz.workflows.crm;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Imports a CSV file of contacts chunk by chunk (1,000 rows each), one activity per chunk, so a
 * worker killed mid-import resumes at the chunk it was in and the history stays small: about three
 * events per chunk, 300 for 100,000 rows.
 */
@WorkflowInterface
public interface ContactImportWorkflow {
  @WorkflowMethod
  ImportProgress run(ImportRequest request);

  @QueryMethod
  ImportProgress progress();

  /** Stops after the chunk in progress; rows imported so far stay imported. */
  @SignalMethod
  void cancel();
}
