#!/usr/bin/env bash
# Installs the Debian packages claimgraph needs, skipping those already present.
# Runs as root on Debian 12 (or with sudo available). Safe to run again. With --test, also the
# packages only the test suite needs.
set -euo pipefail

packages=(
  cmake g++ make ccache
  libboost-graph-dev libeigen3-dev libcli11-dev doctest-dev
  libsimdjson-dev nlohmann-json3-dev libfmt-dev libutf8proc-dev libgumbo-dev libtbb-dev pkg-config
  libopenmpi-dev openmpi-bin
  python3
)
# --test: also what the test suite and CI need: headless Chromium renders the HTML report,
# clang builds the sanitizer suite and the libFuzzer targets (scripts/ci-hardening.sh).
if [ "${1:-}" = "--test" ]; then
  packages+=(chromium clang clang-format)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
