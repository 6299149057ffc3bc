package com.mewayz.api.web;

import static com.mewayz.domain.common.Hashes.sha256;

import org.bson.types.ObjectId;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ids for the objects a request creates. Under an {@code Idempotency-Key} the n-th id a request
 * asks for derives from the claimed key, so a retry that runs again after its first attempt died
 * mid-request names the same objects and can recognise what that attempt already wrote. Without a
 * key (or outside a request) ids are fresh ObjectIds.
 */
public final class NewIds {
  private static final String COUNTER = NewIds.class.getName() + ".count";

  private NewIds() {}

  public static String next() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object claim =
        request == null
            ? null
            : request.getAttribute(
                IdempotencyFilter.CLAIM_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (claim == null) {
      return new ObjectId().toHexString();
    }
    Integer issued = (Integer) request.getAttribute(COUNTER, RequestAttributes.SCOPE_REQUEST);
    int n = issued == null ? 0 : issued;
    request.setAttribute(COUNTER, n + 1, RequestAttributes.SCOPE_REQUEST);
    return sha256(claim + "|" + n).substring(0, 24);
  }
}
