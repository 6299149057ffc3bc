package com.mewayz.workflows.commerce;

/** Where a shipped parcel is: the carrier, its tracking number and an optional tracking page. */
public record Tracking(String carrier, String number, String url) {}
