import { describe, expect, it } from 'vitest';
import { evaluatePathway } from './evaluate';
import type { PathwayEdge } from './model';
import { testPathway } from './testPathway';

/** Three units leading straight into a certificate, so each rule's arithmetic is easy to follow. */
const certificateOver = (rule: object, edges?: PathwayEdge[]) =>
  testPathway(
    [
      { id: 'u-sql', kind: 'unit', title: 'SQL Basics' },
      { id: 'u-dash', kind: 'unit', title: 'Dashboards' },
      { id: 'u-py', kind: 'unit', title: 'Python for Data' },
      { id: 'c', kind: 'certificate', title: 'Data Analytics', rule: rule as never },
    ],
    edges ?? ['u-sql->c', 'u-dash->c', 'u-py->c'],
  );

describe('evaluatePathway', () => {
  it('gives activities completed, available or locked', () => {
    const pathway = testPathway(
      [
        { id: 'u-intro', kind: 'unit', title: 'Intro to Data' },
        { id: 'u-sql', kind: 'unit', title: 'SQL Basics' },
        { id: 'a-sql', kind: 'assessment', title: 'SQL Quiz' },
      ],
      ['u-intro->u-sql', 'u-sql->a-sql'],
    );
    expect(evaluatePathway(pathway, []).nodes).toEqual({
      'u-intro': { state: 'available', satisfied: false, missing: ['u-intro'], missingText: 'not completed yet' },
      'u-sql': { state: 'locked', satisfied: false, missing: ['u-intro'], missingText: 'still needed: Intro to Data' },
      'a-sql': { state: 'locked', satisfied: false, missing: ['u-sql'], missingText: 'still needed: SQL Basics' },
    });
    expect(evaluatePathway(pathway, ['u-intro']).nodes).toMatchObject({
      'u-intro': { state: 'completed', satisfied: true, missing: [] },
      'u-sql': { state: 'available' },
      'a-sql': { state: 'locked' },
    });
  });

  it('counts an activity completed out of order as completed', () => {
    const pathway = testPathway([{ id: 'u1', kind: 'unit' }, { id: 'u2', kind: 'unit' }], ['u1->u2']);
    expect(evaluatePathway(pathway, ['u2']).nodes['u2']).toEqual({ state: 'completed', satisfied: true, missing: [] });
  });

  it('gives skills and credentials earned, in progress or locked', () => {
    const pathway = certificateOver({ type: 'atLeast', count: 2 });
    expect(evaluatePathway(pathway, []).nodes['c']).toEqual({
      state: 'locked',
      satisfied: false,
      missing: ['u-sql', 'u-dash', 'u-py'],
      missingText: '2 more of: SQL Basics, Dashboards, Python for Data',
    });
    expect(evaluatePathway(pathway, ['u-dash']).nodes['c']).toEqual({
      state: 'in-progress',
      satisfied: false,
      missing: ['u-sql', 'u-py'],
      missingText: '1 more of: SQL Basics, Python for Data',
    });
    expect(evaluatePathway(pathway, ['u-dash', 'u-py']).nodes['c']).toEqual({ state: 'earned', satisfied: true, missing: [] });
  });

  it('lists every unsatisfied input under `all`', () => {
    const pathway = certificateOver({ type: 'all' });
    expect(evaluatePathway(pathway, ['u-dash']).nodes['c']).toMatchObject({
      state: 'in-progress',
      missing: ['u-sql', 'u-py'],
      missingText: 'still needed: SQL Basics, Python for Data',
    });
    expect(evaluatePathway(pathway, ['u-sql', 'u-dash', 'u-py']).nodes['c']!.state).toBe('earned');
  });

  it('holds back a credential until its required inputs are satisfied, whatever the rule', () => {
    const pathway = certificateOver({ type: 'atLeast', count: 2 }, [
      { from: 'u-sql', to: 'c', required: true },
      { from: 'u-dash', to: 'c' },
      { from: 'u-py', to: 'c' },
    ]);
    expect(evaluatePathway(pathway, ['u-dash', 'u-py']).nodes['c']).toEqual({
      state: 'in-progress',
      satisfied: false,
      missing: ['u-sql'],
      missingText: 'required: SQL Basics',
    });
    // The required input counts towards the two, so one more is needed besides it.
    expect(evaluatePathway(pathway, []).nodes['c']!.missingText).toBe('required: SQL Basics; 1 more of: Dashboards, Python for Data');
    expect(evaluatePathway(pathway, ['u-sql', 'u-py']).nodes['c']!.state).toBe('earned');
  });

  it('adds up points, 1 for an edge that gives none', () => {
    const edges = (py?: number): PathwayEdge[] => [
      { from: 'u-sql', to: 'c', points: 3 },
      { from: 'u-dash', to: 'c', points: 10 },
      { from: 'u-py', to: 'c', ...(py === undefined ? {} : { points: py }) },
    ];
    const pathway = certificateOver({ type: 'points', min: 15 }, edges(2));
    expect(evaluatePathway(pathway, ['u-sql']).nodes['c']).toEqual({
      state: 'in-progress',
      satisfied: false,
      missing: ['u-dash', 'u-py'],
      missingText: '12 more points from: Dashboards, Python for Data',
    });
    expect(evaluatePathway(pathway, ['u-sql', 'u-dash']).nodes['c']!.missingText).toBe('2 more points from: Python for Data');
    expect(evaluatePathway(pathway, ['u-sql', 'u-dash', 'u-py']).nodes['c']!.state).toBe('earned');
    // Without points of its own, Python for Data is worth 1, one short of 15.
    const short = certificateOver({ type: 'points', min: 15 }, edges());
    expect(evaluatePathway(short, ['u-sql', 'u-dash']).nodes['c']!.missingText).toBe('2 more points from: Python for Data (only 1 left)');
    expect(evaluatePathway(short, ['u-sql', 'u-dash', 'u-py']).nodes['c']).toMatchObject({
      state: 'in-progress',
      missing: [],
      missingText: '1 more point than its inputs carry',
    });
    const exact = certificateOver({ type: 'points', min: 14 }, edges());
    expect(evaluatePathway(exact, ['u-sql', 'u-dash']).nodes['c']!.state).toBe('in-progress');
    expect(evaluatePathway(exact, ['u-sql', 'u-dash', 'u-py']).nodes['c']!.state).toBe('earned');
  });

  it('says when a rule asks for more than leads into it', () => {
    const pathway = certificateOver({ type: 'atLeast', count: 5 });
    expect(evaluatePathway(pathway, ['u-sql', 'u-dash', 'u-py']).nodes['c']).toEqual({
      state: 'in-progress',
      satisfied: false,
      missing: [],
      missingText: '2 more inputs than lead into it',
    });
    expect(evaluatePathway(pathway, ['u-sql']).nodes['c']!.missingText).toBe('4 more of: Dashboards, Python for Data (only 2 left)');
  });

  it('never earns a skill or credential that nothing leads into', () => {
    const pathway = testPathway([{ id: 's', kind: 'skill' }, { id: 'b', kind: 'badge' }], ['s->b']);
    expect(evaluatePathway(pathway, ['s', 'b']).nodes).toEqual({
      s: { state: 'locked', satisfied: false, missing: [], missingText: 'nothing leads into it yet' },
      b: { state: 'locked', satisfied: false, missing: ['s'], missingText: 'still needed: s' },
    });
  });

  it('earns up the whole stack in one pass', () => {
    const pathway = testPathway(
      [
        { id: 'p', kind: 'program' },
        { id: 'c', kind: 'certificate' },
        { id: 'b', kind: 'badge' },
        { id: 's', kind: 'skill' },
        { id: 'e', kind: 'evidence' },
        { id: 'a', kind: 'assessment' },
        { id: 'u', kind: 'unit' },
      ],
      ['c->p', 'b->c', 's->b', 'e->s', 'a->e', 'u->a'],
    );
    const states = (done: string[]) => Object.values(evaluatePathway(pathway, done).nodes).map((n) => n.state);
    expect(states(['u', 'a', 'e'])).toEqual(['earned', 'earned', 'earned', 'earned', 'completed', 'completed', 'completed']);
    expect(states(['u', 'a'])).toEqual(['locked', 'locked', 'locked', 'locked', 'available', 'completed', 'completed']);
  });

  it('ignores completions of things that are not activities', () => {
    const pathway = testPathway([{ id: 'u', kind: 'unit' }, { id: 'b', kind: 'badge' }], ['u->b']);
    expect(evaluatePathway(pathway, ['b']).nodes['b']!.state).toBe('locked');
  });

  it('terminates on a unit cycle, where each unit waits for the other', () => {
    const pathway = testPathway([{ id: 'u1', kind: 'unit' }, { id: 'u2', kind: 'unit' }, { id: 's', kind: 'skill' }], ['u1->u2', 'u2->u1', 'u2->s']);
    expect(evaluatePathway(pathway, []).nodes).toMatchObject({ u1: { state: 'locked' }, u2: { state: 'locked' }, s: { state: 'locked' } });
    expect(evaluatePathway(pathway, ['u1']).nodes).toMatchObject({ u1: { state: 'completed' }, u2: { state: 'available' } });
    expect(evaluatePathway(pathway, ['u1', 'u2']).nodes['s']!.state).toBe('earned');
  });

  it('gives edges that validation rejects no part in a rule', () => {
    const pathway = testPathway(
      [{ id: 'u', kind: 'unit' }, { id: 's', kind: 'skill' }, { id: 'b', kind: 'badge' }],
      ['u->s', 'u->s', 'b->s', 'ghost->s', 's->b'],
    );
    expect(evaluatePathway(pathway, ['u']).nodes).toMatchObject({ s: { state: 'earned' }, b: { state: 'earned' } });
  });

  it('evaluates the first of two nodes that share an id', () => {
    const pathway = testPathway([{ id: 'x', kind: 'unit' }, { id: 'x', kind: 'badge' }]);
    expect(evaluatePathway(pathway, ['x']).nodes).toEqual({ x: { state: 'completed', satisfied: true, missing: [] } });
  });

  it('keeps an id such as __proto__ as an ordinary key', () => {
    const pathway = testPathway([{ id: '__proto__', kind: 'unit' }, { id: 'constructor', kind: 'skill' }], ['__proto__->constructor']);
    const { nodes } = evaluatePathway(pathway, ['__proto__']);
    expect(Object.keys(nodes)).toEqual(['__proto__', 'constructor']);
    expect(nodes['__proto__']!.state).toBe('completed');
    expect(nodes['constructor']!.state).toBe('earned');
  });

  it('shortens a long list of missing inputs', () => {
    const units = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}`, kind: 'unit' as const, title: `Unit ${i}` }));
    const pathway = testPathway([...units, { id: 'c', kind: 'certificate', rule: { type: 'atLeast', count: 8 } }], units.map((u) => `${u.id}->c`));
    const result = evaluatePathway(pathway, []).nodes['c']!;
    expect(result.missing).toHaveLength(8);
    expect(result.missingText).toBe('8 more of: Unit 0, Unit 1, Unit 2, Unit 3, Unit 4 and 3 more');
  });
});
