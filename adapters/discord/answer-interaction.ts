import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { HandlerDeps } from './handler-deps.js';
import type { DiscordMessagePart } from './render-message.js';

const LATE = Symbol('late');

function waitOrLate<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Answers an interaction with the rendered parts: a direct reply when the core is quick, otherwise a deferral
 * ("thinking…") within the deadline and an edit of it when the answer arrives. Further parts are follow-ups.
 */
export async function answerInteraction(
  interaction: RepliableInteraction,
  answer: Promise<DiscordMessagePart[]>,
  deps: HandlerDeps,
  options: { ephemeral?: boolean } = {},
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const early = await waitOrLate(answer, deps.deferAfterMs);
  let parts: DiscordMessagePart[];
  if (early === LATE) {
    await interaction.deferReply(flags ? { flags } : {});
    parts = await answer;
    const [first] = parts;
    if (first) await interaction.editReply(first);
  } else {
    parts = early;
    const [first] = parts;
    if (first) await interaction.reply(flags ? { ...first, flags } : first);
  }
  for (const part of parts.slice(1)) {
    await interaction.followUp(flags ? { ...part, flags } : part);
  }
}
