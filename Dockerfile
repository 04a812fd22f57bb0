# One image for every zonebus service; the Deployment's command picks the service
# (node services/<name>/dist/main.js). The base is pinned by digest so a rebuild gets the same
# Node and Debian; bump the digest on purpose (docker buildx imagetools inspect node:20-bookworm-slim).
ARG NODE_IMAGE=node:20-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0

# Compiles every workspace with the dev toolchain (TypeScript, protobufjs-cli).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build

# Keeps what the services run: production dependencies, each workspace's package.json and dist,
# the generated protobuf module. Test-only workspaces (testkit, loadgen, the e2e tests) and
# sources go, so nothing in the image can reach testcontainers, dockerode or ssh2.
FROM build AS runtime-tree
RUN npm prune --omit=dev --no-audit --no-fund \
  && rm -rf packages/testkit packages/loadgen test node_modules/@zonebus/testkit node_modules/@zonebus/loadgen \
     node_modules/@zonebus/e2e bench fuzz soak docs deploy .ci \
  && find packages services -mindepth 2 -maxdepth 2 \( -name src -o -name tsconfig.json -o -name '*.tsbuildinfo' \) \
     -exec rm -rf {} + \
  && find packages services -path '*/dist/*' \( -name '*.test.*' -o -name '*.map' \) -delete \
  && rm -rf proto/schemas proto/test tsconfig*.json biome.json vitest.config.ts \
  && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and not writable by the service user: the code cannot be changed at run time,
# and the pod can mount the root filesystem read-only.
COPY --from=runtime-tree --chown=0:0 /app /app
# A numeric user, so Kubernetes can check runAsNonRoot without a passwd lookup.
USER 10001:10001
CMD ["node", "services/all-in-one/dist/main.js"]
