import type { Logger } from 'pino';
import { z } from 'zod';
import type { SlackClient } from './slack-deps.js';

/** The part of `usergroups.users.list`'s answer we read. */
const membersSchema = z.object({ users: z.array(z.string()) });

/**
 * The experts' user group (`SLACK_EXPERTS_GROUP`): its mention, and whether someone belongs to it, read with
 * `usergroups.users.list` (scope `usergroups:read`) and kept for `ttlMs`. Slack does not say, in a click, which
 * groups the clicker is in, and a group's members change: asking Slack is the one sound way. When Slack refuses
 * (e.g. `missing_scope`), nobody counts as an expert (but those of an earlier read): the asker and the admins can
 * still mark a thread resolved. A refusal is kept for `ttlMs` like an answer, so clicks in that time do not ask
 * Slack again, and it is logged once per `ttlMs`.
 */
export class Experts {
  private members: { users: ReadonlySet<string>; until: number } | undefined;

  constructor(
    readonly group: string,
    private readonly client: Pick<SlackClient, 'usergroups'>,
    private readonly logger: Logger,
    private readonly ttlMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The only mention any reply of ours carries: Slack expands it to the group's members. */
  get mention(): string {
    return `<!subteam^${this.group}>`;
  }

  async has(userId: string): Promise<boolean> {
    const now = this.clock();
    if (!this.members || this.members.until <= now) {
      try {
        const res = membersSchema.parse(await this.client.usergroups.users.list({ usergroup: this.group }));
        this.members = { users: new Set(res.users), until: now + this.ttlMs };
      } catch (err) {
        this.members = { users: this.members?.users ?? new Set(), until: now + this.ttlMs };
        this.logger.warn({ err, retryInMs: this.ttlMs }, 'cannot read the experts group (usergroups:read); until the next try only members read before count as experts');
      }
    }
    return this.members.users.has(userId);
  }
}
