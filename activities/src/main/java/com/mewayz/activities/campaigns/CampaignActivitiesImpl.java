package com.mewayz.activities.campaigns;

import com.mewayz.activities.mail.Mailer;
import com.mewayz.activities.mail.SmtpConnection;
import com.mewayz.domain.campaigns.Campaign;
import com.mewayz.domain.campaigns.Campaign.CampaignCounts;
import com.mewayz.domain.campaigns.CampaignDeliveries;
import com.mewayz.domain.campaigns.CampaignDeliveries.Recipient;
import com.mewayz.domain.campaigns.CampaignDelivery;
import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.ConsentChange;
import com.mewayz.domain.crm.Contact;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.domain.crm.Segment;
import com.mewayz.domain.crm.SegmentFilter;
import com.mewayz.workflows.campaigns.BatchOutcome;
import com.mewayz.workflows.campaigns.BatchRequest;
import com.mewayz.workflows.campaigns.CampaignActivities;
import com.mewayz.workflows.campaigns.CampaignProgress;
import com.mewayz.workflows.common.FailureTypes;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends campaign batches: reads the next contacts of the audience, claims each delivery, renders
 * and sends the mails over a few SMTP connections kept open for the batch ({@code
 * mewayz.campaigns.smtp-connections}, each fed by its own thread), in groups of at most {@link
 * #GROUP} between which it records what the server took or refused and holds the campaign's rate.
 */
@Component
public class CampaignActivitiesImpl implements CampaignActivities {
  static final int GROUP = 100;

  private final MongoTemplate mongo;
  private final CampaignDeliveries deliveries;
  private final ContactStore contacts;
  private final Mailer mailer;
  private final CampaignLinks links;
  private final Clock clock;
  private final int connections;
  private final ExecutorService senders;

  public CampaignActivitiesImpl(
      MongoTemplate mongo,
      CampaignDeliveries deliveries,
      ContactStore contacts,
      Mailer mailer,
      CampaignLinks links,
      Clock clock,
      @Value("${mewayz.campaigns.smtp-connections:4}") int connections) {
    this.mongo = mongo;
    this.deliveries = deliveries;
    this.contacts = contacts;
    this.mailer = mailer;
    this.links = links;
    this.clock = clock;
    this.connections = Math.max(1, connections);
    this.senders =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "campaign-smtp");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public long begin(String campaignId) {
    Instant now = clock.instant();
    // The audience is the contacts created up to the first start: a repeat keeps that moment.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(campaignId).and("startedAt").isNull()),
        new Update().set("startedAt", now),
        Campaign.class);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(campaignId)),
        new Update().set("status", Campaign.SENDING).set("updatedAt", now),
        Campaign.class);
    return mongo.count(Query.query(audience(load(campaignId))), Contact.class);
  }

  @Override
  public BatchOutcome sendBatch(BatchRequest request) {
    Campaign campaign = load(request.campaignId());
    Criteria next = audience(campaign);
    if (request.afterContactId() != null) {
      next = new Criteria().andOperator(next, Criteria.where("_id").gt(request.afterContactId()));
    }
    List<Contact> batch =
        mongo.find(
            Query.query(next).with(Sort.by("_id")).limit(request.maxRecipients()), Contact.class);
    Counts counts = new Counts();
    long startedNanos = System.nanoTime();
    // A throttled group is a tenth of a second of mail: the rate holds smoothly, not in bursts.
    int group =
        request.ratePerSecond() > 0
            ? Math.max(1, Math.min(GROUP, request.ratePerSecond() / 10))
            : GROUP;
    List<SmtpConnection> smtp = new ArrayList<>();
    try {
      for (int i = 0; i < (batch.isEmpty() ? 0 : connections); i++) {
        smtp.add(mailer.openConnection());
      }
      for (int from = 0; from < batch.size(); from += group) {
        sendGroup(
            smtp, campaign, batch.subList(from, Math.min(from + group, batch.size())), counts);
        hold(request.ratePerSecond(), counts.mailed, startedNanos);
        Activity.getExecutionContext().heartbeat(counts.sent);
      }
    } catch (MessagingException e) {
      // The SMTP server is unreachable or dropped the connection: the batch is tried again, and
      // its claimed deliveries keep anyone from a second mail.
      throw ApplicationFailure.newFailure("SMTP: " + e.getMessage(), "SMTP_UNAVAILABLE");
    } finally {
      smtp.forEach(CampaignActivitiesImpl::closeQuietly);
    }
    String last = batch.isEmpty() ? request.afterContactId() : batch.get(batch.size() - 1).id();
    return new BatchOutcome(
        last, counts.sent, counts.failed, counts.skipped, batch.size() < request.maxRecipients());
  }

  @Override
  public void record(String campaignId, CampaignProgress progress) {
    Update update = new Update().set("status", progress.status()).set("updatedAt", clock.instant());
    if (progress.status().equals(Campaign.SENT) || progress.status().equals(Campaign.CANCELLED)) {
      update
          .set("finishedAt", clock.instant())
          .set(
              "counts",
              new CampaignCounts(
                  progress.audience(), progress.sent(), progress.failed(), progress.skipped()));
    }
    mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId)), update, Campaign.class);
  }

  private void sendGroup(
      List<SmtpConnection> smtp, Campaign campaign, List<Contact> group, Counts counts)
      throws MessagingException {
    // Consent as it is now, not as the batch was read: whoever unsubscribed meanwhile is skipped.
    Set<String> subscribed = subscribedNow(group);
    List<Contact> mailable = new ArrayList<>();
    for (Contact contact : group) {
      if (subscribed.contains(contact.id())) {
        mailable.add(contact);
      } else {
        counts.skipped++;
      }
    }
    Instant now = clock.instant();
    Map<String, String> finished =
        deliveries.claim(
            campaign.id(),
            mailable.stream().map(c -> new Recipient(c.id(), c.email())).toList(),
            now);
    finished.values().forEach(status -> counts.count(status));
    List<Contact> toSend = mailable.stream().filter(c -> !finished.containsKey(c.id())).toList();
    if (toSend.isEmpty()) {
      return;
    }
    // The group's mails are shared out over the batch's connections, each sent by its own thread.
    List<Future<Map<Contact, SendFailedException>>> lanes = new ArrayList<>();
    for (int lane = 0; lane < smtp.size(); lane++) {
      List<Contact> share = new ArrayList<>();
      for (int i = lane; i < toSend.size(); i += smtp.size()) {
        share.add(toSend.get(i));
      }
      SmtpConnection connection = smtp.get(lane);
      lanes.add(senders.submit(() -> sendAll(connection, campaign, share)));
    }
    List<String> sent = new ArrayList<>();
    for (Future<Map<Contact, SendFailedException>> lane : lanes) {
      for (Map.Entry<Contact, SendFailedException> result : await(lane).entrySet()) {
        if (result.getValue() == null) {
          sent.add(result.getKey().id());
        } else {
          refuse(campaign, result.getKey(), result.getValue(), now);
          counts.failed++;
        }
      }
    }
    deliveries.markSent(campaign.id(), sent, clock.instant());
    counts.sent += sent.size();
    counts.mailed += toSend.size();
  }

  /** Each contact's refusal, or null when the server took the mail. */
  private Map<Contact, SendFailedException> sendAll(
      SmtpConnection smtp, Campaign campaign, List<Contact> contacts) throws MessagingException {
    Map<Contact, SendFailedException> results = new java.util.LinkedHashMap<>();
    for (Contact contact : contacts) {
      results.put(contact, smtp.send(message(campaign, contact)));
    }
    return results;
  }

  private static <T> T await(Future<T> lane) throws MessagingException {
    try {
      return lane.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MessagingException("Interrupted while sending", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof MessagingException smtpFailure) {
        throw smtpFailure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void closeQuietly(SmtpConnection connection) {
    try {
      connection.close();
    } catch (MessagingException alreadyBroken) {
      // nothing left to do with it
    }
  }

  private Set<String> subscribedNow(List<Contact> group) {
    // By id alone, consent filtered here: a lookup the _id index answers on any MongoDB server.
    Query query = Query.query(Criteria.where("_id").in(group.stream().map(Contact::id).toList()));
    query.fields().include("_id").include("consent");
    return mongo.find(query, org.bson.Document.class, "contacts").stream()
        .filter(d -> Consent.SUBSCRIBED.equals(d.get("consent")))
        .map(d -> d.get("_id").toString())
        .collect(Collectors.toSet());
  }

  /** A recipient the SMTP server refused: a hard bounce when it rejected the address itself. */
  private void refuse(Campaign campaign, Contact contact, Exception failure, Instant now) {
    deliveries.markFailed(campaign.id(), contact.id(), failure.getMessage(), now);
    if (failure instanceof SendFailedException refusedAddress
        && refusedAddress.getInvalidAddresses() != null
        && refusedAddress.getInvalidAddresses().length > 0) {
      contacts.changeConsent(
          campaign.workspaceId(),
          contact.id(),
          new ConsentChange(Consent.BOUNCED, now, "bounce", failure.getMessage()),
          now);
    }
  }

  private MimeMessage message(Campaign campaign, Contact contact) {
    String token = links.token(campaign.id(), contact.id());
    String unsubscribe = links.unsubscribeUrl(token);
    MimeMessage message =
        mailer.keyedMessage(CampaignDelivery.idOf("campaign." + campaign.id(), contact.id()));
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(new InternetAddress(campaign.fromEmail(), campaign.fromName(), "UTF-8"));
      if (campaign.replyTo() != null) {
        helper.setReplyTo(campaign.replyTo());
      }
      helper.setTo(contact.email());
      helper.setSubject(MergeTags.render(campaign.subject(), contact, unsubscribe, false));
      String text = MergeTags.render(campaign.text(), contact, unsubscribe, false);
      String html = MergeTags.render(campaign.html(), contact, unsubscribe, true);
      String plain = text == null ? null : text + "\n\nUnsubscribe: " + unsubscribe;
      if (html == null || html.isBlank()) {
        helper.setText(plain);
      } else if (plain == null || plain.isBlank()) {
        helper.setText(links.track(html, token), true);
      } else {
        helper.setText(plain, links.track(html, token));
      }
      // RFC 8058: mail clients show an unsubscribe button that POSTs here, no page in between.
      message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      message.setHeader("X-Mewayz-Campaign", campaign.id());
      return message;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Cannot build the mail to " + contact.email() + ": " + e.getMessage(),
          FailureTypes.NOT_FOUND.type());
    }
  }

  /** Sleeps as long as needed for {@code mailed} mails to take their share of a second each. */
  private static void hold(int ratePerSecond, long mailed, long startedNanos) {
    if (ratePerSecond <= 0) {
      return;
    }
    long due = startedNanos + mailed * TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The campaign's recipients: its segment, or every contact, created up to its start. */
  Criteria audience(Campaign campaign) {
    SegmentFilter filter = SegmentFilter.everyone();
    if (campaign.segmentId() != null) {
      Segment segment = mongo.findById(campaign.segmentId(), Segment.class);
      if (segment == null || !segment.workspaceId().equals(campaign.workspaceId())) {
        throw ApplicationFailure.newNonRetryableFailure(
            "The campaign's segment no longer exists", FailureTypes.NOT_FOUND.type());
      }
      filter = segment.filter();
    }
    Criteria criteria = filter.criteria(campaign.workspaceId());
    if (campaign.startedAt() != null) {
      criteria =
          new Criteria()
              .andOperator(criteria, Criteria.where("createdAt").lte(campaign.startedAt()));
    }
    return criteria;
  }

  private Campaign load(String campaignId) {
    Campaign campaign = mongo.findById(campaignId, Campaign.class);
    if (campaign == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The campaign " + campaignId + " no longer exists", FailureTypes.NOT_FOUND.type());
    }
    return campaign;
  }

  private static final class Counts {
    long sent;
    long failed;
    long skipped;
    long mailed;

    void count(String status) {
      if (CampaignDelivery.SENT.equals(status)) {
        sent++;
      } else {
        failed++;
      }
    }
  }
}
