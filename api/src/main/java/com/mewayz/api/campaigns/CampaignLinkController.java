package com.mewayz.api.campaigns;

import com.mewayz.activities.campaigns.CampaignLinks;
import com.mewayz.activities.campaigns.CampaignLinks.Recipient;
import com.mewayz.activities.mail.Html;
import com.mewayz.api.crm.ContactEvents;
import com.mewayz.domain.campaigns.Campaign;
import com.mewayz.domain.campaigns.CampaignDeliveries;
import com.mewayz.domain.campaigns.CampaignRepository;
import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.ConsentChange;
import com.mewayz.domain.crm.ContactStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of a campaign mail: the one-click unsubscribe of RFC 8058 (a POST; the GET shows
 * a page with a button, because link scanners fetch every GET), the open pixel and the click
 * redirect. Each link carries a signed recipient token; nothing here needs a login.
 */
@RestController
@RequestMapping("/api/email-marketing")
class CampaignLinkController {
  private static final byte[] PIXEL =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  private final CampaignLinks links;
  private final CampaignRepository campaigns;
  private final CampaignDeliveries deliveries;
  private final ContactStore contacts;
  private final ContactEvents events;
  private final Clock clock;

  CampaignLinkController(
      CampaignLinks links,
      CampaignRepository campaigns,
      CampaignDeliveries deliveries,
      ContactStore contacts,
      ContactEvents events,
      Clock clock) {
    this.links = links;
    this.campaigns = campaigns;
    this.deliveries = deliveries;
    this.contacts = contacts;
    this.events = events;
    this.clock = clock;
  }

  @GetMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> unsubscribePage(@PathVariable String token) {
    return campaign(token)
        .map(
            c ->
                page(
                    HttpStatus.OK,
                    "Unsubscribe",
                    "<p>Stop receiving mail from "
                        + Html.escape(c.fromName())
                        + "?</p>"
                        + "<form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>"))
        .orElseGet(CampaignLinkController::unknownLink);
  }

  /** The one-click unsubscribe: mail clients POST {@code List-Unsubscribe=One-Click} here. */
  @PostMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> unsubscribe(@PathVariable String token) {
    Optional<Recipient> recipient = links.read(token);
    Optional<Campaign> campaign = recipient.flatMap(r -> campaigns.findById(r.campaignId()));
    if (campaign.isEmpty()) {
      return unknownLink();
    }
    Instant now = clock.instant();
    String contactId = recipient.get().contactId();
    contacts
        .changeConsent(
            campaign.get().workspaceId(),
            contactId,
            new ConsentChange(
                Consent.UNSUBSCRIBED, now, "unsubscribe-link", "campaign " + campaign.get().name()),
            now)
        .ifPresent(
            contact ->
                events.publish(
                    "contact.unsubscribed",
                    contact,
                    "unsubscribed:" + contact.consentHistory().size(),
                    Map.of("source", "unsubscribe-link", "campaignId", campaign.get().id())));
    return page(
        HttpStatus.OK,
        "Unsubscribed",
        "<p>You will not receive mail from "
            + Html.escape(campaign.get().fromName())
            + " any more.</p>");
  }

  @GetMapping("/t/o/{token}.gif")
  ResponseEntity<byte[]> open(@PathVariable String token) {
    links
        .read(token)
        .ifPresent(r -> deliveries.recordOpen(r.campaignId(), r.contactId(), clock.instant()));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.IMAGE_GIF)
        .body(PIXEL);
  }

  /** Redirects only to the link the campaign itself signed: never an open redirect. */
  @GetMapping("/t/c/{token}")
  ResponseEntity<String> click(
      @PathVariable String token,
      @RequestParam(name = "u", required = false) String target,
      @RequestParam(name = "s", required = false) String signature) {
    Optional<Recipient> recipient = links.read(token);
    if (recipient.isEmpty() || target == null || !links.clickSigned(token, target, signature)) {
      return unknownLink();
    }
    Instant now = clock.instant();
    deliveries.recordOpen(recipient.get().campaignId(), recipient.get().contactId(), now);
    deliveries.recordClick(recipient.get().campaignId(), recipient.get().contactId());
    return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
  }

  private Optional<Campaign> campaign(String token) {
    return links.read(token).flatMap(r -> campaigns.findById(r.campaignId()));
  }

  private static ResponseEntity<String> unknownLink() {
    return page(
        HttpStatus.NOT_FOUND,
        "Link not recognised",
        "<p>This link is not valid. If you copied it, check that it is complete.</p>");
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
    return ResponseEntity.status(status)
        .contentType(MediaType.TEXT_HTML)
        .cacheControl(CacheControl.noStore())
        .body(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>"
                + title
                + "</title></head><body style=\"font-family:system-ui,sans-serif;max-width:32rem;"
                + "margin:4rem auto;padding:0 1rem\"><h1>"
                + title
                + "</h1>"
                + body
                + "</body></html>");
  }
}
