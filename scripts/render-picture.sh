#!/usr/bin/env bash
# Renders docs/evaluated-sheet.png: the sample evaluated by pse, its indicator sheet as LibreOffice
# prints it (soffice -> PDF, pdftoppm -> PNG), showing the tinted cells the tool filled in and the
# below-target rows. Needs libreoffice-calc, poppler-utils and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npx pse evaluate samples/zengcheng-cast-2021.xlsx --out "$work/evaluated.xlsx" --quiet --force
soffice --headless "-env:UserInstallation=file://$work/profile" \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$work" \
  "$work/evaluated.xlsx" >/dev/null 2>&1
# One page per sheet; the first that shows the indicator table's appended flag column.
pages=$(pdfinfo "$work/evaluated.pdf" | awk '/^Pages:/ {print $2}')
page=1
for p in $(seq 1 "$pages"); do
  if pdftotext -f "$p" -l "$p" "$work/evaluated.pdf" - | grep -q "核查标记"; then page=$p; break; fi
done
pdftoppm -f "$page" -l "$page" -r 90 -png -singlefile "$work/evaluated.pdf" docs/evaluated-sheet
echo "docs/evaluated-sheet.png: page $page of $pages"
