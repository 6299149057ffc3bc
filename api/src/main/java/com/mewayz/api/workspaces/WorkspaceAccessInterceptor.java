package com.mewayz.api.workspaces;

import com.mewayz.api.security.CurrentUser;
import com.mewayz.api.web.ApiException;
import com.mewayz.domain.workspaces.Membership;
import com.mewayz.domain.workspaces.MembershipRepository;
import com.mewayz.domain.workspaces.WorkspaceRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tenant isolation for every endpoint with a {@code {workspaceId}} path variable or a {@link
 * WorkspaceScoped} controller (workspace in a header), checked before the body is even read: not a
 * member is 404 (the workspace's existence is not revealed), a role below the endpoint's is 403.
 * Controllers receive the verified {@link WorkspaceAccess}.
 */
@Component
public class WorkspaceAccessInterceptor
    implements HandlerInterceptor, HandlerMethodArgumentResolver {
  public static final String WORKSPACE_ID = "workspaceId";
  private static final String ATTRIBUTE = WorkspaceAccess.class.getName();

  private final MembershipRepository memberships;

  public WorkspaceAccessInterceptor(MembershipRepository memberships) {
    this.memberships = memberships;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String workspaceId = variables == null ? null : variables.get(WORKSPACE_ID);
    if (workspaceId == null && method.getBeanType().isAnnotationPresent(WorkspaceScoped.class)) {
      workspaceId = request.getHeader(WorkspaceScoped.HEADER);
      if (workspaceId == null || workspaceId.isBlank()) {
        throw ApiException.invalid(
            WorkspaceScoped.HEADER, "header is required: the id of the workspace to act in");
      }
    }
    if (workspaceId == null) {
      return true;
    }
    CurrentUser user = CurrentUser.get();
    Membership membership =
        memberships
            .findById(Membership.idOf(workspaceId, user.id()))
            .orElseThrow(() -> ApiException.notFound("Workspace"));
    WorkspaceRole required = requiredRole(method, request.getMethod());
    if (!membership.role().atLeast(required)) {
      throw ApiException.forbidden(
          "This needs the "
              + required
              + " role or higher in the workspace; you are "
              + membership.role());
    }
    request.setAttribute(ATTRIBUTE, new WorkspaceAccess(workspaceId, user.id(), membership.role()));
    return true;
  }

  public static WorkspaceRole requiredRole(HandlerMethod method, String httpMethod) {
    RequiresRole annotation = method.getMethodAnnotation(RequiresRole.class);
    if (annotation != null) {
      return annotation.value();
    }
    boolean read = "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
    return read ? WorkspaceRole.VIEWER : WorkspaceRole.EDITOR;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == WorkspaceAccess.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    Object access = request.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
    if (access == null) {
      throw new IllegalStateException(
          "WorkspaceAccess needs a {workspaceId} path variable on " + parameter.getMethod());
    }
    return access;
  }
}
