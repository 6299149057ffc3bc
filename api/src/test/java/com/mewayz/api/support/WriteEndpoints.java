package com.mewayz.api.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every POST, PUT and PATCH endpoint the app registers that reads a request body, found in the
 * handler mappings the way TenantIsolationTest finds workspace endpoints, so new endpoints are
 * covered without listing them.
 */
public final class WriteEndpoints {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Set<RequestMethod> WRITES =
      Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH);

  private WriteEndpoints() {}

  /** One endpoint: method and path pattern such as {@code /api/crm/contacts/{id}}. */
  public record Endpoint(HttpMethod method, String pattern) {
    /** The path with {workspaceId} and every other variable filled in. */
    public String path(String workspaceId, Map<String, String> objects) {
      Matcher m = VARIABLE.matcher(pattern);
      StringBuilder path = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String value =
            name.equals("workspaceId")
                ? workspaceId
                : objects.getOrDefault(name, "000000000000000000000000");
        m.appendReplacement(path, Matcher.quoteReplacement(value));
      }
      m.appendTail(path);
      return path.toString();
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  public static List<Endpoint> find(RequestMappingHandlerMapping mappings) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      if (!readsBody(entry.getValue())) {
        continue;
      }
      for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
        if (!WRITES.contains(method)) {
          continue;
        }
        for (String pattern : entry.getKey().getPatternValues()) {
          endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
        }
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::toString));
    return endpoints;
  }

  private static boolean readsBody(HandlerMethod handler) {
    for (var parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        return true;
      }
    }
    return false;
  }
}
