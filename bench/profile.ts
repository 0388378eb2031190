import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The parts of a V8 CPU profile (`node --cpu-prof`) that say where the time went. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Who a function belongs to: a package, Node itself, the project's own code, or V8 (GC, idle). */
function owner(url: string, functionName: string): string {
  // V8's own entries are in brackets: (garbage collector), (program); native functions have no file.
  if (!url) return functionName.startsWith('(') ? functionName : 'node (runtime)';
  if (url.startsWith('node:')) return 'node (runtime)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1];
  return 'project code';
}

const table = (title: string, rows: [string, number][], total: number, count: number) => [
  `| ${title} | self ms | share |`,
  '|---|--:|--:|',
  ...rows
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, ms]) =>
        `| ${name.replace(/\|/g, '\\|')} | ${ms.toFixed(0)} | ${((ms / total) * 100).toFixed(1)}% |`,
    ),
];

/** Self time by owner and by function of the newest profile in `dir`, as Markdown tables. */
export function summariseProfile(dir: string): string {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  if (files.length === 0) return 'No CPU profile was written.';
  const newest = files
    .map((name) => path.join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const profile = JSON.parse(readFileSync(newest, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id)!;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (frame.functionName === '(idle)') return;
    total += ms;
    const who = owner(frame.url, frame.functionName);
    byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
    const where = frame.url ? ` (${path.basename(frame.url)}:${frame.lineNumber + 1})` : '';
    const name = `${frame.functionName || '(anonymous)'}${where} — ${who}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  return [
    `CPU profile of the API process (\`${path.basename(newest)}\`): ${total.toFixed(0)} ms busy (idle left out).`,
    '',
    ...table('by package', [...byOwner], total, 15),
    '',
    ...table('by function', [...byFunction], total, 25),
    '',
  ].join('\n');
}
