package com.mewayz.domain.bookings;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mewayz.workflows.bookings.BookingStatus;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Changes of a booking record. Each is a single-document update conditional on the status and the
 * sequence the caller read, so of two changes racing only the first applies.
 */
@Component
public class BookingStore {
  private final MongoTemplate mongo;

  public BookingStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Booking> find(String bookingId) {
    return Optional.ofNullable(mongo.findById(bookingId, Booking.class));
  }

  /** Moves a confirmed booking still at {@code sequence}; true when this call moved it. */
  public boolean move(String bookingId, int sequence, Instant startAt, Instant endAt, Instant now) {
    return mongo
            .updateFirst(
                confirmedAt(bookingId, sequence),
                new Update()
                    .set("startAt", startAt)
                    .set("endAt", endAt)
                    .set("sequence", sequence + 1)
                    .set("updatedAt", now),
                Booking.class)
            .getModifiedCount()
        == 1;
  }

  /** Cancels a confirmed booking still at {@code sequence}; true when this call cancelled it. */
  public boolean cancel(String bookingId, int sequence, String by, Instant now) {
    return mongo
            .updateFirst(
                confirmedAt(bookingId, sequence),
                new Update()
                    .set("status", BookingStatus.CANCELLED)
                    .set("sequence", sequence + 1)
                    .set("cancelledBy", by)
                    .set("updatedAt", now),
                Booking.class)
            .getModifiedCount()
        == 1;
  }

  /** Marks a confirmed booking COMPLETED; repeating it, or on a cancelled one, changes nothing. */
  public void complete(String bookingId, Instant at) {
    mongo.updateFirst(
        query(where("_id").is(bookingId).and("status").is(BookingStatus.CONFIRMED)),
        new Update().set("status", BookingStatus.COMPLETED).set("updatedAt", at),
        Booking.class);
  }

  private static org.springframework.data.mongodb.core.query.Query confirmedAt(
      String bookingId, int sequence) {
    return query(
        where("_id")
            .is(bookingId)
            .and("status")
            .is(BookingStatus.CONFIRMED)
            .and("sequence")
            .is(sequence));
  }
}
