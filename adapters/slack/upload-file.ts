import { z } from 'zod';
import type { SlackClient } from './slack-deps.js';

const uploadUrlSchema = z.object({ upload_url: z.url(), file_id: z.string().min(1) });

export interface SlackUpload {
  filename: string;
  bytes: Buffer;
  title: string;
  /** For screen readers. */
  altText: string;
  /** The message the file is shared with (mrkdwn). */
  comment: string;
}

/**
 * Shares a file in a channel with Slack's external upload flow (`files:write`): ask for an upload URL, POST the bytes
 * to it, then complete the upload into the channel with the comment. Rejects on any step's failure.
 */
export async function uploadFile(client: SlackClient, channel: string, upload: SlackUpload, fetchImpl: typeof fetch = fetch): Promise<void> {
  const granted = uploadUrlSchema.parse(
    await client.files.getUploadURLExternal({ filename: upload.filename, length: upload.bytes.length, alt_text: upload.altText }),
  );
  const response = await fetchImpl(granted.upload_url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: upload.bytes,
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`Slack's upload URL answered HTTP ${response.status}`);
  await client.files.completeUploadExternal({
    files: [{ id: granted.file_id, title: upload.title }],
    channel_id: channel,
    initial_comment: upload.comment,
  });
}
