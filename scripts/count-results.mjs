// Prints the closing line CI reads, `N passed, N failed`, from vitest's and Playwright's JSON reports.
// A suite whose report is missing (the run stopped before it) counts as one failure, never as zero tests.
import fs from 'node:fs';

const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
let passed = 0;
let failed = 0;
const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0);
} else failed += 1;
const playwright = read('reports/playwright.json');
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
  failed += playwright.errors?.length ?? 0;
} else failed += 1;
console.log(`${passed} passed, ${failed} failed`);
