import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../../shared/api/result';
import { createExampleWorkspace } from '../../store/seed';
import { Workspace } from '../../store/workspace';
import type { Command } from '../command';

export const initCommand = {
  name: 'init',
  summary: 'Create a workspace file holding the example designs',
  usage: 'init <file>',
  arguments: ['file'],
  details: 'The workspace gets the "Data Analytics Professional Certificate" pathway, its templates and an issuer.\nAn existing file is never replaced.',
  run({ args }, io) {
    const file = path.resolve(args.file!);
    if (fs.existsSync(file)) {
      throw new LaurelError('conflict', `“${args.file}” already exists. Choose another name; Laurel never overwrites a file.`);
    }
    let workspace: Workspace | undefined;
    try {
      workspace = createExampleWorkspace(Workspace, file);
    } catch (error) {
      // The file did not exist a moment ago, so it is ours: leave no half-made workspace behind.
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      throw error;
    } finally {
      workspace?.close();
    }
    io.err(`Created ${file} with the example designs.\n`);
  },
} satisfies Command;
