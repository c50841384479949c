import { describe, expect, it } from 'vitest';
import { describeRule } from './describeRule';
import type { PathwayEdge, PathwayNode, Rule } from './model';

const node = (rule?: Rule): PathwayNode => ({ id: 'c', kind: 'certificate', title: 'Data Analytics', ...(rule ? { rule } : {}) });
const TITLES: Record<string, string> = { b1: 'SQL', b2: 'Python', b3: 'Dashboards', b4: 'Statistics', b5: 'Storytelling' };
const titleOf = (id: string) => TITLES[id] ?? id;
const into = (...specs: (string | Partial<PathwayEdge>)[]): PathwayEdge[] =>
  specs.map((spec) => (typeof spec === 'string' ? { from: spec, to: 'c' } : { from: '?', to: 'c', ...spec }));

describe('describeRule', () => {
  it('counts the inputs of an `all` rule, the default', () => {
    expect(describeRule(node(), into('b1', 'b2', 'b3', 'b4'), titleOf)).toBe('all 4');
    expect(describeRule(node({ type: 'all' }), into('b1', { from: 'b2', required: true }), titleOf)).toBe('all 2');
  });

  it('shows an at-least rule with its required inputs', () => {
    const edges = into({ from: 'b1', required: true }, 'b2', 'b3', 'b4', 'b5');
    expect(describeRule(node({ type: 'atLeast', count: 3 }), edges, titleOf)).toBe('3 of 5 · SQL required');
    expect(describeRule(node({ type: 'atLeast', count: 3 }), into('b1', 'b2', 'b3'), titleOf)).toBe('3 of 3');
  });

  it('shows a points rule against the points its inputs carry', () => {
    const edges = into({ from: 'b1', points: 4 }, { from: 'b2', points: 6 }, { from: 'b3', points: 3 }, 'b4');
    expect(describeRule(node({ type: 'points', min: 10 }), edges, titleOf)).toBe('10 points of 14');
    expect(describeRule(node({ type: 'points', min: 1 }), into('b1'), titleOf)).toBe('1 point of 1');
    expect(describeRule(node({ type: 'points', min: 2.5 }), into({ from: 'b1', points: 1 / 3 }), titleOf)).toBe('2.5 points of 0.33');
  });

  it('names at most two required inputs', () => {
    const edges = into(...['b1', 'b2', 'b3', 'b4'].map((from) => ({ from, required: true })));
    expect(describeRule(node({ type: 'atLeast', count: 4 }), edges, titleOf)).toBe('4 of 4 · SQL, Python +2 required');
  });

  it('counts a repeated edge once, as evaluation does', () => {
    expect(describeRule(node({ type: 'atLeast', count: 1 }), into('b1', 'b1', 'b2'), titleOf)).toBe('1 of 2');
  });

  it('says when nothing leads in yet', () => {
    expect(describeRule(node({ type: 'atLeast', count: 2 }), [], titleOf)).toBe('no inputs yet');
  });
});
