import type { InboundItem } from '../../src/store/inbox.js';

/**
 * Items recorded in the inbox by this process before Slack was acknowledged, waiting for their listener. Only
 * the delivery that recorded an event finds it here: a redelivery (Slack's retry) finds nothing and stops.
 * Bounded: an item whose listener never ran is still answered by recovery once its lease expires.
 */
export class RecordedEvents {
  private readonly items = new Map<string, InboundItem>();

  constructor(private readonly max = 1_000) {}

  put(key: string, item: InboundItem): void {
    this.items.set(key, item);
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value as string);
  }

  take(key: string | undefined): InboundItem | undefined {
    if (!key) return undefined;
    const item = this.items.get(key);
    this.items.delete(key);
    return item;
  }
}
