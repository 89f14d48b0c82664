// Preloaded with `node --import` when /usr/bin/time is missing: writes the process's peak RSS (KiB) to
// $WHOSAID_RSS_FILE on exit. Worker threads share the process, so this covers them too.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.WHOSAID_RSS_FILE;
if (isMainThread && file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
