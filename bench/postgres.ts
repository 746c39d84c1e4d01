/**
 * A throwaway PostgreSQL cluster for `--db postgres`: started with `.ci/postgres.sh` (initdb in a
 * temp folder, a free port, durability off), one fresh database per measurement, and the CPU time
 * of all the cluster's processes (the postmaster and its backends) read from /proc.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { CLOCK_TICKS, readProc, REPO_ROOT } from "./processes";

export interface BenchPostgres {
  /** The cluster's admin URL (database `postgres`). */
  url: string;
  /** A new empty database on the cluster, and how to drop it. */
  freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }>;
  /** CPU time (user + system) of the postmaster and all its children so far, ms; null off Linux. */
  cpuMs(): number | null;
  stop(): void;
}

export function startPostgres(): BenchPostgres {
  const out = execFileSync(
    "bash",
    [
      "-c",
      'source .ci/postgres.sh && start_postgres >&2 && echo "$PARLEY_TEST_POSTGRES_URL $PARLEY_PG_DIR $PARLEY_PG_BIN"',
    ],
    { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  ).trim();
  const [url, dir, bin] = out.split(" ");
  if (!url || !dir || !bin) throw new Error(`could not start PostgreSQL with .ci/postgres.sh (printed "${out}")`);
  const postmaster = Number(readFileSync(`${dir}/data/postmaster.pid`, "utf8").split("\n")[0]);
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  /** Backends come and go: what exited is counted in the postmaster's cutime/cstime once it reaped them. */
  const clusterCpu = () => {
    const own = readProc(postmaster);
    if (!own) return null;
    let total = own.cpuMs + childrenCpuMs(postmaster);
    for (const pid of childPids(postmaster)) total += readProc(pid)?.cpuMs ?? 0;
    return total;
  };
  return {
    url,
    async freshDatabase() {
      const name = `parley_bench_${randomBytes(6).toString("hex")}`;
      await admin(`create database ${name}`);
      const at = new URL(url);
      at.pathname = `/${name}`;
      return { url: at.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
    },
    cpuMs: clusterCpu,
    stop() {
      spawnSync("bash", ["-c", "source .ci/postgres.sh && stop_postgres"], {
        cwd: REPO_ROOT,
        env: { ...process.env, PARLEY_PG_DIR: dir, PARLEY_PG_BIN: bin },
        stdio: "ignore",
      });
    },
  };
}

function childPids(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** cutime + cstime of a process: the CPU of its children that have exited and been waited for, ms. */
function childrenCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
}
