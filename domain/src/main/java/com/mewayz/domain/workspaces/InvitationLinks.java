package com.mewayz.domain.workspaces;

import com.mewayz.domain.common.AppSecret;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Invitation links carry {@code invitationId.signature}. The signature is derived from the master
 * secret, so the token is never stored and never passes through a workflow history.
 */
@Component
public class InvitationLinks {
  private static final String PURPOSE = "invitation-link";
  private final AppSecret secret;
  private final String publicUrl;

  public InvitationLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    this.secret = secret;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public String tokenFor(String invitationId) {
    return invitationId + "." + secret.sign(PURPOSE, invitationId);
  }

  public String linkFor(String invitationId) {
    return publicUrl + "/invitations/" + tokenFor(invitationId);
  }

  /** The invitation id a token stands for, when its signature is genuine. */
  public Optional<String> invitationIdOf(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1) {
      return Optional.empty();
    }
    String id = token.substring(0, dot);
    return secret.verify(PURPOSE, id, token.substring(dot + 1))
        ? Optional.of(id)
        : Optional.empty();
  }
}
