/**
 * Where a webhook may point (docs/webhooks.md, "Where a webhook may point"). A webhook URL is chosen by whoever
 * holds a write key, and the server then POSTs to it from inside its own network: without these rules a key
 * holder could make the server call its Neo4j, a cloud metadata service or anything else only it can reach
 * (server-side request forgery). The URL is checked when it is stored and again before every delivery, since
 * what a host name resolves to can change in between.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { badInput } from '../../errors.js';

/** Longer than any real endpoint; keeps a stored URL and the error naming it small. */
export const MAX_URL_LENGTH = 2048;

/** Why an address is not a partner's public endpoint. */
export type AddressKind =
  'metadata' | 'loopback' | 'unspecified' | 'link-local' | 'private' | 'unique-local' | 'multicast' | 'reserved';

export type Refusal = 'malformed' | 'scheme' | 'credentials' | 'too-long' | 'unresolved' | AddressKind;

/**
 * The kinds `allowPrivate` lets through: a server on a developer's machine (it listens on loopback) or on a closed
 * network (an environment setting) has its partners there. Never lifted: link-local and the metadata addresses,
 * where clouds serve their instance credentials (169.254.169.254, Alibaba Cloud's 100.100.100.200), and the kinds
 * no partner's server can have (unspecified, multicast, reserved).
 */
const LIFTED_BY_ALLOW_PRIVATE: ReadonlySet<AddressKind> = new Set(['loopback', 'private', 'unique-local']);

type Range = readonly [network: string, prefix: number];

/**
 * Checked in this order, so the narrower kind names an address (`::1` is loopback, not in `::/96`). IPv4 ranges
 * also catch the IPv4-mapped IPv6 forms (`::ffff:10.0.0.1`, `::ffff:a00:1`): BlockList compares those as IPv4.
 */
const RANGES: readonly (readonly [AddressKind, readonly Range[]])[] = [
  [
    'metadata',
    [
      ['169.254.169.254', 32],
      ['100.100.100.200', 32],
      ['fd00:ec2::254', 128],
    ],
  ],
  [
    'loopback',
    [
      ['127.0.0.0', 8],
      ['::1', 128],
    ],
  ],
  [
    'unspecified',
    [
      // "This network": connecting to 0.0.0.0 reaches the server's own host on Linux.
      ['0.0.0.0', 8],
      ['::', 128],
    ],
  ],
  [
    'link-local',
    [
      ['169.254.0.0', 16],
      ['fe80::', 10],
    ],
  ],
  [
    'private',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
      // Shared address space (carrier-grade NAT, RFC 6598): private to the provider's network, and clouds use it.
      ['100.64.0.0', 10],
    ],
  ],
  ['unique-local', [['fc00::', 7]]],
  [
    'multicast',
    [
      ['224.0.0.0', 4],
      ['ff00::', 8],
    ],
  ],
  [
    'reserved',
    [
      ['192.0.0.0', 24],
      ['192.0.2.0', 24],
      ['198.18.0.0', 15],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
      ['240.0.0.0', 4],
      // IPv4-compatible (deprecated) and NAT64 forms carry an IPv4 address the gateway would reach for us.
      ['::', 96],
      ['64:ff9b::', 96],
      ['64:ff9b:1::', 48],
      ['2001:db8::', 32],
      ['fec0::', 10],
    ],
  ],
];

const BLOCKS: readonly (readonly [AddressKind, BlockList])[] = RANGES.map(([kind, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return [kind, list] as const;
});

/** The kind of an IP address that is not a public unicast one; undefined for a public address. */
export function addressKind(address: string): AddressKind | undefined {
  const family = isIP(address);
  if (family === 0) throw new Error(`addressKind: not an IP address: ${address}`);
  const type = family === 6 ? 'ipv6' : 'ipv4';
  return BLOCKS.find(([, list]) => list.check(address, type))?.[0];
}

/** What a host name resolves to: every address, as `dns.lookup(host, { all: true })` gives them. */
export type Resolver = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true });

export interface TargetOptions {
  /** Let loopback, private and unique-local addresses through (see LIFTED_BY_ALLOW_PRIVATE). */
  allowPrivate?: boolean;
  /** The system's resolver unless a test gives another. */
  resolve?: Resolver;
}

export type TargetCheck =
  | {
      ok: true;
      /** The URL as parsed (lower-case host, default port dropped): what is stored and called. */
      url: string;
      /**
       * The addresses the host had when checked. The delivery connects to one of these (the HTTP client's lookup
       * answers with them) so that a DNS answer changed between the check and the connection (rebinding) cannot
       * send it elsewhere.
       */
      addresses: readonly string[];
    }
  | { ok: false; reason: Refusal; message: string };

/**
 * Checks a webhook URL: http or https only, no user name or password (they would travel in clear in logs and
 * the delivery list), and a host that is, or resolves only to, public addresses. A host with one refused address
 * among several is refused: the connection could take any of them.
 */
export async function checkTargetUrl(raw: string, options: TargetOptions = {}): Promise<TargetCheck> {
  if (raw.length > MAX_URL_LENGTH) return refuse('too-long', `must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('malformed', 'must be an absolute http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse('scheme', `must use http or https, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '')
    return refuse('credentials', 'must not carry a user name or password');

  const refused = (kind: AddressKind | undefined): kind is AddressKind =>
    kind !== undefined && !(options.allowPrivate === true && LIFTED_BY_ALLOW_PRIVATE.has(kind));
  // The WHATWG parser has already turned every IPv4 spelling (2130706433, 0x7f.1, 127.1) into dotted form.
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;

  if (isIP(host) !== 0) {
    const kind = addressKind(host);
    if (refused(kind)) return refuse(kind, `must not point to ${ADDRESS_WORDS[kind]} (${host})`);
    return { ok: true, url: url.href, addresses: [host] };
  }

  // Resolvers answer `localhost` and its subdomains from their own tables (RFC 6761), whatever DNS says.
  const name = host.replace(/\.$/, '');
  if ((name === 'localhost' || name.endsWith('.localhost')) && refused('loopback')) {
    return refuse('loopback', `must not point to ${ADDRESS_WORDS.loopback} (${host})`);
  }
  let answers: readonly { address: string }[];
  try {
    answers = await (options.resolve ?? systemResolver)(host);
  } catch {
    answers = [];
  }
  if (answers.length === 0) return refuse('unresolved', `host "${host}" does not resolve`);
  for (const { address } of answers) {
    const kind = addressKind(address);
    // The address is not named: the answer would tell a key holder what the server's network calls a host.
    if (refused(kind)) return refuse(kind, `host "${host}" resolves to ${ADDRESS_WORDS[kind]}`);
  }
  return { ok: true, url: url.href, addresses: answers.map((a) => a.address) };
}

/** checkTargetUrl for a URL someone gives (createWebhook): a refusal is a bad argument naming the field. */
export async function requireTargetUrl(
  raw: string,
  options: TargetOptions = {},
): Promise<{ url: string; addresses: readonly string[] }> {
  const check = await checkTargetUrl(raw, options);
  if (!check.ok) throw badInput('url', check.message);
  return { url: check.url, addresses: check.addresses };
}

function refuse(reason: Refusal, message: string): TargetCheck {
  return { ok: false, reason, message };
}

const ADDRESS_WORDS: Readonly<Record<AddressKind, string>> = {
  metadata: 'a cloud metadata address',
  loopback: 'a loopback address',
  unspecified: 'an unspecified address',
  'link-local': 'a link-local address',
  private: 'a private address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};
