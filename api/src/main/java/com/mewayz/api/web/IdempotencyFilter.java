package com.mewayz.api.web;

import static com.mewayz.domain.common.Hashes.sha256;

import com.mewayz.domain.idempotency.IdempotencyRecord;
import com.mewayz.domain.idempotency.IdempotencyStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on POST requests to the API: the first request with a key runs and its
 * answer is kept for 24 hours; a retry with the same key and body gets that answer again (with
 * {@code Idempotent-Replayed: true}), a retry with another body is refused with 422, and one
 * arriving while the first still runs gets 409. A first request that never answered (its process
 * died) holds the key only for a lease (see {@link IdempotencyStore}); the retry then runs again,
 * and the objects it creates get the same ids as the first attempt's ({@link NewIds}), so it finds
 * what that attempt wrote instead of writing a twin. Keys are scoped to the caller. Runs after
 * Spring Security, so the caller is known.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {
  public static final String HEADER = "Idempotency-Key";

  /** The request attribute naming the claimed key, from which {@link NewIds} derives ids. */
  static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";

  private final IdempotencyStore store;
  private final JsonMapper json;
  private final Clock clock;

  public IdempotencyFilter(IdempotencyStore store, JsonMapper json, Clock clock) {
    this.store = store;
    this.json = json;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !request.getRequestURI().startsWith("/api/")
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key.isBlank() || key.length() > 255) {
      problem(response, HttpStatus.BAD_REQUEST, "ValidationError", "must be 1 to 255 characters");
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String id = sha256(caller() + "|" + request.getRequestURI() + "|" + key);
    Optional<IdempotencyRecord> existing = store.claim(id, sha256(body), clock.instant());
    if (existing.isPresent()) {
      answerFromRecord(existing.get(), sha256(body), response);
      return;
    }
    request.setAttribute(CLAIM_ATTRIBUTE, id);
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(new BufferedBody(request, body), captured);
    } catch (IOException | ServletException | RuntimeException e) {
      store.release(id);
      throw e;
    }
    if (captured.getStatus() >= 500) {
      store.release(id);
    } else {
      store.complete(
          id,
          captured.getStatus(),
          captured.getContentType(),
          new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
    }
    captured.copyBodyToResponse();
  }

  private void answerFromRecord(
      IdempotencyRecord record, String fingerprint, HttpServletResponse response)
      throws IOException {
    if (!record.fingerprint().equals(fingerprint)) {
      problem(
          response,
          HttpStatus.UNPROCESSABLE_CONTENT,
          "IdempotencyKeyReused",
          "was used with a different request body; use a new key for a new request");
    } else if (!record.completed()) {
      response.setHeader("Retry-After", "1");
      problem(
          response,
          HttpStatus.CONFLICT,
          "Conflict",
          "belongs to a request that is still running; retry in a moment");
    } else {
      response.setStatus(record.status());
      if (record.contentType() != null) {
        response.setContentType(record.contentType());
      }
      response.setHeader("Idempotent-Replayed", "true");
      response.getOutputStream().write(record.body().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void problem(HttpServletResponse response, HttpStatus status, String error, String why)
      throws IOException {
    ProblemDetail problem = Problems.of(status, error, HEADER + " " + why, Map.of(HEADER, why));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private static String caller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
  }

  /** The request with its body already read, readable again by the controller. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("Blocking reads only");
        }
      };
    }
  }
}
