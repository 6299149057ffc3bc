package com.mewayz.api.courses;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** Course calls of one creator in one workspace, for the course API tests. */
record CourseCalls(ApiClient api, Account creator, String workspace) {
  static final String IMMEDIATE = "{\"type\": \"IMMEDIATE\"}";
  static final String AFTER_PREVIOUS = "{\"type\": \"AFTER_PREVIOUS_COMPLETED\"}";

  ResultActions call(HttpMethod method, String path, String json) throws Exception {
    return api.inWorkspace(workspace, method, path, creator, json);
  }

  String course(String title) throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/courses",
            "{\"title\": \"%s\", \"description\": \"Learn it well\"}".formatted(title)),
        "$.data.id");
  }

  /** Adds a module with one CONTENT lesson titled after it; answers the module's id. */
  String module(String courseId, String title, String rule) throws Exception {
    String body =
        """
        {"title": "%s", "releaseRule": %s,
         "lessons": [{"title": "%s lesson", "kind": "CONTENT", "body": "# %s"}]}
        """
            .formatted(title, rule, title, title);
    String answer =
        call(HttpMethod.POST, "/api/courses/" + courseId + "/modules", body)
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> ids = JsonPath.read(answer, "$.data.modules[*].id");
    return ids.get(ids.size() - 1);
  }

  /** The first lesson of a module. */
  String lessonOf(String courseId, String moduleId) throws Exception {
    String answer =
        call(HttpMethod.GET, "/api/courses/" + courseId, null)
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> ids =
        JsonPath.read(answer, "$.data.modules[?(@.id == '" + moduleId + "')].lessons[0].id");
    return ids.get(0);
  }

  void publish(String courseId) throws Exception {
    call(HttpMethod.POST, "/api/courses/" + courseId + "/publish", null);
  }

  String enroll(String courseId, String email, String timeZone) throws Exception {
    return ApiClient.read(
        call(
            HttpMethod.POST,
            "/api/courses/" + courseId + "/enrollments",
            """
            {"studentEmail": "%s", "studentName": "Sam Student", "timeZone": "%s"}
            """
                .formatted(email, timeZone)),
        "$.data.id");
  }

  String enrollment(String courseId, String enrollmentId) {
    return "/api/courses/" + courseId + "/enrollments/" + enrollmentId;
  }

  /** The signed enrolment token of the course link in a mail. */
  static String learnToken(ReceivedMail mail) {
    Matcher matcher = Pattern.compile("/learn/([A-Za-z0-9._-]+)").matcher(mail.text());
    if (!matcher.find()) {
      throw new AssertionError("No course link in: " + mail.text());
    }
    return matcher.group(1);
  }

  /** A public request, as the student's browser sends it: no token, no workspace. */
  ResultActions asStudent(HttpMethod method, String path) throws Exception {
    return api.perform(method, path, null, null);
  }
}
