/**
 * Cuts text into pieces of at most `max` characters, preferring line breaks, then spaces, and never cutting an
 * escape like `&amp;` in half.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    if (cut < max / 2) cut = max;
    const amp = window.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 6 && !window.slice(amp, cut).includes(';')) cut = amp;
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

/** Shortens text to at most `max` characters, ending with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && amp > cut.length - 6 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  return `${cut}…`;
}
