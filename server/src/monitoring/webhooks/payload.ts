/**
 * What a webhook says (docs/webhooks.md, "Events"): the Standard Webhooks envelope `{ type, timestamp, data }`,
 * thin — ids, not the entities' facts, which a partner reads with `changes` or the entity queries when it needs
 * them. A change set of a million links would be tens of megabytes of ids, more than a receiver should have to
 * take in one request, so its ids are cut into pages, each its own message of at most MAX_BODY_BYTES.
 */
import { z } from 'zod';
import type { ChangedEntity } from '../../revisions/index.js';

/** The GraphQL `WebhookEvent` values and the `type` each sends. */
export const EVENT_TYPES = {
  CHANGESET_CREATED: 'changeset.created',
  WATCH_TRIGGERED: 'watch.triggered',
} as const;

export type WebhookEventName = keyof typeof EVENT_TYPES;

/**
 * The largest body sent. Well above the specification's "usually smaller than 20 kB" so that a registry import's
 * thousands of ids are a few messages rather than hundreds, and far below what any HTTP server refuses by default
 * (1 MB and up).
 */
export const MAX_BODY_BYTES = 256 * 1024;

const count = z.number().int().nonnegative();
const ids = z.array(z.string().min(1));

const ChangeSetData = z
  .object({
    /** The change set (`changeset:…`), as `changes` names it. */
    id: z.string().min(1),
    source: z.string(),
    actor: z.string(),
    /** The change set's totals, over all its pages. */
    created: count,
    updated: count,
    deleted: count,
    /** This message's page, from 1, and how many pages the change set's ids take. */
    page: z.number().int().positive(),
    pages: z.number().int().positive(),
    /** This page's entity ids (node ids, or links' `from|TYPE|to`) by change, in the order written. */
    entities: z.object({ created: ids, updated: ids, deleted: ids }).strict(),
  })
  .strict()
  .refine((data) => data.page <= data.pages, { message: 'page must not be past pages', path: ['page'] });

const WatchData = z
  .object({
    watchId: z.string().min(1),
    /** The notification the key holder sees in `notifications`: the same event, in the app. */
    notificationId: z.string().min(1),
    /** Which rule fired (the watches' rule names, e.g. a cell's status dropping). */
    rule: z.string().min(1),
    /** The watched city, industry, segment or company. */
    targetId: z.string().min(1),
    /** The write that set it off, when one did. */
    changeSetId: z.string().min(1).nullable(),
  })
  .strict();

/** When the event happened (the change set's commit, the watch firing), not when it is sent. */
const timestamp = z.iso.datetime();

export const WebhookEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal(EVENT_TYPES.CHANGESET_CREATED), timestamp, data: ChangeSetData }).strict(),
  z.object({ type: z.literal(EVENT_TYPES.WATCH_TRIGGERED), timestamp, data: WatchData }).strict(),
]);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** A body ready to sign: checked against the model and within the size limit. */
export function eventBody(event: WebhookEvent, maxBodyBytes = MAX_BODY_BYTES): string {
  const body = JSON.stringify(WebhookEvent.parse(event));
  const bytes = Buffer.byteLength(body);
  // The pages are cut so that this cannot happen; if it does, a bug must not become an oversized request.
  if (bytes > maxBodyBytes) throw new Error(`eventBody: ${bytes} bytes, over the limit of ${maxBodyBytes}`);
  return body;
}

/** A change set as its webhook names it: the head of `changes`, without its entities. */
export interface ChangeSetHead {
  id: string;
  at: Date;
  source: string;
  actor: string;
  created: number;
  updated: number;
  deleted: number;
}

export type PagedEntity = Pick<ChangedEntity, 'id' | 'change'>;

/** One page: the change set's entities from `start` (0-based, in the order written), `count` of them. */
export interface PageRange {
  start: number;
  count: number;
}

const GROUP = { CREATED: 'created', UPDATED: 'updated', DELETED: 'deleted' } as const;

/** The event of one page, its entities grouped by change. */
export function changeSetEvent(
  head: ChangeSetHead,
  page: number,
  pages: number,
  entities: readonly PagedEntity[],
): WebhookEvent {
  const grouped = { created: [] as string[], updated: [] as string[], deleted: [] as string[] };
  for (const entity of entities) grouped[GROUP[entity.change]].push(entity.id);
  return {
    type: EVENT_TYPES.CHANGESET_CREATED,
    timestamp: head.at.toISOString(),
    data: {
      id: head.id,
      source: head.source,
      actor: head.actor,
      created: head.created,
      updated: head.updated,
      deleted: head.deleted,
      page,
      pages,
      entities: grouped,
    },
  };
}

/**
 * Cuts a change set's entities, in the order written, into pages whose bodies fit `maxBodyBytes`. Reads each id
 * once and keeps only the page boundaries, so the entities can be streamed from the change set's pages in Neo4j
 * and the queue stores a range per message rather than its ids.
 *
 * A body's size is known exactly before it is built: the envelope with no ids (page and pages given the most
 * digits a number can have) plus, per id, its JSON string and a comma when its list already has one.
 */
export function planChangeSetPages(
  head: ChangeSetHead,
  entities: Iterable<PagedEntity>,
  maxBodyBytes = MAX_BODY_BYTES,
): PageRange[] {
  const widest = Number.MAX_SAFE_INTEGER;
  const budget = maxBodyBytes - Buffer.byteLength(JSON.stringify(changeSetEvent(head, widest, widest, [])));
  const ranges: PageRange[] = [];
  let start = 0;
  let taken = 0;
  let used = 0;
  let inList = { created: 0, updated: 0, deleted: 0 };
  for (const entity of entities) {
    const group = GROUP[entity.change];
    const idBytes = Buffer.byteLength(JSON.stringify(entity.id));
    if (used + idBytes + (inList[group] > 0 ? 1 : 0) > budget) {
      if (taken === 0) throw new Error(`planChangeSetPages: the id of entity ${start} alone is over the body limit`);
      ranges.push({ start, count: taken });
      start += taken;
      taken = 0;
      used = 0;
      inList = { created: 0, updated: 0, deleted: 0 };
    }
    used += idBytes + (inList[group] > 0 ? 1 : 0);
    inList[group] += 1;
    taken += 1;
  }
  // A change set records something, but its head still goes out alone if it names no entity.
  if (taken > 0 || ranges.length === 0) ranges.push({ start, count: taken });
  return ranges;
}

/** Every page's body of a change set held in memory (a test, a small write); the queue builds one page at a time. */
export function* changeSetBodies(
  head: ChangeSetHead,
  entities: readonly PagedEntity[],
  maxBodyBytes = MAX_BODY_BYTES,
): Generator<{ page: number; pages: number; body: string }> {
  const ranges = planChangeSetPages(head, entities, maxBodyBytes);
  for (const [index, range] of ranges.entries()) {
    const slice = entities.slice(range.start, range.start + range.count);
    const page = index + 1;
    yield {
      page,
      pages: ranges.length,
      body: eventBody(changeSetEvent(head, page, ranges.length, slice), maxBodyBytes),
    };
  }
}

export interface WatchFiring {
  watchId: string;
  notificationId: string;
  rule: string;
  targetId: string;
  changeSetId: string | null;
  at: Date;
}

export function watchEvent(firing: WatchFiring): WebhookEvent {
  const { at, ...data } = firing;
  return { type: EVENT_TYPES.WATCH_TRIGGERED, timestamp: at.toISOString(), data };
}
