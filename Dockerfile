# Multi-stage build: the production jar (Vaadin production bundle) on a JRE, run as a non-root user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY db-migration db-migration
COPY frontend frontend
COPY src src
RUN ./mvnw -B -DskipTests package && cp target/planning-portal-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system portal && useradd --system --gid portal --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER portal
ENV SPRING_PROFILES_ACTIVE=prod \
    TZ=Asia/Shanghai
EXPOSE 8080
# Expects SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD, and PORTAL_ADMIN_PASSWORD on an empty database.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
