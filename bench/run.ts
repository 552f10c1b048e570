/**
 * Runs every benchmark in this folder (files named *.bench.ts, each exporting a default async function
 * that prints its own figures). `npm run bench -- mongo` runs only the files whose name contains "mongo".
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
if (files.length === 0) {
  console.error(`No benchmark matches "${filter}".`);
  process.exit(1);
}
for (const file of files) {
  console.log(`\n== ${file}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
