package com.mewayz.domain.courses;

import com.mewayz.workflows.courses.EnrollmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Changes of an enrolment record; each is safe to repeat. */
@Component
public class EnrollmentStore {
  private final MongoTemplate mongo;

  public EnrollmentStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Enrollment> find(String enrollmentId) {
    return Optional.ofNullable(mongo.findById(enrollmentId, Enrollment.class));
  }

  /** Records each module's release once: a module released already keeps its first time. */
  public void recordRelease(String enrollmentId, List<String> moduleIds, Instant at) {
    for (String moduleId : moduleIds) {
      mongo.updateFirst(
          Query.query(
              Criteria.where("_id").is(enrollmentId).and("releasedAt." + moduleId).exists(false)),
          new Update().set("releasedAt." + moduleId, at).set("updatedAt", at),
          Enrollment.class);
    }
  }

  public void updateStatus(String enrollmentId, EnrollmentStatus status, Instant at) {
    Update update = new Update().set("status", status).set("statusChangedAt", at);
    if (status == EnrollmentStatus.COMPLETED) {
      update.set("completedAt", at);
    }
    mongo.updateFirst(byId(enrollmentId), update.set("updatedAt", at), Enrollment.class);
  }

  public void completeLesson(String enrollmentId, String lessonId, Instant now) {
    mongo.updateFirst(
        byId(enrollmentId),
        new Update().addToSet("completedLessonIds", lessonId).set("updatedAt", now),
        Enrollment.class);
  }

  public void completeModule(String enrollmentId, String moduleId, Instant now) {
    mongo.updateFirst(
        byId(enrollmentId),
        new Update().addToSet("completedModuleIds", moduleId).set("updatedAt", now),
        Enrollment.class);
  }

  private static Query byId(String enrollmentId) {
    return Query.query(Criteria.where("_id").is(enrollmentId));
  }
}
