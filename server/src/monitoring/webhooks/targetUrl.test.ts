import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../errors.js';
import { addressKind, checkTargetUrl, MAX_URL_LENGTH, requireTargetUrl, type Resolver } from './targetUrl.js';

/** A resolver from a table: no DNS is asked; an unknown name fails as getaddrinfo does. */
function resolverOf(table: Record<string, string[]>) {
  return vi.fn<Resolver>(async (hostname) => {
    const addresses = table[hostname];
    if (addresses === undefined)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  });
}

const noDns = resolverOf({});

describe('addressKind', () => {
  // Each range at its edges: the first and last address inside, and the neighbour just outside.
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.255', 'loopback'],
    ['128.0.0.1', undefined],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.0.0.0', 'private'],
    ['10.255.255.255', 'private'],
    ['11.0.0.1', undefined],
    ['172.15.255.255', undefined],
    ['172.16.0.0', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.0', undefined],
    ['192.167.255.255', undefined],
    ['192.168.0.0', 'private'],
    ['192.168.255.255', 'private'],
    ['192.169.0.0', undefined],
    ['100.64.0.1', 'private'],
    ['169.254.0.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fec0::1', 'reserved'],
    ['fc00::1', 'unique-local'],
    ['fdff:ffff::1', 'unique-local'],
    ['fd00:ec2::254', 'metadata'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['64:ff9b::a00:1', 'reserved'],
    ['8.8.8.8', undefined],
    ['2606:4700:4700::1111', undefined],
  ] as const)('%s is %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:c0a8:101', 'private'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:169.254.1.1', 'link-local'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::ffff:224.0.0.1', 'multicast'],
    ['::ffff:8.8.8.8', undefined],
  ] as const)('the IPv4-mapped %s is %s, like the IPv4 address it carries', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });
});

describe('checkTargetUrl', () => {
  it('accepts an https URL with a public address and gives it back parsed, with the address to connect to', async () => {
    expect(await checkTargetUrl('HTTPS://93.184.215.14:443/hooks?x=1', { resolve: noDns })).toEqual({
      ok: true,
      url: 'https://93.184.215.14/hooks?x=1',
      addresses: ['93.184.215.14'],
    });
    expect(noDns).not.toHaveBeenCalled();
  });

  it('accepts a host whose every address is public, and gives all of them', async () => {
    const resolve = resolverOf({ 'hooks.partner.example': ['203.0.114.7', '2606:4700::6810:1'] });
    expect(await checkTargetUrl('http://Hooks.Partner.Example:8080/g60', { resolve })).toEqual({
      ok: true,
      url: 'http://hooks.partner.example:8080/g60',
      addresses: ['203.0.114.7', '2606:4700::6810:1'],
    });
    expect(resolve).toHaveBeenCalledWith('hooks.partner.example');
  });

  it.each([
    ['ftp://partner.example/hooks', 'scheme', 'must use http or https, not ftp:'],
    ['file:///etc/passwd', 'scheme', 'must use http or https, not file:'],
    ['javascript:alert(1)', 'scheme', 'must use http or https, not javascript:'],
    ['partner.example/hooks', 'malformed', 'must be an absolute http or https URL'],
    ['https://', 'malformed', 'must be an absolute http or https URL'],
    ['https://user:pw@partner.example/', 'credentials', 'must not carry a user name or password'],
    ['https://token@partner.example/', 'credentials', 'must not carry a user name or password'],
  ] as const)('refuses %s (%s)', async (url, reason, message) => {
    expect(await checkTargetUrl(url, { resolve: noDns })).toEqual({ ok: false, reason, message });
  });

  it('refuses a URL longer than the limit and accepts one of exactly the limit', async () => {
    const base = 'https://93.184.215.14/';
    const exact = base + 'a'.repeat(MAX_URL_LENGTH - base.length);
    expect((await checkTargetUrl(exact, { resolve: noDns })).ok).toBe(true);
    expect(await checkTargetUrl(exact + 'a', { resolve: noDns })).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it.each([
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
  ])('refuses the loopback address written as %s', async (url) => {
    expect(await checkTargetUrl(url, { resolve: noDns })).toMatchObject({ ok: false, reason: 'loopback' });
  });

  it('names the address it refuses when the URL gives it', async () => {
    expect(await checkTargetUrl('http://[::ffff:a9fe:a9fe]/latest/meta-data', { resolve: noDns })).toEqual({
      ok: false,
      reason: 'metadata',
      message: 'must not point to a cloud metadata address (::ffff:a9fe:a9fe)',
    });
    expect(await checkTargetUrl('http://10.0.0.5:7474/', { resolve: noDns })).toEqual({
      ok: false,
      reason: 'private',
      message: 'must not point to a private address (10.0.0.5)',
    });
  });

  it('refuses localhost and its subdomains without asking DNS', async () => {
    for (const url of ['http://localhost:7687/', 'http://LOCALHOST./', 'http://api.localhost/']) {
      expect(await checkTargetUrl(url, { resolve: noDns })).toMatchObject({ ok: false, reason: 'loopback' });
    }
    expect(noDns).not.toHaveBeenCalled();
  });

  it('refuses a host with one private address among public ones, without saying which address', async () => {
    const resolve = resolverOf({ 'rebind.example': ['8.8.8.8', '192.168.1.20'] });
    expect(await checkTargetUrl('https://rebind.example/', { resolve })).toEqual({
      ok: false,
      reason: 'private',
      message: 'host "rebind.example" resolves to a private address',
    });
  });

  it('refuses a host that resolves to an IPv4-mapped private address', async () => {
    const resolve = resolverOf({ 'mapped.example': ['::ffff:172.20.0.3'] });
    expect(await checkTargetUrl('https://mapped.example/', { resolve })).toMatchObject({
      ok: false,
      reason: 'private',
    });
  });

  it('refuses a host that does not resolve, or resolves to nothing', async () => {
    const resolve = resolverOf({ 'empty.example': [] });
    expect(await checkTargetUrl('https://gone.example/', { resolve })).toEqual({
      ok: false,
      reason: 'unresolved',
      message: 'host "gone.example" does not resolve',
    });
    expect(await checkTargetUrl('https://empty.example/', { resolve })).toMatchObject({ reason: 'unresolved' });
  });

  describe('with allowPrivate', () => {
    const resolve = resolverOf({ localhost: ['127.0.0.1', '::1'], 'erp.corp': ['10.20.30.40', 'fd00::40'] });

    it('accepts loopback, private and unique-local targets', async () => {
      for (const url of ['http://127.0.0.1:3000/hook', 'http://[::1]/', 'http://192.168.0.9/', 'http://[fd12::1]/']) {
        expect(await checkTargetUrl(url, { allowPrivate: true, resolve })).toMatchObject({ ok: true });
      }
      expect(await checkTargetUrl('http://localhost:3000/', { allowPrivate: true, resolve })).toEqual({
        ok: true,
        url: 'http://localhost:3000/',
        addresses: ['127.0.0.1', '::1'],
      });
      expect(await checkTargetUrl('https://erp.corp/in', { allowPrivate: true, resolve })).toMatchObject({ ok: true });
    });

    it('still refuses metadata, link-local, unspecified, multicast and reserved addresses', async () => {
      const refused = {
        'http://169.254.169.254/': 'metadata',
        'http://100.100.100.200/': 'metadata',
        'http://[fe80::1]/': 'link-local',
        'http://0.0.0.0:8080/': 'unspecified',
        'http://224.0.0.1/': 'multicast',
        'http://255.255.255.255/': 'reserved',
      };
      for (const [url, reason] of Object.entries(refused)) {
        expect(await checkTargetUrl(url, { allowPrivate: true, resolve })).toMatchObject({ ok: false, reason });
      }
    });

    it('still refuses other schemes and credentials', async () => {
      expect(await checkTargetUrl('gopher://127.0.0.1/', { allowPrivate: true })).toMatchObject({ reason: 'scheme' });
      expect(await checkTargetUrl('http://a:b@127.0.0.1/', { allowPrivate: true })).toMatchObject({
        reason: 'credentials',
      });
    });
  });
});

describe('requireTargetUrl', () => {
  it('gives the URL as parsed and its addresses', async () => {
    expect(await requireTargetUrl('HTTPS://93.184.215.14:443/x', { resolve: noDns })).toEqual({
      url: 'https://93.184.215.14/x',
      addresses: ['93.184.215.14'],
    });
  });

  it('throws a bad argument that names the url field and the reason', async () => {
    const error = await requireTargetUrl('http://192.168.1.1/', { resolve: noDns }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'url: must not point to a private address (192.168.1.1)',
      details: { field: 'url' },
    });
  });
});
