import fc from 'fast-check';
import { it } from 'vitest';
import { PathwaySchema } from './model';
import { validatePathway, validateForPublish } from './validate';
import { evaluatePathway } from './evaluate';
it('prof', async () => {
  const src = await import('fs').then((fs) => fs.readFileSync('shared/pathway/properties.test.ts', 'utf8'));
  void src;
  const mod = await import('./zz_arb');
  let t = performance.now();
  const samples = fc.sample(mod.malformedPathwayArb, 300);
  console.log('gen', performance.now() - t);
  t = performance.now(); for (const p of samples) PathwaySchema.safeParse(p); console.log('parse', performance.now() - t);
  t = performance.now(); for (const p of samples) { validatePathway(p); validateForPublish(p); } console.log('validate', performance.now() - t);
  t = performance.now(); for (const p of samples) evaluatePathway(p, p.nodes.map((n) => n.id)); console.log('eval', performance.now() - t);
});
