import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { entryActionId, topicActionId } from '../../src/action-ids.js';

export const MAX_CHOICES = 25;
const MAX_CHOICE_NAME = 100;

/** A picked choice's value is a core action id, so picking a suggestion gets exactly that topic or entry. */
export const PICKED_CHOICE = /^(topic|entry):([a-z0-9-]+)$/;

/**
 * Suggestions for `/ml-start question`: the six topics first, then knowledge entries, keeping those whose
 * label or title contains every word typed so far (case-insensitive). At most 25, as Discord allows.
 */
export function autocompleteChoices(index: KnowledgeIndex, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (text: string): boolean => words.every((w) => text.toLowerCase().includes(w));
  const topics = index.knowledge.painPoints
    .filter((p) => matches(`${p.label} ${p.title}`))
    .map((p) => ({ name: `Topic: ${p.title}`, value: topicActionId(p.id) }));
  const entries = index.knowledge.entries
    .filter((e) => matches(e.title))
    .map((e) => ({ name: e.title, value: entryActionId(e.id) }));
  return [...topics, ...entries]
    .slice(0, MAX_CHOICES)
    .map((c) => ({ name: c.name.slice(0, MAX_CHOICE_NAME), value: c.value }));
}

/** True when the text is a choice picked from the suggestions (and still names something in the index). */
export function isPickedChoice(index: KnowledgeIndex, text: string): boolean {
  const m = PICKED_CHOICE.exec(text);
  if (!m) return false;
  return m[1] === 'topic' ? index.painPoints.has(m[2]!) : index.entries.has(m[2]!);
}
