package com.mewayz.workflows.automations;

import static com.mewayz.workflows.automations.Graphs.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mewayz.workflows.automations.Expressions.ExpressionException;
import com.mewayz.workflows.automations.Expressions.Reference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  private static final Map<String, Object> SCOPE = scope();

  private static Map<String, Object> scope() {
    Map<String, Object> nodes = new LinkedHashMap<>();
    nodes.put(
        "n2",
        Map.of(
            "status",
            200,
            "body",
            Map.of(
                "items",
                List.of(map("sku", "A-1", "qty", 2), map("sku", "B-2", "qty", 1)),
                "odd key",
                "spaced")));
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("name", "Ada");
    vars.put("empty", null);
    vars.put("zero", 0);
    vars.put("flag", false);
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("trigger", Map.of("order", Map.of("id", "o-1", "total", 99.5), "tags", List.of()));
    scope.put("vars", vars);
    scope.put("nodes", nodes);
    scope.put("loop", Map.of("item", "x", "index", 3));
    return scope;
  }

  private static Object resolve(Object value) {
    return Expressions.resolve(value, SCOPE);
  }

  @Test
  void pathsWalkMapsAndListIndexes() {
    assertThat(resolve("{{ trigger.order.id }}")).isEqualTo("o-1");
    assertThat(resolve("{{ nodes.n2.body.items[1].sku }}")).isEqualTo("B-2");
    assertThat(resolve("{{nodes.n2.status}}")).isEqualTo(200);
    assertThat(resolve("{{ loop.item }}")).isEqualTo("x");
    assertThat(resolve("{{ loop.index }}")).isEqualTo(3);
  }

  @Test
  void quotedKeysInBracketsReachKeysThatAreNotNames() {
    assertThat(resolve("{{ nodes.n2.body['odd key'] }}")).isEqualTo("spaced");
    assertThat(resolve("{{ nodes['n2'][\"body\"].items[0]['sku'] }}")).isEqualTo("A-1");
  }

  @Test
  void missingStepsOfAPathGiveNothing() {
    assertThat(resolve("{{ trigger.order.missing.deeper }}")).isNull();
    assertThat(resolve("{{ nodes.n2.body.items[5].sku }}")).isNull();
    assertThat(resolve("{{ nodes.n2.body.items[-1] }}")).isNull();
    assertThat(resolve("{{ nodes.n2.body.items.sku }}")).isNull();
    assertThat(resolve("{{ trigger.order.id[0] }}")).isNull();
    // No loop or error in scope outside a loop or an error path.
    assertThat(Expressions.resolve("{{ loop.item }}", Map.of())).isNull();
    assertThat(Expressions.resolve("{{ error.message }}", Map.of())).isNull();
  }

  @Test
  void aWholeExpressionKeepsItsValuesTypeWhileATemplateWritesText() {
    assertThat(resolve("  {{ trigger.order.total }}  ")).isEqualTo(99.5);
    assertThat(resolve("{{ nodes.n2.body.items[0] }}")).isEqualTo(Map.of("sku", "A-1", "qty", 2));
    assertThat(resolve("Total: {{ trigger.order.total }} EUR")).isEqualTo("Total: 99.5 EUR");
    assertThat(resolve("{{ vars.name }} has {{ nodes.n2.body.items[0] }}"))
        .isEqualTo("Ada has {\"sku\":\"A-1\",\"qty\":2}");
    assertThat(resolve("[{{ vars.empty }}]")).isEqualTo("[]");
    assertThat(resolve("{{ loop.index }}{{ loop.index }}")).isEqualTo("33");
    assertThat(resolve("no expression")).isEqualTo("no expression");
  }

  @Test
  void replacementTextIsTakenLiterally() {
    Map<String, Object> scope = Map.of("vars", Map.of("price", "$1 \\o/"));
    assertThat(Expressions.resolve("costs {{ vars.price }}", scope)).isEqualTo("costs $1 \\o/");
  }

  @Test
  void resolveGoesDeepIntoMapsAndListsAndLeavesOtherValuesAlone() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("to", "{{ vars.name }}");
    params.put("list", List.of("{{ loop.index }}", 7, Map.of("k", "{{ trigger.order.id }}")));
    params.put("n", 5);
    params.put("nothing", null);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("to", "Ada");
    expected.put("list", List.of(3, 7, Map.of("k", "o-1")));
    expected.put("n", 5);
    expected.put("nothing", null);
    assertThat(resolve(params)).isEqualTo(expected);
  }

  @Test
  void fallbackTakesTheFirstOperandThatIsNotNull() {
    assertThat(resolve("{{ vars.missing ?? vars.name }}")).isEqualTo("Ada");
    assertThat(resolve("{{ vars.empty ?? vars.missing ?? 'friend' }}")).isEqualTo("friend");
    assertThat(resolve("{{ vars.name ?? 'friend' }}")).isEqualTo("Ada");
    // Zero, false and the empty list are values, not missing.
    assertThat(resolve("{{ vars.zero ?? 1 }}")).isEqualTo(0);
    assertThat(resolve("{{ vars.flag ?? true }}")).isEqualTo(false);
    assertThat(resolve("{{ trigger.tags ?? 'none' }}")).isEqualTo(List.of());
    assertThat(resolve("{{ vars.missing ?? null }}")).isNull();
    assertThat(resolve("Hi {{ vars.missing ?? \"you\" }}!")).isEqualTo("Hi you!");
  }

  @Test
  void fallbackTextMayItselfHoldQuestionMarks() {
    assertThat(resolve("{{ vars.missing ?? 'Really??' }}")).isEqualTo("Really??");
    assertThat(resolve("{{ nodes['a??b'] ?? vars.name }}")).isEqualTo("Ada");
  }

  @Test
  void literalsAreStringsNumbersBooleansAndNull() {
    assertThat(resolve("{{ 'single' }}")).isEqualTo("single");
    assertThat(resolve("{{ \"double\" }}")).isEqualTo("double");
    assertThat(resolve("{{ '' }}")).isEqualTo("");
    assertThat(resolve("{{ 42 }}")).isEqualTo(42L);
    assertThat(resolve("{{ -7 }}")).isEqualTo(-7L);
    assertThat(resolve("{{ 2.5 }}")).isEqualTo(2.5);
    assertThat(resolve("{{ true }}")).isEqualTo(true);
    assertThat(resolve("{{ false }}")).isEqualTo(false);
    assertThat(resolve("{{ null }}")).isNull();
  }

  @Test
  void malformedExpressionsAreRefusedWithTheExpressionAtFault() {
    assertParseError("{{ }}", "Empty expression");
    assertParseError("{{ vars.name ?? }}", "Empty expression");
    assertParseError("{{ 'open }}", "Unterminated string");
    assertParseError("{{ 1.2.3 }}", "Not a number: 1.2.3");
    assertParseError("{{ - }}", "Not a number");
    assertParseError("{{ vars. }}", "A name is missing after '.'");
    assertParseError("{{ vars..name }}", "A name is missing after '.'");
    assertParseError("{{ vars.items[0 }}", "Missing ']'");
    assertParseError("{{ vars.items[first] }}", "Use [number] or ['key']");
    assertParseError("{{ vars.a + 1 }}", "Unexpected ' '");
    assertParseError("{{ vars.name() }}", "Unexpected '('");
    assertParseError("{{ [0] }}", "Unexpected '['");
  }

  @Test
  void unknownRootsAreRefused() {
    assertParseError("{{ secrets.key }}", "Unknown root 'secrets'");
    assertParseError("{{ env }}", "Unknown root 'env'");
  }

  @Test
  void referencesListEveryPathAndReportUnclosedBraces() {
    List<Reference> refs =
        Expressions.references(
            Map.of(
                "a",
                "{{ nodes.n2.body[0] ?? vars.x }} and {{ trigger.id }}",
                "b",
                List.of("{{ loop.item }}", 3)));
    assertThat(refs)
        .extracting(Reference::root, Reference::firstKey)
        .containsExactlyInAnyOrder(
            tuple("nodes", "n2"),
            tuple("vars", "x"),
            tuple("trigger", "id"),
            tuple("loop", "item"));
    assertThat(new Reference("nodes", List.of(0)).firstKey()).isNull();
    assertThat(new Reference("trigger", List.of()).firstKey()).isNull();
    assertThat(Expressions.references("{{ 'literal' ?? 3 }}")).isEmpty();
    assertThatThrownBy(() -> Expressions.references("Hi {{ vars.name"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("Unclosed '{{'");
    assertThat(Expressions.containsExpression("a {{ b }}")).isTrue();
    assertThat(Expressions.containsExpression(Map.of("x", "{{ b }}"))).isFalse();
  }

  private static void assertParseError(String text, String message) {
    assertThatThrownBy(() -> resolve(text))
        .as(text)
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> Expressions.references(text))
        .as(text)
        .isInstanceOf(ExpressionException.class);
  }
}
