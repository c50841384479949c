import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePathway, type NodeState } from './evaluate';
import { indexPathway } from './graph';
import {
  ACTIVITY_KINDS,
  edgeAllowed,
  edgeId,
  isActivity,
  NODE_KINDS,
  PATHWAY_FORMAT,
  ruleOf,
  type Pathway,
  type PathwayEdge,
  type PathwayNode,
} from './model';
import { PathwaySchema } from './schema';
import { satisfiableNodes } from './satisfiable';
import { PROBLEM_CODES, validateForPublish, validatePathway } from './validate';

// ---- arbitraries ----------------------------------------------------------------------------------

const ruleArb = fc.oneof(
  fc.constant(undefined),
  fc.constant({ type: 'all' as const }),
  fc.record({ type: fc.constant('atLeast' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ type: fc.constant('points' as const), min: fc.integer({ min: 0, max: 8 }) }),
);
const edgeFlagsArb = fc.record(
  { required: fc.boolean(), points: fc.integer({ min: 0, max: 4 }) },
  { requiredKeys: [] },
);

/** Small pathways whose edges all go up the stack (unit cycles included), with random rules. */
const stackPathwayArb: fc.Arbitrary<Pathway> = fc
  .array(fc.record({ kind: fc.constantFrom(...NODE_KINDS), rule: ruleArb }), { minLength: 1, maxLength: 8 })
  .chain((specs) => {
    const nodes: PathwayNode[] = specs.map(({ kind, rule }, i) => ({ id: `n${i}`, kind, title: `Node ${i}`, ...(rule ? { rule } : {}) }));
    const pairs = nodes.flatMap((from) => nodes.filter((to) => edgeAllowed(from.kind, to.kind)).map((to) => [from.id, to.id] as const));
    return fc.subarray(pairs).chain((chosen) =>
      fc.array(edgeFlagsArb, { minLength: chosen.length, maxLength: chosen.length }).map(
        (flags): Pathway => ({
          format: PATHWAY_FORMAT,
          id: 'p',
          name: 'random',
          nodes,
          edges: chosen.map(([from, to], i) => ({ from, to, ...flags[i] })),
        }),
      ),
    );
  });

const activityIds = (pathway: Pathway) => pathway.nodes.filter((n) => isActivity(n.kind)).map((n) => n.id);

/** A pathway with a set of completed activities and a larger set containing it. */
const progressArb = stackPathwayArb.chain((pathway) =>
  fc
    .tuple(fc.subarray(activityIds(pathway)), fc.subarray(activityIds(pathway)))
    .map(([done, more]) => ({ pathway, done, more: [...done, ...more] })),
);

const ID_POOL = ['a', 'b', 'c', 'd', '__proto__', 'constructor', 'a->b', ' '];
const idArb = fc.oneof(fc.constantFrom(...ID_POOL), fc.string({ minLength: 1, maxLength: 4 }));
/** Anything the schema accepts: duplicate ids, dangling and downward edges, odd titles, huge counts. */
const malformedPathwayArb: fc.Arbitrary<Pathway> = fc.record({
  format: fc.constant(PATHWAY_FORMAT),
  id: fc.constant('m'),
  name: fc.string({ maxLength: 5 }),
  nodes: fc.array(
    fc.record(
      {
        id: idArb,
        kind: fc.constantFrom(...NODE_KINDS),
        title: fc.oneof(fc.constantFrom('', ' ', 'SQL', 'sql '), fc.string({ maxLength: 6 })),
        rule: fc.oneof(
          fc.constant({ type: 'all' as const }),
          fc.record({ type: fc.constant('atLeast' as const), count: fc.integer({ min: 1, max: 10_000 }) }),
          fc.record({ type: fc.constant('points' as const), min: fc.double({ min: 0, max: 1_000_000, noNaN: true }) }),
        ),
        credential: fc.record(
          { name: fc.string({ maxLength: 3 }), description: fc.string({ maxLength: 3 }), criteria: fc.string({ maxLength: 3 }), templateId: fc.constantFrom('t', 'x') },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['id', 'kind', 'title'] },
    ),
    { maxLength: 10 },
  ),
  edges: fc.array(
    fc.record(
      { from: idArb, to: idArb, required: fc.boolean(), points: fc.double({ min: 0, max: 1_000_000, noNaN: true }) },
      { requiredKeys: ['from', 'to'] },
    ),
    { maxLength: 16 },
  ),
});

// ---- a brute-force reference of DESIGN §1 ---------------------------------------------------------

const inputsOf = (pathway: Pathway, id: string) => pathway.edges.filter((edge) => edge.to === id);

/** Is there a set of satisfied inputs that holds every required input and meets the rule? Tried one by one. */
function referenceHolds(pathway: Pathway, node: PathwayNode, satisfied: (id: string) => boolean): boolean {
  const inputs = inputsOf(pathway, node.id);
  if (inputs.length === 0) return true;
  const candidates = inputs.filter((edge) => satisfied(edge.from));
  const rule = ruleOf(node);
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.filter((_, i) => mask & (1 << i));
    if (!inputs.every((edge) => edge.required !== true || chosen.includes(edge))) continue;
    if (rule.type === 'all' && chosen.length === inputs.length) return true;
    if (rule.type === 'atLeast' && chosen.length >= rule.count) return true;
    if (rule.type === 'points' && chosen.reduce((sum, edge) => sum + (edge.points ?? 1), 0) >= rule.min) return true;
  }
  return false;
}

/** Re-evaluates every node until nothing changes, in no particular order. */
function referenceEvaluate(pathway: Pathway, completed: readonly string[]) {
  const satisfied = new Set(pathway.nodes.filter((n) => isActivity(n.kind) && completed.includes(n.id)).map((n) => n.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of pathway.nodes) {
      if (isActivity(node.kind) || satisfied.has(node.id)) continue;
      if (inputsOf(pathway, node.id).length > 0 && referenceHolds(pathway, node, (id) => satisfied.has(id))) {
        satisfied.add(node.id);
        changed = true;
      }
    }
  }
  const states = new Map<string, NodeState>();
  for (const node of pathway.nodes) {
    const holds = referenceHolds(pathway, node, (id) => satisfied.has(id));
    const anyInput = inputsOf(pathway, node.id).some((edge) => satisfied.has(edge.from));
    if (isActivity(node.kind)) states.set(node.id, satisfied.has(node.id) ? 'completed' : holds ? 'available' : 'locked');
    else states.set(node.id, satisfied.has(node.id) ? 'earned' : anyInput ? 'in-progress' : 'locked');
  }
  return { satisfied, states };
}

/** A learner who completes whatever is available until nothing more is. */
function referenceSatisfiable(pathway: Pathway): Set<string> {
  const done: string[] = [];
  for (;;) {
    const { states, satisfied } = referenceEvaluate(pathway, done);
    const next = pathway.nodes.filter((n) => states.get(n.id) === 'available').map((n) => n.id);
    if (next.length === 0) return satisfied;
    done.push(...next);
  }
}

/** Whether `to` leads back to `from` through units, i.e. the edge from → to lies on a unit cycle. */
function onUnitCycle(pathway: Pathway, edge: PathwayEdge): boolean {
  const kind = (id: string) => pathway.nodes.find((n) => n.id === id)?.kind;
  if (kind(edge.from) !== 'unit' || kind(edge.to) !== 'unit') return false;
  const seen = new Set<string>();
  const walk = (id: string): boolean =>
    id === edge.from ||
    (!seen.has(id) && (seen.add(id), pathway.edges.some((e) => e.from === id && kind(e.to) === 'unit' && walk(e.to))));
  return walk(edge.to);
}

// ---- properties -------------------------------------------------------------------------------------

const RANK: Record<NodeState, number> = { locked: 0, available: 1, 'in-progress': 1, completed: 2, earned: 2 };

describe('pathway domain properties', () => {
  it('completing more activities never un-earns or un-locks anything', () => {
    const monotone = ({ pathway, done, more }: { pathway: Pathway; done: string[]; more: string[] }) => {
      const before = evaluatePathway(pathway, done).nodes;
      const after = evaluatePathway(pathway, more).nodes;
      for (const id of Object.keys(before)) {
        if (before[id]!.satisfied) expect(after[id]!.satisfied).toBe(true);
        expect(RANK[after[id]!.state]).toBeGreaterThanOrEqual(RANK[before[id]!.state]);
      }
    };
    fc.assert(fc.property(progressArb, monotone), { numRuns: 300 });
    const malformedProgress = malformedPathwayArb.chain((pathway) =>
      fc.tuple(fc.subarray(pathway.nodes.map((n) => n.id)), fc.subarray(pathway.nodes.map((n) => n.id))).map(([done, extra]) => ({ pathway, done, more: [...done, ...extra] })),
    );
    fc.assert(fc.property(malformedProgress, monotone), { numRuns: 200 });
  });

  it('evaluates all, atLeast, points and required rules as the brute-force reference does', () => {
    fc.assert(
      fc.property(progressArb, ({ pathway, done }) => {
        const { nodes } = evaluatePathway(pathway, done);
        const reference = referenceEvaluate(pathway, done);
        for (const node of pathway.nodes) {
          expect({ id: node.id, state: nodes[node.id]!.state }).toEqual({ id: node.id, state: reference.states.get(node.id) });
          expect(nodes[node.id]!.satisfied).toBe(reference.satisfied.has(node.id));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names as missing exactly what, once satisfied, would make a reachable rule hold', () => {
    fc.assert(
      fc.property(progressArb, ({ pathway, done }) => {
        const { nodes } = evaluatePathway(pathway, done);
        const isSatisfied = (id: string) => nodes[id]!.satisfied;
        for (const node of pathway.nodes) {
          const result = nodes[node.id]!;
          if (result.satisfied) {
            expect(result.missing).toEqual([]);
            expect(result.missingText).toBeUndefined();
            continue;
          }
          expect(result.missingText).toBeTruthy();
          if (result.state === 'available') {
            expect(result.missing).toEqual([node.id]);
            continue;
          }
          const inputs = inputsOf(pathway, node.id);
          for (const id of result.missing) expect(inputs.some((e) => e.from === id) && !isSatisfied(id)).toBe(true);
          for (const edge of inputs) if (edge.required && !isSatisfied(edge.from)) expect(result.missing).toContain(edge.from);
          const reachable = inputs.length > 0 && referenceHolds(pathway, node, () => true);
          if (reachable) expect(referenceHolds(pathway, node, (id) => isSatisfied(id) || result.missing.includes(id))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds what a learner can ever satisfy, as a learner who does everything available would', () => {
    fc.assert(
      fc.property(stackPathwayArb, (pathway) => {
        expect([...satisfiableNodes(indexPathway(pathway))].sort()).toEqual([...referenceSatisfiable(pathway)].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('reports exactly the unsatisfiable rules and unit cycles the reference finds', () => {
    fc.assert(
      fc.property(stackPathwayArb, (pathway) => {
        const problems = validatePathway(pathway);
        const satisfiable = referenceSatisfiable(pathway);
        const reported = (code: string) => problems.filter((p) => p.code === code);
        const nodeOf = (id: string) => pathway.nodes.find((n) => n.id === id)!;

        const blocked = pathway.edges.filter(
          (e) => (e.required === true || ruleOf(nodeOf(e.to)).type === 'all') && !satisfiable.has(e.from) && !onUnitCycle(pathway, e),
        );
        expect(reported('input-never-satisfied').map((p) => p.edgeId).sort()).toEqual(blocked.map(edgeId).sort());

        const reachableInputs = (node: PathwayNode) => inputsOf(pathway, node.id).filter((e) => satisfiable.has(e.from));
        const tooFew = pathway.nodes.filter((n) => {
          const rule = ruleOf(n);
          return rule.type === 'atLeast' && inputsOf(pathway, n.id).length > 0 && reachableInputs(n).length < rule.count;
        });
        expect(reported('at-least-unreachable').map((p) => p.nodeId)).toEqual(tooFew.map((n) => n.id));
        const tooLittle = pathway.nodes.filter((n) => {
          const rule = ruleOf(n);
          const points = reachableInputs(n).reduce((sum, e) => sum + (e.points ?? 1), 0);
          return rule.type === 'points' && inputsOf(pathway, n.id).length > 0 && points < rule.min;
        });
        expect(reported('points-unreachable').map((p) => p.nodeId)).toEqual(tooLittle.map((n) => n.id));

        const inCycles = pathway.edges.filter((e) => e.from === e.to || onUnitCycle(pathway, e)).map((e) => e.from);
        expect(reported('unit-cycle').flatMap((p) => p.nodeIds ?? []).sort()).toEqual([...new Set(inCycles)].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a schema-valid pathway, however malformed, and points only at what exists', () => {
    fc.assert(
      fc.property(malformedPathwayArb, (pathway) => {
        expect(PathwaySchema.safeParse(pathway).success).toBe(true);
        const ids = new Set([...pathway.nodes.map((n) => n.id), ...pathway.edges.flatMap((e) => [e.from, e.to])]);
        const edgeIds = new Set(pathway.edges.map(edgeId));
        // Checked without `expect` per problem, which would make this test many times slower.
        const faulty = [...validatePathway(pathway), ...validateForPublish(pathway)].filter(
          (problem) =>
            !PROBLEM_CODES.includes(problem.code) ||
            problem.message.trim() === '' ||
            problem.hint.trim() === '' ||
            (problem.nodeId !== undefined && !ids.has(problem.nodeId)) ||
            (problem.edgeId !== undefined && !edgeIds.has(problem.edgeId)),
        );
        expect(faulty).toEqual([]);
        const { nodes } = evaluatePathway(pathway, pathway.nodes.map((n) => n.id));
        expect(Object.keys(nodes).sort()).toEqual([...new Set(pathway.nodes.map((n) => n.id))].sort());
      }),
      { numRuns: 1000 },
    );
  });

  it('only reports activity kinds as completed or available', () => {
    fc.assert(
      fc.property(progressArb, ({ pathway, done }) => {
        const { nodes } = evaluatePathway(pathway, done);
        for (const node of pathway.nodes) {
          const activityState = ['completed', 'available'].includes(nodes[node.id]!.state);
          if (activityState) expect(ACTIVITY_KINDS).toContain(node.kind);
        }
      }),
    );
  });
});
