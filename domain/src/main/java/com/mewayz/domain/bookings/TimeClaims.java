package com.mewayz.domain.bookings;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mewayz.workflows.bookings.BookingStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Who holds a resource's time, in granules of {@link #GRANULE_MINUTES} minutes. A booking holds
 * every granule of its event and buffers; holding one is inserting the {@link TimeClaim} whose id
 * names the granule, a single-document write MongoDB refuses when another booking holds it. So two
 * bookings that overlap by even one granule, whatever their starts, durations and buffers, can
 * never both succeed, on any number of API nodes and without transactions.
 *
 * <p>Granules are claimed in ascending order, so of two overlapping bookings racing, the one that
 * gets their first common granule goes on and the other stops there: one of them always succeeds. A
 * loser removes the granules it took. A crash between two writes (claims taken but the booking not
 * recorded, a booking cancelled or moved but its old granules not given back) leaves claims that
 * {@link #isStale} recognises and a later claim takes over.
 */
@Component
public class TimeClaims {
  public static final int GRANULE_MINUTES = 5;

  /** A claim this old whose booking does not exist was left by a crash. */
  static final Duration STALE_AFTER = Duration.ofMinutes(2);

  private final MongoTemplate mongo;
  private final Clock clock;

  public TimeClaims(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * Holds {@code [from, until)} of the resource for {@code bookingId}; granules it holds already
   * count as held. Returns false, keeping nothing newly taken, when another booking holds any of
   * them.
   */
  public boolean claim(
      String workspaceId, String resource, String bookingId, Instant from, Instant until) {
    List<String> taken = new ArrayList<>();
    for (long minute : granules(from, until)) {
      TimeClaim claim =
          new TimeClaim(
              id(workspaceId, resource, minute),
              workspaceId,
              resource,
              minute,
              bookingId,
              clock.instant());
      if (!hold(claim)) {
        if (!taken.isEmpty()) {
          mongo.remove(
              query(where("_id").in(taken).and("bookingId").is(bookingId)), TimeClaim.class);
        }
        return false;
      }
      taken.add(claim.id());
    }
    return true;
  }

  /** Gives back every granule of the booking outside {@code [from, until)}. */
  public void releaseOutside(String bookingId, Instant from, Instant until) {
    mongo.remove(
        query(where("bookingId").is(bookingId).and("minute").nin(granules(from, until))),
        TimeClaim.class);
  }

  /** Gives back every granule of the booking. */
  public void releaseAll(String bookingId) {
    mongo.remove(query(where("bookingId").is(bookingId)), TimeClaim.class);
  }

  /**
   * The granules (epoch minutes) of the resource held in {@code [from, until)}, except those of
   * {@code exceptBookingId} (a booking being moved does not block itself).
   */
  public Set<Long> held(
      String workspaceId, String resource, Instant from, Instant until, String exceptBookingId) {
    Set<Long> minutes = new HashSet<>();
    for (TimeClaim claim :
        mongo.find(
            query(
                where("workspaceId")
                    .is(workspaceId)
                    .and("resource")
                    .is(resource)
                    .and("minute")
                    .gte(floor(from))
                    .lt(ceil(until))),
            TimeClaim.class)) {
      if (!claim.bookingId().equals(exceptBookingId)) {
        minutes.add(claim.minute());
      }
    }
    return minutes;
  }

  private boolean hold(TimeClaim claim) {
    if (insert(claim)) {
      return true;
    }
    TimeClaim holder = mongo.findById(claim.id(), TimeClaim.class);
    if (holder == null) {
      return insert(claim); // released meanwhile
    }
    if (holder.bookingId().equals(claim.bookingId())) {
      return true;
    }
    if (isStale(holder)) {
      mongo.remove(
          query(where("_id").is(holder.id()).and("bookingId").is(holder.bookingId())),
          TimeClaim.class);
      return insert(claim);
    }
    return false;
  }

  private boolean insert(TimeClaim claim) {
    try {
      mongo.insert(claim);
      return true;
    } catch (DuplicateKeyException held) {
      return false;
    }
  }

  /**
   * A claim whose booking was cancelled, or, once a little old, whose booking does not exist or has
   * moved off that granule: what a crash between the two writes of a change leaves behind.
   */
  private boolean isStale(TimeClaim holder) {
    Booking booking = mongo.findById(holder.bookingId(), Booking.class);
    if (booking != null && booking.status() == BookingStatus.CANCELLED) {
      return true;
    }
    if (!holder.claimedAt().isBefore(clock.instant().minus(STALE_AFTER))) {
      return false;
    }
    return booking == null
        || !granules(booking.occupiedFrom(), booking.occupiedUntil()).contains(holder.minute());
  }

  /** The epoch minutes of the granules covering {@code [from, until)}, ascending. */
  static List<Long> granules(Instant from, Instant until) {
    List<Long> minutes = new ArrayList<>();
    for (long minute = floor(from); minute < ceil(until); minute += GRANULE_MINUTES) {
      minutes.add(minute);
    }
    return minutes;
  }

  static long floor(Instant at) {
    long minute = Math.floorDiv(at.getEpochSecond(), 60);
    return minute - Math.floorMod(minute, GRANULE_MINUTES);
  }

  static long ceil(Instant at) {
    long floor = floor(at);
    return at.equals(Instant.ofEpochSecond(floor * 60)) ? floor : floor + GRANULE_MINUTES;
  }

  private static String id(String workspaceId, String resource, long minute) {
    return workspaceId + ":" + resource + ":" + minute;
  }
}
