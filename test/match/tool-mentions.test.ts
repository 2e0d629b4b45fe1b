import { describe, expect, it } from 'vitest';
import type { Tool } from '../../src/knowledge/schema.js';
import { aliasKey, toolMentions } from '../../src/match/tool-mentions.js';

const make = (id: string, aliases: string[]): Tool => ({
  kind: 'tool',
  id,
  name: id,
  aliases,
  links: [{ label: `${id} docs`, url: `https://docs.example.com/${id}` }],
  reviewed: new Date('2026-12-01'),
  body: `${id} is a tool.`,
  file: `tools/${id}.md`,
});

const tools = [
  make('vllm', ['vllm']),
  make('sagemaker', ['sagemaker', 'sage maker', 'aws sagemaker']),
  make('sagemaker-studio', ['sagemaker studio']),
  make('ground-truth', ['sagemaker ground truth', 'ground truth labeling']),
  make('ray', ['Ray', 'ray serve']),
  make('llama-cpp', ['llama.cpp']),
  make('kserve', ['kserve']),
];
const ids = (text: string): string[] => toolMentions(tools, text).map((t) => t.id);

describe('toolMentions', () => {
  it('GIVEN a lower-case alias THEN it matches in any case, as a whole word', () => {
    expect(ids('Our VLLM server drops requests')).toEqual(['vllm']);
    expect(ids('vLLM on 4 GPUs?')).toEqual(['vllm']);
    expect(ids('we use myvllmfork and vllm2')).toEqual([]);
    expect(ids('our vllm-based server')).toEqual(['vllm']);
  });

  it('GIVEN an alias with a capital THEN only that exact case matches, so ordinary words do not', () => {
    expect(ids('can Ray scale our training?')).toEqual(['ray']);
    expect(ids('a ray of hope for our x-ray model, traced with AWS X-Ray')).toEqual([]);
    expect(ids('deploying with ray serve')).toEqual(['ray']);
  });

  it('GIVEN overlapping aliases THEN the longer one is the mention', () => {
    expect(ids('SageMaker Ground Truth keeps old data')).toEqual(['ground-truth']);
    expect(ids('is SageMaker worth it, and what is sagemaker ground truth?')).toEqual(['sagemaker', 'ground-truth']);
    // Overlapping from different words: "aws sagemaker" and "sagemaker studio" — the longer one.
    expect(ids('AWS SageMaker Studio keeps crashing')).toEqual(['sagemaker-studio']);
  });

  it('GIVEN several tools THEN the first two named, in order, each once', () => {
    expect(ids('kserve vs vllm vs llama.cpp, and kserve again')).toEqual(['kserve', 'vllm']);
    expect(ids('llama.cpp on a Mac')).toEqual(['llama-cpp']);
  });

  it('GIVEN spaces and line breaks inside a name THEN it still matches', () => {
    expect(ids('does sage\n  maker do this?')).toEqual(['sagemaker']);
  });

  it('GIVEN no tools, or text naming none THEN nothing', () => {
    expect(toolMentions([], 'vllm')).toEqual([]);
    expect(ids('how do we start with machine learning?')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('aliasKey: aliases that differ only in case or spacing are the same name', () => {
    expect(aliasKey(' Ray  Serve')).toBe(aliasKey('ray serve'));
  });
});
