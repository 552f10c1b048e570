/**
 * Lets a few searches run at once and queues the rest in arrival order. When a crowd searches at the same
 * moment, each admitted search gets the CPU in one stretch and answers at once, instead of every search
 * advancing a little at a time and all of them finishing together at the end.
 */
export class AdmissionGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      // The slot is handed over by the work that finishes, so `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next === undefined) this.running -= 1;
      else next();
    }
  }
}
