package com.mewayz.api.workspaces;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Endpoints of a controller that act in the workspace named by the {@value #HEADER} header (e.g.
 * {@code /api/automations}): the same membership and role checks as a {@code {workspaceId}} path
 * variable.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkspaceScoped {
  String HEADER = "X-Workspace-Id";
}
