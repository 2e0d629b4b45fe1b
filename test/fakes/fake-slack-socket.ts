import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';

/** The fake's Socket Mode side: says `hello` to each connection, sends envelopes, collects acks. */
export class FakeSlackSocket {
  private ws: WebSocket | undefined;
  private readonly waiting = new Map<string, (ack: Record<string, unknown>) => void>();
  private connectedWaiters: (() => void)[] = [];

  attach(ws: WebSocket): void {
    this.ws = ws;
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as Record<string, unknown>;
      const id = typeof ack.envelope_id === 'string' ? ack.envelope_id : '';
      this.waiting.get(id)?.(ack);
      this.waiting.delete(id);
    });
    ws.on('close', () => {
      if (this.ws === ws) this.ws = undefined;
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }));
    for (const resolve of this.connectedWaiters) resolve();
    this.connectedWaiters = [];
  }

  get connected(): boolean {
    return this.ws !== undefined;
  }

  /** Resolves once a client has connected (and been greeted). */
  waitForConnection(): Promise<void> {
    if (this.ws) return Promise.resolve();
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /**
   * Sends one envelope (`events_api`, `slash_commands` or `interactive`) and resolves with the client's ack.
   * `retryAttempt` > 0 marks a redelivery, as Slack does.
   */
  send(type: string, payload: unknown, options: { envelopeId?: string; retryAttempt?: number } = {}): Promise<Record<string, unknown>> {
    const ws = this.ws;
    if (!ws) return Promise.reject(new Error('fake Slack: no Socket Mode client connected'));
    const envelopeId = options.envelopeId ?? randomUUID();
    const acked = new Promise<Record<string, unknown>>((resolve) => this.waiting.set(envelopeId, resolve));
    const retry = options.retryAttempt ?? 0;
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        retry_attempt: retry,
        retry_reason: retry ? 'timeout' : '',
      }),
    );
    return acked;
  }

  /** Closes the current connection (the client may reconnect) and waits for it to go. */
  async close(): Promise<void> {
    const ws = this.ws;
    if (!ws) return;
    await new Promise<void>((resolve) => {
      ws.once('close', () => resolve());
      ws.terminate();
    });
  }
}
