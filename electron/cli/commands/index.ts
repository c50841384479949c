import type { Command } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';
import { initCommand } from './init';

/** Every `laurel` command, in the order `laurel --help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand, infoCommand, exportCommand, importCommand];
