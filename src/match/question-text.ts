import { withoutCourtesies } from './courtesies.js';
import { withoutPastedCode } from './pasted-code.js';

/**
 * What the matcher reads of a message: its question, without the code pasted into it and the courtesies around it.
 * The message itself is kept as written (logged, stored, shown); only the matching and the quoted passages use this.
 */
export function questionText(text: string): string {
  return withoutCourtesies(withoutPastedCode(text));
}
