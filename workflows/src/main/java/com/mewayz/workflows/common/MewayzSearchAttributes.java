package com.mewayz.workflows.common;

import io.temporal.common.SearchAttributeKey;

/**
 * Custom search attributes every Mewayz workflow carries, so operators can list a workspace's runs
 * in Temporal UI ({@code WorkspaceId = "..."}). They must be registered on the Temporal namespace
 * (the dev server takes {@code --search-attribute WorkspaceId=Keyword}).
 */
public final class MewayzSearchAttributes {
  public static final SearchAttributeKey<String> WORKSPACE_ID =
      SearchAttributeKey.forKeyword("WorkspaceId");

  private MewayzSearchAttributes() {}
}
