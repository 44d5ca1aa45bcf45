import { tools } from '../tools/catalog.ts';
import type { ImageConfig } from './oci.ts';
import type { ImageReference } from './reference.ts';

/**
 * How each stand-in is made, and the upstream contract it honours (user, uid/gid, HOME, PATH,
 * working directory, entrypoint/cmd, the packages its users rely on). Sources of each contract are
 * named beside it. Which images get built is not listed here: it is derived from what the charts
 * render (rendered.ts), and a rendered image without a recipe fails the image-set test.
 */

/** A Debian root filesystem shared by the images that name it (built once by mmdebstrap, cached, copied). */
export interface DebianBase {
  name: string;
  suite: string;
  packages: string[];
  /** Users and groups created before the packages install (so a package's postinst keeps our uid). */
  accounts?: { user: string; uid: number; group: string; gid: number; home: string; shell: string }[];
  /** Files written before the packages install (`/etc/...` policy files read by their postinst). */
  preinstallFiles?: Record<string, string>;
}

/** A Python environment installed offline from wheels downloaded on the host (wheels.ts). */
export interface PythonEnv {
  /** The virtualenv; its bin directory is on the image's PATH like the upstream interpreter's. */
  venv: string;
  /** Top-level requirements at the pin; a committed lock (locks/<recipe>-<version>.txt) fixes every wheel. */
  requirements: (version: string) => string[];
  /** Owner of the environment (`uid:gid`), as upstream installs it. */
  owner?: string;
}

/**
 * How the test reads the program's version: run a command in the image and match its output, or read
 * the module version Go built into a binary of the image (`go version -m`), for programs that print none.
 */
export type VersionProbe = (
  | { run: string[]; pattern: RegExp }
  | { goBinary: string; module: string }
) & {
  /** `major`: only the major version can match the pin (the reason says why). */
  match: 'exact' | 'major';
  reason?: string;
};

/** A rendered reference this recipe stands in for: the pinned version, and a variant named in the image's name (`gpu`). */
export interface Pin {
  version: string;
  variant?: string;
}

export interface Recipe {
  name: string;
  summary: string;
  /** For chart images: the pinned version if this recipe stands in for the rendered reference. */
  pinOf?: (ref: ImageReference) => Pin | undefined;
  /** For servers the charts connect to but do not run: our own reference and version. */
  own?: { ref: string; version: string };
  /** A Debian base (python/postgres/redis), or none: static Go binaries need only a few files. */
  base?: DebianBase;
  python?: PythonEnv;
  /** A binary of the tool catalog copied into the image (the same Go build the toolkit runs). */
  goBinary?: { tool: 'kuberay' | 'versitygw'; path: string };
  /** `/etc/passwd` and `/etc/group` lines of a base-less image. */
  staticAccounts?: { passwd: string[]; group: string[] };
  /** Files written into the image (mode 0755 when the name ends in .sh or sits in a bin directory). */
  files?: Record<string, string>;
  /** Directories created with an owner (`uid:gid`) and mode. */
  dirs?: { path: string; owner: string; mode: number }[];
  /** Shell commands run in the image's root (chroot) after everything is installed, as root. */
  finalize?: string[];
  config: (version: string) => ImageConfig;
  version: VersionProbe;
}

/** Debian's default PATH, the one the python, postgres and distroless base images set too. */
const systemPath = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const pythonBase: DebianBase = {
  name: 'python-bookworm',
  suite: 'bookworm',
  // bookworm's python3 is 3.11, the charts' py311. The rest: what Ray's base-deps image installs with apt
  // (docker/base-deps/Dockerfile: sudo tzdata git wget curl tmux screen rsync netbase openssh-client gnupg,
  // libjemalloc) plus procps; MLflow's and Feast's bases (python:3.11-slim, UBI python-311) have a subset.
  packages: ['python3', 'python3-venv', 'ca-certificates', 'bash', 'curl', 'wget', 'git', 'sudo', 'tzdata', 'netbase', 'procps', 'rsync', 'openssh-client', 'tmux', 'screen', 'gnupg', 'libjemalloc2', 'less'],
};

/** Tag of a Ray image: `<version>-py311` or `<version>-py311-gpu`. */
const rayTag = /^(?<version>\d+\.\d+\.\d+)-py311(?:-(?<variant>gpu))?$/;

/** Matches a repository and reads the pin (and variant) from the tag's named groups. */
function pinFrom(repository: string, tag: RegExp) {
  return (ref: ImageReference): Pin | undefined => {
    const groups = `${ref.registry}/${ref.path}` === repository ? tag.exec(ref.tag)?.groups : undefined;
    return groups?.version ? { version: groups.version, ...(groups.variant ? { variant: groups.variant } : {}) } : undefined;
  };
}

const ray: Recipe = {
  name: 'ray',
  summary: 'rayproject/ray (-py311 and -py311-gpu; GPUs are simulated here: the -gpu stand-in is the same image without CUDA)',
  pinOf: pinFrom('docker.io/rayproject/ray', rayTag),
  base: pythonBase,
  python: {
    venv: '/home/ray/anaconda3',
    // docker/ray/Dockerfile installs ray[all]; docker/base-deps/requirements.in adds these (its gcs/azure
    // extras are left out here: this platform's object store is S3).
    requirements: (v) => [`ray[all]==${v}`, 'boto3', 'smart_open[s3,http]', 'psutil', 'flatbuffers', 'six', 'pyopenssl', 'cryptography'],
    owner: '1000:100',
  },
  finalize: [
    // base-deps: useradd -ms /bin/bash -d /home/ray ray --uid 1000 --gid 100 (group "users"); sudo for ray.
    'id ray >/dev/null 2>&1 || useradd -M -s /bin/bash -d /home/ray --uid 1000 --gid 100 ray',
    'usermod -aG sudo ray && echo "ray ALL=NOPASSWD: ALL" >> /etc/sudoers',
    'cp -rT /etc/skel /home/ray && chown -R 1000:100 /home/ray',
  ],
  config: (v) => ({
    user: '1000',
    env: { PATH: `/home/ray/anaconda3/bin:${systemPath}`, HOME: '/home/ray', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'America/Los_Angeles' },
    cmd: ['bash'],
    workingDir: '/home/ray',
    labels: { 'org.opencontainers.image.title': 'ray', 'org.opencontainers.image.version': v, 'io.ml-platform.stand-in': 'rayproject/ray', 'io.ml-platform.gpu': 'simulated (no CUDA)' },
  }),
  version: { run: ['ray', '--version'], pattern: /ray, version (\S+)/, match: 'exact' },
};

const mlflow: Recipe = {
  name: 'mlflow',
  summary: 'ghcr.io/mlflow/mlflow -full (docker/Dockerfile.full: python:3.11-slim, mlflow[extras,azure,db,gateway,genai,auth])',
  pinOf: pinFrom('ghcr.io/mlflow/mlflow', /^v(?<version>\d+\.\d+\.\d+)-full$/),
  base: pythonBase,
  // python:3.11-slim keeps its interpreter and packages in /usr/local (bin on PATH first); the venv lives there.
  python: {
    venv: '/usr/local',
    // The [extras] extra without pysftp (published only as a source package; nothing is compiled here): no SFTP artifact store.
    requirements: (v) => [
      `mlflow[azure,db,gateway,genai,auth]==${v}`,
      ...['pyarrow', 'requests-auth-aws-sigv4', 'boto3', 'botocore', 'google-cloud-storage>=1.30.0', 'azureml-core>=1.2.0', 'kubernetes', 'prometheus-flask-exporter'],
    ],
  },
  config: (v) => ({
    // No USER: the upstream image runs as root unless the pod says otherwise (the charts run uid 1000).
    // python:3.11-slim: ENV PATH /usr/local/bin:$PATH
    env: { PATH: `/usr/local/bin:${systemPath}`, LANG: 'C.UTF-8' },
    cmd: ['python3'],
    workingDir: '/',
    labels: { 'org.opencontainers.image.title': 'mlflow', 'org.opencontainers.image.version': v, 'io.ml-platform.stand-in': 'ghcr.io/mlflow/mlflow' },
  }),
  version: { run: ['mlflow', '--version'], pattern: /mlflow, version (\S+)/, match: 'exact' },
};

/** UBI python-311's application root: a venv, owned by uid 1001 and group 0 so any uid in group 0 can write. */
const appRoot = '/opt/app-root';

const feast: Recipe = {
  name: 'feast',
  summary: 'quay.io/feastdev/feature-server (multicloud/Dockerfile: UBI 9 python-311, feast[minimal])',
  pinOf: pinFrom('quay.io/feastdev/feature-server', /^(?<version>\d+\.\d+\.\d+)$/),
  base: pythonBase,
  python: {
    venv: appRoot,
    // feast[minimal]'s extras, with postgres (psycopg binary wheels) for postgres-c (psycopg compiled from source upstream).
    // async-timeout: redis requires it on python_full_version < "3.11.3" (bookworm has 3.11.2; see wheels.ts on markers).
    requirements: (v) => [`feast[aws,duckdb,gcp,go,grpcio,k8s,mcp,milvus,mysql,opentelemetry,postgres,redis,snowflake]==${v}`, 'async-timeout>=4.0.3'],
    owner: '1001:0',
  },
  files: {
    // UBI's s2i images start through container-entrypoint, which runs its arguments.
    '/usr/bin/container-entrypoint': '#!/bin/bash\nexec "$@"\n',
    '/usr/libexec/s2i/usage': '#!/bin/sh\necho "Feast feature server stand-in: run feast serve (see the feast chart)."\n',
  },
  finalize: [
    // UBI: useradd -u 1001 -r -g 0 -d ${HOME} -c "Default Application User" default; the app root is group-writable.
    `useradd -u 1001 -r -g 0 -M -d ${appRoot}/src -s /sbin/nologin -c "Default Application User" default`,
    `mkdir -p ${appRoot}/src && chown -R 1001:0 ${appRoot} && chmod -R g+w ${appRoot}`,
  ],
  config: (v) => ({
    user: '1001',
    env: {
      PATH: `${appRoot}/src/.local/bin/:${appRoot}/src/bin:${appRoot}/bin:${systemPath}`,
      HOME: `${appRoot}/src`,
      APP_ROOT: appRoot,
      PYTHON_VERSION: '3.11',
      STI_SCRIPTS_PATH: '/usr/libexec/s2i',
      LANG: 'C.UTF-8',
    },
    entrypoint: ['container-entrypoint'],
    cmd: ['/bin/sh', '-c', '$STI_SCRIPTS_PATH/usage'],
    workingDir: `${appRoot}/src`,
    labels: { 'org.opencontainers.image.title': 'feast', 'org.opencontainers.image.version': v, 'io.ml-platform.stand-in': 'quay.io/feastdev/feature-server' },
  }),
  version: { run: ['feast', 'version'], pattern: /Feast SDK Version: "?([^"\s]+)"?/, match: 'exact' },
};

/** The official image's postgres user (alpine: uid and gid 70). */
const postgresAccount = { user: 'postgres', uid: 70, group: 'postgres', gid: 70, home: '/var/lib/postgresql', shell: '/bin/sh' };
const postgresMajor = '18';

const postgres: Recipe = {
  name: 'postgres',
  summary: `postgres (-alpine): PostgreSQL ${postgresMajor} server and client from Debian sid; the feast db-init job's psql, and the prod-like database server`,
  pinOf: pinFrom('docker.io/library/postgres', /^(?<version>\d+\.\d+)(?:-alpine[\d.]*)?$/),
  base: {
    name: `postgres-${postgresMajor}-sid`,
    // Only sid ships PostgreSQL 18 (bookworm 15, trixie 17); the image is self-contained, so its base does not matter to clients.
    suite: 'sid',
    packages: [`postgresql-${postgresMajor}`, `postgresql-client-${postgresMajor}`, 'openssl', 'tzdata', 'ca-certificates'],
    accounts: [postgresAccount],
    // postgresql-common would create a "main" cluster at install time; the entrypoint creates one at first start.
    preinstallFiles: { '/etc/postgresql-common/createcluster.conf': 'create_main_cluster = false\n' },
  },
  files: { '/usr/local/bin/docker-entrypoint.sh': postgresEntrypoint() },
  dirs: [
    { path: '/var/run/postgresql', owner: '70:70', mode: 0o3777 },
    { path: `/var/lib/postgresql/${postgresMajor}/docker`, owner: '70:70', mode: 0o700 },
  ],
  config: (v) => ({
    // The official image starts as root and steps down to postgres; a restricted pod runs it as uid 70 from the start.
    env: { PATH: `/usr/lib/postgresql/${postgresMajor}/bin:${systemPath}`, PG_MAJOR: postgresMajor, PG_VERSION: v, PGDATA: `/var/lib/postgresql/${postgresMajor}/docker`, LANG: 'C.UTF-8' },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    workingDir: '/',
    exposedPorts: ['5432/tcp'],
    labels: { 'org.opencontainers.image.title': 'postgres', 'org.opencontainers.image.version': v, 'io.ml-platform.stand-in': 'postgres' },
  }),
  version: {
    run: ['psql', '--version'],
    pattern: /psql \(PostgreSQL\) (\d+\.\d+)/,
    match: 'major',
    reason: `no reachable source ships the pinned patch release: Debian sid has PostgreSQL ${postgresMajor} at a later patch (psql of one major speaks to every server of it)`,
  },
};

/** The official image's entrypoint contract: POSTGRES_PASSWORD/USER/DB, PGDATA initialized once, then exec. TLS on (sslmode=require clients). */
function postgresEntrypoint(): string {
  return `#!/bin/sh
# docker-entrypoint.sh of the postgres stand-in: initializes PGDATA on first start (POSTGRES_PASSWORD,
# POSTGRES_USER, POSTGRES_DB, as the official image), with a self-signed certificate so that clients
# with sslmode=require connect, then runs the command. Arguments starting with "-" go to postgres.
set -eu
if [ "\${1#-}" != "$1" ]; then set -- postgres "$@"; fi
if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "\${POSTGRES_PASSWORD:?is not set. Fix: set POSTGRES_PASSWORD (the superuser password)}"
  user="\${POSTGRES_USER:-postgres}"
  mkdir -p "$PGDATA" && chmod 700 "$PGDATA"
  pwfile="$(mktemp)" && printf '%s' "$POSTGRES_PASSWORD" > "$pwfile"
  initdb --username="$user" --pwfile="$pwfile" --auth=scram-sha-256 --encoding=UTF8 -D "$PGDATA" >/dev/null
  rm -f "$pwfile"
  openssl req -new -x509 -days 3650 -nodes -subj "/CN=postgresql" -keyout "$PGDATA/server.key" -out "$PGDATA/server.crt" 2>/dev/null
  chmod 600 "$PGDATA/server.key"
  printf "listen_addresses = '*'\\nssl = on\\n" >> "$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  db="\${POSTGRES_DB:-$user}"
  if [ "$db" != postgres ]; then echo "CREATE DATABASE \\"$db\\"" | postgres --single -D "$PGDATA" postgres >/dev/null; fi
  echo "PostgreSQL init process complete; ready for start up."
fi
exec "$@"
`;
}

const redisAccount = { user: 'redis', uid: 999, group: 'redis', gid: 999, home: '/data', shell: '/usr/sbin/nologin' };

const redis: Recipe = {
  name: 'redis',
  summary: "Redis (Debian's redis-server) for the prod-like scenarios: Feast's online store",
  own: { ref: 'localhost/mlp/redis:7.0.15', version: '7.0.15' },
  base: { name: 'redis-bookworm', suite: 'bookworm', packages: ['redis-server', 'redis-tools'], accounts: [redisAccount] },
  files: {
    // The official image's contract (docker-entrypoint.sh, redis-server, /data), plus REDIS_PASSWORD -> --requirepass.
    '/usr/local/bin/docker-entrypoint.sh': `#!/bin/sh
set -eu
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then set -- redis-server "$@"; fi
if [ "$1" = redis-server ] && [ -n "\${REDIS_PASSWORD:-}" ]; then set -- "$@" --requirepass "$REDIS_PASSWORD"; fi
exec "$@"
`,
  },
  dirs: [{ path: '/data', owner: '999:999', mode: 0o755 }],
  config: (v) => ({
    user: '999:999',
    env: { PATH: systemPath },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server', '--bind', '0.0.0.0', '--protected-mode', 'no', '--dir', '/data'],
    workingDir: '/data',
    exposedPorts: ['6379/tcp'],
    labels: { 'org.opencontainers.image.title': 'redis', 'org.opencontainers.image.version': v },
  }),
  version: { run: ['redis-server', '--version'], pattern: /v=(\d+\.\d+\.\d+)/, match: 'exact' },
};

/** distroless/static's nonroot user (the KubeRay operator image runs as 65532). */
const nonroot = { passwd: ['root:x:0:0:root:/root:/sbin/nologin', 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin'], group: ['root:x:0:', 'nonroot:x:65532:'] };

const kuberayOperator: Recipe = {
  name: 'kuberay-operator',
  summary: "quay.io/kuberay/operator (ray-operator/Dockerfile: distroless static, /manager, uid 65532), from the toolkit's kuberay Go build",
  pinOf: pinFrom('quay.io/kuberay/operator', /^v(?<version>\d+\.\d+\.\d+)$/),
  goBinary: { tool: 'kuberay', path: '/manager' },
  staticAccounts: nonroot,
  dirs: [
    { path: '/tmp', owner: '0:0', mode: 0o1777 },
    { path: '/home/nonroot', owner: '65532:65532', mode: 0o700 },
  ],
  config: (v) => ({
    user: '65532:65532',
    env: { PATH: systemPath, HOME: '/home/nonroot' },
    entrypoint: ['/manager'],
    workingDir: '/',
    labels: { 'org.opencontainers.image.title': 'kuberay-operator', 'org.opencontainers.image.version': v },
  }),
  // The operator prints no version; the test reads the ray-operator module version built into /manager (go version -m).
  version: { goBinary: '/manager', module: 'github.com/ray-project/kuberay/ray-operator', match: 'exact' },
};

const s3: Recipe = {
  name: 's3',
  summary: 'a real S3 server for the prod-like scenarios (MLflow artifacts, Ray): versitygw (Apache-2.0) with its posix backend',
  own: { ref: `localhost/mlp/versitygw:${tools.versitygw.version}`, version: tools.versitygw.version },
  goBinary: { tool: 'versitygw', path: '/usr/local/bin/versitygw' },
  staticAccounts: { passwd: [...nonroot.passwd], group: [...nonroot.group] },
  dirs: [
    { path: '/tmp', owner: '0:0', mode: 0o1777 },
    { path: '/data', owner: '65532:65532', mode: 0o755 },
    { path: '/home/nonroot', owner: '65532:65532', mode: 0o700 },
  ],
  config: (v) => ({
    user: '65532:65532',
    // Credentials come from the environment (ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY), as versitygw reads them.
    env: { PATH: systemPath, HOME: '/home/nonroot' },
    entrypoint: ['versitygw'],
    cmd: ['--port', ':7070', '--health', '/health', 'posix', '/data'],
    workingDir: '/',
    exposedPorts: ['7070/tcp'],
    labels: { 'org.opencontainers.image.title': 'versitygw', 'org.opencontainers.image.version': v, 'org.opencontainers.image.licenses': 'Apache-2.0' },
  }),
  version: { run: ['versitygw', '--version'], pattern: /Version\s*:\s*v?(\d+\.\d+\.\d+)/, match: 'exact' },
};

export const recipes: Recipe[] = [ray, mlflow, feast, postgres, kuberayOperator, redis, s3];
