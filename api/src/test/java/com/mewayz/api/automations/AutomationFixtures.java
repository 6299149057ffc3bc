package com.mewayz.api.automations;

/** Automation graphs used by the API tests, as the designer would send them. */
final class AutomationFixtures {
  private AutomationFixtures() {}

  /** manual trigger → set a variable → email the input's address → end with an output. */
  static String welcomeMail() {
    return """
        {"name": "Welcome mail", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.manual", "params": {}},
            {"id": "greet", "type": "data.set", "params": {"values": {"greeting": "Hello {{ trigger.name }}"}}},
            {"id": "mail", "type": "email.send", "params": {"to": "{{ trigger.email }}", "subject": "{{ vars.greeting }}", "text": "Welcome aboard."}},
            {"id": "end", "type": "flow.end", "params": {"output": {"sentTo": "{{ trigger.email }}", "greeting": "{{ vars.greeting }}"}}}
          ],
          "edges": [
            {"from": "t1", "to": "greet"}, {"from": "greet", "to": "mail"}, {"from": "mail", "to": "end"}
          ]}}
        """;
  }

  static String approval() {
    return """
        {"name": "Refund approval", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.manual"},
            {"id": "ask", "type": "approval.request", "params": {"message": "Refund {{ trigger.amount }}?", "timeout": "P3D"}},
            {"id": "yes", "type": "flow.end", "params": {"output": {"decision": "approved"}}},
            {"id": "no", "type": "flow.end", "params": {"output": {"decision": "rejected"}}},
            {"id": "late", "type": "flow.end", "params": {"output": {"decision": "timeout"}}}
          ],
          "edges": [
            {"from": "t1", "to": "ask"},
            {"from": "ask", "to": "yes", "port": "approved"},
            {"from": "ask", "to": "no", "port": "rejected"},
            {"from": "ask", "to": "late", "port": "timeout"}
          ]}}
        """;
  }

  static String waitForPayment() {
    return """
        {"name": "Wait for payment", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.manual"},
            {"id": "paid", "type": "wait.event", "params": {"event": "order.paid", "key": "{{ trigger.orderId }}", "timeout": "P1D"}},
            {"id": "done", "type": "flow.end", "params": {"output": {"amount": "{{ nodes.paid.payload.amount }}"}}},
            {"id": "late", "type": "flow.fail", "params": {"message": "Never paid"}}
          ],
          "edges": [
            {"from": "t1", "to": "paid"},
            {"from": "paid", "to": "done"},
            {"from": "paid", "to": "late", "port": "timeout"}
          ]}}
        """;
  }

  static String onContactCreated() {
    return """
        {"name": "Tag new VIPs", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.event", "params": {"event": "contact.created",
              "filter": {"match": "all", "rules": [{"field": "{{ trigger.contact.email }}", "operator": "ends_with", "value": "@vip.test"}]}}},
            {"id": "end", "type": "flow.end", "params": {"output": {"email": "{{ trigger.contact.email }}"}}}
          ],
          "edges": [{"from": "t1", "to": "end"}]}}
        """;
  }

  static String webhookEcho(boolean requireSignature) {
    return """
        {"name": "Echo", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.webhook", "params": {"respond": true, "timeout": "PT10S", "requireSignature": %s}},
            {"id": "sum", "type": "data.set", "params": {"values": {"who": "{{ trigger.name }}"}}},
            {"id": "end", "type": "flow.end", "params": {"output": {"hello": "{{ vars.who }}"}}}
          ],
          "edges": [{"from": "t1", "to": "sum"}, {"from": "sum", "to": "end"}]}}
        """
        .formatted(requireSignature);
  }

  static String httpCall(String url) {
    return """
        {"name": "Call an API", "graph": {
          "nodes": [
            {"id": "t1", "type": "trigger.manual"},
            {"id": "before", "type": "data.set", "params": {"values": {"attempted": true}}},
            {"id": "call", "type": "http.request", "params": {"method": "POST", "url": "%s", "body": {"n": 1}}, "retry": {"maxAttempts": 1}},
            {"id": "end", "type": "flow.end", "params": {"output": {"status": "{{ nodes.call.status }}", "body": "{{ nodes.call.body }}", "attempted": "{{ vars.attempted }}"}}}
          ],
          "edges": [{"from": "t1", "to": "before"}, {"from": "before", "to": "call"}, {"from": "call", "to": "end"}]}}
        """
        .formatted(url);
  }
}
