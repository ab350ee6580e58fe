#!/usr/bin/env bash
# Machine services the tests and the demo need, installed from Debian's
# packages when missing (as root) and started when stopped. Source it.

apt_install() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "[system] need root to install: $*" >&2
    return 1
  fi
  if [[ -z "${SLO_APT_UPDATED:-}" ]]; then
    apt-get update -qq >&2 || return 1
    SLO_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

ensure_prometheus() {
  if command -v prometheus >/dev/null && command -v promtool >/dev/null; then
    return 0
  fi
  echo "[system] installing Debian prometheus (prometheus + promtool)" >&2
  # Debian's package enables a service on 0.0.0.0:9090; we never use it.
  apt_install prometheus || return 1
  if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
    systemctl disable --now prometheus >/dev/null 2>&1 || true
  fi
}

ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    return 0
  fi
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "[system] installing Debian postgresql" >&2
    apt_install postgresql || return 1
  fi
  local version
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  echo "[system] starting PostgreSQL $version" >&2
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || return 1
  for _ in $(seq 1 50); do
    pg_isready -q -h 127.0.0.1 -p 5432 && return 0
    sleep 0.2
  done
  echo "[system] PostgreSQL did not become ready on 127.0.0.1:5432" >&2
  return 1
}

ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    return 0
  fi
  echo "[system] installing Debian chromium for browser tests" >&2
  apt_install chromium
}
