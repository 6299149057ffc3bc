package com.mewayz.activities.automations;

import static com.mewayz.activities.automations.AutomationActivitiesImpl.required;
import static com.mewayz.activities.automations.AutomationActivitiesImpl.text;

import com.mewayz.activities.mail.Html;
import com.mewayz.activities.mail.Mailer;
import com.mewayz.activities.mail.OutgoingMail;
import com.mewayz.workflows.automations.RunModel.StepRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code email.send}: one mail per run, node and visit, whatever the retries. */
@Component
class SendEmailStep implements StepHandler {
  private final Mailer mailer;

  SendEmailStep(Mailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public String type() {
    return "email.send";
  }

  @Override
  public Object perform(StepRequest request) {
    Map<String, Object> params = request.params();
    String to = required(params, "to");
    if (!to.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      throw AutomationActivitiesImpl.invalid("to is not an email address: " + to);
    }
    String textBody = required(params, "text");
    String html = text(params, "html");
    boolean sent =
        mailer.send(
            "automation:" + request.executionKey(),
            new OutgoingMail(
                to,
                required(params, "subject"),
                textBody,
                html == null || html.isBlank()
                    ? "<p>" + Html.escape(textBody).replace("\n", "<br>") + "</p>"
                    : html));
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("to", to);
    // A retry after a crash finds the mail already sent under the same key and sends nothing.
    output.put("alreadySent", !sent);
    return output;
  }
}
