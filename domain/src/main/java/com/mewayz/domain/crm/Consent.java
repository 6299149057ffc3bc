package com.mewayz.domain.crm;

import java.util.List;

/** The consent states of a contact, as stored and as the API spells them. */
public final class Consent {
  public static final String SUBSCRIBED = "subscribed";
  public static final String UNSUBSCRIBED = "unsubscribed";

  /** A hard bounce: the address does not exist. Nothing is sent again until the owner resets it. */
  public static final String BOUNCED = "bounced";

  /** The recipient marked a mail as spam. */
  public static final String COMPLAINED = "complained";

  public static final List<String> ALL = List.of(SUBSCRIBED, UNSUBSCRIBED, BOUNCED, COMPLAINED);

  private Consent() {}
}
