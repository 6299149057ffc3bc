package com.mewayz.activities.campaigns;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reports mail servers send back about campaign mails: delivery status notifications (RFC
 * 3464) for bounces and abuse feedback reports (RFC 5965, ARF) for complaints. A report names the
 * campaign and contact through the returned mail's Message-ID ({@code
 * <campaign.{campaignId}.{contactId}@mewayz>}), else through its {@code X-Mewayz-Campaign} header
 * and the recipient's address. Anything else (auto-replies, reports of other mail) reads as empty.
 */
final class BounceReports {
  private static final int LINES = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;
  private static final Pattern MESSAGE_ID =
      Pattern.compile("^Message-ID:\\s*<campaign\\.([^.@\\s]+)\\.([^.@\\s]+)@mewayz>", LINES);
  private static final Pattern CAMPAIGN_HEADER =
      Pattern.compile("^X-Mewayz-Campaign:\\s*(\\S+)", LINES);
  private static final Pattern ORIGINAL_TO = Pattern.compile("^To:\\s*(.+)$", LINES);
  private static final Pattern ADDRESS = Pattern.compile("<?([^<>\\s;]+@[^<>\\s;]+)>?");

  private BounceReports() {}

  /** What a report says happened to one recipient of one campaign. */
  record Report(
      Kind kind,
      String campaignId,
      String contactId,
      String recipient,
      String status,
      String diagnostic) {}

  enum Kind {
    /** A permanent failure (status 5.x.x): the address does not take mail. */
    HARD_BOUNCE,
    /** A temporary failure or delay (status 4.x.x): nothing changes, the server will retry. */
    SOFT_BOUNCE,
    /** The recipient reported the mail as abuse. */
    COMPLAINT
  }

  /** The reports {@code message} carries about campaign mails; empty when it carries none. */
  static List<Report> read(Part message) throws MessagingException, IOException {
    if (!message.isMimeType("multipart/report")) {
      return List.of();
    }
    String reportType =
        Optional.ofNullable(new ContentType(message.getContentType()).getParameter("report-type"))
            .orElse("")
            .toLowerCase(Locale.ROOT);
    Multipart parts = (Multipart) message.getContent();
    String status = null;
    String returned = "";
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("message/delivery-status")
          || part.isMimeType("message/feedback-report")) {
        status = text(part);
      } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")) {
        returned = headersOf(text(part));
      }
    }
    if (status == null) {
      return List.of();
    }
    return switch (reportType) {
      case "delivery-status" -> deliveryStatus(status, returned);
      case "feedback-report" -> feedback(status, returned).stream().toList();
      default -> List.of();
    };
  }

  private static List<Report> deliveryStatus(String status, String returned) {
    List<Report> reports = new ArrayList<>();
    // The per-message fields come first, then one block of fields per recipient.
    String[] blocks = status.replace("\r\n", "\n").split("\n\\s*\n");
    for (int i = 1; i < blocks.length; i++) {
      String recipient = address(field(blocks[i], "Final-Recipient"));
      String action = Optional.ofNullable(field(blocks[i], "Action")).orElse("");
      String code = Optional.ofNullable(field(blocks[i], "Status")).orElse("");
      if (recipient == null
          || !(action.equalsIgnoreCase("failed") || action.equalsIgnoreCase("delayed"))) {
        continue;
      }
      Kind kind =
          action.equalsIgnoreCase("failed") && code.startsWith("5")
              ? Kind.HARD_BOUNCE
              : Kind.SOFT_BOUNCE;
      about(returned, recipient, kind, code, field(blocks[i], "Diagnostic-Code"))
          .ifPresent(reports::add);
    }
    return reports;
  }

  private static Optional<Report> feedback(String status, String returned) {
    String type = Optional.ofNullable(field(status, "Feedback-Type")).orElse("");
    if (!type.equalsIgnoreCase("abuse")) {
      return Optional.empty();
    }
    String recipient = address(field(status, "Original-Rcpt-To"));
    if (recipient == null) {
      Matcher to = ORIGINAL_TO.matcher(returned);
      recipient = to.find() ? address(to.group(1)) : null;
    }
    return about(returned, recipient, Kind.COMPLAINT, "abuse", field(status, "User-Agent"));
  }

  private static Optional<Report> about(
      String returned, String recipient, Kind kind, String status, String diagnostic) {
    Matcher id = MESSAGE_ID.matcher(returned);
    if (id.find()) {
      return Optional.of(new Report(kind, id.group(1), id.group(2), recipient, status, diagnostic));
    }
    Matcher campaign = CAMPAIGN_HEADER.matcher(returned);
    if (campaign.find() && recipient != null) {
      return Optional.of(new Report(kind, campaign.group(1), null, recipient, status, diagnostic));
    }
    return Optional.empty();
  }

  /** A field's value, with folded continuation lines joined; null when absent. */
  private static String field(String block, String name) {
    Matcher m =
        Pattern.compile("^" + Pattern.quote(name) + ":[ \\t]*(.*(?:\\r?\\n[ \\t]+.*)*)", LINES)
            .matcher(block);
    return m.find() ? m.group(1).replaceAll("\\r?\\n[ \\t]+", " ").strip() : null;
  }

  /** The address of {@code rfc822; ann@example.com}, {@code <ann@example.com>} or a bare one. */
  private static String address(String value) {
    if (value == null) {
      return null;
    }
    String bare = value.contains(";") ? value.substring(value.indexOf(';') + 1) : value;
    Matcher m = ADDRESS.matcher(bare.strip());
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String headersOf(String returned) {
    String normalised = returned.replace("\r\n", "\n");
    int end = normalised.indexOf("\n\n");
    return end < 0 ? normalised : normalised.substring(0, end);
  }

  /** A part's raw text, whatever Java type Jakarta Mail would map its content to. */
  private static String text(Part part) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
