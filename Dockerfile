# syntax=docker/dockerfile:1
# ml-advisor: build with dev dependencies, run with production dependencies only, as the unprivileged `node` user.
# Node 22 is an LTS line (maintained until April 2027); the build arg lets you move to the next LTS in one place.
ARG NODE_IMAGE=node:22-bookworm-slim

# 1. Compile TypeScript to dist/ and bundle the CLI into dist/bundle/ (needs the dev dependencies: typescript, rolldown).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the `prepare` script would compile before the sources are copied; no native module is needed to compile.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only, with better-sqlite3's native module built for this image's Node and libc.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# Compilers are only a fallback for when no prebuilt better-sqlite3 binary matches; they stay in this stage.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && npm rebuild better-sqlite3 \
  && npm cache clean --force

# 3. The runtime image: no compilers, no dev dependencies, no sources.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    OPS_HOST=0.0.0.0 \
    OPS_PORT=9090 \
    SQLITE_PATH=/app/data/ml-advisor.db
WORKDIR /app
# package.json carries "type": "module", which the compiled dist/ files need.
COPY --chown=root:root package.json package-lock.json ./
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root knowledge ./knowledge
# The word vectors `kb import --vectors` copies into a pack (4.6 MB).
COPY --chown=root:root assets ./assets
# Train the matcher once at build time: start-up restores the cached index (node_modules/.cache/ml-advisor)
# instead of retraining, and a broken knowledge file fails the build rather than the container.
RUN node dist/bundle/ml-advisor.js ask "hello" > /dev/null
# The only writable place: the SQLite file when no DATABASE_URL is set (mount a volume here to keep it).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# 3000: Slack HTTP mode (PORT; not needed in Socket Mode or for Discord). 9090: /healthz and /metrics (OPS_PORT).
EXPOSE 3000 9090
# No curl in a slim image: a tiny Node script that exits 0 only when /healthz answers 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/adapters/ops/healthcheck.js"]
# SIGTERM starts the graceful shutdown (bounded by SHUTDOWN_TIMEOUT_MS, 10 s by default, under Docker's 30 s grace).
STOPSIGNAL SIGTERM
# Node itself is PID 1 and receives the signal (`npm start` would swallow it). The bundle is the same code as
# dist/adapters/cli/main.js in a few files: it reaches /healthz ~0.1 s sooner after a (re)start. The flags are
# `npm start`'s (8 MB semi-spaces: 12–17 MB less resident memory, p99 about the same; docs/deployment.md).
CMD ["node", "--max-semi-space-size=8", "dist/bundle/ml-advisor.js", "start"]
