#!/usr/bin/env bash
# macOS: the .app (build.spec) → a .dmg, signed and notarized when the credentials are given. NOT RUN HERE
# (no Mac); .github/workflows/installers.yml runs it on an arm64 and an x86_64 runner.
#
#   PERMET_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"   sign the .app (hardened runtime) and .dmg
#   PERMET_NOTARY_PROFILE=permet                                         notarize with a stored notarytool profile:
#       xcrun notarytool store-credentials permet --apple-id ID --team-id TEAMID --password APP-SPECIFIC-PASSWORD
# Without them the .dmg is unsigned: Gatekeeper then asks users to right-click → Open the first time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
arch=$(uname -m)
app="dist/Përmet Explorer.app"
dmg="dist/permet-explorer-$version-macos-$arch.dmg"
[ -d "$app" ] || { echo "make_dmg.sh: $app is missing: run pyinstaller build.spec first" >&2; exit 2; }
if [ -n "${PERMET_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements resources/packaging/macos/entitlements.plist --sign "$PERMET_CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi
rm -f "$dmg"
hdiutil create -volname "Përmet Explorer" -srcfolder "$app" -ov -format UDZO "$dmg"
if [ -n "${PERMET_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$PERMET_CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${PERMET_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$PERMET_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
echo "$dmg"
