# syntax=docker/dockerfile:1.7
#
# Vectort: one image, one jar. Build with BuildKit (the default builder):
#   docker build -t vectort:dev .
# Runtime configuration comes from the environment (see README "Configuration" and
# docs/DEPLOYMENT.md); nothing secret is baked in.

ARG NODE_IMAGE=node:22-bookworm-slim
ARG JDK_IMAGE=eclipse-temurin:25-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:25-jre-noble

# Temurin's JDK is relocatable: copying it onto the Node image gives one stage with both toolchains,
# so the build below is exactly the documented `./mvnw -B package -DskipTests` (Maven runs npm).
FROM ${JDK_IMAGE} AS jdk

FROM ${NODE_IMAGE} AS build
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jdk /opt/java/openjdk /opt/java/openjdk
WORKDIR /src

# The Maven repository (and the wrapper's Maven) and npm's cache are BuildKit cache mounts: kept
# between builds, never part of a layer, so a separate "dependencies first" layer would add nothing.
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.npm \
    ./mvnw -B package -DskipTests \
 && cp target/vectort-*.jar /src/vectort.jar

# A liveness probe that needs nothing but bash (Temurin 22+ images ship neither curl nor wget, and
# a JVM per probe would cost more than the probe is worth).
FROM ${JRE_IMAGE} AS runtime
ARG UID=10001
RUN groupadd --system --gid ${UID} vectort \
 && useradd --system --uid ${UID} --gid vectort --home-dir /app --shell /usr/sbin/nologin vectort \
 && mkdir -p /data /app \
 && chown vectort:vectort /data
WORKDIR /app
COPY --from=build --chown=root:root /src/vectort.jar /app/vectort.jar
COPY --chmod=0755 deploy/docker/healthcheck.sh /app/healthcheck.sh

# MaxRAMPercentage sizes the heap from the container's memory limit, not the host's; ZGC keeps
# pauses under a millisecond (G1's young pauses dominated the dispatch tail, docs/BENCHMARKS.md);
# a JVM that ran out of memory exits so that the orchestrator restarts it instead of limping on.
# --enable-native-access matches the Maven run configuration (pom.xml); --add-modules
# jdk.incubator.vector vectorises the memory search's dot product (a manifest cannot add a
# module). Override JAVA_OPTS to tune.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseZGC -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector" \
    VECTORT_DATA_DIR=/data \
    VECTORT_PREVIEW_DIR=/data/previews \
    VECTORT_PREVIEW_BUILDS=false \
    PORT=8080
VOLUME ["/data"]
EXPOSE 8080
USER 10001:10001

HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["/app/healthcheck.sh", "/livez"]

# The shell only expands JAVA_OPTS and then execs: java becomes PID 1, so SIGTERM reaches Spring's
# graceful shutdown (a 30 s drain) directly. Arguments after the image name go to the application.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /app/vectort.jar \"$@\"", "vectort"]
