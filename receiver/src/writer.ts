// Group commit: records that arrive while a transaction is being made durable wait and go together in
// the next one. One fsync then acknowledges many records, which is how an fsync-per-commit database
// keeps up with a thousand records a second while every 204 still means "on disk".

import type { Store, StoredRecord } from './db/types.js';

interface Pending {
  record: StoredRecord;
  resolve: () => void;
  reject: (error: Error) => void;
}

export interface WriterOptions {
  /** Most records in one transaction. Default 500. */
  maxBatch?: number;
  /** Transactions in flight at once: 1 for SQLite (one writer), more for PostgreSQL's pool. Default 1. */
  maxInFlight?: number;
}

export class Writer {
  readonly #store: Store;
  readonly #maxBatch: number;
  readonly #maxInFlight: number;
  #queue: Pending[] = [];
  #inFlight = 0;
  #scheduled = false;
  #idle: (() => void)[] = [];

  constructor(store: Store, options: WriterOptions = {}) {
    this.#store = store;
    this.#maxBatch = options.maxBatch ?? 500;
    this.#maxInFlight = options.maxInFlight ?? 1;
  }

  /** Resolves once `record` is durable in the store; rejects when its transaction failed. */
  write(record: StoredRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ record, resolve, reject });
      this.#schedule();
    });
  }

  /** Resolves when nothing is queued or in flight (for a clean shutdown). */
  drained(): Promise<void> {
    if (this.#queue.length === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #schedule(): void {
    if (this.#scheduled || this.#inFlight >= this.#maxInFlight) return;
    this.#scheduled = true;
    // After the current I/O callbacks: requests that arrived in the same turn share the transaction.
    setImmediate(() => {
      this.#scheduled = false;
      this.#flush();
    });
  }

  #flush(): void {
    while (this.#inFlight < this.#maxInFlight && this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.#maxBatch);
      this.#inFlight += 1;
      this.#store.insert(batch.map((p) => p.record)).then(
        () => { for (const p of batch) p.resolve(); },
        (error: unknown) => {
          const failure = error instanceof Error ? error : new Error(String(error));
          for (const p of batch) p.reject(failure);
        },
      ).finally(() => {
        this.#inFlight -= 1;
        if (this.#queue.length > 0) this.#schedule();
        else if (this.#inFlight === 0) for (const done of this.#idle.splice(0)) done();
      });
    }
  }
}
