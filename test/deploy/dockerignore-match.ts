/**
 * Whether a path is left out of the Docker build context by .dockerignore rules: `*` and `?` within a path
 * segment, `**` across segments, `!` re-includes, the last matching rule wins, and excluding a folder excludes
 * what is inside it. Enough of Docker's rules to check our own file.
 */
export function isIgnored(rules: string[], file: string): boolean {
  let ignored = false;
  for (const raw of rules) {
    const rule = raw.trim();
    if (!rule || rule.startsWith('#')) continue;
    const negated = rule.startsWith('!');
    const pattern = (negated ? rule.slice(1) : rule).replace(/^\/+/, '').replace(/\/+$/, '');
    if (matches(pattern, file)) ignored = !negated;
  }
  return ignored;
}

function matches(pattern: string, file: string): boolean {
  const segment = (part: string): string =>
    part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  // `**/` matches zero or more folders; any other `**` matches anything.
  const source = pattern
    .split('**/')
    .map((piece) => piece.split('**').map(segment).join('.*'))
    .join('(?:.*/)?');
  // A match on the path itself or on one of its parent folders.
  return new RegExp(`^${source}(/.*)?$`).test(file);
}
