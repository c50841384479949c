import { describe, expect, it } from 'vitest';
import type { Pathway } from './model';
import { testPathway, type NodeSpec } from './testPathway';
import { PROBLEM_CODES, validateForPublish, validatePathway, type Problem, type ProblemCode } from './validate';

/** A small, correct stack: the kind of pathway a designer should see no problems for. */
const dataAnalytics = () =>
  testPathway(
    [
      { id: 'u-intro', kind: 'unit', title: 'Intro to Data' },
      { id: 'u-sql', kind: 'unit', title: 'SQL Basics' },
      { id: 'u-dash', kind: 'unit', title: 'Dashboards' },
      { id: 'a-sql', kind: 'assessment', title: 'SQL Quiz' },
      { id: 'a-dash', kind: 'assessment', title: 'Dashboard Task' },
      { id: 'e-port', kind: 'evidence', title: 'Portfolio' },
      { id: 's-query', kind: 'skill', title: 'Querying Data' },
      { id: 's-viz', kind: 'skill', title: 'Visualising Data' },
      { id: 'b-sql', kind: 'badge', title: 'SQL' },
      { id: 'b-viz', kind: 'badge', title: 'Data Visualisation' },
      { id: 'c-da', kind: 'certificate', title: 'Data Analytics', rule: { type: 'atLeast', count: 2 } },
      { id: 'p-pro', kind: 'program', title: 'Data Professional' },
    ],
    [
      'u-intro->u-sql', 'u-sql->a-sql', 'u-dash->a-dash', 'a-dash->e-port', 'a-sql->s-query', 'e-port->s-viz',
      'a-dash->s-viz', 's-query->b-sql', 's-viz->b-viz', { from: 'b-sql', to: 'c-da', required: true },
      'b-viz->c-da', 'c-da->p-pro',
    ],
  );

const withExtra = (base: Pathway, nodes: NodeSpec[], edges: Pathway['edges'] = []): Pathway => ({
  ...base,
  nodes: [...base.nodes, ...testPathway(nodes).nodes],
  edges: [...base.edges, ...edges],
});
const codesOf = (problems: Problem[]) => problems.map((p) => p.code);
const only = (pathway: Pathway, code: ProblemCode) => validatePathway(pathway).filter((p) => p.code === code);

/** One pathway per problem code that must report it; the table has to cover every code. */
const CASES: Record<ProblemCode, () => Pathway> = {
  'duplicate-node-id': () => withExtra(dataAnalytics(), [{ id: 's-viz', kind: 'skill', title: 'Other' }]),
  'dangling-edge': () => withExtra(dataAnalytics(), [], [{ from: 'ghost', to: 'b-sql' }]),
  'edge-down-stack': () => withExtra(dataAnalytics(), [], [{ from: 's-query', to: 'u-sql' }]),
  'duplicate-edge': () => withExtra(dataAnalytics(), [], [{ from: 'a-sql', to: 's-query' }]),
  'unit-cycle': () => withExtra(dataAnalytics(), [], [{ from: 'u-sql', to: 'u-intro' }]),
  'at-least-unreachable': () => ({ ...dataAnalytics(), nodes: dataAnalytics().nodes.map((n) => (n.id === 'c-da' ? { ...n, rule: { type: 'atLeast' as const, count: 3 } } : n)) }),
  'points-unreachable': () => ({ ...dataAnalytics(), nodes: dataAnalytics().nodes.map((n) => (n.id === 'c-da' ? { ...n, rule: { type: 'points' as const, min: 3 } } : n)) }),
  'input-never-satisfied': () =>
    withExtra(dataAnalytics(), [{ id: 'b-empty', kind: 'badge', title: 'Empty' }], [{ from: 'b-empty', to: 'c-da', required: true }]),
  'badge-without-skill': () => withExtra(dataAnalytics(), [{ id: 'b-x', kind: 'badge', title: 'X' }], [{ from: 'a-sql', to: 'b-x' }]),
  'skill-not-assessed': () => withExtra(dataAnalytics(), [{ id: 's-x', kind: 'skill', title: 'X' }], [{ from: 'u-dash', to: 's-x' }]),
  'credential-without-inputs': () => withExtra(dataAnalytics(), [{ id: 'c-x', kind: 'certificate', title: 'X' }], [{ from: 'c-x', to: 'p-pro' }]),
  'orphan-node': () => withExtra(dataAnalytics(), [{ id: 'u-x', kind: 'unit', title: 'X' }]),
  'duplicate-title': () => withExtra(dataAnalytics(), [{ id: 'u-x', kind: 'unit', title: 'sql basics ' }], [{ from: 'u-x', to: 'a-sql' }]),
  'credential-incomplete': () => ({ ...dataAnalytics(), nodes: dataAnalytics().nodes.map((n) => (n.id === 'b-sql' ? { ...n, credential: {} } : n)) }),
};

describe('validatePathway', () => {
  it('finds nothing wrong with a correct stack', () => {
    expect(validatePathway(dataAnalytics())).toEqual([]);
  });

  it.each(Object.entries(CASES))('reports %s, with a message and a hint', (code, make) => {
    const problems = only(make(), code as ProblemCode);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.message.length).toBeGreaterThan(10);
      expect(problem.hint.length).toBeGreaterThan(10);
    }
  });

  it('has a case for every problem code', () => {
    expect(Object.keys(CASES).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('lists errors before warnings', () => {
    const problems = validatePathway(
      withExtra(dataAnalytics(), [{ id: 'u-x', kind: 'unit', title: 'X' }], [{ from: 'ghost', to: 'b-sql' }]),
    );
    expect(problems.map((p) => p.severity)).toEqual(['error', 'warning']);
  });

  it('names the first and the later node of a duplicate id', () => {
    const [problem] = only(CASES['duplicate-node-id'](), 'duplicate-node-id');
    expect(problem).toMatchObject({ severity: 'error', nodeId: 's-viz' });
    expect(problem!.message).toBe("Skill 'Visualising Data' and Skill 'Other' have the same id 's-viz'");
  });

  it('says which end of a dangling edge is missing', () => {
    const pathway = withExtra(dataAnalytics(), [], [
      { from: 'ghost', to: 'b-sql' },
      { from: 'b-sql', to: 'nowhere' },
      { from: 'x', to: 'y' },
    ]);
    const problems = only(pathway, 'dangling-edge');
    expect(problems.map((p) => [p.edgeId, p.nodeId])).toEqual([
      ['ghost->b-sql', 'b-sql'],
      ['b-sql->nowhere', 'b-sql'],
      ['x->y', undefined],
    ]);
    expect(problems[0]!.message).toBe("A connection into Badge 'SQL' comes from 'ghost', which is not in this pathway");
    expect(problems[1]!.message).toBe("A connection from Badge 'SQL' leads into 'nowhere', which is not in this pathway");
  });

  it('offers to reverse an edge down the stack only when the reverse is allowed', () => {
    const pathway = withExtra(dataAnalytics(), [], [
      { from: 's-query', to: 'u-sql' },
      { from: 's-query', to: 's-viz' },
    ]);
    const [down, sideways] = only(pathway, 'edge-down-stack');
    expect(down).toMatchObject({ edgeId: 's-query->u-sql', nodeId: 'u-sql' });
    expect(down!.hint).toBe("Reverse it so that Unit 'SQL Basics' leads into Skill 'Querying Data', or remove it");
    expect(sideways!.hint).toBe('Remove the connection');
  });

  it('reports a repeated edge once, on the repetition', () => {
    const problems = only(CASES['duplicate-edge'](), 'duplicate-edge');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ edgeId: 'a-sql->s-query', nodeId: 's-query' });
  });

  it("reports a unit cycle with all of the cycle's units", () => {
    const pathway = withExtra(dataAnalytics(), [{ id: 'u-3', kind: 'unit', title: 'Joins' }], [
      { from: 'u-sql', to: 'u-3' },
      { from: 'u-3', to: 'u-intro' },
    ]);
    const problems = only(pathway, 'unit-cycle');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.nodeIds).toEqual(['u-intro', 'u-sql', 'u-3']);
    expect(problems[0]!.message).toBe(
      "Units 'Intro to Data', 'SQL Basics' and 'Joins' lead back into each other, so none of them can come first",
    );
  });

  it('reports a unit leading into itself, but not a unit chain', () => {
    const selfLoop = withExtra(dataAnalytics(), [], [{ from: 'u-dash', to: 'u-dash' }]);
    expect(only(selfLoop, 'unit-cycle').map((p) => p.nodeIds)).toEqual([['u-dash']]);
    const chain = withExtra(dataAnalytics(), [], [{ from: 'u-sql', to: 'u-dash' }, { from: 'u-intro', to: 'u-dash' }]);
    expect(only(chain, 'unit-cycle')).toEqual([]);
  });

  it('explains an at-least count above the number of inputs in plain words', () => {
    const pathway = testPathway(
      [
        { id: 'c', kind: 'certificate', title: 'Data Analytics', rule: { type: 'atLeast', count: 4 } },
        ...['b1', 'b2', 'b3'].map((id) => ({ id, kind: 'badge' as const })),
        { id: 's', kind: 'skill' },
        { id: 'a', kind: 'assessment' },
      ],
      ['a->s', 's->b1', 's->b2', 's->b3', 'b1->c', 'b2->c', 'b3->c'],
    );
    expect(only(pathway, 'at-least-unreachable')).toEqual([
      {
        severity: 'error',
        code: 'at-least-unreachable',
        nodeId: 'c',
        message: "Certificate 'Data Analytics' needs at least 4 of its inputs but only 3 lead into it",
        hint: 'Lower the count to 3 or connect another badge',
      },
    ]);
  });

  it('counts only the inputs that can ever be earned towards an at-least or points rule', () => {
    const pathway = (rule: Pathway['nodes'][number]['rule']) =>
      testPathway(
        [
          { id: 'c', kind: 'certificate', title: 'Data Analytics', rule },
          { id: 'b1', kind: 'badge', title: 'SQL' },
          { id: 'b2', kind: 'badge', title: 'Empty' },
          { id: 's', kind: 'skill' },
          { id: 'a', kind: 'assessment' },
        ],
        ['a->s', 's->b1', { from: 'b1', to: 'c', points: 5 }, { from: 'b2', to: 'c', points: 5 }],
      );
    const [count] = only(pathway({ type: 'atLeast', count: 2 }), 'at-least-unreachable');
    expect(count!.message).toBe(
      "Certificate 'Data Analytics' needs at least 2 of its inputs but only 1 of them can ever be reached: Badge 'Empty' never can",
    );
    const [points] = only(pathway({ type: 'points', min: 6 }), 'points-unreachable');
    expect(points!.message).toBe(
      "Certificate 'Data Analytics' needs 6 points but only 5 can ever be reached: Badge 'Empty' never can",
    );
    expect(only(pathway({ type: 'points', min: 5 }), 'points-unreachable')).toEqual([]);
    expect(only(pathway({ type: 'atLeast', count: 1 }), 'at-least-unreachable')).toEqual([]);
  });

  it('explains a points minimum above what the inputs carry', () => {
    const [problem] = only(CASES['points-unreachable'](), 'points-unreachable');
    expect(problem!.message).toBe("Certificate 'Data Analytics' needs 3 points but its inputs add up to only 2");
    expect(problem!.hint).toBe('Lower the minimum to 2 or connect inputs worth 1 more');
  });

  it('follows a required input that can never be earned up the stack', () => {
    const pathway = withExtra(
      dataAnalytics(),
      [{ id: 'b-empty', kind: 'badge', title: 'Empty' }],
      [{ from: 'b-empty', to: 'c-da', required: true }],
    );
    const problems = only(pathway, 'input-never-satisfied');
    // The certificate needs the empty badge; the program needs the certificate (under its `all` rule).
    expect(problems.map((p) => p.edgeId)).toEqual(['b-empty->c-da', 'c-da->p-pro']);
    expect(problems[0]!.message).toBe(
      "Certificate 'Data Analytics' requires Badge 'Empty', which can never be earned (nothing leads into it)",
    );
    expect(problems[1]!.message).toBe(
      "Program 'Data Professional' needs all its inputs, including Certificate 'Data Analytics', which can never be earned (its own rule can never be met)",
    );
  });

  it('does not complain about an optional input that can never be earned when enough others can', () => {
    const pathway = withExtra(dataAnalytics(), [{ id: 'b-empty', kind: 'badge', title: 'Empty' }], [{ from: 'b-empty', to: 'c-da' }]);
    expect(codesOf(validatePathway(pathway)).filter((code) => code !== 'badge-without-skill')).toEqual([]);
  });

  it('blocks what depends on units that wait for each other, without repeating the cycle', () => {
    const blocked = only(CASES['unit-cycle'](), 'input-never-satisfied');
    // u-intro and u-sql wait for each other, so the quiz after them never unlocks, nor what needs it up to the program.
    expect(blocked.map((p) => p.edgeId)).toEqual(['u-sql->a-sql', 'a-sql->s-query', 's-query->b-sql', 'b-sql->c-da', 'c-da->p-pro']);
    expect(blocked[0]!.message).toBe(
      "Assessment 'SQL Quiz' needs all its inputs, including Unit 'SQL Basics', which can never be completed (it is on a cycle of units)",
    );
  });

  it('leaves a rule without inputs alone: it holds trivially', () => {
    const pathway = testPathway([{ id: 'a', kind: 'assessment', rule: { type: 'atLeast', count: 3 } }]);
    expect(codesOf(validatePathway(pathway))).toEqual(['orphan-node']);
  });

  it('counts a skill as assessed only by an assessment or evidence', () => {
    expect(only(CASES['skill-not-assessed'](), 'skill-not-assessed')[0]).toMatchObject({ nodeId: 's-x', severity: 'warning' });
    const byEvidence = withExtra(dataAnalytics(), [{ id: 's-x', kind: 'skill' }], [{ from: 'e-port', to: 's-x' }, { from: 's-x', to: 'b-viz' }]);
    expect(validatePathway(byEvidence)).toEqual([]);
  });

  it('gives an orphan one warning, not also the gaps of its kind', () => {
    const pathway = withExtra(dataAnalytics(), [{ id: 'b-x', kind: 'badge', title: 'Lonely' }]);
    expect(validatePathway(pathway)).toEqual([
      {
        severity: 'warning',
        code: 'orphan-node',
        nodeId: 'b-x',
        message: "Badge 'Lonely' is not connected to anything",
        hint: 'Connect it to the pathway or delete it',
      },
    ]);
  });

  it('compares titles within a kind, ignoring case and surrounding spaces', () => {
    const [problem] = only(CASES['duplicate-title'](), 'duplicate-title');
    expect(problem).toMatchObject({ nodeId: 'u-x', nodeIds: ['u-sql', 'u-x'] });
    expect(problem!.message).toBe("More than one unit is called 'sql basics'");
    const acrossKinds = withExtra(dataAnalytics(), [{ id: 's-sql', kind: 'skill', title: 'SQL' }], [{ from: 'a-sql', to: 's-sql' }, { from: 's-sql', to: 'b-sql' }]);
    expect(only(acrossKinds, 'duplicate-title')).toEqual([]);
  });

  it('lists what a credential still lacks, and makes it an error at publish time', () => {
    const pathway = CASES['credential-incomplete']();
    const [warning] = only(pathway, 'credential-incomplete');
    expect(warning).toMatchObject({ severity: 'warning', nodeId: 'b-sql' });
    expect(warning!.message).toBe("Badge 'SQL' has no name, description, criteria or visual template yet");
    expect(warning!.hint).toBe(
      'In its properties, fill in its name, description and criteria and choose a visual template before publishing',
    );
    const published = validateForPublish(pathway);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ severity: 'error', code: 'credential-incomplete' });
    expect(published[0]!.message).toBe("Badge 'SQL' cannot be published without its name, description, criteria and visual template");
  });

  it('treats blank credential text as missing', () => {
    const pathway = {
      ...dataAnalytics(),
      nodes: dataAnalytics().nodes.map((n) =>
        n.id === 'p-pro' ? { ...n, credential: { ...n.credential, description: '  ', templateId: undefined } } : n,
      ),
    };
    expect(only(pathway, 'credential-incomplete').map((p) => p.message)).toEqual([
      "Program 'Data Professional' has no description or visual template yet",
    ]);
  });

  it('only turns credential gaps into errors at publish time', () => {
    const pathway = withExtra(CASES['credential-incomplete'](), [{ id: 'u-x', kind: 'unit' }]);
    expect(validateForPublish(pathway).map((p) => [p.code, p.severity])).toEqual([
      ['credential-incomplete', 'error'],
      ['orphan-node', 'warning'],
    ]);
  });
});
