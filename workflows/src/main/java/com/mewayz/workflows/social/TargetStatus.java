package com.mewayz.workflows.social;

/** Where a post stands on one account. */
public enum TargetStatus {
  PENDING,
  PUBLISHED,
  FAILED
}
