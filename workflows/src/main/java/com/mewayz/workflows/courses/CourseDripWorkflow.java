package com.mewayz.workflows.courses;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One student's enrolment in a course: releases each module on its rule in the student's time zone,
 * mails the student at each release, lets the creator pause, resume, release everything or unenrol,
 * and ends when the student completed every module. Workflow id: {@link
 * CourseDrips#workflowId(String)}.
 *
 * <p>The updates answer once the workflow acted on them (the status recorded, the modules
 * released), with the progress as it then is.
 */
@WorkflowInterface
public interface CourseDripWorkflow {

  /** Returns COMPLETED, or UNENROLLED. */
  @WorkflowMethod
  EnrollmentStatus run(DripRequest request);

  /** Stops the clock: nothing is released until {@link #resume()}. */
  @UpdateMethod
  DripProgress pause();

  @UpdateValidatorMethod(updateName = "pause")
  void validatePause();

  /** Starts the clock again; timed releases counted from the enrolment move by the pause. */
  @UpdateMethod
  DripProgress resume();

  @UpdateValidatorMethod(updateName = "resume")
  void validateResume();

  /** Releases every module not released yet, whatever its rule, in one mail. */
  @UpdateMethod
  DripProgress releaseAll();

  @UpdateValidatorMethod(updateName = "releaseAll")
  void validateReleaseAll();

  /** Ends the enrolment: nothing more is released or mailed. */
  @UpdateMethod
  DripProgress unenroll();

  @UpdateValidatorMethod(updateName = "unenroll")
  void validateUnenroll();

  /**
   * The student completed every lesson of a released module; a module waiting for it is released,
   * and the course is completed with the last one.
   */
  @UpdateMethod
  DripProgress completeModule(String moduleId);

  @UpdateValidatorMethod(updateName = "completeModule")
  void validateCompleteModule(String moduleId);

  /** The course's modules changed: read them again and release what is now due. */
  @SignalMethod
  void courseChanged();

  @QueryMethod
  DripProgress progress();
}
