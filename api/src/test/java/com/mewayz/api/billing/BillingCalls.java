package com.mewayz.api.billing;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** Invoice calls of one merchant in one workspace, for the billing API tests. */
record BillingCalls(ApiClient api, Account merchant, String workspace) {
  static final String INVOICES = "/api/financial/invoices";

  ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, merchant, json);
  }

  ResultActions post(String invoiceId, String action, String json) throws Exception {
    return call(HttpMethod.POST, INVOICES + "/" + invoiceId + "/" + action, json);
  }

  /** A draft for {@code customerEmail}: 2 x 50.00 + 1 x 12.34 at 20% tax, due in 14 days. */
  String draft(String customerEmail) throws Exception {
    return ApiClient.read(call(HttpMethod.POST, INVOICES, body(customerEmail, "")), "$.data.id");
  }

  String sent(String customerEmail) throws Exception {
    String id = draft(customerEmail);
    post(id, "send", null);
    return id;
  }

  /** The standard invoice body, with {@code extra} JSON members appended (", \"memo\": …"). */
  static String body(String customerEmail, String extra) {
    return """
        {"customerEmail": "%s", "customerName": "Cleo Customer",
         "lines": [{"description": "Design work", "quantity": 2, "unitPriceMinor": 5000},
                   {"description": "Stock photo", "quantity": 1, "unitPriceMinor": 1234}],
         "taxRateBasisPoints": 2000, "currency": "EUR", "dueDate": "%s"%s}
        """
        .formatted(customerEmail, inDays(14), extra);
  }

  static String inDays(int days) {
    return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
  }

  String read(String invoiceId, String path) throws Exception {
    return JsonPath.read(json(invoiceId), path).toString();
  }

  String json(String invoiceId) throws Exception {
    return call(HttpMethod.GET, INVOICES + "/" + invoiceId, null)
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Waits until the invoice's answer satisfies {@code done}, failing after 15 seconds. */
  void await(String invoiceId, String path, Predicate<String> done) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    String last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        last = String.valueOf((Object) JsonPath.read(json(invoiceId), path));
      } catch (PathNotFoundException absent) {
        last = "absent: " + absent.getMessage();
      }
      if (done.test(last)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Invoice " + invoiceId + " " + path + " stayed " + last);
  }
}
