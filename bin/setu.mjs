#!/usr/bin/env node
// The launcher was bin/setu.mjs until it became CommonJS (bin/setu.cjs). Links made to the old
// name (`npm link`, npx's cache of this package) still point here: they run the launcher.
import './setu.cjs';
