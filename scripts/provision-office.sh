#!/bin/sh
# Installs LibreOffice Writer (headless) and poppler's pdftoppm from Debian, for the DOCX test that
# converts the export to PDF and renders its first page (test/unit/export.test.ts). Root only;
# skipped when both are there. Without them that test is skipped, with a message; nothing else needs them.
set -e
if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "provision-office: not root or no apt-get: the DOCX-to-PDF check will be skipped" >&2
  exit 0
fi
echo "provision-office: installing libreoffice-writer-nogui and poppler-utils (once)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils >/dev/null
