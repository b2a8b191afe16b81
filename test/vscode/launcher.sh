#!/bin/sh
# The executable @vscode/test-electron's runTests launches here (see launcher.ts).
exec "$(dirname "$0")/../../node_modules/.bin/tsx" "$(dirname "$0")/launcher.ts" "$@"
