export interface Progress {
  /** A new step, e.g. "procurement"; `total` steps in all. */
  step(label: string, done: number, total: number): void;
  /** Clears the line (on a terminal) before the result or an error is printed. */
  end(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Progress on standard error, never on standard output (which may carry the report itself). On a terminal
 * one line redrawn in place with a spinner; elsewhere (CI logs, cron mail) a plain line per step, which a
 * log keeps readably.
 */
export function createProgress(stream: NodeJS.WriteStream, quiet: boolean): Progress {
  if (quiet) return { step() {}, end() {} };
  if (!stream.isTTY) {
    return {
      step(label, done, total) {
        stream.write(`report: ${label} (${done}/${total})\n`);
      },
      end() {},
    };
  }
  let text = '';
  let frame = 0;
  let drawn = false;
  const draw = () => {
    frame = (frame + 1) % FRAMES.length;
    // \x1b[2K clears the line, so a shorter text leaves nothing of the longer one behind.
    stream.write(`\r\x1b[2K${FRAMES[frame]} ${text}`);
    drawn = true;
  };
  const timer = setInterval(draw, 80);
  // The spinner must never keep the process alive after the work is done.
  timer.unref();
  return {
    step(label, done, total) {
      text = `${label} (${done}/${total})`;
      draw();
    },
    end() {
      clearInterval(timer);
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
