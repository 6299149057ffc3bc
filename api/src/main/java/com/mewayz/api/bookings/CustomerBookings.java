package com.mewayz.api.bookings;

import com.mewayz.api.bookings.BookingViews.BookRequest;
import com.mewayz.api.bookings.BookingViews.ManageView;
import com.mewayz.api.bookings.BookingViews.PublicServiceView;
import com.mewayz.api.bookings.BookingViews.SlotsView;
import com.mewayz.api.bookings.ServiceCatalog.Published;
import com.mewayz.api.web.ApiException;
import com.mewayz.domain.bookings.BookableService;
import com.mewayz.domain.bookings.Booking;
import com.mewayz.domain.bookings.BookingLinks;
import com.mewayz.domain.bookings.BookingRepository;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The customer's side: a published service found by workspace slug or id, and the customer's own
 * booking found by the signed token of their link (never by a bare id).
 */
@Service
class CustomerBookings {
  private final ServiceCatalog catalog;
  private final BookingDesk desk;
  private final BookingRepository bookings;
  private final BookingLinks links;
  private final WorkspaceRepository workspaces;

  CustomerBookings(
      ServiceCatalog catalog,
      BookingDesk desk,
      BookingRepository bookings,
      BookingLinks links,
      WorkspaceRepository workspaces) {
    this.catalog = catalog;
    this.desk = desk;
    this.bookings = bookings;
    this.links = links;
    this.workspaces = workspaces;
  }

  PublicServiceView service(String workspace, String serviceId) {
    Published published = catalog.published(workspace, serviceId);
    return PublicServiceView.of(
        published.service(), published.workspace().name(), catalog.bookingUrl(published.service()));
  }

  SlotsView slots(String workspace, String serviceId, Instant from, Instant to, String timeZone) {
    return desk.slots(catalog.published(workspace, serviceId).service(), from, to, timeZone, null);
  }

  ManageView book(String workspace, String serviceId, BookRequest body) {
    Published published = catalog.published(workspace, serviceId);
    return view(desk.book(published.service(), body));
  }

  ManageView booking(String token) {
    return view(load(token));
  }

  SlotsView rescheduleSlots(String token, Instant from, Instant to, String timeZone) {
    Booking booking = load(token);
    return desk.slots(serviceOf(booking), from, to, timeZone, booking.id());
  }

  ManageView reschedule(String token, Instant start) {
    Booking booking = load(token);
    return view(desk.reschedule(booking, serviceOf(booking), start));
  }

  ManageView cancel(String token) {
    return view(desk.cancel(load(token), "customer"));
  }

  private Booking load(String token) {
    return links
        .bookingIdOf(token)
        .flatMap(bookings::findById)
        .orElseThrow(() -> ApiException.notFound("Booking"));
  }

  private BookableService serviceOf(Booking booking) {
    return catalog.find(booking.serviceId()).orElseThrow(() -> ApiException.notFound("Service"));
  }

  private ManageView view(Booking booking) {
    BookableService service = catalog.find(booking.serviceId()).orElse(null);
    return new ManageView(
        booking.id(),
        workspaces.findById(booking.workspaceId()).map(Workspace::name).orElse(null),
        booking.serviceId(),
        booking.serviceName(),
        booking.durationMinutes(),
        booking.customerName(),
        booking.customerTimeZone(),
        booking.startAt(),
        booking.endAt(),
        booking.status(),
        desk.changeable(booking),
        service == null ? null : catalog.bookingUrl(service));
  }
}
