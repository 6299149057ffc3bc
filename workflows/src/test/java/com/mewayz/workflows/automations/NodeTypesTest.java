package com.mewayz.workflows.automations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeTypesTest {

  @Test
  void publishesParametersInTheOrderTheyAreDeclared() {
    assertThat(propertiesOf(schemaOf("email.send")))
        .containsExactly("to", "subject", "text", "html");
    assertThat(propertiesOf(schemaOf("wait.event"))).containsExactly("event", "key", "timeout");
    assertThat(propertiesOf(schemaOf("http.request")))
        .containsExactly("method", "url", "headers", "body", "timeout");
  }

  @Test
  void conditionsListMatchBeforeRulesAndRulesFieldOperatorValue() {
    Map<String, Object> condition = property(schemaOf("flow.if"), "condition");
    assertThat(propertiesOf(condition)).containsExactly("match", "rules");
    Map<String, Object> rule = items(property(condition, "rules"));
    assertThat(propertiesOf(rule)).containsExactly("field", "operator", "value");
  }

  @Test
  void switchCasesNameTheirPortBeforeTheirCondition() {
    Map<String, Object> switchCase = items(property(schemaOf("flow.switch"), "cases"));
    assertThat(propertiesOf(switchCase)).containsExactly("port", "condition");
    assertThat(switchCase.get("required")).isEqualTo(List.of("port", "condition"));
  }

  private static Map<String, Object> schemaOf(String type) {
    return NodeTypes.find(type).orElseThrow().paramsSchema();
  }

  private static Iterable<String> propertiesOf(Map<String, Object> schema) {
    return cast(schema.get("properties")).keySet();
  }

  private static Map<String, Object> property(Map<String, Object> schema, String name) {
    return cast(cast(schema.get("properties")).get(name));
  }

  private static Map<String, Object> items(Map<String, Object> arraySchema) {
    return cast(arraySchema.get("items"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
