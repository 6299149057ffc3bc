// Automation graphs for the UI benchmarks, valid for the platform's validator.

const STEP_Y = 120;
const BRANCH_X = 260;

/** A manual trigger, a variable, an approval that keeps its runs WAITING, and two ends. */
export function smallAutomation() {
  return {
    name: 'Bench: small approval',
    description: 'Three steps and an approval, for the runs pages.',
    graph: {
      nodes: [
        { id: 't1', type: 'trigger.manual', name: 'Start', position: [0, 0], params: {} },
        {
          id: 'amount',
          type: 'data.set',
          name: 'Read the amount',
          position: [0, STEP_Y],
          params: { values: { amount: '{{ trigger.amount ?? 10 }}' } },
        },
        {
          id: 'ask',
          type: 'approval.request',
          name: 'Approve the refund',
          position: [0, 2 * STEP_Y],
          params: { message: 'Refund {{ vars.amount }}?', timeout: 'P3D' },
        },
        { id: 'yes', type: 'flow.end', name: 'Refunded', position: [-BRANCH_X / 2, 3 * STEP_Y] },
        { id: 'no', type: 'flow.end', name: 'Refused', position: [BRANCH_X / 2, 3 * STEP_Y] },
      ],
      edges: [
        { from: 't1', to: 'amount' },
        { from: 'amount', to: 'ask' },
        { from: 'ask', to: 'yes', port: 'approved' },
        { from: 'ask', to: 'no', port: 'rejected' },
      ],
    },
  };
}

/**
 * About `size` nodes: a long chain of Set variables, with an If (two one-step branches that meet
 * again) every 25 steps and a Parallel (three branches up to a Join) every 40.
 */
export function largeAutomation(size = 300) {
  const nodes = [{ id: 't1', type: 'trigger.manual', name: 'Start', position: [0, 0], params: {} }];
  const edges = [];
  let last = 't1';
  let y = 0;
  let n = 0;
  const add = (node, x = 0) => {
    nodes.push({ ...node, position: [x, y] });
    return node.id;
  };
  const set = (id, x = 0) =>
    add({ id, type: 'data.set', name: `Step ${id}`, params: { values: { [id]: n } } }, x);

  while (nodes.length < size - 6) {
    n += 1;
    y += STEP_Y;
    if (n % 40 === 0) {
      const fork = add({ id: `par${n}`, type: 'flow.parallel', name: `Parallel ${n}` });
      edges.push({ from: last, to: fork });
      y += STEP_Y;
      const branches = [-1, 0, 1].map((side) => set(`p${n}_${side + 1}`, side * BRANCH_X));
      y += STEP_Y;
      const join = add({
        id: `join${n}`,
        type: 'flow.join',
        name: `Join ${n}`,
        params: { mode: 'all' },
      });
      branches.forEach((b) => edges.push({ from: fork, to: b }, { from: b, to: join }));
      last = join;
    } else if (n % 25 === 0) {
      const test = add({
        id: `if${n}`,
        type: 'flow.if',
        name: `Big order? ${n}`,
        params: {
          condition: {
            match: 'all',
            rules: [{ field: '{{ trigger.total ?? 0 }}', operator: 'gt', value: 100 }],
          },
        },
      });
      edges.push({ from: last, to: test });
      y += STEP_Y;
      const yes = set(`if${n}_true`, -BRANCH_X / 2);
      const no = set(`if${n}_false`, BRANCH_X / 2);
      y += STEP_Y;
      const merge = set(`s${n}`);
      edges.push(
        { from: test, to: yes, port: 'true' },
        { from: test, to: no, port: 'false' },
        { from: yes, to: merge },
        { from: no, to: merge },
      );
      last = merge;
    } else {
      const step = set(`s${n}`);
      edges.push({ from: last, to: step });
      last = step;
    }
  }
  while (nodes.length < size - 1) {
    n += 1;
    y += STEP_Y;
    const step = set(`s${n}`);
    edges.push({ from: last, to: step });
    last = step;
  }
  y += STEP_Y;
  const end = add({ id: 'end', type: 'flow.end', name: 'Done', params: { output: { steps: n } } });
  edges.push({ from: last, to: end });
  return {
    name: `Bench: ${nodes.length} steps`,
    description: 'A long chain with If and Parallel branches, for the designer benchmark.',
    graph: { nodes, edges },
  };
}
