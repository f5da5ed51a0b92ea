/** The current time, injectable so tests and the simulation can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: for tests and the simulation. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(moment: Date): void {
    this.current = new Date(moment);
  }
  advanceHours(hours: number): void {
    this.current = new Date(this.current.getTime() + hours * 3600_000);
  }
}
