/**
 * Which client address a request or a socket comes from. Behind no proxy (the default) it is the TCP peer:
 * an `X-Forwarded-For` header is anybody's to write, and trusting it lets a client walk around every
 * per-address limit. TRUST_PROXY names the proxies to believe; HTTP and socket.io use the same rule.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

export type TrustProxy = { hops: number } | { addresses: string[] };
export type TrustFn = (address: string, hop: number) => boolean;

/** `2` trusts two hops from the server; `10.0.0.1, 10.1.0.0/16, loopback` trusts those addresses. */
export function parseTrustProxy(value: string): TrustProxy {
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const addresses = value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  // compile() throws on anything that is not an address, a CIDR range or a named range.
  proxyAddr.compile(addresses);
  return { addresses };
}

export function trustFunction(trust: TrustProxy | undefined): TrustFn {
  if (!trust) return () => false;
  if ('hops' in trust) {
    const { hops } = trust;
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(trust.addresses);
}

/** The client's address as the trust rule sees it (the last untrusted hop). */
export function clientAddress(req: IncomingMessage, trust: TrustFn): string {
  return proxyAddr(req, trust);
}
