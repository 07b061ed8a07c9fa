#!/bin/sh
# Installs what the notebooks and their tests need beyond Deno: Jupyter's
# client from Debian's packages (PyPI is not used). Idempotent; quiet when
# everything is there already.
set -eu
PYTHON="${ESF_PYTHON:-/usr/bin/python3}"
if "$PYTHON" -c "import nbclient, nbformat, jupyter_client" 2>/dev/null; then
  exit 0
fi
PACKAGES="jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO=none; fi
if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: Jupyter's client is missing and cannot be installed from here." >&2
  echo "setup: install Debian's packages: apt-get install -y $PACKAGES" >&2
  exit 1
fi
echo "setup: installing Jupyter's client from Debian: $PACKAGES" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PACKAGES >&2
"$PYTHON" -c "import nbclient, nbformat, jupyter_client"
