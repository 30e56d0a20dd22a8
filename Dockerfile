# PolicySearch: the search API + web page, with an index built from seeds/ baked into the image, and the
# Indexer beside it (compose.yaml runs it as a one-shot service that builds an index from your corpus).
#
#   docker build -t policysearch .
#   docker run --rm -p 8080:8080 policysearch        # http://localhost:8080/
#
# The base images are build arguments so that the image can also be built from local or mirrored
# copies (tests/docker/check-dockerfile.sh does that on a machine without registry access).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
# No MSBuild node or compiler server may outlive a RUN step: under some builders (buildah with chroot
# isolation) they keep running on the host after the build.
ENV MSBUILDDISABLENODEREUSE=1 \
    DOTNET_CLI_USE_MSBUILD_SERVER=0 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src

# Restore from the project files alone, so that a source change does not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/PolicySearch.Core/PolicySearch.Core.csproj src/PolicySearch.Core/
COPY src/PolicySearch.Api/PolicySearch.Api.csproj src/PolicySearch.Api/
COPY src/PolicySearch.Indexer/PolicySearch.Indexer.csproj src/PolicySearch.Indexer/
COPY src/PolicySearch.Training/PolicySearch.Training.csproj src/PolicySearch.Training/
RUN dotnet restore src/PolicySearch.Api/PolicySearch.Api.csproj \
 && dotnet restore src/PolicySearch.Indexer/PolicySearch.Indexer.csproj

# .editorconfig carries the analyzer settings the build enforces (warnings are errors).
COPY .editorconfig ./
COPY src/ src/
RUN dotnet publish src/PolicySearch.Api/PolicySearch.Api.csproj -c Release -o /out/app \
      --no-restore -p:UseSharedCompilation=false \
 && dotnet publish src/PolicySearch.Indexer/PolicySearch.Indexer.csproj -c Release -o /out/indexer \
      --no-restore -p:UseSharedCompilation=false

# Build the index now, so that the container starts serving at once and never writes at run time.
COPY seeds/ seeds/
RUN dotnet /out/indexer/PolicySearch.Indexer.dll --input seeds --index /out/index

FROM ${RUNTIME_IMAGE} AS final
WORKDIR /app
# Everything stays owned by root and read-only to the service user: the service opens the index read-only.
COPY --from=build /out/app ./
COPY --from=build /out/indexer ./indexer/
COPY --from=build /out/index ./index/
COPY --from=build /src/seeds ./seeds/
# The mount point of compose.yaml's index volume: owned by the service user, so that a fresh named volume
# (initialised from it) can be written by the one-shot indexer, which runs as that user too.
RUN mkdir /data && chown 1654:1654 /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    PolicySearch__IndexPath=/app/index \
    PolicySearch__SeedsPath=/app/seeds
EXPOSE 8080
# 1654 is the unprivileged `app` user of the official .NET images; numeric, so that base images
# without that passwd entry run as non-root too.
USER 1654:1654
# bash's /dev/tcp needs no curl or wget in the image. Healthy = /health answers 200 (index loaded).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "port=${ASPNETCORE_HTTP_PORTS:-8080}; port=${port%%[,;]*}; exec 3<>/dev/tcp/127.0.0.1/$port && printf 'GET /health HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "PolicySearch.Api.dll"]
