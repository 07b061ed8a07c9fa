#!/bin/sh
# Installs what the notebooks, the report and their tests need beyond Deno,
# from Debian's packages (PyPI is not used): Jupyter's client, and with
# --browser Chromium for the browser tests. Idempotent; quiet when all is there.
set -eu
PYTHON="${ESF_PYTHON:-/usr/bin/python3}"
PACKAGES=""
if ! "$PYTHON" -c "import nbclient, nbformat, jupyter_client" 2>/dev/null; then
  PACKAGES="jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel"
fi
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  PACKAGES="$PACKAGES chromium"
fi
[ -z "$PACKAGES" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO=none; fi
if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing, and not installable from here: $PACKAGES" >&2
  echo "setup: install Debian's packages: apt-get install -y $PACKAGES" >&2
  exit 1
fi
echo "setup: installing from Debian:$PACKAGES" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PACKAGES >&2
"$PYTHON" -c "import nbclient, nbformat, jupyter_client"
