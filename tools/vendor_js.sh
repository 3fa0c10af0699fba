#!/usr/bin/env bash
# Vendor vega, vega-lite and vega-embed from npm into _static/vendor, at the versions Altair expects.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
read -r VEGA VL EMBED < <($PY -c "import altair as a; print(a.VEGA_VERSION, a.VEGALITE_VERSION, a.VEGAEMBED_VERSION)")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "vega@$VEGA" "vega-lite@$VL" "vega-embed@$EMBED" >/dev/null )
out=_static/vendor
mkdir -p "$out"
echo "{" > "$out/versions.json"
sep=""
for pkg in vega vega-lite vega-embed; do
  tgz=$(ls "$work"/$pkg-[0-9]*.tgz)
  version=$(basename "$tgz" .tgz); version=${version#$pkg-}
  mkdir -p "$work/$pkg" && tar xzf "$tgz" -C "$work/$pkg"
  cp "$work/$pkg/package/build/$pkg.min.js" "$out/$pkg.min.js"
  cp "$work/$pkg/package/LICENSE" "$out/LICENSE-$pkg"
  sha=$(sha256sum "$out/$pkg.min.js" | cut -d' ' -f1)
  printf '%s  "%s": {"version": "%s", "file": "%s.min.js", "sha256": "%s"}' "$sep" "$pkg" "$version" "$pkg" "$sha" >> "$out/versions.json"
  sep=$',\n'
done
printf '\n}\n' >> "$out/versions.json"
cat "$out/versions.json"
