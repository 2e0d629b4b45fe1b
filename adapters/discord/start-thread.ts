import { DiscordAPIError, RESTJSONErrorCodes, Routes, ThreadAutoArchiveDuration, type REST } from 'discord.js';

/**
 * Starts a public thread from a message, as Discord's "Create Thread" does; the thread's id is the message's. A
 * thread the message already has (this record's earlier attempt, before a crash) is kept: Discord refuses a second
 * one (160004), and the reply goes to the one there is.
 */
export async function startThread(rest: REST, channelId: string, messageId: string, name: string): Promise<string> {
  try {
    await rest.post(Routes.threads(channelId, messageId), {
      body: { name, auto_archive_duration: ThreadAutoArchiveDuration.OneDay },
    });
  } catch (err) {
    if (!(err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)) throw err;
  }
  return messageId;
}
