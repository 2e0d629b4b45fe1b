/**
 * Salutations, thanks and sign-offs as people put them around a question in a channel, an AMA or an issue. The
 * real sets were collected with these trimmed; `ml-advisor eval --courtesies` puts them back, one pair per line in
 * turn, to measure what they cost.
 */
const OPENINGS = [
  'Hi Alexey, ',
  'Hey Chip! ',
  'Hello everyone, ',
  'Hi! Thanks for the great book. ',
  'Thanks for doing this AMA! ',
  'Hey Maria, quick question: ',
  'Hi there, I have a question. ',
  'Hello Dr. Smith, thank you for the talk today! ',
  'hi all, sorry if this is a dumb question: ',
  'Good morning! ',
];

const CLOSINGS = ['', ' Thanks in advance!', ' Any help would be appreciated.', ' Cheers!', ' Thank you so much for your time.', ' Thanks, Anna', '\nBest regards'];

/** Line `i` of a set, wrapped in the `i`-th opening and closing. */
export function wrapInCourtesies(text: string, i: number): string {
  return `${OPENINGS[i % OPENINGS.length]}${text}${CLOSINGS[i % CLOSINGS.length]}`;
}
