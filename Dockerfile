# One image recipe for the casetrack services; the APP build arg picks
# which one the container runs (mediation, legal-aid, administrative-review,
# file-review, legal-affairs, public-legal-services, legal-education, reporting). Used by
# docker-compose.yml.
#
#   docker build --build-arg APP=mediation -t casetrack/mediation .
#
# All the images share every layer except the last ENV, so building them
# all costs one build.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: compile TypeScript to dist/ -------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, so source edits do not invalidate the npm ci layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Only what the build reads (explicit list: no .dockerignore needed to keep
# node_modules/, dist/ and .infra/ of the build context out of the image).
COPY tsconfig*.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
# The build compiles the scripts and benchmarks too; they share small helpers under tests/support.
COPY tests/support ./tests/support
COPY bench ./bench
# Produces dist/apps/<app>/src/main.js (+ dist/libs/...).
RUN npm run build

# ---- runtime: production dependencies + compiled output ---------------------
FROM ${NODE_IMAGE} AS runtime
ARG APP=mediation
ENV NODE_ENV=production \
    APP=${APP}
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# For the one-shot topic creation (docker-compose service kafka-init) and
# database creation; plain CommonJS, they run without a build.
COPY libs/contracts/src/topics.json ./libs/contracts/src/topics.json
COPY scripts/infra/create-topics.js scripts/infra/ensure-databases.js ./scripts/infra/
USER node
EXPOSE 3001 3002 3003 3004 3005
# Shell form via sh -c: an exec-form CMD does not expand ${APP}. `exec` keeps
# node as PID 1 so it receives SIGTERM from `docker stop` directly.
CMD ["sh", "-c", "exec node \"dist/apps/${APP}/src/main.js\""]
