import type { CliCommand } from '../cli-command.js';
import { askCommand } from './ask.js';
import { evalCommand } from './eval.js';
import { kbCommand } from './kb.js';

/** Every `ml-advisor` command, by name. */
export const commands: readonly CliCommand[] = [askCommand, evalCommand, kbCommand];
