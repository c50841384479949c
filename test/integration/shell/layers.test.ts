import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** The layer rules are what keeps shared/ pure: prove that lint fails on a wrong import. */
describe('layers are kept by lint', () => {
  const eslint = new ESLint({ cwd: root });
  const errorsFor = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: path.join(root, file) }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;

  it('shared/ may not import Node, Electron, React, electron/ or renderer/', async () => {
    expect(await errorsFor('shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toBe(1);
    expect(await errorsFor('shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await errorsFor('shared/x.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toBe(1);
    expect(await errorsFor('shared/pathway/x.ts', "import { Workspace } from '../../electron/store/workspace';\nexport const a = Workspace;\n")).toBeGreaterThanOrEqual(1);
    expect(await errorsFor('shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toBe(0);
  });

  it('the renderer may not import Node or electron/, and tests may not import Electron', async () => {
    expect(await errorsFor('renderer/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toBe(1);
    expect(await errorsFor('renderer/x.ts', "import { Workspace } from '../electron/store/workspace';\nexport const a = Workspace;\n")).toBeGreaterThanOrEqual(1);
    expect(await errorsFor('electron/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
  });
});
