package com.mewayz.domain.billing;

import com.mewayz.domain.common.AppSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The customer's pay link of an invoice: {@code /pay/invoices/{id}?token=…}, the token an HMAC of
 * the id derived from the master secret. It is never stored, and only someone who received the
 * invoice can open its page.
 */
@Component
public class InvoiceLinks {
  private static final String PURPOSE = "invoice-pay-link";
  private final AppSecret secret;
  private final String publicUrl;

  public InvoiceLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    this.secret = secret;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public String payLink(String invoiceId) {
    return publicUrl + "/pay/invoices/" + invoiceId + "?token=" + secret.sign(PURPOSE, invoiceId);
  }

  public boolean verify(String invoiceId, String token) {
    return token != null && secret.verify(PURPOSE, invoiceId, token);
  }
}
