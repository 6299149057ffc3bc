package com.mewayz.activities.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mewayz.activities.campaigns.BounceReports.Kind;
import com.mewayz.activities.campaigns.BounceReports.Report;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Bounce and complaint reports as mail servers write them, read back to campaign deliveries. */
class BounceReportsTest {
  private static final String RETURNED =
      """
      Message-ID: <campaign.c0ffee.ab12cd@mewayz>
      X-Mewayz-Campaign: c0ffee
      From: Shop <news@shop.example>
      To: ann@example.org
      Subject: The sale is on
      """;

  @Test
  void aPermanentFailureIsAHardBounceOfTheDeliveryTheMessageIdNames() throws Exception {
    List<Report> reports =
        BounceReports.read(
            report(
                "delivery-status",
                "message/delivery-status",
                """
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; Ann@Example.org
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <ann@example.org>:
                 Recipient address rejected: User unknown
                """,
                "text/rfc822-headers",
                RETURNED));

    assertThat(reports)
        .containsExactly(
            new Report(
                Kind.HARD_BOUNCE,
                "c0ffee",
                "ab12cd",
                "ann@example.org",
                "5.1.1",
                "smtp; 550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown"));
  }

  @Test
  void aDelayIsASoftBounceAndEachRecipientOfAReportCounts() throws Exception {
    List<Report> reports =
        BounceReports.read(
            report(
                "delivery-status",
                "message/delivery-status",
                """
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; ann@example.org
                Action: delayed
                Status: 4.4.1

                Final-Recipient: rfc822; bob@example.org
                Action: failed
                Status: 4.2.2
                """,
                "message/rfc822",
                RETURNED.replace("Message-ID: <campaign.c0ffee.ab12cd@mewayz>\n", "")
                    + "\nHello Ann\n"));

    assertThat(reports)
        .extracting(Report::kind, Report::campaignId, Report::contactId, Report::recipient)
        .containsExactly(
            tuple(Kind.SOFT_BOUNCE, "c0ffee", null, "ann@example.org"),
            tuple(Kind.SOFT_BOUNCE, "c0ffee", null, "bob@example.org"));
  }

  @Test
  void anAbuseFeedbackReportIsAComplaint() throws Exception {
    List<Report> reports =
        BounceReports.read(
            report(
                "feedback-report",
                "message/feedback-report",
                """
                Feedback-Type: abuse
                User-Agent: SomeMailbox/1.0
                Version: 1
                """,
                "message/rfc822",
                RETURNED + "\nHello Ann\n"));

    assertThat(reports)
        .containsExactly(
            new Report(
                Kind.COMPLAINT, "c0ffee", "ab12cd", "ann@example.org", "abuse", "SomeMailbox/1.0"));
  }

  @Test
  void reportsOfOtherMailAndOrdinaryMailReadAsNothing() throws Exception {
    String foreign =
        """
        Message-ID: <1234@elsewhere.example>
        To: ann@example.org
        """;
    assertThat(
            BounceReports.read(
                report(
                    "delivery-status",
                    "message/delivery-status",
                    "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; ann@example.org\n"
                        + "Action: failed\nStatus: 5.1.1\n",
                    "text/rfc822-headers",
                    foreign)))
        .isEmpty();
    assertThat(
            BounceReports.read(
                parse(
                    """
                    From: ann@example.org
                    To: bounces@mewayz.test
                    Subject: Out of office
                    Content-Type: text/plain

                    I am away until Monday.
                    """)))
        .isEmpty();
  }

  private static MimeMessage report(
      String reportType, String statusType, String status, String returnedType, String returned)
      throws Exception {
    return parse(
        """
        From: MAILER-DAEMON@mx.example.org
        To: bounces@mewayz.test
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=%s; boundary="report"

        --report
        Content-Type: text/plain

        This is the mail system at host mx.example.org.

        --report
        Content-Type: %s

        %s
        --report
        Content-Type: %s

        %s
        --report--
        """
            .formatted(reportType, statusType, status, returnedType, returned));
  }

  private static MimeMessage parse(String raw) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }
}
