/**
 * One line on stderr that redraws itself: `businesses ████████░░░░ 64% 32,000/50,000 2.1 s`. When stderr is
 * not a terminal (a log file, CI), only the finished line is written.
 */
export class Progress {
  private done = 0;
  private drawn = 0;
  private readonly started = performance.now();
  private readonly live = process.stderr.isTTY === true;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    if (this.live) this.draw();
  }

  tick(count: number): void {
    this.done = Math.min(this.total, this.done + count);
    // Redraw at most every 100 ms: a terminal write per batch would slow the load itself.
    if (this.live && performance.now() - this.drawn > 100) this.draw();
  }

  finish(): void {
    this.done = this.total;
    this.draw();
    process.stderr.write('\n');
  }

  private draw(): void {
    this.drawn = performance.now();
    const share = this.total === 0 ? 1 : this.done / this.total;
    const bar = '█'.repeat(Math.round(share * 24)).padEnd(24, '░');
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const counts = `${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')}`;
    process.stderr.write(
      `${this.live ? '\r' : ''}${this.label.padEnd(14)} ${bar} ${String(Math.round(share * 100)).padStart(3)}% ${counts} ${seconds} s `,
    );
  }
}
