import type { EntityManager } from '@mikro-orm/postgresql';
import type { Mailer } from '../mail/mailer';
import type { SystemActor } from '../shared/actor';

/** What a handler is given: its own unit of work, the system as actor, and the shared services. */
export interface JobContext {
  /** A fresh fork per job: nothing leaks from one job to the next. */
  em: EntityManager;
  actor: SystemActor;
  mailer: Mailer;
  /** Base of the links jobs put in mails (config.publicUrl). */
  publicUrl: string;
  job: {
    id: string;
    /** 1 for the first run, 2 for the first retry… */
    attempt: number;
    /** No retry follows if this run fails: the job is then recorded as failed. */
    isLastAttempt: boolean;
  };
}

/** Retries of a failed run: after `delaySeconds`, doubling each time (with jitter) when `backoff`. */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
}

export interface JobDefinition<Data extends object = object> {
  /** The pg-boss queue; area-prefixed, e.g. `mail.send`, `accounts.purge-sessions`. */
  name: string;
  retry: RetryPolicy;
  /** A run still active after this long counts as failed (and is retried). */
  expireInSeconds?: number;
  /** Runs in parallel within one process (pg-boss already spreads jobs across processes). */
  concurrency?: number;
  /** Cron (5 fields) read on Europe/Paris clocks. */
  schedule?: { cron: string; data: Data };
  /**
   * Must be idempotent: a job can run again after a crash, a timeout or a retry, so a second run
   * of the same data has to find the work done and do nothing.
   * (A method, so that a list of `JobDefinition` can hold jobs of any data.)
   */
  handle(data: Data, context: JobContext): Promise<void>;
}

export const defineJob = <Data extends object>(definition: JobDefinition<Data>) => definition;

/** The defaults for jobs whose failure has no urgency: a few retries, minutes apart. */
export const PATIENT_RETRIES: RetryPolicy = { limit: 4, delaySeconds: 60, backoff: true };
