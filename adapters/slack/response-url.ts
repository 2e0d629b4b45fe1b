import { z } from 'zod';

/** Slack's answer to a post to a `response_url`: `{ ok }`, or an error such as `expired_url` or `used_url`. */
const answerSchema = z.object({ ok: z.boolean().optional(), error: z.string().optional() }).loose();

/** The outcome of one post: accepted, or refused for good (the URL expired or was used up) with Slack's reason. */
export type ResponseUrlOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Posts one message to a `response_url` (what Bolt's `respond()` does). A 5xx, a timeout or a network error
 * throws (worth retrying); a 4xx or `ok: false` is final. The URL carries a secret: it never goes in an error.
 */
export async function postToResponseUrl(url: string, body: Record<string, unknown>, timeoutMs = 10_000): Promise<ResponseUrlOutcome> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch((err: unknown) => {
    throw new Error(`response_url unreachable: ${err instanceof Error ? err.name : 'error'}`);
  });
  const text = await res.text();
  if (res.status >= 500 || res.status === 429) throw new Error(`response_url answered ${res.status}`);
  let parsed: z.infer<typeof answerSchema> = {};
  try {
    parsed = answerSchema.parse(JSON.parse(text));
  } catch {
    parsed = /^[a-z_]+$/.test(text.trim()) ? { ok: res.ok, error: text.trim() } : { ok: res.ok };
  }
  if (res.ok && parsed.ok !== false) return { ok: true };
  return { ok: false, reason: `response_url_${parsed.error ?? res.status}` };
}
