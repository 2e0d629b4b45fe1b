/** A file shared through the external upload flow, once completed. */
export interface SharedFile {
  id: string;
  filename: string;
  title?: string;
  bytes: Buffer;
  channel: string;
  comment?: string;
}

interface Pending {
  filename: string;
  length: number;
  bytes?: Buffer;
}

/**
 * Slack's external upload flow, faked: `files.getUploadURLExternal` hands out an upload URL on the fake itself
 * (127.0.0.1), the bytes are POSTed there, and `files.completeUploadExternal` shares them in a channel, refusing a
 * file never granted, one whose bytes never came, or whose length differs from the one announced.
 */
export class FakeSlackFiles {
  readonly shared: SharedFile[] = [];
  private readonly pending = new Map<string, Pending>();
  private count = 0;

  grant(args: Record<string, unknown>, port: number): Record<string, unknown> {
    const length = Number(args.length);
    if (typeof args.filename !== 'string' || !Number.isInteger(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
    const id = `F0FAKE${String(++this.count).padStart(4, '0')}`;
    this.pending.set(id, { filename: args.filename, length });
    return { ok: true, upload_url: `http://127.0.0.1:${port}/upload/${id}`, file_id: id };
  }

  /** The bytes POSTed to an upload URL: Slack answers `OK - <length>`. */
  receive(id: string, bytes: Buffer): { status: number; text: string } {
    const file = this.pending.get(id);
    if (!file) return { status: 404, text: 'unknown upload' };
    file.bytes = bytes;
    return { status: 200, text: `OK - ${bytes.length}` };
  }

  complete(args: Record<string, unknown>): Record<string, unknown> {
    const files = Array.isArray(args.files) ? (args.files as { id?: string; title?: string }[]) : [];
    if (!files.length || typeof args.channel_id !== 'string') return { ok: false, error: 'invalid_arguments' };
    for (const f of files) {
      const file = this.pending.get(f.id ?? '');
      if (!file?.bytes) return { ok: false, error: 'file_not_found' };
      if (file.bytes.length !== file.length) return { ok: false, error: 'file_upload_size_mismatch' };
    }
    for (const f of files) {
      const file = this.pending.get(f.id ?? '') as Required<Pending>;
      this.pending.delete(f.id ?? '');
      this.shared.push({
        id: f.id ?? '', filename: file.filename, bytes: file.bytes, channel: args.channel_id,
        ...(f.title ? { title: f.title } : {}), ...(typeof args.initial_comment === 'string' ? { comment: args.initial_comment } : {}),
      });
    }
    return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
  }
}
