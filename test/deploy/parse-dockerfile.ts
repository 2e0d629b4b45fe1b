import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Instruction { keyword: string; args: string }
export interface Stage { from: string; name: string | undefined; instructions: Instruction[] }

/** Splits a Dockerfile into build stages of instructions (comments dropped, `\` continuations joined). */
export function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: rest.replace(/\s+/g, ' ') };
    if (instruction.keyword === 'FROM') {
      const [image = '', , name] = instruction.args.split(' ').filter((part) => !part.startsWith('--'));
      stages.push({ from: image.replace(/\$\{(\w+)\}/g, (_, key: string) => args[key] ?? ''), name, instructions: [] });
    } else if (instruction.keyword === 'ARG' && stages.length === 0) {
      const [key = '', value = ''] = instruction.args.split('=');
      args[key] = value;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { args, stages };
}

export function readDockerfile(): ReturnType<typeof parseDockerfile> {
  return parseDockerfile(readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8'));
}

/** The exec-form JSON array of a CMD or HEALTHCHECK … CMD instruction. */
export function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  return JSON.parse(json) as string[];
}
