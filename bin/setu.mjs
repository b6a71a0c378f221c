#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx setu` works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../corpus/node/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
