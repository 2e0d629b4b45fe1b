import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { shardOf } from './discord-snowflake.js';

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Every dispatch of the session, for replay on RESUME. */
  sent: { s: number; t: string; d: unknown }[];
  /** The intents IDENTIFY asked for. */
  intents: number;
  socket?: WebSocket;
}

export interface GatewayHooks {
  /** READY's `d` and the GUILD_CREATEs to follow, for a shard. */
  onIdentify(shard: [number, number], sessionId: string): { ready: unknown; guilds: unknown[] };
  /** What a session that asked for `intents` gets of a dispatch (e.g. message content blanked without the intent). */
  shape?(t: string, d: unknown, intents: number): unknown;
}

/**
 * A minimal Discord gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME with replay of
 * what the client missed, dispatches routed to the shard that owns the guild, and forced closes (4000 → RESUME).
 */
export class FakeGateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  identifies = 0;
  resumes = 0;
  /** The intents of the latest IDENTIFY (what history reads are shaped by). */
  lastIntents = 0;

  constructor(server: Server, private readonly hooks: GatewayHooks) {
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.accept(socket));
  }

  private accept(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      else if (frame.op === 2) this.identify(socket, frame.d);
      else if (frame.op === 6) this.resume(socket, frame.d);
    });
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    this.identifies += 1;
    const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
    const id = `session-${shard[0]}-${Math.random().toString(36).slice(2)}`;
    const intents = typeof d.intents === 'number' ? d.intents : 0;
    this.lastIntents = intents;
    const session: Session = { id, shard, seq: 0, sent: [], intents, socket };
    for (const [key, old] of this.sessions) if (old.shard[0] === shard[0]) this.sessions.delete(key);
    this.sessions.set(id, session);
    const { ready, guilds } = this.hooks.onIdentify(shard, id);
    this.send(session, 'READY', ready);
    for (const guild of guilds) this.send(session, 'GUILD_CREATE', guild);
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = this.sessions.get(String(d.session_id));
    if (!session) {
      socket.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
      return;
    }
    this.resumes += 1;
    session.socket = socket;
    const after = Number(d.seq ?? 0);
    for (const frame of session.sent) if (frame.s > after) socket.send(JSON.stringify({ op: 0, ...frame }));
    this.send(session, 'RESUMED', {});
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const frame = { s: session.seq, t, d };
    session.sent.push(frame);
    if (session.sent.length > 5000) session.sent.splice(0, 1000);
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify({ op: 0, ...frame }));
  }

  /** Sends an event to the shard that owns `guildId` (shard 0 for DMs). Buffered while that shard is away. */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const sessions = [...this.sessions.values()];
    const count = sessions[0]?.shard[1] ?? 1;
    const target = guildId ? shardOf(guildId, count) : 0;
    const session = sessions.find((s) => s.shard[0] === target);
    if (!session) throw new Error(`fake gateway: no session for shard ${target}`);
    this.send(session, t, this.hooks.shape ? this.hooks.shape(t, d, session.intents) : d);
  }

  /** Whether some shard has an open connection (a dispatch now reaches a live client). */
  get connected(): boolean {
    return [...this.sessions.values()].some((s) => s.socket?.readyState === 1);
  }

  /** Number of shards currently identified. */
  get shardCount(): number {
    return this.sessions.size;
  }

  /** Closes every client socket with `code` (4000: "unknown error", the client RESUMEs). */
  closeAll(code = 4000): void {
    for (const session of this.sessions.values()) session.socket?.close(code, 'fake: forced close');
  }

  async close(): Promise<void> {
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
