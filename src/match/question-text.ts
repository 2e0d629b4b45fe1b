import { withoutCourtesies } from './courtesies.js';
import { withoutFillers } from './fillers.js';
import { startAndEnd } from './long-message.js';
import { withoutPastedCode } from './pasted-code.js';

/**
 * What the matcher reads of a message: its question, without the code pasted into it, the courtesies around it and
 * the fillers of speech, and of a very long message its start and its end. The message itself is kept as written
 * (logged, stored, shown); only the matching and the quoted passages use this.
 */
export function questionText(text: string): string {
  return withoutFillers(withoutCourtesies(startAndEnd(withoutPastedCode(text))));
}
