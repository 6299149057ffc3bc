package com.mewayz.api.courses;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/** Courses, modules and lessons through the API: validation, publishing, tenant isolation. */
@ApiTest
class CourseApiTest {
  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  ApiClient api;
  CourseCalls school;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    Account creator = api.register("creator");
    school = new CourseCalls(api, creator, api.createWorkspace(creator, "School Co"));
  }

  @Test
  void buildsACourseOfOrderedModulesAndLessonsWithDefaultReleaseTime() throws Exception {
    String course = school.course("Lightroom basics");
    String intro = school.module(course, "Intro", CourseCalls.IMMEDIATE);
    String week1 =
        school.module(course, "Week 1", "{\"type\": \"DAYS_AFTER_ENROLLMENT\", \"days\": 7}");
    school
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/modules/" + week1 + "/lessons",
            """
            {"title": "Watch this", "kind": "VIDEO", "videoUrl": "https://video.example/w1"}
            """)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.modules[1].lessons.length()").value(2))
        .andExpect(jsonPath("$.data.modules[1].lessons[1].kind").value("VIDEO"));

    school
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/modules/reorder",
            "{\"ids\": [\"%s\", \"%s\"]}".formatted(week1, intro))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.modules[0].id").value(week1))
        .andExpect(jsonPath("$.data.modules[0].releaseRule.time").value("09:00"))
        .andExpect(jsonPath("$.data.modules[0].releaseRule.days").value(7))
        .andExpect(jsonPath("$.data.status").value("DRAFT"));
    school
        .call(HttpMethod.GET, "/api/courses", null)
        .andExpect(jsonPath("$.data.total").value(1))
        .andExpect(jsonPath("$.data.items[0].title").value("Lightroom basics"));
  }

  @Test
  void refusesInvalidInputNamingTheField() throws Exception {
    school
        .call(HttpMethod.POST, "/api/courses", "{\"title\": \" \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.title").exists());
    String course = school.course("Course");
    String modules = "/api/courses/" + course + "/modules";
    school
        .call(
            HttpMethod.POST,
            modules,
            "{\"title\": \"W\", \"releaseRule\": {\"type\": \"DAYS_AFTER_ENROLLMENT\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['releaseRule.days']").exists());
    school
        .call(
            HttpMethod.POST,
            modules,
            """
            {"title": "Live", "releaseRule": {"type": "FIXED_DATE", "date": "2026-02-30"}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.details['releaseRule.date']").value("is not a date of the calendar"));
    school
        .call(
            HttpMethod.POST,
            modules,
            """
            {"title": "W", "releaseRule": {"type": "DAYS_AFTER_ENROLLMENT", "days": 3, "time": "9am"}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details['releaseRule.time']").exists());
    school
        .call(HttpMethod.POST, modules, "{\"title\": \"W\", \"releaseRule\": {\"type\": \"SOON\"}}")
        .andExpect(status().isBadRequest());
    String module = school.module(course, "Intro", CourseCalls.IMMEDIATE);
    String lessons = modules + "/" + module + "/lessons";
    school
        .call(
            HttpMethod.POST,
            lessons,
            "{\"title\": \"V\", \"kind\": \"VIDEO\", \"videoUrl\": \"http://video.example/1\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.videoUrl").value(Matchers.containsString("https://")));
    school
        .call(HttpMethod.POST, lessons, "{\"title\": \"T\", \"kind\": \"CONTENT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.body").exists());
    school
        .call(HttpMethod.POST, modules + "/reorder", "{\"ids\": [\"nope\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.ids").exists());
  }

  @Test
  void publishingNeedsModulesWithLessonsAndAFirstModuleThatCanOpen() throws Exception {
    String course = school.course("Course");
    school
        .call(HttpMethod.POST, "/api/courses/" + course + "/publish", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.modules").exists());
    String gated = school.module(course, "Gated", CourseCalls.AFTER_PREVIOUS);
    school
        .call(HttpMethod.POST, "/api/courses/" + course + "/publish", null)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.details['modules[0].releaseRule']")
                .value(Matchers.containsString("no previous module")));
    String first = school.module(course, "First", CourseCalls.IMMEDIATE);
    school.call(
        HttpMethod.POST,
        "/api/courses/" + course + "/modules/reorder",
        "{\"ids\": [\"%s\", \"%s\"]}".formatted(first, gated));

    school
        .call(HttpMethod.POST, "/api/courses/" + course + "/publish", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("PUBLISHED"))
        .andExpect(jsonPath("$.data.publishedAt").exists());

    // A published course stays publishable: its modules keep at least one lesson.
    String lesson = school.lessonOf(course, first);
    school
        .call(
            HttpMethod.DELETE,
            "/api/courses/" + course + "/modules/" + first + "/lessons/" + lesson,
            null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details['modules[0].lessons']").exists());
    school
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/modules",
            "{\"title\": \"Empty\", \"releaseRule\": " + CourseCalls.IMMEDIATE + "}")
        .andExpect(status().isConflict());
  }

  @Test
  void anotherWorkspacesCourseIsNotFound() throws Exception {
    String course = school.course("Private course");
    String module = school.module(course, "Intro", CourseCalls.IMMEDIATE);
    Account other = api.register("other");
    CourseCalls elsewhere = new CourseCalls(api, other, api.createWorkspace(other, "Other Co"));

    elsewhere.call(HttpMethod.GET, "/api/courses/" + course, null).andExpect(status().isNotFound());
    elsewhere
        .call(
            HttpMethod.PUT,
            "/api/courses/" + course + "/modules/" + module,
            "{\"title\": \"Mine\", \"releaseRule\": " + CourseCalls.IMMEDIATE + "}")
        .andExpect(status().isNotFound());
    elsewhere
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/enrollments",
            "{\"studentEmail\": \"a@example.com\", \"studentName\": \"A\", \"timeZone\": \"UTC\"}")
        .andExpect(status().isNotFound());
    // Naming the first workspace does not help a non-member either.
    api.inWorkspace(school.workspace(), HttpMethod.GET, "/api/courses/" + course, other, null)
        .andExpect(status().isNotFound());
    elsewhere
        .call(HttpMethod.GET, "/api/courses", null)
        .andExpect(jsonPath("$.data.total").value(0));
  }

  @Test
  void aViewerReadsCoursesButCannotChangeThem() throws Exception {
    String course = school.course("Course");
    Account viewer = api.register("viewer");
    api.addMember(school.creator(), school.workspace(), viewer, "VIEWER");
    CourseCalls asViewer = new CourseCalls(api, viewer, school.workspace());

    asViewer.call(HttpMethod.GET, "/api/courses/" + course, null).andExpect(status().isOk());
    asViewer
        .call(HttpMethod.PUT, "/api/courses/" + course, "{\"title\": \"Renamed\"}")
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyAPublishedCourseTakesEnrolments() throws Exception {
    String course = school.course("Draft");
    school.module(course, "Intro", CourseCalls.IMMEDIATE);

    school
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/enrollments",
            "{\"studentEmail\": \"a@example.com\", \"studentName\": \"A\", \"timeZone\": \"UTC\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("published")));
  }
}
