package com.mewayz.api.social;

import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** Social calls of one owner in one workspace, for the social API tests. */
record SocialCalls(ApiClient api, Account owner, String workspace) {
  static final String X_TOKEN = "x-oauth2-user-token-0001";
  static final String LINKEDIN_TOKEN = "linkedin-member-token-0002";

  ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, owner, json);
  }

  String xAccount(String name) throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/social/accounts",
            """
            {"platform": "X", "displayName": "%s", "handle": "@mewayz", "accessToken": "%s"}
            """
                .formatted(name, X_TOKEN)),
        "$.data.id");
  }

  String linkedInAccount(String name, String token) throws Exception {
    String tokenField = token == null ? "" : ", \"accessToken\": \"" + token + "\"";
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/social/accounts",
            """
            {"platform": "LINKEDIN", "displayName": "%s",
             "authorUrn": "urn:li:person:8675309"%s}
            """
                .formatted(name, tokenField)),
        "$.data.id");
  }

  ResultActions schedule(String text, String when, String... accountIds) throws Exception {
    return call(
        HttpMethod.POST,
        "/api/social/posts",
        """
        {"text": "%s", "accountIds": ["%s"], %s}
        """
            .formatted(text, String.join("\", \"", accountIds), when));
  }

  String post(String text, String when, String... accountIds) throws Exception {
    return ApiClient.read(schedule(text, when, accountIds), "$.data.id");
  }

  static String at(java.time.Instant instant) {
    return "\"scheduledAt\": \"" + instant + "\"";
  }

  static final String QUEUE = "\"queue\": true";
}
