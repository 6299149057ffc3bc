package com.mewayz.workflows.social;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialPlatformTest {

  @Test
  void countsCodePointsSoAnEmojiIsOneCharacter() {
    assertThat(SocialPlatform.LINKEDIN.length("Launch 🚀")).isEqualTo(8);
    assertThat(SocialPlatform.X.length("Launch 🚀")).isEqualTo(8);
  }

  @Test
  void xCountsEveryLinkAs23WhateverItsLength() {
    String text = "Read https://example.com/" + "p".repeat(60) + " and http://a.io now";

    assertThat(SocialPlatform.X.length(text)).isEqualTo("Read ".length() + 23 + 5 + 23 + 4);
    assertThat(SocialPlatform.LINKEDIN.length(text)).isEqualTo(text.length());
  }

  @Test
  void namesTheLimitOnlyWhenTheTextIsOverIt() {
    assertThat(SocialPlatform.X.tooLong("a".repeat(280))).isNull();
    assertThat(SocialPlatform.X.tooLong("a".repeat(281)))
        .isEqualTo("is 281 characters; X allows 280");
    assertThat(SocialPlatform.LINKEDIN.tooLong("a".repeat(3001)))
        .isEqualTo("is 3001 characters; LinkedIn allows 3000");
  }
}
