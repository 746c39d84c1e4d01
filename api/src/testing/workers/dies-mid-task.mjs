// A scoring worker that dies while scoring (out of memory, a native crash): the job's run rejects.
export default function dieMidTask() {
  process.exit(3);
}
