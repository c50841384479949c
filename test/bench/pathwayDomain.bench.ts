/**
 * The pathway designer's domain functions on a large pathway: validation and the learner evaluation
 * run on every edit, so both together must stay within a frame's share of work. Budget ≤ 20 ms for
 * both on 2,000 nodes / 3,000 edges; baseline: a 100-node / 150-edge pathway in the same run, whose
 * ratio shows whether the cost grows linearly (~20×) or worse.
 */
import { evaluatePathway } from '../../shared/pathway/evaluate';
import { generatePathway } from '../../shared/pathway/generate';
import { isActivity, type Pathway } from '../../shared/pathway/model';
import { validatePathway } from '../../shared/pathway/validate';
import { report, summarise, timeRuns } from './measure';

const RUNS = 200;
const WARMUP = 50;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Half the activities done, as in the middle of a learner simulation. */
const halfDone = (pathway: Pathway) => pathway.nodes.filter((n, i) => isActivity(n.kind) && i % 2 === 0).map((n) => n.id);

async function measure(nodes: number, edges: number) {
  const pathway = generatePathway({ nodes, edges, seed: 2024 });
  const done = halfDone(pathway);
  const validate = summarise(await timeRuns(() => validatePathway(pathway), RUNS, WARMUP));
  const evaluate = summarise(await timeRuns(() => evaluatePathway(pathway, done), RUNS, WARMUP));
  const both = summarise(await timeRuns(() => [validatePathway(pathway), evaluatePathway(pathway, done)], RUNS, WARMUP));
  return { validate, evaluate, both };
}

const baseline = await measure(100, 150);
const large = await measure(2000, 3000);
const size = '2,000-node / 3,000-edge pathway';
report({ name: `validatePathway, ${size}`, unit: 'ms', ...large.validate, n: RUNS });
report({ name: `evaluatePathway (half the activities done), ${size}`, unit: 'ms', ...large.evaluate, n: RUNS });
report({
  name: `validatePathway + evaluatePathway, ${size} (baseline: 100 nodes / 150 edges)`,
  unit: 'ms',
  ...large.both,
  n: RUNS,
  budget: '≤ 20 ms',
  // report() rounds only top-level figures.
  baseline: { nodes: 100, edges: 150, median: round(baseline.both.median), p95: round(baseline.both.p95), n: RUNS },
  ratio: large.both.median / baseline.both.median,
});
report({
  name: 'validatePathway + evaluatePathway, 2,000 nodes against 100 nodes',
  unit: 'ratio',
  median: large.both.median / baseline.both.median,
  p95: large.both.p95 / baseline.both.p95,
  n: RUNS,
  expected: '~20 if linear in nodes + edges',
});
