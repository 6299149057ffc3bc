package com.mewayz.domain.linkinbio;

/** The profiles a page can show, each with the name visitors read. */
public enum BioSocialPlatform {
  INSTAGRAM("Instagram"),
  TIKTOK("TikTok"),
  YOUTUBE("YouTube"),
  X("X"),
  FACEBOOK("Facebook"),
  LINKEDIN("LinkedIn"),
  GITHUB("GitHub"),
  WEBSITE("Website");

  private final String label;

  BioSocialPlatform(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
