import type { Command } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';
import { initCommand } from './init';
import { ledgerCommand } from './ledger';
import { renderCommand } from './render';
import { simulateCommand } from './simulate';
import { issuerKeyCommand } from './issuerKey';
import { specimenCommand } from './specimen';
import { verifyCommand } from './verify';
import { exportOb3Command } from './exportOb3';
import { manifestCommand } from './manifest';
import { publishCommand } from './publish';
import { outboxCommand } from './outbox';
import { verifyPublicationCommand } from './verifyPublication';

/** Every `laurel` command, in the order `laurel --help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand, infoCommand, exportCommand, importCommand, checkCommand, simulateCommand, renderCommand, ledgerCommand, issuerKeyCommand, specimenCommand, verifyCommand, exportOb3Command, manifestCommand, publishCommand, outboxCommand, verifyPublicationCommand];
