import { createHmac } from 'node:crypto';
import { request, type Agent } from 'node:http';

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedRequest {
  secret: string;
  body: string;
  contentType?: 'application/json' | 'application/x-www-form-urlencoded';
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to test a bad one). */
  signature?: string;
  /** Sets `X-Slack-Retry-Num` (and a retry reason) like Slack's redeliveries. */
  retryNum?: number;
  agent?: Agent;
}

export interface SignedResponse {
  status: number;
  body: string;
}

/** POSTs a signed request the way Slack does (to Bolt's `/slack/events`). */
export function sendSigned(url: string, options: SignedRequest): Promise<SignedResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string | number> = {
    'content-type': options.contentType ?? 'application/json',
    'content-length': Buffer.byteLength(options.body),
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, options.body),
  };
  if (options.retryNum) {
    headers['x-slack-retry-num'] = options.retryNum;
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: options.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A slash command or interactivity payload as Slack sends it: form-encoded. */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
