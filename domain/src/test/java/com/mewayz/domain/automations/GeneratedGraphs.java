package com.mewayz.domain.automations;

import com.mewayz.workflows.automations.AutomationGraph;
import com.mewayz.workflows.automations.AutomationGraph.Edge;
import com.mewayz.workflows.automations.AutomationGraph.Node;
import com.mewayz.workflows.automations.AutomationGraph.Retry;
import com.mewayz.workflows.automations.AutomationGraph.Settings;
import com.mewayz.workflows.automations.Ports;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Automation graphs for property tests. A valid graph is built from a list of choices (so jqwik
 * shrinks a failing graph by shrinking the list): a trigger, then a sequence of steps from the node
 * catalog where a step may open an if / else, a switch, parallel branches with their join, or a
 * loop, each branch a shorter sequence of its own. Broken graphs are valid ones with one {@link
 * Breakage} applied, which knows where the validator must point.
 */
final class GeneratedGraphs {
  /** Input every generated run gets: what the triggers' expressions read. */
  static final Map<String, Object> INPUT =
      Map.of(
          "name",
          "Ada",
          "email",
          "ada@example.test",
          "amount",
          42,
          "items",
          List.of(Map.of("email", "a@example.test"), Map.of("email", "b@example.test")));

  private GeneratedGraphs() {}

  static Arbitrary<AutomationGraph> valid() {
    return Arbitraries.integers()
        .between(0, 999)
        .list()
        .ofMinSize(1)
        .ofMaxSize(60)
        .map(choices -> new Builder(choices).build());
  }

  /** A broken graph and the problem path (or paths) the validator must report for it. */
  record Broken(AutomationGraph graph, Breakage breakage, List<String> expectedPaths) {
    /** Short: a graph with a megabyte text or 500 nodes would drown the failure report. */
    @Override
    public String toString() {
      return breakage
          + " expecting one of "
          + expectedPaths
          + " in a graph of "
          + graph.nodes().size()
          + " nodes";
    }
  }

  static Arbitrary<Broken> broken() {
    return net.jqwik.api.Combinators.combine(
            valid(), Arbitraries.of(Breakage.class), Arbitraries.integers().between(0, 999))
        .as(
            (graph, breakage, pick) -> {
              Broken broken = breakage.apply(graph, pick);
              return new Broken(broken.graph(), breakage, broken.expectedPaths());
            });
  }

  /** Ways of breaking a valid graph; each returns the paths one of which must be reported. */
  enum Breakage {
    SELF_LOOP {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node step = pickStep(graph, pick);
        Edge edge = new Edge(step.id(), step.id(), Ports.ERROR);
        return broken(withEdge(graph, edge), "edges." + step.id() + ".error->" + step.id());
      }
    },
    CYCLE {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node first = pickStep(graph, pick);
        Node a = step("cyc-a");
        Node b = step("cyc-b");
        List<Node> nodes = new ArrayList<>(graph.nodes());
        nodes.addAll(List.of(a, b));
        List<Edge> edges = new ArrayList<>(graph.edges());
        edges.add(new Edge(first.id(), a.id(), Ports.ERROR));
        edges.add(new Edge(a.id(), b.id(), Ports.OUT));
        edges.add(new Edge(b.id(), a.id(), Ports.OUT));
        return broken(
            new AutomationGraph(nodes, edges, graph.settings()), "nodes.cyc-a", "nodes.cyc-b");
      }
    },
    DANGLING_EDGE {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node step = pickStep(graph, pick);
        Edge edge = new Edge(step.id(), "ghost", Ports.ERROR);
        return broken(withEdge(graph, edge), "edges." + step.id() + ".error->ghost");
      }
    },
    EDGE_WITHOUT_END {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node step = pickStep(graph, pick);
        AutomationGraph broken = withEdge(graph, new Edge(step.id(), null, Ports.ERROR));
        return broken(broken, "edges[" + (broken.edges().size() - 1) + "]");
      }
    },
    UNKNOWN_TYPE {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node step = pickStep(graph, pick);
        return broken(
            replace(graph, step, withType(step, pick % 2 == 0 ? "made.up" : null)),
            "nodes." + step.id() + ".type");
      }
    },
    WRONG_TYPED_PARAM {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node mail = step("bad-param");
        Map<String, Object> params = new LinkedHashMap<>(mail.params());
        Object wrong = List.of(Map.of("x", 1), 42, true, Map.of()).get(pick % 4);
        params.put("subject", wrong);
        return broken(appended(graph, withParams(mail, params)), "nodes.bad-param.params.subject");
      }
    },
    MISSING_REQUIRED_PARAM {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node mail = step("no-subject");
        Map<String, Object> params = new LinkedHashMap<>(mail.params());
        params.remove("subject");
        return broken(appended(graph, withParams(mail, params)), "nodes.no-subject.params.subject");
      }
    },
    UNKNOWN_PARAM {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node mail = step("extra");
        Map<String, Object> params = new LinkedHashMap<>(mail.params());
        params.put("bogus" + pick, "x");
        return broken(appended(graph, withParams(mail, params)), "nodes.extra.params.bogus" + pick);
      }
    },
    BAD_DURATION {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Object wrong = List.of("soon", 30, "P", "PT30M ago").get(pick % 4);
        Node delay = node("bad-delay", "wait.delay", map("duration", wrong));
        return broken(appended(graph, delay), "nodes.bad-delay.params.duration");
      }
    },
    BAD_RETRY {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Retry retry =
            List.of(
                    new Retry(0, null, null, null),
                    new Retry(3, "PT-1S", null, null),
                    new Retry(3, null, null, "PT0S"),
                    new Retry(3, null, "never", null))
                .get(pick % 4);
        Node mail = step("bad-retry");
        Node retrying =
            new Node(mail.id(), mail.type(), null, mail.params(), retry, mail.position());
        return broken(appended(graph, retrying), "nodes.bad-retry.retry");
      }
    },
    DUPLICATE_ID {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node step = pickStep(graph, pick);
        List<Node> nodes = new ArrayList<>(graph.nodes());
        nodes.add(step);
        return broken(
            new AutomationGraph(nodes, graph.edges(), graph.settings()),
            "nodes." + step.id() + ".id");
      }
    },
    BAD_ID {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        String id = List.of("1st", "has space", "x".repeat(65), "ü").get(pick % 4);
        return broken(appended(graph, withId(step("tmp"), id)), "nodes." + id + ".id");
      }
    },
    DEEP_PARAMS {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Object deep = "bottom";
        for (int i = 0; i < 40 + pick * 5; i++) {
          deep = pick % 2 == 0 ? Map.of("k", deep) : List.of(deep);
        }
        Node set = node("deep", "data.set", map("values", map("v", deep)));
        return broken(appended(graph, set), "nodes.deep.params.values.v");
      }
    },
    HUGE_STRING {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node mail = step("huge");
        Map<String, Object> params = new LinkedHashMap<>(mail.params());
        params.put("text", "x".repeat(GraphLimits.MAX_TEXT + 1 + pick * 1000));
        return broken(appended(graph, withParams(mail, params)), "nodes.huge.params.text");
      }
    },
    HUGE_NAME {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node mail = step("named");
        Node named =
            new Node(mail.id(), mail.type(), "n".repeat(10_000 + pick), mail.params(), null, null);
        return broken(appended(graph, named), "nodes.named.name");
      }
    },
    TOO_MANY_NODES {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        List<Node> nodes = new ArrayList<>(graph.nodes());
        List<Edge> edges = new ArrayList<>(graph.edges());
        String previous = pickStep(graph, pick).id();
        for (int i = 0; i <= GraphLimits.MAX_NODES + pick; i++) {
          Node next = step("many" + i);
          nodes.add(next);
          edges.add(new Edge(previous, next.id(), i == 0 ? Ports.ERROR : Ports.OUT));
          previous = next.id();
        }
        return broken(new AutomationGraph(nodes, edges, graph.settings()), "nodes");
      }
    },
    NO_TRIGGER {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node trigger = graph.trigger().orElseThrow();
        List<Node> nodes = new ArrayList<>(graph.nodes());
        nodes.remove(trigger);
        List<Edge> edges =
            graph.edges().stream().filter(e -> !e.from().equals(trigger.id())).toList();
        return broken(new AutomationGraph(nodes, edges, graph.settings()), "graph");
      }
    },
    SECOND_TRIGGER {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        return broken(appended(graph, node("t2", "trigger.manual", map())), "graph");
      }
    },
    UNREACHABLE_NODE {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        List<Node> nodes = new ArrayList<>(graph.nodes());
        nodes.add(step("island"));
        return broken(new AutomationGraph(nodes, graph.edges(), graph.settings()), "nodes.island");
      }
    },
    UNKNOWN_ERROR_HANDLER {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        return broken(
            new AutomationGraph(
                graph.nodes(), graph.edges(), new Settings("nobody", false, "PT10S")),
            "settings.errorHandler");
      }
    },
    EXPRESSION_TO_NOWHERE {
      @Override
      Broken apply(AutomationGraph graph, int pick) {
        Node mail = step("refers");
        Map<String, Object> params = new LinkedHashMap<>(mail.params());
        params.put(
            "text",
            List.of("{{ nodes.later.x }}", "{{ vars.unset }}", "{{ loop.item }}", "{{ trigger. }}")
                .get(pick % 4));
        return broken(appended(graph, withParams(mail, params)), "nodes.refers.params");
      }
    };

    abstract Broken apply(AutomationGraph graph, int pick);
  }

  private static Broken broken(AutomationGraph graph, String... expectedPaths) {
    return new Broken(graph, null, List.of(expectedPaths));
  }

  /** True when {@code path} is one of the expected places or lies below one. */
  static boolean pointsAt(String path, List<String> expected) {
    return expected.stream()
        .anyMatch(e -> path.equals(e) || path.startsWith(e + ".") || path.startsWith(e + "["));
  }

  /** Any node but the trigger; a graph always has one after its trigger. */
  private static Node pickStep(AutomationGraph graph, int pick) {
    List<Node> steps =
        graph.nodes().stream().filter(n -> !n.type().startsWith("trigger.")).toList();
    return steps.get(pick % steps.size());
  }

  /** The graph with {@code node} hung off the first step's error port. */
  private static AutomationGraph appended(AutomationGraph graph, Node node) {
    List<Node> nodes = new ArrayList<>(graph.nodes());
    nodes.add(node);
    String anchor = Builder.ANCHOR;
    List<Edge> edges = new ArrayList<>(graph.edges());
    edges.add(new Edge(anchor, node.id(), Ports.ERROR));
    return new AutomationGraph(nodes, edges, graph.settings());
  }

  private static AutomationGraph withEdge(AutomationGraph graph, Edge edge) {
    List<Edge> edges = new ArrayList<>(graph.edges());
    edges.add(edge);
    return new AutomationGraph(graph.nodes(), edges, graph.settings());
  }

  private static AutomationGraph replace(AutomationGraph graph, Node old, Node replacement) {
    List<Node> nodes =
        graph.nodes().stream().map(n -> n.id().equals(old.id()) ? replacement : n).toList();
    return new AutomationGraph(nodes, graph.edges(), graph.settings());
  }

  private static Node withType(Node node, String type) {
    return new Node(node.id(), type, node.name(), node.params(), node.retry(), node.position());
  }

  private static Node withId(Node node, String id) {
    return new Node(id, node.type(), node.name(), node.params(), node.retry(), node.position());
  }

  private static Node withParams(Node node, Map<String, Object> params) {
    return new Node(node.id(), node.type(), node.name(), params, node.retry(), node.position());
  }

  static Node node(String id, String type, Map<String, Object> params) {
    return new Node(id, type, null, params, null, null);
  }

  /** A plain side-effecting step: an email. */
  static Node step(String id) {
    return node(id, "email.send", map("to", "{{ trigger.email }}", "subject", "Hi", "text", "-"));
  }

  /** An ordered map that keeps the order written. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Turns choices into a valid graph; when the choices run out every open branch ends. */
  private static final class Builder {
    /**
     * The first node after the trigger: always a plain step, so broken parts can hang off its error
     * port without touching the rest.
     */
    static final String ANCHOR = "first";

    private final Iterator<Integer> choices;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private int next;

    Builder(List<Integer> choices) {
      this.choices = choices.iterator();
    }

    AutomationGraph build() {
      nodes.add(trigger(choose()));
      nodes.add(
          node(ANCHOR, "data.set", map("values", map("greeting", "Hello {{ trigger.name }}"))));
      edges.add(new Edge("t", ANCHOR, Ports.OUT));
      String last = sequence(ANCHOR, Ports.OUT, 0, true);
      // null: every branch already ended; else the main line may end with an explicit End.
      if (last != null && choose() % 3 == 0) {
        connect(last, Ports.OUT, node(id("end"), "flow.end", map("output", map("ok", true))));
      }
      return new AutomationGraph(nodes, edges, null);
    }

    private int choose() {
      return choices.hasNext() ? choices.next() : -1;
    }

    private String id(String kind) {
      return kind + (next++);
    }

    private static Node trigger(int choice) {
      return switch (Math.floorMod(choice, 4)) {
        case 0 -> node("t", "trigger.event", map("event", "contact.created"));
        case 1 -> node("t", "trigger.webhook", map("respond", false));
        case 2 -> node("t", "trigger.schedule", map("cron", "0 0 9 ? * MON-FRI"));
        default -> node("t", "trigger.manual", map());
      };
    }

    /**
     * Steps after {@code from}'s {@code port}; returns the last node whose 'out' is free to go on
     * from, or null when the sequence ended (End / Fail / branches that each end).
     */
    private String sequence(String from, String port, int depth, boolean mayBranch) {
      String at = from;
      String atPort = port;
      for (int length = 0; length < 8; length++) {
        int choice = choose();
        if (choice < 0 || choice % 10 == 9) {
          return end(from, port, at, atPort);
        }
        boolean branch = mayBranch && depth < 3 && choice % 10 >= 6;
        if (!branch) {
          Node step = plainStep(choice);
          connect(at, atPort, step);
          at = step.id();
          atPort = continuation(step);
          continue;
        }
        switch (choice % 10) {
          case 6 -> {
            Node condition =
                node(
                    id("if"),
                    "flow.if",
                    map("condition", map("match", "all", "rules", List.of(rule(choice)))));
            connect(at, atPort, condition);
            sequence(condition.id(), Ports.TRUE, depth + 1, true);
            sequence(condition.id(), Ports.FALSE, depth + 1, true);
            return null;
          }
          case 7 -> {
            Node parallel = node(id("par"), "flow.parallel", map());
            Node join = node(id("join"), "flow.join", map("mode", choice % 2 == 0 ? "all" : "any"));
            connect(at, atPort, parallel);
            int branches = 2 + choice % 2;
            for (int b = 0; b < branches; b++) {
              Node first = plainStep(choose());
              connect(parallel.id(), Ports.OUT, first);
              String last = sequence(first.id(), continuation(first), depth + 1, false);
              edges.add(new Edge(last, join.id(), Ports.OUT));
            }
            nodes.add(join);
            at = join.id();
            atPort = Ports.OUT;
          }
          default -> {
            Map<String, Object> params = map("items", "{{ trigger.items }}");
            if (choice % 2 == 0) {
              params.put("max", 1 + choice % 5);
            }
            Node loop = node(id("loop"), "flow.loop", params);
            connect(at, atPort, loop);
            Node body =
                node(
                    id("each"),
                    "email.send",
                    map(
                        "to",
                        "{{ loop.item.email }}",
                        "subject",
                        "#{{ loop.index }}",
                        "text",
                        "-"));
            connect(loop.id(), Ports.ITEM, body);
            edges.add(new Edge(body.id(), loop.id(), Ports.OUT));
            at = loop.id();
            atPort = Ports.DONE;
          }
        }
      }
      return end(from, port, at, atPort);
    }

    /** The node the sequence ends on with its 'out' free, or null when the branch just ends. */
    private String end(String from, String port, String at, String atPort) {
      boolean ifBranch = port.equals(Ports.TRUE) || port.equals(Ports.FALSE);
      if (at.equals(from) && atPort.equals(port) && ifBranch) {
        return null;
      }
      return atOut(at, atPort);
    }

    /** The port a step goes on through: an approval's 'approved', every other step's 'out'. */
    private static String continuation(Node step) {
      return step.type().equals("approval.request") ? Ports.APPROVED : Ports.OUT;
    }

    /** Where the sequence goes on from: a node's 'out', or for a loop its 'done' via a step. */
    private String atOut(String at, String port) {
      if (port.equals(Ports.OUT)) {
        return at;
      }
      Node after = node(id("after"), "data.set", map("values", map("done", true)));
      connect(at, port, after);
      return after.id();
    }

    private Map<String, Object> rule(int choice) {
      return switch (choice % 3) {
        case 0 -> map("field", "{{ trigger.amount }}", "operator", "gt", "value", choice);
        case 1 -> map("field", "{{ trigger.name }}", "operator", "starts_with", "value", "A");
        default -> map("field", "{{ trigger.email }}", "operator", "exists");
      };
    }

    private Node plainStep(int choice) {
      String id = id("s");
      Node step =
          switch (choice % 6) {
            case 0 ->
                node(
                    id,
                    "email.send",
                    map(
                        "to",
                        "{{ trigger.email }}",
                        "subject",
                        "Hi {{ trigger.name }}",
                        "text",
                        "-"));
            case 1 -> node(id, "wait.delay", map("duration", "PT" + (1 + choice % 90) + "M"));
            case 2 ->
                node(
                    id,
                    "wait.event",
                    map("event", "order.paid", "key", "{{ trigger.email }}", "timeout", "PT1H"));
            case 3 -> node(id, "approval.request", map("message", "May we?", "timeout", "P1D"));
            case 4 ->
                node(
                    id,
                    "http.request",
                    map("method", "POST", "url", "https://example.test/hook", "body", map("a", 1)));
            default ->
                node(id, "contact.tag", map("email", "{{ trigger.email }}", "add", List.of("vip")));
          };
      if (choice % 7 == 0 && !step.type().startsWith("wait")) {
        return new Node(
            step.id(),
            step.type(),
            "Step " + id,
            step.params(),
            new Retry(2, "PT1S", "PT5S", "PT10S"),
            List.of(1.0, 2.0));
      }
      return step;
    }

    private void connect(String from, String port, Node to) {
      nodes.add(to);
      edges.add(new Edge(from, to.id(), port));
    }
  }
}
