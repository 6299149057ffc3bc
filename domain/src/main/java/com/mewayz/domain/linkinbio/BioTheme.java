package com.mewayz.domain.linkinbio;

/**
 * The colour schemes a page can use. Every pair of text and background meets WCAG AA contrast
 * (4.5:1 or more), so an owner cannot pick an unreadable page.
 */
public enum BioTheme {
  LIGHT("#ffffff", "#1f2937", "#111827", "#ffffff"),
  DARK("#0f172a", "#f1f5f9", "#f1f5f9", "#0f172a"),
  OCEAN("#e0f2fe", "#0c4a6e", "#075985", "#ffffff"),
  SUNSET("#fff7ed", "#7c2d12", "#9a3412", "#ffffff");

  private final String background;
  private final String text;
  private final String button;
  private final String buttonText;

  BioTheme(String background, String text, String button, String buttonText) {
    this.background = background;
    this.text = text;
    this.button = button;
    this.buttonText = buttonText;
  }

  public String background() {
    return background;
  }

  public String text() {
    return text;
  }

  public String button() {
    return button;
  }

  public String buttonText() {
    return buttonText;
  }
}
