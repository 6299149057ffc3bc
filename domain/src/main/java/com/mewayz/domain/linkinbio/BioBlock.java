package com.mewayz.domain.linkinbio;

/**
 * One entry of a page, in the order shown. Its id names it in click URLs and analytics, so it stays
 * the same across edits. A LINK has a {@code url}; a PRODUCT names a store product by {@code
 * productId} (name, price and image are read from the store when the page is rendered) and may have
 * a {@code url} where it is sold; a BOOKING names a bookable service by {@code serviceId}.
 */
public record BioBlock(
    String id, BioBlockType type, String title, String url, String productId, String serviceId) {}
