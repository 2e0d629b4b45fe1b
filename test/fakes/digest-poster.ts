import type { DigestMessage, DigestPoster } from '../../adapters/digest/digest-poster.js';

/** A poster that keeps what it was asked to post; `reachable` and `fail` steer it. */
export interface RecordingPoster extends DigestPoster {
  posts: { channel: string; message: DigestMessage }[];
  reachable: boolean;
  /** The next post rejects with this. */
  fail?: Error;
}

export function recordingPoster(platform: 'slack' | 'discord' = 'slack'): RecordingPoster {
  const poster: RecordingPoster = {
    platform,
    posts: [],
    reachable: true,
    canPost: () => poster.reachable,
    async post(channel, message) {
      const failure = poster.fail;
      poster.fail = undefined;
      if (failure) throw failure;
      poster.posts.push({ channel, message });
      return 'image';
    },
  };
  return poster;
}
