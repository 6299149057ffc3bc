package com.mewayz.domain.workspaces;

import com.mewayz.domain.common.AppSecret;
import com.mewayz.domain.common.SignedLinks;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Invitation links carry {@code invitationId.signature}. The signature is derived from the master
 * secret, so the token is never stored and never passes through a workflow history.
 */
@Component
public class InvitationLinks extends SignedLinks {

  public InvitationLinks(
      AppSecret secret, @Value("${mewayz.public-url:http://localhost:8080}") String publicUrl) {
    super(secret, "invitation-link", publicUrl, "/invitations/");
  }

  /** The invitation id a token stands for, when its signature is genuine. */
  public Optional<String> invitationIdOf(String token) {
    return idOf(token);
  }
}
