// When the background opening of a session starts (docs/spec/startup.md CS-1, dashboard.md SDP-3):
// once the first screen says it is shown, or after a grace for screens that never say so, unless a
// screen holds it (the Panel reads 100 schools from Dexie and must not compete with 500 documents
// opening); a hold lasts until that screen shows or is left, and never longer than `holdLimitMs`.

export interface FirstScreenGate {
  /** A session opened: the grace starts again. */
  opened(): void;
  /** The first screen is interactive: start now (once per session). */
  shown(): void;
  /** Keeps the start waiting past the grace; returns the release. */
  hold(): () => void;
}

export function firstScreenGate(
  start: () => void,
  { graceMs, holdLimitMs }: { graceMs: number; holdLimitMs: number },
): FirstScreenGate {
  let holds = 0;
  let graceOver = false;
  let started = false;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const shown = () => {
    for (const t of timers) clearTimeout(t);
    timers = [];
    if (started) return;
    started = true;
    start();
  };
  return {
    opened() {
      for (const t of timers) clearTimeout(t);
      graceOver = false;
      started = false;
      timers = [
        setTimeout(() => {
          graceOver = true;
          if (holds === 0) shown();
          else timers.push(setTimeout(shown, holdLimitMs));
        }, graceMs),
      ];
    },
    shown,
    hold() {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (holds === 0 && graceOver) shown();
      };
    },
  };
}
