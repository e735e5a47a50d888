# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the jar (tests run in CI, not here), then the jar is
# extracted so the JVM can use a class-data-sharing archive (start-up ~2x faster than a fat jar).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY seed-data seed-data
RUN ./mvnw -B -ntp -DskipTests package \
    && java -Djarmode=tools -jar target/app.jar extract --destination /extracted

# Runtime stage: a JRE, a non-root user, the data directory (H2 database + Lucene index) as a volume.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app app \
    && mkdir -p /app /data && chown app /data
WORKDIR /app
COPY --from=build /extracted/ ./
COPY config config
# Training run for the CDS archive: a first start on a throw-away data dir that seeds and indexes
# it, then exits (--generate with nothing to generate), so the archive also holds the classes of
# seeding and indexing that the first start on the /data volume needs (docs/benchmarks.md, "Start-up").
RUN java -XX:ArchiveClassesAtExit=app.jsa -jar app.jar --generate courses=0 --server.port=0 \
        --app.data-dir=/tmp/cds \
    && rm -rf /tmp/cds
USER app
ENV APP_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-jar", "app.jar"]
