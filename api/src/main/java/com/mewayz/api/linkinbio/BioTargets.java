package com.mewayz.api.linkinbio;

import com.mewayz.domain.linkinbio.BioBlock;

/** Where a block leads a visitor. */
final class BioTargets {
  private BioTargets() {}

  /**
   * The block's destination, or null when it has none (a product card without a shop link). Booking
   * cards lead to the public booking page of the bookings feature, {@code
   * /book/{workspaceId}/{serviceId}}.
   */
  static String of(BioBlock block, String workspaceId) {
    return switch (block.type()) {
      case LINK, PRODUCT -> block.url();
      case BOOKING -> "/book/" + workspaceId + "/" + block.serviceId();
    };
  }
}
