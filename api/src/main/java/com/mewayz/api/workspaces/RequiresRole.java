package com.mewayz.api.workspaces;

import com.mewayz.domain.workspaces.WorkspaceRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role a caller needs on the workspace named by the {@code {workspaceId}} path variable.
 * Without it, reads need VIEWER and writes EDITOR.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresRole {
  WorkspaceRole value();
}
