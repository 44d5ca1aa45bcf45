#!/usr/bin/env node
// `npx ct ...`: chart-testing with the repo's ct.yaml and the pinned tools.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/ct.ts');
