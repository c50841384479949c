import type { Command } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';
import { initCommand } from './init';
import { simulateCommand } from './simulate';

/** Every `laurel` command, in the order `laurel --help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand, infoCommand, exportCommand, importCommand, checkCommand, simulateCommand];
