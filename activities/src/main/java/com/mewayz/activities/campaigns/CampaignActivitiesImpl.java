package com.mewayz.activities.campaigns;

import com.mewayz.activities.mail.Mailer;
import com.mewayz.activities.mail.SmtpConnection;
import com.mewayz.domain.campaigns.Campaign;
import com.mewayz.domain.campaigns.Campaign.CampaignCounts;
import com.mewayz.domain.campaigns.CampaignAudiences;
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
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
  private final CampaignAudiences audiences;
  private final ContactStore contacts;
  private final Mailer mailer;
  private final CampaignMessages messages;
  private final Clock clock;
  private final int connections;
  private final ExecutorService senders;

  public CampaignActivitiesImpl(
      MongoTemplate mongo,
      CampaignDeliveries deliveries,
      CampaignAudiences audiences,
      ContactStore contacts,
      Mailer mailer,
      CampaignMessages messages,
      Clock clock,
      @Value("${mewayz.campaigns.smtp-connections:4}") int connections) {
    this.mongo = mongo;
    this.deliveries = deliveries;
    this.audiences = audiences;
    this.contacts = contacts;
    this.mailer = mailer;
    this.messages = messages;
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
    Campaign campaign = load(campaignId);
    return audiences.take(campaignId, () -> audience(campaign));
  }

  @Override
  public BatchOutcome sendBatch(BatchRequest request) {
    Campaign campaign = load(request.campaignId());
    List<String> ids =
        audiences.next(
            campaign.id(),
            request.afterContactId(),
            request.maxRecipients(),
            () -> audience(campaign));
    Counts counts = new Counts();
    long startedNanos = System.nanoTime();
    // A throttled group is a tenth of a second of mail: the rate holds smoothly, not in bursts.
    int group =
        request.ratePerSecond() > 0
            ? Math.max(1, Math.min(GROUP, request.ratePerSecond() / 10))
            : GROUP;
    List<SmtpConnection> smtp = new ArrayList<>();
    try {
      for (int i = 0; i < (ids.isEmpty() ? 0 : connections); i++) {
        smtp.add(mailer.openConnection());
      }
      for (int from = 0; from < ids.size(); from += group) {
        sendGroup(smtp, campaign, ids.subList(from, Math.min(from + group, ids.size())), counts);
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
    String last = ids.isEmpty() ? request.afterContactId() : ids.get(ids.size() - 1);
    return new BatchOutcome(
        last, counts.sent, counts.failed, counts.skipped, ids.size() < request.maxRecipients());
  }

  @Override
  public void record(String campaignId, CampaignProgress progress) {
    Update update = new Update().set("status", progress.status()).set("updatedAt", clock.instant());
    boolean ended =
        progress.status().equals(Campaign.SENT) || progress.status().equals(Campaign.CANCELLED);
    if (ended) {
      update
          .set("finishedAt", clock.instant())
          .set(
              "counts",
              new CampaignCounts(
                  progress.audience(), progress.sent(), progress.failed(), progress.skipped()));
    }
    if (ended) {
      audiences.discard(campaignId);
    }
    mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId)), update, Campaign.class);
  }

  /**
   * The contacts of {@code ids} that still exist, in the order of {@code ids}. Asked a group at a
   * time: the in-process server checks each document it finds against the whole id list.
   */
  private List<Contact> contactsById(List<String> ids) {
    Map<String, Contact> found =
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Contact.class).stream()
            .collect(Collectors.toMap(Contact::id, c -> c));
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  private void sendGroup(
      List<SmtpConnection> smtp, Campaign campaign, List<String> contactIds, Counts counts)
      throws MessagingException {
    // Each contact as it is now, not as the campaign started: whoever unsubscribed meanwhile, or
    // was deleted, is skipped.
    List<Contact> mailable =
        contactsById(contactIds).stream()
            .filter(contact -> Consent.SUBSCRIBED.equals(contact.consent()))
            .toList();
    counts.skipped += contactIds.size() - mailable.size();
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
    List<Future<Map<Contact, MessagingException>>> lanes = new ArrayList<>();
    for (int lane = 0; lane < smtp.size(); lane++) {
      List<Contact> share = new ArrayList<>();
      for (int i = lane; i < toSend.size(); i += smtp.size()) {
        share.add(toSend.get(i));
      }
      SmtpConnection connection = smtp.get(lane);
      lanes.add(senders.submit(() -> sendAll(connection, campaign, share)));
    }
    List<String> sent = new ArrayList<>();
    for (Future<Map<Contact, MessagingException>> lane : lanes) {
      for (Map.Entry<Contact, MessagingException> result : await(lane).entrySet()) {
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

  /**
   * Each contact's failure: null when the server took the mail, else its refusal of the address or
   * why no mail could be built for it. A broken connection throws and fails the whole batch.
   */
  private Map<Contact, MessagingException> sendAll(
      SmtpConnection smtp, Campaign campaign, List<Contact> contacts) throws MessagingException {
    Map<Contact, MessagingException> results = new LinkedHashMap<>();
    for (Contact contact : contacts) {
      MimeMessage message;
      try {
        message = messages.render(campaign, contact);
      } catch (MessagingException unusableAddress) {
        results.put(contact, unusableAddress);
        continue;
      }
      results.put(contact, smtp.send(message));
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
