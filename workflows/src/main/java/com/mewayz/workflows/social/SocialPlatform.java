package com.mewayz.workflows.social;

import java.util.regex.Pattern;

/**
 * The networks Mewayz publishes to, with how each counts a post's length. Stored on accounts and
 * carried in workflow histories: constants may be added, never renamed.
 */
public enum SocialPlatform {
  /** X (formerly Twitter): 280 characters, every link counted as 23 (X shortens it to t.co). */
  X(280),
  /** LinkedIn: 3,000 characters of commentary. */
  LINKEDIN(3000);

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  /** What X counts for any link, whatever its length. */
  static final int X_LINK_LENGTH = 23;

  private final int maxLength;

  SocialPlatform(int maxLength) {
    this.maxLength = maxLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /**
   * The length of {@code text} as the platform counts it: Unicode code points (an emoji is one),
   * and on X each link as 23. X's double weight for CJK characters is not applied, so such a post
   * may be refused by X although it fits here.
   */
  public int length(String text) {
    if (text == null) {
      return 0;
    }
    if (this != X) {
      return text.codePointCount(0, text.length());
    }
    var links = LINK.matcher(text);
    int length = 0;
    int from = 0;
    while (links.find()) {
      length += text.codePointCount(from, links.start()) + X_LINK_LENGTH;
      from = links.end();
    }
    return length + text.codePointCount(from, text.length());
  }

  /** Null when {@code text} fits, else the problem in words. */
  public String tooLong(String text) {
    int length = length(text);
    return length <= maxLength
        ? null
        : "is " + length + " characters; " + label() + " allows " + maxLength;
  }

  public String label() {
    return this == X ? "X" : "LinkedIn";
  }
}
