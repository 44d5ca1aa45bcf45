#!/usr/bin/env node
// Launcher for the TypeScript CLI (tsx registers the loader; no build step).
import { register } from 'tsx/esm/api';

register();
await import('../scripts/mlp.ts');
