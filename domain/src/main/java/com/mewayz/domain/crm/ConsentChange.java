package com.mewayz.domain.crm;

import java.time.Instant;

/**
 * One change of a contact's consent: to which state, when, through what ({@code api}, {@code
 * import}, {@code unsubscribe-link}, {@code bounce}, {@code automation}) and an optional note.
 */
public record ConsentChange(String status, Instant at, String source, String note) {}
