package com.mewayz.api.bookings;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mewayz.api.bookings.BookingViews.AvailabilityRequest;
import com.mewayz.api.bookings.BookingViews.ExceptionRequest;
import com.mewayz.api.bookings.BookingViews.RangeRequest;
import com.mewayz.api.bookings.BookingViews.ServiceRequest;
import com.mewayz.api.bookings.BookingViews.ServiceView;
import com.mewayz.api.bookings.BookingViews.WeeklyHoursRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.domain.bookings.Availability;
import com.mewayz.domain.bookings.Availability.DateOverride;
import com.mewayz.domain.bookings.Availability.TimeRange;
import com.mewayz.domain.bookings.Availability.WeeklyHours;
import com.mewayz.domain.bookings.BookableService;
import com.mewayz.domain.bookings.BookableServiceRepository;
import com.mewayz.domain.bookings.BookingLinks;
import com.mewayz.domain.bookings.BookingRepository;
import com.mewayz.domain.bookings.TimeClaims;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.workflows.bookings.BookingStatus;
import com.mewayz.workflows.bookings.Bookings;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The services a workspace offers: validated, stored, and found by the public pages. */
@Service
class ServiceCatalog {
  private final BookableServiceRepository services;
  private final BookingRepository bookings;
  private final BookingLinks links;
  private final MongoTemplate mongo;
  private final Clock clock;

  ServiceCatalog(
      BookableServiceRepository services,
      BookingRepository bookings,
      BookingLinks links,
      MongoTemplate mongo,
      Clock clock) {
    this.services = services;
    this.bookings = bookings;
    this.links = links;
    this.mongo = mongo;
    this.clock = clock;
  }

  ServiceView create(WorkspaceAccess access, ServiceRequest body) {
    Instant now = clock.instant();
    BookableService service =
        services.insert(
            build(
                new ObjectId().toHexString(),
                access.workspaceId(),
                slugFor(access.workspaceId(), body.name()),
                body,
                now,
                now));
    return view(service);
  }

  PageResponse<ServiceView> list(WorkspaceAccess access, PageRequestParams params) {
    Page<BookableService> found =
        services.findByWorkspaceId(
            access.workspaceId(),
            PageRequest.of(
                params.page(), params.size(), Sort.by(Sort.Direction.DESC, "createdAt")));
    return new PageResponse<>(
        found.getContent().stream().map(this::view).toList(),
        params.page(),
        params.size(),
        found.getTotalElements());
  }

  ServiceView get(WorkspaceAccess access, String serviceId) {
    return view(load(access, serviceId));
  }

  /**
   * Replaces the service. Bookings already made keep their time, duration and buffers; only new
   * bookings follow the change.
   */
  ServiceView update(WorkspaceAccess access, String serviceId, ServiceRequest body) {
    BookableService current = load(access, serviceId);
    return view(
        services.save(
            build(
                current.id(),
                current.workspaceId(),
                current.slug(),
                body,
                current.createdAt(),
                clock.instant())));
  }

  void delete(WorkspaceAccess access, String serviceId) {
    BookableService service = load(access, serviceId);
    if (bookings.existsByServiceIdAndStatus(service.id(), BookingStatus.CONFIRMED)) {
      throw ApiException.conflict(
          "The service has bookings to come: cancel them, or unpublish the service instead");
    }
    services.delete(service);
  }

  BookableService load(WorkspaceAccess access, String serviceId) {
    return services
        .findByIdAndWorkspaceId(serviceId, access.workspaceId())
        .orElseThrow(() -> ApiException.notFound("Service"));
  }

  /** A published service (by id or slug) of a workspace (by id or slug), for the public pages. */
  Published published(String workspaceSlugOrId, String serviceIdOrSlug) {
    Workspace workspace =
        Optional.ofNullable(mongo.findById(workspaceSlugOrId, Workspace.class))
            .or(
                () ->
                    Optional.ofNullable(
                        mongo.findOne(query(where("slug").is(workspaceSlugOrId)), Workspace.class)))
            .orElseThrow(() -> ApiException.notFound("Service"));
    BookableService service =
        services
            .findByIdAndWorkspaceId(serviceIdOrSlug, workspace.id())
            .or(() -> services.findByWorkspaceIdAndSlug(workspace.id(), serviceIdOrSlug))
            .filter(BookableService::published)
            .orElseThrow(() -> ApiException.notFound("Service"));
    return new Published(workspace, service);
  }

  record Published(Workspace workspace, BookableService service) {}

  Optional<BookableService> find(String serviceId) {
    return services.findById(serviceId);
  }

  ServiceView view(BookableService service) {
    return ServiceView.of(service, bookingUrl(service));
  }

  String bookingUrl(BookableService service) {
    String workspace =
        Optional.ofNullable(mongo.findById(service.workspaceId(), Workspace.class))
            .map(Workspace::slug)
            .orElse(service.workspaceId());
    return links.bookingPage(workspace, service.id());
  }

  /**
   * {@code portrait-session} from "Portrait session", with a short random suffix when the workspace
   * has it already.
   */
  private String slugFor(String workspaceId, String name) {
    String base =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    base = base.isEmpty() ? "service" : base.substring(0, Math.min(base.length(), 40));
    String slug = base;
    while (services.existsByWorkspaceIdAndSlug(workspaceId, slug)) {
      slug = base + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(46656, 1679616), 36);
    }
    return slug;
  }

  private static BookableService build(
      String id,
      String workspaceId,
      String slug,
      ServiceRequest body,
      Instant createdAt,
      Instant now) {
    int duration = granular("durationMinutes", body.durationMinutes());
    List<Integer> reminders =
        body.reminderOffsetsMinutes() == null
            ? Bookings.DEFAULT_REMINDER_OFFSETS_MINUTES
            : body.reminderOffsetsMinutes();
    if (new HashSet<>(reminders).size() != reminders.size()) {
      throw ApiException.invalid("reminderOffsetsMinutes", "must not repeat an offset");
    }
    String resource = body.resource() == null ? "" : body.resource().strip();
    return new BookableService(
        id,
        workspaceId,
        body.name().strip(),
        slug,
        body.description(),
        duration,
        granular("bufferBeforeMinutes", orZero(body.bufferBeforeMinutes())),
        granular("bufferAfterMinutes", orZero(body.bufferAfterMinutes())),
        granular(
            "slotStepMinutes", body.slotStepMinutes() == null ? duration : body.slotStepMinutes()),
        body.priceMinor(),
        body.currency(),
        resource.isEmpty() ? BookableService.DEFAULT_RESOURCE : resource,
        Boolean.TRUE.equals(body.published()),
        availability(body.availability()),
        List.copyOf(reminders),
        body.followUpAfterMinutes() == null
            ? Bookings.DEFAULT_FOLLOW_UP_AFTER_MINUTES
            : body.followUpAfterMinutes(),
        createdAt,
        now);
  }

  private static Availability availability(AvailabilityRequest body) {
    String zone = body.timeZone().strip();
    validZone("availability.timeZone", zone);
    List<WeeklyHoursRequest> weekly = body.weekly();
    for (int i = 0; i < weekly.size(); i++) {
      WeeklyHoursRequest hours = weekly.get(i);
      ordered("availability.weekly[" + i + "].end", hours.start(), hours.end());
    }
    List<ExceptionRequest> exceptions = body.exceptions() == null ? List.of() : body.exceptions();
    HashSet<String> dates = new HashSet<>();
    for (int i = 0; i < exceptions.size(); i++) {
      ExceptionRequest exception = exceptions.get(i);
      String field = "availability.exceptions[" + i + "]";
      try {
        LocalDate.parse(exception.date());
      } catch (DateTimeException e) {
        throw ApiException.invalid(field + ".date", "is not a calendar date");
      }
      if (!dates.add(exception.date())) {
        throw ApiException.invalid(field + ".date", "has another exception already");
      }
      List<RangeRequest> hours = exception.hours() == null ? List.of() : exception.hours();
      for (int j = 0; j < hours.size(); j++) {
        ordered(field + ".hours[" + j + "].end", hours.get(j).start(), hours.get(j).end());
      }
    }
    return new Availability(
        zone,
        weekly.stream().map(h -> new WeeklyHours(h.day(), h.start(), h.end())).toList(),
        exceptions.stream()
            .map(
                e ->
                    new DateOverride(
                        e.date(),
                        e.hours() == null
                            ? List.of()
                            : e.hours().stream()
                                .map(r -> new TimeRange(r.start(), r.end()))
                                .toList()))
            .toList());
  }

  static void validZone(String field, String zone) {
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      throw ApiException.invalid(field, "must be an IANA time zone, like Europe/Paris");
    }
  }

  private static void ordered(String field, String start, String end) {
    // HH:mm strings compare as times.
    if (end.compareTo(start) <= 0) {
      throw ApiException.invalid(field, "must be after the start");
    }
  }

  private static int granular(String field, int minutes) {
    if (minutes % TimeClaims.GRANULE_MINUTES != 0) {
      throw ApiException.invalid(
          field, "must be a multiple of " + TimeClaims.GRANULE_MINUTES + " minutes");
    }
    return minutes;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
