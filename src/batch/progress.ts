/**
 * A one-line progress bar on stderr: articles done, articles/s, MB/s, and an ETA when the total input size
 * is known. Drawn only when stderr is a terminal (and not with --quiet); redrawn a few times a second.
 */

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export interface ProgressState {
  articles: number;
  failed: number;
  bytes: number;
  elapsedSeconds: number;
  totalBytes?: number;
}

export function formatProgress(p: ProgressState, width = 80): string {
  const secs = Math.max(p.elapsedSeconds, 1e-3);
  const perSec = p.articles / secs;
  const mbps = p.bytes / 1e6 / secs;
  let line = `${p.articles.toLocaleString('en-US')} articles`;
  if (p.failed > 0) line += ` (${p.failed} failed)`;
  line += `  ${perSec.toFixed(perSec < 10 ? 1 : 0)}/s  ${mbps.toFixed(2)} MB/s`;
  if (p.totalBytes !== undefined && p.totalBytes > 0) {
    const frac = Math.min(1, p.bytes / p.totalBytes);
    const barWidth = 20;
    const filled = Math.round(frac * barWidth);
    const eta = p.bytes > 0 ? (p.totalBytes - p.bytes) / (p.bytes / secs) : Number.NaN;
    line = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${(frac * 100).toFixed(0)}%  ${line}  ETA ${formatDuration(eta)}`;
  } else {
    line += `  ${formatDuration(p.elapsedSeconds)}`;
  }
  return line.length > width - 1 ? line.slice(0, width - 1) : line;
}

export class Progress {
  private state: ProgressState = { articles: 0, failed: 0, bytes: 0, elapsedSeconds: 0 };
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    readonly enabled: boolean,
    totalBytes?: number,
  ) {
    if (totalBytes !== undefined) this.state.totalBytes = totalBytes;
    if (enabled) {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    }
  }

  update(articles: number, failed: number, bytes: number): void {
    this.state.articles = articles;
    this.state.failed = failed;
    this.state.bytes = bytes;
  }

  /** Writes a message line to the stream without tearing the bar. */
  log(line: string): void {
    this.clear();
    this.stream.write(`${line}\n`);
    if (this.enabled) this.draw();
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  private clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(): void {
    if (!this.enabled || this.timer === undefined) return;
    this.state.elapsedSeconds = (performance.now() - this.started) / 1000;
    this.stream.write(`\r\x1b[2K${formatProgress(this.state, this.stream.columns ?? 80)}`);
    this.drawn = true;
  }
}
