#!/usr/bin/env node
// The image's HEALTHCHECK (no curl in a slim image): exit 0 when /healthz answers 200, else 1.
// Runs as its own short-lived process, so it writes its one line straight to stdout/stderr for `docker inspect`.
import { healthUrl, probeHealth } from './probe-health.js';

const url = healthUrl(process.env);
if (!url) {
  process.stderr.write('OPS_PORT=0: the operations server is off, so /healthz cannot be checked\n');
  process.exit(1);
}
const { healthy, detail } = await probeHealth(url, 4_000);
(healthy ? process.stdout : process.stderr).write(`${url} ${detail}\n`);
process.exit(healthy ? 0 : 1);
