import { describe, expect, it } from 'vitest';
import {
  changeSetBodies,
  changeSetEvent,
  eventBody,
  EVENT_TYPES,
  MAX_BODY_BYTES,
  planChangeSetPages,
  watchEvent,
  WebhookEvent,
  type ChangeSetHead,
  type PagedEntity,
} from './payload.js';

const head: ChangeSetHead = {
  id: 'changeset:1',
  at: new Date('2026-01-01T00:00:00.000Z'),
  source: 'import:a.csv',
  actor: 'cli',
  created: 3,
  updated: 1,
  deleted: 1,
};

/** The envelope of `head` with no ids and 16-digit page numbers, written out by hand: 94 + 98 + 78 = 270 bytes. */
const EMPTY =
  '{"type":"changeset.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"id":"changeset:1",' +
  '"source":"import:a.csv","actor":"cli","created":3,"updated":1,"deleted":1,"page":9007199254740991,' +
  '"pages":9007199254740991,"entities":{"created":[],"updated":[],"deleted":[]}}}';
const E = EMPTY.length;

const created = (id: string): PagedEntity => ({ id, change: 'CREATED' });

describe('changeSetEvent and eventBody', () => {
  it('make the body of a small change set: its head, page 1 of 1, ids by change in the order written', () => {
    const entities: PagedEntity[] = [
      created('company:a'),
      created('company:b'),
      { id: 'company:c', change: 'UPDATED' },
      created('company:a|SUPPLIES|company:b'),
      { id: 'company:d', change: 'DELETED' },
    ];
    expect(eventBody(changeSetEvent(head, 1, 1, entities))).toBe(
      '{"type":"changeset.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"id":"changeset:1",' +
        '"source":"import:a.csv","actor":"cli","created":3,"updated":1,"deleted":1,"page":1,"pages":1,' +
        '"entities":{"created":["company:a","company:b","company:a|SUPPLIES|company:b"],"updated":["company:c"],' +
        '"deleted":["company:d"]}}}',
    );
  });

  it('makes the body of a triggered watch', () => {
    const event = watchEvent({
      watchId: 'watch:7',
      notificationId: 'notification:9',
      rule: 'CELL_STATUS_DROPPED',
      targetId: 'segment:battery-cells',
      changeSetId: 'changeset:1',
      at: new Date('2026-01-02T03:04:05.678Z'),
    });
    expect(eventBody(event)).toBe(
      '{"type":"watch.triggered","timestamp":"2026-01-02T03:04:05.678Z","data":{"watchId":"watch:7",' +
        '"notificationId":"notification:9","rule":"CELL_STATUS_DROPPED","targetId":"segment:battery-cells",' +
        '"changeSetId":"changeset:1"}}',
    );
  });

  it('names the event types the GraphQL enum will carry', () => {
    expect(EVENT_TYPES).toEqual({ CHANGESET_CREATED: 'changeset.created', WATCH_TRIGGERED: 'watch.triggered' });
  });

  it('refuses a body over the limit rather than send it', () => {
    const event = changeSetEvent(head, 1, 1, [created('company:a')]);
    const size = eventBody(event).length;
    expect(() => eventBody(event, size)).not.toThrow();
    expect(() => eventBody(event, size - 1)).toThrow(`eventBody: ${size} bytes, over the limit of ${size - 1}`);
  });
});

describe('the WebhookEvent model', () => {
  const valid = changeSetEvent(head, 2, 3, []);

  it('accepts what changeSetEvent makes', () => {
    expect(WebhookEvent.safeParse(valid).success).toBe(true);
  });

  it('refuses a page past the last, another type, a timestamp that is not ISO, and a field it does not know', () => {
    const fails = (event: unknown) => !WebhookEvent.safeParse(event).success;
    expect(fails({ ...valid, data: { ...valid.data, page: 4 } })).toBe(true);
    expect(fails({ ...valid, data: { ...valid.data, page: 0 } })).toBe(true);
    expect(fails({ ...valid, type: 'changeset.deleted' })).toBe(true);
    expect(fails({ ...valid, timestamp: '1 Jan 2026' })).toBe(true);
    expect(fails({ ...valid, extra: 1 })).toBe(true);
    expect(fails({ ...valid, type: 'watch.triggered' })).toBe(true);
  });
});

describe('planChangeSetPages', () => {
  const five = ['company:1', 'company:2', 'company:3', 'company:4', 'company:5'].map(created);

  it('holds the hand-counted envelope size: 270 bytes', () => {
    expect(E).toBe(270);
    // Exactly the envelope and one id ("company:1" is 11 bytes with its quotes) fit; a byte less does not.
    expect(planChangeSetPages(head, [created('company:1')], E + 11)).toEqual([{ start: 0, count: 1 }]);
    expect(() => planChangeSetPages(head, [created('company:1')], E + 10)).toThrow('alone is over the body limit');
  });

  it('puts two ids a page when two ids and a comma fit, and one when the comma does not', () => {
    expect(planChangeSetPages(head, five, E + 11 + 12)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
    expect(planChangeSetPages(head, five, E + 11 + 11)).toHaveLength(5);
  });

  it('counts no comma for the first id of each list', () => {
    const two: PagedEntity[] = [created('company:1'), { id: 'company:2', change: 'DELETED' }];
    expect(planChangeSetPages(head, two, E + 22)).toEqual([{ start: 0, count: 2 }]);
    expect(planChangeSetPages(head, two, E + 21)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
    ]);
  });

  it('gives a change set with no entity one page of none', () => {
    expect(planChangeSetPages(head, [])).toEqual([{ start: 0, count: 0 }]);
  });

  it('cuts a million links into 172 pages of 5,819 ids, each body within 256 KB, reading them as a stream', () => {
    const big: ChangeSetHead = { ...head, id: 'changeset:big', source: 'import:links.csv', created: 1_000_000 };
    const pad = (i: number) => String(i).padStart(7, '0');
    // 42 characters each: 44 bytes as JSON, 45 with the comma.
    const link = (i: number) => `company:c${pad(i)}|SUPPLIES|company:d${pad(i)}`;
    function* links() {
      for (let i = 0; i < 1_000_000; i++) yield created(link(i));
    }
    const envelope =
      '{"type":"changeset.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"id":"changeset:big",' +
      '"source":"import:links.csv","actor":"cli","created":1000000,"updated":1,"deleted":1,' +
      '"page":9007199254740991,"pages":9007199254740991,"entities":{"created":[],"updated":[],"deleted":[]}}}';
    // 282 bytes (the head above with a longer id and source, 1000000 created). n ids cost 45 n − 1 bytes:
    // 45 n − 1 ≤ 262144 − 282 gives n = ⌊261863 / 45⌋ = 5819.
    expect(envelope.length).toBe(282);
    expect(Math.floor((MAX_BODY_BYTES - envelope.length + 1) / 45)).toBe(5819);

    const ranges = planChangeSetPages(big, links());
    // ⌈1,000,000 / 5819⌉ = 172; the last page holds 1,000,000 − 171 × 5819 = 4951.
    expect(ranges).toHaveLength(172);
    expect(ranges.slice(0, 171).every((r) => r.count === 5819)).toBe(true);
    expect(ranges[171]).toEqual({ start: 171 * 5819, count: 4951 });

    const first = Array.from({ length: 5819 }, (_, i) => created(link(i)));
    const body = eventBody(changeSetEvent(big, 1, 172, first));
    // The envelope less the spare digits (page 1: 15 fewer, pages 172: 13 fewer), and 5819 × 45 − 1 bytes of ids.
    expect(Buffer.byteLength(body)).toBe(282 - 15 - 13 + 5819 * 45 - 1);
    expect(282 - 15 - 13 + 5819 * 45 - 1).toBe(262_108);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });
});

describe('changeSetBodies', () => {
  it('gives every entity exactly once, in order within each change, every body within the limit', () => {
    const changes = ['CREATED', 'UPDATED', 'DELETED'] as const;
    // Ids of varying length, some with Chinese characters (3 bytes each in UTF-8), changes interleaved.
    const entities: PagedEntity[] = Array.from({ length: 2000 }, (_, i) => ({
      id: i % 7 === 0 ? `company:上海${i}` : `company:${'x'.repeat(i % 23)}${i}`,
      change: changes[i % 3]!,
    }));
    const limit = 4096;
    const bodies = [...changeSetBodies(head, entities, limit)];
    expect(bodies.length).toBeGreaterThan(10);
    const seen = { created: [] as string[], updated: [] as string[], deleted: [] as string[] };
    bodies.forEach(({ page, pages, body }, index) => {
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(limit);
      const event = WebhookEvent.parse(JSON.parse(body));
      if (event.type !== 'changeset.created') throw new Error('not a change set');
      expect([event.data.page, event.data.pages, page, pages]).toEqual([
        index + 1,
        bodies.length,
        index + 1,
        bodies.length,
      ]);
      seen.created.push(...event.data.entities.created);
      seen.updated.push(...event.data.entities.updated);
      seen.deleted.push(...event.data.entities.deleted);
      // Greedy: every page but the last is full to within the id that did not fit (at most 34 characters, 37
      // bytes with quotes and comma) and the page numbers' spare digits (at most 2 × 15).
      if (index < bodies.length - 1) expect(Buffer.byteLength(body)).toBeGreaterThan(limit - 37 - 30);
    });
    const of = (change: string) => entities.filter((e) => e.change === change).map((e) => e.id);
    expect(seen).toEqual({ created: of('CREATED'), updated: of('UPDATED'), deleted: of('DELETED') });
  });
});
