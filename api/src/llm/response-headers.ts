/**
 * A model response's headers as the openai SDK reads them (`get`, `has`, `entries` ...), read
 * from Node's raw header list as a fetch `Headers` would answer: names in lower case, repeated
 * headers joined by ", " (each `set-cookie` apart), entries sorted by name. Building a `Headers`
 * validates and copies every header; the SDK asks for a handful (content type, request id, retry
 * hints), and lists all only for its debug log, so they are read where they lie.
 */
export class ResponseHeaders {
  readonly #raw: readonly string[];

  constructor(rawHeaders: readonly string[]) {
    this.#raw = rawHeaders;
  }

  get(name: string): string | null {
    const wanted = name.toLowerCase();
    let value: string | null = null;
    for (let i = 0; i + 1 < this.#raw.length; i += 2) {
      if ((this.#raw[i] as string).toLowerCase() !== wanted) continue;
      const found = this.#raw[i + 1] as string;
      value = value === null ? found : `${value}, ${found}`;
    }
    return value;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  getSetCookie(): string[] {
    const cookies: string[] = [];
    for (let i = 0; i + 1 < this.#raw.length; i += 2)
      if ((this.#raw[i] as string).toLowerCase() === "set-cookie") cookies.push(this.#raw[i + 1] as string);
    return cookies;
  }

  entries(): IterableIterator<[string, string]> {
    const all: [string, string][] = [];
    const at = new Map<string, number>();
    for (let i = 0; i + 1 < this.#raw.length; i += 2) {
      const name = (this.#raw[i] as string).toLowerCase();
      const value = this.#raw[i + 1] as string;
      const seen = name === "set-cookie" ? undefined : at.get(name);
      if (seen === undefined) {
        if (name !== "set-cookie") at.set(name, all.length);
        all.push([name, value]);
      } else all[seen] = [name, `${all[seen]![1]}, ${value}`];
    }
    // A stable sort by name: the cookies keep their order, as Headers gives them.
    return all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: string, name: string, headers: ResponseHeaders) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
