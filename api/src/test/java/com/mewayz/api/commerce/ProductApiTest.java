package com.mewayz.api.commerce;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class ProductApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  ApiClient api;
  StoreCalls store;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    var merchant = api.register("merchant");
    store = new StoreCalls(api, merchant, api.createWorkspace(merchant, "Shop Co"));
  }

  @Test
  void createsListsEditsAndDeletesAProduct() throws Exception {
    String id = store.product("MUG-1", false, 7, 1250);

    store
        .call(HttpMethod.GET, "/api/ecommerce/products", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data[0].id").value(id))
        .andExpect(jsonPath("$.data[0].priceMinor").value(1250))
        .andExpect(jsonPath("$.data[0].stock").value(7));
    store
        .call(
            HttpMethod.PUT,
            "/api/ecommerce/products/" + id,
            """
            {"name": "Big mug", "priceMinor": 1500, "currency": "EUR", "sku": "MUG-1",
             "stock": 3, "digital": false}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.name").value("Big mug"))
        .andExpect(jsonPath("$.data.stock").value(3));
    store.call(HttpMethod.DELETE, "/api/ecommerce/products/" + id, null).andExpect(status().isOk());
    store
        .call(HttpMethod.GET, "/api/ecommerce/products/" + id, null)
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesAnInvalidProductNamingTheField() throws Exception {
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/products",
            """
            {"name": "Mug", "priceMinor": -1, "currency": "EUR", "sku": "M", "stock": 1,
             "digital": false}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.priceMinor").exists());
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/products",
            """
            {"name": "Ebook", "priceMinor": 900, "currency": "EUR", "sku": "EB", "stock": 1,
             "digital": true}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.deliveryContent").exists());
    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/products",
            """
            {"name": "Mug", "priceMinor": 100, "currency": "euro", "sku": "M", "stock": 1,
             "digital": false}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.currency").exists());
  }

  @Test
  void aSkuIsUniqueWithinAWorkspaceOnly() throws Exception {
    store.product("TEE-M", false, 1, 2000);

    store
        .call(
            HttpMethod.POST,
            "/api/ecommerce/products",
            """
            {"name": "Other", "priceMinor": 100, "currency": "EUR", "sku": "TEE-M", "stock": 1,
             "digital": false}
            """)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.sku").exists());

    var other = api.register("other");
    new StoreCalls(api, other, api.createWorkspace(other, "Other Shop"))
        .product("TEE-M", false, 1, 2000);
  }

  @Test
  void anotherWorkspacesProductIsNotFound() throws Exception {
    String id = store.product("CAP", false, 1, 900);
    var other = api.register("other");
    StoreCalls otherStore = new StoreCalls(api, other, api.createWorkspace(other, "Other Shop"));

    otherStore
        .call(HttpMethod.GET, "/api/ecommerce/products/" + id, null)
        .andExpect(status().isNotFound());
    otherStore
        .call(HttpMethod.DELETE, "/api/ecommerce/products/" + id, null)
        .andExpect(status().isNotFound());
    store.call(HttpMethod.GET, "/api/ecommerce/products/" + id, null).andExpect(status().isOk());
  }
}
