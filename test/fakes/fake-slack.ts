import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { FakeSlackFiles } from './fake-slack-files.js';
import { FakeSlackSocket } from './fake-slack-socket.js';
import { answerFor, channelHistory, parseArgs, readRawBody, threadReplies, usergroupUsers } from './fake-slack-http.js';

/** One Web API call the fake received. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
  /** What the fake answered (chat.postMessage: the message's `ts`). */
  result?: Record<string, unknown>;
}

/** What `respond()` posted to a `response_url`. */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/** A failure to answer with instead of success: a 429 (with Retry-After seconds), an HTTP status, or `ok: false`. */
export type FakeFailure = { status: 429; retryAfter: number } | { status: number } | { error: string };

/** Picks calls by their arguments (e.g. one thread's posts). */
export type CallMatch = (args: Record<string, unknown>) => boolean;

export { fakeIds } from './fake-slack-http.js';

/** The "method" under which `failWhile` fails posts to a `response_url` (an HTTP status only). */
export const responseMethod = 'response_url';

/** The "method" under which `failNext` fails the POST of a file's bytes to its upload URL (an HTTP status only). */
export const uploadMethod = 'upload_url';

/**
 * A fake Slack on 127.0.0.1: the Web API under `/api/`, a `response_url` sink under `/response/`, and a
 * Socket Mode WebSocket server (what `apps.connections.open` points to). It records every call and answers
 * 429s or errors on demand.
 */
export class FakeSlack extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly socket = new FakeSlackSocket();
  /** Files shared through `files.getUploadURLExternal` → upload URL → `files.completeUploadExternal`. */
  readonly files = new FakeSlackFiles();
  /** Calls answered with a failure (by `failNext` or `failWhile`), by method. */
  readonly failed: RecordedCall[] = [];
  private readonly failures = new Map<string, FakeFailure[]>();
  private readonly outages = new Map<string, { failure: FakeFailure; match: CallMatch }>();
  private readonly flaky = new Map<string, { rate: number; failure: FakeFailure }>();
  private readonly hangs = new Map<string, CallMatch[]>();
  /** User groups and their members, for `usergroups.users.list` (`setUsergroup`). */
  private readonly usergroups = new Map<string, string[]>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private ts = 0;
  private port = 0;

  private constructor(private readonly server: Server) {
    super();
    this.setMaxListeners(0);
    server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => this.socket.attach(ws));
    });
  }

  static async start(): Promise<FakeSlack> {
    const holder: { fake?: FakeSlack } = {};
    const server = createServer((req, res) => void holder.fake?.handle(req, res));
    const fake = new FakeSlack(server);
    holder.fake = fake;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Declares a user group (`S…`) and its members, as `usergroups.users.list` answers them. */
  setUsergroup(id: string, users: string[]): void {
    this.usergroups.set(id, [...users]);
  }

  /** The next `times` calls of `method` fail as given. */
  failNext(method: string, failure: FakeFailure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array<FakeFailure>(times).fill(failure)]);
  }

  /** Every call of `method` (that `match` accepts) fails as given until `stopFailing` (an outage). */
  failWhile(method: string, failure: FakeFailure, match: CallMatch = () => true): void {
    this.outages.set(method, { failure, match });
  }

  stopFailing(method: string): void {
    this.outages.delete(method);
    this.flaky.delete(method);
  }

  /** Each call of `method` fails as given with probability `rate` (a flaky platform), until `stopFailing`. */
  failRandomly(method: string, rate: number, failure: FakeFailure): void {
    this.flaky.set(method, { rate, failure });
  }

  /**
   * The next call of `method` (that `match` accepts) is accepted and recorded, but never answered: the client
   * waits, as when the platform took the message and the process died before hearing so.
   */
  hangNext(method: string, match: CallMatch = () => true): void {
    this.hangs.set(method, [...(this.hangs.get(method) ?? []), match]);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first recorded call (past or future) that matches. */
  waitForCall(method: string, match: (c: RecordedCall) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedCall> {
    return this.waitFor('call', () => this.calls.find((c) => c.method === method && match(c)), timeoutMs, method);
  }

  waitForResponse(match: (r: RecordedResponse) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedResponse> {
    return this.waitFor('response', () => this.responses.find(match), timeoutMs, 'response_url');
  }

  async close(): Promise<void> {
    await this.socket.close();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private waitFor<T>(event: string, find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const hit = find();
        if (!hit) return;
        cleanup();
        resolve(hit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Slack: no matching ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.off(event, check);
      };
      this.on(event, check);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readRawBody(req);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/upload/')) {
      const failure = this.failures.get(uploadMethod)?.shift();
      const answer = failure && 'status' in failure ? { status: failure.status, text: 'fake failure' } : this.files.receive(url.pathname.slice('/upload/'.length), bytes);
      res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.text);
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      const body = parseArgs(raw, req.headers['content-type']);
      const outage = this.outages.get(responseMethod);
      if (outage?.match(body) && 'status' in outage.failure) {
        this.failed.push({ method: responseMethod, args: { ...body, id }, at: Date.now() });
        this.emit('failed');
        return send(outage.failure.status, { ok: false, error: 'fake_failure' });
      }
      this.responses.push({ id, body, at: Date.now() });
      send(200, { ok: true });
      this.emit('response');
      return;
    }
    if (!url.pathname.startsWith('/api/')) return send(404, { ok: false, error: 'unknown_path' });
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (args.token as string | undefined);
    const flaky = this.flaky.get(method);
    const outage = this.outages.get(method);
    const failure = this.failures.get(method)?.shift() ?? (outage?.match(args) ? outage.failure : undefined) ??
      (flaky && Math.random() < flaky.rate ? flaky.failure : undefined);
    if (failure) {
      this.failed.push({ method, args, at: Date.now() });
      this.emit('failed');
    }
    if (failure && 'error' in failure) return send(200, { ok: false, error: failure.error });
    if (failure && 'retryAfter' in failure) return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    if (failure) return send(failure.status, { ok: false, error: 'fake_failure' });
    this.ts += 1;
    const result =
      method === 'conversations.replies'
        ? threadReplies(this.callsOf('chat.postMessage'), args)
        : method === 'conversations.history'
          ? channelHistory(this.callsOf('chat.postMessage'), args)
          : method === 'usergroups.users.list'
            ? usergroupUsers(this.usergroups, args)
            : method === 'files.getUploadURLExternal'
              ? this.files.grant(args, this.port)
              : method === 'files.completeUploadExternal'
                ? this.files.complete(args)
                : answerFor(method, args, { port: this.port, ts: this.ts });
    const call: RecordedCall = { method, args, ...(token ? { token } : {}), at: Date.now(), result };
    this.calls.push(call);
    const hangs = this.hangs.get(method) ?? [];
    const hang = hangs.findIndex((match) => match(args));
    if (hang >= 0) hangs.splice(hang, 1);
    else send(200, result);
    this.emit('call', call);
  }
}
