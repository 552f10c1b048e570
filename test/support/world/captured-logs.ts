import Transport from 'winston-transport';

export interface LogEntry {
  level: string;
  message: string;
  [key: string]: unknown;
}

/** A winston transport that keeps every entry, so a test can assert what was logged and with what context. */
export class CapturedLogs extends Transport {
  readonly entries: LogEntry[] = [];

  override log(info: LogEntry, next: () => void): void {
    this.entries.push(info);
    next();
  }

  find(level: string, message: string | RegExp): LogEntry | undefined {
    return this.entries.find(
      (entry) =>
        entry.level === level &&
        (typeof message === 'string' ? entry.message === message : message.test(entry.message)),
    );
  }
}
