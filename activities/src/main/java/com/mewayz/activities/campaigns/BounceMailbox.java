package com.mewayz.activities.campaigns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The IMAP mailbox that receives bounce and complaint reports ({@code MEWAYZ_BOUNCES_IMAP_*}). It
 * is the envelope sender of every mail when {@code MEWAYZ_BOUNCES_ADDRESS} is set, so mail servers
 * send their reports there. Without a host, reports are not read and the platform says so.
 */
@Component
public class BounceMailbox {
  private final String host;
  private final int port;
  private final String username;
  private final String password;
  private final boolean ssl;
  private final long intervalSeconds;

  public BounceMailbox(
      @Value("${mewayz.bounces.imap.host:}") String host,
      @Value("${mewayz.bounces.imap.port:993}") int port,
      @Value("${mewayz.bounces.imap.username:}") String username,
      @Value("${mewayz.bounces.imap.password:}") String password,
      @Value("${mewayz.bounces.imap.ssl:true}") boolean ssl,
      @Value("${mewayz.bounces.interval-seconds:300}") long intervalSeconds) {
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.ssl = ssl;
    this.intervalSeconds = intervalSeconds;
  }

  public boolean configured() {
    return !host.isBlank();
  }

  public long intervalSeconds() {
    return intervalSeconds;
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  String username() {
    return username;
  }

  String password() {
    return password;
  }

  boolean ssl() {
    return ssl;
  }

  /** Where the mailbox is, for messages: never its password. */
  String describe() {
    return username + "@" + host + ":" + port;
  }
}
