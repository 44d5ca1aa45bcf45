// `npx ct ...`: chart-testing with the repo's ct.yaml and pinned tools (see scripts/commands/ct.ts).
import { run } from './commands/ct.ts';

process.exitCode = await run(process.argv.slice(2));
