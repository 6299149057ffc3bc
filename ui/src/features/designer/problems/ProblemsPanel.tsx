import { memo } from 'react';
import type { AutomationGraph } from '../graph/model';
import { nodeLabel } from '../graph/model';
import type { GraphProblems, Problem } from './serverProblems';

function where(problem: Problem, graph: AutomationGraph): string {
  if (problem.nodeId !== undefined) {
    const node = graph.nodes.find((n) => n.id === problem.nodeId);
    const name = node ? nodeLabel(node) : problem.nodeId;
    const field = problem.field?.replace(/^params\./, '');
    return field ? `${name} · ${field}` : name;
  }
  if (problem.edgeId) return `Connection ${problem.edgeId.replace(':', ' · ')}`;
  return 'Automation';
}

/** What the server refused, one line each; choosing one selects and centres its step. */
export const ProblemsPanel = memo(function ProblemsPanel({
  problems,
  graph,
  onShow,
}: {
  problems: GraphProblems;
  graph: AutomationGraph;
  onShow: (problem: Problem) => void;
}) {
  if (problems.list.length === 0) {
    return (
      <p className="muted">
        No problems reported. Saving and publishing check the automation; anything wrong shows up
        here and on its step.
      </p>
    );
  }
  return (
    <ul className="problem-list" aria-label="Problems">
      {problems.list.map((p) => (
        <li key={p.key}>
          <button
            type="button"
            className="problem-item"
            onClick={() => onShow(p)}
            disabled={p.nodeId === undefined && !p.edgeId}
          >
            <span className="problem-where">{where(p, graph)}</span>
            <span className="problem-message">{p.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
});
