import { BlockList, isIP } from "node:net";
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { TrustProxy } from "../config-proxy";

/** The client's address for per-address limits: the socket's, or behind trusted proxies the one they forwarded. */
export type ClientAddress = (c: Context) => string;

/**
 * Reads `X-Forwarded-For` only when `trust` says a proxy is in front, right to left: each proxy
 * appends the address it was reached from, so the entries nearest the end are the trusted hops'
 * own and the first one not trusted is the client (what lies left of it the client could write).
 */
export function clientAddressFrom(trust: TrustProxy): ClientAddress {
  const trusted = trust.kind === "addresses" ? blockListOf(trust.ranges) : null;
  return (c) => {
    const socket = socketAddress(c);
    if (trust.kind === "none" || socket === "unknown") return socket;
    const forwarded = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    // The chain nearest first: the socket's peer, then the forwarded addresses from the right.
    const chain = [socket, ...forwarded.reverse().map(plainAddress)];
    let client = socket;
    for (let hop = 0; hop < chain.length; hop++) {
      const address = chain[hop]!;
      if (address === null) break; // not an address: written by someone untrusted; keep the last good one
      client = address;
      const isProxy = trust.kind === "hops" ? hop < trust.hops : trusted!.check(address, family(address));
      if (!isProxy) break;
    }
    return client;
  };
}

function socketAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? (plainAddress(address) ?? address) : "unknown";
  } catch {
    return "unknown"; // app.request() in tests has no socket
  }
}

/** An address as a forwarded header or a socket gives it -> plain IPv4 or IPv6, or null. */
function plainAddress(entry: string): string | null {
  let address = entry;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  // An IPv4 client on a dual-stack socket shows as ::ffff:1.2.3.4.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) === 0 ? null : address.toLowerCase();
}

const family = (address: string) => (isIP(address) === 4 ? "ipv4" : "ipv6");

function blockListOf(ranges: Extract<TrustProxy, { kind: "addresses" }>["ranges"]) {
  const list = new BlockList();
  for (const { address, prefix, family: type } of ranges) list.addSubnet(address, prefix, type);
  return list;
}
