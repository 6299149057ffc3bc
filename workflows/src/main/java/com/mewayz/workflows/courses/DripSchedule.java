package com.mewayz.workflows.courses;

import java.util.List;

/**
 * The modules of an enrolment's course as they are now, in course order, with only what the drip
 * needs: ids and release rules (titles and lessons stay in MongoDB, out of the history). Fields may
 * be added, never removed or renamed: recorded histories carry them.
 */
public record DripSchedule(List<ScheduledModule> modules) {

  public record ScheduledModule(String moduleId, ReleaseRule rule) {}
}
