package com.mewayz.domain.crm;

import java.util.regex.Pattern;

/** The plain check Mewayz makes of an email address before storing or mailing it. */
public final class EmailAddresses {
  private static final Pattern SHAPE =
      Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  private EmailAddresses() {}

  public static boolean valid(String email) {
    return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
  }
}
