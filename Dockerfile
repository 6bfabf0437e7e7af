# Roadmap Coach: build, test and publish in the SDK image, run the native binary in the small
# runtime-deps image (no .NET runtime needed).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# NativeAOT compiles to machine code and links with the system C toolchain.
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore first, from the project files alone, so this layer is reused until a dependency changes.
COPY Roadmap.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Roadmap.Discord/Roadmap.Discord.csproj src/Roadmap.Discord/
COPY src/Roadmap.Bot/Roadmap.Bot.csproj src/Roadmap.Bot/
COPY tests/Roadmap.Testing/Roadmap.Testing.csproj tests/Roadmap.Testing/
COPY tests/Roadmap.Discord.Tests/Roadmap.Discord.Tests.csproj tests/Roadmap.Discord.Tests/
COPY tests/Roadmap.Bot.Tests/Roadmap.Bot.Tests.csproj tests/Roadmap.Bot.Tests/
COPY tests/Roadmap.Benchmarks/Roadmap.Benchmarks.csproj tests/Roadmap.Benchmarks/
RUN dotnet restore Roadmap.sln

COPY . .
RUN dotnet build Roadmap.sln -c Release --no-restore

# Every test, as CI runs them: Discord's spec and example payloads ship in the repository
# (tests/Roadmap.Testing/Discord), so nothing outside this build context is needed.
RUN dotnet test Roadmap.sln -c Release --no-build

# NativeAOT: one self-contained executable, started in a fraction of the JIT build's time and
# running in far less memory (tests/Roadmap.Benchmarks/README.md). The tests that run the bot as
# its own process then run again, against this binary.
RUN dotnet publish src/Roadmap.Bot -c Release --use-current-runtime -p:PublishAot=true -o /app \
 && ROADMAP_BOT_UNDER_TEST=/app/Roadmap.Bot dotnet test tests/Roadmap.Bot.Tests -c Release --no-build \
      --filter "FullyQualifiedName~Roadmap.Bot.Tests.Hosting.BotProcessTests|FullyQualifiedName~Roadmap.Bot.Tests.Hosting.StartupProblemTests|FullyQualifiedName~Roadmap.Bot.Tests.Hosting.LocalModeProcessTests"

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
# The native libraries the binary loads beside itself: SQLite, and Skia for the pictures (the
# NoDependencies build needs only libc and libstdc++, which runtime-deps has; its fonts are inside the binary).
COPY --from=build /app/Roadmap.Bot /app/libe_sqlite3.so /app/libSkiaSharp.so ./
COPY --from=build /app/content ./content/

# The database lives on a volume so it outlives the container; the content ships in the image.
ENV Database__Path=/data/roadmap.db \
    Content__Folder=/app/content
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data

# The runtime images define a non-root "app" user; its id is in APP_UID.
USER $APP_UID
ENTRYPOINT ["/app/Roadmap.Bot"]
