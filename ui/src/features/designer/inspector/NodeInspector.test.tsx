import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { automationGraphSchema, type GraphNode } from '../graph/model';
import { NodeInspector } from './NodeInspector';
import { NODE_TYPES, nodeTypeOf } from './nodeTypesFixture';

const graph = automationGraphSchema.parse({
  nodes: [
    {
      id: 'start',
      type: 'trigger.manual',
      params: { sampleInput: { customer: { email: 'ada@example.com' } } },
    },
    {
      id: 'mail',
      type: 'email.send',
      name: 'Welcome mail',
      params: { to: 'team@example.com', subject: 'Welcome', text: 'Hello' },
    },
  ],
  edges: [{ from: 'start', to: 'mail' }],
});

/** The inspector as the designer holds it: the node lives in the caller's state. */
function Harness({
  initial,
  onChange,
  problems = {},
}: {
  initial: GraphNode;
  onChange: (node: GraphNode) => void;
  problems?: Record<string, string[]>;
}) {
  const [node, setNode] = useState(initial);
  return (
    <NodeInspector
      node={node}
      nodeType={nodeTypeOf(node.type)}
      graph={{ ...graph, nodes: graph.nodes.map((n) => (n.id === node.id ? node : n)) }}
      nodeTypes={NODE_TYPES}
      problems={problems}
      onChange={(next) => {
        onChange(next);
        setNode(next);
      }}
    />
  );
}

const mail = () => graph.nodes.find((n) => n.id === 'mail')!;

describe('NodeInspector', () => {
  it('edits an email step: fields in order, a required error, an expression inserted by keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={mail()} onChange={onChange} />);

    const form = screen.getByRole('region', { name: 'Settings of Welcome mail' });
    const labels = within(form)
      .getAllByRole('textbox')
      .map(
        (el) => el.getAttribute('id') && form.querySelector(`label[for="${el.id}"]`)?.textContent,
      );
    expect(labels).toEqual([
      'Name',
      'ID',
      'To * (required)',
      'Subject * (required)',
      'Text * (required)',
      'HTML',
      'Backoff',
      'Max backoff',
      'Timeout',
    ]);
    expect(screen.getByLabelText('ID')).toHaveAttribute('readonly');

    const subject = screen.getByLabelText(/^Subject/);
    await user.clear(subject);
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    const error = screen.getByText('Subject is required');
    expect(subject.getAttribute('aria-describedby')).toContain(error.id);
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'mail', params: { to: 'team@example.com', text: 'Hello' } }),
    );

    const to = screen.getByLabelText(/^To/);
    await user.clear(to);
    await user.type(to, 'Dear ');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Insert a variable into To' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const search = screen.getByRole('combobox', { name: 'Search variables for To' });
    expect(search).toHaveFocus();
    await user.keyboard('customer');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.querySelector('code')?.textContent)).toEqual([
      'trigger.customer',
      'trigger.customer.email',
    ]);
    await user.keyboard('{ArrowDown}');
    expect(search).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(to).toHaveValue('Dear {{ trigger.customer.email }}');
    await waitFor(() => expect(to).toHaveFocus());
    const last = onChange.mock.lastCall![0] as GraphNode;
    expect(last.id).toBe('mail');
    expect(last.params).toEqual({ to: 'Dear {{ trigger.customer.email }}', text: 'Hello' });
  });

  it('shows server problems at their field, the others on the node, and expression warnings', () => {
    render(
      <Harness
        initial={{ ...mail(), params: { ...mail().params, html: '{{ nodes.later.body }}' } }}
        onChange={vi.fn()}
        problems={{
          'params.text': ['must not be empty'],
          params: ['{{ nodes.later }} is not a step before this one'],
        }}
      />,
    );
    const text = screen.getByLabelText(/^Text/);
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Text must not be empty')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '{{ nodes.later }} is not a step before this one',
    );
    const html = screen.getByLabelText('HTML');
    expect(html).not.toHaveAttribute('aria-invalid');
    expect(html).toHaveAccessibleDescription(/reads later, which does not come before this step/);
  });

  it('shows the retry defaults and reads durations out', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={mail()} onChange={onChange} />);
    expect(screen.getByLabelText('Max attempts')).toHaveAttribute('placeholder', '3');
    expect(screen.getByLabelText('Backoff')).toHaveAttribute('placeholder', 'PT1S');
    expect(screen.getByLabelText('Max backoff')).toHaveAttribute('placeholder', 'PT1M');
    const timeout = screen.getByLabelText('Timeout');
    expect(timeout).toHaveAttribute('placeholder', 'PT30S');
    expect(timeout).toHaveAccessibleDescription(/default 30 seconds/);

    await user.type(timeout, 'PT2M');
    expect(timeout).toHaveAccessibleDescription(/2 minutes/);
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ retry: { timeout: 'PT2M' } }),
    );
    await user.type(timeout, 'X');
    expect(screen.getByText(/Timeout must be an ISO-8601 duration/)).toBeInTheDocument();
  });

  it('edits a switch: cases added and named, rules without a value for exists', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const node: GraphNode = { id: 'route', type: 'flow.switch', params: {} };
    render(<Harness initial={node} onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Add case' }));
    await waitFor(() => expect(screen.getByLabelText(/^Port/)).toHaveFocus());
    await user.keyboard('vip');
    expect(screen.getByRole('group', { name: 'Case 1: vip' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expect(screen.getByLabelText(/^Field/)).toHaveFocus());
    await user.keyboard('{{{{ trigger.vip }}');
    await user.selectOptions(screen.getByLabelText(/^Operator/), 'exists');
    expect(screen.queryByLabelText('Value')).not.toBeInTheDocument();

    expect((onChange.mock.lastCall![0] as GraphNode).params).toEqual({
      cases: [
        {
          port: 'vip',
          condition: { rules: [{ field: '{{ trigger.vip }}', operator: 'exists' }] },
        },
      ],
    });
  });

  it('places server problems of a condition at the rule part they are about', () => {
    const node: GraphNode = {
      id: 'check',
      type: 'flow.if',
      params: {
        condition: { match: 'most', rules: [{ field: '{{ trigger.a }}', operator: 'gt' }] },
      },
    };
    render(
      <Harness
        initial={node}
        onChange={vi.fn()}
        problems={{
          'params.condition.rules[0].value': ['is needed to compare with'],
          'params.condition.match': ['must be one of [all, any]'],
        }}
      />,
    );
    expect(screen.getByLabelText('Value')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Value is needed to compare with')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Condition/ })).toHaveAccessibleDescription(
      /match must be one of \[all, any\]/,
    );
  });

  it('sets variables as name and value rows, or as JSON', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={{ id: 'vars', type: 'data.set', params: {} }} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(screen.getByLabelText('Name of entry 1 of Values')).toHaveFocus());
    await user.keyboard('greeting');
    await user.type(screen.getByLabelText('Value of greeting'), 'Hi');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ params: { values: { greeting: 'Hi' } } }),
    );
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    expect(screen.getByLabelText('Values as JSON')).toHaveValue('{\n  "greeting": "Hi"\n}');
  });

  it('edits tags as chips', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <Harness
        initial={{ id: 'tag', type: 'contact.tag', params: { email: 'a@b.c' } }}
        onChange={onChange}
      />,
    );
    const add = screen.getByLabelText('Add');
    await user.type(add, 'vip{Enter}new,');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ params: { email: 'a@b.c', add: ['vip', 'new'] } }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove vip' }));
    await user.click(add);
    await user.keyboard('{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ params: { email: 'a@b.c' } }),
    );
  });

  it('shows a node of an unknown type with its stored parameters', () => {
    render(
      <NodeInspector
        node={{ id: 'x', type: 'ai.write', params: { prompt: 'Hi' } }}
        nodeType={undefined}
        graph={graph}
        nodeTypes={NODE_TYPES}
        problems={{ type: ['Unknown node type'] }}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByText('Unknown type ai.write')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Unknown node type');
    expect(alert).toHaveTextContent('ai.write is not a node type this platform knows');
    expect(screen.getByLabelText('Parameters as stored')).toHaveTextContent('"prompt": "Hi"');
  });

  it('reorders and removes cases', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const node: GraphNode = {
      id: 'route',
      type: 'flow.switch',
      params: { cases: [{ port: 'vip' }, { port: 'new' }] },
    };
    render(<Harness initial={node} onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Move Case 1: vip up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move Case 2: new up' }));
    const ports = () => (onChange.mock.lastCall![0] as GraphNode).params.cases;
    expect(ports()).toEqual([{ port: 'new' }, { port: 'vip' }]);
    await user.click(screen.getByRole('button', { name: 'Remove Case 1: new' }));
    expect(ports()).toEqual([{ port: 'vip' }]);
    // The focus does not fall to the page when its button goes away.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add case' })).toHaveFocus());
  });

  it('shows a required error when an empty field is left, not before', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ id: 'mail', type: 'email.send', params: {} }} onChange={vi.fn()} />);
    const to = screen.getByLabelText(/^To/);
    expect(to).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('To is required')).not.toBeInTheDocument();
    await user.click(to);
    await user.tab();
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(/To is required/);
  });

  it('only shows the settings when read-only', () => {
    render(
      <NodeInspector
        node={mail()}
        nodeType={nodeTypeOf('email.send')}
        graph={graph}
        nodeTypes={NODE_TYPES}
        problems={{}}
        readOnly
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByLabelText(/^Subject/)).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: /Insert a variable/ })).not.toBeInTheDocument();
  });

  it('inserts an expression into JSON as a string value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={{ id: 'done', type: 'flow.end', params: {} }} onChange={onChange} />);
    const output = screen.getByLabelText('Output');
    await user.type(output, '{{"id": ');
    await user.click(screen.getByRole('button', { name: 'Insert a variable into Output' }));
    await user.keyboard('run id{Enter}');
    await waitFor(() => expect(output).toHaveFocus());
    await user.keyboard('}');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ params: { output: { id: '{{ run.id }}' } } }),
    );
  });

  it('keeps JSON that does not parse out of the node and says why', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const trigger = graph.nodes[0]!;
    render(<Harness initial={trigger} onChange={onChange} />);
    const sample = screen.getByLabelText('Sample input');
    await user.clear(sample);
    await user.type(sample, '{{"total": ');
    expect(sample).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Sample input is not valid JSON/)).toBeInTheDocument();
    await user.type(sample, '5}');
    expect(sample).not.toHaveAttribute('aria-invalid');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ params: { sampleInput: { total: 5 } } }),
    );
  });
});
