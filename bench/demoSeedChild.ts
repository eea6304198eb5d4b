// The child process of seedDemo (demoSeed.ts): seeds the database its argument names and prints the result.
import { seedAndSweep } from './demoSeed';
import type { StepInput } from './storeSteps';

try {
  const result = await seedAndSweep(JSON.parse(process.argv[2] ?? '') as StepInput);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (e) {
  console.error(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
