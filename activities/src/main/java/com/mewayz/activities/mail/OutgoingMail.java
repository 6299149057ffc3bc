package com.mewayz.activities.mail;

/** A rendered mail ready to hand to SMTP. */
public record OutgoingMail(String to, String subject, String text, String html) {}
