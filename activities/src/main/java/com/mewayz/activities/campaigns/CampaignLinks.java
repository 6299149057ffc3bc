package com.mewayz.activities.campaigns;

import com.mewayz.domain.common.AppSecret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed links inside a campaign mail: one-click unsubscribe, the open pixel and click
 * redirects. A recipient token is {@code campaignId.contactId.signature}; a click link also signs
 * its target, so the redirect only ever goes where the campaign's own HTML pointed (no open
 * redirect for anyone to abuse).
 */
@Component
public class CampaignLinks {
  private static final String RECIPIENT = "campaign-recipient";
  private static final String CLICK = "campaign-click";
  private static final Pattern HREF =
      Pattern.compile("href=\"(https?://[^\"]+)\"", Pattern.CASE_INSENSITIVE);

  private final AppSecret secret;
  private final String publicUrl;

  public CampaignLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    this.secret = secret;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** Who a valid token names. */
  public record Recipient(String campaignId, String contactId) {}

  public String token(String campaignId, String contactId) {
    String value = campaignId + "." + contactId;
    return value + "." + secret.sign(RECIPIENT, value);
  }

  public Optional<Recipient> read(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 3 || !secret.verify(RECIPIENT, parts[0] + "." + parts[1], parts[2])) {
      return Optional.empty();
    }
    return Optional.of(new Recipient(parts[0], parts[1]));
  }

  public String unsubscribeUrl(String token) {
    return publicUrl + "/api/email-marketing/unsubscribe/" + token;
  }

  public String openPixelUrl(String token) {
    return publicUrl + "/api/email-marketing/t/o/" + token + ".gif";
  }

  public String clickUrl(String token, String target) {
    return publicUrl
        + "/api/email-marketing/t/c/"
        + token
        + "?u="
        + URLEncoder.encode(target, StandardCharsets.UTF_8)
        + "&s="
        + secret.sign(CLICK, token + "|" + target);
  }

  public boolean clickSigned(String token, String target, String signature) {
    return signature != null && secret.verify(CLICK, token + "|" + target, signature);
  }

  /** The HTML with every http(s) link going through the click redirect, and the open pixel. */
  public String track(String html, String token) {
    Matcher m = HREF.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      // The HTML has its ampersands escaped; the target is the URL the reader sees.
      String target = m.group(1).replace("&amp;", "&");
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "href=\"" + clickUrl(token, target).replace("&", "&amp;") + "\""));
    }
    m.appendTail(out);
    String pixel =
        "<img src=\""
            + openPixelUrl(token)
            + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">";
    int body = out.lastIndexOf("</body>");
    if (body >= 0) {
      out.insert(body, pixel);
    } else {
      out.append(pixel);
    }
    return out.toString();
  }
}
