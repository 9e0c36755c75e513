import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * When each content file last changed, from the repository's history: one `git log` over the
 * content folder, newest commit first, so the first date seen for a file is its latest. A copy
 * of the site without its history (a build fixture, a tarball) simply has no dates.
 */
export function lastUpdated(dir = 'src/content'): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return dates;
  }
  let current: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = new Date(line.slice(1));
    else if (line.trim() !== '' && current && !dates.has(resolve(line))) dates.set(resolve(line), current);
  }
  return dates;
}
