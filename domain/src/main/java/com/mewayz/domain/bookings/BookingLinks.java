package com.mewayz.domain.bookings;

import com.mewayz.domain.common.AppSecret;
import com.mewayz.domain.common.SignedLinks;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The customer's link to their booking carries {@code bookingId.signature}: the customer has no
 * account, and the signature is what lets them reschedule or cancel it. The link opens the booking
 * page of the UI, which offers both.
 */
@Component
public class BookingLinks extends SignedLinks {
  private final String publicUrl;

  public BookingLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    super(secret, "booking-manage", publicUrl, "/my-booking/");
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** The booking id a token stands for, when its signature is genuine. */
  public Optional<String> bookingIdOf(String token) {
    return idOf(token);
  }

  public String rescheduleLink(String bookingId) {
    return linkFor(bookingId) + "?action=reschedule";
  }

  public String cancelLink(String bookingId) {
    return linkFor(bookingId) + "?action=cancel";
  }

  /** The public page where customers book {@code serviceId}: stable, safe to share or embed. */
  public String bookingPage(String workspaceSlugOrId, String serviceId) {
    return publicUrl + "/book/" + workspaceSlugOrId + "/" + serviceId;
  }
}
