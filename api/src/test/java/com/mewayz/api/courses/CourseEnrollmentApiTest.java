package com.mewayz.api.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mewayz.activities.mail.EmbeddedMailSink;
import com.mewayz.activities.mail.ReceivedMail;
import com.mewayz.api.support.ApiClient;
import com.mewayz.api.support.ApiClient.Account;
import com.mewayz.api.support.ApiTest;
import com.mewayz.api.support.MutableClock;
import com.mewayz.domain.common.Hashes;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.domain.idempotency.IdempotencyRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Enrolments end to end through the API, with the real drip workflow and workers running in real
 * time: only immediate and completion-gated releases happen within a test.
 */
@ApiTest
class CourseEnrollmentApiTest {
  private static final String PARIS = "Europe/Paris";
  private static final String WEEK_LATER =
      "{\"type\": \"DAYS_AFTER_ENROLLMENT\", \"days\": 7, \"time\": \"08:30\"}";

  @Autowired MockMvc mvc;
  @Autowired EmbeddedMailSink mails;
  @Autowired MongoTemplate mongo;
  @Autowired MutableClock clock;
  ApiClient api;
  CourseCalls school;
  String student;
  String course;
  String intro;
  String week1;
  String gated;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, mails);
    Account creator = api.register("creator");
    school = new CourseCalls(api, creator, api.createWorkspace(creator, "School Co"));
    student = ApiClient.uniqueEmail("student");
    course = school.course("Photo school");
    intro = school.module(course, "Intro", CourseCalls.IMMEDIATE);
    week1 = school.module(course, "Week one", WEEK_LATER);
    gated = school.module(course, "Wrap-up", CourseCalls.AFTER_PREVIOUS);
    school.publish(course);
  }

  @Test
  void aRetryOfAnAttemptThatDiedAfterEnrollingAnswersWithThatEnrolment() throws Exception {
    String path = "/api/courses/" + course + "/enrollments";
    String body =
        "{\"studentEmail\": \"%s\", \"studentName\": \"Sam\", \"timeZone\": \"%s\"}"
            .formatted(student, PARIS);
    Map<String, String> keyed =
        Map.of("X-Workspace-Id", school.workspace(), "Idempotency-Key", "died-enrolment");
    String first =
        ApiClient.read(
            api.perform(HttpMethod.POST, path, school.creator(), body, keyed)
                .andExpect(status().isCreated()),
            "$.data.id");
    // As if the api died after enrolling and before storing its answer.
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id")
                .is(Hashes.sha256(school.creator().id() + "|" + path + "|died-enrolment"))),
        new Update().set("completed", false),
        IdempotencyRecord.class);
    clock.advance(Duration.ofSeconds(61));

    api.perform(HttpMethod.POST, path, school.creator(), body, keyed)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.id").value(first));
    assertThat(
            mongo.count(Query.query(Criteria.where("courseId").is(course)), "course_enrollments"))
        .isEqualTo(1);
  }

  @Test
  void enrolmentMailsTheCourseLinkAndTheStudentReadsOnlyWhatWasReleased() throws Exception {
    String enrollment = school.enroll(course, student, PARIS);

    ReceivedMail welcome = api.awaitMail(student, "Welcome to Photo school");
    ReceivedMail release = api.awaitMail(student, "Photo school: Intro is ready");
    String token = CourseCalls.learnToken(release);
    assertThat(CourseCalls.learnToken(welcome)).isEqualTo(token);
    // The link opens the student page of the UI, which reads the API below.
    assertThat(welcome.text()).contains("/learn/" + token).doesNotContain("/api/courses/learn/");
    school
        .asStudent(HttpMethod.GET, "/api/courses/learn/" + token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.courseTitle").value("Photo school"))
        .andExpect(jsonPath("$.data.modules.length()").value(1))
        .andExpect(jsonPath("$.data.modules[0].title").value("Intro"))
        .andExpect(jsonPath("$.data.modulesNotYetReleased").value(2));
    school
        .asStudent(HttpMethod.GET, lesson(token, intro))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.body").value("# Intro"));
    school
        .asStudent(HttpMethod.GET, lesson(token, week1))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("Week one")))
        .andExpect(jsonPath("$.details.lessonId").exists());
    school.asStudent(HttpMethod.GET, lesson(token, gated)).andExpect(status().isForbidden());
    school
        .asStudent(HttpMethod.GET, "/api/courses/learn/" + enrollment + ".forged")
        .andExpect(status().isNotFound());

    String answer =
        school
            .call(HttpMethod.GET, school.enrollment(course, enrollment), null)
            .andExpect(jsonPath("$.data.liveStatus").value("ACTIVE"))
            .andExpect(jsonPath("$.data.timeZone").value(PARIS))
            .andExpect(jsonPath("$.data.modules[0].releasedAt").exists())
            .andExpect(jsonPath("$.data.modules[1].releasedAt").doesNotExist())
            .andExpect(jsonPath("$.data.modules[2].releaseAt").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Instant enrolledAt = Instant.parse(JsonPath.read(answer, "$.data.enrolledAt"));
    ZoneId paris = ZoneId.of(PARIS);
    Instant weekLater =
        LocalDate.ofInstant(enrolledAt, paris)
            .plusDays(7)
            .atTime(LocalTime.of(8, 30))
            .atZone(paris)
            .toInstant();
    assertThat(Instant.parse(JsonPath.<String>read(answer, "$.data.modules[1].releaseAt")))
        .isEqualTo(weekLater);
    assertThat(event(enrollment, "course.enrolled")).isTrue();
    assertThat(event(enrollment, "course.module_released:" + intro)).isTrue();
    assertThat(event(enrollment, "course.module_released:" + week1)).isFalse();
  }

  @Test
  void completingAModuleReleasesTheGatedOneAndTheLastLessonCompletesTheCourse() throws Exception {
    course = school.course("Knots");
    String basics = school.module(course, "Basics", CourseCalls.IMMEDIATE);
    String advanced = school.module(course, "Advanced", CourseCalls.AFTER_PREVIOUS);
    school.publish(course);
    String enrollment = school.enroll(course, student, PARIS);
    String token = CourseCalls.learnToken(api.awaitMail(student, "Knots: Basics is ready"));
    String path = school.enrollment(course, enrollment);
    school
        .call(HttpMethod.POST, path + "/lessons/" + lessonId(advanced) + "/complete", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("not released")));

    school
        .asStudent(HttpMethod.POST, lesson(token, basics) + "/complete")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.completed").value(true));

    api.awaitMail(student, "Knots: Advanced is ready");
    school.asStudent(HttpMethod.GET, lesson(token, advanced)).andExpect(status().isOk());
    school
        .call(HttpMethod.POST, path + "/lessons/" + lessonId(advanced) + "/complete", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("COMPLETED"))
        .andExpect(jsonPath("$.data.modules[0].completed").value(true))
        .andExpect(jsonPath("$.data.modules[1].completed").value(true));
    assertThat(api.awaitMail(student, "You completed Knots").text()).contains("/learn/" + token);
    assertThat(event(enrollment, "course.completed")).isTrue();
    assertThat(api.mailsTo(student, "is ready")).hasSize(2);
    school
        .call(HttpMethod.POST, path + "/pause", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("completed")));
    school.asStudent(HttpMethod.GET, lesson(token, advanced)).andExpect(status().isOk());
  }

  @Test
  void pauseResumeReleaseAllAndUnenrolAreRefusedWhenTheyMakeNoSense() throws Exception {
    String enrollment = school.enroll(course, student, PARIS);
    String token = CourseCalls.learnToken(api.awaitMail(student, "Intro is ready"));
    String path = school.enrollment(course, enrollment);

    school
        .call(HttpMethod.POST, path + "/resume", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("Only a paused enrolment can be resumed: active"));
    school
        .call(HttpMethod.POST, path + "/pause", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.liveStatus").value("PAUSED"))
        .andExpect(jsonPath("$.data.status").value("PAUSED"))
        .andExpect(jsonPath("$.data.pausedAt").exists());
    school
        .call(HttpMethod.POST, path + "/pause", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("Only an active")));
    school
        .call(HttpMethod.POST, path + "/resume", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("ACTIVE"));

    school
        .call(HttpMethod.POST, path + "/release-all", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.modules[1].releasedAt").exists())
        .andExpect(jsonPath("$.data.modules[2].releasedAt").exists());
    api.awaitMail(student, "Photo school: 2 new modules are ready");
    school.asStudent(HttpMethod.GET, lesson(token, week1)).andExpect(status().isOk());
    school
        .call(HttpMethod.POST, path + "/release-all", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("Every module is released already"));

    school
        .call(HttpMethod.DELETE, path, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.status").value("UNENROLLED"));
    school
        .asStudent(HttpMethod.GET, "/api/courses/learn/" + token)
        .andExpect(status().isForbidden());
    school.call(HttpMethod.POST, path + "/resume", null).andExpect(status().isConflict());
    school
        .call(HttpMethod.GET, "/api/courses/" + course + "/enrollments?status=UNENROLLED", null)
        .andExpect(jsonPath("$.data.total").value(1))
        .andExpect(jsonPath("$.data.items[0].id").value(enrollment));
  }

  @Test
  void aModuleAddedToThePublishedCourseReachesTheRunningEnrolment() throws Exception {
    school.enroll(course, student, PARIS);
    String token = CourseCalls.learnToken(api.awaitMail(student, "Intro is ready"));

    String bonus = school.module(course, "Bonus", CourseCalls.IMMEDIATE);

    api.awaitMail(student, "Photo school: Bonus is ready");
    school.asStudent(HttpMethod.GET, lesson(token, bonus)).andExpect(status().isOk());
    // A lesson added to a released module is open at once.
    school.call(
        HttpMethod.POST,
        "/api/courses/" + course + "/modules/" + intro + "/lessons",
        "{\"title\": \"Extra\", \"kind\": \"CONTENT\", \"body\": \"More\"}");
    school
        .asStudent(HttpMethod.GET, "/api/courses/learn/" + token)
        .andExpect(jsonPath("$.data.modules[0].lessons.length()").value(2));
  }

  @Test
  void refusesAnInvalidEnrolmentNamingTheField() throws Exception {
    school
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/enrollments",
            "{\"studentEmail\": \"nope\", \"studentName\": \"S\", \"timeZone\": \"Europe/Paris\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.studentEmail").exists());
    school
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/enrollments",
            "{\"studentEmail\": \"%s\", \"studentName\": \"S\", \"timeZone\": \"Mars/Olympus\"}"
                .formatted(student))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details.timeZone").exists());
    school.enroll(course, student, PARIS);
    school
        .call(
            HttpMethod.POST,
            "/api/courses/" + course + "/enrollments",
            "{\"studentEmail\": \"%s\", \"studentName\": \"S\", \"timeZone\": \"UTC\"}"
                .formatted(student.toUpperCase()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details.studentEmail").exists());
    school.call(HttpMethod.DELETE, "/api/courses/" + course, null).andExpect(status().isConflict());
  }

  private String lesson(String token, String moduleId) throws Exception {
    return "/api/courses/learn/" + token + "/lessons/" + lessonId(moduleId);
  }

  private String lessonId(String moduleId) throws Exception {
    return school.lessonOf(course, moduleId);
  }

  private boolean event(String enrollmentId, String typeAndSuffix) {
    return mongo.findById(
            school.workspace() + ":enrollment:" + enrollmentId + ":" + typeAndSuffix,
            PlatformEvent.class)
        != null;
  }
}
