import { isIP } from "node:net";

/**
 * Whom Parley believes about a request's client address (PARLEY_TRUST_PROXY). Behind a load
 * balancer every connection comes from the proxy, so sign-in throttling per address would lump
 * every learner together; only a trusted proxy's `X-Forwarded-For` says who the client is.
 * - `none` (the default): the socket's address; `X-Forwarded-For` is ignored (anyone can send one).
 * - `hops`: that many proxies in front, whatever their addresses (the socket's peer is the first).
 * - `addresses`: the proxies are these addresses or CIDR ranges; hops from them are skipped.
 */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; ranges: { address: string; prefix: number; family: "ipv4" | "ipv6" }[] };

const EXAMPLE = "a hop count (1) or addresses and CIDR ranges (10.0.0.0/8, 172.16.0.0/12, ::1)";

/** PARLEY_TRUST_PROXY's text -> a TrustProxy, or the problem in words. */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { kind: "hops", hops } : `PARLEY_TRUST_PROXY=${text}: at most 10 hops`;
  }
  const ranges: Extract<TrustProxy, { kind: "addresses" }>["ranges"] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [address = "", prefixText, ...rest] = entry.split("/");
    const version = isIP(address);
    const bits = version === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? bits : Number(prefixText);
    if (version === 0 || rest.length > 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > bits)
      return `PARLEY_TRUST_PROXY=${JSON.stringify(text)}: "${entry}" is not an address or CIDR range; give ${EXAMPLE}`;
    ranges.push({ address, prefix, family: version === 4 ? "ipv4" : "ipv6" });
  }
  return { kind: "addresses", ranges };
}
