import { createProgress } from '../../scripts/report/progress';

/** A stand-in for standard error that records what is written, as a terminal or as a log file. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream,
  };
}

test('on a terminal: one line redrawn in place, cleared at the end so the next line starts clean', () => {
  const { written, stream: tty } = stream(true);
  const progress = createProgress(tty, false);
  progress.step('procurement Zeist', 3, 15);
  progress.step('procurement Bunnik', 4, 15);
  progress.end();
  const clear = '\r\x1b[2K';
  // Each redraw: back to the start, clear the line, a spinner frame, the step.
  expect(written.map((text) => [text.slice(0, clear.length), text.slice(clear.length + 2)])).toEqual([
    [clear, 'procurement Zeist (3/15)'],
    [clear, 'procurement Bunnik (4/15)'],
    [clear, ''],
  ]);
  expect(written.join('')).not.toContain('\n');
});

test('elsewhere (a CI log, cron mail): a plain line per step, no control characters', () => {
  const { written, stream: log } = stream(false);
  const progress = createProgress(log, false);
  progress.step('news', 2, 15);
  progress.end();
  expect(written).toEqual(['report: news (2/15)\n']);
});

test('--quiet: nothing at all', () => {
  const { written, stream: tty } = stream(true);
  const progress = createProgress(tty, true);
  progress.step('news', 2, 15);
  progress.end();
  expect(written).toEqual([]);
});
