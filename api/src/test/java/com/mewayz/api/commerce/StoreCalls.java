package com.mewayz.api.commerce;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** Store calls of one merchant in one workspace, for the commerce API tests. */
public record StoreCalls(ApiClient api, Account merchant, String workspace) {

  public ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, merchant, json);
  }

  public String product(String sku, boolean digital, int stock, long priceMinor) throws Exception {
    String body =
        """
        {"name": "Item %s", "description": "A fine item", "priceMinor": %d, "currency": "EUR",
         "sku": "%s", "stock": %d, "digital": %s, "deliveryContent": %s}
        """
            .formatted(
                sku,
                priceMinor,
                sku,
                stock,
                digital,
                digital ? "\"https://files.example/" + sku + ".zip\"" : "null");
    return ApiClient.read(call(HttpMethod.POST, "/api/ecommerce/products", body), "$.data.id");
  }

  public String order(String customerEmail, String productId, int quantity) throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/ecommerce/orders",
            orderBody(customerEmail, productId, quantity)),
        "$.data.id");
  }

  public static String orderBody(String customerEmail, String productId, int quantity) {
    return """
        {"customerEmail": "%s", "customerName": "Cleo Customer",
         "lines": [{"productId": "%s", "quantity": %d}], "paymentMethod": "MANUAL"}
        """
        .formatted(customerEmail, productId, quantity);
  }

  public int stock(String productId) throws Exception {
    String body =
        call(HttpMethod.GET, "/api/ecommerce/products/" + productId, null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.data.stock");
  }

  /** Waits until the order's workflow reports {@code status}. */
  public void awaitStatus(String orderId, String status) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    String last = null;
    while (Instant.now().isBefore(deadline)) {
      String body =
          call(HttpMethod.GET, "/api/ecommerce/orders/" + orderId, null)
              .andReturn()
              .getResponse()
              .getContentAsString();
      String live = JsonPath.read(body, "$.data.liveStatus");
      last = live != null ? live : JsonPath.read(body, "$.data.status");
      if (status.equals(last)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Order " + orderId + " stayed " + last + ", expected " + status);
  }
}
