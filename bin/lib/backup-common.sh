# Shared by bin/backup and bin/restore (sourced, not run): the database connection as the tool's datasource reads it,
# the PostgreSQL client programs of the right version, and the key-encryption key's fingerprint.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# The connection from LPK_DB_URL/LPK_DB_USER/LPK_DB_PASSWORD with the same defaults as the tool's datasource
# (bin/configure-wildfly), handed to libpq through its environment variables: the password never shows in `ps`.
connect_from_environment() {
  local url=${LPK_DB_URL:-jdbc:postgresql://localhost:5432/laerepladsklar}
  local rest hostport query param
  case "$url" in
    jdbc:postgresql://*) rest=${url#jdbc:postgresql://} ;;
    *) die "LPK_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not: $url" ;;
  esac
  query=
  if [[ $rest == *\?* ]]; then
    query=${rest#*\?}
    rest=${rest%%\?*}
  fi
  hostport=${rest%%/*}
  [[ $rest == */* ]] || die "LPK_DB_URL names no database: $url"
  PGDATABASE=${rest#*/}
  [[ $hostport != *,* ]] || die "LPK_DB_URL names several hosts; give the primary's URL for the backup: $url"
  if [[ $hostport == \[*\]* ]]; then            # [::1]:5432
    PGHOST=${hostport%%]*}; PGHOST=${PGHOST#[}
    PGPORT=${hostport##*]}; PGPORT=${PGPORT#:}
  else
    PGHOST=${hostport%%:*}
    PGPORT=
    [[ $hostport != *:* ]] || PGPORT=${hostport#*:}
  fi
  PGHOST=${PGHOST:-localhost}
  PGPORT=${PGPORT:-5432}
  [[ $PGPORT =~ ^[0-9]+$ ]] || die "LPK_DB_URL has a port that is not a number: $url"
  [ -n "$PGDATABASE" ] || die "LPK_DB_URL names no database: $url"
  local IFS='&'
  for param in $query; do
    case "$param" in
      sslmode=*) PGSSLMODE=${param#sslmode=}; export PGSSLMODE ;;
      sslrootcert=*) PGSSLROOTCERT=${param#sslrootcert=}; export PGSSLROOTCERT ;;
    esac
  done
  PGUSER=${LPK_DB_USER:-laerepladsklar}
  PGPASSWORD=${LPK_DB_PASSWORD:-laerepladsklar}
  PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}
  PGAPPNAME=laerepladsklar-$(basename "$0")
  export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGCONNECT_TIMEOUT PGAPPNAME
}

# The major version of a PostgreSQL client program ("pg_dump (PostgreSQL) 15.18 (Debian ...)" -> 15).
client_major() {
  "$1" --version 2>/dev/null | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p' | head -n 1
}

# A client program (pg_dump, pg_restore, psql) of at least the given major version (the third argument says why): from PG_BIN if set, else the
# newest of Debian's /usr/lib/postgresql/<major>/bin, else PATH. pg_dump must be at least the server's major version
# (an older pg_dump refuses a newer server); pg_restore at least the version of the pg_dump that wrote the archive.
find_client() {
  local name=$1 need=$2 why=$3 candidate major dirs=()
  if [ -n "${PG_BIN:-}" ]; then
    dirs=("$PG_BIN")
  else
    while IFS= read -r candidate; do dirs+=("$candidate"); done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4,4nr)
    candidate=$(command -v "$name" || true)
    [ -z "$candidate" ] || dirs+=("$(dirname "$candidate")")
  fi
  for dir in "${dirs[@]}"; do
    candidate="$dir/$name"
    [ -x "$candidate" ] || continue
    major=$(client_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$need" ]; then
      echo "$candidate"
      return 0
    fi
  done
  local found=none
  for dir in "${dirs[@]}"; do
    [ -x "$dir/$name" ] && found="$found, $dir/$name ($(client_major "$dir/$name"))"
  done
  if [ "$need" -eq 0 ]; then
    die "$name is needed and none was found${PG_BIN:+ in PG_BIN=$PG_BIN}. Install the PostgreSQL client" \
        "(Debian: apt-get install postgresql-client) or set PG_BIN to its bin directory."
  fi
  die "$name $need or newer is needed ($why) and none was found${PG_BIN:+ in PG_BIN=$PG_BIN} (found: ${found#none, })." \
      "Install the PostgreSQL client of that version (Debian: apt-get install postgresql-client-$need, from" \
      "apt.postgresql.org when Debian has no such version) or set PG_BIN to its bin directory."
}

# The key-encryption key from LPK_KEY_ENCRYPTION_KEY or the file named by LPK_KEY_ENCRYPTION_KEY_FILE, checked to be
# base64 of 32 bytes as the tool takes it, into LPK_KEY_ENCRYPTION_KEY (not exported).
load_key() {
  if [ -z "${LPK_KEY_ENCRYPTION_KEY:-}" ] && [ -n "${LPK_KEY_ENCRYPTION_KEY_FILE:-}" ]; then
    [ -r "$LPK_KEY_ENCRYPTION_KEY_FILE" ] || die "cannot read LPK_KEY_ENCRYPTION_KEY_FILE=$LPK_KEY_ENCRYPTION_KEY_FILE"
    LPK_KEY_ENCRYPTION_KEY=$(tr -d ' \n\r\t' < "$LPK_KEY_ENCRYPTION_KEY_FILE")
  fi
  [ -n "${LPK_KEY_ENCRYPTION_KEY:-}" ] || die "the installation's key-encryption key is needed (LPK_KEY_ENCRYPTION_KEY, or" \
      "LPK_KEY_ENCRYPTION_KEY_FILE naming a file that holds it): its fingerprint is recorded with the backup so a restore" \
      "can check it gets the same key"
  local bytes
  bytes=$(printf '%s' "$LPK_KEY_ENCRYPTION_KEY" | base64 -d 2>/dev/null | wc -c) || bytes=0
  [ "$bytes" -eq 32 ] || die "the key-encryption key must be base64 of exactly 32 bytes, as the tool takes it"
}

# The loaded key's SHA-256 (hex). It tells keys apart without revealing them: the key is 256 random bits, so its hash
# gives nothing away.
key_fingerprint() {
  printf '%s' "$LPK_KEY_ENCRYPTION_KEY" | base64 -d | sha256sum | cut -d' ' -f1
}

# One value from a manifest (key=value lines).
manifest_value() {
  sed -n "s/^$2=//p" "$1" | head -n 1
}
