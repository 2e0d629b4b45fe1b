import type { CliCommand } from '../cli-command.js';
import { askCommand } from './ask.js';
import { chatCommand } from './chat.js';
import { evalCommand } from './eval.js';
import { kbCommand } from './kb.js';

/** Every `ml-advisor` command, by name. */
export const commands: readonly CliCommand[] = [chatCommand, askCommand, evalCommand, kbCommand];
