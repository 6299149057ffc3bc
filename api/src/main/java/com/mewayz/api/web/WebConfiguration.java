package com.mewayz.api.web;

import com.mewayz.api.workspaces.WorkspaceAccessInterceptor;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {
  // Client-side routes of the UI: the server answers them with the single page app.
  private static final List<String> UI_ROUTES =
      List.of(
          "/login",
          "/register",
          "/forgot-password",
          "/reset-password",
          "/workspaces",
          "/workspaces/**",
          "/invitations/**",
          "/mails");

  private final WorkspaceAccessInterceptor workspaceAccess;

  public WebConfiguration(WorkspaceAccessInterceptor workspaceAccess) {
    this.workspaceAccess = workspaceAccess;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(workspaceAccess).addPathPatterns("/api/**");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(workspaceAccess);
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    UI_ROUTES.forEach(
        route -> registry.addViewController(route).setViewName("forward:/index.html"));
    registry.addViewController("/redoc").setViewName("forward:/redoc.html");
  }
}
