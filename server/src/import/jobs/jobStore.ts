/**
 * Where import jobs are kept between requests. The service (importJobs.ts) reads and writes jobs only through this
 * interface, so the in-memory table below can be swapped for a shared one without touching the rules. Methods are
 * asynchronous for that reason; the in-memory store answers at once.
 */

/** What a store needs of a job: an id. */
export interface Job {
  readonly id: string;
}

export interface JobStore<J extends Job> {
  get(id: string): Promise<J | undefined>;
  /** Adds a job, or replaces the one with its id. */
  put(job: J): Promise<void>;
  /** Changes some fields of a job; the job as it is now, or undefined when there is none with that id. */
  update(id: string, change: Partial<Omit<J, 'id'>>): Promise<J | undefined>;
  delete(id: string): Promise<void>;
  /** Every job kept (for expiry). */
  list(): Promise<J[]>;
}

/**
 * Jobs in a Map in this process. Gives and keeps copies, so what a caller holds is a snapshot, as it would be from
 * any other store: a change goes through update().
 */
export class MemoryJobStore<J extends Job> implements JobStore<J> {
  private readonly jobs = new Map<string, J>();

  async get(id: string): Promise<J | undefined> {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  async put(job: J): Promise<void> {
    this.jobs.set(job.id, { ...job });
  }

  async update(id: string, change: Partial<Omit<J, 'id'>>): Promise<J | undefined> {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    const changed = { ...job, ...change, id: job.id };
    this.jobs.set(id, changed);
    return { ...changed };
  }

  async delete(id: string): Promise<void> {
    this.jobs.delete(id);
  }

  async list(): Promise<J[]> {
    return [...this.jobs.values()].map((job) => ({ ...job }));
  }
}
