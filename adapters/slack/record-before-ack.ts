import type { App, Receiver, ReceiverEvent } from '@slack/bolt';

/**
 * Puts `record` between the receiver and the app: it runs on every incoming request before Bolt acknowledges
 * it (Bolt acks events before any middleware). When `record` throws (the store is down), the request is not
 * acknowledged: HTTP mode answers 500 and Socket Mode sends no ack, so Slack delivers the event again.
 * `retryNum` is Slack's count of earlier deliveries (0 for the first). `record` answers `settled` when the inbox
 * has all it needs (a redelivery it already holds, a resend queued for its backlog lane): the event is then
 * acknowledged here, without Bolt's middleware and listeners, which would have nothing to do with it.
 */
export function recordBeforeAck(receiver: Receiver, app: App, record: (body: unknown, retryNum: number) => Promise<'settled' | 'listen'>): void {
  const gate = {
    processEvent: async (event: ReceiverEvent): Promise<void> => {
      if ((await record(event.body, event.retryNum ?? 0)) === 'settled') return void (await event.ack());
      await app.processEvent(event);
    },
  };
  receiver.init(gate as unknown as App);
}
