import fs from 'node:fs';
import path from 'node:path';
import { seedExample } from '../../store/seed';
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
    // Refuses an existing file with a `conflict`, so from here on the file is ours.
    const workspace = Workspace.create(file);
    try {
      seedExample(workspace);
    } catch (error) {
      // Leave no half-made workspace behind.
      workspace.close();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      throw error;
    }
    workspace.close();
    io.err(`Created ${file} with the example designs.\n`);
  },
} satisfies Command;
