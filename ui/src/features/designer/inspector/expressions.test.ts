import { describe, expect, it } from 'vitest';
import { insertAt, insideJsonString, jsonSnippetAt, parseTemplate } from './expressions';

describe('reading expressions like the engine', () => {
  it('finds every path, past literals and fallbacks', () => {
    const parsed = parseTemplate(
      "Hi {{ vars.name ?? 'friend' }}, {{ nodes.http.body.items[0]['sku'] }} {{ 'a??b' }}",
    );
    expect(parsed.error).toBeNull();
    expect(parsed.references.map((r) => [r.root, r.firstKey, r.text])).toEqual([
      ['vars', 'name', 'vars.name'],
      ['nodes', 'http', "nodes.http.body.items[0]['sku']"],
    ]);
  });

  it('reads a first key in brackets', () => {
    expect(parseTemplate("{{ nodes['my-step'].status }}").references[0]!.firstKey).toBe('my-step');
  });

  it('says why a text does not parse', () => {
    expect(parseTemplate('Hello {{ trigger.name').error).toMatch(/Unclosed/);
    expect(parseTemplate('{{ order.id }}').error).toMatch(/Unknown root 'order'/);
    expect(parseTemplate('{{ trigger.total + 1 }}').error).toMatch(/Unexpected ' '/);
    expect(parseTemplate('{{ }}').error).toMatch(/Empty expression/);
    expect(parseTemplate("{{ 'open }}").error).toMatch(/Unterminated string/);
    expect(parseTemplate('{{ trigger.items[first] }}').error).toMatch(/inside brackets/);
    expect(parseTemplate('plain text').error).toBeNull();
  });
});

describe('inserting at the caret', () => {
  it('inserts at the caret, replacing a selection', () => {
    expect(insertAt('Hi !', 3, 3, '{{ x }}')).toEqual({ text: 'Hi {{ x }}!', caret: 10 });
    expect(insertAt('Hi NAME!', 3, 7, '{{ x }}')).toEqual({ text: 'Hi {{ x }}!', caret: 10 });
  });

  it('appends when there is no caret', () => {
    expect(insertAt('Hi ', null, null, '{{ x }}')).toEqual({ text: 'Hi {{ x }}', caret: 10 });
  });
});

describe('expressions in JSON', () => {
  it('knows when the caret is inside a string', () => {
    expect(insideJsonString('{"a": ', 6)).toBe(false);
    expect(insideJsonString('{"a": "Hi ', 10)).toBe(true);
    expect(insideJsonString('{"a": "say \\"', 13)).toBe(true);
  });

  it('writes an expression as a JSON string unless already in one', () => {
    expect(jsonSnippetAt('{"a": ', 6, '{{ run.id }}')).toBe('"{{ run.id }}"');
    expect(jsonSnippetAt('{"a": "Hi ', 10, '{{ run.id }}')).toBe('{{ run.id }}');
  });
});
