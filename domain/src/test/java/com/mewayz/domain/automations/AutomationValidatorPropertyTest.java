package com.mewayz.domain.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.mewayz.domain.automations.AutomationValidator.Problem;
import com.mewayz.domain.automations.GeneratedGraphs.Broken;
import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationGraph.Retry;
import com.mewayz.workflows.automations.AutomationGraph.Settings;
import com.mewayz.workflows.automations.NodeTypes;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The validator against generated graphs: it accepts every graph built from the node catalog,
 * refuses every broken one pointing at the node, edge or field at fault, and never throws, whatever
 * it is given.
 */
class AutomationValidatorPropertyTest {

  @Property(tries = 300)
  void everyGraphBuiltFromTheCatalogIsAccepted(@ForAll("validGraphs") AutomationGraph graph) {
    int size = graph.nodes().size();
    Statistics.collect(size < 5 ? "2-4 nodes" : size < 15 ? "5-14 nodes" : "15+ nodes");
    assertThat(AutomationValidator.validate(graph)).isEmpty();
  }

  @Property(tries = 400)
  void everyBrokenGraphIsRefusedNamingWhereItIsBroken(@ForAll("brokenGraphs") Broken broken) {
    List<Problem> problems = AutomationValidator.validate(broken.graph());
    Statistics.collect(broken.breakage());

    assertThat(problems).as(broken.breakage().name()).isNotEmpty();
    assertThat(problems)
        .as("%s: one problem points at %s", broken.breakage(), broken.expectedPaths())
        .anySatisfy(
            p -> assertThat(GeneratedGraphs.pointsAt(p.path(), broken.expectedPaths())).isTrue());
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }

  @Property(tries = 200)
  void theValidatorNeverThrowsOnArbitraryGraphs(@ForAll("arbitraryGraphs") AutomationGraph graph) {
    assertThatCode(() -> AutomationValidator.validate(graph)).doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<AutomationGraph> validGraphs() {
    return GeneratedGraphs.valid();
  }

  @Provide
  Arbitrary<Broken> brokenGraphs() {
    return GeneratedGraphs.broken();
  }

  /**
   * Graphs of anything: ids, types, ports and params drawn from small pools mixing real and made up
   * values, nulls included, so edges land on real nodes often enough to reach the deep checks.
   */
  @Provide
  Arbitrary<AutomationGraph> arbitraryGraphs() {
    Arbitrary<String> ids =
        Arbitraries.of("t", "a", "b", "c", "d", "", "9", "first").injectNull(0.05);
    List<String> knownTypes = NodeTypes.all().stream().map(NodeTypes.NodeType::type).toList();
    Arbitrary<String> types =
        Arbitraries.oneOf(
                Arbitraries.of(knownTypes),
                Arbitraries.of("trigger.", "trigger.nope", "flow", "x", ""))
            .injectNull(0.05);
    Arbitrary<String> ports =
        Arbitraries.of("out", "error", "true", "false", "item", "done", "timeout", "x")
            .injectNull(0.1);
    Arbitrary<Retry> retries =
        Combinators.combine(
                Arbitraries.integers().between(-2, 200).injectNull(0.3),
                durations(),
                durations(),
                durations())
            .as(Retry::new)
            .injectNull(0.7);
    Arbitrary<Node> nodes =
        Combinators.combine(ids, types, params(), retries)
            .as((id, type, params, retry) -> new Node(id, type, null, params, retry, null));
    Arbitrary<Edge> edges = Combinators.combine(ids, ids, ports).as(Edge::new);
    Arbitrary<Settings> settings =
        ids.map(handler -> new Settings(handler, null, null)).injectNull(0.5);
    return Combinators.combine(nodes.list().ofMaxSize(12), edges.list().ofMaxSize(20), settings)
        .as(AutomationGraph::new);
  }

  private static Arbitrary<String> durations() {
    return Arbitraries.of("PT1S", "PT0S", "PT-5S", "P1D", "soon", "", " PT2M ").injectNull(0.4);
  }

  /** Parameter maps: known keys with values of any JSON type, sometimes deeply nested. */
  private static Arbitrary<Map<String, Object>> params() {
    Arbitrary<String> keys =
        Arbitraries.of(
            "to",
            "subject",
            "text",
            "duration",
            "values",
            "items",
            "max",
            "condition",
            "cases",
            "url",
            "method",
            "event",
            "timeout",
            "message",
            "output",
            "mode",
            "zzz");
    Arbitrary<Object> leaves =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
            Arbitraries.of(
                "{{ trigger.x }}",
                "{{ nodes.a.y }}",
                "{{ vars.v }}",
                "{{ loop.item }}",
                "{{ error.message }}",
                "{{ }}",
                "{{ nodes. }}",
                "{{ a ?? }}",
                "PT5M",
                "GET",
                "{{ trigger.items }}"),
            Arbitraries.integers().between(-5, 5000).map(i -> (Object) i),
            Arbitraries.of(true, false),
            Arbitraries.just(null));
    Arbitrary<Object> values =
        Arbitraries.oneOf(
            leaves,
            leaves,
            Arbitraries.maps(keys, leaves).ofMaxSize(3).map(m -> (Object) m),
            leaves.list().ofMaxSize(3).map(l -> (Object) l),
            Arbitraries.integers().between(1, 200).map(GeneratedGraphsNesting::deep));
    return Arbitraries.maps(keys, values).ofMaxSize(5);
  }
}
