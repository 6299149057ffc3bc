package com.mewayz.api.web;

import com.mewayz.api.workspaces.WorkspaceAccessInterceptor;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
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
          "/book/**",
          "/my-booking/**",
          "/learn/**",
          "/mails");

  private static final String STATIC = "classpath:/static/";

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

  /**
   * The service worker is revalidated on every load, so a new build reaches installed apps at once;
   * hashed assets never change under their name and are kept a year.
   */
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/sw.js")
        .addResourceLocations(STATIC)
        .setCacheControl(CacheControl.noCache());
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(STATIC + "assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    UI_ROUTES.forEach(
        route -> registry.addViewController(route).setViewName("forward:/index.html"));
    registry.addViewController("/redoc").setViewName("forward:/redoc.html");
  }
}
