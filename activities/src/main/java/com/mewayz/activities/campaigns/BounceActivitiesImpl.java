package com.mewayz.activities.campaigns;

import com.mewayz.activities.campaigns.BounceReports.Report;
import com.mewayz.domain.campaigns.Campaign;
import com.mewayz.domain.campaigns.CampaignDeliveries;
import com.mewayz.domain.campaigns.CampaignDelivery;
import com.mewayz.domain.crm.Consent;
import com.mewayz.domain.crm.ConsentChange;
import com.mewayz.domain.crm.Contact;
import com.mewayz.domain.crm.ContactStore;
import com.mewayz.workflows.campaigns.BounceActivities;
import com.mewayz.workflows.campaigns.BounceTotals;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox over IMAP ({@link BounceMailbox}). A report only counts when it names a
 * delivery the campaign really made to that address: a forged report cannot mark just anyone.
 */
@Component
public class BounceActivitiesImpl implements BounceActivities {
  /** Messages read per poll at most, so one read stays well inside its timeout. */
  static final int PER_READ = 500;

  private final BounceMailbox mailbox;
  private final MongoTemplate mongo;
  private final CampaignDeliveries deliveries;
  private final ContactStore contacts;
  private final Clock clock;

  public BounceActivitiesImpl(
      BounceMailbox mailbox,
      MongoTemplate mongo,
      CampaignDeliveries deliveries,
      ContactStore contacts,
      Clock clock) {
    this.mailbox = mailbox;
    this.mongo = mongo;
    this.deliveries = deliveries;
    this.contacts = contacts;
    this.clock = clock;
  }

  @Override
  public BounceTotals readBounces() {
    if (!mailbox.configured()) {
      return new BounceTotals(0, 0, 0, 0, 1);
    }
    Tally tally = new Tally();
    Store store = null;
    try {
      store = Session.getInstance(new Properties()).getStore(mailbox.ssl() ? "imaps" : "imap");
      store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      Message[] unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
      for (int i = 0; i < Math.min(unread.length, PER_READ); i++) {
        read(unread[i], tally);
        Activity.getExecutionContext().heartbeat(i);
      }
      inbox.close(true);
    } catch (MessagingException | IOException e) {
      throw ApplicationFailure.newFailure(
          "The bounce mailbox " + mailbox.describe() + " cannot be read: " + e.getMessage(),
          "MAILBOX_UNAVAILABLE");
    } finally {
      closeQuietly(store);
    }
    return new BounceTotals(tally.hard, tally.soft, tally.complaints, tally.ignored, 1);
  }

  private void read(Message message, Tally tally) throws MessagingException, IOException {
    // Parsed from a local copy of the whole message: servers' own structure of report parts
    // (BODYSTRUCTURE) is where IMAP servers differ most, and some cannot give it at all.
    List<Report> reports = BounceReports.read(new MimeMessage((MimeMessage) message));
    boolean ours = false;
    for (Report report : reports) {
      ours |= apply(report, tally);
    }
    if (ours) {
      message.setFlag(Flags.Flag.DELETED, true);
    } else {
      // Not a report of a campaign mail: kept, read, for a person to look at.
      message.setFlag(Flags.Flag.SEEN, true);
      tally.ignored++;
    }
  }

  /** Acts on one report; false when it names no delivery Mewayz made. */
  private boolean apply(Report report, Tally tally) {
    Campaign campaign = mongo.findById(report.campaignId(), Campaign.class);
    if (campaign == null) {
      return false;
    }
    Optional<Contact> contact =
        report.contactId() != null
            ? contacts.findById(campaign.workspaceId(), report.contactId())
            : contacts.find(campaign.workspaceId(), report.recipient());
    Optional<CampaignDelivery> delivery =
        contact.flatMap(c -> deliveries.find(campaign.id(), c.id()));
    if (delivery.isEmpty()
        || (report.recipient() != null
            && !delivery.get().email().equalsIgnoreCase(report.recipient()))) {
      return false;
    }
    Instant now = clock.instant();
    String detail =
        report.status() + (report.diagnostic() == null ? "" : " " + report.diagnostic());
    String contactId = delivery.get().contactId();
    switch (report.kind()) {
      case HARD_BOUNCE -> {
        mark(campaign, contactId, new ConsentChange(Consent.BOUNCED, now, "bounce", detail));
        deliveries.recordBounce(campaign.id(), contactId, detail, now);
        tally.hard++;
      }
      case COMPLAINT -> {
        mark(campaign, contactId, new ConsentChange(Consent.COMPLAINED, now, "complaint", detail));
        deliveries.recordComplaint(campaign.id(), contactId, detail, now);
        tally.complaints++;
      }
      case SOFT_BOUNCE -> tally.soft++;
    }
    return true;
  }

  private void mark(Campaign campaign, String contactId, ConsentChange change) {
    contacts.changeConsent(campaign.workspaceId(), contactId, change, change.at());
  }

  private static void closeQuietly(Store store) {
    try {
      if (store != null) {
        store.close();
      }
    } catch (MessagingException alreadyClosed) {
      // nothing left to release
    }
  }

  private static final class Tally {
    long hard;
    long soft;
    long complaints;
    long ignored;
  }
}
