#!/bin/sh
# `npm run ask`: starts Node from the start-up snapshot dist/cli/ask.blob (the knowledge, intents and matchers
# already loaded: src/cli/ask-snapshot.ts) when there is one; it answers only if it is of the current src/,
# knowledge/ and intents/. Otherwise (exit 75: not current, 76: --chart, 14: made by another Node) the question
# runs through scripts/run.mjs as `node scripts/run.mjs src/cli/ask.ts` would, and after a successful run that
# found no current blob a new one is made for the next run (~1 s, once per change). Figures: docs/speed.md.
# The same V8 flags for making and using a blob: Node refuses a blob made with others.
# A 1 MiB young generation keeps a short CLI run ~30 MiB smaller at no measurable cost.
flags="--max-semi-space-size=1"
here="${0%/*}"
blob="$here/../dist/cli/ask.blob"
if [ -f "$blob" ]; then
  node $flags --snapshot-blob "$blob" -- "$@"
  code=$?
  [ $code -eq 75 ] || [ $code -eq 76 ] || [ $code -eq 14 ] || exit $code
fi
node $flags "$here/run.mjs" src/cli/ask.ts "$@"
ran=$?
if [ $ran -eq 0 ] && [ "${code:-75}" -ne 76 ] && [ -f "$here/../dist/cli/ask-snapshot.cjs" ]; then
  made="$blob.$$.tmp"
  node $flags --snapshot-blob "$made" --build-snapshot "$here/../dist/cli/ask-snapshot.cjs" >/dev/null 2>&1 && mv -f "$made" "$blob"
  rm -f "$made"
fi
exit $ran
