package com.mewayz.activities.bookings;

import com.mewayz.activities.automations.EventDispatcher;
import com.mewayz.activities.bookings.BookingMails.Links;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.domain.bookings.Booking;
import com.mewayz.domain.bookings.BookingLinks;
import com.mewayz.domain.bookings.BookingStore;
import com.mewayz.domain.events.PlatformEvent;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.workflows.bookings.BookingActivities;
import com.mewayz.workflows.bookings.BookingMailKind;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.failure.ApplicationFailure;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class BookingActivitiesImpl implements BookingActivities {
  private final BookingStore bookings;
  private final WorkspaceRepository workspaces;
  private final BookingLinks links;
  private final Mailer mailer;
  private final EventDispatcher events;
  private final Clock clock;
  private final String organizer;

  public BookingActivitiesImpl(
      BookingStore bookings,
      WorkspaceRepository workspaces,
      BookingLinks links,
      Mailer mailer,
      EventDispatcher events,
      Clock clock,
      @Value("${mewayz.mail.from:Mewayz <no-reply@mewayz.local>}") String from) {
    this.bookings = bookings;
    this.workspaces = workspaces;
    this.links = links;
    this.mailer = mailer;
    this.events = events;
    this.clock = clock;
    this.organizer = addressOf(from);
  }

  @Override
  public void sendMail(String bookingId, BookingMailKind kind, int sequence) {
    Booking booking = load(bookingId);
    mailer.send(
        "booking:" + bookingId + ":" + kind + ":" + sequence, render(kind, booking, sequence));
  }

  private OutgoingMail render(BookingMailKind kind, Booking booking, int sequence) {
    Instant now = clock.instant();
    return switch (kind) {
      case CONFIRMATION ->
          BookingMails.confirmation(
              booking,
              links(booking),
              BookingCalendar.invitation(booking, sequence, false, organizer, now));
      case RESCHEDULED ->
          BookingMails.rescheduled(
              booking,
              links(booking),
              BookingCalendar.invitation(booking, sequence, false, organizer, now));
      case CANCELLED ->
          BookingMails.cancelled(
              booking,
              bookingPage(booking),
              BookingCalendar.invitation(booking, sequence, true, organizer, now));
      case FOLLOW_UP -> BookingMails.followUp(booking, bookingPage(booking));
    };
  }

  @Override
  public void sendReminder(String bookingId, int offsetMinutes, int sequence) {
    Booking booking = load(bookingId);
    mailer.send(
        "booking:" + bookingId + ":reminder:" + offsetMinutes + ":" + sequence,
        BookingMails.reminder(booking, offsetMinutes, links(booking)));
  }

  @Override
  public void emit(String bookingId, String type, int sequence) {
    Booking booking = load(bookingId);
    events.publish(
        new PlatformEvent(
            booking.workspaceId() + ":booking:" + bookingId + ":" + type + ":" + sequence,
            booking.workspaceId(),
            type,
            bookingId,
            data(booking),
            clock.instant()));
  }

  @Override
  public void complete(String bookingId, long atMillis) {
    bookings.complete(bookingId, Instant.ofEpochMilli(atMillis));
  }

  /**
   * Shaped as automations read it: {@code trigger.booking.startsAt}, {@code
   * trigger.customer.email}.
   */
  private static Map<String, Object> data(Booking booking) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", booking.id());
    event.put("serviceId", booking.serviceId());
    event.put("service", booking.serviceName());
    event.put("startsAt", booking.startAt().toString());
    event.put("endsAt", booking.endAt().toString());
    event.put("status", booking.status().name());
    event.put("sequence", booking.sequence());
    data.put("booking", event);
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("email", booking.customerEmail());
    customer.put("name", booking.customerName());
    customer.put("firstName", booking.customerName().strip().split("\\s+")[0]);
    customer.put("timeZone", booking.customerTimeZone());
    data.put("customer", customer);
    return data;
  }

  private Links links(Booking booking) {
    return new Links(links.rescheduleLink(booking.id()), links.cancelLink(booking.id()));
  }

  private String bookingPage(Booking booking) {
    String workspace =
        workspaces
            .findById(booking.workspaceId())
            .map(Workspace::slug)
            .orElse(booking.workspaceId());
    return links.bookingPage(workspace, booking.serviceId());
  }

  private Booking load(String bookingId) {
    return bookings
        .find(bookingId)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "The booking " + bookingId + " no longer exists",
                    FailureTypes.NOT_FOUND.type()));
  }

  private static String addressOf(String from) {
    try {
      return new InternetAddress(from).getAddress();
    } catch (AddressException e) {
      throw new IllegalArgumentException("mewayz.mail.from is not an address: " + from, e);
    }
  }
}
